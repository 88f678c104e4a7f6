"""Pegawai to and from Excel: template, export, preview and all-or-nothing import.

An import is checked row by row against the file itself and the database before
anything is written (ARCHITECTURE §8): every problem becomes a RowError naming
the row, the column and what is wrong. ``apply_import`` checks again inside its
one write transaction and either writes everything or nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session, aliased

from kinerja_desktop.documents.output_files import check_target
from kinerja_desktop.documents.pegawai_workbook import (
    UNIT_SHEET,
    PegawaiWorkbookRead,
    UnitSheetRow,
    parse_aktif,
    read_pegawai_workbook,
    write_template,
    write_workbook,
)
from kinerja_desktop.documents.xlsx_reader import (
    ImportRejected,
    RowError,
    SheetRead,
    WorkbookError,
    rejection_message,
)
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import JenisPegawai, normalize_nip
from kinerja_desktop.domain.pegawai import (
    CleanPegawai,
    FieldError,
    PegawaiInput,
    check_pegawai,
    jabatan_key,
)
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.tree import find_cycles
from kinerja_desktop.services.changes import local_site_code, record_many
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.pegawai import check_atasan_cycle, ensure_jabatan
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Jabatan, Pegawai, UnitKerja

__all__ = [
    "BARU",
    "DIHAPUS_LEWAT",
    "DILEWATI",
    "DIPERBARUI",
    "SALAH",
    "TETAP",
    "ImportCancelled",
    "ImportPreview",
    "ImportRejected",
    "ImportResult",
    "ImportRow",
    "RowError",
    "UnitImportRow",
    "WorkbookError",
    "apply_import",
    "bulk_work",
    "export_pegawai",
    "export_template",
    "preview_import",
]

# What will happen to a row.
BARU = "baru"  # a new pegawai / unit
DIPERBARUI = "diperbarui"  # exists and changes (only with update_existing)
TETAP = "tetap"  # exists and the file says the same
DILEWATI = "dilewati"  # excluded by the user
DIHAPUS_LEWAT = DILEWATI  # older name of the same value, kept for existing callers
SALAH = "salah"  # has errors

BATCH = 5000
# Core inserts: the ORM's bulk insert splits rows with None values into many statements.
PEGAWAI_TABLE = cast(Table, Pegawai.__table__)
UNIT_TABLE = cast(Table, UnitKerja.__table__)
MAX_UNIT_KODE = 32
MAX_UNIT_NAMA = 300


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pauses the cyclic garbage collector during one bulk operation.

    An import or the demo allocates hundreds of thousands of objects that live until the
    end; the collector would scan them again and again for nothing (measured: about a
    quarter of a 10,000-row import). Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportCancelled(UserError):
    """The user pressed cancel; the transaction was rolled back."""


@dataclass(frozen=True, slots=True)
class ImportRow:
    row: int  # row number in the "Pegawai" sheet
    values: Mapping[str, str]  # column key -> cell text as read
    action: str  # BARU | DIPERBARUI | TETAP | DILEWATI | SALAH
    nip: str  # normalised when valid, else as typed
    nama: str


@dataclass(frozen=True, slots=True)
class UnitImportRow:
    row: int  # row number in the "Unit Kerja" sheet
    kode: str
    nama: str
    induk_kode: str
    action: str  # BARU | DIPERBARUI | TETAP | SALAH


@dataclass(slots=True)
class _Source:
    """What the file holds, read once; the field checks need no database and are cached."""

    path: Path
    book: PegawaiWorkbookRead
    checked: list[tuple[CleanPegawai | None, list[FieldError], bool | None]] | None = None

    def check(self) -> list[tuple[CleanPegawai | None, list[FieldError], bool | None]]:
        if self.checked is None:
            out = []
            for r in self.book.pegawai.rows:
                v = r.values
                aktif = parse_aktif(v["aktif"])
                clean, errs = check_pegawai(PegawaiInput(
                    nip=v["nip"], nama=v["nama"], jenis_pegawai=v["jenis_pegawai"],
                    gelar_depan=v["gelar_depan"], gelar_belakang=v["gelar_belakang"],
                    golongan=v["golongan"], jabatan=v["jabatan"],
                    kategori_jabatan=v["kategori_jabatan"], jenjang=v["jenjang"],
                    unit_kode=v["unit_kode"], atasan_nip=v["atasan_nip"],
                    aktif=True if aktif is None else aktif,
                ))
                out.append((clean, errs, aktif))
            self.checked = out
        return self.checked


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would do, row by row, and every error found. Nothing was written."""

    path: Path
    update_existing: bool
    exclude_rows: frozenset[int]
    rows: tuple[ImportRow, ...]
    unit_rows: tuple[UnitImportRow, ...]
    errors: tuple[RowError, ...]  # blocking; sorted by sheet, row, column
    warnings: tuple[RowError, ...]  # not blocking (e.g. unusual NIP dates)
    jumlah_baru: int
    jumlah_diperbarui: int
    jumlah_tetap: int
    jumlah_dilewati: int
    unit_baru: int
    unit_diperbarui: int
    letters: Mapping[str, str]  # column key -> letter in the "Pegawai" sheet of this file
    _source: _Source = field(repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def jumlah_baris(self) -> int:
        return len(self.rows)

    def errors_by_row(self) -> dict[int, list[RowError]]:
        """Errors of the "Pegawai" sheet by row number (unit sheet errors are not included)."""
        out: dict[int, list[RowError]] = {}
        for e in self.errors:
            if not e.sheet:
                out.setdefault(e.row, []).append(e)
        return out


@dataclass(frozen=True, slots=True)
class ImportResult:
    dibuat: int
    diperbarui: int
    tetap: int
    dilewati: int
    unit_dibuat: int
    unit_diperbarui: int
    jabatan_dibuat: int
    dry_run: bool
    warnings: tuple[RowError, ...] = ()


# -- template and export -----------------------------------------------------------------


def export_template(path: Path | str) -> Path:
    """Writes the empty pegawai template (help row, example row, drop-down lists)."""
    return write_template(path)


def export_pegawai(db: Database, actor: Actor, path: Path | str) -> int:
    """All pegawai and unit kerja, in the import layout; returns the number of pegawai."""
    require_role(actor, "mengekspor data pegawai", Role.ADMIN)
    path = check_target(path)
    atasan = aliased(Pegawai)
    induk = aliased(UnitKerja)
    with db.read() as s:
        units = [
            UnitSheetRow(kode, nama, induk_kode or "")
            for kode, nama, induk_kode in s.execute(
                select(UnitKerja.kode, UnitKerja.nama, induk.kode)
                .outerjoin(induk, (induk.id == UnitKerja.parent_id) & induk.deleted_at.is_(None))
                .where(UnitKerja.deleted_at.is_(None))
                .order_by(UnitKerja.kode)
            )
        ]
        rows = s.execute(
            select(
                Pegawai.nip, Pegawai.jenis_pegawai, Pegawai.gelar_depan, Pegawai.nama,
                Pegawai.gelar_belakang, Pegawai.golongan, Jabatan.nama, Jabatan.kategori,
                Jabatan.jenjang, UnitKerja.kode, atasan.nip, Pegawai.aktif,
            )
            .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
            .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
            .outerjoin(atasan, (atasan.id == Pegawai.atasan_id) & atasan.deleted_at.is_(None))
            .where(Pegawai.deleted_at.is_(None))
            .order_by(UnitKerja.kode, Pegawai.nama, Pegawai.nip)
        ).all()

    def pegawai() -> Iterator[PegawaiInput]:
        for nip, jenis, gd, nama, gb, gol, jab, kat, jenjang, unit, atasan_nip, aktif in rows:
            yield PegawaiInput(
                nip=nip, nama=nama, jenis_pegawai=jenis.value, gelar_depan=gd or "",
                gelar_belakang=gb or "", golongan=gol or "", jabatan=jab or "",
                kategori_jabatan=kat.value if kat else "", jenjang=jenjang.value if jenjang else "",
                unit_kode=unit or "", atasan_nip=atasan_nip or "", aktif=bool(aktif),
            )

    with bulk_work():
        return write_workbook(path, pegawai(), units)


# -- validation ----------------------------------------------------------------------------


@dataclass(slots=True)
class _DbPegawai:
    id: uuid.UUID
    nip: str
    nama: str
    deleted: bool
    version: int
    origin_site: str
    jenis: JenisPegawai
    gelar_depan: str | None
    gelar_belakang: str | None
    golongan: str | None
    jabatan_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    atasan_id: uuid.UUID | None
    aktif: bool


@dataclass(slots=True)
class _DbUnit:
    id: uuid.UUID
    kode: str
    nama: str
    parent_id: uuid.UUID | None
    deleted: bool
    version: int
    origin_site: str
    alamat: str | None


@dataclass(slots=True)
class _Plan:
    errors: list[RowError]
    warnings: list[RowError]
    rows: list[ImportRow]
    unit_rows: list[UnitImportRow]
    unit_inserts: list[dict[str, Any]]
    unit_updates: list[tuple[_DbUnit, str, uuid.UUID | None]]  # (db row, new nama, new parent)
    # (id, row, unit id, atasan id, jabatan key)
    pegawai_new: list[tuple[uuid.UUID, CleanPegawai, uuid.UUID | None, uuid.UUID | None, str]]
    pegawai_upd: list[tuple[_DbPegawai, CleanPegawai, uuid.UUID | None, uuid.UUID | None, str]]
    jabatan_wanted: dict[str, tuple[str, KategoriJabatan, JenjangFungsional | None]]
    jabatan_existing: set[str]
    tetap: int
    dilewati: int


def _squash(text: str) -> str:
    return " ".join(text.split())


def _load_db(s: Session) -> tuple[dict[str, _DbPegawai], dict[str, _DbUnit], dict[uuid.UUID, str]]:
    pegawai = {
        nip: _DbPegawai(pid, nip, nama, deleted is not None, version, origin, jenis, gd, gb, gol,
                        jab, unit, atasan, bool(aktif))
        for (pid, nip, nama, deleted, version, origin, jenis, gd, gb, gol, jab, unit, atasan,
             aktif) in s.execute(select(
                 Pegawai.id, Pegawai.nip, Pegawai.nama, Pegawai.deleted_at, Pegawai.version,
                 Pegawai.origin_site, Pegawai.jenis_pegawai, Pegawai.gelar_depan,
                 Pegawai.gelar_belakang, Pegawai.golongan, Pegawai.jabatan_id,
                 Pegawai.unit_kerja_id, Pegawai.atasan_id, Pegawai.aktif))
    }
    # This site's own units: codes are unique per owner, and the units the file adds are
    # this site's (at the province, other offices may use the same codes).
    units = {
        kode: _DbUnit(uid, kode, nama, parent, deleted is not None, version, origin, alamat)
        for uid, kode, nama, parent, deleted, version, origin, alamat in s.execute(select(
            UnitKerja.id, UnitKerja.kode, UnitKerja.nama, UnitKerja.parent_id,
            UnitKerja.deleted_at, UnitKerja.version, UnitKerja.origin_site, UnitKerja.alamat,
        ).where(UnitKerja.origin_site == local_site_code(s)))
    }
    jabatan = {jid: kunci for jid, kunci in s.execute(select(Jabatan.id, Jabatan.kunci))}
    return pegawai, units, jabatan


def _validate_units(
    sheet: SheetRead | None, db_units: dict[str, _DbUnit], update_existing: bool, plan: _Plan
) -> dict[str, uuid.UUID]:
    """Checks the "Unit Kerja" sheet; returns unit kode -> id for every usable unit code."""
    ids = {kode: u.id for kode, u in db_units.items() if not u.deleted}
    if sheet is None:
        return ids
    errors = plan.errors
    errors.extend(sheet.errors)
    flagged = {(e.row, e.column) for e in sheet.errors}
    letters = sheet.letters

    def bad(row: int, key: str, message: str) -> None:
        if (row, letters.get(key, "")) not in flagged:
            errors.append(sheet.error(row, key, message))
            flagged.add((row, letters.get(key, "")))

    rows_of: dict[str, list[int]] = {}
    entries: list[tuple[int, str, str, str]] = []
    for r in sheet.rows:
        kode = _squash(r.values["kode"])
        nama = _squash(r.values["nama"])
        induk = _squash(r.values["induk"])
        entries.append((r.row_number, kode, nama, induk))
        if kode:
            rows_of.setdefault(kode, []).append(r.row_number)
            if len(kode) > MAX_UNIT_KODE:
                bad(r.row_number, "kode",
                    f"Kode unit '{kode}' terlalu panjang (maksimal {MAX_UNIT_KODE} karakter).")
            existing = db_units.get(kode)
            if existing is not None and existing.deleted:
                bad(r.row_number, "kode", f"Kode unit {kode} milik unit yang sudah dihapus; "
                                          "pulihkan unit itu di aplikasi atau pakai kode lain.")
        if len(nama) > MAX_UNIT_NAMA:
            bad(r.row_number, "nama", f"Nama unit terlalu panjang (maksimal {MAX_UNIT_NAMA} "
                                      "karakter).")
        if induk and induk == kode:
            bad(r.row_number, "induk", f"Unit {kode} tidak boleh menjadi induk dirinya sendiri.")
    for kode, rows in rows_of.items():
        if len(rows) > 1:
            listed = ", ".join(str(n) for n in rows)
            for n in rows:
                bad(n, "kode", f"Kode unit {kode} muncul lebih dari sekali di lembar ini "
                               f"(baris {listed}).")
    # Ids: a unit of the file keeps the id it has in the database, or gets a new one.
    file_ids: dict[str, uuid.UUID] = {}
    for kode in rows_of:
        existing = db_units.get(kode)
        file_ids[kode] = existing.id if existing is not None else new_id()
    known = ids | file_ids
    parent_of: dict[uuid.UUID, uuid.UUID | None] = {
        u.id: u.parent_id for u in db_units.values() if not u.deleted
    }
    kode_of = {u.id: k for k, u in db_units.items()} | {v: k for k, v in file_ids.items()}
    row_of_id: dict[uuid.UUID, int] = {}
    for row, kode, _nama, induk in entries:
        if not kode or rows_of[kode][0] != row:
            continue
        parent_id = None
        if induk and induk != kode:
            parent_id = known.get(induk)
            if parent_id is None:
                bad(row, "induk", f"Kode unit induk {induk} tidak ada di lembar ini dan belum "
                                  "terdaftar di aplikasi.")
        parent_of[file_ids[kode]] = parent_id
        row_of_id[file_ids[kode]] = row
    for cycle in find_cycles(parent_of):
        text = " → ".join(kode_of.get(u, "?") for u in [*cycle, cycle[0]])
        for u in cycle:
            if u in row_of_id:
                bad(row_of_id[u], "induk", f"Unit induk membentuk lingkaran: {text}.")
    # What happens to each unit row.
    bad_rows = {e.row for e in errors if e.sheet == sheet.label}
    new_units: list[dict[str, Any]] = []
    for row, kode, nama, induk in entries:
        if row in bad_rows or not kode or rows_of[kode][0] != row:
            plan.unit_rows.append(UnitImportRow(row, kode, nama, induk, SALAH))
            continue
        uid = file_ids[kode]
        parent_id = parent_of.get(uid)
        existing = db_units.get(kode)
        if existing is None:
            action = BARU
            new_units.append({"id": uid, "kode": kode, "nama": nama, "parent_id": parent_id})
        elif existing.nama == nama and existing.parent_id == parent_id:
            action = TETAP
        elif update_existing:
            action = DIPERBARUI
            plan.unit_updates.append((existing, nama, parent_id))
        else:
            action = SALAH
            errors.append(sheet.error(
                row, "nama",
                f"Unit {kode} sudah terdaftar sebagai '{existing.nama}'"
                + (" dengan induk lain" if existing.parent_id != parent_id else "")
                + "; pilih 'perbarui data yang sudah ada' untuk mengubahnya, atau samakan isinya.",
            ))
        plan.unit_rows.append(UnitImportRow(row, kode, nama, induk, action))
    plan.unit_inserts = _parents_first(new_units)
    return known


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New rows ordered so that a row's parent (when also new) comes before it."""
    by_id = {r["id"]: r for r in rows}
    depth: dict[uuid.UUID, int] = {}

    def depth_of(rid: uuid.UUID) -> int:
        chain: list[uuid.UUID] = []
        on_chain: set[uuid.UUID] = set()
        node: uuid.UUID | None = rid
        while node is not None and node in by_id and node not in depth and node not in on_chain:
            chain.append(node)
            on_chain.add(node)
            node = by_id[node]["parent_id"]
        base = depth.get(node, -1) if node is not None else -1  # a cycle (refused) counts as -1
        for n in reversed(chain):
            base += 1
            depth[n] = base
        return depth[rid]

    return sorted(rows, key=lambda r: depth_of(r["id"]))


def _validate(
    s: Session, src: _Source, update_existing: bool, exclude_rows: frozenset[int]
) -> _Plan:
    """Checks every row against the file and the database; writes nothing."""
    db_pegawai, db_units, db_jabatan = _load_db(s)
    plan = _Plan([], [], [], [], [], [], [], [], {}, set(db_jabatan.values()), 0, 0)
    unit_ids = _validate_units(src.book.units, db_units, update_existing, plan)
    sheet = src.book.pegawai
    letters = sheet.letters
    errors = plan.errors
    errors.extend(e for e in sheet.errors if e.row not in exclude_rows)
    flagged = {(e.row, e.column) for e in errors if not e.sheet}
    row_errors = {e.row for e in errors if not e.sheet}

    def bad(row: int, key: str, message: str) -> None:
        letter = letters.get(key, "")
        if (row, letter) not in flagged:
            errors.append(sheet.error(row, key, message))
            flagged.add((row, letter))
            row_errors.add(row)

    checked = src.check()
    # NIP -> rows, over the rows that take part (excluded rows do not).
    rows_of: dict[str, list[int]] = {}
    excluded_nips: set[str] = set()
    for r, (clean, _e, _a) in zip(sheet.rows, checked, strict=True):
        nip = clean.nip if clean is not None else normalize_nip(r.values["nip"])
        if r.row_number in exclude_rows:
            excluded_nips.add(nip)
        elif nip:
            rows_of.setdefault(nip, []).append(r.row_number)
    ids: dict[str, uuid.UUID] = {}
    for nip in rows_of:
        existing = db_pegawai.get(nip)
        ids[nip] = existing.id if existing is not None else new_id()

    resolved: list[tuple[int, CleanPegawai, uuid.UUID | None, uuid.UUID | None]] = []
    for r, (clean, ferrs, aktif) in zip(sheet.rows, checked, strict=True):
        row = r.row_number
        if row in exclude_rows:
            plan.dilewati += 1
            continue
        if aktif is None:
            bad(row, "aktif", f"Aktif '{r.values['aktif']}' tidak dikenal; isi Ya atau Tidak.")
        for fe in ferrs:
            bad(row, fe.field, fe.message)
        if clean is None:
            continue
        for w in clean.warnings:
            plan.warnings.append(sheet.error(row, "nip", w))
        nip = clean.nip
        same = rows_of[nip]
        if len(same) > 1:
            listed = ", ".join(str(n) for n in same)
            bad(row, "nip", f"NIP {nip} muncul lebih dari sekali di file ini (baris {listed}).")
        existing = db_pegawai.get(nip)
        if existing is not None:
            if existing.deleted:
                bad(row, "nip", f"NIP {nip} milik pegawai yang sudah dihapus ({existing.nama}); "
                                "pulihkan data itu di aplikasi alih-alih mengimpornya.")
            elif not update_existing:
                bad(row, "nip", f"NIP {nip} sudah terdaftar atas nama {existing.nama}. Pilih "
                                "'perbarui data yang sudah ada' untuk memperbaruinya, atau "
                                "kecualikan baris ini.")
        unit_id = None
        if clean.unit_kode:
            unit_id = unit_ids.get(clean.unit_kode)
            if unit_id is None:
                bad(row, "unit_kode", f"Kode unit {clean.unit_kode} tidak terdaftar di aplikasi "
                                      f"dan tidak ada di lembar '{UNIT_SHEET}' file ini.")
        atasan_id = None
        if clean.atasan_nip:
            atasan = clean.atasan_nip
            if atasan in rows_of:
                atasan_id = ids[atasan]
            else:
                found = db_pegawai.get(atasan)
                if found is not None and not found.deleted:
                    atasan_id = found.id
                elif atasan in excluded_nips:
                    bad(row, "atasan_nip", f"Atasan dengan NIP {atasan} ada di baris yang "
                                           "dikecualikan dan belum terdaftar di aplikasi; "
                                           "sertakan baris atasan itu atau ganti atasannya.")
                elif found is not None:
                    bad(row, "atasan_nip", f"Atasan dengan NIP {atasan} ({found.nama}) sudah "
                                           "dihapus dari aplikasi.")
                else:
                    bad(row, "atasan_nip", f"Atasan dengan NIP {atasan} tidak ada di file ini "
                                           "dan belum terdaftar di aplikasi.")
        resolved.append((row, clean, unit_id, atasan_id))

    # Cycles of atasan across the database and the file (the file wins for its rows).
    atasan_of: dict[uuid.UUID, uuid.UUID | None] = {
        p.id: p.atasan_id for p in db_pegawai.values() if not p.deleted
    }
    nip_of = {p.id: p.nip for p in db_pegawai.values()}
    row_of_id: dict[uuid.UUID, int] = {}
    for row, clean, _u, atasan_id in resolved:
        pid = ids[clean.nip]
        if rows_of[clean.nip][0] != row:
            continue  # a duplicate: already an error
        atasan_of[pid] = atasan_id
        nip_of[pid] = clean.nip
        row_of_id[pid] = row
    for cycle in find_cycles(atasan_of):
        if not any(p in row_of_id for p in cycle):
            continue  # already in the database: not this file's doing
        message = check_atasan_cycle({p: atasan_of[p] for p in cycle}, nip_of)
        if message is None:  # pragma: no cover - the sub-graph is the cycle itself
            continue
        rows = sorted(row_of_id[p] for p in cycle if p in row_of_id)
        for p in cycle:
            if p in row_of_id:
                bad(row_of_id[p], "atasan_nip",
                    message.rstrip(".") + f" (baris {', '.join(map(str, rows))}).")

    # What happens to each row; collect the writes for rows without errors.
    for r in sheet.rows:
        if r.row_number in exclude_rows:
            plan.rows.append(ImportRow(r.row_number, r.values, DILEWATI,
                                       r.values["nip"], r.values["nama"]))
    for row, clean, unit_id, atasan_id in resolved:
        if row in row_errors:
            continue
        key = jabatan_key(clean.jabatan, clean.kategori_jabatan, clean.jenjang)
        existing = db_pegawai.get(clean.nip)
        if existing is None:
            plan.pegawai_new.append((ids[clean.nip], clean, unit_id, atasan_id, key))
            plan.jabatan_wanted[key] = (clean.jabatan, clean.kategori_jabatan, clean.jenjang)
            continue
        unchanged = (
            existing.jenis is clean.jenis_pegawai and existing.nama == clean.nama
            and existing.gelar_depan == clean.gelar_depan
            and existing.gelar_belakang == clean.gelar_belakang
            and existing.golongan == clean.golongan
            and existing.jabatan_id is not None and db_jabatan.get(existing.jabatan_id) == key
            and existing.unit_id == unit_id and existing.atasan_id == atasan_id
            and existing.aktif == clean.aktif
        )
        if unchanged:
            plan.tetap += 1
        else:
            plan.pegawai_upd.append((existing, clean, unit_id, atasan_id, key))
            plan.jabatan_wanted[key] = (clean.jabatan, clean.kategori_jabatan, clean.jenjang)
    new_rows = {item[0] for item in plan.pegawai_new}
    upd_rows = {item[0].id for item in plan.pegawai_upd}
    for r, (clean, _e, _a) in zip(sheet.rows, checked, strict=True):
        row = r.row_number
        if row in exclude_rows:
            continue
        if row in row_errors or clean is None:
            action = SALAH
        else:
            pid = ids[clean.nip]
            action = BARU if pid in new_rows else DIPERBARUI if pid in upd_rows else TETAP
        plan.rows.append(ImportRow(row, r.values, action,
                                   clean.nip if clean else r.values["nip"],
                                   clean.nama if clean else r.values["nama"]))
    plan.rows.sort(key=lambda x: x.row)
    plan.errors.sort(key=lambda e: e.sort_key)
    return plan


def _read(path: Path | str) -> _Source:
    p = Path(path)
    return _Source(p, read_pegawai_workbook(p))


def _preview(src: _Source, plan: _Plan, update_existing: bool,
             exclude_rows: frozenset[int]) -> ImportPreview:
    return ImportPreview(
        path=src.path, update_existing=update_existing, exclude_rows=exclude_rows,
        rows=tuple(plan.rows), unit_rows=tuple(plan.unit_rows), errors=tuple(plan.errors),
        warnings=tuple(plan.warnings), jumlah_baru=len(plan.pegawai_new),
        jumlah_diperbarui=len(plan.pegawai_upd), jumlah_tetap=plan.tetap,
        jumlah_dilewati=plan.dilewati, unit_baru=len(plan.unit_inserts),
        unit_diperbarui=len(plan.unit_updates), letters=dict(src.book.pegawai.letters),
        _source=src,
    )


def preview_import(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    update_existing: bool = False,
    exclude_rows: frozenset[int] = frozenset(),
) -> ImportPreview:
    """Reads and checks the file; raises WorkbookError for a file that cannot be read."""
    require_role(actor, "mengimpor data pegawai", Role.ADMIN)
    with bulk_work():
        src = _read(path)
        with db.read() as s:
            plan = _validate(s, src, update_existing, exclude_rows)
        return _preview(src, plan, update_existing, exclude_rows)


# -- writing -------------------------------------------------------------------------------


def _pegawai_row(
    pid: uuid.UUID, c: CleanPegawai, unit_id: uuid.UUID | None, atasan_id: uuid.UUID | None,
    jabatan_id: uuid.UUID, version: int, now: dt.datetime, site: str,
) -> dict[str, Any]:
    return {
        "id": pid, "nip": c.nip, "jenis_pegawai": c.jenis_pegawai, "gelar_depan": c.gelar_depan,
        "nama": c.nama, "gelar_belakang": c.gelar_belakang, "golongan": c.golongan,
        "jabatan_id": jabatan_id, "unit_kerja_id": unit_id, "atasan_id": atasan_id,
        "aktif": c.aktif, "version": version, "updated_at": now, "origin_site": site,
        "deleted_at": None,
    }


def _new_pegawai_order(
    new: list[tuple[uuid.UUID, CleanPegawai, uuid.UUID | None, uuid.UUID | None, str]],
) -> list[tuple[uuid.UUID, CleanPegawai, uuid.UUID | None, uuid.UUID | None, str]]:
    """Atasan before bawahan, so each inserted row's atasan already exists."""
    rows = [{"id": item[0], "parent_id": item[3], "item": item} for item in new]
    return [r["item"] for r in _parents_first(rows)]


def _write(
    s: Session, actor: Actor, plan: _Plan, file_name: str,
    progress: Callable[[int, int], None] | None, should_cancel: Callable[[], bool] | None,
) -> None:
    """Writes the plan in the caller's transaction: units, jabatan, pegawai, outbox."""
    now = utcnow()
    site = local_site_code(s)
    detail = {"file": file_name}
    total = (len(plan.unit_inserts) + len(plan.unit_updates) + len(plan.pegawai_new)
             + len(plan.pegawai_upd))
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if should_cancel is not None and should_cancel():
            raise ImportCancelled("Impor dibatalkan; tidak ada data yang diubah.")
        if progress is not None:
            progress(done, total)

    step(0)
    if plan.unit_inserts:
        rows = [{**u, "alamat": None, "version": 1, "updated_at": now, "origin_site": site,
                 "deleted_at": None} for u in plan.unit_inserts]
        s.execute(UNIT_TABLE.insert(), rows)
        record_many(s, actor, "impor_unit", "unit_kerja", rows, detail)
        step(len(rows))
    if plan.unit_updates:
        rows = [{"id": u.id, "kode": u.kode, "nama": nama, "parent_id": parent,
                 "alamat": u.alamat, "version": u.version + 1, "updated_at": now,
                 "origin_site": u.origin_site, "deleted_at": None}
                for u, nama, parent in plan.unit_updates]
        s.execute(update(UnitKerja), [
            {"id": r["id"], "nama": r["nama"], "parent_id": r["parent_id"],
             "version": r["version"], "updated_at": now} for r in rows])
        record_many(s, actor, "impor_ubah_unit", "unit_kerja", rows, detail)
        step(len(rows))
    jabatan_ids = ensure_jabatan(s, actor, list(plan.jabatan_wanted.values()))

    ordered = _new_pegawai_order(plan.pegawai_new)
    for start in range(0, len(ordered), BATCH):
        rows = [_pegawai_row(pid, c, unit, atasan, jabatan_ids[key], 1, now, site)
                for pid, c, unit, atasan, key in ordered[start:start + BATCH]]
        s.execute(PEGAWAI_TABLE.insert(), rows)
        record_many(s, actor, "impor_pegawai", "pegawai", rows, detail)
        step(len(rows))
    upd = plan.pegawai_upd
    for start in range(0, len(upd), BATCH):
        rows = [_pegawai_row(p.id, c, unit, atasan, jabatan_ids[key], p.version + 1, now,
                             p.origin_site)
                for p, c, unit, atasan, key in upd[start:start + BATCH]]
        s.execute(update(Pegawai), [{k: v for k, v in r.items()
                                     if k not in ("nip", "origin_site", "deleted_at")}
                                    for r in rows])
        record_many(s, actor, "impor_ubah_pegawai", "pegawai", rows, detail)
        step(len(rows))


def apply_import(
    db: Database,
    actor: Actor,
    path_or_preview: Path | str | ImportPreview,
    *,
    exclude_rows: frozenset[int] = frozenset(),
    update_existing: bool = False,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Checks again inside one write transaction, then writes everything or nothing.

    With a preview, the file is not read again and ``update_existing`` is true when either
    the preview or the argument says so. Raises ImportRejected (``.errors``) when any row
    that is not excluded has an error, ImportCancelled when ``should_cancel`` says so.
    """
    require_role(actor, "mengimpor data pegawai", Role.ADMIN)
    with bulk_work():
        return _apply(db, actor, path_or_preview, exclude_rows, update_existing, dry_run,
                      progress, should_cancel)


def _apply(
    db: Database, actor: Actor, path_or_preview: Path | str | ImportPreview,
    exclude_rows: frozenset[int], update_existing: bool, dry_run: bool,
    progress: Callable[[int, int], None] | None, should_cancel: Callable[[], bool] | None,
) -> ImportResult:
    if isinstance(path_or_preview, ImportPreview):
        src = path_or_preview._source
        update_existing = update_existing or path_or_preview.update_existing
    else:
        src = _read(path_or_preview)
    exclude_rows = frozenset(exclude_rows)
    if dry_run:
        with db.read() as s:
            plan = _validate(s, src, update_existing, exclude_rows)
    else:
        with db.write() as s:
            plan = _validate(s, src, update_existing, exclude_rows)
            if plan.errors:
                raise ImportRejected(rejection_message(src.path.name, plan.errors), plan.errors)
            _write(s, actor, plan, src.path.name, progress, should_cancel)
    if plan.errors:
        raise ImportRejected(rejection_message(src.path.name, plan.errors), plan.errors)
    return ImportResult(
        dibuat=len(plan.pegawai_new), diperbarui=len(plan.pegawai_upd), tetap=plan.tetap,
        dilewati=plan.dilewati, unit_dibuat=len(plan.unit_inserts),
        unit_diperbarui=len(plan.unit_updates),
        jabatan_dibuat=len(set(plan.jabatan_wanted) - plan.jabatan_existing), dry_run=dry_run,
        warnings=tuple(plan.warnings),
    )
