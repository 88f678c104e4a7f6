"""Matriks peran hasil: which RHK of the unit's staff intervene which leader RHK.

One row per goal of the unit and per RHK of every leader in it (someone who is
the penilai of an SKP in the unit); a row nobody supports is flagged, because
a leader's result that no one works on will not happen (issue 3 point 7).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from kinerja_desktop.domain.errors import NotFoundError
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.skp import JenisRHK
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp import OPEN_STATUSES
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, RhkRow, SasaranUnit, Skp, UnitKerja


@dataclass(frozen=True, slots=True)
class Pendukung:
    pegawai_id: uuid.UUID
    pegawai_nama: str
    rhk_uraian: str


@dataclass(frozen=True, slots=True)
class BarisMatriks:
    jenis: str  # "sasaran" | "rhk"
    id: uuid.UUID
    pemimpin_nama: str  # the leader, or the unit for a goal
    uraian: str
    jenis_rhk: JenisRHK | None
    pendukung: tuple[Pendukung, ...]

    @property
    def tanpa_pendukung(self) -> bool:
        return not self.pendukung


@dataclass(frozen=True, slots=True)
class MatriksPeranHasil:
    unit_id: uuid.UUID
    unit_nama: str
    tahun: int
    baris: list[BarisMatriks]
    pegawai: list[tuple[uuid.UUID, str]]  # the columns: everyone with an SKP, by name

    @property
    def jumlah_tanpa_pendukung(self) -> int:
        return sum(1 for b in self.baris if b.tanpa_pendukung and b.jenis_rhk is not
                   JenisRHK.TAMBAHAN)


def matriks_peran_hasil(
    db: Database, actor: Actor, unit_id: uuid.UUID, tahun: int, *, termasuk_subunit: bool = True
) -> MatriksPeranHasil:
    """The unit's matrix; with ``termasuk_subunit`` the staff of its sub-units count too
    (a head of a sub-unit supports the head of the unit above him)."""
    del actor  # the unit's plan is shared inside the office
    with db.read() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan.")
        scope = {unit_id}
        if termasuk_subunit:
            children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
            for uid, parent in s.execute(select(UnitKerja.id, UnitKerja.parent_id)
                                         .where(UnitKerja.deleted_at.is_(None))):
                children.setdefault(parent, []).append(uid)
            todo = [unit_id]
            while todo:
                for child in children.get(todo.pop(), []):
                    if child not in scope:
                        scope.add(child)
                        todo.append(child)
        skps = s.execute(
            select(Skp.id, Skp.pegawai_id, Skp.penilai_id, Pegawai.gelar_depan, Pegawai.nama,
                   Pegawai.gelar_belakang)
            .join(Pegawai, Pegawai.id == Skp.pegawai_id)
            .where(Skp.unit_kerja_id.in_(scope), Skp.tahun == tahun, Skp.deleted_at.is_(None),
                   Skp.ditutup_pada.is_(None), Skp.status.in_(OPEN_STATUSES))
            .order_by(Pegawai.nama, Skp.revisi_ke)
        ).all()
        # A revision in progress replaces its DITETAPKAN version in the view.
        current: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID | None, str]] = {}
        for sid, pid, penilai, gd, nama, gb in skps:
            current[pid] = (sid, penilai, nama_lengkap(gd, nama, gb))
        leaders = {penilai for _, penilai, _ in current.values() if penilai is not None}
        skp_ids = [sid for sid, _, _ in current.values()]
        rhks = s.execute(
            select(RhkRow.id, RhkRow.skp_id, RhkRow.jenis, RhkRow.uraian,
                   RhkRow.intervensi_rhk_id, RhkRow.intervensi_sasaran_id, RhkRow.asal_rhk_id)
            .where(RhkRow.skp_id.in_(skp_ids), RhkRow.deleted_at.is_(None))
            .order_by(RhkRow.no_urut)
        ).all() if skp_ids else []
        # Older versions' RHK ids, so support given to a version before a revision counts.
        asal_chain: dict[uuid.UUID, set[uuid.UUID]] = {}
        all_asal = dict(s.execute(select(RhkRow.id, RhkRow.asal_rhk_id)
                                  .where(RhkRow.asal_rhk_id.is_not(None))).all())
        for rid, *_rest in rhks:
            chain = {rid}
            cur = all_asal.get(rid)
            while cur is not None and cur not in chain:
                chain.add(cur)
                cur = all_asal.get(cur)
            asal_chain[rid] = chain
        owner_of_skp = {sid: (pid, name) for pid, (sid, _, name) in current.items()}
        supporters_rhk: dict[uuid.UUID, list[Pendukung]] = {}
        supporters_goal: dict[uuid.UUID, list[Pendukung]] = {}
        for _rid, skp_id, _jenis, uraian, target_rhk, target_goal, _asal in rhks:
            pid, name = owner_of_skp[skp_id]
            if target_rhk is not None:
                supporters_rhk.setdefault(target_rhk, []).append(Pendukung(pid, name, uraian))
            if target_goal is not None:
                supporters_goal.setdefault(target_goal, []).append(Pendukung(pid, name, uraian))
        baris: list[BarisMatriks] = []
        for g in s.scalars(select(SasaranUnit).where(
                SasaranUnit.unit_kerja_id == unit_id, SasaranUnit.tahun == tahun,
                SasaranUnit.deleted_at.is_(None)).order_by(SasaranUnit.no_urut)):
            baris.append(BarisMatriks("sasaran", g.id, unit.nama, g.uraian, None,
                                      tuple(supporters_goal.get(g.id, ()))))
        # Leaders by name (as the columns), each with his RHK in the order of his SKP; the
        # query's order alone leaves ties between SKPs to the database.
        position = {skp_id: n for n, (skp_id, _, _) in enumerate(
            sorted(current.values(), key=lambda c: (c[2], str(c[0]))))}
        ordered = sorted(enumerate(rhks), key=lambda x: (position[x[1][1]], x[0]))
        for _n, (rid, skp_id, jenis, uraian, *_) in ordered:
            pid, name = owner_of_skp[skp_id]
            if pid not in leaders:
                continue
            support = [p for key in asal_chain[rid] for p in supporters_rhk.get(key, ())]
            baris.append(BarisMatriks("rhk", rid, name, uraian, jenis, tuple(support)))
        columns = sorted(((pid, name) for pid, (_, _, name) in current.items()),
                         key=lambda x: x[1])
        return MatriksPeranHasil(unit_id, unit.nama, tahun, baris, columns)
