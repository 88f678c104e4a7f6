"""Unit goals (sasaran and indikator kinerja organisasi) and the head of each unit.

The head of a unit intervenes these goals with his RHK; everyone below him
intervenes his RHK, so the unit's SKPs form one cascade (issue 3 point 1).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import NotFoundError, ValidationError
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.skp import OPEN_STATUSES, kepala_of
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, RhkRow, SasaranUnit, Skp, UnitKerja


@dataclass(frozen=True, slots=True)
class Indikator:
    uraian: str
    target: str = ""


@dataclass(frozen=True, slots=True)
class Sasaran:
    uraian: str
    indikator: tuple[Indikator, ...] = ()
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class SasaranUnitDTO:
    unit_id: uuid.UUID
    unit_nama: str
    tahun: int
    kepala_id: uuid.UUID | None
    kepala_nama: str
    kepala_ditetapkan: bool  # False: guessed from the atasan hierarchy
    sasaran: list[Sasaran] = field(default_factory=list)


def get_sasaran_unit(
    db: Database, actor: Actor, unit_id: uuid.UUID, tahun: int
) -> SasaranUnitDTO:
    del actor  # the organisation's goals are public inside the office
    with db.read() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan.")
        kepala = kepala_of(s, unit_id)
        p = s.get(Pegawai, kepala) if kepala else None
        rows = s.scalars(select(SasaranUnit).where(
            SasaranUnit.unit_kerja_id == unit_id, SasaranUnit.tahun == tahun,
            SasaranUnit.deleted_at.is_(None)).order_by(SasaranUnit.no_urut)).all()
        return SasaranUnitDTO(
            unit_id, unit.nama, tahun, kepala,
            nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang) if p else "",
            unit.kepala_id is not None,
            [Sasaran(r.uraian, tuple(Indikator(i.get("uraian", ""), i.get("target", ""))
                                     for i in r.indikator or []), r.id) for r in rows],
        )


def simpan_sasaran_unit(
    db: Database, actor: Actor, unit_id: uuid.UUID, tahun: int, sasaran: Sequence[Sasaran]
) -> SasaranUnitDTO:
    """Replaces the unit's goals for the year; goals already intervened keep their id."""
    require_role(actor, "mengubah sasaran unit", Role.ADMIN)
    for no, g in enumerate(sasaran, 1):
        if not g.uraian.strip():
            raise ValidationError(f"Sasaran {no}: uraian sasaran masih kosong.")
        if not g.indikator or any(not i.uraian.strip() for i in g.indikator):
            raise ValidationError(f"Sasaran {no}: isi paling sedikit satu indikator kinerja.")
    with db.write() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan.")
        old = {r.id: r for r in s.scalars(select(SasaranUnit).where(
            SasaranUnit.unit_kerja_id == unit_id, SasaranUnit.tahun == tahun,
            SasaranUnit.deleted_at.is_(None)))}
        kept: set[uuid.UUID] = set()
        for no, g in enumerate(sasaran, 1):
            values = {
                "uraian": g.uraian.strip(), "no_urut": no,
                "indikator": [{"uraian": i.uraian.strip(), "target": i.target.strip()}
                              for i in g.indikator],
            }
            # An id given twice (a copied goal) keeps the first; the copy is a new goal.
            row = old.get(g.id) if g.id and g.id not in kept else None
            if row is None:
                row = SasaranUnit(id=new_id(), unit_kerja_id=unit_id, tahun=tahun, **values)
                s.add(row)
                stamp(s, row, new=True)
            elif any(getattr(row, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(row, k, v)
                stamp(s, row, new=False)
            else:
                kept.add(row.id)
                continue
            kept.add(row.id)
            record(s, actor, "simpan_sasaran_unit", row)
        gone = [rid for rid in old if rid not in kept]
        if gone:
            _refuse_if_intervened(s, [old[rid] for rid in gone])
        for rid, row in old.items():
            if rid not in kept:
                stamp(s, row, new=False)
                row.deleted_at = utcnow()
                record(s, actor, "hapus_sasaran_unit", row)
    return get_sasaran_unit(db, actor, unit_id, tahun)


def _refuse_if_intervened(s: Session, goals: Sequence[SasaranUnit]) -> None:
    """A goal that an RHK of a current plan intervenes cannot go (old versions keep
    pointing at the tombstone, which still reads)."""
    used = s.execute(
        select(RhkRow.intervensi_sasaran_id, Pegawai.gelar_depan, Pegawai.nama,
               Pegawai.gelar_belakang)
        .join(Skp, Skp.id == RhkRow.skp_id).join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .where(RhkRow.intervensi_sasaran_id.in_([g.id for g in goals]),
               RhkRow.deleted_at.is_(None), Skp.deleted_at.is_(None),
               Skp.status.in_(OPEN_STATUSES), Skp.ditutup_pada.is_(None))
        .order_by(Pegawai.nama)
    ).first()
    if used is not None:
        goal = next(g for g in goals if g.id == used[0])
        raise ValidationError(
            f"Sasaran '{goal.uraian}' tidak dapat dihapus: diintervensi RHK SKP "
            f"{nama_lengkap(used[1], used[2], used[3])}. Ubah uraiannya saja, atau ganti dulu "
            "intervensi RHK tersebut."
        )


def set_kepala_unit(
    db: Database, actor: Actor, unit_id: uuid.UUID, pegawai_id: uuid.UUID | None
) -> None:
    """Names the head of a unit (None: guess from the hierarchy again)."""
    require_role(actor, "menentukan kepala unit", Role.ADMIN)
    with db.write() as s:
        unit = s.get(UnitKerja, unit_id)
        if unit is None or unit.deleted_at is not None:
            raise NotFoundError("Unit kerja tidak ditemukan.")
        if pegawai_id is not None:
            p = s.get(Pegawai, pegawai_id)
            if p is None or p.deleted_at is not None:
                raise NotFoundError("Pegawai untuk kepala unit tidak ditemukan.")
            if p.unit_kerja_id != unit_id:
                raise ValidationError(
                    f"{nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang)} bukan pegawai "
                    f"unit {unit.nama}; pindahkan dulu ke unit ini."
                )
        unit.kepala_id = pegawai_id
        stamp(s, unit, new=False)
        record(s, actor, "kepala_unit", unit)
