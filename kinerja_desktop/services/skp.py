"""SKP: reading, creating and editing plans (the workflow is in skp_workflow.py).

Who may do what (issue 3, DOMAIN §6): the pegawai edits his own draft; the
penilai on the SKP may edit a draft of his staff and sets the ekspektasi khusus;
an admin may act for anyone, and every change is recorded with the actor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.atasan import PenilaiResolution, Penugasan, resolve_penilai
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.golongan import find_golongan
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.jabatan import KategoriJabatan
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import (
    AksiSKP,
    Iki,
    IsiSKP,
    Lampiran,
    Pendekatan,
    Rhk,
    StatusSKP,
    copy_isi,
    default_form_family,
    periode_tahun,
    require_editable,
    rhk_label,
)
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.scope import (
    lazy_atasan_graph,
    load_penugasan,
    visible_pegawai,
)
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    IkiRow,
    Jabatan,
    Pegawai,
    RhkRow,
    SasaranUnit,
    Skp,
    SkpTransisi,
    UnitKerja,
)

_JPT = (KategoriJabatan.JPT_UTAMA, KategoriJabatan.JPT_MADYA, KategoriJabatan.JPT_PRATAMA)
OPEN_STATUSES = (StatusSKP.DRAFT, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN)


@dataclass(frozen=True, slots=True)
class Identitas:
    """A person as printed on the SKP (DOMAIN §8.1 identity table)."""

    pegawai_id: uuid.UUID | None
    nama: str
    nip: str  # printed form, with spaces
    pangkat_gol: str
    jabatan: str
    unit_kerja: str

    def to_json(self) -> dict[str, str | None]:
        return {
            "pegawai_id": str(self.pegawai_id) if self.pegawai_id else None,
            "nama": self.nama, "nip": self.nip, "pangkat_gol": self.pangkat_gol,
            "jabatan": self.jabatan, "unit_kerja": self.unit_kerja,
        }

    @classmethod
    def from_json(cls, data: dict[str, str | None]) -> Identitas:
        pid = data.get("pegawai_id")
        return cls(uuid.UUID(pid) if pid else None, data.get("nama") or "",
                   data.get("nip") or "", data.get("pangkat_gol") or "",
                   data.get("jabatan") or "", data.get("unit_kerja") or "")


@dataclass(frozen=True, slots=True)
class HakSKP:
    """What the current account may do with this SKP now (buttons follow it)."""

    ubah_isi: bool
    ubah_ekspektasi: bool
    ajukan: bool
    tetapkan: bool
    kembalikan: bool
    revisi: bool
    ganti_penilai: bool


@dataclass(frozen=True, slots=True)
class SkpDetail:
    id: uuid.UUID
    version: int
    tahun: int
    periode_mulai: dt.date
    periode_selesai: dt.date
    status: StatusSKP
    revisi_ke: int
    parent_skp_id: uuid.UUID | None
    pegawai: Identitas
    penilai: Identitas | None
    atasan_penilai: Identitas | None
    penilai_sebagai: str
    penilai_alasan: str
    alasan_dikembalikan: str
    tempat_penetapan: str
    tanggal_penetapan: dt.date | None
    ditutup_pada: dt.date | None
    unit_kerja_id: uuid.UUID | None
    is_kepala_unit: bool
    isi: IsiSKP
    hak: HakSKP

    @property
    def dikembalikan(self) -> bool:
        return self.status is StatusSKP.DRAFT and bool(self.alasan_dikembalikan)


@dataclass(frozen=True, slots=True)
class SkpRingkas:
    """One line of an SKP list or queue."""

    id: uuid.UUID
    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    unit_nama: str
    tahun: int
    status: StatusSKP
    dikembalikan: bool
    revisi_ke: int
    penilai_id: uuid.UUID | None
    penilai_nama: str
    jumlah_rhk: int
    jumlah_iki: int
    updated_at: dt.datetime
    version: int

    @property
    def status_label(self) -> str:
        return "Dikembalikan" if self.dikembalikan else self.status.label


@dataclass(frozen=True, slots=True)
class PilihanIntervensi:
    """Something an RHK may intervene: an RHK of the penilai, or a unit goal."""

    id: uuid.UUID
    jenis: str  # "rhk" | "sasaran"
    uraian: str
    pemilik: str  # the leader's name, or the unit's name for a goal
    keterangan: str  # its indicators, to tell similar texts apart


# ---------------------------------------------------------------------------
# Loading helpers (all inside a session)


def pegawai_or_404(s: Session, pegawai_id: uuid.UUID) -> Pegawai:
    p = s.get(Pegawai, pegawai_id)
    if p is None or p.deleted_at is not None:
        raise NotFoundError("Pegawai tidak ditemukan (mungkin sudah dihapus).")
    return p


def skp_or_404(s: Session, skp_id: uuid.UUID) -> Skp:
    row = s.get(Skp, skp_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("SKP tidak ditemukan (mungkin sudah dihapus).")
    return row


def identitas(s: Session, p: Pegawai) -> Identitas:
    jab = s.get(Jabatan, p.jabatan_id) if p.jabatan_id else None
    unit = s.get(UnitKerja, p.unit_kerja_id) if p.unit_kerja_id else None
    gol = p.golongan or ""
    if p.golongan:
        with contextlib.suppress(ValidationError):
            gol = find_golongan(p.jenis_pegawai, p.golongan).label
    return Identitas(p.id, nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang),
                     format_nip(p.nip, p.jenis_pegawai), gol, jab.nama if jab else "",
                     unit.nama if unit else "")


def resolve_on(s: Session, pegawai_id: uuid.UUID, day: dt.date) -> PenilaiResolution:
    atasan_of, aktif = lazy_atasan_graph(s)
    return resolve_penilai(pegawai_id, day, atasan_of, aktif, load_penugasan(s, day))


def clamp(day: dt.date, mulai: dt.date, selesai: dt.date) -> dt.date:
    return min(max(day, mulai), selesai)


def kepala_of(s: Session, unit_id: uuid.UUID | None) -> uuid.UUID | None:
    """The head of a unit: as set on the unit, else the one member whose atasan is outside it."""
    if unit_id is None:
        return None
    unit = s.get(UnitKerja, unit_id)
    if unit is None:
        return None
    if unit.kepala_id is not None:
        head = s.get(Pegawai, unit.kepala_id)
        # A head who has since moved to another unit or was deleted no longer leads it.
        if head is not None and head.deleted_at is None and head.unit_kerja_id == unit_id:
            return unit.kepala_id
    members = s.execute(
        select(Pegawai.id, Pegawai.atasan_id).where(
            Pegawai.unit_kerja_id == unit_id, Pegawai.deleted_at.is_(None),
            Pegawai.aktif.is_(True))
    ).all()
    ids = {m for m, _ in members}
    tops = [m for m, atasan in members if atasan is None or atasan not in ids]
    return tops[0] if len(tops) == 1 else None


def load_isi(s: Session, row: Skp) -> IsiSKP:
    rhks = s.scalars(
        select(RhkRow).where(RhkRow.skp_id == row.id, RhkRow.deleted_at.is_(None))
        .order_by(RhkRow.no_urut)
    ).all()
    ikis: dict[uuid.UUID, list[IkiRow]] = {}
    if rhks:
        for iki in s.scalars(
            select(IkiRow).where(IkiRow.rhk_id.in_([r.id for r in rhks]),
                                 IkiRow.deleted_at.is_(None)).order_by(IkiRow.no_urut)
        ):
            ikis.setdefault(iki.rhk_id, []).append(iki)
    isi = IsiSKP(
        pendekatan=row.pendekatan,
        form_family=row.form_family,
        rhk=[
            Rhk(
                uraian=r.uraian, jenis=r.jenis,
                iki=[
                    Iki(i.uraian, i.aspek,
                        Decimal(i.target_nilai) if i.target_nilai is not None else None,
                        i.target_satuan or "", i.target_teks or "", i.perspektif, i.id)
                    for i in ikis.get(r.id, [])
                ],
                intervensi_rhk_id=r.intervensi_rhk_id,
                intervensi_sasaran_id=r.intervensi_sasaran_id,
                intervensi_teks=r.intervensi_teks or "",
                id=r.id,
                asal_id=r.asal_rhk_id,
            )
            for r in rhks
        ],
        ekspektasi={int(k): v for k, v in (row.ekspektasi or {}).items() if v},
        lampiran=Lampiran(
            list((row.lampiran or {}).get("dukungan_sumber_daya", [])),
            list((row.lampiran or {}).get("skema_pertanggungjawaban", [])),
            list((row.lampiran or {}).get("konsekuensi", [])),
        ),
    )
    isi.rhk = isi.ordered_rhk()
    return isi


def has_penilai(row: Skp) -> bool:
    return row.penilai_id is not None or bool(row.penilai_luar)


# penilai_sebagai when the admin chose the penilai (ganti_penilai): the hierarchy no
# longer decides who approves.
SEBAGAI_ADMIN = "ditentukan admin"
SEBAGAI_LUAR = "pejabat luar kantor"
# penilai_sebagai when someone acts for the pegawai's definitive atasan.
_SEBAGAI_PENGGANTI = ("Plt", "Plh", "atasan dari atasan")


def approvers(s: Session, row: Skp, day: dt.date | None = None) -> set[uuid.UUID]:
    """Who may approve or return it: the penilai on the SKP and the penilai of the date.

    When the admin chose the penilai, only he (and a Plt/Plh acting for him on the
    date) approves; a penilai outside this database leaves the approval to the admin.
    """
    atasan_of, aktif = lazy_atasan_graph(s)
    return approvers_with(row, day, atasan_of, aktif, load_penugasan(s))


def approvers_with(
    row: Skp, day: dt.date | None, atasan_of: Mapping[uuid.UUID, uuid.UUID | None],
    aktif: Mapping[uuid.UUID, bool], penugasan: Sequence[Penugasan],
) -> set[uuid.UUID]:
    out = {row.penilai_id} if row.penilai_id else set()
    today = clamp(day or dt.date.today(), row.periode_mulai, row.periode_selesai)
    if row.penilai_sebagai in (SEBAGAI_ADMIN, SEBAGAI_LUAR):
        out |= {p.pelaksana_id for p in penugasan
                if row.penilai_id is not None and p.digantikan_id == row.penilai_id
                and p.covers(today) and aktif.get(p.pelaksana_id, False)
                and p.pelaksana_id != row.pegawai_id}
        return out
    res = resolve_penilai(row.pegawai_id, today, atasan_of, aktif, penugasan)
    if res.penilai_id is not None:
        out.add(res.penilai_id)
    return out


def may_see(s: Session, actor: Actor, row: Skp) -> bool:
    if actor.pegawai_id is not None and actor.pegawai_id in (
        row.pegawai_id, row.penilai_id, row.atasan_penilai_id
    ):
        return True
    scope = visible_pegawai(s, actor)
    if scope is None or row.pegawai_id in scope:
        return True
    # A Plt/Plh (or a new atasan) who may approve it may also read it, whatever his role.
    return actor.pegawai_id is not None and actor.pegawai_id in approvers(s, row)


def require_see(s: Session, actor: Actor, row: Skp) -> None:
    if not may_see(s, actor, row):
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak berhak melihat SKP pegawai ini."
        )


def _hak(s: Session, actor: Actor, row: Skp) -> HakSKP:
    admin = actor.role is Role.ADMIN
    me = actor.pegawai_id
    owner = me is not None and me == row.pegawai_id
    is_penilai = me is not None and me == row.penilai_id
    approver = admin or (me is not None and me in approvers(s, row))
    draft = row.status is StatusSKP.DRAFT
    diajukan = row.status is StatusSKP.DIAJUKAN
    open_revision = row.status is StatusSKP.DITETAPKAN and _open_revision(s, row) is not None
    return HakSKP(
        ubah_isi=draft and (admin or owner or is_penilai),
        ubah_ekspektasi=(draft or diajukan) and (admin or is_penilai or approver),
        ajukan=draft and (admin or owner),
        tetapkan=diajukan and approver,
        kembalikan=diajukan and approver,
        revisi=row.status is StatusSKP.DITETAPKAN and not open_revision
        and (admin or owner or is_penilai),
        ganti_penilai=admin and (draft or diajukan),
    )


def _open_revision(s: Session, row: Skp) -> uuid.UUID | None:
    return s.scalar(select(Skp.id).where(
        Skp.parent_skp_id == row.id, Skp.deleted_at.is_(None),
        Skp.status.in_((StatusSKP.DRAFT, StatusSKP.DIAJUKAN))))


def detail(s: Session, actor: Actor, row: Skp) -> SkpDetail:
    snap = row.snapshot or {}
    peg = pegawai_or_404(s, row.pegawai_id)

    def person(key: str, pid: uuid.UUID | None) -> Identitas | None:
        if snap.get(key):
            return Identitas.from_json(snap[key])
        if pid is None:
            luar = getattr(row, f"{key}_luar", None)
            return Identitas.from_json(luar) if luar else None
        p = s.get(Pegawai, pid)
        return identitas(s, p) if p is not None else None

    pegawai = person("pegawai", row.pegawai_id) or identitas(s, peg)
    return SkpDetail(
        id=row.id, version=row.version, tahun=row.tahun, periode_mulai=row.periode_mulai,
        periode_selesai=row.periode_selesai, status=row.status, revisi_ke=row.revisi_ke,
        parent_skp_id=row.parent_skp_id, pegawai=pegawai,
        penilai=person("penilai", row.penilai_id),
        atasan_penilai=person("atasan_penilai", row.atasan_penilai_id),
        penilai_sebagai=row.penilai_sebagai or "", penilai_alasan=row.penilai_alasan or "",
        alasan_dikembalikan=row.alasan_dikembalikan or "",
        tempat_penetapan=row.tempat_penetapan or "", tanggal_penetapan=row.tanggal_penetapan,
        ditutup_pada=row.ditutup_pada, unit_kerja_id=row.unit_kerja_id,
        is_kepala_unit=kepala_of(s, row.unit_kerja_id) == row.pegawai_id,
        isi=load_isi(s, row), hak=_hak(s, actor, row),
    )


# ---------------------------------------------------------------------------
# Reading


def get_skp(db: Database, actor: Actor, skp_id: uuid.UUID) -> SkpDetail:
    with db.read() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        return detail(s, actor, row)


def current_skp_id(
    db: Database, actor: Actor, pegawai_id: uuid.UUID, tahun: int
) -> uuid.UUID | None:
    """The SKP that counts now for a pegawai and year: the newest open version."""
    with db.read() as s:
        row = _current(s, pegawai_id, tahun)
        if row is None:
            return None
        require_see(s, actor, row)
        return row.id


def _current(s: Session, pegawai_id: uuid.UUID, tahun: int) -> Skp | None:
    return s.scalar(
        select(Skp).where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun,
                          Skp.deleted_at.is_(None), Skp.ditutup_pada.is_(None),
                          Skp.status.in_(OPEN_STATUSES))
        .order_by(Skp.revisi_ke.desc(), Skp.periode_mulai.desc())
    )


def list_skp(
    db: Database, actor: Actor, tahun: int, *, unit_id: uuid.UUID | None = None,
    status: StatusSKP | None = None, semua_versi: bool = False,
    ids: Iterable[uuid.UUID] | None = None, unit_ids: Iterable[uuid.UUID] | None = None,
) -> list[SkpRingkas]:
    """SKPs of a year that the actor may see, by pegawai name.

    ``unit_ids`` filters on several units at once (a unit and its sub-units)."""
    with db.read() as s:
        return _ringkas(s, actor, tahun, unit_id=unit_id, status=status,
                        semua_versi=semua_versi, ids=ids, unit_ids=unit_ids)


def _ringkas(
    s: Session, actor: Actor, tahun: int, *, unit_id: uuid.UUID | None = None,
    status: StatusSKP | None = None, semua_versi: bool = False,
    ids: Iterable[uuid.UUID] | None = None, penilai_in: set[uuid.UUID] | None = None,
    check_scope: bool = True, unit_ids: Iterable[uuid.UUID] | None = None,
) -> list[SkpRingkas]:
    penilai = Pegawai.__table__.alias("pn")
    rhk_count = (select(RhkRow.skp_id, func.count().label("n")).where(RhkRow.deleted_at.is_(None))
                 .group_by(RhkRow.skp_id).subquery())
    iki_count = (select(RhkRow.skp_id, func.count().label("n"))
                 .join(IkiRow, IkiRow.rhk_id == RhkRow.id)
                 .where(RhkRow.deleted_at.is_(None), IkiRow.deleted_at.is_(None))
                 .group_by(RhkRow.skp_id).subquery())
    stmt = (
        select(Skp.id, Skp.pegawai_id, Pegawai.nip, Pegawai.gelar_depan, Pegawai.nama,
               Pegawai.gelar_belakang, Jabatan.nama, UnitKerja.nama, Skp.tahun, Skp.status,
               Skp.alasan_dikembalikan, Skp.revisi_ke, Skp.penilai_id, penilai.c.gelar_depan,
               penilai.c.nama, penilai.c.gelar_belakang, rhk_count.c.n, iki_count.c.n,
               Skp.updated_at, Skp.version)
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
        .outerjoin(UnitKerja, UnitKerja.id == Skp.unit_kerja_id)
        .outerjoin(penilai, penilai.c.id == Skp.penilai_id)
        .outerjoin(rhk_count, rhk_count.c.skp_id == Skp.id)
        .outerjoin(iki_count, iki_count.c.skp_id == Skp.id)
        .where(Skp.tahun == tahun, Skp.deleted_at.is_(None))
        .order_by(Pegawai.nama, Skp.revisi_ke)
    )
    if not semua_versi:
        stmt = stmt.where(Skp.status.in_(OPEN_STATUSES), Skp.ditutup_pada.is_(None))
    if unit_id is not None:
        stmt = stmt.where(Skp.unit_kerja_id == unit_id)
    if unit_ids is not None:
        stmt = stmt.where(Skp.unit_kerja_id.in_(list(unit_ids)))
    if status is not None:
        stmt = stmt.where(Skp.status == status)
    if ids is not None:
        stmt = stmt.where(Skp.id.in_(list(ids)))
    if penilai_in is not None:
        stmt = stmt.where(Skp.id.in_(penilai_in))
    scope = visible_pegawai(s, actor) if check_scope else None
    if scope is not None:
        me = actor.pegawai_id
        stmt = stmt.where(or_(Skp.pegawai_id.in_(scope), Skp.penilai_id == me)
                          if me else Skp.pegawai_id.in_(scope))
    out = [
        SkpRingkas(
            sid, pid, nip, nama_lengkap(gd, nama, gb), jab or "", unit or "", th, st,
            st is StatusSKP.DRAFT and bool(alasan), rev, pn_id,
            nama_lengkap(pgd, pn, pgb) if pn else "", int(nr or 0), int(ni or 0), upd, ver,
        )
        for (sid, pid, nip, gd, nama, gb, jab, unit, th, st, alasan, rev, pn_id, pgd, pn,
             pgb, nr, ni, upd, ver) in s.execute(stmt)
    ]
    return out


def pilihan_intervensi(
    db: Database, actor: Actor, skp_id: uuid.UUID
) -> list[PilihanIntervensi]:
    """What the RHK of this SKP may intervene (the editor's searchable list)."""
    with db.read() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        return _pilihan(s, row)


def _pilihan(s: Session, row: Skp) -> list[PilihanIntervensi]:
    out: list[PilihanIntervensi] = []
    for leader_id in _leaders(s, row):
        leader = _current(s, leader_id, row.tahun)
        if leader is not None:
            p = s.get(Pegawai, leader_id)
            owner = nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang) if p else ""
            for rhk in load_isi(s, leader).rhk:
                assert rhk.id is not None
                out.append(PilihanIntervensi(
                    rhk.id, "rhk", rhk.uraian, owner,
                    "; ".join(f"{i.uraian} ({i.target_label()})" for i in rhk.iki),
                ))
    if kepala_of(s, row.unit_kerja_id) == row.pegawai_id and row.unit_kerja_id is not None:
        unit = s.get(UnitKerja, row.unit_kerja_id)
        for g in s.scalars(select(SasaranUnit).where(
                SasaranUnit.unit_kerja_id == row.unit_kerja_id, SasaranUnit.tahun == row.tahun,
                SasaranUnit.deleted_at.is_(None)).order_by(SasaranUnit.no_urut)):
            out.append(PilihanIntervensi(
                g.id, "sasaran", g.uraian, unit.nama if unit else "",
                "; ".join(f"{i.get('uraian', '')} ({i.get('target', '')})"
                          for i in g.indikator or []),
            ))
    return out


# ---------------------------------------------------------------------------
# Creating


def _may_act_for(actor: Actor, pegawai_id: uuid.UUID, what: str) -> None:
    if actor.role is Role.ADMIN or actor.pegawai_id == pegawai_id:
        return
    raise PermissionDenied(
        f"Akun '{actor.username}' hanya boleh {what} miliknya sendiri; "
        "admin dapat melakukannya atas nama pegawai lain."
    )


def transisi(
    s: Session, actor: Actor, row: Skp, aksi: AksiSKP, dari: StatusSKP | None,
    alasan: str | None = None, atas_nama: str | None = None,
) -> None:
    """Appends one workflow step to the SKP's history (audit + outbox)."""
    # Steps of one transaction (tetapkan + gantikan) must keep their order when the
    # history is sorted by time, even on a clock with coarse resolution.
    at = utcnow()
    last: dt.datetime | None = s.info.get("last_transisi_at")
    if last is not None and at <= last:
        at = last + dt.timedelta(microseconds=1)
    s.info["last_transisi_at"] = at
    t = SkpTransisi(
        skp_id=row.id, aksi=aksi, dari=dari, ke=row.status, at=at,
        username=actor.username, oleh_pegawai_id=actor.pegawai_id, atas_nama=atas_nama,
        alasan=alasan,
    )
    s.add(t)
    stamp(s, t, new=True)
    record(s, actor, f"skp_{aksi.value}", t)


def buat_skp(
    db: Database, actor: Actor, pegawai_id: uuid.UUID, tahun: int, *,
    mulai: dt.date | None = None, pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
    isi: IsiSKP | None = None, today: dt.date | None = None,
) -> uuid.UUID:
    """A new DRAFT SKP; refuses a second open SKP for the same pegawai and year."""
    _may_act_for(actor, pegawai_id, "membuat SKP")
    with db.write() as s:
        p = pegawai_or_404(s, pegawai_id)
        if not p.aktif:
            raise ValidationError("Pegawai tidak aktif; SKP tidak dapat dibuat.")
        existing = _current(s, pegawai_id, tahun)
        if existing is not None:
            raise ConflictError(
                f"Pegawai ini sudah memiliki SKP tahun {tahun} "
                f"(status {existing.status.label.lower()}); buka SKP itu atau buat revisinya."
            )
        return _create(s, actor, p, tahun, mulai=mulai, pendekatan=pendekatan, isi=isi,
                       today=today).id


def _create(
    s: Session, actor: Actor, p: Pegawai, tahun: int, *, mulai: dt.date | None,
    pendekatan: Pendekatan, isi: IsiSKP | None, today: dt.date | None,
    parent: Skp | None = None, alasan: str | None = None,
) -> Skp:
    """A new DRAFT row with its content and its first history step.

    A revision (``parent``) keeps the unit and the penilai of the version it
    revises (the admin may change them with ganti_penilai); a new plan gets the
    penilai resolved from the hierarchy on ``today`` (clamped to its period)."""
    awal, akhir = periode_tahun(tahun)
    start = mulai or awal
    if not awal <= start <= akhir:
        raise ValidationError(f"Tanggal mulai {start.isoformat()} tidak berada pada tahun {tahun}.")
    jab = s.get(Jabatan, p.jabatan_id) if p.jabatan_id else None
    row = Skp(
        id=new_id(), pegawai_id=p.id, tahun=tahun, periode_mulai=start, periode_selesai=akhir,
        unit_kerja_id=p.unit_kerja_id,
        form_family=isi.form_family if isi else default_form_family(
            jab is not None and jab.kategori in _JPT),
        pendekatan=isi.pendekatan if isi else pendekatan, status=StatusSKP.DRAFT,
        ekspektasi={}, lampiran={},
        revisi_ke=parent.revisi_ke + 1 if parent else 0,
        parent_skp_id=parent.id if parent else None,
    )
    if parent is not None:
        for key in ("unit_kerja_id", "penilai_id", "atasan_penilai_id", "penilai_luar",
                    "atasan_penilai_luar", "penilai_sebagai", "penilai_alasan"):
            setattr(row, key, getattr(parent, key))
    else:
        day = clamp(today or dt.date.today(), start, akhir)
        res = resolve_on(s, p.id, day)
        row.penilai_id, row.penilai_sebagai = res.penilai_id, res.sebagai
        row.atasan_penilai_id = (resolve_on(s, res.penilai_id, day).penilai_id
                                 if res.penilai_id else None)
    if isi is not None:  # before the row is recorded, so its first outbox row is complete
        _set_ekspektasi_lampiran(row, isi)
    s.add(row)
    stamp(s, row, new=True)
    record(s, actor, "buat_skp", row)
    if isi is not None:
        write_isi(s, actor, row, isi)
    transisi(s, actor, row, AksiSKP.REVISI if parent else AksiSKP.BUAT, None, alasan=alasan,
             atas_nama=_atas_nama(s, actor, p.id))
    return row


def _atas_nama(s: Session, actor: Actor, pegawai_id: uuid.UUID | None) -> str | None:
    """"atas nama <pegawai>" when an admin acts for someone else."""
    if actor.role is not Role.ADMIN or pegawai_id is None or actor.pegawai_id == pegawai_id:
        return None
    p = s.get(Pegawai, pegawai_id)
    return nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang) if p else None


def isi_tahun_lalu(
    db: Database, actor: Actor, pegawai_id: uuid.UUID, tahun: int
) -> IsiSKP | None:
    """Last year's plan as a starting point: same texts and targets, no links to old RHK."""
    with db.read() as s:
        row = s.scalar(
            select(Skp).where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun - 1,
                              Skp.deleted_at.is_(None))
            .order_by((Skp.status == StatusSKP.DITETAPKAN).desc(), Skp.revisi_ke.desc(),
                      Skp.periode_mulai.desc())
        )
        if row is None:
            return None
        require_see(s, actor, row)
        return copy_isi(load_isi(s, row), keep_intervensi=False)


# ---------------------------------------------------------------------------
# Editing


def simpan_isi(
    db: Database, actor: Actor, skp_id: uuid.UUID, isi: IsiSKP, expected_version: int
) -> SkpDetail:
    """Replaces the content of a DRAFT SKP (the editor saves this way)."""
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        replace_isi(s, actor, row, isi, expected_version)
        return detail(s, actor, row)


def replace_isi(
    s: Session, actor: Actor, row: Skp, isi: IsiSKP, expected_version: int, *,
    action: str = "ubah_skp", info: dict[str, object] | None = None,
) -> None:
    """The one way the content of an SKP changes (editor and workbook import alike)."""
    require_editable(row.status)
    me = actor.pegawai_id
    if not (actor.role is Role.ADMIN or (me is not None and me in (row.pegawai_id,
                                                                    row.penilai_id))):
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak boleh mengubah SKP pegawai lain."
        )
    check_version(row, expected_version)
    stamp(s, row, new=False)
    row.form_family = isi.form_family
    row.pendekatan = isi.pendekatan
    write_isi(s, actor, row, isi)
    record(s, actor, action, row, info)


def simpan_ekspektasi(
    db: Database, actor: Actor, skp_id: uuid.UUID, ekspektasi: dict[int, str],
    expected_version: int,
) -> SkpDetail:
    """The penilai's ekspektasi khusus pimpinan, allowed until the SKP is ditetapkan."""
    with db.write() as s:
        row = skp_or_404(s, skp_id)
        require_see(s, actor, row)
        if row.status not in (StatusSKP.DRAFT, StatusSKP.DIAJUKAN):
            require_editable(row.status)
        if not may_set_ekspektasi(s, actor, row):
            raise PermissionDenied(
                "Ekspektasi khusus pimpinan hanya diisi oleh pejabat penilai kinerja "
                "(atau admin atas namanya)."
            )
        check_version(row, expected_version)
        stamp(s, row, new=False)
        row.ekspektasi = _clean_ekspektasi(ekspektasi)
        record(s, actor, "ubah_ekspektasi_skp", row)
        return detail(s, actor, row)


def check_version(row: Skp, expected_version: int) -> None:
    if row.version != expected_version:
        raise ConflictError(
            "SKP ini sudah diubah orang lain sejak Anda membukanya (versi "
            f"{expected_version} → {row.version}). Muat ulang lalu ulangi perubahan Anda."
        )


def _clean_ekspektasi(ekspektasi: dict[int, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for no, text in ekspektasi.items():
        if not 1 <= int(no) <= 7:
            raise ValidationError(f"Nilai dasar BerAKHLAK nomor {no} tidak ada (1–7).")
        if text.strip():
            out[str(int(no))] = text.strip()
    return out


def _leaders(s: Session, row: Skp) -> list[uuid.UUID]:
    """Whose RHK this SKP may intervene: its penilai and, while a Plt/Plh assesses, the
    pegawai's definitive atasan too (the cascade follows the post, not the stand-in)."""
    out = [row.penilai_id] if row.penilai_id is not None else []
    if row.penilai_sebagai in _SEBAGAI_PENGGANTI:
        atasan = s.scalar(select(Pegawai.atasan_id).where(Pegawai.id == row.pegawai_id))
        if atasan is not None and atasan not in out and atasan != row.pegawai_id:
            out.append(atasan)
    return out


def _check_intervensi(s: Session, row: Skp, isi: IsiSKP) -> None:
    allowed_rhk: set[uuid.UUID] = set()
    leaders = _leaders(s, row)
    if leaders:
        leader_skps = [sid for (sid,) in s.execute(select(Skp.id).where(
            Skp.pegawai_id.in_(leaders), Skp.tahun == row.tahun, Skp.deleted_at.is_(None)))]
        if leader_skps:
            allowed_rhk = set(s.scalars(select(RhkRow.id).where(
                RhkRow.skp_id.in_(leader_skps), RhkRow.deleted_at.is_(None))))
    goals: set[uuid.UUID] = set()
    if kepala_of(s, row.unit_kerja_id) == row.pegawai_id:
        goals = set(s.scalars(select(SasaranUnit.id).where(
            SasaranUnit.unit_kerja_id == row.unit_kerja_id, SasaranUnit.tahun == row.tahun,
            SasaranUnit.deleted_at.is_(None))))
    for index, rhk in enumerate(isi.rhk):
        where = rhk_label(isi, index)
        if rhk.intervensi_rhk_id is not None and rhk.intervensi_rhk_id not in allowed_rhk:
            raise ValidationError(
                f"{where}: rencana hasil kerja yang diintervensi bukan milik pejabat penilai "
                "kinerja SKP ini (tahun yang sama). Pilih dari SKP pejabat penilai."
            )
        if rhk.intervensi_sasaran_id is not None and rhk.intervensi_sasaran_id not in goals:
            raise ValidationError(
                f"{where}: sasaran unit hanya dapat diintervensi oleh kepala unit kerja itu "
                "pada tahun yang sama."
            )
        if rhk.intervensi_rhk_id is not None and rhk.intervensi_sasaran_id is not None:
            raise ValidationError(
                f"{where}: pilih satu saja — RHK pimpinan atau sasaran unit."
            )


def _set_ekspektasi_lampiran(row: Skp, isi: IsiSKP) -> None:
    row.ekspektasi = _clean_ekspektasi(isi.ekspektasi)
    row.lampiran = {
        "dukungan_sumber_daya": [x.strip() for x in isi.lampiran.dukungan_sumber_daya
                                 if x.strip()],
        "skema_pertanggungjawaban": [x.strip() for x in isi.lampiran.skema_pertanggungjawaban
                                     if x.strip()],
        "konsekuensi": [x.strip() for x in isi.lampiran.konsekuensi if x.strip()],
    }


# Column sizes of iki.target_nilai / iki.target_satuan: PostgreSQL refuses longer text.
_MAX_NILAI = 40
_MAX_SATUAN = 80


def _check_ukuran(isi: IsiSKP) -> None:
    for ri, rhk in enumerate(isi.rhk):
        for ii, iki in enumerate(rhk.iki):
            at = f"{rhk_label(isi, ri)}, IKI {ii + 1}"
            if iki.target_nilai is not None and (
                    not iki.target_nilai.is_finite() or iki.target_nilai < 0
                    or len(str(iki.target_nilai)) > _MAX_NILAI):
                raise ValidationError(
                    f"{at}: target {iki.target_nilai} bukan angka target yang sah "
                    f"(0 atau lebih, paling banyak {_MAX_NILAI} karakter).")
            if len(iki.target_satuan.strip()) > _MAX_SATUAN:
                raise ValidationError(
                    f"{at}: satuan target terlalu panjang (paling banyak {_MAX_SATUAN} "
                    "karakter); tulis keterangan panjang pada uraian indikator.")


def may_set_ekspektasi(s: Session, actor: Actor, row: Skp) -> bool:
    """The admin, the SKP's penilai, or whoever may approve it today."""
    me = actor.pegawai_id
    return actor.role is Role.ADMIN or (me is not None and (
        me == row.penilai_id or me in approvers(s, row)))


def write_isi(s: Session, actor: Actor, row: Skp, isi: IsiSKP) -> None:
    """Writes RHK/IKI rows: existing ids are updated, new ones added, missing ones tombstoned.

    An id that appears twice (a copied row) keeps the first; the copy becomes a new row."""
    _check_intervensi(s, row, isi)
    _check_ukuran(isi)
    if not may_set_ekspektasi(s, actor, row):
        # Ekspektasi khusus are the pimpinan's words: the pegawai's save keeps them as stored.
        isi = replace(isi, ekspektasi={int(k): v for k, v in (row.ekspektasi or {}).items()})
    _set_ekspektasi_lampiran(row, isi)
    old_rhk = {r.id: r for r in s.scalars(select(RhkRow).where(
        RhkRow.skp_id == row.id, RhkRow.deleted_at.is_(None)))}
    old_iki = {i.id: i for i in s.scalars(select(IkiRow).where(
        IkiRow.rhk_id.in_(list(old_rhk)), IkiRow.deleted_at.is_(None)))} if old_rhk else {}
    kept_rhk: set[uuid.UUID] = set()
    kept_iki: set[uuid.UUID] = set()
    for no, rhk in enumerate(isi.ordered_rhk(), 1):
        r = old_rhk.get(rhk.id) if rhk.id is not None and rhk.id not in kept_rhk else None
        values = {
            "jenis": rhk.jenis, "no_urut": no, "uraian": rhk.uraian.strip(),
            "intervensi_rhk_id": rhk.intervensi_rhk_id,
            "intervensi_sasaran_id": rhk.intervensi_sasaran_id,
            "intervensi_teks": rhk.intervensi_teks.strip() or None,
            "asal_rhk_id": rhk.asal_id,
        }
        r = _upsert_child(s, actor, r, RhkRow, {"skp_id": row.id, **values}, "rhk")
        kept_rhk.add(r.id)
        for ino, iki in enumerate(rhk.iki, 1):
            i = old_iki.get(iki.id) if iki.id is not None and iki.id not in kept_iki else None
            if i is not None and i.rhk_id != r.id:
                i = None  # moved to another RHK: a new row keeps the history simple
            ivalues = {
                "rhk_id": r.id, "no_urut": ino, "uraian": iki.uraian.strip(), "aspek": iki.aspek,
                "target_nilai": str(iki.target_nilai) if iki.target_nilai is not None else None,
                "target_satuan": iki.target_satuan.strip() or None,
                "target_teks": iki.target_teks.strip() or None, "perspektif": iki.perspektif,
            }
            i = _upsert_child(s, actor, i, IkiRow, ivalues, "iki")
            kept_iki.add(i.id)
    now = utcnow()
    for iid, i in old_iki.items():
        if iid not in kept_iki:
            stamp(s, i, new=False)
            i.deleted_at = now
            record(s, actor, "hapus_iki", i)
    for rid, r in old_rhk.items():
        if rid not in kept_rhk:
            stamp(s, r, new=False)
            r.deleted_at = now
            record(s, actor, "hapus_rhk", r)


_Row = TypeVar("_Row", RhkRow, IkiRow)


def _upsert_child(
    s: Session, actor: Actor, current: _Row | None, model: type[_Row],
    values: dict[str, object], what: str,
) -> _Row:
    if current is None:
        obj = model(id=new_id(), **values)
        s.add(obj)
        stamp(s, obj, new=True)
        record(s, actor, f"tambah_{what}", obj)
        return obj
    if all(getattr(current, k) == v for k, v in values.items()):
        return current
    for k, v in values.items():
        setattr(current, k, v)
    stamp(s, current, new=False)
    record(s, actor, f"ubah_{what}", current)
    return current


def jumlah_per_status(
    db: Database, actor: Actor, tahun: int, ids: Sequence[uuid.UUID] | None = None
) -> dict[StatusSKP, int]:
    with db.read() as s:
        rows = _ringkas(s, actor, tahun, ids=ids)
    out = dict.fromkeys(StatusSKP, 0)
    for r in rows:
        out[r.status] += 1
    return out



def list_skp_pegawai(db: Database, actor: Actor, pegawai_id: uuid.UUID) -> list[SkpRingkas]:
    """Every SKP of one pegawai, all years and versions, newest year first."""
    with db.read() as s:
        p = pegawai_or_404(s, pegawai_id)
        rows = s.execute(select(Skp.id, Skp.tahun).where(
            Skp.pegawai_id == p.id, Skp.deleted_at.is_(None))).all()
        out: list[SkpRingkas] = []
        for tahun in sorted({t for _, t in rows}, reverse=True):
            ids = [sid for sid, t in rows if t == tahun]
            found = _ringkas(s, actor, tahun, ids=ids, semua_versi=True)
            out.extend(sorted(found, key=lambda r: -r.revisi_ke))
        return out  # only what the actor may see (the scope filter of _ringkas)
