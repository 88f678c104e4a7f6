"""Opening the app's database: the default place, schema check and upgrade."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import cast

from kinerja_desktop.paths import default_db_path
from kinerja_desktop.services.context import Actor
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


def restore_database(backup: Path, target: Path) -> Path:
    """Puts a backup in place of the SQLite database ``target`` (which must not be open).

    The database being replaced is kept beside it first, so nothing is lost. The
    restored database gets a new incarnation: its next package to each peer is a
    snapshot, and the peers send back what changed after the backup was taken.
    Returns where the replaced database was kept (or ``target`` when there was none).
    """
    import datetime as dt
    import os
    import sqlite3

    from kinerja_desktop.storage.errors import StorageError

    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise StorageError(f"Berkas cadangan {backup} tidak ditemukan.")
    try:
        con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            site = con.execute("SELECT code FROM site WHERE is_local").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise StorageError(f"Berkas {backup} bukan cadangan basis data Kinerja Desktop; "
                           "tidak ada yang diubah.") from None
    if not ok or ok[0] != "ok" or site is None:
        raise StorageError(f"Berkas {backup} bukan cadangan Kinerja Desktop yang utuh "
                           f"({ok[0] if ok else 'tidak terbaca'}); tidak ada yang diubah.")
    kept = target
    if target.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = backup_sqlite(target, target.with_name(f"{target.stem}.sebelum-pulih-{stamp}"
                                                      f"{target.suffix}"))
    staging = target.with_name(f".{target.name}.pulih")
    backup_sqlite(backup, staging)
    # The replaced database's journal must not be replayed into the restored one.
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staging, target)
    db, _ = open_database(target)
    try:
        _new_incarnation(db, uuid.uuid4())
    finally:
        db.dispose()
    return kept


def renew_incarnation(db: Database, actor: Actor) -> uuid.UUID:
    """For a database restored by another tool (``pg_restore``, a copied file): the same
    new incarnation ``restore_database`` gives, so the peers re-baseline with a snapshot
    instead of taking this site's next changes for replays. Admins only."""
    from kinerja_desktop.domain.errors import PermissionDenied

    if not actor.is_admin:
        raise PermissionDenied("Hanya admin yang boleh menandai basis data sebagai hasil "
                               "pemulihan.")
    incarnation = uuid.uuid4()
    _new_incarnation(db, incarnation)
    return incarnation


def _new_incarnation(db: Database, incarnation: uuid.UUID) -> None:
    """Every known peer is marked as knowing the old incarnation, so the next package
    to it is a snapshot even when the backup predates the first exchange."""
    from sqlalchemy import Table, or_, select
    from sqlalchemy import update as sql_update

    from kinerja_desktop.storage.models import Site, SyncChannel
    from kinerja_desktop.storage.upsert import upsert

    with db.write() as s:
        local = s.scalars(select(Site).where(Site.is_local.is_(True))).one()
        old = local.incarnation_id
        peers = s.scalars(select(Site.code).where(Site.is_local.is_(False), or_(
            Site.code == local.parent_code, Site.parent_code == local.code))).all()
        upsert(s, cast(Table, SyncChannel.__table__), [{
            "peer_site": code, "out_channel_seq": 0, "out_acked_through": 0,
            "out_sent_through": 0, "in_channel_seq": 0, "in_through": 0,
            "out_incarnation": old, "perlu_snapshot": False} for code in peers],
            key=["peer_site"], update=[])
        s.execute(sql_update(SyncChannel).where(SyncChannel.out_incarnation.is_(None))
                  .values(out_incarnation=old))
        local.incarnation_id = incarnation
