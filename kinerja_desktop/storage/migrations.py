"""Bringing a database to the code's schema at start-up (ARCHITECTURE §3).

An existing SQLite database is backed up before it is upgraded; a database
written by a newer version is refused; the whole upgrade runs in one
transaction, so a failure leaves the database as it was. On SQLite that transaction
runs with foreign keys off, as SQLite's procedure for rebuilding a table requires, and
the foreign keys are checked before it commits.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.errors import DatabaseTooNew, StorageError


def alembic_dir() -> Path:
    """alembic/ beside the package in a checkout; bundled copy in a frozen build."""
    here = Path(__file__).resolve().parents[2] / "alembic"
    if (here / "env.py").is_file():
        return here
    bundled = Path(str(resources.files("kinerja_desktop"))) / "_alembic"
    if (bundled / "env.py").is_file():
        return bundled
    raise StorageError("Berkas migrasi basis data (alembic) tidak ditemukan dalam instalasi.")


def _config(location: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", location or str(alembic_dir()))
    return cfg


def _revisions() -> tuple[str, frozenset[str]]:
    """The head and every revision of the migrations in ``alembic_dir()``."""
    return _revisions_in(str(alembic_dir()))


@lru_cache(maxsize=4)
def _revisions_in(location: str) -> tuple[str, frozenset[str]]:
    # Read once per process and folder: parsing the scripts costs about 25 ms, which
    # every CLI command and every database opened would pay again.
    script = ScriptDirectory.from_config(_config(location))
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(r.revision for r in script.walk_revisions())


def head_revision() -> str:
    return _revisions()[0]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def backup_sqlite(db_path: Path, target: Path) -> Path:
    """Copies a live SQLite database with the backup API and checks the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()
    finally:
        dst.close()
        src.close()
    if not ok or ok[0] != "ok":
        target.unlink(missing_ok=True)
        raise StorageError(f"Salinan cadangan {target} rusak ({ok}); pembaruan dibatalkan.")
    return target


def ensure_schema(db: Database, backup_dir: Path | None = None) -> UpgradeResult:
    """Creates or upgrades the schema; refuses a newer or foreign database."""
    with db.translate_errors():
        return _ensure_schema(db, backup_dir)


def _ensure_schema(db: Database, backup_dir: Path | None) -> UpgradeResult:
    head, known = _revisions()
    current = current_revision(db)
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"Basis data {db.where} dibuat oleh versi Kinerja Desktop yang lebih baru "
            f"(revisi skema {current}). Perbarui aplikasi ini; basis data tidak diubah."
        )
    if current == head:
        return UpgradeResult(current, head, None)
    if current is None:
        with db.engine.connect() as conn:
            foreign = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        if foreign:
            raise StorageError(
                f"Basis data {db.where} berisi tabel lain dan bukan milik Kinerja Desktop; "
                "tidak diubah."
            )
    backup: Path | None = None
    if current is not None and db.is_sqlite and db.url.database:
        db_path = Path(db.url.database)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or db_path.parent / "cadangan"
        backup = backup_sqlite(db_path, folder / f"{db_path.stem}-sebelum-{head}-{stamp}.sqlite")
    run_alembic(db, "upgrade", "head")
    return UpgradeResult(current, head, backup)


def run_alembic(db: Database, verb: str, revision: str) -> None:
    """``alembic upgrade|downgrade revision`` in one transaction (see migration_connection)."""
    cfg = _config()
    with migration_connection(db) as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, revision)


@contextmanager
def migration_connection(db: Database) -> Iterator[Connection]:
    """A connection inside one write transaction, for migrations.

    On SQLite, foreign keys are off for the transaction: a table constraint only changes
    by rebuilding the table, and with foreign keys on, dropping a table other tables refer
    to first deletes its rows (refused, or ON DELETE actions run). The pragma is a no-op
    inside a transaction, so it is set before BEGIN, and ``PRAGMA foreign_key_check``
    stands in for the enforcement before COMMIT: a dangling reference rolls the whole
    migration back. The connection goes back to the pool with foreign keys on, or is
    discarded.
    """
    with db.write_engine.connect() as conn:
        if not db.is_sqlite:
            with conn.begin():
                yield conn
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        restored = False
        try:
            raw.execute("PRAGMA foreign_keys = OFF")  # no transaction is open yet
            if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
                raise StorageError("Pemeriksaan foreign key SQLite tidak dapat dimatikan untuk "
                                   "pembaruan skema; basis data tidak diubah.")
            with conn.begin():
                yield conn
                dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if dangling:
                    shown = "; ".join(f"{t} baris {rowid} → {parent}"
                                      for t, rowid, parent, _fk in dangling[:5])
                    raise StorageError(
                        f"Pembaruan skema {db.where} dibatalkan: {len(dangling)} rujukan "
                        f"antartabel tidak utuh ({shown}). Basis data tidak diubah.")
        finally:
            try:
                raw.execute("PRAGMA foreign_keys = ON")
                restored = raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            except sqlite3.Error:
                pass
            if not restored:
                # This connection must not serve the app with foreign keys off: a new
                # one gets them from the engine's connect hook.
                conn.invalidate()
