"""The recap of a unit for a period (issue 4 points 5 and 8): who was rated how, and the
distribution of predikat against the kurva distribusi. The one recap of the app: the
``kinerja rekap export`` workbook, the Penilaian page's export and the agenda of the rapat
evaluasi (services/rapat_evaluasi.py) all read :func:`rekap_unit`.

The rows: every active pegawai placed in the unit (and its sub-units), the head of the unit
first, then by unit in tree order and by name, each with the ditetapkan SKP covering the
period (the rated one, else the latest: a pegawai who moved or was revised has one row) or
none, so the recap shows who is missing. The distribution: count and percentage per
predikat, checked against the curve of the unit's capaian kinerja organisasi for the period
(``PredikatOrganisasiUnit``) when it has been set. ``tulis_rekap`` writes it as a workbook
(documents/rekap_workbook.py); ``ekspor_rekap`` does both.

Who may see it (:func:`may_see_rekap`, the one rule): an admin, an operator, and the head of
the unit or of a unit above it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.output_files import check_target
from kinerja_desktop.documents.rekap_workbook import (
    DistribusiRow,
    RekapHeader,
    write_rekap,
)
from kinerja_desktop.domain.errors import NotFoundError, PermissionDenied
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.kurva_distribusi import periksa_distribusi
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import BULAN
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.domain.tree import ancestors, subtree
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian_excel import jabatan_teks, periode_dari_kunci
from kinerja_desktop.services.skp import kepala_of
from kinerja_desktop.services.unit_kerja import cari_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    EvaluasiPeriode,
    Jabatan,
    Pegawai,
    PredikatOrganisasiUnit,
    Skp,
    UnitKerja,
)

__all__ = [
    "TANPA_SKP",
    "DistribusiPredikat",
    "RekapBaris",
    "RekapUnit",
    "ekspor_rekap",
    "may_see_rekap",
    "rekap_unit",
    "tulis_rekap",
    "unit_by_kode",
    "unit_parents",
    "unit_rekap_terlihat",
    "unit_sendiri",
]

TANPA_SKP = "SKP belum ditetapkan"
_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class RekapBaris:
    """One active pegawai of the unit (or a sub-unit) in the recap."""

    pegawai_id: uuid.UUID
    nip: str  # as stored, digits only
    nip_teks: str  # printed form: "19850101 201001 1 003"
    nama: str
    jabatan: str
    unit_kode: str
    unit_nama: str
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    status_evaluasi: StatusEvaluasi | None  # None: no ditetapkan SKP covers the period
    skp_id: uuid.UUID | None  # None: no ditetapkan SKP covers the period

    @property
    def status(self) -> str:
        """``Dinilai``, ``Belum diisi``, … or :data:`TANPA_SKP`."""
        return self.status_evaluasi.label if self.status_evaluasi is not None else TANPA_SKP

    @property
    def predikat_label(self) -> str:
        return self.predikat.label if self.predikat is not None else ""


@dataclass(frozen=True, slots=True)
class DistribusiPredikat:
    predikat: Predikat
    jumlah: int
    persen: Decimal  # of the rated pegawai, 2 places

    @property
    def persen_teks(self) -> str:
        return f"{self.persen:.2f}".replace(".", ",") + "%"


@dataclass(frozen=True, slots=True)
class RekapUnit:
    unit_id: uuid.UUID
    unit_kode: str
    unit_nama: str
    sub_unit: bool
    periode_key: str
    periode_label: str
    tahun: int
    mulai: dt.date
    selesai: dt.date
    baris: tuple[RekapBaris, ...]
    distribusi: tuple[DistribusiPredikat, ...]  # every predikat, best first
    dinilai: int
    belum_dinilai: int  # with an SKP, no predikat yet
    tanpa_skp: int
    predikat_organisasi: PredikatOrganisasi | None  # None: not set for the period
    peringatan: tuple[str, ...]  # the curve's warnings (never blocking)

    @property
    def jumlah(self) -> int:
        return len(self.baris)

    @property
    def kurva_teks(self) -> tuple[str, ...]:
        """The curve check in words, as printed under the distribution table."""
        org = self.predikat_organisasi
        if org is None:
            return ("Capaian kinerja organisasi unit ini untuk periode ini belum ditetapkan; "
                    "distribusi tidak diperiksa terhadap kurva.",)
        head = f"Capaian kinerja organisasi: {org.label}."
        if not self.dinilai:
            return (head, "Belum ada pegawai yang dinilai.")
        if not self.peringatan:
            return (head, "Distribusi sesuai pola kurva.")
        return (head, "Peringatan (hanya pertimbangan):",
                *(f"- {w}" for w in self.peringatan))


# -- helpers ---------------------------------------------------------------------------------


def unit_by_kode(db: Database, kode: str) -> uuid.UUID:
    """The unit a user means by ``kode`` (``SITUS:KODE`` at the province: services.unit_kerja
    .cari_unit)."""
    with db.read() as s:
        return cari_unit(s, kode).id


def unit_parents(s: Session) -> dict[uuid.UUID, uuid.UUID | None]:
    """id -> parent of every live unit, in unit kode order (so that domain.tree.subtree
    lists the children of a unit by kode)."""
    return {uid: parent for uid, parent in s.execute(
        select(UnitKerja.id, UnitKerja.parent_id).where(UnitKerja.deleted_at.is_(None))
        .order_by(UnitKerja.kode, UnitKerja.id))}


def may_see_rekap(s: Session, actor: Actor, unit_id: uuid.UUID,
                  parent_of: Mapping[uuid.UUID, uuid.UUID | None] | None = None) -> bool:
    """Who may see the recap of a unit (and the agenda of its rapat evaluasi): an admin, an
    operator, and the head of the unit or of a unit above it."""
    if actor.role in (Role.ADMIN, Role.OPERATOR):
        return True
    if actor.pegawai_id is None:
        return False
    tree = unit_parents(s) if parent_of is None else parent_of
    return any(kepala_of(s, u) == actor.pegawai_id
               for u in ancestors(tree, unit_id) if u in tree)


def unit_rekap_terlihat(s: Session, actor: Actor,
                        parent_of: Mapping[uuid.UUID, uuid.UUID | None] | None = None
                        ) -> set[uuid.UUID] | None:
    """The rule of :func:`may_see_rekap` as a list: None (every unit) for an admin or an
    operator; else the unit the account heads and every unit below it (a head is always
    placed in the unit he heads, see ``kepala_of``), or nothing."""
    if actor.role in (Role.ADMIN, Role.OPERATOR):
        return None
    if actor.pegawai_id is None:
        return set()
    own = s.scalar(select(Pegawai.unit_kerja_id).where(Pegawai.id == actor.pegawai_id,
                                                       Pegawai.deleted_at.is_(None)))
    if own is None or kepala_of(s, own) != actor.pegawai_id:
        return set()
    return set(subtree(unit_parents(s) if parent_of is None else parent_of, own))


def persen(jumlah: int, total: int) -> Decimal:
    if not total:
        return Decimal("0.00")
    return (Decimal(jumlah * 100) / Decimal(total)).quantize(_CENT, rounding=ROUND_HALF_UP)


# -- services ----------------------------------------------------------------------------------

_SkpKey = tuple[bool, dt.date, str]


@dataclass(frozen=True, slots=True)
class _Evaluasi:
    status: StatusEvaluasi
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None


def rekap_unit(db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str, *,
               sub_unit: bool = True) -> RekapUnit:
    """The recap of ``unit_id`` (and its sub-units unless ``sub_unit`` is false)."""
    periode = periode_dari_kunci(db, actor, periode_key)
    with db.read() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan (mungkin sudah dihapus).")
        parent_of = unit_parents(s)
        if not may_see_rekap(s, actor, unit.id, parent_of):
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak boleh melihat rekap penilaian unit "
                f"{unit.nama}: hanya admin, operator, dan kepala unit tersebut (atau unit "
                "di atasnya).")
        tree = subtree(parent_of, unit.id) if sub_unit else [unit.id]
        rank = {u: i for i, u in enumerate(tree)}
        names = {uid: (kode, nama) for uid, kode, nama in s.execute(
            select(UnitKerja.id, UnitKerja.kode, UnitKerja.nama).where(UnitKerja.id.in_(tree)))}
        aktif = and_(Pegawai.unit_kerja_id.in_(tree), Pegawai.deleted_at.is_(None),
                     Pegawai.aktif.is_(True))
        # The SKP of each pegawai for the period: the rated one, else the latest.
        best: dict[uuid.UUID, tuple[_SkpKey, uuid.UUID, _Evaluasi | None]] = {}
        for skp_id, pid, mulai, ev_status, hk, pk, predikat in s.execute(
            select(Skp.id, Skp.pegawai_id, Skp.periode_mulai, EvaluasiPeriode.status,
                   EvaluasiPeriode.rating_hasil_kerja, EvaluasiPeriode.rating_perilaku,
                   EvaluasiPeriode.predikat)
            .join(Pegawai, Pegawai.id == Skp.pegawai_id)
            .outerjoin(EvaluasiPeriode, and_(
                EvaluasiPeriode.skp_id == Skp.id, EvaluasiPeriode.periode_key == periode.key,
                EvaluasiPeriode.deleted_at.is_(None)))
            .where(aktif, Skp.tahun == periode.tahun, Skp.deleted_at.is_(None),
                   Skp.status == StatusSKP.DITETAPKAN,
                   Skp.periode_mulai <= periode.selesai, Skp.periode_selesai >= periode.mulai)
        ):
            key = (predikat is not None, mulai, str(skp_id))
            old = best.get(pid)
            if old is None or key > old[0]:
                best[pid] = (key, skp_id, _Evaluasi(ev_status, hk, pk, predikat)
                             if ev_status is not None else None)
        kepala = kepala_of(s, unit.id)
        rows: list[tuple[bool, int, str, str, RekapBaris]] = []
        for pid, uid, nip, jenis, nama, gd, gb, jab, jenjang in s.execute(
            select(Pegawai.id, Pegawai.unit_kerja_id, Pegawai.nip, Pegawai.jenis_pegawai,
                   Pegawai.nama, Pegawai.gelar_depan, Pegawai.gelar_belakang, Jabatan.nama,
                   Jabatan.jenjang)
            .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id).where(aktif)
        ):
            if uid is None:
                continue
            found = best.get(pid)
            ev = found[2] if found is not None else None
            status = (None if found is None
                      else ev.status if ev is not None else StatusEvaluasi.BELUM_DIISI)
            kode, unama = names[uid]
            rows.append((pid != kepala, rank[uid], nama.casefold(), nip, RekapBaris(
                pid, nip, format_nip(nip, jenis), nama_lengkap(gd, nama, gb),
                jabatan_teks(jab, jenjang), kode, unama,
                ev.rating_hasil_kerja if ev is not None else None,
                ev.rating_perilaku if ev is not None else None,
                ev.predikat if ev is not None else None,
                status, found[1] if found is not None else None)))
        org = s.scalar(select(PredikatOrganisasiUnit.predikat).where(
            PredikatOrganisasiUnit.unit_kerja_id == unit.id,
            PredikatOrganisasiUnit.periode_key == periode.key,
            PredikatOrganisasiUnit.deleted_at.is_(None)))
        unit_kode, unit_nama = unit.kode, unit.nama
    rows.sort(key=lambda r: r[:4])
    baris = tuple(r[4] for r in rows)
    counts = Counter(b.predikat for b in baris if b.predikat is not None)
    dinilai = sum(counts.values())
    tanpa = sum(1 for b in baris if b.skp_id is None)
    jumlah = {p: counts.get(p, 0) for p in Predikat}
    warnings = tuple(w.pesan for w in periksa_distribusi(org, jumlah)) if org else ()
    return RekapUnit(
        unit_id=unit_id, unit_kode=unit_kode, unit_nama=unit_nama, sub_unit=sub_unit,
        periode_key=periode.key, periode_label=periode.label, tahun=periode.tahun,
        mulai=periode.mulai, selesai=periode.selesai, baris=baris,
        distribusi=tuple(DistribusiPredikat(p, n, persen(n, dinilai)) for p, n in jumlah.items()),
        dinilai=dinilai, belum_dinilai=len(baris) - dinilai - tanpa, tanpa_skp=tanpa,
        predikat_organisasi=org, peringatan=warnings)


def _tanggal_jam(now: dt.datetime) -> str:
    return f"{now.day} {BULAN[now.month - 1]} {now.year} {now:%H.%M}"


def tulis_rekap(rekap: RekapUnit, path: Path | str, *, oleh: str = "",
                now: dt.datetime | None = None) -> Path:
    """Writes ``rekap`` as a workbook (sheets "Rekap" and "Distribusi")."""
    now = now or dt.datetime.now()
    cakupan = " beserta sub-unit" if rekap.sub_unit else " (tanpa sub-unit)"
    header = RekapHeader(
        judul="REKAPITULASI PENILAIAN KINERJA PEGAWAI",
        unit=f"{rekap.unit_kode} {rekap.unit_nama}{cakupan}",
        periode=f"{rekap.periode_label} {rekap.tahun} ({rekap.periode_key})",
        dibuat=f"Dibuat {_tanggal_jam(now)}" + (f" oleh {oleh}" if oleh else ""),
    )
    rows = ((b.nip, b.nama, b.jabatan, b.unit_kode,
             b.rating_hasil_kerja.label if b.rating_hasil_kerja else None,
             b.rating_perilaku.label if b.rating_perilaku else None,
             b.predikat.label if b.predikat else None, b.status) for b in rekap.baris)
    distribusi = [DistribusiRow(d.predikat.label, d.jumlah, d.persen_teks)
                  for d in rekap.distribusi]
    ringkasan = [
        ("Jumlah pegawai", str(rekap.jumlah)),
        ("Sudah dinilai", str(rekap.dinilai)),
        ("Belum dinilai", str(rekap.belum_dinilai)),
        (TANPA_SKP, str(rekap.tanpa_skp)),
    ]
    return write_rekap(path, header, rows, distribusi, ringkasan, rekap.kurva_teks)


def ekspor_rekap(db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str,
                 path: Path | str, *, sub_unit: bool = True) -> RekapUnit:
    """``rekap_unit`` then ``tulis_rekap``; the target is checked before any work."""
    path = check_target(path)
    rekap = rekap_unit(db, actor, unit_id, periode_key, sub_unit=sub_unit)
    tulis_rekap(rekap, path, oleh=actor.username)
    return rekap


def unit_sendiri(db: Database, actor: Actor) -> uuid.UUID | None:
    """The unit of the actor's own pegawai (the recap a unit head asks for first)."""
    if actor.pegawai_id is None:
        return None
    with db.read() as s:
        return s.scalar(select(Pegawai.unit_kerja_id).where(Pegawai.id == actor.pegawai_id))
