"""Revision 0005 (printed documents): the migrations build exactly what the models say,
and 0005 goes down and up again without touching the rows that were there."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.base import Base
from kinerja_desktop.storage.engine import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    url = (f"sqlite:///{tmp_path / 'k.sqlite'}" if request.param == "sqlite"
           else request.getfixturevalue("pg_url"))
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


def _run(db: Database, verb: str, revision: str) -> None:
    # As the app runs them: one transaction, on SQLite with foreign keys off and checked.
    migrations.run_alembic(db, verb, revision)


def test_the_migrated_schema_is_the_models(fresh: Database) -> None:
    _run(fresh, "upgrade", "head")
    with fresh.write_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_0005_down_and_up_keeps_the_units(fresh: Database) -> None:
    _run(fresh, "upgrade", "0004")
    with fresh.write_engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO unit_kerja (id, kode, nama, version, updated_at, origin_site) "
            "VALUES (:id, '1', 'Dinas', 1, CURRENT_TIMESTAMP, 'X')").bindparams(
                sa.bindparam("id", type_=sa.Uuid)), {"id": uuid.UUID(int=1)})
    _run(fresh, "upgrade", "0005")
    _run(fresh, "downgrade", "0004")
    _run(fresh, "upgrade", "head")
    with fresh.write_engine.connect() as conn:
        assert conn.execute(sa.text("SELECT nama, logo_sha256 FROM unit_kerja")).all() == [
            ("Dinas", None)]
        assert conn.execute(sa.text("SELECT COUNT(*) FROM dokumen_cetak")).scalar() == 0


def test_every_synced_model_is_listed_for_the_sync_packages() -> None:
    """A synced table missing from SYNCED_TABLES would never travel to the province."""
    from kinerja_desktop.storage.base import SyncedMixin
    from kinerja_desktop.storage.models import SYNCED_TABLES

    synced = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers
              if issubclass(m.class_, SyncedMixin)}
    assert synced == SYNCED_TABLES
