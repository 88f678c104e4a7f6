"""Capaian kinerja organisasi and survei SKM for the demo year (issue 4 points 7, 9).

Called by ``make_demo`` after the evaluations (services/demo_evaluasi.py), in the
same transaction. For every ended period each unit that leads people (dinas,
sekretariat, bidang, UPT, sekolah) gets its capaian kinerja organisasi — mostly
Baik, some Istimewa, a few lower — so the dashboard and the penilaian grid check
the kurva distribusi. Service units (the dinas, UPT and schools) also get a survei
SKM entered as nine NRR from a report, linked as evidence of the capaian; a few
units score low on one unsur so "unsur terlemah" means something.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.domain.skm import JUMLAH_UNSUR, BobotUnsur, SumberSkm
from kinerja_desktop.services.changes import record_many
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo_skp import UnitDemo
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.models import PredikatOrganisasiUnit, SurveiSkm

ACTION = "buat_data_contoh"
#: Units whose head answers for a result of his own (a seksi/subbag answers to its bidang).
MEMIMPIN = frozenset({"dinas", "sekretariat", "bidang", "upt", "sekolah"})
#: Units that serve the public and so run a survei kepuasan masyarakat.
MELAYANI = frozenset({"dinas", "upt", "sekolah"})
P = PredikatOrganisasi
CAPAIAN: tuple[tuple[PredikatOrganisasi, float], ...] = (
    (P.BAIK, 0.70), (P.ISTIMEWA, 0.15), (P.BUTUH_PERBAIKAN, 0.10), (P.KURANG, 0.05))


@dataclass(frozen=True, slots=True)
class DemoOrganisasiResult:
    capaian: int
    survei_skm: int

    def __str__(self) -> str:
        return f"{self.capaian} capaian kinerja organisasi, {self.survei_skm} survei SKM"


def _pick(rng: random.Random, weighted: Sequence[tuple[PredikatOrganisasi, float]]
          ) -> PredikatOrganisasi:
    r = rng.random()
    for value, weight in weighted:
        r -= weight
        if r < 0:
            return value
    return weighted[-1][0]


def _nrr(rng: random.Random) -> list[str]:
    """Nine NRR (three decimals, as reports print them) around a unit's level."""
    level = rng.uniform(2.95, 3.65)
    lemah = rng.randrange(JUMLAH_UNSUR) if rng.random() < 0.4 else None
    out = []
    for i in range(JUMLAH_UNSUR):
        value = level + rng.uniform(-0.15, 0.15) - (0.45 if i == lemah else 0.0)
        out.append(str(Decimal(str(min(4.0, max(1.0, value)))).quantize(Decimal("0.001"))))
    return out


def make_demo_organisasi(
    s: Session, actor: Actor, *, units: Sequence[UnitDemo], ended: Sequence[Periode],
    seed: int, site: str, now: dt.datetime, today: dt.date,
) -> DemoOrganisasiResult:
    rng = random.Random(f"demo-organisasi-{seed}")
    capaian: list[dict[str, Any]] = []
    survei: list[dict[str, Any]] = []

    def base() -> dict[str, Any]:
        return {"id": new_id(), "version": 1, "updated_at": now, "origin_site": site,
                "deleted_at": None}

    for unit in units:
        if unit.kind not in MEMIMPIN:
            continue
        for p in ended:
            survei_id = None
            if unit.kind in MELAYANI and p.skema is not None:
                row = {**base(), "unit_kerja_id": unit.id, "periode_key": p.key,
                       "layanan": "", "sumber": SumberSkm.NRR, "bobot": BobotUnsur.TEPAT,
                       "jumlah_responden": rng.randint(40, 320), "nrr": _nrr(rng),
                       "berkas_sha256": None, "nama_file": None,
                       "keterangan": "Data contoh: NRR dari laporan survei unit"}
                survei.append(row)
                survei_id = row["id"]
            capaian.append({
                **base(), "unit_kerja_id": unit.id, "periode_key": p.key,
                "predikat": _pick(rng, CAPAIAN), "ditetapkan_oleh": actor.username,
                "tanggal": min(p.selesai + dt.timedelta(days=7), today), "catatan": None,
                "survei_skm_id": survei_id})
    # The surveys first: the capaian refer to them.
    for model, rows in ((SurveiSkm, survei), (PredikatOrganisasiUnit, capaian)):
        if rows:
            insert_rows(s, cast(Table, model.__table__), rows)
            record_many(s, actor, ACTION, model.__tablename__, rows)
    return DemoOrganisasiResult(len(capaian), len(survei))
