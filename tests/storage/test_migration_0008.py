"""Revision 0008 drops the indexes a longer index covers, and puts them back going down."""

from __future__ import annotations

import sqlalchemy as sa

from kinerja_desktop.storage.engine import Database
from tests.storage.test_migration_0005 import _run, fresh  # noqa: F401


def _indexes(db: Database, table: str) -> set[str]:
    with db.write_engine.connect() as conn:
        return {str(i["name"]) for i in sa.inspect(conn).get_indexes(table)}


def test_0008_drops_the_covered_indexes_and_down_restores_them(
        fresh: Database) -> None:  # noqa: F811
    _run(fresh, "upgrade", "0007")
    assert {"ix_realisasi_iki_evaluasi_id", "uq_realisasi_iki_evaluasi_iki"} <= _indexes(
        fresh, "realisasi_iki")
    assert "ix_skp_pegawai_id" in _indexes(fresh, "skp")
    _run(fresh, "upgrade", "0008")
    left = _indexes(fresh, "realisasi_iki")
    assert "ix_realisasi_iki_evaluasi_id" not in left
    assert "uq_realisasi_iki_evaluasi_iki" in left  # the one that covers it stays
    assert "ix_skp_pegawai_id" not in _indexes(fresh, "skp")
    _run(fresh, "downgrade", "0007")
    assert "ix_realisasi_iki_evaluasi_id" in _indexes(fresh, "realisasi_iki")
    assert "ix_skp_pegawai_id" in _indexes(fresh, "skp")
