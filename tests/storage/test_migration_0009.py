"""Revision 0009 adds the table of conflicts children report, and takes it away going down."""

from __future__ import annotations

import sqlalchemy as sa

from kinerja_desktop.storage.engine import Database
from tests.storage.test_migration_0005 import _run, fresh  # noqa: F401


def _tables(db: Database) -> set[str]:
    with db.write_engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_0009_adds_the_reported_conflicts_and_down_removes_them(
        fresh: Database) -> None:  # noqa: F811
    _run(fresh, "upgrade", "0008")
    assert "sync_konflik_laporan" not in _tables(fresh)
    _run(fresh, "upgrade", "0009")
    assert "sync_konflik_laporan" in _tables(fresh)
    with fresh.write_engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO sync_konflik_laporan (kanal, situs, peer_site, entity, entity_id, "
            "dasar, pemenang, situs_menang, situs_kalah, versi_menang, versi_kalah, "
            "data_kalah, at) VALUES ('K', 'K', 'P', 'pegawai', "
            "'00000000000000000000000000000005', 'versi', 'lokal', 'K', 'P', 3, 2, '{}', "
            "'2026-11-26 08:00:00.000000')"))
    _run(fresh, "downgrade", "0008")
    assert "sync_konflik_laporan" not in _tables(fresh)
    _run(fresh, "upgrade", "0009")
    assert "sync_konflik_laporan" in _tables(fresh)
