"""The demo's realisasi, umpan balik and evaluations for the demo year (issue 4 point 10).

What the demo writes must be what the services could have written: every evaluation
reads back through services.penilaian and services.realisasi, the predikat is the
matrix's unless overridden with a reason, no period is rated before it ends, and
every row has its outbox row.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kinerja_desktop.cli import main
from kinerja_desktop.domain.evaluasi import MIN_ALASAN_OVERRIDE, StatusEvaluasi
from kinerja_desktop.domain.predikat import predikat_kinerja, rating_hasil_kerja_pimpinan
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services import demo
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.dashboard import dashboard
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.penilaian import get_penilaian, kepala_organisasi
from kinerja_desktop.services.predikat_organisasi import get_capaian
from kinerja_desktop.services.realisasi import get_evaluasi
from kinerja_desktop.services.skm import get_survei
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    BuktiDukung,
    EvaluasiPeriode,
    IkiRow,
    Outbox,
    Pegawai,
    PredikatOrganisasiUnit,
    RealisasiIki,
    RhkRow,
    Skp,
    SurveiSkm,
    UmpanBalik,
    UnitKerja,
)
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, make_site

YEAR = 2025
TODAY = dt.date(2026, 3, 1)  # the demo year is over: every quarter and the year are rated
EVAL_TABLES = (EvaluasiPeriode, RealisasiIki, BuktiDukung, UmpanBalik)
S = StatusEvaluasi


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (*EVAL_TABLES, Pegawai, Skp, Outbox)}


def test_demo_fills_a_past_year_consistently(site_db: Database, admin: Actor) -> None:
    result = demo.make_demo(site_db, admin, pegawai=300, year=YEAR, today=TODAY)
    ev = result.evaluasi
    assert ev is not None
    keys = (f"{YEAR}-TW1", f"{YEAR}-TW2", f"{YEAR}-TW3", f"{YEAR}-TW4", f"{YEAR}-TAHUNAN")
    assert ev.periode == keys
    with site_db.read() as s:
        skps = {r.id: r for r in s.scalars(select(Skp).where(
            Skp.status == StatusSKP.DITETAPKAN))}
        rows = list(s.scalars(select(EvaluasiPeriode)))
        rhk_skp = dict(s.execute(select(RhkRow.id, RhkRow.skp_id)).all())
        iki_skp = {i: rhk_skp[r] for i, r in s.execute(select(IkiRow.id, IkiRow.rhk_id))}
        real = list(s.scalars(select(RealisasiIki)))
        bukti = list(s.scalars(select(BuktiDukung)))
        ub = list(s.scalars(select(UmpanBalik)))
        outbox = Counter(s.scalars(select(Outbox.entity)))
        outbox_ids = {(e, i) for e, i in s.execute(select(Outbox.entity, Outbox.entity_id))}
        top_unit = next(iter(s.scalars(select(Skp.unit_kerja_id).where(
            Skp.penilai_id.is_(None), Skp.status == StatusSKP.DITETAPKAN))))
        kepala = kepala_organisasi(s, top_unit)

    # Counts: the result, the tables and the outbox agree; one evaluation per
    # DITETAPKAN SKP and period, a realisasi per IKI for every filled one.
    assert (ev.evaluasi, ev.realisasi, ev.bukti, ev.umpan_balik) == (
        len(rows), len(real), len(bukti), len(ub))
    assert len(rows) == len(skps) * len(keys)
    assert sum(ev.per_status.values()) == len(rows)
    for table, items in (("evaluasi_periode", rows), ("realisasi_iki", real),
                         ("bukti_dukung", bukti), ("umpan_balik", ub)):
        assert outbox[table] == len(items), table
        assert all((table, r.id) in outbox_ids for r in items), table
    assert {r.skp_id for r in rows} == set(skps)
    assert Counter(r.skp_id for r in rows) == dict.fromkeys(skps, len(keys))

    by_ev: dict[uuid.UUID, list[RealisasiIki]] = defaultdict(list)
    for r in real:
        by_ev[r.evaluasi_id].append(r)
    iki_of: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for iki, skp_id in iki_skp.items():
        iki_of[skp_id].add(iki)
    rated: list[EvaluasiPeriode] = []
    for e in rows:
        skp = skps[e.skp_id]
        assert (e.penilai_id, e.atasan_penilai_id) == (skp.penilai_id, skp.atasan_penilai_id)
        assert e.selesai < TODAY and e.mulai <= e.selesai
        # Older periods are rated; the latest shows every state.
        if e.periode_key != keys[-1]:
            assert e.status is S.DINILAI
        filled = by_ev[e.id]
        if e.status is S.BELUM_DIISI:
            assert not filled
        else:
            assert {r.iki_id for r in filled} == iki_of[e.skp_id]
            assert all(r.realisasi_nilai is not None or r.realisasi_teks for r in filled)
        if e.status is S.DINILAI:
            rated.append(e)
            assert e.rating_hasil_kerja and e.rating_perilaku and e.tanggal_penilaian
            assert e.selesai < e.tanggal_penilaian <= TODAY
            assert e.predikat_matriks is predikat_kinerja(e.rating_hasil_kerja,
                                                          e.rating_perilaku)
            if e.predikat is e.predikat_matriks:
                assert e.alasan_override is None
            else:
                assert e.alasan_override and len(e.alasan_override) >= MIN_ALASAN_OVERRIDE
            if skp.pegawai_id == kepala:
                assert e.capaian_organisasi is not None
                assert e.rating_hasil_kerja is rating_hasil_kerja_pimpinan(
                    e.capaian_organisasi)
            else:
                assert e.capaian_organisasi is None
        else:
            assert e.rating_hasil_kerja is None and e.predikat is None
    latest = Counter(e.status for e in rows if e.periode_key == keys[-1])
    assert set(latest) == {S.DINILAI, S.DIAJUKAN, S.REALISASI_DIISI, S.BELUM_DIISI}
    assert ev.per_status == {k.value: v for k, v in Counter(e.status for e in rows).items()}
    overrides = [e for e in rated if e.predikat is not e.predikat_matriks]
    assert 1 <= len(overrides) == ev.override <= len(rated) // 50
    # A plausible distribution: mostly as expected, some above, a few below.
    hk = Counter(e.rating_hasil_kerja for e in rated)
    assert hk[Rating.SESUAI_EKSPEKTASI] > len(rated) / 2
    assert 0 < hk[Rating.DI_BAWAH_EKSPEKTASI] < hk[Rating.DI_ATAS_EKSPEKTASI]

    # Evidence links and 1–3 feedback rows per evaluation on its own RHK or a core value.
    real_of = {r.id: r for r in real}
    assert bukti and all(b.tautan and b.tautan.startswith("https://") and b.sha256 is None
                         for b in bukti)
    assert all(b.realisasi_id in real_of for b in bukti)
    per_ev = Counter(u.evaluasi_id for u in ub)
    assert set(per_ev) == {e.id for e in rows} and set(per_ev.values()) <= {1, 2, 3}
    skp_of_ev = {e.id: e.skp_id for e in rows}
    for u in ub:
        assert (u.rhk_id is None) != (u.core_value is None) and u.teks
        if u.rhk_id is not None:
            assert rhk_skp[u.rhk_id] == skp_of_ev[u.evaluasi_id]
        else:
            assert u.core_value in range(1, 8)
        assert u.oleh_pegawai_id == skps[skp_of_ev[u.evaluasi_id]].penilai_id

    # Every evaluation reads back through the services, as stored.
    before = counts(site_db)
    for e in rows:
        p = get_penilaian(site_db, admin, e.skp_id, e.periode_key)
        assert (p.evaluasi_id, p.status, p.predikat, p.rating_hasil_kerja) == (
            e.id, e.status, e.predikat, e.rating_hasil_kerja)
        d = get_evaluasi(site_db, admin, e.skp_id, e.periode_key)
        assert d.id == e.id and d.status is e.status
        assert sum(1 for r in d.realisasi if r.terisi) == len(by_ev[e.id])
        assert sum(len(r.bukti) for r in d.realisasi) == sum(
            1 for b in bukti if real_of[b.realisasi_id].evaluasi_id == e.id)
    assert counts(site_db) == before  # reading opened nothing new


def test_only_ended_periods_of_the_current_year(site_db: Database, admin: Actor) -> None:
    today = dt.date(2026, 8, 15)
    result = demo.make_demo(site_db, admin, pegawai=80, year=2026, today=today)
    assert result.evaluasi is not None and result.evaluasi.periode == ("2026-TW1", "2026-TW2")
    with site_db.read() as s:
        rows = list(s.scalars(select(EvaluasiPeriode)))
    assert rows and {e.periode_key for e in rows} == {"2026-TW1", "2026-TW2"}
    assert all(e.selesai < today for e in rows)
    assert all(e.status is S.DINILAI for e in rows if e.periode_key == "2026-TW1")
    assert len({e.status for e in rows if e.periode_key == "2026-TW2"}) > 1

    # A second office for a year that has not ended anything yet gets no evaluation.
    before = counts(site_db)
    later = demo.make_demo(site_db, admin, pegawai=40, year=2026, add=True,
                           today=dt.date(2026, 3, 31))
    assert later.evaluasi is not None and later.evaluasi.evaluasi == 0
    assert "tanpa evaluasi" in str(later)
    after = counts(site_db)
    assert all(after[m.__tablename__] == before[m.__tablename__] for m in EVAL_TABLES)
    assert after["skp"] > before["skp"]


def test_demo_without_skp_makes_no_evaluations(site_db: Database, admin: Actor) -> None:
    result = demo.make_demo(site_db, admin, pegawai=50, year=YEAR, skp=False, today=TODAY)
    assert result.skp is None and result.evaluasi is None
    assert "penilaian" not in str(result)
    c = counts(site_db)
    assert c["pegawai"] == 50 and all(c[m.__tablename__] == 0 for m in EVAL_TABLES)


def test_cancel_during_the_evaluations_writes_nothing(site_db: Database, admin: Actor) -> None:
    seen: list[int] = []
    threshold = int(120 * (demo.PEGAWAI_SHARE + (1 - demo.PEGAWAI_SHARE) * demo.SKP_SHARE))

    def should_cancel() -> bool:
        return bool(seen) and seen[-1] > threshold

    with pytest.raises(demo.DemoCancelled):
        demo.make_demo(site_db, admin, pegawai=120, year=YEAR, today=TODAY,
                       progress=lambda done, _total: seen.append(done),
                       should_cancel=should_cancel)
    assert seen == sorted(seen) and seen[-1] > threshold
    assert all(v == 0 for k, v in counts(site_db).items() if k != "outbox")
    with site_db.read() as s:
        assert not s.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.entity.in_(["pegawai", "skp", "evaluasi_periode"])))


def _content(db: Database) -> list[tuple[Any, ...]]:
    """Every generated value keyed by what the seed decides (NIP, periode, IKI order)."""
    with db.read() as s:
        nip = dict(s.execute(select(Pegawai.id, Pegawai.nip)).all())
        skp_nip = {k: nip[p] for k, p in s.execute(select(Skp.id, Skp.pegawai_id))}
        rhk = {r.id: (skp_nip[r.skp_id], r.no_urut) for r in s.scalars(select(RhkRow))}
        iki = {i.id: (*rhk[i.rhk_id], i.no_urut) for i in s.scalars(select(IkiRow))}
        evs = {e.id: (skp_nip[e.skp_id], e.periode_key) for e in s.scalars(
            select(EvaluasiPeriode))}
        out: list[tuple[Any, ...]] = []
        for e in s.scalars(select(EvaluasiPeriode)):
            out.append(("ev", *evs[e.id], e.status, e.rating_hasil_kerja, e.rating_perilaku,
                        e.predikat, e.alasan_override, e.capaian_organisasi,
                        e.catatan_rekomendasi, e.tanggal_penilaian, e.version))
        real = {r.id: r for r in s.scalars(select(RealisasiIki))}
        for r in real.values():
            out.append(("real", *evs[r.evaluasi_id], *iki[r.iki_id], r.realisasi_nilai,
                        r.realisasi_teks))
        for b in s.scalars(select(BuktiDukung)):
            r = real[b.realisasi_id]
            out.append(("bukti", *evs[r.evaluasi_id], *iki[r.iki_id], b.tautan, b.keterangan))
        for u in s.scalars(select(UmpanBalik)):
            out.append(("ub", *evs[u.evaluasi_id], rhk.get(u.rhk_id) if u.rhk_id else None,
                        u.core_value, u.teks, u.at))
    return sorted(out, key=repr)


def test_same_seed_same_evaluations(tmp_path: Path) -> None:
    contents = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db, _ = open_database(tmp_path / f"{name}.sqlite")
        try:
            actor = make_site(db)
            demo.make_demo(db, actor, pegawai=120, year=YEAR, seed=seed, today=TODAY)
            contents.append(_content(db))
        finally:
            db.dispose()
    assert contents[0] and contents[0] == contents[1]
    assert contents[0] != contents[2]


def test_cli_demo_reports_the_evaluations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    text, as_json = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (text, as_json):
        db, _ = open_database(path)
        make_site(db)
        db.dispose()
    assert main(["--db", str(text), "demo", "--pegawai", "60", "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    assert "penilaian: " in out and f"{YEAR}-TAHUNAN" in out
    assert all(word in out for word in ("dinilai", "realisasi", "bukti dukung", "umpan balik"))
    assert main(["--db", str(as_json), "--json", "demo", "--pegawai", "60", "--year",
                 str(YEAR)]) == 0
    data = json.loads(capsys.readouterr().out)["evaluasi"]
    assert data["evaluasi"] > 0 and data["periode"][-1] == f"{YEAR}-TAHUNAN"
    db, _ = open_database(as_json)
    try:
        assert counts(db)["evaluasi_periode"] == data["evaluasi"]
    finally:
        db.dispose()


def test_demo_sets_capaian_organisasi_and_skm_for_ended_periods(
    site_db: Database, admin: Actor,
) -> None:
    result = demo.make_demo(site_db, admin, pegawai=300, year=YEAR, today=TODAY)
    assert result.evaluasi is not None and result.evaluasi.organisasi is not None
    org = result.evaluasi.organisasi
    assert f"{org.capaian} capaian kinerja organisasi" in str(result)
    with site_db.read() as s:
        capaian = list(s.scalars(select(PredikatOrganisasiUnit)))
        survei = {r.id: r for r in s.scalars(select(SurveiSkm))}
        outbox = Counter(s.scalars(select(Outbox.entity)))
        top = s.scalar(select(UnitKerja.id).where(UnitKerja.parent_id.is_(None)))
    assert (len(capaian), len(survei)) == (org.capaian, org.survei_skm)
    assert outbox["predikat_organisasi"] == org.capaian and outbox["survei_skm"] == len(survei)
    periods = {f"{YEAR}-TW1", f"{YEAR}-TW2", f"{YEAR}-TW3", f"{YEAR}-TW4", f"{YEAR}-TAHUNAN"}
    per_unit: defaultdict[uuid.UUID, set[str]] = defaultdict(set)
    for c in capaian:
        per_unit[c.unit_kerja_id].add(c.periode_key)
    assert all(keys == periods for keys in per_unit.values())  # every ended period
    assert len({c.predikat for c in capaian}) > 1  # not all the same
    # Each survey (a quarter, never the year) backs exactly the capaian of its unit and period.
    linked = {c.survei_skm_id: c for c in capaian if c.survei_skm_id is not None}
    assert set(linked) == set(survei) and survei
    for sid, row in survei.items():
        assert (linked[sid].unit_kerja_id, linked[sid].periode_key) == (
            row.unit_kerja_id, row.periode_key)
        assert not row.periode_key.endswith("TAHUNAN")
    # The services read them back: the dashboard checks the curve of the top unit.
    one = next(iter(survei.values()))
    dto = get_survei(site_db, admin, one.id)
    assert dto.hasil.jumlah_responden == one.jumlah_responden and dto.hasil.mutu is not None
    stored = get_capaian(site_db, admin, top, f"{YEAR}-TW4")
    assert stored is not None
    board = dashboard(site_db, admin, YEAR, f"{YEAR}-TW4", today=TODAY)
    assert board.units[0].predikat_organisasi is stored.predikat
