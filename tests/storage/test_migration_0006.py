"""Revision 0006 (sync state) goes down and up again and keeps the outbox."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from kinerja_desktop.storage.engine import Database
from tests.storage.test_migration_0005 import _run, fresh  # noqa: F401


def test_0006_down_and_up_keeps_the_outbox(fresh: Database) -> None:  # noqa: F811
    _run(fresh, "upgrade", "0005")
    with fresh.write_engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO outbox (entity, entity_id, version, op, payload, created_at) "
            "VALUES ('pegawai', :id, 1, 'upsert', '{}', CURRENT_TIMESTAMP)").bindparams(
                sa.bindparam("id", type_=sa.Uuid)), {"id": uuid.UUID(int=7)})
    _run(fresh, "upgrade", "0006")
    with fresh.write_engine.connect() as conn:
        assert conn.execute(sa.text("SELECT seq, source_site FROM outbox")).all() == [
            (1, None)]
        assert conn.execute(sa.text("SELECT COUNT(*) FROM sync_channel")).scalar() == 0
    _run(fresh, "downgrade", "0005")
    _run(fresh, "upgrade", "head")
    with fresh.write_engine.connect() as conn:
        assert conn.execute(sa.text("SELECT entity FROM outbox")).scalars().all() == [
            "pegawai"]
