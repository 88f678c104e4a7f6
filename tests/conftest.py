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


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head; each test gets a copy (migrating costs ~0.3 s)."""
    path = tmp_path_factory.mktemp("template") / "kinerja.sqlite"
    db, _ = open_database(path)
    db.dispose()
    return path


def _fresh_sqlite(template: Path, folder: Path) -> Path:
    target = folder / "kinerja.sqlite"
    shutil.copyfile(template, target)
    return target


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
        db, _ = open_database(url=base.set(database=name).render_as_string(
            hide_password=False))
        db.dispose()
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


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        template = request.getfixturevalue("_sqlite_template")
        db, _ = open_database(_fresh_sqlite(template, tmp_path))
    else:
        url = request.getfixturevalue("pg_migrated_url")
        db, _ = open_database(url=url)
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
        db, _ = open_database(_fresh_sqlite(request.getfixturevalue("_sqlite_template"),
                                            folder))
        try:
            yield db
        finally:
            db.dispose()
        return
    with _pg_clone(request.getfixturevalue("_pg_template")) as url:
        db, _ = open_database(url=url)
        try:
            yield db
        finally:
            db.dispose()


@pytest.fixture
def other_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A second database of the same kind as ``any_db`` (another site)."""
    with another_db(request, tmp_path / "situs-lain") as db:
        yield db


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    db, _ = open_database(_fresh_sqlite(_sqlite_template, tmp_path))
    try:
        yield db
    finally:
        db.dispose()


def make_site(db: Database, code: str = "LPG-DINAS1", *, role: SiteRole = SiteRole.OFFICE,
              parent: str | None = None, name: str = "Dinas Pendidikan Kabupaten Contoh",
              ) -> Actor:
    init_site(
        db,
        code=code,
        name=name,
        role=role,
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        passphrase=PASSPHRASE,
        parent_code=parent,
    )
    return login(db, "admin", ADMIN_PASSWORD)


@pytest.fixture
def site_db(any_db: Database) -> Database:
    make_site(any_db)
    return any_db


@pytest.fixture
def admin(site_db: Database) -> Actor:
    return login(site_db, "admin", ADMIN_PASSWORD)
