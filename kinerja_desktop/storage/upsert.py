"""The one upsert helper: insert rows, or update them when the key exists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    key: Sequence[str],
    update: Sequence[str] | None = None,
) -> None:
    """Writes ``rows`` in one statement per dialect; ``update`` defaults to every non-key
    column, and an empty ``update`` keeps the existing rows as they are."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    cols = update if update is not None else [c for c in rows[0] if c not in key]
    if dialect == "sqlite":
        stmt_s = sqlite.insert(table)
        stmt_s = stmt_s.on_conflict_do_update(
            index_elements=list(key), set_={c: stmt_s.excluded[c] for c in cols}
        ) if cols else stmt_s.on_conflict_do_nothing(index_elements=list(key))
        session.execute(stmt_s, list(rows))
    elif dialect == "postgresql":
        stmt_p = postgresql.insert(table)
        stmt_p = stmt_p.on_conflict_do_update(
            index_elements=list(key), set_={c: stmt_p.excluded[c] for c in cols}
        ) if cols else stmt_p.on_conflict_do_nothing(index_elements=list(key))
        session.execute(stmt_p, list(rows))
    else:  # pragma: no cover - only the two dialects above are supported
        raise RuntimeError(f"upsert: dialek {dialect} tidak didukung")
