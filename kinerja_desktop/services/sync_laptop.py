"""A penilai's assessment work on a laptop and back (issue 6 point 7).

The office assigns a penilai to an enrolled laptop site (``tugaskan_laptop``). The
office's packages to that laptop then carry the catalogues, the unit tree and every
pegawai (small, and needed for names and references), plus the penilai's SKPs for
the year with everything under them and the SKPs above them (the cascade). While
the assignment is active, the laptop's changes to those SKPs and their evaluations
are the penilai's own: accepted at the office, and winning a conflict with an edit
made at the office meanwhile ("a penilai's ratings come from the penilai's site").
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import NotFoundError, ValidationError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    BuktiDukung,
    EvaluasiPeriode,
    IkiRow,
    Pegawai,
    PenugasanLaptop,
    RealisasiIki,
    RhkRow,
    Site,
    Skp,
    SkpTransisi,
    SyncChannel,
    UmpanBalik,
)

# Held whole by a laptop: small, and what the SKPs and the screens refer to.
SALINAN_PENUH = frozenset({
    "unit_kerja", "jabatan", "pegawai", "penugasan_plt", "aturan_periode", "sasaran_unit",
    "frasa_umpan_balik", "predikat_organisasi", "tunjangan_persen",
})
_CHUNK = 900


@dataclass(slots=True)
class Lingkup:
    """What one laptop holds beyond the full copies (``kirim``), and of that, what it
    may change as the penilai (``delegasi``): entity → row ids."""

    kirim: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    delegasi: dict[str, set[uuid.UUID]] = field(default_factory=dict)

    def memuat(self, entitas: str, eid: uuid.UUID) -> bool:
        return eid in self.kirim.get(entitas, ())

    def didelegasikan(self, entitas: str, eid: uuid.UUID) -> bool:
        return eid in self.delegasi.get(entitas, ())


@dataclass(frozen=True, slots=True)
class TugasLaptop:
    id: uuid.UUID
    laptop: str
    penilai_id: uuid.UUID
    penilai_nama: str
    tahun: int
    aktif: bool


def _ids(s: Session, column: object, where: object, values: Iterable[uuid.UUID]
         ) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    items = sorted(set(values), key=str)
    for i in range(0, len(items), _CHUNK):
        found.update(s.scalars(select(column).where(  # type: ignore[call-overload]
            where.in_(items[i:i + _CHUNK]))))  # type: ignore[attr-defined]
    return found


def lingkup(s: Session, laptop: str) -> Lingkup:
    """The rows an active assignment gives ``laptop`` (empty without one)."""
    tugas = s.execute(select(PenugasanLaptop.penilai_id, PenugasanLaptop.tahun).where(
        PenugasanLaptop.laptop_site == laptop, PenugasanLaptop.aktif.is_(True),
        PenugasanLaptop.deleted_at.is_(None))).all()
    out = Lingkup()
    if not tugas:
        return out
    milik: set[uuid.UUID] = set()
    for penilai_id, tahun in tugas:
        milik.update(s.scalars(select(Skp.id).where(Skp.penilai_id == penilai_id,
                                                    Skp.tahun == tahun)))
    # The cascade above them (their RHK intervene on the atasan's RHK) and the
    # revisions they replaced.
    atas: set[uuid.UUID] = set()
    frontier = set(milik)
    while frontier:
        rhk_atas = {r for r in _ids(s, RhkRow.intervensi_rhk_id, RhkRow.skp_id, frontier)
                    if r is not None}
        parents = _ids(s, RhkRow.skp_id, RhkRow.id, rhk_atas) | {
            p for p in _ids(s, Skp.parent_skp_id, Skp.id, frontier) if p is not None}
        frontier = parents - atas - milik
        atas |= frontier
    skp = milik | atas
    rhk = _ids(s, RhkRow.id, RhkRow.skp_id, skp)
    evaluasi = _ids(s, EvaluasiPeriode.id, EvaluasiPeriode.skp_id, milik)
    realisasi = _ids(s, RealisasiIki.id, RealisasiIki.evaluasi_id, evaluasi)
    milik_rhk = _ids(s, RhkRow.id, RhkRow.skp_id, milik)
    out.kirim = {
        "skp": skp, "rhk": rhk, "iki": _ids(s, IkiRow.id, IkiRow.rhk_id, rhk),
        "skp_transisi": _ids(s, SkpTransisi.id, SkpTransisi.skp_id, skp),
        "evaluasi_periode": evaluasi, "realisasi_iki": realisasi,
        "bukti_dukung": _ids(s, BuktiDukung.id, BuktiDukung.realisasi_id, realisasi),
        "umpan_balik": _ids(s, UmpanBalik.id, UmpanBalik.evaluasi_id, evaluasi),
    }
    out.delegasi = {
        "skp": milik, "rhk": milik_rhk, "iki": _ids(s, IkiRow.id, IkiRow.rhk_id, milik_rhk),
        "skp_transisi": _ids(s, SkpTransisi.id, SkpTransisi.skp_id, milik),
        "evaluasi_periode": evaluasi, "realisasi_iki": realisasi,
        "bukti_dukung": out.kirim["bukti_dukung"], "umpan_balik": out.kirim["umpan_balik"],
    }
    return out


def _laptop(s: Session, kode: str) -> Site:
    lokal = s.scalar(select(Site).where(Site.is_local.is_(True)))
    if lokal is not None and lokal.code == kode:
        raise ValidationError(f"Situs {kode} adalah situs ini sendiri, bukan laptop penilai.")
    site = s.scalar(select(Site).where(Site.code == kode, Site.is_local.is_(False)))
    if site is None or lokal is None:
        raise ValidationError(f"Laptop {kode} belum terdaftar di sini; terima dulu kartu "
                              "kuncinya (sync accept).")
    if site.role is not SiteRole.LAPTOP or site.parent_code != lokal.code:
        raise ValidationError(f"Situs {kode} bukan laptop penilai di bawah situs "
                              f"{lokal.code}.")
    return site


def tugaskan_laptop(db: Database, actor: Actor, laptop: str, penilai_id: uuid.UUID,
                    tahun: int, *, aktif: bool = True) -> TugasLaptop:
    """Hands (or, with ``aktif=False``, takes back) a penilai's year to a laptop."""
    require_role(actor, "menugaskan laptop penilai", Role.ADMIN)
    with db.write() as s:
        _laptop(s, laptop)
        penilai = s.get(Pegawai, penilai_id)
        if penilai is None or penilai.deleted_at is not None:
            raise NotFoundError("Pegawai penilai tidak ditemukan.")
        row = s.scalar(select(PenugasanLaptop).where(
            PenugasanLaptop.laptop_site == laptop, PenugasanLaptop.penilai_id == penilai_id,
            PenugasanLaptop.tahun == tahun))
        if row is None:
            if not aktif:
                raise NotFoundError(f"{penilai.nama} tidak sedang ditugaskan ke {laptop} "
                                    f"untuk tahun {tahun}.")
            row = PenugasanLaptop(laptop_site=laptop, penilai_id=penilai_id, tahun=tahun,
                                  aktif=True)
            s.add(row)
            stamp(s, row, new=True)
        elif row.aktif != aktif or row.deleted_at is not None:
            row.aktif, row.deleted_at = aktif, None
            stamp(s, row, new=False)
        else:
            return _dto(row, penilai.nama)
        record(s, actor, "tugaskan_laptop" if aktif else "akhiri_tugas_laptop", row)
        if aktif:  # the penilai's rows may be old: send the laptop everything again
            s.execute(update(SyncChannel).where(SyncChannel.peer_site == laptop)
                      .values(perlu_snapshot=True))
        return _dto(row, penilai.nama)


def daftar_tugas(db: Database, actor: Actor) -> list[TugasLaptop]:
    # The penilai on the laptop may see whose work the laptop holds.
    require_role(actor, "melihat penugasan laptop", Role.ADMIN, Role.OPERATOR, Role.PENILAI)
    with db.read() as s:
        return [_dto(t, nama) for t, nama in s.execute(
            select(PenugasanLaptop, Pegawai.nama).join(
                Pegawai, Pegawai.id == PenugasanLaptop.penilai_id).where(
                PenugasanLaptop.deleted_at.is_(None)).order_by(
                PenugasanLaptop.laptop_site, Pegawai.nama))]


def _dto(t: PenugasanLaptop, nama: str) -> TugasLaptop:
    return TugasLaptop(t.id, t.laptop_site, t.penilai_id, nama, t.tahun, t.aktif)
