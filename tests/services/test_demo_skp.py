"""The demo's SKP planning: unit goals and a cascade of SKPs in mixed states (issue 3 point 9).

Everything the demo writes must be something the services could have written: the
SKPs load through services.skp, submitted ones are complete, every RHK intervenes
an RHK of its penilai's SKP (or, for a head of unit, a goal of his unit), and each
SKP's history replays through the workflow to its status.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kinerja_desktop.cli import main
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.periode import SkemaPeriode
from kinerja_desktop.domain.skp import (
    AksiSKP,
    FormFamily,
    JenisRHK,
    Pendekatan,
    StatusSKP,
    copy_isi,
    kelengkapan,
    next_status,
)
from kinerja_desktop.services import demo, demo_skp
from kinerja_desktop.services.aturan_periode import get_aturan
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.matriks_peran import matriks_peran_hasil
from kinerja_desktop.services.sasaran_unit import get_sasaran_unit
from kinerja_desktop.services.skp import (
    _check_intervensi,
    current_skp_id,
    get_skp,
    kepala_of,
    load_isi,
    pilihan_intervensi,
    simpan_isi,
)
from kinerja_desktop.services.skp_workflow import ajukan, buat_revisi, riwayat, tetapkan
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AturanPeriodeTahun,
    IkiRow,
    Outbox,
    Pegawai,
    RhkRow,
    SasaranUnit,
    Skp,
    SkpTransisi,
    UnitKerja,
)
from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, make_site

YEAR = 2025  # a past year: approvals are checked on 31 December, after every Plh ended
CREATED = (AksiSKP.BUAT, AksiSKP.REVISI)
SKP_TABLES = (AturanPeriodeTahun, SasaranUnit, Skp, RhkRow, IkiRow, SkpTransisi)


@pytest.fixture(scope="module")
def empty_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor]:
    path = tmp_path_factory.mktemp("demo-skp") / "kosong.sqlite"
    db, _ = open_database(path)
    actor = make_site(db)
    db.dispose()
    return path, actor


@pytest.fixture
def demo_db(empty_site: tuple[Path, Actor], tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "k.sqlite"
    shutil.copyfile(empty_site[0], target)
    db, _ = open_database(target)
    try:
        yield db
    finally:
        db.dispose()


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (*SKP_TABLES, Pegawai, UnitKerja, Outbox)}


def replay(steps: list[SkpTransisi]) -> tuple[StatusSKP | None, int]:
    """The status the recorded steps lead to, checked step by step, and the SKP version."""
    status: StatusSKP | None = None
    for i, t in enumerate(steps):
        if i == 0:
            assert t.aksi in CREATED and t.dari is None and t.ke is StatusSKP.DRAFT
            status = StatusSKP.DRAFT
            continue
        assert t.aksi not in CREATED and status is not None
        assert t.dari is status, (t.aksi, t.dari, status)
        status = next_status(status, t.aksi)
        assert t.ke is status
        if t.aksi is AksiSKP.KEMBALIKAN:
            assert t.alasan
    return status, len(steps)  # buat = version 1, every later step one more


def check_demo_skp(db: Database, admin: Actor, result: demo.DemoResult, every: int = 1) -> None:
    """Everything the SKP part of the demo promises, on the whole database (``every``:
    open only every n-th SKP through the services, the rest is checked on the rows)."""
    assert result.skp is not None
    with db.read() as s:
        people = {p.id: p for p in s.scalars(select(Pegawai))}
        units = {u.id: u for u in s.scalars(select(UnitKerja))}
        skps = {r.id: r for r in s.scalars(select(Skp))}
        rhks = {r.id: r for r in s.scalars(select(RhkRow))}
        ikis = list(s.scalars(select(IkiRow)))
        goals = {g.id: g for g in s.scalars(select(SasaranUnit))}
        steps: dict[uuid.UUID, list[SkpTransisi]] = defaultdict(list)
        for t in s.scalars(select(SkpTransisi).order_by(SkpTransisi.at)):
            steps[t.skp_id].append(t)
        outbox = Counter(s.scalars(select(Outbox.entity)))
        outbox_versions = {(e, i): v for e, i, v in s.execute(
            select(Outbox.entity, Outbox.entity_id, Outbox.version))}
        kepala = {uid: kepala_of(s, uid) for uid in units}
        # The services' own cascade rule accepts the plans as stored.
        for row in list(skps.values())[::every]:
            _check_intervensi(s, row, load_isi(s, row))
        null_snapshots = s.scalar(select(func.count()).select_from(Skp).where(
            Skp.snapshot.is_(None))) or 0

    # Counts: the result, the tables and the outbox (one row per row) agree.
    sk = result.skp
    assert (sk.skp, sk.rhk, sk.iki, sk.transisi, sk.sasaran) == (
        len(skps), len(rhks), len(ikis), sum(map(len, steps.values())), len(goals))
    for table, n in (("skp", len(skps)), ("rhk", len(rhks)), ("iki", len(ikis)),
                     ("skp_transisi", sk.transisi), ("sasaran_unit", len(goals)),
                     ("aturan_periode", 1)):
        assert outbox[table] == n, table
    assert all(outbox_versions[("skp", r.id)] == r.version for r in skps.values())
    assert dict(Counter(r.status.value for r in skps.values())) == {
        k: v for k, v in sk.per_status.items() if v}

    # Goals: 2–4 per unit with 1–2 indikator; each unit names its active head.
    per_unit = Counter(g.unit_kerja_id for g in goals.values())
    assert set(per_unit) == set(units) and set(per_unit.values()) <= {2, 3, 4}
    assert all(1 <= len(g.indikator) <= 2 and all(i["uraian"] and i["target"]
                                                  for i in g.indikator)
               for g in goals.values())
    for u in units.values():
        if u.kepala_id is not None:
            head = people[u.kepala_id]
            assert head.aktif and head.unit_kerja_id == u.id
            assert head.atasan_id is None or people[head.atasan_id].unit_kerja_id != u.id
    vacant = [u for u in units.values() if u.kepala_id is None]
    assert len(vacant) <= result.tidak_aktif

    # One current SKP per active pegawai; none for inactive ones.
    by_pegawai: dict[uuid.UUID, list[Skp]] = defaultdict(list)
    for row in skps.values():
        by_pegawai[row.pegawai_id].append(row)
    aktif = {pid for pid, p in people.items() if p.aktif}
    assert set(by_pegawai) == aktif
    for rows in by_pegawai.values():
        rows.sort(key=lambda r: r.revisi_ke)
        assert [r.status is not StatusSKP.DIGANTIKAN for r in rows].count(True) == 1
        if len(rows) == 2:  # a revision
            old, new = rows
            assert old.status is StatusSKP.DIGANTIKAN and new.status is StatusSKP.DITETAPKAN
            assert (old.revisi_ke, new.revisi_ke, new.parent_skp_id) == (0, 1, old.id)
            old_rhk = {r.id: r for r in rhks.values() if r.skp_id == old.id}
            new_rhk = [r for r in rhks.values() if r.skp_id == new.id]
            assert len(new_rhk) == len(old_rhk)
            assert {r.asal_rhk_id for r in new_rhk} == set(old_rhk)
            assert all(r.asal_rhk_id is not None and old_rhk[r.asal_rhk_id].uraian == r.uraian
                       for r in new_rhk)
        else:
            assert len(rows) == 1 and rows[0].revisi_ke == 0

    # The cascade: RHK → an RHK of the penilai's SKP, or (a head) a goal of his unit.
    top = next(p for p in people.values() if p.atasan_id is None)
    top_unit = units[top.unit_kerja_id]  # type: ignore[index]
    for r in rhks.values():
        row = skps[r.skp_id]
        assert (r.intervensi_rhk_id is None) or (r.intervensi_sasaran_id is None)
        if r.intervensi_rhk_id is not None:
            target = skps[rhks[r.intervensi_rhk_id].skp_id]
            assert target.pegawai_id == row.penilai_id and target.tahun == row.tahun
        if r.intervensi_sasaran_id is not None:
            goal = goals[r.intervensi_sasaran_id]
            assert goal.unit_kerja_id == row.unit_kerja_id and goal.tahun == row.tahun
            assert kepala[goal.unit_kerja_id] == row.pegawai_id
    top_skp = by_pegawai[top.id][0]
    assert top_skp.form_family is FormFamily.JPT and top_skp.penilai_id is None
    assert top_skp.status is StatusSKP.DITETAPKAN and top_skp.penilai_luar is not None
    assert top_skp.penilai_luar["jabatan"] == "Sekretaris Daerah"
    top_goals = {g.id for g in goals.values() if g.unit_kerja_id == top_unit.id}
    top_rhk = [r for r in rhks.values() if r.skp_id == top_skp.id]
    assert {r.intervensi_sasaran_id for r in top_rhk} == top_goals  # every goal supported
    leaders = {r.penilai_id for r in skps.values()}
    assert all(skps_of.status is StatusSKP.DITETAPKAN
               for pid in leaders if pid is not None for skps_of in by_pegawai[pid])

    # Histories replay to the status; versions count the steps; snapshots and penetapan.
    city = demo_skp.IBU_KOTA[top_unit.nama.removeprefix(
        "Dinas Pendidikan dan Kebudayaan Kabupaten ")]
    ditetapkan_like = (StatusSKP.DITETAPKAN, StatusSKP.DIGANTIKAN)
    for row in skps.values():
        status, version = replay(steps[row.id])
        assert (status, version) == (row.status, row.version), row.id
        if row.status in ditetapkan_like:
            assert row.snapshot is not None and set(row.snapshot) == {
                "pegawai", "penilai", "atasan_penilai"}
            assert row.snapshot["pegawai"]["pegawai_id"] == str(row.pegawai_id)
            assert row.snapshot["penilai"]["nama"]
            assert row.tempat_penetapan == city
            assert row.tanggal_penetapan is not None
            assert row.tanggal_penetapan.year == YEAR
            if row.revisi_ke == 0:
                assert row.tanggal_penetapan.month == 1
        else:
            assert row.snapshot is None and row.tanggal_penetapan is None
        assert row.lampiran.keys() == {"dukungan_sumber_daya", "skema_pertanggungjawaban",
                                       "konsekuensi"}
        assert set(row.ekspektasi) <= {str(n) for n in range(1, 8)}
        assert bool(row.alasan_dikembalikan) == (
            row.status is StatusSKP.DRAFT and steps[row.id][-1].aksi is AksiSKP.KEMBALIKAN)
    assert null_snapshots == sum(1 for r in skps.values() if r.status not in ditetapkan_like)

    # Mixed states, every kind present; a few kualitatif plans.
    st = Counter(r.status for r in skps.values())
    assert all(st[s] >= 2 for s in StatusSKP)
    assert st[StatusSKP.DITETAPKAN] > len(skps) / 2
    assert sk.dikembalikan >= 2 and sk.revisi == st[StatusSKP.DIGANTIKAN]
    assert sum(1 for r in skps.values() if r.pendekatan is Pendekatan.KUALITATIF) >= 2
    assert any(r.jenis is JenisRHK.TAMBAHAN for r in rhks.values())
    assert any(r.ekspektasi for r in skps.values())
    assert any(r.lampiran["konsekuensi"] for r in skps.values())

    # Through the services: every SKP opens; what was submitted is complete.
    for row in list(skps.values())[::every]:
        d = get_skp(db, admin, row.id)
        assert d.status is row.status and d.isi.rhk
        missing = kelengkapan(d.isi, ada_penilai=d.penilai is not None)
        if row.status is not StatusSKP.DRAFT:
            assert missing == [], (row.id, missing)
        if row.status in ditetapkan_like:
            assert d.pegawai.nama and d.penilai is not None and d.atasan_penilai is not None
    returned = next(r for r in skps.values() if r.alasan_dikembalikan)
    assert get_skp(db, admin, returned.id).dikembalikan


def test_the_demo_plans_a_cascade_on_each_database(site_db: Database, admin: Actor) -> None:
    result = demo.make_demo(site_db, admin, pegawai=300, year=YEAR, seed=3)
    assert result.skp is not None and result.skp.pegawai == 300 - result.tidak_aktif
    assert "SKP untuk" in str(result) and "ditetapkan" in str(result)
    check_demo_skp(site_db, admin, result)
    aturan = get_aturan(site_db, admin, YEAR)
    assert aturan.skema is SkemaPeriode.TRIWULANAN
    assert aturan.batas_skp == dt.date(YEAR, 1, 31)


def test_a_larger_office_with_schools_and_plt(demo_db: Database, empty_site: tuple[Path, Actor]
                                              ) -> None:
    admin = empty_site[1]
    result = demo.make_demo(demo_db, admin, pegawai=900, year=YEAR, seed=11)
    assert result.penugasan >= 3 and result.tidak_aktif == 2
    check_demo_skp(demo_db, admin, result, every=9)
    with demo_db.read() as s:
        sebagai = Counter(s.scalars(select(Skp.penilai_sebagai)))
        vacant = s.scalars(select(UnitKerja.id).where(UnitKerja.kepala_id.is_(None))).all()
        school_head = s.scalar(select(Pegawai.id).join(UnitKerja, UnitKerja.kepala_id ==
                                                       Pegawai.id)
                               .where(UnitKerja.nama.like("SD Negeri%")))
    assert sebagai["Plt"] >= 1  # the staff of a vacant post are assessed by the Plt
    assert len(vacant) == 2
    # A school head's goals and his penilai's RHK are both offered in the editor.
    assert school_head is not None
    sid = current_skp_id(demo_db, admin, school_head, YEAR)
    assert sid is not None
    kinds = {p.jenis for p in pilihan_intervensi(demo_db, admin, sid)}
    assert kinds == {"rhk", "sasaran"}


def test_demo_skps_move_on_through_the_workflow(demo_db: Database,
                                                empty_site: tuple[Path, Actor]) -> None:
    admin = empty_site[1]
    result = demo.make_demo(demo_db, admin, pegawai=200, year=YEAR, seed=5)
    assert result.skp is not None
    with demo_db.read() as s:
        rows = s.scalars(select(Skp).order_by(Skp.id)).all()
        incomplete = [r for r in rows if r.status is StatusSKP.DRAFT and kelengkapan(
            load_isi(s, r), ada_penilai=True)]
        complete_drafts = [r for r in rows if r.status is StatusSKP.DRAFT and r not in
                           incomplete]
    diajukan = next(r for r in rows if r.status is StatusSKP.DIAJUKAN)
    done = tetapkan(demo_db, admin, diajukan.id, tempat="Kalianda", tanggal=dt.date(YEAR, 2, 3))
    assert done.status is StatusSKP.DITETAPKAN
    assert [t.aksi for t in riwayat(demo_db, admin, diajukan.id)] == [
        AksiSKP.BUAT, AksiSKP.AJUKAN, AksiSKP.TETAPKAN]

    # A draft still missing a target cannot be submitted, and says why.
    assert incomplete
    with pytest.raises(ValidationError, match="target belum diisi"):
        ajukan(demo_db, admin, incomplete[0].id)

    # A complete draft is saved again unchanged by the editor's path, then submitted.
    draft = get_skp(demo_db, admin, complete_drafts[0].id)
    saved = simpan_isi(demo_db, admin, draft.id, copy_isi(draft.isi), draft.version)
    assert ajukan(demo_db, admin, saved.id).status is StatusSKP.DIAJUKAN

    # A ditetapkan plan can be revised.
    ditetapkan = next(r for r in rows if r.status is StatusSKP.DITETAPKAN and r.revisi_ke == 0
                      and r.penilai_id is not None)
    rev = get_skp(demo_db, admin, buat_revisi(demo_db, admin, ditetapkan.id,
                                              "Perubahan target tengah tahun"))
    assert rev.status is StatusSKP.DRAFT and rev.revisi_ke == 1


def test_the_head_of_the_office_leads_the_matrix(demo_db: Database,
                                                 empty_site: tuple[Path, Actor]) -> None:
    admin = empty_site[1]
    demo.make_demo(demo_db, admin, pegawai=300, year=YEAR)
    with demo_db.read() as s:
        top_unit = s.scalar(select(UnitKerja).where(UnitKerja.parent_id.is_(None)))
        assert top_unit is not None and top_unit.kepala_id is not None
        kadis = s.get(Pegawai, top_unit.kepala_id)
    assert kadis is not None
    goals = get_sasaran_unit(demo_db, admin, top_unit.id, YEAR)
    assert goals.kepala_ditetapkan and 2 <= len(goals.sasaran) <= 4
    matrix = matriks_peran_hasil(demo_db, admin, top_unit.id, YEAR)
    sasaran_rows = [b for b in matrix.baris if b.jenis == "sasaran"]
    assert sasaran_rows and all(b.pendukung for b in sasaran_rows)
    with demo_db.read() as s:
        kadis_rhk = set(s.scalars(select(RhkRow.id).join(Skp, Skp.id == RhkRow.skp_id).where(
            Skp.pegawai_id == kadis.id, RhkRow.jenis == JenisRHK.UTAMA)))
    kadis_rows = [b for b in matrix.baris if b.jenis == "rhk" and b.id in kadis_rhk]
    assert len(kadis_rows) == len(kadis_rhk) >= 2
    assert all(b.pendukung for b in kadis_rows)  # every RHK of the head has support


def test_same_seed_same_plans(empty_site: tuple[Path, Actor], tmp_path: Path) -> None:
    def plans(seed: int, name: str) -> list[tuple[Any, ...]]:
        target = tmp_path / name
        shutil.copyfile(empty_site[0], target)
        db, _ = open_database(target)
        try:
            demo.make_demo(db, empty_site[1], pegawai=120, year=YEAR, seed=seed)
            with db.read() as s:
                out = []
                for row in s.scalars(select(Skp)):
                    nip = s.scalar(select(Pegawai.nip).where(Pegawai.id == row.pegawai_id))
                    isi = load_isi(s, row)
                    out.append((nip, row.revisi_ke, row.status, row.pendekatan,
                                tuple((r.uraian, tuple(i.target_label() for i in r.iki))
                                      for r in isi.rhk),
                                tuple(sorted(row.ekspektasi.items()))))
                return sorted(out)
        finally:
            db.dispose()

    first = plans(4, "a.sqlite")
    assert first == plans(4, "b.sqlite")
    assert first != plans(5, "c.sqlite")


def test_without_skp_only_the_office(demo_db: Database, empty_site: tuple[Path, Actor]) -> None:
    result = demo.make_demo(demo_db, empty_site[1], pegawai=150, year=YEAR, skp=False)
    assert result.skp is None and "SKP" not in str(result)
    c = counts(demo_db)
    assert all(c[m.__tablename__] == 0 for m in SKP_TABLES)
    with demo_db.read() as s:  # the heads of unit are named all the same
        assert s.scalar(select(func.count()).select_from(UnitKerja).where(
            UnitKerja.kepala_id.is_not(None))) == c["unit_kerja"] - result.tidak_aktif


def test_cancel_while_planning_leaves_nothing(demo_db: Database,
                                              empty_site: tuple[Path, Actor]) -> None:
    before = counts(demo_db)
    asked: list[int] = []

    def cancel_in_the_skp_part() -> bool:
        asked.append(1)
        # Asked before the one pegawai batch, after the Plt/Plh, then per SKP chunk.
        return len(asked) > 2

    with pytest.raises(demo.DemoCancelled):
        demo.make_demo(demo_db, empty_site[1], pegawai=300, year=YEAR,
                       should_cancel=cancel_in_the_skp_part)
    assert len(asked) == 3
    assert counts(demo_db) == before


def test_progress_runs_once_from_zero_to_the_end(demo_db: Database,
                                                 empty_site: tuple[Path, Actor],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_skp, "CHUNK", 50)
    seen: list[tuple[int, int]] = []
    demo.make_demo(demo_db, empty_site[1], pegawai=400, year=YEAR,
                   progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 400) and seen[-1] == (400, 400)
    done = [d for d, _t in seen]
    assert done == sorted(done)
    assert len({d for d in done if d > 400 * demo.PEGAWAI_SHARE}) >= 5  # the SKP chunks


def test_adding_a_second_office_keeps_the_year_rules(demo_db: Database,
                                                     empty_site: tuple[Path, Actor]) -> None:
    admin = empty_site[1]
    demo.make_demo(demo_db, admin, pegawai=60, year=YEAR)
    again = demo.make_demo(demo_db, admin, pegawai=60, year=YEAR, add=True)
    assert again.kode_unit_induk == "DEMO2" and again.skp is not None
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AturanPeriodeTahun)) == 1
        heads = s.scalars(select(Skp.penilai_luar).where(Skp.penilai_luar.is_not(None))).all()
    assert len(heads) == 2  # each Kepala Dinas is assessed from outside


def test_cli_demo_reports_skp_per_status(empty_site: tuple[Path, Actor], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KINERJA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASSPHRASE)
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(empty_site[0], first)
    shutil.copyfile(empty_site[0], second)
    assert main(["--db", str(first), "demo", "--pegawai", "80", "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    assert "SKP untuk 78 pegawai" in out  # the two heads who left have none
    assert all(word in out for word in ("ditetapkan", "diajukan", "draf", "dikembalikan"))
    assert main(["--db", str(second), "--json", "demo", "--pegawai", "80", "--tanpa-skp"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pegawai"] == 80 and data["skp"] is None
    assert main(["--db", str(first), "--json", "demo", "--pegawai", "10"]) == 1
    assert "sudah berisi" in json.loads(capsys.readouterr().out)["error"]


def test_submitted_plans_are_complete_whatever_the_seed(demo_db: Database,
                                                        empty_site: tuple[Path, Actor]) -> None:
    """Small offices from many seeds: every branch of the generator, checked for gaps."""
    admin = empty_site[1]
    for seed in range(12):
        demo.make_demo(demo_db, admin, pegawai=24, year=YEAR, seed=seed, add=seed > 0)
    with demo_db.read() as s:
        rows = s.scalars(select(Skp)).all()
        gaps = {r.id: kelengkapan(load_isi(s, r), ada_penilai=r.penilai_id is not None
                                  or r.penilai_luar is not None) for r in rows}
        jpt_tambahan = s.scalar(select(func.count()).select_from(RhkRow)
                                .join(Skp, Skp.id == RhkRow.skp_id)
                                .where(Skp.form_family == FormFamily.JPT,
                                       RhkRow.jenis == JenisRHK.TAMBAHAN))
    assert len({r.pegawai_id for r in rows if r.penilai_luar is not None}) == 12
    assert all(not gaps[r.id] for r in rows if r.status is not StatusSKP.DRAFT)
    assert any(gaps[r.id] for r in rows if r.status is StatusSKP.DRAFT)  # "kurang" drafts
    assert jpt_tambahan  # a Kepala Dinas with an RHK tambahan (JPT form: perspektif)
