"""Opening the database: SQLite pragmas, explicit transactions, units of work."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kinerja_desktop.storage.errors import StorageError, translate_operational_error

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "ncpfs", "davfs", "fuse.davfs"}
)


def filesystem_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The type of the Linux mount holding ``path`` (longest matching mount point)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(folder: Path) -> bool:
    if sys.platform == "win32":
        text = str(folder.resolve())
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = text[:3]
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
    return filesystem_type(folder) in NETWORK_FILESYSTEMS


def check_sqlite_folder(path: Path) -> None:
    """Refuses a database whose folder is missing, read-only or on a network share."""
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(f"Folder basis data tidak ditemukan: {folder}")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(f"File basis data tidak dapat ditulisi: {path}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            f"Folder basis data tidak dapat ditulisi: {folder}. "
            "Pilih folder lain atau perbaiki izinnya."
        )
    if is_network_path(folder):
        raise StorageError(
            f"Basis data tidak boleh disimpan di folder jaringan ({folder}): SQLite tidak aman "
            "di sana. Simpan di disk lokal komputer ini."
        )


class Database:
    """One database, SQLite file or server URL; hands out read and write sessions."""

    def __init__(self, url: str, *, busy_timeout_ms: int = 5000, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.where = self.url.database or "" if self.is_sqlite else self.url.render_as_string()
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            check_sqlite_folder(Path(self.url.database or ""))
        kwargs: dict[str, Any] = {"echo": echo}
        if not self.is_sqlite:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_hooks(self.engine, busy_timeout_ms)
        # Writers take the lock at BEGIN, so two writers queue instead of deadlocking.
        self.write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    @classmethod
    def sqlite(cls, path: Path | str, **kwargs: Any) -> Database:
        return cls(f"sqlite+pysqlite:///{Path(path)}", **kwargs)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.translate_errors(), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self.translate_errors(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def translate_errors(self) -> Iterator[None]:
        """Turns driver errors the user can act on (locked, disk full…) into StorageError."""
        try:
            yield
        except DBAPIError as exc:
            user_error = translate_operational_error(exc, self.where)
            if user_error is None:
                raise
            raise user_error from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _install_sqlite_hooks(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own implicit BEGIN breaks SAVEPOINT and transactional DDL;
        # the "begin" hook below issues BEGIN instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
