"""The synthetic office: valid people, a sound hierarchy, outbox rows, refusals."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.atasan import Penugasan, check_penugasan, find_atasan_cycle
from kinerja_desktop.domain.errors import PermissionDenied, UserError, ValidationError
from kinerja_desktop.domain.golongan import find_golongan
from kinerja_desktop.domain.jabatan import KategoriJabatan, check_jenjang
from kinerja_desktop.domain.nip import JenisKelamin, JenisPegawai, parse_nip
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services import demo
from kinerja_desktop.services import pegawai_excel as px
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import SYSTEM, Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.pegawai import save_pegawai
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AuditLog,
    Jabatan,
    Outbox,
    Pegawai,
    PenugasanPlt,
    UnitKerja,
)
from tests.conftest import make_site

YEAR = 2025


@pytest.fixture(scope="module")
def demo_golden(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor]:
    """An empty site, set up once (argon2 and key generation are slow)."""
    path = tmp_path_factory.mktemp("demo") / "kosong.sqlite"
    db, _ = open_database(path)
    actor = make_site(db)
    db.dispose()
    return path, actor


@pytest.fixture
def demo_db(demo_golden: tuple[Path, Actor], tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "k.sqlite"
    shutil.copyfile(demo_golden[0], target)
    db, _ = open_database(target)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def demo_admin(demo_golden: tuple[Path, Actor]) -> Actor:
    return demo_golden[1]


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Pegawai, UnitKerja, Jabatan, PenugasanPlt, Outbox, AuditLog)
        }


def check_office(db: Database, expected: int) -> None:
    """Everything the demo promises about the data it made."""
    with db.read() as s:
        people = s.execute(select(
            Pegawai.id, Pegawai.nip, Pegawai.jenis_pegawai, Pegawai.nama, Pegawai.golongan,
            Pegawai.unit_kerja_id, Pegawai.atasan_id, Pegawai.aktif, Jabatan.kategori,
            Jabatan.jenjang, Jabatan.nama.label("jabatan"),
        ).join(Jabatan, Jabatan.id == Pegawai.jabatan_id)).all()
        units = s.execute(select(UnitKerja.id, UnitKerja.kode, UnitKerja.parent_id)).all()
        penugasan = s.scalars(select(PenugasanPlt)).all()
        outbox = Counter(s.scalars(select(Outbox.entity)))
        outbox_ids = set(s.scalars(select(Outbox.entity_id)))
        jabatan_ids = set(s.scalars(select(Jabatan.id)))
    assert len(people) == expected
    ids = {p.id for p in people}

    # Valid, unique NIPs whose kind and gender digit agree with the data.
    nips = [p.nip for p in people]
    assert len(set(nips)) == expected
    female = set(demo.FEMALE_FIRST) | set(demo.FEMALE_SINGLE)
    male = set(demo.MALE_FIRST) | set(demo.MALE_SINGLE)
    for p in people:
        info = parse_nip(p.nip, p.jenis_pegawai)
        assert info.jenis is p.jenis_pegawai
        assert not info.warnings, (p.nip, info.warnings)
        assert info.tanggal_lahir.year <= YEAR - 20
        if p.jenis_pegawai is JenisPegawai.PPPK:
            assert int(p.nip[12:14]) >= 13
            assert parse_nip(p.nip).jenis is JenisPegawai.PPPK
        first = p.nama.split()[0]
        if first in female:
            assert info.jenis_kelamin is JenisKelamin.PEREMPUAN, p.nama
        elif first in male:
            assert info.jenis_kelamin is JenisKelamin.LAKI_LAKI, p.nama
        assert find_golongan(p.jenis_pegawai, p.golongan)
        check_jenjang(p.kategori, p.jenjang)

    # One head at the top; every atasan exists; no cycles.
    atasan_of = {p.id: p.atasan_id for p in people}
    assert sum(1 for p in people if p.atasan_id is None) == 1
    assert all(a in ids for a in atasan_of.values() if a is not None)
    assert find_atasan_cycle(atasan_of) is None
    top = next(p for p in people if p.atasan_id is None)
    assert (top.jabatan, top.kategori) == ("Kepala Dinas", KategoriJabatan.JPT_PRATAMA)

    # Units: a tree; every unit has people, and each unit's head reports to the head above.
    unit_ids = {u.id for u in units}
    assert all(u.parent_id in unit_ids for u in units if u.parent_id is not None)
    assert find_atasan_cycle({u.id: u.parent_id for u in units}) is None
    staff = Counter(p.unit_kerja_id for p in people)
    assert set(staff) == unit_ids
    parents = {u.parent_id for u in units}
    leaves = [u for u in units if u.id not in parents]
    assert all(staff[u.id] >= 1 for u in leaves)
    if expected >= 200:
        assert all(staff[u.id] >= 2 for u in leaves)  # a head and at least one staff member
        assert max(staff[u.id] for u in leaves) <= 45

    # Structural heads: JPT Pratama, Administrator, Pengawas all present in a full office.
    kinds = Counter(p.kategori for p in people)
    if expected >= 200:
        assert kinds[KategoriJabatan.ADMINISTRATOR] >= 4
        assert kinds[KategoriJabatan.PENGAWAS] >= 12
        assert kinds[KategoriJabatan.PELAKSANA] and kinds[KategoriJabatan.FUNGSIONAL]
        pppk = sum(1 for p in people if p.jenis_pegawai is JenisPegawai.PPPK)
        assert 0.04 * expected <= pppk <= 0.16 * expected

    # Plt/Plh: inactive heads are covered by a Plt; no overlapping ranges.
    inactive = {p.id for p in people if not p.aktif}
    plt_for = {a.digantikan_id for a in penugasan if a.jenis.value == "PLT"}
    assert inactive <= plt_for
    assert not {a.pelaksana_id for a in penugasan} & inactive  # who left acts for nobody
    if expected >= 50:
        assert len(inactive) == 2
    domain = [Penugasan(a.id, a.jenis, a.pelaksana_id, a.digantikan_id, a.mulai, a.selesai)
              for a in penugasan]
    for i, item in enumerate(domain):
        check_penugasan(item, domain[:i])
        assert item.pelaksana_id in ids and item.digantikan_id in ids

    # One outbox row per created record.
    assert outbox["pegawai"] == expected
    assert outbox["unit_kerja"] == len(units)
    assert outbox["penugasan_plt"] == len(penugasan)
    assert outbox["jabatan"] == len(jabatan_ids)
    assert ids | unit_ids | jabatan_ids <= outbox_ids


def test_demo_makes_a_sound_office(demo_db: Database, demo_admin: Actor) -> None:
    seen: list[tuple[int, int]] = []
    result = demo.make_demo(demo_db, demo_admin, pegawai=300, year=YEAR,
                            progress=lambda d, t: seen.append((d, t)))
    assert result.pegawai == 300 and result.tahun == YEAR
    assert result.unit_kerja == table_counts(demo_db)["unit_kerja"]
    assert result.penugasan >= 3 and result.tidak_aktif == 2
    assert seen[0] == (0, 300) and seen[-1] == (300, 300)
    assert "300 pegawai" in str(result)
    check_office(demo_db, 300)
    with demo_db.read() as s:
        names = set(s.scalars(select(UnitKerja.nama)))
        jabatan = set(s.scalars(select(Jabatan.nama)))
    assert any(n.startswith("Dinas Pendidikan dan Kebudayaan Kabupaten") for n in names)
    assert "Sekretariat" in names and any(n.startswith("Seksi ") for n in names)
    assert {"Kepala Dinas", "Sekretaris"} <= jabatan


def test_a_larger_office_gets_upt_and_schools(demo_db: Database, demo_admin: Actor) -> None:
    demo.make_demo(demo_db, demo_admin, pegawai=2500, year=YEAR, seed=7)
    check_office(demo_db, 2500)
    with demo_db.read() as s:
        names = list(s.scalars(select(UnitKerja.nama)))
    assert any(n.startswith("UPT Pendidikan Kecamatan") for n in names)
    assert sum(1 for n in names if n.startswith(("SD Negeri", "SMP Negeri"))) >= 60


@pytest.mark.parametrize("count", [1, 2, 3, 7, 50, 199])
def test_small_offices(demo_db: Database, demo_admin: Actor, count: int) -> None:
    assert demo.make_demo(demo_db, demo_admin, pegawai=count, year=YEAR).pegawai == count
    check_office(demo_db, count)


def test_the_same_seed_gives_the_same_office(demo_golden: tuple[Path, Actor],
                                             tmp_path: Path) -> None:
    def people(seed: int, name: str) -> list[tuple[str, str, str | None]]:
        target = tmp_path / name
        shutil.copyfile(demo_golden[0], target)
        db, _ = open_database(target)
        try:
            demo.make_demo(db, demo_golden[1], pegawai=120, year=YEAR, seed=seed)
            with db.read() as s:
                return [(r.nip, r.nama, r.golongan) for r in s.execute(
                    select(Pegawai.nip, Pegawai.nama, Pegawai.golongan).order_by(Pegawai.nip))]
        finally:
            db.dispose()

    first = people(1, "a.sqlite")
    assert first == people(1, "b.sqlite")
    assert first != people(2, "c.sqlite")


def test_demo_data_passes_the_import_checks(demo_db: Database, demo_admin: Actor,
                                            tmp_path: Path) -> None:
    demo.make_demo(demo_db, demo_admin, pegawai=400, year=YEAR)
    path = tmp_path / "demo.xlsx"
    assert px.export_pegawai(demo_db, demo_admin, path) == 400
    result = px.apply_import(demo_db, demo_admin, path, update_existing=True, dry_run=True)
    assert (result.tetap, result.dibuat, result.diperbarui) == (400, 0, 0)


def test_refuses_a_database_with_pegawai_unless_adding(demo_db: Database,
                                                       demo_admin: Actor) -> None:
    save_pegawai(demo_db, demo_admin, PegawaiInput(
        nip="197001011995031001", nama="Ahmad Fauzi", golongan="IV/c", jabatan="Kepala Dinas",
        kategori_jabatan="JPT Pratama"))
    before = table_counts(demo_db)
    with pytest.raises(UserError, match="sudah berisi 1 pegawai"):
        demo.make_demo(demo_db, demo_admin, pegawai=30)
    assert table_counts(demo_db) == before
    result = demo.make_demo(demo_db, demo_admin, pegawai=30, year=YEAR, add=True)
    assert result.kode_unit_induk == "DEMO"
    again = demo.make_demo(demo_db, demo_admin, pegawai=30, year=YEAR, add=True)
    assert again.kode_unit_induk == "DEMO2"  # the first demo tree already uses DEMO
    assert table_counts(demo_db)["pegawai"] == 61


def test_roles_site_and_arguments(demo_db: Database, demo_admin: Actor,
                                  tmp_path: Path) -> None:
    save_pegawai(demo_db, demo_admin, PegawaiInput(
        nip="199001012015052001", nama="Siti Aminah", golongan="III/b", jabatan="Pranata Komputer",
        kategori_jabatan="Fungsional", jenjang="Ahli Pertama"))
    create_account(demo_db, demo_admin, "siti", "sandi-siti-1", Role.PEGAWAI, "199001012015052001")
    with pytest.raises(PermissionDenied):
        demo.make_demo(demo_db, login(demo_db, "siti", "sandi-siti-1"), pegawai=10, add=True)
    for bad in (0, demo.MAX_PEGAWAI + 1):
        with pytest.raises(ValidationError, match="Jumlah pegawai"):
            demo.make_demo(demo_db, demo_admin, pegawai=bad, add=True)
    with pytest.raises(ValidationError, match="Tahun"):
        demo.make_demo(demo_db, demo_admin, pegawai=10, year=1900, add=True)
    bare, _ = open_database(tmp_path / "tanpa-situs.sqlite")
    try:
        with pytest.raises(UserError, match="Situs belum disiapkan"):
            demo.make_demo(bare, SYSTEM, pegawai=10)
    finally:
        bare.dispose()


def test_cancel_leaves_nothing(demo_db: Database, demo_admin: Actor) -> None:
    before = table_counts(demo_db)
    asked: list[int] = []

    def cancel_on_second_batch() -> bool:
        asked.append(1)
        return len(asked) > 2  # asked after making people, then before each batch

    with pytest.raises(demo.DemoCancelled):
        demo.make_demo(demo_db, demo_admin, pegawai=demo.BATCH + 100, year=YEAR,
                       should_cancel=cancel_on_second_batch)
    assert len(asked) == 3  # the units and the first batch were written, then rolled back
    assert table_counts(demo_db) == before


def test_default_year_is_this_year(demo_db: Database, demo_admin: Actor) -> None:
    assert demo.make_demo(demo_db, demo_admin, pegawai=5).tahun == dt.date.today().year


def test_demo_on_each_database(site_db: Database, admin: Actor) -> None:
    result = demo.make_demo(site_db, admin, pegawai=250, year=YEAR, seed=3)
    assert result.pegawai == 250
    check_office(site_db, 250)
