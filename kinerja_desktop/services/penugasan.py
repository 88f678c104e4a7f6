"""Plt and Plh assignments: who acts for which official, from when to when."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select

from kinerja_desktop.domain.atasan import JenisPenugasan, Penugasan, check_penugasan
from kinerja_desktop.domain.errors import NotFoundError
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.scope import load_penugasan
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Pegawai, PenugasanPlt


@dataclass(frozen=True, slots=True)
class PenugasanDTO:
    id: uuid.UUID
    jenis: JenisPenugasan
    pelaksana_id: uuid.UUID
    pelaksana_nama: str
    digantikan_id: uuid.UUID
    digantikan_nama: str
    mulai: dt.date
    selesai: dt.date | None
    keterangan: str | None
    version: int


@dataclass(frozen=True, slots=True)
class PenugasanInput:
    jenis: JenisPenugasan
    pelaksana_id: uuid.UUID
    digantikan_id: uuid.UUID
    mulai: dt.date
    selesai: dt.date | None = None
    keterangan: str | None = None


def list_penugasan(
    db: Database, actor: Actor, pegawai_id: uuid.UUID | None = None
) -> list[PenugasanDTO]:
    """All assignments, or those where ``pegawai_id`` acts or is replaced."""
    del actor  # who acts for whom is part of the office's public organisation chart
    with db.read() as s:
        stmt = select(PenugasanPlt).where(PenugasanPlt.deleted_at.is_(None))
        if pegawai_id is not None:
            stmt = stmt.where(or_(PenugasanPlt.pelaksana_id == pegawai_id,
                                  PenugasanPlt.digantikan_id == pegawai_id))
        rows = s.scalars(stmt.order_by(PenugasanPlt.mulai.desc())).all()
        ids = {r.pelaksana_id for r in rows} | {r.digantikan_id for r in rows}
        names = {
            pid: nama_lengkap(gd, n, gb)
            for pid, gd, n, gb in s.execute(select(
                Pegawai.id, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang
            ).where(Pegawai.id.in_(ids)))
        } if ids else {}
        return [
            PenugasanDTO(r.id, r.jenis, r.pelaksana_id, names.get(r.pelaksana_id, "?"),
                         r.digantikan_id, names.get(r.digantikan_id, "?"), r.mulai, r.selesai,
                         r.keterangan, r.version)
            for r in rows
        ]


def save_penugasan(
    db: Database, actor: Actor, data: PenugasanInput, penugasan_id: uuid.UUID | None = None
) -> uuid.UUID:
    require_role(actor, "mengatur Plt/Plh", Role.ADMIN)
    with db.write() as s:
        for pid, what in ((data.pelaksana_id, "Pelaksana"), (data.digantikan_id, "Pejabat")):
            p = s.get(Pegawai, pid)
            if p is None or p.deleted_at is not None:
                raise NotFoundError(f"{what} Plt/Plh tidak ditemukan.")
        new = Penugasan(penugasan_id or new_id(), data.jenis, data.pelaksana_id,
                        data.digantikan_id, data.mulai, data.selesai)
        check_penugasan(new, load_penugasan(s))
        if penugasan_id is None:
            row = PenugasanPlt(id=new.id)
            s.add(row)
            stamp(s, row, new=True)
        else:
            found = s.get(PenugasanPlt, penugasan_id)
            if found is None or found.deleted_at is not None:
                raise NotFoundError("Penugasan Plt/Plh tidak ditemukan.")
            row = found
            stamp(s, row, new=False)
        row.jenis = data.jenis
        row.pelaksana_id = data.pelaksana_id
        row.digantikan_id = data.digantikan_id
        row.mulai = data.mulai
        row.selesai = data.selesai
        row.keterangan = data.keterangan
        record(s, actor, "simpan_penugasan", row)
        return row.id


def delete_penugasan(db: Database, actor: Actor, penugasan_id: uuid.UUID) -> None:
    require_role(actor, "mengatur Plt/Plh", Role.ADMIN)
    with db.write() as s:
        row = s.get(PenugasanPlt, penugasan_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Penugasan Plt/Plh tidak ditemukan.")
        stamp(s, row, new=False)
        row.deleted_at = utcnow()
        record(s, actor, "hapus_penugasan", row)
