"""``demo_100k``: wall time of ``kinerja demo --pegawai 100000`` through the CLI.

Each run: ``kinerja --db NEW init ...`` (untimed), then the timed subprocess
``kinerja --json --db NEW demo --pegawai 100000`` with ``KINERJA_PASSWORD`` set -
process start, imports, schema check, login, generating and writing everything.

Baseline: raw ``sqlite3`` writing the same rows the CLI wrote (unit kerja, jabatan,
pegawai, Plt/Plh and their outbox rows, read back from the CLI's database) with
``executemany`` in one ``BEGIN IMMEDIATE`` transaction into a fresh copy of the
same schema, with the app's pragmas (WAL, synchronous=FULL, foreign_keys=ON).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.bench._core import (
    PASSPHRASE,
    PASSWORD,
    SITE_CODE,
    SITE_NAME,
    Result,
    Workspace,
    best,
    copy_sqlite,
    log,
    measure,
    remove_sqlite,
    result,
    spread,
)

SECONDS_PER_100K = 60.0
#: Tables the demo writes, in an order that satisfies the foreign keys.
TABLES = ("unit_kerja", "jabatan", "pegawai", "penugasan_plt", "outbox")


def kinerja_command() -> list[str]:
    """The installed ``kinerja`` entry point beside this Python, else ``-m`` of the module."""
    script = Path(sys.executable).with_name("kinerja")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "kinerja_desktop.cli"]


def _cli(ws: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    env = ws.child_env(KINERJA_PASSWORD=PASSWORD, KINERJA_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run([*kinerja_command(), *args], cwd=ws.root, env=env, text=True,
                          capture_output=True, timeout=1800,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"kinerja {' '.join(args)} failed (exit {proc.returncode}):\n"
                           f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return proc


def _read_rows(path: Path) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    con = sqlite3.connect(path)
    try:
        out = []
        for table in TABLES:
            cur = con.execute(f"SELECT * FROM {table} ORDER BY rowid")
            columns = [d[0] for d in cur.description]
            out.append((table, columns, cur.fetchall()))
        return out
    finally:
        con.close()


def _raw_insert(path: Path, data: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN IMMEDIATE")
        for table, columns, rows in data:
            marks = ", ".join("?" for _ in columns)
            con.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        con.execute("COMMIT")
    finally:
        con.close()


def bench_demo(ws: Workspace) -> list[Result]:
    n = ws.big
    repeat = ws.reps(1, 2)
    max_s = SECONDS_PER_100K * n / 100_000
    log(f"demo_100k: `kinerja demo --pegawai {n}` in a subprocess, best of {repeat}")
    made: list[Path] = []
    inner: list[float] = []

    def fresh() -> None:
        path = ws.root / f"demo-cli-{len(made)}.sqlite"
        remove_sqlite(path)
        _cli(ws, "--db", str(path), "init", "--site-code", SITE_CODE, "--site-name",
             SITE_NAME, "--role", "office")
        made.append(path)

    def run() -> None:
        proc = _cli(ws, "--json", "--db", str(made[-1]), "demo", "--pegawai", str(n))
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        info = json.loads(lines[-1]) if lines else {}
        if info.get("pegawai") != n:
            raise RuntimeError(f"kinerja demo reported {info!r}, expected {n} pegawai")
        inner.append(float(info.get("detik", 0.0)))

    times = measure(run, repeat=repeat, warmup=0, setup=fresh)
    log(f"  kinerja demo wall time: {spread(times, 1.0, 's')}; make_demo itself "
        f"(DemoResult.detik): {', '.join(f'{t:.1f}' for t in inner)} s")

    # Baseline: the same rows, raw sqlite3, into a fresh copy of the same schema.
    from kinerja_desktop.services.database import open_database

    schema = ws.root / "raw-schema.sqlite"
    db, _ = open_database(schema)
    db.dispose()
    data = _read_rows(made[-1])
    counts = ", ".join(f"{len(rows)} {table}" for table, _c, rows in data)
    for path in made[:-1]:
        remove_sqlite(path)
    raw = ws.root / "raw-insert.sqlite"

    def raw_setup() -> None:
        copy_sqlite(schema, raw)

    base = measure(lambda: _raw_insert(raw, data), repeat=3, warmup=0, setup=raw_setup)
    log(f"  baseline raw executemany ({counts}): {spread(base, 1.0, 's')}")
    remove_sqlite(raw)
    remove_sqlite(made[-1])

    if ws.profile_dir is not None:
        from tests.bench._core import init_site_db

        prof_db = init_site_db(ws.root / "demo-profile.sqlite")
        try:
            from kinerja_desktop.services.demo import make_demo

            ws.profile("demo_100k", lambda: make_demo(prof_db.db, prof_db.actor, pegawai=n))
        finally:
            prof_db.dispose()
            remove_sqlite(prof_db.path)

    return [result("demo_100k", best(times), "s", best(base), max_value=max_s,
                   target=f"kinerja demo --pegawai {n}, wall time")]
