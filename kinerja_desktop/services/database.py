"""Opening the app's database: the default place, schema check and upgrade."""

from __future__ import annotations

from pathlib import Path

from kinerja_desktop.paths import default_db_path
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.migrations import UpgradeResult, backup_sqlite, ensure_schema


def open_database(
    path: Path | str | None = None,
    url: str | None = None,
    *,
    create_default_folder: bool = True,
    busy_timeout_ms: int = 5000,
) -> tuple[Database, UpgradeResult]:
    """Opens (creating if new) and migrates; raises a StorageError the user can read."""
    if url:
        db = Database(url, busy_timeout_ms=busy_timeout_ms)
    else:
        target = Path(path) if path else default_db_path()
        if path is None and create_default_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        db = Database.sqlite(target, busy_timeout_ms=busy_timeout_ms)
    try:
        result = ensure_schema(db)
    except BaseException:
        db.dispose()
        raise
    return db, result


def backup_database(db: Database, target: Path) -> Path:
    from kinerja_desktop.storage.errors import StorageError

    if not db.is_sqlite or not db.url.database:
        raise StorageError("Cadangan file hanya untuk basis data SQLite; gunakan pg_dump.")
    return backup_sqlite(Path(db.url.database), target)
