"""Beranda for admins and unit heads (issue 4 point 9, SCREENS §4).

Per unit kerja, in tree order with the totals of the sub-units rolled up into their
parents: active pegawai, SKP ditetapkan, realisasi diisi and dinilai for one period, the
predikat distribution checked against the kurva of the unit's capaian kinerja organisasi,
and what is late by the deadlines of the period. Plus "Tugas saya" for the account.

Fast at 10,000 pegawai: two GROUP BY queries give every count; the late items are
three LIMITed queries; nothing loads an ORM row per pegawai.

Counting rules (the same as the Penilaian grid, ``daftar_penilaian``): an SKP counts
when it is DITETAPKAN, of the year, and its dates overlap the period; a pegawai counts
once per unit (his current unit) with the furthest status of his evaluations for the
period. Scope: admin/operator the whole office; a penilai the units he heads and
everything below them, or, heading none, the pegawai he assesses; a pegawai only his
own tasks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, Subquery, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import PermissionDenied
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.kurva_distribusi import PeringatanKurva, periksa_distribusi
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import (
    AturanPeriode,
    Periode,
    find_periode,
    periode_bawaan,
    periods,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.scope import assessed_by, lazy_atasan_graph, load_penugasan
from kinerja_desktop.services.skp import OPEN_STATUSES, approvers_with, kepala_of
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    EvaluasiPeriode,
    Pegawai,
    PredikatOrganisasiUnit,
    Skp,
    UnitKerja,
)

_LateRow = tuple[uuid.UUID, str, str | None, str, str | None, str | None]
_LateSelect = Select[uuid.UUID, str, str | None, str, str | None, str]

#: Named late items per kind at most (the counts per unit are always complete).
BATAS_ITEM = 300

# Progress rank of an evaluation status; a ditetapkan SKP without a row is 0.
_RANK: dict[StatusEvaluasi, int] = {
    StatusEvaluasi.BELUM_DIISI: 0,
    StatusEvaluasi.REALISASI_DIISI: 1,
    StatusEvaluasi.DIAJUKAN: 2,
    StatusEvaluasi.DINILAI: 3,
    StatusEvaluasi.DITUTUP: 4,
}
_RANK_REALISASI = 1
_RANK_DINILAI = 3
_PREDIKAT: tuple[Predikat, ...] = tuple(Predikat)  # index + 1 is the stored rank


class JenisTerlambat(StrEnum):
    SKP = "SKP"  # not ditetapkan after the batas penetapan
    REALISASI = "REALISASI"  # realisasi not filled after batas_realisasi
    PENILAIAN = "PENILAIAN"  # not rated after batas_penilaian

    @property
    def label(self) -> str:
        return {
            JenisTerlambat.SKP: "SKP belum ditetapkan",
            JenisTerlambat.REALISASI: "Realisasi belum diisi",
            JenisTerlambat.PENILAIAN: "Belum dinilai",
        }[self]

    @property
    def page(self) -> str:
        """The sidebar key of the page where it is dealt with."""
        return "skp" if self is not JenisTerlambat.PENILAIAN else "penilaian"


class JenisTugas(StrEnum):
    SKP_MENUNGGU = "SKP_MENUNGGU"  # penilai: SKPs waiting for his approval
    BELUM_DINILAI = "BELUM_DINILAI"  # penilai: people not yet rated for the period
    SKP_SAYA = "SKP_SAYA"  # pegawai: his own SKP is missing or not yet ditetapkan
    REALISASI_SAYA = "REALISASI_SAYA"  # pegawai: realisasi of the period due
    UNIT_TERLAMBAT = "UNIT_TERLAMBAT"  # admin: a unit behind schedule


@dataclass(frozen=True, slots=True)
class Tugas:
    """One line of "Tugas saya"; the GUI words it (``jenis`` + the numbers)."""

    jenis: JenisTugas
    page: str  # sidebar key to open
    jumlah: int = 0
    batas: dt.date | None = None
    sisa_hari: int | None = None  # days to ``batas`` (negative: late by that many)
    status_skp: StatusSKP | None = None  # SKP_SAYA: None = no SKP yet
    status_evaluasi: StatusEvaluasi | None = None
    unit_nama: str = ""
    terlambat_skp: int = 0
    terlambat_realisasi: int = 0
    terlambat_penilaian: int = 0


@dataclass(frozen=True, slots=True)
class ProgresUnit:
    """One unit, its sub-units included (``langsung``: placed directly in it)."""

    unit_id: uuid.UUID
    kode: str
    nama: str
    parent_id: uuid.UUID | None
    depth: int
    langsung: int
    pegawai: int
    skp_ditetapkan: int
    realisasi_diisi: int
    dinilai: int
    predikat: tuple[int, ...]  # count per Predikat, in Predikat order
    predikat_organisasi: PredikatOrganisasi | None  # None: no curve check
    peringatan: tuple[PeringatanKurva, ...]
    terlambat_skp: int
    terlambat_realisasi: int
    terlambat_penilaian: int

    def jumlah_predikat(self) -> dict[Predikat, int]:
        return dict(zip(_PREDIKAT, self.predikat, strict=True))

    @property
    def terlambat(self) -> int:
        return self.terlambat_skp + self.terlambat_realisasi + self.terlambat_penilaian


@dataclass(frozen=True, slots=True)
class ItemTerlambat:
    jenis: JenisTerlambat
    pegawai_id: uuid.UUID
    nip: str
    nama: str
    unit_nama: str
    batas: dt.date
    hari: int  # days late

    @property
    def page(self) -> str:
        return self.jenis.page


@dataclass(frozen=True, slots=True)
class Dashboard:
    tahun: int
    periode: Periode
    periode_list: tuple[Periode, ...]
    hari_ini: dt.date
    batas_skp: dt.date
    units: tuple[ProgresUnit, ...]  # tree order; empty for a pegawai account
    terlambat: tuple[ItemTerlambat, ...]  # at most BATAS_ITEM per kind
    terlambat_total: Mapping[JenisTerlambat, int]
    tugas: tuple[Tugas, ...]
    pegawai_total: int  # active pegawai in scope (also those without a unit)
    seluruh_kantor: bool  # the scope is the whole office

    @property
    def terlambat_terpotong(self) -> bool:
        return sum(self.terlambat_total.values()) > len(self.terlambat)


# ---------------------------------------------------------------------------
# scope


@dataclass(frozen=True, slots=True)
class _Unit:
    id: uuid.UUID
    kode: str
    nama: str
    parent_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class _Scope:
    units: tuple[_Unit, ...]  # tree order
    depth: dict[uuid.UUID, int]
    pegawai_ids: frozenset[uuid.UUID] | None  # None: everyone in ``units``
    whole_office: bool


def _tree(units: list[_Unit]) -> tuple[list[_Unit], dict[uuid.UUID | None, list[_Unit]]]:
    ids = {u.id for u in units}
    children: dict[uuid.UUID | None, list[_Unit]] = defaultdict(list)
    for u in sorted(units, key=lambda u: u.kode):
        children[u.parent_id if u.parent_id in ids else None].append(u)
    return units, children


def _walk(roots: list[_Unit], children: Mapping[uuid.UUID | None, list[_Unit]]
          ) -> tuple[list[_Unit], dict[uuid.UUID, int]]:
    out: list[_Unit] = []
    depth: dict[uuid.UUID, int] = {}
    stack = [(u, 0) for u in reversed(roots)]
    while stack:
        u, d = stack.pop()
        if u.id in depth:
            continue
        out.append(u)
        depth[u.id] = d
        stack.extend((c, d + 1) for c in reversed(children.get(u.id, [])))
    return out, depth


def _headed_units(s: Session, me: uuid.UUID) -> list[uuid.UUID]:
    """The units ``me`` heads (set on the unit, or found as its one top member)."""
    candidates = set(s.scalars(select(UnitKerja.id).where(
        UnitKerja.kepala_id == me, UnitKerja.deleted_at.is_(None))))
    own = s.scalar(select(Pegawai.unit_kerja_id).where(Pegawai.id == me))
    if own is not None:
        candidates.add(own)
    return [u for u in candidates if kepala_of(s, u) == me]


def _scope(s: Session, actor: Actor, unit_id: uuid.UUID | None, day: dt.date) -> _Scope:
    rows = [_Unit(i, k, n, p) for i, k, n, p in s.execute(
        select(UnitKerja.id, UnitKerja.kode, UnitKerja.nama, UnitKerja.parent_id)
        .where(UnitKerja.deleted_at.is_(None)))]
    by_id = {u.id: u for u in rows}
    _, children = _tree(rows)
    pegawai_ids: frozenset[uuid.UUID] | None = None
    whole = False
    if actor.role in (Role.ADMIN, Role.OPERATOR):
        roots = list(children.get(None, []))
        whole = True
    elif actor.role is Role.PENILAI and actor.pegawai_id is not None:
        headed = _headed_units(s, actor.pegawai_id)
        roots = sorted((by_id[u] for u in headed if u in by_id), key=lambda u: u.kode)
        if not roots:  # heads no unit: the people he assesses, in their own units
            ids = assessed_by(s, actor.pegawai_id, day) | {actor.pegawai_id}
            pegawai_ids = frozenset(ids)
            placed = set(s.scalars(select(Pegawai.unit_kerja_id).where(
                Pegawai.id.in_(ids), Pegawai.unit_kerja_id.is_not(None))))
            roots = sorted((by_id[u] for u in placed if u in by_id), key=lambda u: u.kode)
            ordered, depth = _walk(roots, {})
            return _Scope(tuple(ordered), {u: 0 for u in depth}, pegawai_ids, False)
    else:
        return _Scope((), {}, frozenset(), False)
    ordered, depth = _walk(roots, children)
    if unit_id is not None:
        if unit_id not in depth:
            raise PermissionDenied(
                f"Akun '{actor.username}' tidak berhak melihat ringkasan unit kerja ini.")
        sub, sub_depth = _walk([by_id[unit_id]], children)
        return _Scope(tuple(sub), sub_depth, pegawai_ids, False)
    return _Scope(tuple(ordered), depth, pegawai_ids, whole)


# ---------------------------------------------------------------------------
# queries


def _overlap(p: Periode) -> ColumnElement[bool]:
    return and_(Skp.periode_mulai <= p.selesai, Skp.periode_selesai >= p.mulai)


def _per_pegawai(tahun: int, p: Periode) -> Subquery:
    """Per pegawai with a ditetapkan SKP for the period: furthest status and its predikat."""
    rank = case(*((EvaluasiPeriode.status == st, r) for st, r in _RANK.items()), else_=0)
    rated = case(*((and_(EvaluasiPeriode.predikat == pr,
                         EvaluasiPeriode.status.in_((StatusEvaluasi.DINILAI,
                                                     StatusEvaluasi.DITUTUP))), i + 1)
                   for i, pr in enumerate(_PREDIKAT)), else_=0)
    return (
        select(Skp.pegawai_id.label("pid"),
               func.max(func.coalesce(rank, 0)).label("r"),
               func.max(rated).label("pr"))
        .outerjoin(EvaluasiPeriode, and_(
            EvaluasiPeriode.skp_id == Skp.id, EvaluasiPeriode.periode_key == p.key,
            EvaluasiPeriode.deleted_at.is_(None)))
        .where(Skp.tahun == tahun, Skp.deleted_at.is_(None),
               Skp.status == StatusSKP.DITETAPKAN, _overlap(p))
        .group_by(Skp.pegawai_id)
        .subquery("per_pegawai")
    )


def _aktif() -> ColumnElement[bool]:
    return and_(Pegawai.deleted_at.is_(None), Pegawai.aktif.is_(True))


@dataclass
class _Counts:
    pegawai: int = 0
    skp: int = 0
    realisasi: int = 0
    dinilai: int = 0
    predikat: list[int] | None = None

    def pred(self) -> list[int]:
        if self.predikat is None:
            self.predikat = [0] * len(_PREDIKAT)
        return self.predikat


def _counts(s: Session, tahun: int, p: Periode, ids: frozenset[uuid.UUID] | None
            ) -> dict[uuid.UUID | None, _Counts]:
    out: dict[uuid.UUID | None, _Counts] = defaultdict(_Counts)
    heads = (select(Pegawai.unit_kerja_id, func.count()).where(_aktif())
             .group_by(Pegawai.unit_kerja_id))
    if ids is not None:
        heads = heads.where(Pegawai.id.in_(ids))
    for unit, n in s.execute(heads):
        out[unit].pegawai = int(n)
    per = _per_pegawai(tahun, p)
    c = per.c
    stmt = (select(Pegawai.unit_kerja_id, c.r, c.pr, func.count())
            .join(per, c.pid == Pegawai.id).where(_aktif())
            .group_by(Pegawai.unit_kerja_id, c.r, c.pr))
    if ids is not None:
        stmt = stmt.where(Pegawai.id.in_(ids))
    for unit, r, pr, n in s.execute(stmt):
        got = out[unit]
        n = int(n)
        got.skp += n
        if r is not None and r >= _RANK_REALISASI:
            got.realisasi += n
        if r is not None and r >= _RANK_DINILAI:
            got.dinilai += n
            if pr:
                got.pred()[int(pr) - 1] += n
    return out


def _late_totals(scope: _Scope, counts: Mapping[uuid.UUID | None, _Counts], p: Periode,
                 batas_skp: dt.date, today: dt.date) -> dict[JenisTerlambat, int]:
    """What is late in the scope, from the counts per unit (no query)."""
    keys: Iterable[uuid.UUID | None] = (
        counts.keys() if scope.whole_office else [u.id for u in scope.units])
    got = [counts[k] for k in keys if k in counts]
    return {
        JenisTerlambat.SKP: sum(c.pegawai - c.skp for c in got) if today > batas_skp else 0,
        JenisTerlambat.REALISASI: (sum(c.skp - c.realisasi for c in got)
                                   if today > p.batas_realisasi else 0),
        JenisTerlambat.PENILAIAN: (sum(c.skp - c.dinilai for c in got)
                                   if today > p.batas_penilaian else 0),
    }


def _late_items(s: Session, tahun: int, p: Periode, batas_skp: dt.date, today: dt.date,
                scope: _Scope, limit: int) -> list[ItemTerlambat]:
    """The first ``limit`` late items of each kind by unit code and name (two queries)."""
    items: list[ItemTerlambat] = []
    cols = (Pegawai.id, Pegawai.nip, Pegawai.gelar_depan, Pegawai.nama, Pegawai.gelar_belakang,
            UnitKerja.nama)
    unit_ids = [u.id for u in scope.units]

    def narrow(stmt: _LateSelect) -> _LateSelect:
        out = stmt.where(_aktif())
        if scope.pegawai_ids is not None:
            out = out.where(Pegawai.id.in_(scope.pegawai_ids))
        if not scope.whole_office:
            out = out.where(Pegawai.unit_kerja_id.in_(unit_ids))
        return out.order_by(UnitKerja.kode, Pegawai.nama)

    def item(jenis: JenisTerlambat, batas: dt.date, row: _LateRow) -> ItemTerlambat:
        pid, nip, gd, nama, gb, unit = row
        return ItemTerlambat(jenis, pid, nip, nama_lengkap(gd, nama, gb), unit or "", batas,
                             (today - batas).days)

    if today > batas_skp:
        no_skp = ~exists().where(Skp.pegawai_id == Pegawai.id, Skp.tahun == tahun,
                                 Skp.deleted_at.is_(None), Skp.status == StatusSKP.DITETAPKAN,
                                 _overlap(p))
        stmt = narrow(select(*cols).outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
                      .where(no_skp))
        items.extend(item(JenisTerlambat.SKP, batas_skp, (a, b, c, d, e, f))
                     for a, b, c, d, e, f in s.execute(stmt.limit(limit)))
    if today > p.batas_realisasi:
        # One read for both kinds: not rated (r < DINILAI) includes no realisasi (r < 1);
        # the realisasi rows within the first 2 × limit are a prefix of their own order.
        nilai_late = today > p.batas_penilaian
        per = _per_pegawai(tahun, p)
        c = per.c
        stmt = narrow(select(*cols).join(per, c.pid == Pegawai.id)
                      .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
                      .where(c.r < (_RANK_DINILAI if nilai_late else _RANK_REALISASI)))
        rows: list[tuple[_LateRow, int]] = [
            ((a, b, c_, d, e, f), int(rank)) for a, b, c_, d, e, f, rank in s.execute(
            stmt.add_columns(c.r).limit(2 * limit if nilai_late else limit))]
        no_realisasi = [r for r, rank in rows if rank < _RANK_REALISASI][:limit]
        items.extend(item(JenisTerlambat.REALISASI, p.batas_realisasi, r) for r in no_realisasi)
        if nilai_late:
            items.extend(item(JenisTerlambat.PENILAIAN, p.batas_penilaian, r)
                         for r, _ in rows[:limit])
    return items


def _predikat_organisasi(s: Session, key: str) -> dict[uuid.UUID, PredikatOrganisasi]:
    rows = s.execute(select(PredikatOrganisasiUnit.unit_kerja_id,
                            PredikatOrganisasiUnit.predikat)
                     .where(PredikatOrganisasiUnit.periode_key == key,
                            PredikatOrganisasiUnit.deleted_at.is_(None)))
    return {unit: predikat for unit, predikat in rows}


def _roll_up(scope: _Scope, counts: Mapping[uuid.UUID | None, _Counts],
             organisasi: Mapping[uuid.UUID, PredikatOrganisasi], p: Periode,
             batas_skp: dt.date, today: dt.date) -> list[ProgresUnit]:
    in_scope = {u.id for u in scope.units}
    total: dict[uuid.UUID, _Counts] = {}
    for u in reversed(scope.units):  # children come after their parents
        own = counts.get(u.id, _Counts())
        t = total.setdefault(u.id, _Counts())
        t.pegawai += own.pegawai
        t.skp += own.skp
        t.realisasi += own.realisasi
        t.dinilai += own.dinilai
        t.predikat = [a + b for a, b in zip(t.pred(), own.pred(), strict=True)]
        if u.parent_id in in_scope and scope.depth.get(u.id, 0) > 0:
            up = total.setdefault(u.parent_id, _Counts())
            up.pegawai += t.pegawai
            up.skp += t.skp
            up.realisasi += t.realisasi
            up.dinilai += t.dinilai
            up.predikat = [a + b for a, b in zip(up.pred(), t.pred(), strict=True)]
    out: list[ProgresUnit] = []
    for u in scope.units:
        t = total[u.id]
        pred = tuple(t.pred())
        org = organisasi.get(u.id)
        warn = tuple(periksa_distribusi(org, dict(zip(_PREDIKAT, pred, strict=True)))
                     ) if org is not None else ()
        out.append(ProgresUnit(
            u.id, u.kode, u.nama, u.parent_id, scope.depth.get(u.id, 0),
            counts.get(u.id, _Counts()).pegawai, t.pegawai, t.skp, t.realisasi, t.dinilai,
            pred, org, warn,
            t.pegawai - t.skp if today > batas_skp else 0,
            t.skp - t.realisasi if today > p.batas_realisasi else 0,
            t.skp - t.dinilai if today > p.batas_penilaian else 0,
        ))
    return out


# ---------------------------------------------------------------------------
# Tugas saya


def _candidates(s: Session, me: uuid.UUID) -> ColumnElement[bool]:
    """A superset of the SKPs ``me`` approves or assesses (``skp.approvers_with``): those
    naming him as penilai, of people whose atasan is he or one he acts for (Plt/Plh),
    and of people acting for their own atasan below him ("atasan dari atasan"). Lets
    the exact check run on a few rows instead of the whole atasan graph."""
    penugasan = load_penugasan(s)
    acting = {p.digantikan_id for p in penugasan if p.pelaksana_id == me}
    heads = {me} | acting
    reports = set(s.scalars(select(Pegawai.id).where(
        Pegawai.atasan_id.in_(heads), Pegawai.deleted_at.is_(None))))
    self_plt = {p.pelaksana_id for p in penugasan if p.digantikan_id in reports}
    return or_(Skp.penilai_id == me, Pegawai.atasan_id.in_(heads),
               Skp.pegawai_id.in_(self_plt))


def _approved_by(s: Session, me: uuid.UUID, stmt: Select[Skp], day: dt.date | None
                 ) -> list[Skp]:
    """The SKPs of ``stmt`` that ``me`` approves/assesses on ``day`` (None: today, as
    ``skp_workflow.antrian_persetujuan``), by ``skp.approvers_with``."""
    rows = s.scalars(stmt.join(Pegawai, Pegawai.id == Skp.pegawai_id)
                     .where(_candidates(s, me))).all()
    if not rows:
        return []
    atasan_of, aktif = lazy_atasan_graph(s)
    penugasan = load_penugasan(s)
    return [r for r in rows if r.pegawai_id != me and (r.penilai_id == me or me in approvers_with(
        r, min(day, r.periode_selesai) if day else None, atasan_of, aktif, penugasan))]


def _tugas_penilai(s: Session, me: uuid.UUID, tahun: int, p: Periode, today: dt.date
                   ) -> list[Tugas]:
    out: list[Tugas] = []
    # As skp_workflow.antrian_persetujuan: DIAJUKAN SKPs of the year he may approve.
    menunggu = _approved_by(s, me, select(Skp).where(
        Skp.tahun == tahun, Skp.status == StatusSKP.DIAJUKAN, Skp.deleted_at.is_(None)),
        None)
    if menunggu:
        out.append(Tugas(JenisTugas.SKP_MENUNGGU, "skp", len(menunggu)))
    if p.selesai >= today:
        return out  # the period has not ended: nobody can be rated yet
    # As penilaian.daftar_penilaian: the SKPs he assesses on the last day of the period.
    per = _per_pegawai(tahun, p)
    c = per.c
    belum = _approved_by(s, me, select(Skp).join(per, c.pid == Skp.pegawai_id).where(
        Skp.tahun == tahun, Skp.deleted_at.is_(None), Skp.status == StatusSKP.DITETAPKAN,
        _overlap(p), c.r < _RANK_DINILAI, _aktif()), p.selesai)
    n = len({r.pegawai_id for r in belum})
    if n:
        out.append(Tugas(JenisTugas.BELUM_DINILAI, "penilaian", n, p.batas_penilaian,
                         (p.batas_penilaian - today).days))
    return out


def _tugas_pegawai(s: Session, me: uuid.UUID, tahun: int, p: Periode, batas_skp: dt.date,
                   today: dt.date) -> list[Tugas]:
    out: list[Tugas] = []
    row = s.execute(
        select(Skp.id, Skp.status).where(
            Skp.pegawai_id == me, Skp.tahun == tahun, Skp.deleted_at.is_(None),
            Skp.status.in_(OPEN_STATUSES), Skp.ditutup_pada.is_(None))
        .order_by(Skp.revisi_ke.desc()).limit(1)).first()
    ditetapkan = s.scalar(select(func.count()).select_from(Skp).where(
        Skp.pegawai_id == me, Skp.tahun == tahun, Skp.deleted_at.is_(None),
        Skp.status == StatusSKP.DITETAPKAN, _overlap(p))) or 0
    if not ditetapkan:
        out.append(Tugas(JenisTugas.SKP_SAYA, "skp", 0, batas_skp,
                         (batas_skp - today).days, row[1] if row else None))
        return out
    if row is not None and row[1] is not StatusSKP.DITETAPKAN:  # a revision in progress
        out.append(Tugas(JenisTugas.SKP_SAYA, "skp", 0, None, None, row[1]))
    per = _per_pegawai(tahun, p)
    c = per.c
    rank = s.scalar(select(c.r).where(c.pid == me)) or 0
    if rank < _RANK_REALISASI and today >= p.mulai:
        status = {v: k for k, v in _RANK.items()}[int(rank)]
        out.append(Tugas(JenisTugas.REALISASI_SAYA, "skp", 0, p.batas_realisasi,
                         (p.batas_realisasi - today).days, status_evaluasi=status))
    return out


def _tugas_admin(units: list[ProgresUnit]) -> list[Tugas]:
    """Units behind schedule by what is late in the unit itself, most late first."""
    late = [u for u in units if u.terlambat]
    # A parent only when something is late in it beyond its late sub-units.
    by_parent: dict[uuid.UUID | None, list[ProgresUnit]] = defaultdict(list)
    for u in late:
        by_parent[u.parent_id].append(u)
    own: list[tuple[ProgresUnit, int, int, int]] = []
    for u in late:
        kids = by_parent.get(u.unit_id, [])
        sk = u.terlambat_skp - sum(k.terlambat_skp for k in kids)
        re = u.terlambat_realisasi - sum(k.terlambat_realisasi for k in kids)
        pn = u.terlambat_penilaian - sum(k.terlambat_penilaian for k in kids)
        if sk + re + pn > 0:
            own.append((u, sk, re, pn))
    own.sort(key=lambda t: (-(t[1] + t[2] + t[3]), t[0].kode))
    return [Tugas(JenisTugas.UNIT_TERLAMBAT, "penilaian" if pn and not (sk or re) else "skp",
                  sk + re + pn, unit_nama=u.nama, terlambat_skp=sk, terlambat_realisasi=re,
                  terlambat_penilaian=pn)
            for u, sk, re, pn in own]


# ---------------------------------------------------------------------------
# the service


def dashboard(
    db: Database, actor: Actor, tahun: int, periode_key: str | None = None, *,
    unit_id: uuid.UUID | None = None, today: dt.date | None = None,
    batas_item: int = BATAS_ITEM,
) -> Dashboard:
    """The Beranda of ``actor`` for a year and period (default: the last one ended)."""
    today = today or dt.date.today()
    with db.read() as s:
        aturan: AturanPeriode = aturan_in(s, tahun)
        daftar = periods(aturan)
        p = find_periode(aturan, periode_key) if periode_key else periode_bawaan(daftar, today)
        scope = _scope(s, actor, unit_id, min(p.selesai, today))
        units: list[ProgresUnit] = []
        items: list[ItemTerlambat] = []
        totals = {j: 0 for j in JenisTerlambat}
        pegawai_total = 0
        if scope.units or scope.pegawai_ids:
            counts = _counts(s, tahun, p, scope.pegawai_ids)
            units = _roll_up(scope, counts, _predikat_organisasi(s, p.key), p,
                             aturan.batas_skp, today)
            if scope.whole_office:
                pegawai_total = sum(c.pegawai for c in counts.values())
            else:
                pegawai_total = sum(u.pegawai for u in units if u.depth == 0)
            totals = _late_totals(scope, counts, p, aturan.batas_skp, today)
            items = _late_items(s, tahun, p, aturan.batas_skp, today, scope, batas_item)
        tugas: list[Tugas] = []
        if actor.role in (Role.ADMIN, Role.OPERATOR):
            tugas.extend(_tugas_admin(units))
        if actor.role is Role.PENILAI and actor.pegawai_id is not None:
            tugas.extend(_tugas_penilai(s, actor.pegawai_id, tahun, p, today))
        if actor.pegawai_id is not None and actor.role in (Role.PENILAI, Role.PEGAWAI):
            tugas.extend(_tugas_pegawai(s, actor.pegawai_id, tahun, p, aturan.batas_skp,
                                        today))
    return Dashboard(tahun, p, tuple(daftar), today, aturan.batas_skp, tuple(units),
                     tuple(items), totals, tuple(tugas), pegawai_total, scope.whole_office)
