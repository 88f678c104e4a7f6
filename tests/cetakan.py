"""Set-up shared between tests ("cetakan", the mould): a set-up step that many tests
repeat on the same starting state (make a site, log in, enrol two sites, build an office's
data) runs for real once per test session, on scratch copies of its input databases;
every later test gets a copy of the resulting databases (a file copy on SQLite,
``CREATE DATABASE … TEMPLATE`` on PostgreSQL) and the step's return value, rebound to the
test's own ``Database`` objects.

The state of a database is known only while it is exactly what a template holds: on
SQLite the file is byte for byte the template and its write-ahead log is empty; on
PostgreSQL every table has the same row count and newest ``xmin`` and every sequence the
same value. Anything else (a test wrote to it, it was not made from a template) and the
step simply runs on the test's databases, as it always did. A cached result is handed out
once per test: two sites made with the same arguments in one test still get their own
keys and incarnations, as two real installations would.

Steps must depend only on their input databases and on their key (the arguments), and
must not write outside the databases: the copies have to be what running the step
would have produced.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid
import weakref
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import event, text

from kinerja_desktop.storage.engine import Database

T = TypeVar("T")
P = ParamSpec("P")

SQLITE, POSTGRESQL = "sqlite", "postgresql"


@dataclasses.dataclass(frozen=True)
class _Templat:
    kind: str  # SQLITE | POSTGRESQL
    where: str  # SQLite: the file; PostgreSQL: the database name
    sidik: tuple[tuple[Any, ...], ...] | None  # PostgreSQL: what _pg_sidik() said


@dataclasses.dataclass(frozen=True)
class _Hasil:
    keadaan: tuple[Hashable, ...]  # the state of each output database
    scratch: tuple[Database, ...]  # the (disposed) databases ``nilai`` refers to
    nilai: Any


_KEADAAN: dict[Hashable, _Templat] = {}  # state -> its template
_HASIL: dict[Hashable, _Hasil] = {}  # (input states, step key) -> result
_DB: weakref.WeakKeyDictionary[Database, Hashable] = weakref.WeakKeyDictionary()
_DIPAKAI: dict[str, set[Hashable]] = {}  # results handed out in the running test
_PG_DIBUAT: list[tuple[str, str]] = []  # (maintenance DSN, database) to drop at the end
_FOLDER: list[Path] = []  # where SQLite scratch files go
# PostgreSQL databases of the fixtures are made when first connected: a chain of steps
# (site, login, enrolment, data) then costs one CREATE DATABASE instead of one each.
_TUNDA: weakref.WeakKeyDictionary[Database, _Templat] = weakref.WeakKeyDictionary()
_MALAS: weakref.WeakSet[Database] = weakref.WeakSet()
_KUNCI = threading.Lock()


def _akar(kind: str) -> Hashable:
    return ("akar", kind)


def _kind(db: Database) -> str:
    return SQLITE if db.is_sqlite else POSTGRESQL


def daftar_akar_sqlite(path: Path, folder: Path) -> None:
    """Registers the session's migrated, empty SQLite template; scratch files go into
    ``folder``."""
    _KEADAAN[_akar(SQLITE)] = _Templat(SQLITE, str(path), None)
    _FOLDER[:] = [folder]


def daftar_akar_pg(url: str) -> None:
    """Registers the session's migrated, empty PostgreSQL template (no one connected)."""
    db = Database(url)
    try:
        sidik = _pg_sidik(db)
    finally:
        db.dispose()
    assert db.url.database
    _KEADAAN[_akar(POSTGRESQL)] = _Templat(POSTGRESQL, db.url.database, sidik)


def tandai_kosong(db: Database) -> None:
    """``db`` is a fresh copy of the migrated, empty template of its kind."""
    _DB[db] = _akar(_kind(db))


def pg_kosong(url: str) -> Database:
    """A database at ``url`` (which must not exist yet) that becomes a copy of the
    migrated, empty PostgreSQL template when first connected. Code that reaches it without
    its engine (a subprocess, pg_dump) must call ``wujudkan(db)`` first."""
    db = Database(url)
    _MALAS.add(db)
    event.listen(db.engine, "do_connect", _saat_sambung(weakref.ref(db)))
    _DB[db] = _akar(POSTGRESQL)
    _TUNDA[db] = _KEADAAN[_akar(POSTGRESQL)]
    return db


def _saat_sambung(ref: weakref.ref[Database]) -> Callable[..., None]:
    def handler(*_args: Any) -> None:
        db = ref()
        if db is not None:
            wujudkan(db)
    return handler


def wujudkan(db: Database) -> None:
    """Creates ``db`` now if it is still waiting for its first connection."""
    if db not in _TUNDA:
        return
    import psycopg

    with _KUNCI:  # another thread connecting meanwhile waits here until it exists
        t = _TUNDA.get(db)
        if t is None:
            return
        with psycopg.connect(_maintenance_dsn(db), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db.url.database}"')
            conn.execute(f'CREATE DATABASE "{db.url.database}" TEMPLATE "{t.where}"')
        del _TUNDA[db]


def bersihkan() -> None:
    """Drops the PostgreSQL templates made in this process (at the end of the session)."""
    import psycopg

    while _PG_DIBUAT:
        dsn, name = _PG_DIBUAT.pop()
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _KEADAAN.clear()
    _HASIL.clear()


# --- comparing a database with a template ----------------------------------------------------


def _pg_sidik(db: Database) -> tuple[tuple[Any, ...], ...]:
    """Row count and newest row version (xmin) of every table, every sequence's value:
    any committed write changes one of them."""
    with db.engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
        )).scalars().all()
        parts = [f"SELECT '{t}', count(*), coalesce(max(xmin::text::bigint), 0) FROM \"{t}\""
                 for t in tables]
        parts.append("SELECT 'seq:' || sequencename, coalesce(last_value, -1), 0 "
                     "FROM pg_sequences WHERE schemaname = 'public'")
        rows = conn.execute(text(" UNION ALL ".join(parts))).all()
    return tuple(sorted(tuple(r) for r in rows))


def _sqlite_path(db: Database) -> Path:
    assert db.url.database
    return Path(db.url.database)


def _sama(db: Database, t: _Templat) -> bool:
    if t.kind != _kind(db):
        return False
    if t.kind == POSTGRESQL:
        return _pg_sidik(db) == t.sidik
    if db.url.database in (None, "", ":memory:"):
        return False
    path = _sqlite_path(db)
    wal = path.with_name(path.name + "-wal")
    if not path.is_file() or (wal.exists() and wal.stat().st_size):
        return False
    return path.read_bytes() == Path(t.where).read_bytes()


def _keadaan(db: Database) -> Hashable | None:
    """The known state ``db`` is in, or None."""
    if db in _TUNDA:
        return _DB[db]
    key = _DB.get(db, _akar(_kind(db)))
    t = _KEADAAN.get(key)
    if t is not None and _sama(db, t):
        return key
    _DB.pop(db, None)
    return None


# --- copying ------------------------------------------------------------------------------


def _maintenance_dsn(db: Database) -> str:
    return db.url.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)


def _salin(t: _Templat, like: Database) -> Database:
    """A new scratch database holding template ``t``."""
    if t.kind == SQLITE:
        folder = Path(tempfile.mkdtemp(prefix="langkah-", dir=_FOLDER[0] if _FOLDER else None))
        path = folder / "kinerja.sqlite"
        shutil.copyfile(t.where, path)
        return Database.sqlite(path)
    import psycopg

    name = f"tmpl_{uuid.uuid4().hex[:16]}"
    dsn = _maintenance_dsn(like)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{t.where}"')
    _PG_DIBUAT.append((dsn, name))
    return Database(like.url.set(database=name).render_as_string(hide_password=False))


def _jadikan_templat(db: Database) -> _Templat:
    """Closes scratch database ``db`` for good: from now on it is a template."""
    if not db.is_sqlite:
        sidik = _pg_sidik(db)
        db.dispose()
        assert db.url.database
        return _Templat(POSTGRESQL, db.url.database, sidik)
    db.dispose()
    path = _sqlite_path(db)
    conn = sqlite3.connect(path)  # folds the write-ahead log into the file
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            assert not extra.stat().st_size or suffix == "-shm", extra
            extra.unlink()
    return _Templat(SQLITE, str(path), None)


def _pasang(db: Database, t: _Templat) -> None:
    """Puts template ``t`` in place of what ``db`` holds (the Database object stays)."""
    db.dispose()
    if t.kind == SQLITE:
        path = _sqlite_path(db)
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(t.where, path)
        return
    _TUNDA[db] = t
    if db not in _MALAS:
        wujudkan(db)


# --- rebinding a result to the test's databases -----------------------------------------------

_DAUN = (str, bytes, int, float, bool, type(None), uuid.UUID, dt.date, dt.time, dt.timedelta,
         Decimal, Enum, Path)


def _ikat(value: Any, dbs: dict[int, Database]) -> Any:
    """A copy of ``value`` with the scratch databases replaced by the test's; mutable
    containers and dataclasses are always copied, so no test sees another's changes."""
    if isinstance(value, Database):
        return dbs.get(id(value), value)
    if isinstance(value, _DAUN):
        return value
    if isinstance(value, list):
        return [_ikat(x, dbs) for x in value]
    if isinstance(value, dict):
        return type(value)((k, _ikat(x, dbs)) for k, x in value.items())
    if isinstance(value, (set, frozenset)):
        return type(value)(_ikat(x, dbs) for x in value)
    if isinstance(value, tuple):
        items = [_ikat(x, dbs) for x in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        if hasattr(value, "_fields"):  # a named tuple
            return type(value)(*items)
        return tuple(items)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _ikat(getattr(value, f.name), dbs) for f in dataclasses.fields(value)}
        if (type(value).__dataclass_params__.frozen  # type: ignore[attr-defined]
                and all(x is getattr(value, k) for k, x in fields.items())):
            return value
        out = copy.copy(value)
        for k, x in fields.items():
            object.__setattr__(out, k, x)
        return out
    return value


# --- the step ----------------------------------------------------------------------------------


def _dipakai() -> set[Hashable]:
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
    if test not in _DIPAKAI:
        _DIPAKAI.clear()
        _DIPAKAI[test] = set()
    return _DIPAKAI[test]


def langkah(dbs: Sequence[Database], kunci: Hashable,
            fn: Callable[[tuple[Database, ...]], T]) -> T:
    """``fn(dbs)``, or the same outcome copied from a template (see the module's doc).

    ``kunci`` names the step and every argument it depends on besides the databases."""
    dbs = tuple(dbs)
    masuk = tuple(_keadaan(db) for db in dbs)
    key = (masuk, kunci)
    dipakai = _dipakai()
    if None in masuk or key in dipakai:
        for db in dbs:
            _DB.pop(db, None)
        return fn(dbs)
    hasil = _HASIL.get(key)
    if hasil is None:
        scratch = tuple(_salin(_KEADAAN[k], db) for k, db in zip(masuk, dbs, strict=True))
        try:
            nilai = fn(scratch)
        except Exception:
            for s in scratch:
                s.dispose()
            for db in dbs:
                _DB.pop(db, None)
            return fn(dbs)  # the error as the test's own databases give it
        keadaan = []
        for i, s in enumerate(scratch):
            _KEADAAN[(key, i)] = _jadikan_templat(s)
            keadaan.append((key, i))
        hasil = _HASIL[key] = _Hasil(tuple(keadaan), scratch, nilai)
    dipakai.add(key)
    for db, k in zip(dbs, hasil.keadaan, strict=True):
        _pasang(db, _KEADAAN[k])
        _DB[db] = k
    return _ikat(hasil.nilai, {id(s): db for s, db in zip(hasil.scratch, dbs, strict=True)})  # type: ignore[no-any-return]


class _TakBisa(Exception):
    """An argument that cannot be part of a key."""


def _kunci(value: Any, dbs: list[Database]) -> Hashable:
    """``value`` as a key, each Database replaced by its position in ``dbs``."""
    if isinstance(value, Database):
        for i, db in enumerate(dbs):
            if db is value:
                return ("db", i)
        dbs.append(value)
        return ("db", len(dbs) - 1)
    if isinstance(value, _DAUN):
        return (type(value).__qualname__, value)
    if isinstance(value, (list, tuple)):
        return (type(value).__qualname__, tuple(_kunci(x, dbs) for x in value))
    if isinstance(value, dict):
        return ("dict", tuple((_kunci(k, dbs), _kunci(x, dbs)) for k, x in value.items()))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(_kunci(x, dbs) for x in value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__module__, type(value).__qualname__,
                tuple(_kunci(getattr(value, f.name), dbs) for f in dataclasses.fields(value)))
    raise _TakBisa(type(value))


def bersama(fn: Callable[P, T]) -> Callable[P, T]:
    """Makes set-up function ``fn`` a step (see ``langkah``) on the databases among its
    arguments (also inside dataclasses, lists and dicts), keyed by the other arguments:
    plain values, enums, UUIDs, dates, paths and dataclasses of them. ``fn`` must not
    change its arguments in place: callers get its return value only."""
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        dbs: list[Database] = []
        try:
            key = (fn.__module__, fn.__qualname__, _kunci((args, kwargs), dbs))
        except _TakBisa:
            return fn(*args, **kwargs)
        if not dbs:
            return fn(*args, **kwargs)

        def run(scratch: tuple[Database, ...]) -> T:
            a, kw = _ikat((args, kwargs), {id(d): x for d, x in zip(dbs, scratch, strict=True)})
            return fn(*a, **kw)

        return langkah(dbs, key, run)

    return wrapper
