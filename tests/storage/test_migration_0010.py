"""Revision 0010 (natural keys unique per owning site) on a database at 0009 with a row
in every table that refers to unit_kerja: on SQLite the tables are rebuilt, and every
row, reference and foreign key must come through; a failure at any point leaves the
database as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.exc import IntegrityError

from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.errors import StorageError
from kinerja_desktop.storage.migrations import current_revision, ensure_schema
from tests.storage.test_migration_0005 import _run, fresh  # noqa: F401

NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
BERKAS = "ab" * 32
INDUK, UNIT, KEPALA, STAF, SKP, SURVEI = (uuid.UUID(int=n) for n in range(1, 7))
# Every table with a foreign key to unit_kerja (unit_kerja itself: parent_id), and the
# other tables 0010 changes.
TABLES = ("berkas", "unit_kerja", "pegawai", "sasaran_unit", "skp", "survei_skm",
          "predikat_organisasi", "rapat_evaluasi", "aturan_periode", "tunjangan_persen")


def _value(column: dict[str, Any]) -> Any:
    """A value for a NOT NULL column nobody set: what its type accepts."""
    name, kind = column["name"], column["type"]
    if name == "id" or name.endswith("_id"):
        return uuid.uuid4()
    if isinstance(kind, sa.Integer):
        return 1
    if isinstance(kind, sa.DateTime):
        return NOW
    if isinstance(kind, sa.Date):
        return NOW.date()
    if isinstance(kind, sa.JSON):
        return []
    if isinstance(kind, sa.Boolean):
        return True
    return "x"


def _insert(conn: sa.Connection, table: str, **values: Any) -> None:
    """One row with ``values``, the other NOT NULL columns filled by type (the schema as it
    is at 0009, read from the database, not from today's models)."""
    columns = sa.inspect(conn).get_columns(table)
    row = {c["name"]: values[c["name"]] if c["name"] in values else _value(c)
           for c in columns if c["name"] in values or not c["nullable"]}
    t = sa.table(table, *(sa.column(c["name"], sa.Uuid if isinstance(row[c["name"]], uuid.UUID)
                                    else c["type"]) for c in columns if c["name"] in row))
    conn.execute(t.insert(), [row])


def _fill(db: Database) -> None:
    synced = {"version": 1, "updated_at": NOW, "origin_site": "KAB-A", "deleted_at": None}
    with db.write_engine.begin() as conn:
        _insert(conn, "berkas", sha256=BERKAS, ukuran=3, data=b"png", created_at=NOW)
        _insert(conn, "unit_kerja", id=INDUK, kode="SEKR", nama="Sekretariat", **synced,
                logo_sha256=BERKAS)
        _insert(conn, "unit_kerja", id=UNIT, kode="SEKR.1", nama="Subbag Umum",
                parent_id=INDUK, **synced)
        _insert(conn, "pegawai", id=KEPALA, nip="197001011995031001", nama="Kepala",
                unit_kerja_id=INDUK, jabatan_id=None, atasan_id=None,
                jenis_pegawai="PNS", **synced)
        _insert(conn, "pegawai", id=STAF, nip="199001012015052001", nama="Staf",
                unit_kerja_id=UNIT, atasan_id=KEPALA, jabatan_id=None, jenis_pegawai="PNS",
                **synced)
        conn.execute(sa.text("UPDATE unit_kerja SET kepala_id = :k WHERE id = :u").bindparams(
            sa.bindparam("k", KEPALA, type_=sa.Uuid), sa.bindparam("u", INDUK, type_=sa.Uuid)))
        _insert(conn, "sasaran_unit", unit_kerja_id=UNIT, tahun=2026, uraian="Sasaran",
                **synced)
        _insert(conn, "skp", id=SKP, pegawai_id=STAF, unit_kerja_id=UNIT, tahun=2026,
                penilai_id=KEPALA, atasan_penilai_id=None, parent_skp_id=None,
                form_family="x", **synced)
        _insert(conn, "survei_skm", id=SURVEI, unit_kerja_id=UNIT, periode_key="2026-TW1",
                layanan="", berkas_sha256=BERKAS, **synced)
        _insert(conn, "predikat_organisasi", unit_kerja_id=UNIT, periode_key="2026-TW1",
                survei_skm_id=SURVEI, **synced)
        _insert(conn, "rapat_evaluasi", unit_kerja_id=UNIT, periode_key="2026-TW1", **synced)
        _insert(conn, "aturan_periode", tahun=2026, **synced)
        _insert(conn, "tunjangan_persen", tahun=2026, predikat="Baik", persen="100",
                **synced)


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.write_engine.connect() as conn:
        return {t: sorted(tuple(str(v) for v in r) for r in conn.execute(
            sa.text(f"SELECT * FROM {t}"))) for t in TABLES}


def _fks(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every foreign key of every table: columns, target, actions."""
    with db.write_engine.connect() as conn:
        insp = sa.inspect(conn)
        return {t: sorted((tuple(fk["constrained_columns"]), fk["referred_table"],
                           tuple(fk["referred_columns"]), str(fk.get("options")))
                          for fk in insp.get_foreign_keys(t)) for t in insp.get_table_names()}


def _uniques(db: Database, table: str) -> set[tuple[str, ...]]:
    with db.write_engine.connect() as conn:
        insp = sa.inspect(conn)
        return ({tuple(u["column_names"]) for u in insp.get_unique_constraints(table)}
                | {tuple(i["column_names"]) for i in insp.get_indexes(table) if i["unique"]})


def _fk_state(db: Database) -> tuple[list[Any], int]:
    """Dangling references and whether a connection of the app enforces foreign keys."""
    with db.engine.connect() as conn:
        return (conn.exec_driver_sql("PRAGMA foreign_key_check").all(),
                conn.exec_driver_sql("PRAGMA foreign_keys").scalar())


def _add_unit(db: Database, kode: str, origin: str) -> None:
    with db.write_engine.begin() as conn:
        _insert(conn, "unit_kerja", kode=kode, nama=f"{kode} {origin}", version=1,
                updated_at=NOW, origin_site=origin)


def test_0010_up_down_up_keeps_every_row_and_reference(fresh: Database) -> None:  # noqa: F811
    _run(fresh, "upgrade", "0009")
    _fill(fresh)
    rows, fks = _rows(fresh), _fks(fresh)
    assert _uniques(fresh, "unit_kerja") == {("kode",)}
    _run(fresh, "upgrade", "0010")
    assert _rows(fresh) == rows and _fks(fresh) == fks
    assert _uniques(fresh, "unit_kerja") == {("kode", "origin_site")}
    assert _uniques(fresh, "aturan_periode") == {("tahun", "origin_site")}
    assert _uniques(fresh, "tunjangan_persen") == {("tahun", "predikat", "origin_site")}
    if fresh.is_sqlite:
        assert _fk_state(fresh) == ([], 1)
        with fresh.write_engine.connect() as conn:
            indexes = {i["name"] for i in sa.inspect(conn).get_indexes("unit_kerja")}
            tables = set(sa.inspect(conn).get_table_names())
        assert {"ix_unit_kerja_parent_id", "ix_unit_kerja_kepala_id"} <= indexes
        assert "unit_kerja_baru" not in tables and "aturan_periode_baru" not in tables
    # Another office's "SEKR" fits now; the same office's still does not.
    _add_unit(fresh, "SEKR", "KAB-B")
    with pytest.raises(IntegrityError):
        _add_unit(fresh, "SEKR", "KAB-A")
    # Going down, the shared code cannot be unique again: refused, nothing changed.
    with pytest.raises(RuntimeError, match="SEKR"):
        _run(fresh, "downgrade", "0009")
    assert current_revision(fresh) == "0010"
    with fresh.write_engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM unit_kerja WHERE origin_site = 'KAB-B'"))
    _run(fresh, "downgrade", "0009")
    assert _rows(fresh) == rows and _fks(fresh) == fks
    assert _uniques(fresh, "unit_kerja") == {("kode",)}
    assert _uniques(fresh, "aturan_periode") == {("tahun",)}
    if fresh.is_sqlite:
        assert _fk_state(fresh) == ([], 1)
    _run(fresh, "upgrade", "head")
    assert _rows(fresh) == rows and _fks(fresh) == fks
    if fresh.is_sqlite:
        assert _fk_state(fresh) == ([], 1)


def _schema(path: Path) -> list[tuple[str, str, str | None]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT type, name, sql FROM sqlite_master"))
    finally:
        con.close()


@pytest.fixture
def at_0009(tmp_path: Path) -> Path:
    path = tmp_path / "kinerja.sqlite"
    db = Database.sqlite(path)
    try:
        _run(db, "upgrade", "0009")
        _fill(db)
    finally:
        db.dispose()
    return path


@pytest.mark.parametrize("gagal_pada", [
    "DROP TABLE \"unit_kerja\"",  # before the drop
    "ALTER TABLE unit_kerja_baru",  # after the drop, before the rename
    "CREATE INDEX ix_unit_kerja_parent_id",  # renamed, indexes not yet back
    "DROP TABLE \"aturan_periode\"",  # unit_kerja done, the next table not
])
def test_a_failure_in_the_middle_leaves_the_database_as_it_was(
        at_0009: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        gagal_pada: str) -> None:
    before = _schema(at_0009)
    db = Database.sqlite(at_0009)
    try:
        rows = _rows(db)
        real = sa.Connection.exec_driver_sql

        def failing(self: sa.Connection, statement: str, *args: Any, **kw: Any) -> Any:
            if statement.startswith(gagal_pada):
                raise RuntimeError(f"gagal buatan sebelum {statement[:40]}")
            return real(self, statement, *args, **kw)

        monkeypatch.setattr(sa.Connection, "exec_driver_sql", failing)
        with pytest.raises(RuntimeError, match="gagal buatan"):
            ensure_schema(db, tmp_path / "cadangan")
        monkeypatch.undo()
        assert current_revision(db) == "0009"
        assert _rows(db) == rows
        assert _fk_state(db) == ([], 1)
    finally:
        db.dispose()
    assert _schema(at_0009) == before


def test_a_dangling_reference_rolls_the_upgrade_back(at_0009: Path, tmp_path: Path) -> None:
    """Foreign keys are off during the upgrade; the check before COMMIT stands in for them."""
    con = sqlite3.connect(at_0009)  # a plain connection: foreign keys off
    con.execute("UPDATE pegawai SET unit_kerja_id = ? WHERE nip = '199001012015052001'",
                (uuid.UUID(int=99).hex,))
    con.commit()
    con.close()
    before = _schema(at_0009)
    db = Database.sqlite(at_0009)
    try:
        with pytest.raises(StorageError, match="rujukan antartabel tidak utuh"):
            ensure_schema(db, tmp_path / "cadangan")
        assert current_revision(db) == "0009"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    assert _schema(at_0009) == before


def test_the_rebuild_refuses_to_run_with_foreign_keys_on(at_0009: Path) -> None:
    """Run outside the app's runner (foreign keys on), dropping unit_kerja would delete its
    rows first: the migration stops before touching anything."""
    db = Database.sqlite(at_0009)
    try:
        cfg = migrations._config()
        with db.write_engine.begin() as conn, pytest.raises(RuntimeError, match="foreign_keys"):
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0010")
        assert current_revision(db) == "0009"
    finally:
        db.dispose()
