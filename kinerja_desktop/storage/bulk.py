"""Fast bulk INSERT of many plain rows (demo data, the sync outbox, a province import).

SQLAlchemy's executemany path builds a parameter dictionary per row and looks up
each value's bind processor again; for the hundreds of thousands of rows of a demo
office that bookkeeping costs more than SQLite itself. Here the processors are
taken once per column (the same ones SQLAlchemy would use, so the stored values
are identical) and the rows reach the driver's ``executemany`` as positional
tuples. Missing columns get their Python-side defaults, as Core would give them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}

#: SQLite page cache during bulk writes (the demo, a province importing packages), in
#: KiB. Random UUID keys put every insert on another page of each index; with the
#: default 2 MB cache the same pages are spilled to the WAL again and again (measured:
#: a third of the 100,000-pegawai demo).
BULK_CACHE_KIB = 256 * 1024


@contextmanager
def roomy_sqlite_cache(s: Session) -> Iterator[None]:
    """A large page cache on this session's SQLite connection while the block runs."""
    if s.get_bind().dialect.name != "sqlite":
        yield
        return
    raw = s.connection().connection.driver_connection
    assert raw is not None
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {before}")


_gc_lock = threading.Lock()
_gc_paused = 0  # blocks inside paused_gc() now, over all threads
_gc_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (other threads' blocks too).

    Reading a package makes hundreds of thousands of dicts that all stay alive until
    the end; the collector would walk them again and again for nothing (measured: a
    third of a province import). Such data holds no reference cycles, so reference
    counting still frees it; whatever cycles the block leaves are collected later.
    """
    global _gc_paused, _gc_was_enabled
    with _gc_lock:
        if _gc_paused == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_paused += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_paused -= 1
            if _gc_paused == 0 and _gc_was_enabled:
                gc.enable()


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERTs ``rows`` (dicts keyed by column key) into ``table`` in this transaction.

    A JSON column given ``None`` stores SQL NULL (not the JSON text ``null``), the way
    a row written by the services reads back.
    """
    if not rows:
        return
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for keys, group in groups.items():
        _insert_group(session, table, keys, group)


def _insert_group(session: Session, table: Table, keys: tuple[str, ...],
                  rows: list[Mapping[str, Any]]) -> None:
    conn = session.connection()
    dialect = conn.dialect
    mark = _PLACEHOLDER.get(dialect.paramstyle)
    if mark is None:  # a driver with another style: let SQLAlchemy do it
        session.execute(table.insert(), list(rows))
        return
    given = [table.c[k] for k in keys]
    defaulted = [c for c in table.columns
                 if c.key not in keys and c.default is not None
                 and (c.default.is_scalar or c.default.is_callable)]
    columns = given + defaulted
    convert = [_converter(c, dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        dialect.identifier_preparer.format_table(table),
        ", ".join(quote(c.name) for c in columns),
        ", ".join([mark] * len(columns)))
    # The values are taken in C (itemgetter); only the columns with a bind processor
    # (UUIDs, datetimes, JSON...) are converted in Python.
    take = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    head = [(i, f) for i, f in enumerate(convert[:len(keys)]) if f is not _same]
    tail = list(zip(convert[len(keys):], [_default_maker(c) for c in defaulted], strict=True))
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(take(row))
        for i, f in head:
            values[i] = f(values[i])
        for f, make in tail:
            values.append(f(make()))
        params.append(tuple(values))
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy(conn, table, columns, params)
        return
    conn.exec_driver_sql(sql, params)


def _copy(conn: Connection, table: Table, columns: list[Column[Any]],
          params: list[tuple[Any, ...]]) -> None:
    """PostgreSQL: the rows through COPY FROM STDIN, in this transaction. For a province
    merging millions of rows it is several times cheaper than an INSERT per row; the
    values are the same ones the INSERT would bind. A failure surfaces as SQLAlchemy's
    exception (an IntegrityError for a taken key), as the INSERT's would."""
    import psycopg

    prep = conn.dialect.identifier_preparer
    stmt = "COPY {} ({}) FROM STDIN".format(
        prep.format_table(table), ", ".join(prep.quote(c.name) for c in columns))
    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        with raw.cursor() as cur, cur.copy(stmt) as copy:
            for row in params:
                copy.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(stmt, None, exc, psycopg.Error) from exc


def _converter(column: Column[Any], dialect: Any) -> Callable[[Any], Any]:
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return _same
    if isinstance(column.type, JSON):
        return lambda value: None if value is None else process(value)
    return process


def _same(value: Any) -> Any:
    return value


def _default_maker(column: Column[Any]) -> Callable[[], Any]:
    default = column.default
    assert default is not None
    if default.is_scalar:
        value = default.arg  # type: ignore[attr-defined]
        return lambda: value
    fn = default.arg  # type: ignore[attr-defined]
    return lambda: fn(None)  # SQLAlchemy wraps zero-argument callables to take a context
