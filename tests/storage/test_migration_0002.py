"""Revision 0002 (SKP planning) on a database that was created at 0001 and holds data.

The database is built with the shipped 0001 migration, filled with plain SQL
(the ORM models already describe 0002), then opened the way the app opens it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.sasaran_unit import get_sasaran_unit, set_kepala_unit
from kinerja_desktop.services.skp import buat_skp, get_skp
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.migrations import current_revision

NOW = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
SITE, UNIT, SUB, KEPALA, STAF = (uuid.UUID(int=n) for n in range(1, 6))
ADMIN = Actor(None, "admin", Role.ADMIN, None)


def _synced() -> tuple[sa.ColumnClause[object], ...]:
    """The columns every synced row carries (a fresh set per table)."""
    return (sa.column("id", sa.Uuid), sa.column("version", sa.Integer),
            sa.column("updated_at", sa.DateTime(timezone=True)),
            sa.column("origin_site", sa.String))


SITE_T = sa.table("site", sa.column("id", sa.Uuid), sa.column("code", sa.String),
                  sa.column("name", sa.String), sa.column("role", sa.String),
                  sa.column("is_local", sa.Boolean), sa.column("incarnation_id", sa.Uuid),
                  sa.column("created_at", sa.DateTime(timezone=True)))
UNIT_T = sa.table("unit_kerja", sa.column("kode", sa.String), sa.column("nama", sa.String),
                  sa.column("parent_id", sa.Uuid), *_synced())
PEGAWAI_T = sa.table("pegawai", sa.column("nip", sa.String), sa.column("jenis_pegawai", sa.String),
                     sa.column("nama", sa.String), sa.column("golongan", sa.String),
                     sa.column("unit_kerja_id", sa.Uuid), sa.column("atasan_id", sa.Uuid),
                     sa.column("aktif", sa.Boolean), *_synced())


def _at_0001(db: Database) -> None:
    """Schema 0001 as shipped, then one office with two units and two pegawai."""
    migrations.run_alembic(db, "upgrade", "0001")
    synced = {"version": 1, "updated_at": NOW, "origin_site": "LAMA01"}
    with db.write_engine.begin() as conn:
        conn.execute(SITE_T.insert(), [{
            "id": SITE, "code": "LAMA01", "name": "Kantor Lama", "role": "office",
            "is_local": True, "incarnation_id": uuid.UUID(int=99), "created_at": NOW}])
        conn.execute(UNIT_T.insert(), [
            {"id": UNIT, "kode": "1", "nama": "Dinas Lama", "parent_id": None, **synced},
            {"id": SUB, "kode": "1.1", "nama": "Bidang Lama", "parent_id": UNIT, **synced}])
        conn.execute(PEGAWAI_T.insert(), [
            {"id": KEPALA, "nip": "197001011995031001", "jenis_pegawai": "PNS",
             "nama": "Ahmad Lama", "golongan": "IV/c", "unit_kerja_id": UNIT, "atasan_id": None,
             "aktif": True, **synced},
            {"id": STAF, "nip": "199001012015052001", "jenis_pegawai": "PNS",
             "nama": "Siti Lama", "golongan": "III/b", "unit_kerja_id": SUB,
             "atasan_id": KEPALA, "aktif": True, **synced}])


@pytest.fixture(params=["sqlite", "postgresql"])
def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a 0001 database with data lives: a SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        path = tmp_path / "lama" / "kinerja.sqlite"
        path.parent.mkdir()
        target = str(path)
        db = Database.sqlite(path)
    else:
        target = request.getfixturevalue("pg_url")
        db = Database(target)
    try:
        _at_0001(db)
        assert current_revision(db) == "0001"
    finally:
        db.dispose()
    yield target


def _open(target: str) -> tuple[Database, migrations.UpgradeResult]:
    if target.startswith("postgresql"):
        return open_database(url=target)
    return open_database(Path(target))


def test_upgrade_keeps_the_data_and_the_head_of_unit_works(old_db: str) -> None:
    db, result = _open(old_db)
    try:
        head = migrations.head_revision()
        assert head >= "0002"  # this upgrade runs through 0002 to whatever is newest
        assert (result.from_revision, result.to_revision) == ("0001", head)
        assert current_revision(db) == head
        if db.is_sqlite:
            assert result.backup is not None and result.backup.parent.name == "cadangan"
        else:
            assert result.backup is None  # PostgreSQL: pg_dump is the operator's job
        with db.read() as s:
            names = sorted(s.execute(sa.text("SELECT nama FROM pegawai")).scalars())
            units = sorted(s.execute(sa.text("SELECT kode FROM unit_kerja")).scalars())
            heads = s.execute(sa.text("SELECT kepala_id FROM unit_kerja")).scalars().all()
            tables = set(sa.inspect(s.connection()).get_table_names())
        assert names == ["Ahmad Lama", "Siti Lama"] and units == ["1", "1.1"]
        assert heads == [None, None]
        assert {"skp", "rhk", "iki", "skp_transisi", "sasaran_unit",
                "aturan_periode"} <= tables
        # the new column holds a head; the hierarchy guess works before that
        assert get_sasaran_unit(db, ADMIN, UNIT, 2025).kepala_id == KEPALA
        set_kepala_unit(db, ADMIN, SUB, STAF)
        dto = get_sasaran_unit(db, ADMIN, SUB, 2025)
        assert (dto.kepala_id, dto.kepala_nama, dto.kepala_ditetapkan) == (STAF, "Siti Lama",
                                                                           True)
        # with foreign keys on, a head that does not exist is refused
        stranger = sa.bindparam("k", uuid.uuid4(), type_=sa.Uuid)
        with pytest.raises(IntegrityError), db.write() as s:
            s.execute(sa.text("UPDATE unit_kerja SET kepala_id = :k WHERE kode = '1'")
                      .bindparams(stranger))
        with db.read() as s:
            assert s.execute(sa.text("SELECT kepala_id FROM unit_kerja WHERE kode = '1'")
                             ).scalar() is None
        # the old pegawai get SKPs in the new tables
        sid = buat_skp(db, ADMIN, STAF, 2025, today=dt.date(2025, 1, 10))
        d = get_skp(db, ADMIN, sid)
        assert d.penilai is not None and d.penilai.pegawai_id == KEPALA
        assert d.is_kepala_unit
        if db.is_sqlite:
            with db.read() as s:
                assert s.execute(sa.text("PRAGMA foreign_key_check")).all() == []
                assert s.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()
    if result.backup is not None:
        backup = sqlite3.connect(result.backup)
        try:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
                "0001",)
            assert backup.execute("SELECT count(*) FROM pegawai").fetchone() == (2,)
            columns = {r[1] for r in backup.execute("PRAGMA table_info(unit_kerja)")}
            assert "kepala_id" not in columns
        finally:
            backup.close()
    # opening again changes nothing
    db, again = _open(old_db)
    try:
        head = migrations.head_revision()
        assert (again.from_revision, again.to_revision, again.backup) == (head, head, None)
    finally:
        db.dispose()


def test_downgrade_to_0001_drops_the_planning_tables_and_keeps_units(old_db: str) -> None:
    db, _ = _open(old_db)
    try:
        set_kepala_unit(db, ADMIN, UNIT, KEPALA)
        migrations.run_alembic(db, "downgrade", "0001")
        assert current_revision(db) == "0001"
        with db.read() as s:
            inspector = sa.inspect(s.connection())
            assert "skp" not in inspector.get_table_names()
            assert "kepala_id" not in {c["name"] for c in inspector.get_columns("unit_kerja")}
            assert sorted(s.execute(sa.text("SELECT kode FROM unit_kerja")).scalars()) == [
                "1", "1.1"]
    finally:
        db.dispose()
