"""Opening databases: pragmas, refusals with clear messages, nothing changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from kinerja_desktop.services.database import open_database
from kinerja_desktop.storage.engine import Database, filesystem_type, is_network_path
from kinerja_desktop.storage.errors import DatabaseTooNew, StorageError
from kinerja_desktop.storage.migrations import current_revision, head_revision


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_pragmas_are_set_on_every_connection(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_fresh_database_is_at_head(any_db: Database) -> None:
    assert current_revision(any_db) == head_revision()


def test_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    target = tmp_path / "tidak-ada" / "kinerja.sqlite"
    with pytest.raises(StorageError, match="Folder basis data tidak ditemukan"):
        open_database(target)
    assert not target.parent.exists()


def _make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        # root ignores permission bits; the immutable flag stops even root from writing.
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        os.chmod(folder, 0o555)


def _make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    os.chmod(folder, 0o755)


def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "baca-saja"
    folder.mkdir()
    _make_read_only(folder)
    try:
        target = folder / "kinerja.sqlite"
        with pytest.raises(StorageError, match="tidak dapat ditulisi"):
            open_database(target)
        assert not target.exists()
    finally:
        _make_writable(folder)


def test_network_share_detection_reads_the_mount_table(tmp_path: Path) -> None:
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//server/share {tmp_path} cifs rw 0 0\n"
    )
    assert filesystem_type(tmp_path / "sub", mounts) == "cifs"
    assert filesystem_type(Path("/usr"), mounts) == "ext4"
    assert not is_network_path(Path("/tmp"))  # the real /tmp here is local


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kinerja.sqlite"
    db, _ = open_database(path)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_dari_masa_depan'"))
    db.dispose()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew, match="versi Kinerja Desktop yang lebih baru"):
        open_database(path)
    assert _digest(path) == before


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kinerja.sqlite"
    path.write_bytes(b"PK\x03\x04 ini bukan basis data" * 100)
    before = _digest(path)
    with pytest.raises(StorageError, match="bukan basis data"):
        open_database(path)
    assert _digest(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE gaji (nip TEXT, jumlah INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="bukan milik Kinerja Desktop"):
        open_database(path)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert tables == {"gaji"}
