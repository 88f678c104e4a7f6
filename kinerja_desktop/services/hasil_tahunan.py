"""The rated evaluations of a year, per unit (and its sub-units), as the follow-up lists read them.

Shared by tindak_lanjut.py (training needs, award candidates, angka kredit) and
tunjangan.py (the % that applies). Session level: the callers own the transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.domain.tree import subtree
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.scope import visible_pegawai
from kinerja_desktop.services.skp import clamp
from kinerja_desktop.storage.models import EvaluasiPeriode, Jabatan, Pegawai, Skp, UnitKerja

DINILAI = (StatusEvaluasi.DINILAI, StatusEvaluasi.DITUTUP)


def tahunan_key(tahun: int) -> str:
    """The key of the annual evaluation (``domain.periode.Periode.key``)."""
    return f"{tahun}-TAHUNAN"


@dataclass(frozen=True, slots=True)
class HasilEvaluasi:
    """One rated evaluation of one SKP for one period, with who and where."""

    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    kategori: KategoriJabatan | None
    jenjang: JenjangFungsional | None
    unit_id: uuid.UUID | None
    unit: str
    skp_id: uuid.UUID
    periode_key: str
    mulai: dt.date
    selesai: dt.date
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat


def unit_subtree(s: Session, unit_id: uuid.UUID | None) -> set[uuid.UUID] | None:
    """``unit_id`` and every unit below it; None (no filter) for "all units"."""
    if unit_id is None:
        return None
    parent_of = {uid: parent for uid, parent in s.execute(
        select(UnitKerja.id, UnitKerja.parent_id).where(UnitKerja.deleted_at.is_(None)))}
    return set(subtree(parent_of, unit_id))


def scope_for(s: Session, actor: Actor, tahun: int,
              today: dt.date | None = None) -> set[uuid.UUID] | None:
    """Whom the actor may see for the year (None: everyone): his own data, the people he
    assesses on the day (clamped into the year), and those whose SKP of the year names him
    as penilai."""
    day = clamp(today or dt.date.today(), dt.date(tahun, 1, 1), dt.date(tahun, 12, 31))
    scope = visible_pegawai(s, actor, day)
    if scope is not None and actor.pegawai_id is not None:
        scope = scope | {actor.pegawai_id} | set(s.scalars(select(Skp.pegawai_id).where(
            Skp.tahun == tahun, Skp.penilai_id == actor.pegawai_id,
            Skp.deleted_at.is_(None))))
    return scope


def load_hasil(
    s: Session, actor: Actor, tahun: int, *, periode_key: str | None = None,
    unit_id: uuid.UUID | None = None, semua_periode: bool = False,
    today: dt.date | None = None,
) -> list[HasilEvaluasi]:
    """Rated evaluations (DINILAI/DITUTUP) of ``tahun`` for ``periode_key`` (default: the
    annual one; ``semua_periode``: every period), in the unit and its sub-units by the
    unit on the SKP, that the actor may see; by name, then date."""
    units = unit_subtree(s, unit_id)
    unit_skp = aliased(UnitKerja)
    stmt = (
        select(EvaluasiPeriode, Skp.pegawai_id, Skp.unit_kerja_id, Pegawai, Jabatan,
               unit_skp.nama)
        .join(Skp, Skp.id == EvaluasiPeriode.skp_id)
        .join(Pegawai, Pegawai.id == Skp.pegawai_id)
        .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
        .outerjoin(unit_skp, unit_skp.id == Skp.unit_kerja_id)
        .where(Skp.tahun == tahun, Skp.deleted_at.is_(None),
               EvaluasiPeriode.deleted_at.is_(None), EvaluasiPeriode.status.in_(DINILAI),
               EvaluasiPeriode.predikat.is_not(None), Pegawai.deleted_at.is_(None))
        .order_by(Pegawai.nama, Pegawai.nip, EvaluasiPeriode.selesai)
    )
    # The annual evaluation of a version later replaced by a revision does not count (the
    # revision's does); periodic ones made before the revision keep counting.
    stmt = stmt.where(or_(EvaluasiPeriode.periode_key != tahunan_key(tahun),
                          Skp.status != StatusSKP.DIGANTIKAN))
    if not semua_periode:
        stmt = stmt.where(EvaluasiPeriode.periode_key == (periode_key or tahunan_key(tahun)))
    if units is not None:
        stmt = stmt.where(Skp.unit_kerja_id.in_(units))
    scope = scope_for(s, actor, tahun, today)
    out: list[HasilEvaluasi] = []
    for ev, pid, unit_id_skp, p, jab, unit_nama in s.execute(stmt):
        if scope is not None and pid not in scope:
            continue
        assert ev.predikat is not None
        out.append(HasilEvaluasi(
            pegawai_id=pid, nip=p.nip, nama=nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang),
            jabatan=jab.nama if jab is not None else "",
            kategori=jab.kategori if jab is not None else None,
            jenjang=jab.jenjang if jab is not None else None,
            unit_id=unit_id_skp, unit=unit_nama or "", skp_id=ev.skp_id,
            periode_key=ev.periode_key, mulai=ev.mulai, selesai=ev.selesai,
            rating_hasil_kerja=ev.rating_hasil_kerja, rating_perilaku=ev.rating_perilaku,
            predikat=ev.predikat,
        ))
    return out


def terakhir_per_pegawai(hasil: list[HasilEvaluasi]) -> list[HasilEvaluasi]:
    """One evaluation per pegawai: the one that ends last (after a mutasi, the new unit's),
    keeping the order of first appearance."""
    best: dict[uuid.UUID, HasilEvaluasi] = {}
    for h in hasil:
        cur = best.get(h.pegawai_id)
        if cur is None or h.selesai >= cur.selesai:
            best[h.pegawai_id] = h
    return list(best.values())
