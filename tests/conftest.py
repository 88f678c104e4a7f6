"""Shared test set-up: offscreen Qt, and real databases (SQLite file, PostgreSQL server).

Tests that take ``any_db``/``site_db`` run twice: on a SQLite file and on the
PostgreSQL server that ``run.sh test`` starts (KINERJA_TEST_PG_URL). Without
that server the PostgreSQL half is skipped locally, but fails under CI.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.services.auth import login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.site import init_site
from kinerja_desktop.storage.engine import Database
from tests import cetakan

ADMIN_PASSWORD = "admin-rahasia-1"
PASSPHRASE = "frasa-sandi-kunci"
PG_ENV = "KINERJA_TEST_PG_URL"


def _pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: .ci/run must start PostgreSQL for these tests")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} unset); `./run.sh test` starts one")
    return url


@pytest.fixture(autouse=True, scope="session")
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keeps logs, settings and default databases of the tests out of the real home."""
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "XDG_STATE_HOME",
                                            "XDG_CONFIG_HOME", "KINERJA_DB")}
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.pop("KINERJA_DB", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(_pg_base_url())
    name = f"t_{uuid.uuid4().hex[:16]}"
    dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_sessionfinish(session: pytest.Session) -> None:
    cetakan.bersihkan()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head; each test gets a copy (migrating costs ~0.3 s)."""
    path = tmp_path_factory.mktemp("template") / "kinerja.sqlite"
    db, _ = open_database(path)
    db.dispose()
    cetakan.daftar_akar_sqlite(path, tmp_path_factory.mktemp("cetakan"))
    return path


def _fresh_sqlite(template: Path, folder: Path) -> Path:
    target = folder / "kinerja.sqlite"
    shutil.copyfile(template, target)
    return target


def _open_copy(template: Path, folder: Path) -> Database:
    """A copy of the migrated template in ``folder``, opened. The copy is at head already,
    so open_database's schema check (~25 ms of alembic) is left out; that check is
    tested in tests/storage and runs in every CLI and GUI test."""
    db = Database.sqlite(_fresh_sqlite(template, folder))
    cetakan.tandai_kosong(db)
    return db


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str]:
    """One PostgreSQL database migrated to head, cloned by CREATE DATABASE … TEMPLATE
    for each test: about a tenth of the time of running the migrations again."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(_pg_base_url())
    name = f"tmpl_{uuid.uuid4().hex[:16]}"
    dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = base.set(database=name).render_as_string(hide_password=False)
        db, _ = open_database(url=url)
        db.dispose()
        cetakan.daftar_akar_pg(url)
        yield name
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_migrated_url(_pg_template: str) -> Iterator[str]:
    """A fresh database at head (a copy of the session's template), dropped afterwards."""
    with _pg_clone(_pg_template) as url:
        yield url


@contextlib.contextmanager
def _pg_clone(_pg_template: str) -> Iterator[str]:
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(_pg_base_url())
    name = f"t_{uuid.uuid4().hex[:16]}"
    dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_template}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def _pg_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A copy of the session's migrated PostgreSQL template, made on the first connection
    (see tests.cetakan.pg_kosong), dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    request.getfixturevalue("_pg_template")
    base = make_url(_pg_base_url())
    name = f"t_{uuid.uuid4().hex[:16]}"
    db = cetakan.pg_kosong(base.set(database=name).render_as_string(hide_password=False))
    try:
        yield db
    finally:
        db.dispose()
        dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database of each kind. The PostgreSQL one is created on its first
    connection; code that reaches it by URL without its engine (a subprocess, pg_dump)
    calls ``tests.cetakan.wujudkan(db)`` first."""
    if request.param == "postgresql":
        with _pg_db(request) as db:
            yield db
        return
    db = _open_copy(request.getfixturevalue("_sqlite_template"), tmp_path)
    try:
        yield db
    finally:
        db.dispose()


@contextlib.contextmanager
def another_db(request: pytest.FixtureRequest, folder: Path) -> Iterator[Database]:
    """One more migrated, empty database of the same kind as the test's ``any_db``
    (another site); a SQLite file goes into ``folder``."""
    kind = request.node.callspec.params.get("any_db", "sqlite")
    if kind == "sqlite":
        folder.mkdir()
        db = _open_copy(request.getfixturevalue("_sqlite_template"), folder)
        try:
            yield db
        finally:
            db.dispose()
        return
    with _pg_db(request) as db:
        yield db


@pytest.fixture
def other_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A second database of the same kind as ``any_db`` (another site)."""
    with another_db(request, tmp_path / "situs-lain") as db:
        yield db


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    db = _open_copy(_sqlite_template, tmp_path)
    try:
        yield db
    finally:
        db.dispose()


def make_site(db: Database, code: str = "LPG-DINAS1", *, role: SiteRole = SiteRole.OFFICE,
              parent: str | None = None, name: str = "Dinas Pendidikan Kabupaten Contoh",
              ) -> Actor:
    """The local site and its admin account on an empty ``db``; logs the admin in.

    On a fresh copy of the migrated template the outcome is copied from the same call
    made once in this session (argon2 and key generation cost ~0.5 s): see tests.cetakan.
    """
    def run(dbs: tuple[Database, ...]) -> Actor:
        init_site(
            dbs[0],
            code=code,
            name=name,
            role=role,
            admin_username="admin",
            admin_password=ADMIN_PASSWORD,
            passphrase=PASSPHRASE,
            parent_code=parent,
        )
        return login(dbs[0], "admin", ADMIN_PASSWORD)

    return cetakan.langkah((db,), ("make_site", code, role, parent, name), run)


def login_admin(db: Database) -> Actor:
    """``login(db, "admin", ADMIN_PASSWORD)``, copied from a template when it can be."""
    return cetakan.langkah((db,), ("login", "admin"),
                           lambda dbs: login(dbs[0], "admin", ADMIN_PASSWORD))


@pytest.fixture
def site_db(any_db: Database) -> Database:
    make_site(any_db)
    return any_db


@pytest.fixture
def admin(site_db: Database) -> Actor:
    return login_admin(site_db)
