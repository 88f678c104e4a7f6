"""SKP to and from Excel: one workbook per SKP, laid out like the printed SKP.

Export writes :mod:`documents.skp_workbook` from the database. Import reads a workbook
(exported, or filled in by hand), finds the pegawai by the NIP of the identity table
and the year of ``PERIODE PENILAIAN``, matches each RHK's column (2) text against the
RHK of the penilai's SKP (or, for a head of unit, the unit's goals) and checks
everything before anything is written; :func:`apply_skp_import` checks again inside
its write transaction and replaces the content of the DRAFT SKP (or creates it) all
at once. A DITETAPKAN SKP is never touched: a revision must be made first.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.output_files import check_target
from kinerja_desktop.documents.skp_workbook import (
    Orang,
    SkpSheet,
    SkpWorkbookRead,
    read_skp_workbook,
    write_skp_workbook,
)
from kinerja_desktop.documents.xlsx_reader import (
    ImportRejected,
    RowError,
    WorkbookError,
    rejection_message,
    squash,
)
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    UserError,
)
from kinerja_desktop.domain.nip import is_valid_nip, normalize_nip
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import (
    Iki,
    IsiSKP,
    JenisRHK,
    Lampiran,
    Rhk,
    StatusSKP,
    kelengkapan,
    periode_tahun,
)
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.scope import visible_pegawai
from kinerja_desktop.services.skp import (
    OPEN_STATUSES,
    Identitas,
    buat_skp,
    clamp,
    identitas,
    kepala_of,
    list_skp,
    load_isi,
    replace_isi,
    resolve_on,
    skp_or_404,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, RhkRow, SasaranUnit, Site, Skp

__all__ = [
    "ImportRejected",
    "RowError",
    "SkpImportPreview",
    "WorkbookError",
    "apply_skp_import",
    "export_file_name",
    "export_skp",
    "export_skp_many",
    "find_skp_for_export",
    "preview_skp_import",
    "rejection_message",
    "skp_ids_for_export",
]


@dataclass(slots=True)
class SkpImportPreview:
    """What importing one SKP workbook would do. Nothing was written."""

    path: Path
    nip: str
    pegawai_id: uuid.UUID | None
    pegawai_nama: str
    tahun: int | None
    isi: IsiSKP  # intervensi resolved, row ids of the existing draft kept where they match
    target_skp_id: uuid.UUID | None  # the DRAFT whose content is replaced; None: a new SKP
    creates_new: bool
    errors: list[RowError]  # blocking; sorted by sheet, row, column
    warnings: list[str]  # not blocking (e.g. what is still missing before ajukan)
    target_version: int | None = None
    status: StatusSKP | None = None  # of the SKP found for the pegawai and year
    requested_tahun: int | None = None
    _read: SkpWorkbookRead | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def jumlah_rhk(self) -> int:
        return len(self.isi.rhk)

    @property
    def jumlah_iki(self) -> int:
        return sum(len(r.iki) for r in self.isi.rhk)


# ---------------------------------------------------------------------------
# Export


def _can_see(actor: Actor, row: Skp, scope: set[uuid.UUID] | None) -> bool:
    """services.skp.may_see with the actor's scope computed once for a batch."""
    me = actor.pegawai_id
    if me is not None and me in (row.pegawai_id, row.penilai_id, row.atasan_penilai_id):
        return True
    return scope is None or row.pegawai_id in scope


def _orang(i: Identitas | None) -> Orang | None:
    if i is None:
        return None
    return Orang(i.nama, i.nip, i.pangkat_gol, i.jabatan, i.unit_kerja)


def _person(s: Session, row: Skp, key: str, pid: uuid.UUID | None) -> Identitas | None:
    """As services.skp.detail: the snapshot taken at penetapan, else the live record."""
    snap = row.snapshot or {}
    if snap.get(key):
        return Identitas.from_json(snap[key])
    if pid is None:
        luar = getattr(row, f"{key}_luar", None)
        return Identitas.from_json(luar) if luar else None
    p = s.get(Pegawai, pid)
    return identitas(s, p) if p is not None else None


def sheet_data(s: Session, row: Skp, instansi: str) -> SkpSheet:
    isi = load_isi(s, row)
    ordered = isi.ordered_rhk()
    rhk_ids = {r.intervensi_rhk_id for r in ordered if r.intervensi_rhk_id}
    goal_ids = {r.intervensi_sasaran_id for r in ordered if r.intervensi_sasaran_id}
    rhk_text: dict[uuid.UUID, str] = {rid: text for rid, text in s.execute(
        select(RhkRow.id, RhkRow.uraian).where(RhkRow.id.in_(rhk_ids)))} if rhk_ids else {}
    goal_text: dict[uuid.UUID, str] = {gid: text for gid, text in s.execute(
        select(SasaranUnit.id, SasaranUnit.uraian).where(SasaranUnit.id.in_(goal_ids)))
    } if goal_ids else {}
    texts: list[str] = []
    refs: dict[str, str] = {}
    for r in ordered:
        if r.intervensi_rhk_id is not None:
            text = rhk_text.get(r.intervensi_rhk_id, "")
            refs[squash(text)] = f"rhk:{r.intervensi_rhk_id}"
        elif r.intervensi_sasaran_id is not None:
            text = goal_text.get(r.intervensi_sasaran_id, "")
            refs[squash(text)] = f"sasaran:{r.intervensi_sasaran_id}"
        else:
            text = r.intervensi_teks
        texts.append(text)
    pegawai = _person(s, row, "pegawai", row.pegawai_id)
    assert pegawai is not None  # pegawai_id is not nullable
    orang = _orang(pegawai)
    assert orang is not None
    return SkpSheet(
        tahun=row.tahun, periode_mulai=row.periode_mulai, periode_selesai=row.periode_selesai,
        instansi=instansi, pegawai=orang,
        penilai=_orang(_person(s, row, "penilai", row.penilai_id)), isi=isi,
        intervensi=texts, tempat=row.tempat_penetapan or "", tanggal=row.tanggal_penetapan,
        skp_id=row.id, skp_version=row.version, status=row.status.value, intervensi_ref=refs,
    )


def nama_instansi(s: Session) -> str:
    return s.scalar(select(Site.name).where(Site.is_local.is_(True))) or ""


@dataclass(frozen=True, slots=True)
class _Scope:
    ids: set[uuid.UUID] | None  # visible_pegawai, computed once for a batch


def _load_for_export(
    db: Database, actor: Actor, skp_id: uuid.UUID, scope: _Scope | None = None,
) -> SkpSheet:
    with db.read() as s:
        row = skp_or_404(s, skp_id)
        if scope is None:
            scope = _Scope(visible_pegawai(s, actor))
        if not _can_see(actor, row, scope.ids):
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak berhak melihat SKP pegawai ini."
            )
        return sheet_data(s, row, nama_instansi(s))


def export_skp(db: Database, actor: Actor, skp_id: uuid.UUID, path: Path) -> Path:
    """Writes one SKP workbook to ``path`` (.xlsx); returns the path."""
    path = check_target(path)
    return write_skp_workbook(path, _load_for_export(db, actor, skp_id))


_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def export_file_name(tahun: int, nip: str, nama: str) -> str:
    """``SKP_2026_199001152015032002_Siti_Aminah_S.Kom.xlsx``: safe on every file system."""
    clean = _UNSAFE.sub("_", nama).strip("._-")[:60].rstrip("._-") or "pegawai"
    nip_clean = _UNSAFE.sub("", nip) or "tanpa-nip"
    return f"SKP_{tahun}_{nip_clean}_{clean}.xlsx"


def export_skp_many(
    db: Database,
    actor: Actor,
    skp_ids: Sequence[uuid.UUID],
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One workbook per SKP in ``folder`` (``SKP_<tahun>_<NIP>_<nama>.xlsx``).

    Returns the files written, in the order of ``skp_ids``; when ``cancelled()`` says so
    the export stops and returns the files written so far (each one complete)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Folder {folder} tidak ditemukan.")
    total = len(skp_ids)
    with db.read() as s:
        scope = _Scope(visible_pegawai(s, actor))
    out: list[Path] = []
    used: set[str] = set()
    if progress is not None:
        progress(0, total)
    for done, skp_id in enumerate(skp_ids, start=1):
        if cancelled is not None and cancelled():
            break
        data = _load_for_export(db, actor, skp_id, scope)
        name = export_file_name(data.tahun, data.pegawai.nip, data.pegawai.nama)
        stem = name[:-5]
        n = 2
        while name.casefold() in used:
            name = f"{stem}_{n}.xlsx"
            n += 1
        used.add(name.casefold())
        out.append(write_skp_workbook(folder / name, data))
        if progress is not None:
            progress(done, total)
    return out


# ---------------------------------------------------------------------------
# Import: checking


def _current(s: Session, pegawai_id: uuid.UUID, tahun: int) -> Skp | None:
    """The SKP that counts now for a pegawai and year (as services.skp.current_skp_id)."""
    return s.scalar(
        select(Skp).where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun,
                          Skp.deleted_at.is_(None), Skp.ditutup_pada.is_(None),
                          Skp.status.in_(OPEN_STATUSES))
        .order_by(Skp.revisi_ke.desc(), Skp.periode_mulai.desc())
    )


@dataclass(slots=True)
class _Plan:
    errors: list[RowError]
    warnings: list[str]
    isi: IsiSKP
    tahun: int | None = None
    pegawai: Pegawai | None = None
    target: Skp | None = None
    status: StatusSKP | None = None
    mulai: dt.date | None = None


def _error(read: SkpWorkbookRead, cell: tuple[int, str], header: str, message: str) -> RowError:
    return RowError(cell[0], cell[1], header, message)


def _copy_read_isi(read: SkpWorkbookRead) -> IsiSKP:
    """A fresh IsiSKP from the file (each check fills ids into its own copy)."""
    isi = read.isi
    return IsiSKP(
        pendekatan=isi.pendekatan, form_family=isi.form_family,
        rhk=[Rhk(r.uraian, r.jenis, [Iki(i.uraian, i.aspek, i.target_nilai, i.target_satuan,
                                         i.target_teks, i.perspektif) for i in r.iki])
             for r in isi.rhk],
        ekspektasi=dict(isi.ekspektasi),
        lampiran=Lampiran(list(isi.lampiran.dukungan_sumber_daya),
                          list(isi.lampiran.skema_pertanggungjawaban),
                          list(isi.lampiran.konsekuensi)),
    )


def _plan(s: Session, actor: Actor, read: SkpWorkbookRead, tahun: int | None,
          today: dt.date) -> _Plan:
    """Checks the file against the database; writes nothing. Raises PermissionDenied."""
    plan = _Plan(list(read.errors), list(read.warnings), _copy_read_isi(read))
    errors = plan.errors
    # The year: the file says it; a requested year must agree.
    if read.tahun is None:
        if tahun is None:
            if read.periode_cell[0] == 0:
                raise WorkbookError(
                    f"File {read.path.name} tidak memuat baris 'PERIODE PENILAIAN: … TAHUN "
                    "YYYY'; tuliskan periodenya atau pilih tahun SKP saat mengimpor.")
        else:
            plan.tahun = tahun
            plan.warnings.append(f"Tahun tidak terbaca dari file; dipakai tahun {tahun}.")
    elif tahun is not None and read.tahun != tahun:
        errors.append(_error(read, read.periode_cell, "PERIODE PENILAIAN", (
            f"File ini SKP tahun {read.tahun}, bukan tahun {tahun} yang dipilih. Pilih tahun "
            f"{read.tahun} atau gunakan file SKP tahun {tahun}.")))
    else:
        plan.tahun = read.tahun
    # The pegawai by NIP.
    if read.nip:
        if not is_valid_nip(read.nip):
            errors.append(_error(read, read.nip_cell, "NIP", (
                f"NIP '{read.nip}' tidak valid (harus 18 digit angka yang benar).")))
        else:
            plan.pegawai = s.scalar(select(Pegawai).where(Pegawai.nip == read.nip,
                                                          Pegawai.deleted_at.is_(None)))
            if plan.pegawai is None:
                errors.append(_error(read, read.nip_cell, "NIP", (
                    f"NIP {read.nip} tidak terdaftar di aplikasi. Tambahkan pegawai itu dulu "
                    "(menu Pegawai) atau periksa NIP pada tabel identitas.")))
    p = plan.pegawai
    if p is None or plan.tahun is None:
        errors.sort(key=lambda e: e.sort_key)
        return plan
    nama = nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang)
    target = _current(s, p.id, plan.tahun)
    me = actor.pegawai_id
    admin = actor.role is Role.ADMIN
    if target is not None:
        plan.status = target.status
        scope = visible_pegawai(s, actor)
        if not _can_see(actor, target, scope) or not (
                admin or (me is not None and me in (target.pegawai_id, target.penilai_id))):
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak boleh mengubah SKP {nama}; hanya pegawai itu, "
                "pejabat penilainya, atau admin.")
        if target.status is StatusSKP.DITETAPKAN:
            errors.append(_error(read, read.nip_cell, "NIP", (
                f"SKP tahun {plan.tahun} milik {nama} sudah ditetapkan dan tidak dapat diubah. "
                "Buat revisi dulu (tombol Revisi pada SKP itu), lalu impor file ini ke "
                "revisinya.")))
        elif target.status is StatusSKP.DIAJUKAN:
            errors.append(_error(read, read.nip_cell, "NIP", (
                f"SKP tahun {plan.tahun} milik {nama} sedang diajukan kepada pejabat penilai. "
                "Minta pejabat penilai mengembalikannya dulu, lalu impor lagi.")))
        else:
            plan.target = target
        penilai_id = target.penilai_id
        unit_id = target.unit_kerja_id
    else:
        if not (admin or me == p.id):
            raise PermissionDenied(
                f"Akun '{actor.username}' hanya boleh membuat SKP miliknya sendiri; admin dapat "
                "melakukannya atas nama pegawai lain.")
        if not p.aktif:
            errors.append(_error(read, read.nip_cell, "NIP", (
                f"{nama} tidak aktif; SKP baru tidak dapat dibuat untuknya.")))
        awal, akhir = periode_tahun(plan.tahun)
        if read.periode_mulai is not None and read.periode_mulai.year == plan.tahun:
            plan.mulai = read.periode_mulai
        start = plan.mulai or awal
        penilai_id = resolve_on(s, p.id, clamp(today, start, akhir)).penilai_id
        unit_id = p.unit_kerja_id
    luar = target.penilai_luar if target is not None and penilai_id is None else None
    _check_penilai_nip(s, read, penilai_id, luar, plan)
    _resolve_intervensi(s, read, plan, p.id, penilai_id, unit_id)
    old = load_isi(s, plan.target) if plan.target is not None else IsiSKP()
    if plan.target is not None:
        _keep_ids(plan.isi, old)
        _check_periode(read, plan.target, plan)
    if not read.has_lampiran:
        plan.isi.lampiran = old.lampiran
    may_ekspektasi = admin or (me is not None and me == penilai_id)
    if not read.has_perilaku:
        plan.isi.ekspektasi = dict(old.ekspektasi)
    elif not may_ekspektasi:
        if {k: v.strip() for k, v in plan.isi.ekspektasi.items() if v.strip()} != (
                old.ekspektasi):
            plan.warnings.append(
                "Ekspektasi khusus pimpinan hanya diisi pejabat penilai; isian di file "
                "diabaikan dan ekspektasi yang tersimpan dipertahankan.")
        plan.isi.ekspektasi = dict(old.ekspektasi)
    _check_meta(read, plan)
    if not errors:
        ada_penilai = penilai_id is not None or (target is not None and bool(target.penilai_luar))
        plan.warnings.extend(
            f"Belum lengkap untuk diajukan: {k.pesan}"
            for k in kelengkapan(plan.isi, ada_penilai=ada_penilai))
    errors.sort(key=lambda e: e.sort_key)
    return plan


def _check_penilai_nip(s: Session, read: SkpWorkbookRead, penilai_id: uuid.UUID | None,
                       luar: dict[str, Any] | None, plan: _Plan) -> None:
    if not read.penilai_nip:
        return
    if penilai_id is not None:
        nip = s.scalar(select(Pegawai.nip).where(Pegawai.id == penilai_id))
    else:
        nip = normalize_nip(str((luar or {}).get("nip") or "")) or None
    if nip != read.penilai_nip:
        plan.warnings.append(
            f"NIP pejabat penilai di file ({read.penilai_nip}) berbeda dengan pejabat penilai "
            f"SKP di aplikasi ({nip or 'belum ada / di luar aplikasi'}); yang berlaku adalah "
            "pejabat penilai di aplikasi.")


def _check_periode(read: SkpWorkbookRead, target: Skp, plan: _Plan) -> None:
    if read.periode_mulai is None or read.periode_selesai is None:
        return
    if (read.periode_mulai, read.periode_selesai) != (target.periode_mulai,
                                                      target.periode_selesai):
        plan.warnings.append(
            f"Periode di file ({read.periode_mulai:%d-%m-%Y} s.d. "
            f"{read.periode_selesai:%d-%m-%Y}) berbeda dengan periode SKP di aplikasi "
            f"({target.periode_mulai:%d-%m-%Y} s.d. {target.periode_selesai:%d-%m-%Y}); "
            "periode tidak diubah oleh impor.")


def _check_meta(read: SkpWorkbookRead, plan: _Plan) -> None:
    meta = read.meta
    target = plan.target
    if not meta.get("skp_id") or target is None:
        return
    if meta["skp_id"] != str(target.id):
        plan.warnings.append(
            "File ini diekspor dari versi SKP lain (mungkin sebelum revisi); isinya akan "
            "menggantikan isi SKP draf yang sekarang.")
    elif meta.get("skp_version") and meta["skp_version"] != str(target.version):
        plan.warnings.append(
            "SKP ini sudah diubah di aplikasi sejak file diekspor; impor akan menggantikan "
            "perubahan itu dengan isi file.")


def _resolve_intervensi(
    s: Session, read: SkpWorkbookRead, plan: _Plan, pegawai_id: uuid.UUID,
    penilai_id: uuid.UUID | None, unit_id: uuid.UUID | None,
) -> None:
    """Column (2) text -> the penilai's RHK or the unit's goal (whitespace and case ignored)."""
    assert plan.tahun is not None
    leader: Skp | None = None
    leader_name = ""
    if penilai_id is not None:
        leader = _current(s, penilai_id, plan.tahun)
        lp = s.get(Pegawai, penilai_id)
        leader_name = nama_lengkap(lp.gelar_depan, lp.nama, lp.gelar_belakang) if lp else ""
    candidates: dict[str, list[tuple[str, uuid.UUID, str]]] = {}
    listed: list[str] = []
    if leader is not None:
        for rid, uraian in s.execute(select(RhkRow.id, RhkRow.uraian).where(
                RhkRow.skp_id == leader.id, RhkRow.deleted_at.is_(None))
                .order_by(RhkRow.no_urut)):
            candidates.setdefault(squash(uraian), []).append(("rhk", rid, uraian))
            listed.append(uraian)
    goals = False
    if unit_id is not None and kepala_of(s, unit_id) == pegawai_id:
        for gid, uraian in s.execute(select(SasaranUnit.id, SasaranUnit.uraian).where(
                SasaranUnit.unit_kerja_id == unit_id, SasaranUnit.tahun == plan.tahun,
                SasaranUnit.deleted_at.is_(None)).order_by(SasaranUnit.no_urut)):
            candidates.setdefault(squash(uraian), []).append(("sasaran", gid, uraian))
            listed.append(uraian)
            goals = True
    hints = read.meta_json("intervensi")
    for rr, rhk in zip(read.rhk, plan.isi.rhk, strict=True):
        text = rr.pimpinan.strip()
        if not text:
            continue
        found = candidates.get(squash(text), [])
        if not found:
            if leader is not None:
                plan.errors.append(RowError(rr.pimpinan_row, rr.pimpinan_col,
                                            "RHK PIMPINAN YANG DIINTERVENSI",
                                            _no_match(text, leader_name, plan.tahun, listed)))
            else:
                rhk.intervensi_teks = text
                if goals:
                    plan.warnings.append(
                        f"Baris {rr.pimpinan_row}: '{_short(text)}' tidak cocok dengan sasaran "
                        "unit; disimpan sebagai teks RHK pimpinan di luar aplikasi.")
            continue
        choice = found[0]
        if len(found) > 1:
            hint = hints.get(squash(text))
            picked = [f for f in found if f"{f[0]}:{f[1]}" == hint]
            if picked:
                choice = picked[0]
            else:
                plan.warnings.append(
                    f"Baris {rr.pimpinan_row}: teks '{_short(text)}' ada {len(found)} kali; "
                    "dipakai yang pertama. Periksa pilihan RHK pimpinan di editor SKP.")
        kind, cid, _uraian = choice
        if kind == "rhk":
            rhk.intervensi_rhk_id = cid
        else:
            rhk.intervensi_sasaran_id = cid


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_match(text: str, leader: str, tahun: int, listed: list[str]) -> str:
    options = "; ".join(f"{i}) {_short(t, 60)}" for i, t in enumerate(listed[:5], start=1))
    more = f"; … dan {len(listed) - 5} lainnya" if len(listed) > 5 else ""
    where = f"SKP {leader} tahun {tahun}" if leader else f"SKP pejabat penilai tahun {tahun}"
    return (f"RHK pimpinan '{_short(text)}' tidak ada di {where}. Salin teksnya persis dari SKP "
            "pejabat penilai" + (f" (yang ada: {options}{more})." if listed else
                                  "; SKP itu belum berisi RHK."))


def _keep_ids(isi: IsiSKP, old: IsiSKP) -> None:
    """Gives imported RHK/IKI the ids of the draft's rows they replace.

    Unchanged content then changes nothing, and staff who intervene an RHK of this SKP
    keep their link. An RHK matches by text first, then by its position; an IKI likewise
    inside its RHK."""
    for jenis in JenisRHK:
        new_rhk = [r for r in isi.rhk if r.jenis is jenis]
        old_rhk = [r for r in old.rhk if r.jenis is jenis]
        pairs = _match(new_rhk, old_rhk, lambda r: squash(r.uraian))
        for new, prev in pairs:
            new.id, new.asal_id = prev.id, prev.asal_id
            for ni, oi in _match(new.iki, prev.iki, lambda i: squash(i.uraian)):
                ni.id = oi.id


_M = TypeVar("_M", Rhk, Iki)


def _match(new: Sequence[_M], old: Sequence[_M], key: Callable[[_M], str]) -> list[tuple[_M, _M]]:
    used: set[int] = set()
    out: dict[int, int] = {}
    for ni, n in enumerate(new):
        k = key(n)
        for oi, o in enumerate(old):
            if oi not in used and key(o) == k:
                used.add(oi)
                out[ni] = oi
                break
    for ni in range(len(new)):
        if ni not in out and ni < len(old) and ni not in used:
            used.add(ni)
            out[ni] = ni
    return [(new[ni], old[oi]) for ni, oi in sorted(out.items())]


def preview_skp_import(
    db: Database, actor: Actor, path: Path, tahun: int | None = None, *,
    today: dt.date | None = None,
) -> SkpImportPreview:
    """Reads and checks one SKP workbook; raises WorkbookError when the file is unreadable.

    ``tahun``: the year the user chose; a workbook of another year is an error."""
    read = read_skp_workbook(path)
    with db.read() as s:
        plan = _plan(s, actor, read, tahun, today or dt.date.today())
    return _preview(read, plan, tahun)


def _preview(read: SkpWorkbookRead, plan: _Plan, tahun: int | None) -> SkpImportPreview:
    p = plan.pegawai
    return SkpImportPreview(
        path=read.path, nip=read.nip, pegawai_id=p.id if p else None,
        pegawai_nama=nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang) if p else "",
        tahun=plan.tahun, isi=plan.isi,
        target_skp_id=plan.target.id if plan.target is not None else None,
        creates_new=p is not None and plan.status is None and plan.tahun is not None,
        errors=plan.errors, warnings=plan.warnings,
        target_version=plan.target.version if plan.target is not None else None,
        status=plan.status, requested_tahun=tahun, _read=read,
    )


# ---------------------------------------------------------------------------
# Import: writing


def apply_skp_import(
    db: Database, actor: Actor, preview: SkpImportPreview, *, today: dt.date | None = None,
) -> uuid.UUID:
    """Writes the previewed content (all or nothing); returns the SKP id.

    Checks the file against the database again: ImportRejected when there is any error,
    ConflictError when the SKP changed since the preview (preview again)."""
    if preview.errors:
        raise ImportRejected(rejection_message(preview.path.name, preview.errors),
                             preview.errors)
    read = preview._read or read_skp_workbook(preview.path)
    day = today or dt.date.today()
    if not preview.creates_new:
        with db.write() as s:
            plan = _plan(s, actor, read, preview.requested_tahun, day)
            _same_as_preview(preview, plan)
            row = plan.target
            assert row is not None
            replace_isi(s, actor, row, plan.isi, preview.target_version or 0,
                        action="impor_skp", info={"file": preview.path.name})
            return row.id
    # A new SKP: buat_skp creates it with its content in one transaction and re-checks
    # that no SKP appeared for the pegawai and year meanwhile.
    with db.read() as s:
        plan = _plan(s, actor, read, preview.requested_tahun, day)
    _same_as_preview(preview, plan)
    assert plan.pegawai is not None and plan.tahun is not None
    return buat_skp(db, actor, plan.pegawai.id, plan.tahun, mulai=plan.mulai, isi=plan.isi,
                    today=day)


def _same_as_preview(preview: SkpImportPreview, plan: _Plan) -> None:
    if plan.errors:
        raise ImportRejected(rejection_message(preview.path.name, plan.errors), plan.errors)
    target = plan.target.id if plan.target is not None else None
    if target != preview.target_skp_id or (plan.status is None) != preview.creates_new:
        raise ConflictError(
            "SKP pegawai ini berubah sejak pratinjau (dibuat, diajukan atau direvisi orang "
            "lain). Periksa ulang file ini lalu impor lagi.")


def find_skp_for_export(db: Database, actor: Actor, nip: str, tahun: int) -> uuid.UUID:
    """The SKP that counts now for the pegawai with ``nip`` in ``tahun`` (for the CLI)."""
    with db.read() as s:
        p = s.scalar(select(Pegawai).where(Pegawai.nip == normalize_nip(nip),
                                           Pegawai.deleted_at.is_(None)))
        if p is None:
            raise NotFoundError(f"Pegawai dengan NIP {nip} tidak terdaftar.")
        row = _current(s, p.id, tahun)
        if row is None:
            raise NotFoundError(
                f"{nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang)} belum memiliki SKP "
                f"tahun {tahun}.")
        if not _can_see(actor, row, visible_pegawai(s, actor)):
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak berhak melihat SKP pegawai ini.")
        return row.id


def skp_ids_for_export(
    db: Database, actor: Actor, tahun: int, unit_ids: Iterable[uuid.UUID] | None = None,
) -> list[uuid.UUID]:
    """The SKP that counts now for each pegawai the actor sees in ``tahun``, by name.

    ``unit_ids``: only SKPs made in these units (e.g. a unit and its sub-units)."""
    rows = ([r for u in unit_ids for r in list_skp(db, actor, tahun, unit_id=u)]
            if unit_ids is not None else list_skp(db, actor, tahun))
    rows.sort(key=lambda r: (r.nama.casefold(), r.nip, r.revisi_ke))
    latest: dict[uuid.UUID, uuid.UUID] = {}
    for r in rows:
        latest[r.pegawai_id] = r.id  # by revisi_ke: the last one is the newest
    return list(latest.values())
