"""The penilai's rating grid as a workbook: export, and an all-or-nothing import.

Export (``ekspor_lembar_penilaian``): the rows of ``daftar_penilaian`` for a period —
the actor's own pegawai, or for an admin those of a chosen penilai and/or unit — in
documents/penilaian_workbook.py's layout, with a hidden sheet saying what it was made for.

Import (``impor_lembar_penilaian``): the file is read with the one xlsx reader and
checked before anything is written: its period, unit and penilai must be what the user
asked for; every row must be a row that was exported (same row, same NIP, same period,
same unit) of a pegawai the actor assesses in the period; the ratings must be in the
list; a predikat ditetapkan must be one of the five and, when it differs from the
matrix, come with its written reason (the rule of ``services.penilaian.nilai``). Any
problem refuses the whole file with messages naming sheet, row and column and nothing
changes. The rows are then saved in one transaction by
``services.penilaian_massal.nilai_massal`` (all or nothing) with their predikat
ditetapkan, reason and catatan/rekomendasi as the sheet has them (an empty predikat
ditetapkan: the predikat follows the matrix; an empty catatan clears it). Rows with both
ratings empty are skipped; rows whose ratings, predikat ditetapkan, reason and catatan
all equal what is saved are left alone. A column missing from the file (a file of the
first layout has no predikat ditetapkan) keeps what is saved.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, select

from kinerja_desktop.documents.output_files import check_target
from kinerja_desktop.documents.penilaian_workbook import (
    LembarMeta,
    PenilaianSheetRow,
    predikat_from_cell,
    rating_from_cell,
    read_lembar_penilaian,
    row_error,
    timestamp,
    write_lembar_penilaian,
)
from kinerja_desktop.documents.xlsx_reader import (
    ImportRejected,
    RowError,
    SheetRead,
    WorkbookError,
    rejection_message,
)
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import require_period_ended, tetapkan_predikat
from kinerja_desktop.domain.nip import normalize_nip
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.aturan_periode import list_periode
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import PenilaianRingkas, daftar_penilaian
from kinerja_desktop.services.penilaian_massal import TETAP, ItemPenilaian, nilai_massal
from kinerja_desktop.services.unit_kerja import cari_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import EvaluasiPeriode, Jabatan, Pegawai, Skp, UnitKerja

__all__ = [
    "EksporPenilaian",
    "HasilImporPenilaian",
    "ImportRejected",
    "WorkbookError",
    "ekspor_lembar_penilaian",
    "impor_lembar_penilaian",
    "periode_dari_kunci",
    "tahun_dari_kunci",
]

_KEY = re.compile(r"^\s*(\d{4})-[A-Za-z]+\d*\s*$")
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class EksporPenilaian:
    file: str
    periode_key: str
    jumlah: int  # pegawai rows written
    penilai_nip: str
    unit_kode: str


@dataclass(frozen=True, slots=True)
class HasilImporPenilaian:
    file: str
    periode_key: str
    dinilai: int  # rows rated (new or changed ratings, predikat ditetapkan or catatan)
    tetap: int  # rows whose values all equal what was saved: left alone
    dilewati: int  # rows with both ratings empty: not rated
    rows: tuple[PenilaianRingkas, ...] = ()  # the rated rows as saved


# -- shared ---------------------------------------------------------------------------------


def tahun_dari_kunci(periode_key: str) -> int:
    """``2026-TW2`` -> 2026; ValidationError for a key that is not a period key."""
    m = _KEY.match(periode_key or "")
    if m is None:
        raise ValidationError(
            f"Kode periode '{periode_key}' tidak dikenal; contoh: 2026-TW2, 2026-S1, "
            "2026-B7, 2026-TAHUNAN.")
    return int(m.group(1))


def periode_dari_kunci(db: Database, actor: Actor, periode_key: str) -> Periode:
    tahun = tahun_dari_kunci(periode_key)
    periods = list_periode(db, actor, tahun)
    for p in periods:
        if p.key.casefold() == periode_key.strip().casefold():
            return p
    raise ValidationError(f"Periode '{periode_key}' tidak ada pada tahun {tahun}; pilih: "
                          + ", ".join(p.key for p in periods) + ".")


@dataclass(frozen=True, slots=True)
class _Penilai:
    id: uuid.UUID
    nip: str
    nama: str


def _pegawai_by_nip(db: Database, nip: str) -> _Penilai:
    clean = normalize_nip(nip)
    with db.read() as s:
        p = s.scalar(select(Pegawai).where(Pegawai.nip == clean, Pegawai.deleted_at.is_(None)))
        if p is None:
            raise NotFoundError(f"Pegawai dengan NIP {nip} tidak terdaftar.")
        return _Penilai(p.id, p.nip, nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang))


def _pegawai_by_id(db: Database, pid: uuid.UUID) -> _Penilai:
    with db.read() as s:
        p = s.get(Pegawai, pid)
        if p is None:
            raise NotFoundError("Pegawai akun ini tidak ditemukan.")
        return _Penilai(p.id, p.nip, nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang))


def _unit_by_kode(db: Database, kode: str) -> tuple[uuid.UUID, str, str]:
    with db.read() as s:
        u = cari_unit(s, kode)  # one office's unit, even where several share the code
        return u.id, u.kode, u.nama


@dataclass(frozen=True, slots=True)
class _Info:
    unit_kode: str
    jabatan: str
    catatan: str
    predikat_override: Predikat | None = None  # None: the predikat follows the matrix
    alasan_override: str = ""


def _skp_info(db: Database, skp_ids: Sequence[uuid.UUID], periode_key: str
              ) -> dict[uuid.UUID, _Info]:
    """Unit code of the SKP, the pegawai's jabatan and the evaluation's catatan and
    predikat override with its reason."""
    out: dict[uuid.UUID, _Info] = {}
    with db.read() as s:
        for start in range(0, len(skp_ids), _CHUNK):
            chunk = list(skp_ids[start:start + _CHUNK])
            for sid, kode, jabatan, jenjang, catatan, predikat, matriks, alasan in s.execute(
                select(Skp.id, UnitKerja.kode, Jabatan.nama, Jabatan.jenjang,
                       EvaluasiPeriode.catatan_rekomendasi, EvaluasiPeriode.predikat,
                       EvaluasiPeriode.predikat_matriks, EvaluasiPeriode.alasan_override)
                .join(Pegawai, Pegawai.id == Skp.pegawai_id)
                .outerjoin(UnitKerja, UnitKerja.id == Skp.unit_kerja_id)
                .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
                .outerjoin(EvaluasiPeriode, and_(
                    EvaluasiPeriode.skp_id == Skp.id,
                    EvaluasiPeriode.periode_key == periode_key,
                    EvaluasiPeriode.deleted_at.is_(None)))
                .where(Skp.id.in_(chunk))
            ):
                override = (predikat if predikat is not None and matriks is not None
                            and predikat != matriks else None)
                out[sid] = _Info(kode or "", jabatan_teks(jabatan, jenjang), catatan or "",
                                 override, (alasan or "") if override else "")
    return out


def jabatan_teks(nama: str | None, jenjang: object) -> str:
    """``Analis Kurikulum Ahli Pertama``: the name with the jenjang of a fungsional."""
    if not nama:
        return ""
    value = getattr(jenjang, "value", None)
    return f"{nama} {value}" if value else nama


# -- export ---------------------------------------------------------------------------------


def ekspor_lembar_penilaian(
    db: Database, actor: Actor, periode_key: str, path: Path | str, *,
    penilai_nip: str | None = None, unit_kode: str | None = None,
    now: dt.datetime | None = None,
) -> EksporPenilaian:
    """Writes the grid of the period to ``path``: the actor's pegawai, or for an admin those
    of ``penilai_nip`` and/or ``unit_kode`` (both empty: every rated SKP of the period)."""
    path = check_target(path)
    periode = periode_dari_kunci(db, actor, periode_key)
    is_admin = actor.role is Role.ADMIN
    penilai: _Penilai | None = None
    if is_admin:
        if penilai_nip:
            penilai = _pegawai_by_nip(db, penilai_nip)
    else:
        if actor.pegawai_id is None:
            raise PermissionDenied(f"Akun '{actor.username}' tidak terhubung ke pegawai, "
                                   "sehingga tidak menilai siapa pun.")
        penilai = _pegawai_by_id(db, actor.pegawai_id)
        if penilai_nip and normalize_nip(penilai_nip) != penilai.nip:
            raise PermissionDenied(
                f"Akun '{actor.username}' hanya dapat mengekspor lembar penilaiannya sendiri "
                f"(NIP {penilai.nip}); lembar penilai lain diekspor oleh admin.")
    unit_id, kode, unit_nama = (None, "", "")
    if unit_kode:
        unit_id, kode, unit_nama = _unit_by_kode(db, unit_kode)
    rows = daftar_penilaian(db, actor, periode.tahun, periode.key,
                            penilai_id=penilai.id if is_admin and penilai else None,
                            unit_id=unit_id)
    if not rows:
        siapa = f"penilai {penilai.nama} (NIP {penilai.nip})" if penilai else "pilihan ini"
        di = f" di unit {kode}" if kode else ""
        raise ValidationError(
            f"Tidak ada SKP ditetapkan yang dinilai oleh {siapa}{di} pada periode "
            f"{periode.label} {periode.tahun}; tidak ada file yang ditulis.")
    info = _skp_info(db, [r.skp_id for r in rows], periode.key)
    sheet_rows = [
        PenilaianSheetRow(
            nip=r.nip, nama=r.nama, jabatan=info[r.skp_id].jabatan,
            unit_kode=info[r.skp_id].unit_kode, status=r.status.label,
            rating_hasil_kerja=r.rating_hasil_kerja, rating_perilaku=r.rating_perilaku,
            predikat=r.predikat_label, catatan=info[r.skp_id].catatan, skp_id=r.skp_id,
            version=r.version, predikat_override=info[r.skp_id].predikat_override,
            alasan_override=info[r.skp_id].alasan_override)
        for r in rows
    ]
    meta = LembarMeta(
        periode_key=periode.key, periode_label=periode.label, tahun=periode.tahun,
        unit_id=str(unit_id) if unit_id else "", unit_kode=kode, unit_nama=unit_nama,
        penilai_id=str(penilai.id) if penilai else "", penilai_nip=penilai.nip if penilai else "",
        penilai_nama=penilai.nama if penilai else "", dibuat=timestamp(now),
        dibuat_oleh=actor.username)
    write_lembar_penilaian(path, sheet_rows, meta)
    return EksporPenilaian(str(path), periode.key, len(rows), meta.penilai_nip, kode)


# -- import ---------------------------------------------------------------------------------


def _refuse(name: str, message: str) -> ValidationError:
    return ValidationError(f"Impor {name} dibatalkan: {message} Tidak ada data yang diubah.")


def _check_meta(
    db: Database, actor: Actor, name: str, meta: LembarMeta, periode_key: str | None,
    penilai_nip: str | None, unit_kode: str | None,
) -> None:
    where = f"file ini (lembar tersembunyi _kinerja, dibuat {meta.dibuat} oleh {meta.dibuat_oleh})"
    if periode_key and periode_key.strip().casefold() != meta.periode_key.casefold():
        raise _refuse(name, f"{where} adalah lembar penilaian periode {meta.periode_key} "
                            f"({meta.periode_label} {meta.tahun}), bukan periode "
                            f"{periode_key.strip()} yang dipilih.")
    if unit_kode is not None and unit_kode.strip() != meta.unit_kode:
        yang = f"unit {meta.unit_kode} ({meta.unit_nama})" if meta.unit_kode else "semua unit"
        diminta = f"unit {unit_kode.strip()}" if unit_kode.strip() else "semua unit"
        raise _refuse(name, f"{where} adalah lembar penilaian untuk {yang}, bukan {diminta} "
                            "yang dipilih.")
    if penilai_nip is not None and normalize_nip(penilai_nip) != meta.penilai_nip:
        yang = (f"penilai {meta.penilai_nama} (NIP {meta.penilai_nip})" if meta.penilai_nip
                else "semua penilai")
        raise _refuse(name, f"{where} adalah lembar penilaian {yang}, bukan penilai NIP "
                            f"{normalize_nip(penilai_nip)} yang dipilih.")
    if actor.role is not Role.ADMIN:
        me = _pegawai_by_id(db, actor.pegawai_id) if actor.pegawai_id else None
        if me is None or meta.penilai_nip != me.nip:
            yang = (f"penilai {meta.penilai_nama} (NIP {meta.penilai_nip})" if meta.penilai_nip
                    else "admin")
            raise PermissionDenied(
                f"Impor {name} ditolak: {where} adalah lembar penilaian {yang}; akun "
                f"'{actor.username}' hanya dapat mengimpor lembar penilaiannya sendiri. Tidak "
                "ada data yang diubah.")


def impor_lembar_penilaian(
    db: Database, actor: Actor, path: Path | str, *,
    periode_key: str | None = None, penilai_nip: str | None = None,
    unit_kode: str | None = None, today: dt.date | None = None,
) -> HasilImporPenilaian:
    """Checks the whole file, then saves every new rating at once (or nothing).

    ``periode_key``/``penilai_nip``/``unit_kode``: what the user asked for (None: take the
    file's); a file made for something else is refused. Raises ImportRejected (``.errors``
    by sheet, row and column), WorkbookError for a file that is not such a workbook."""
    path = Path(path)
    today = today or dt.date.today()
    name = path.name
    book = read_lembar_penilaian(path)
    meta = book.meta
    if meta is None:
        raise WorkbookError(
            f"File {name} bukan lembar penilaian hasil ekspor aplikasi ({book.meta_problem}). "
            "Ekspor lembar penilaian dari aplikasi, isi ratingnya, lalu impor file itu.")
    _check_meta(db, actor, name, meta, periode_key, penilai_nip, unit_kode)
    periode = periode_dari_kunci(db, actor, meta.periode_key)
    sheet = book.sheet
    errors: list[RowError] = list(sheet.errors)
    if not sheet.rows and not errors:
        raise WorkbookError(f"File {name}, lembar '{sheet.sheet}' tidak berisi baris pegawai.")
    try:
        require_period_ended(periode.selesai, today, periode.label)
    except ValidationError as exc:
        raise _refuse(name, f"{exc.message}") from None

    is_admin = actor.role is Role.ADMIN
    penilai_id = uuid.UUID(meta.penilai_id) if is_admin and meta.penilai_id else None
    unit_id = uuid.UUID(meta.unit_id) if meta.unit_id else None
    current = {r.skp_id: r for r in daftar_penilaian(
        db, actor, periode.tahun, periode.key, penilai_id=penilai_id, unit_id=unit_id)}
    info = _skp_info(db, list(current), periode.key)
    exported_by_row = {m.row: m for m in meta.rows}
    exported_rows_of: dict[str, list[int]] = {}
    for m in meta.rows:
        exported_rows_of.setdefault(m.nip, []).append(m.row)
    flagged: set[tuple[int, str]] = {(e.row, e.column) for e in errors}

    def bad(row: int, key: str, message: str) -> None:
        err = row_error(sheet, row, key, message)
        if (row, err.column) not in flagged:
            flagged.add((row, err.column))
            errors.append(err)

    # A column left out of the file (the first layout has no predikat ditetapkan) keeps
    # what is saved; the catatan column is always there.
    ada_override = "predikat_override" in sheet.letters
    ada_alasan = "alasan_override" in sheet.letters
    items: list[ItemPenilaian] = []
    versions: dict[uuid.UUID, int | None] = {}
    row_of_skp: dict[uuid.UUID, int] = {}
    tetap = dilewati = 0
    seen: dict[str, int] = {}
    siapa = (f"penilai {meta.penilai_nama} (NIP {meta.penilai_nip})" if meta.penilai_nip
             else f"akun '{actor.username}'")
    for r in sheet.rows:
        v, rn = r.values, r.row_number
        nip = normalize_nip(v["nip"])
        if not nip:
            continue  # the reader already reported the empty NIP
        if nip in seen:
            bad(rn, "nip", f"NIP {nip} sudah ada di baris {seen[nip]}; setiap pegawai hanya "
                           "satu baris.")
            continue
        seen[nip] = rn
        exported = exported_by_row.get(rn)
        if exported is None or exported.nip != nip:
            if exported is not None:
                bad(rn, "nip", f"NIP diubah: semula {exported.nip}, sekarang {nip}. Kolom NIP "
                               "tidak boleh diubah; kembalikan NIP semula.")
            elif nip in exported_rows_of:
                rows = ", ".join(map(str, exported_rows_of[nip]))
                bad(rn, "nip", f"NIP {nip} dipindah dari baris {rows} yang diekspor; jangan "
                               "menyisipkan, menghapus atau mengurutkan baris.")
            else:
                bad(rn, "nip", f"Baris tambahan: NIP {nip} tidak ada di lembar yang diekspor. "
                               "Hapus baris ini; pegawai baru dinilai setelah lembar diekspor "
                               "ulang.")
            continue
        skp_id = uuid.UUID(exported.skp_id)
        now = current.get(skp_id)
        if now is None:
            bad(rn, "nip", f"{v['nama'] or nip} (NIP {nip}) bukan pegawai yang dinilai oleh "
                           f"{siapa} pada periode {periode.label} {periode.tahun} (SKP-nya "
                           "berubah sejak lembar diekspor?).")
            continue
        if v["periode"] and v["periode"].casefold() != periode.key.casefold():
            bad(rn, "periode", f"Periode {v['periode']} berbeda dengan periode lembar ini "
                               f"({periode.key}); kolom Periode tidak boleh diubah.")
        kode = info[skp_id].unit_kode if skp_id in info else ""
        if v["unit_kode"] != kode:
            bad(rn, "unit_kode", f"Kode unit {v['unit_kode'] or '(kosong)'} berbeda dengan unit "
                                 f"SKP {now.nama} ({kode or 'tanpa unit'}); kolom Kode Unit "
                                 "tidak boleh diubah.")
        ratings: list[Rating | None] = []
        unknown = False
        for key in ("rating_hasil_kerja", "rating_perilaku"):
            try:
                ratings.append(rating_from_cell(v[key]))
            except UserError as exc:
                bad(rn, key, exc.message)
                ratings.append(None)
                unknown = True
        lama = info.get(skp_id, _Info("", "", ""))
        override: Predikat | None = lama.predikat_override
        alasan = lama.alasan_override if not ada_override else v["alasan_override"]
        if ada_override:
            try:
                override = predikat_from_cell(v["predikat_override"])
            except UserError as exc:
                bad(rn, "predikat_override", exc.message)
                unknown = True
        if ada_alasan and v["alasan_override"] and (not ada_override or (
                override is None and not unknown)):
            bad(rn, "alasan_override",
                "Alasan diisi tetapi Predikat Ditetapkan kosong. Pilih predikat yang "
                "ditetapkan, atau kosongkan alasan agar predikat mengikuti matriks.")
            unknown = True
        catatan = v["catatan"].replace("\r\n", "\n")
        if unknown:
            continue
        hk, pk = ratings
        if hk is None and pk is None:
            if (override, alasan, catatan) != (lama.predikat_override,
                                               lama.alasan_override, lama.catatan):
                bad(rn, "rating_hasil_kerja",
                    "Isi kedua rating untuk menyimpan predikat ditetapkan, alasan atau "
                    "catatan; predikat dan catatan disimpan bersama penilaiannya.")
            else:
                dilewati += 1
            continue
        if hk is None or pk is None:
            kosong = "rating_hasil_kerja" if hk is None else "rating_perilaku"
            bad(rn, kosong, "Lengkapi kedua rating, atau kosongkan keduanya bila pegawai ini "
                            "belum dinilai.")
            continue
        if ada_override:
            try:
                hasil = tetapkan_predikat(hk, pk, override, alasan)
            except UserError as exc:
                bad(rn, "alasan_override", exc.message)
                continue
            override = hasil.ditetapkan if hasil.di_override else None
            alasan = hasil.alasan_override
        if ((hk, pk, override, alasan, catatan)
                == (now.rating_hasil_kerja, now.rating_perilaku, lama.predikat_override,
                    lama.alasan_override, lama.catatan)):
            tetap += 1
            continue
        items.append(ItemPenilaian(
            skp_id, hk, pk, predikat_override=override if ada_override else TETAP,
            alasan_override=alasan if ada_override else "", catatan=catatan))
        versions[skp_id] = exported.version
        row_of_skp[skp_id] = rn
    if errors:
        errors.sort(key=lambda e: e.sort_key)
        raise ImportRejected(rejection_message(name, errors), errors)
    try:
        saved = nilai_massal(db, actor, periode.tahun, periode.key, items, today,
                             versions=versions)
    except UserError as exc:
        raise _row_of_failure(name, sheet, exc, items, row_of_skp, current) from exc
    return HasilImporPenilaian(str(path), periode.key, len(saved), tetap, dilewati,
                               tuple(saved))


def _row_of_failure(
    name: str, sheet: SheetRead, exc: UserError, items: Sequence[ItemPenilaian],
    row_of_skp: dict[uuid.UUID, int], current: dict[uuid.UUID, PenilaianRingkas],
) -> UserError:
    """The service's refusal, with the row it is about (found by NIP or name) and, for the
    override's reason, the column."""
    for item in items:
        skp_id = item.skp_id
        r = current[skp_id]
        if f"NIP {r.nip}" in exc.message or r.nama in exc.message:
            message = exc.message
            if isinstance(exc, ConflictError):
                message = (f"penilaian {r.nama} (NIP {r.nip}) sudah diubah di aplikasi sejak "
                           "lembar ini diekspor. Ekspor ulang lembar penilaian lalu isi lagi.")
            if "alasan" in message and "predikat" in message.casefold():
                err = row_error(sheet, row_of_skp[skp_id], "alasan_override", message)
            else:
                err = RowError(row_of_skp[skp_id], "", "", message, sheet.sheet)
            return ImportRejected(rejection_message(name, [err]), [err])
    return exc
