"""Data scope: which pegawai an account may see (ARCHITECTURE §1).

Admins and province operators see everyone; a penilai sees himself and the
people he assesses on the day (as definitive atasan, Plt or Plh); a pegawai
sees only himself.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.atasan import Penugasan, resolve_penilai
from kinerja_desktop.domain.errors import PermissionDenied
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.storage.models import Pegawai, PenugasanPlt


def load_penugasan(session: Session, day: dt.date | None = None) -> list[Penugasan]:
    stmt = select(PenugasanPlt).where(PenugasanPlt.deleted_at.is_(None))
    if day is not None:
        stmt = stmt.where(PenugasanPlt.mulai <= day,
                          or_(PenugasanPlt.selesai.is_(None), PenugasanPlt.selesai >= day))
    return [
        Penugasan(p.id, p.jenis, p.pelaksana_id, p.digantikan_id, p.mulai, p.selesai)
        for p in session.scalars(stmt)
    ]


def load_atasan_graph(
    session: Session,
) -> tuple[dict[uuid.UUID, uuid.UUID | None], dict[uuid.UUID, bool]]:
    atasan_of: dict[uuid.UUID, uuid.UUID | None] = {}
    aktif: dict[uuid.UUID, bool] = {}
    for pid, atasan, is_aktif in session.execute(
        select(Pegawai.id, Pegawai.atasan_id, Pegawai.aktif).where(Pegawai.deleted_at.is_(None))
    ):
        atasan_of[pid] = atasan
        aktif[pid] = bool(is_aktif)
    return atasan_of, aktif


class _Lazy(Mapping[uuid.UUID, Any]):
    """One column of the atasan graph, read row by row as ``resolve_penilai`` walks up.

    Resolving one pegawai touches a handful of rows; loading the whole graph
    costs ~100 ms at 100,000 pegawai, on every open of an SKP.
    """

    def __init__(self, session: Session, cache: dict[uuid.UUID, tuple[uuid.UUID | None, bool]],
                 column: int) -> None:
        self._session = session
        self._cache = cache
        self._column = column

    def __getitem__(self, key: uuid.UUID) -> Any:
        if key not in self._cache:
            row = self._session.execute(
                select(Pegawai.atasan_id, Pegawai.aktif)
                .where(Pegawai.id == key, Pegawai.deleted_at.is_(None))
            ).first()
            if row is None:
                raise KeyError(key)
            self._cache[key] = (row[0], bool(row[1]))
        return self._cache[key][self._column]

    def __iter__(self) -> Iterator[uuid.UUID]:
        raise TypeError("the lazy atasan graph cannot be listed")

    def __len__(self) -> int:
        raise TypeError("the lazy atasan graph has no length")


def lazy_atasan_graph(
    session: Session,
) -> tuple[Mapping[uuid.UUID, uuid.UUID | None], Mapping[uuid.UUID, bool]]:
    """Like ``load_atasan_graph`` for walking up from a few pegawai (only ``get``)."""
    cache: dict[uuid.UUID, tuple[uuid.UUID | None, bool]] = {}
    return _Lazy(session, cache, 0), _Lazy(session, cache, 1)


def assessed_by(session: Session, penilai_id: uuid.UUID, day: dt.date) -> set[uuid.UUID]:
    """Everyone whose penilai on ``day`` is ``penilai_id``."""
    atasan_of, aktif = load_atasan_graph(session)
    penugasan = load_penugasan(session, day)
    acting_for = {p.digantikan_id for p in penugasan if p.pelaksana_id == penilai_id}
    # Candidates: direct reports, reports of those he acts for, and (self-Plt case)
    # reports of his own reports.
    heads = {penilai_id} | acting_for
    heads |= {p for p, a in atasan_of.items() if a == penilai_id}
    result: set[uuid.UUID] = set()
    for pid, atasan in atasan_of.items():
        if atasan in heads and pid != penilai_id:
            res = resolve_penilai(pid, day, atasan_of, aktif, penugasan)
            if res.penilai_id == penilai_id:
                result.add(pid)
    return result


def visible_pegawai(
    session: Session, actor: Actor, day: dt.date | None = None
) -> set[uuid.UUID] | None:
    """None means "everyone"; otherwise the ids the actor may see."""
    if actor.role in (Role.ADMIN, Role.OPERATOR):
        return None
    if actor.pegawai_id is None:
        return set()
    if actor.role is Role.PENILAI:
        return assessed_by(session, actor.pegawai_id, day or dt.date.today()) | {actor.pegawai_id}
    return {actor.pegawai_id}


def require_visible(session: Session, actor: Actor, pegawai_id: uuid.UUID) -> None:
    ids = visible_pegawai(session, actor)
    if ids is not None and pegawai_id not in ids:
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak berhak melihat atau mengubah data pegawai ini."
        )
