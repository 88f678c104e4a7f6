"""Alembic environment. The app runs migrations through storage/migrations.py,
which hands over an open connection inside its own transaction; the plain
``alembic`` command (developers) gets a URL from alembic.ini or KINERJA_DB_URL."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from kinerja_desktop.storage import models  # noqa: F401  (registers the tables)
from kinerja_desktop.storage.base import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        transactional_ddl=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        context.run_migrations()
        return
    url = os.environ.get("KINERJA_DB_URL") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url or "sqlite:///kinerja-dev.sqlite")
    # A plain engine: SQLite foreign keys stay off (as table rebuilds need), so they are
    # checked here before the commit, as storage/migrations.py does for the app.
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()
        if conn.dialect.name == "sqlite":
            dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if dangling:
                raise RuntimeError(f"foreign key violations after migrating: {dangling[:5]}")


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      render_as_batch=True, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
