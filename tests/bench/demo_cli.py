"""``demo_100k``: wall time of ``kinerja demo --pegawai 100000`` through the CLI.

Two results from one benchmark:

- ``demo_100k``: the full demo, unit goals and one SKP per pegawai included (issue 3
  target: < 5 minutes for 100,000 pegawai);
- ``demo_100k_tanpa_skp``: ``--tanpa-skp``, the units and pegawai only (the earlier
  target of one minute).

Each run: ``kinerja --db NEW init ...`` (untimed), then the timed subprocess
``kinerja --json --db NEW demo --pegawai 100000`` with ``KINERJA_PASSWORD`` set -
process start, imports, schema check, login, generating and writing everything.
The log names the SKP part's own seconds (``DemoResult.skp.detik``), the rows
written per table and the size of the database file.

Baseline (same run, per variant): raw ``sqlite3`` writing the same rows the CLI wrote
(every table the demo fills and the outbox, read back from the CLI's database) with
``executemany`` in one ``BEGIN IMMEDIATE`` transaction into a fresh copy of the same
schema, with the app's pragmas (WAL, synchronous=FULL, foreign_keys=ON) and the page
cache the demo uses; foreign keys are checked at commit, because the units name
their heads before the pegawai rows exist.
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

#: Targets per 100,000 pegawai: with SKPs (issue 3) and without (issue 2).
SECONDS_PER_100K = 300.0
SECONDS_PER_100K_TANPA_SKP = 60.0
#: Tables the demo writes, in an order that satisfies the foreign keys.
TABLES = ("unit_kerja", "jabatan", "pegawai", "penugasan_plt", "aturan_periode",
          "sasaran_unit", "skp", "rhk", "iki", "skp_transisi", "outbox")


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
    from kinerja_desktop.storage.bulk import BULK_CACHE_KIB

    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA defer_foreign_keys = ON")
        for table, columns, rows in data:
            marks = ", ".join("?" for _ in columns)
            con.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        con.execute("COMMIT")
    finally:
        con.close()


def _file_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 1e6


def _variant(ws: Workspace, name: str, extra: tuple[str, ...], max_s: float,
             target: str) -> Result:
    n = ws.big
    repeat = ws.reps(1, 2)
    log(f"{name}: `kinerja demo --pegawai {n} {' '.join(extra)}` in a subprocess, "
        f"best of {repeat}")
    made: list[Path] = []
    inner: list[str] = []

    def fresh() -> None:
        path = ws.root / f"{name}-{len(made)}.sqlite"
        remove_sqlite(path)
        _cli(ws, "--db", str(path), "init", "--site-code", SITE_CODE, "--site-name",
             SITE_NAME, "--role", "office")
        made.append(path)

    def run() -> None:
        proc = _cli(ws, "--json", "--db", str(made[-1]), "demo", "--pegawai", str(n), *extra)
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        info = json.loads(lines[-1]) if lines else {}
        if info.get("pegawai") != n:
            raise RuntimeError(f"kinerja demo reported {info!r}, expected {n} pegawai")
        skp = info.get("skp")
        if ("--tanpa-skp" in extra) != (skp is None):
            raise RuntimeError(f"kinerja demo {' '.join(extra)} reported skp={skp!r}")
        inner.append(f"make_demo {float(info.get('detik', 0.0)):.1f} s" + (
            f" of which SKP part {float(skp['detik']):.1f} s ({skp['skp']} SKP: "
            f"{skp['per_status']})" if skp else ""))

    times = measure(run, repeat=repeat, warmup=0, setup=fresh)
    log(f"  kinerja demo wall time: {spread(times, 1.0, 's')}; " + "; ".join(inner))
    log(f"  database file after the run: {_file_mb(made[-1]):.0f} MB")

    # Baseline: the same rows, raw sqlite3, into a fresh copy of the same schema.
    from kinerja_desktop.services.database import open_database

    schema = ws.root / "raw-schema.sqlite"
    if not schema.exists():
        db, _ = open_database(schema)
        db.dispose()
    data = _read_rows(made[-1])
    total = sum(len(rows) for _t, _c, rows in data)
    counts = ", ".join(f"{len(rows)} {table}" for table, _c, rows in data if rows)
    log(f"  rows written: {total} ({counts})")
    for path in made:
        remove_sqlite(path)
    raw = ws.root / "raw-insert.sqlite"

    def raw_setup() -> None:
        copy_sqlite(schema, raw)

    base = measure(lambda: _raw_insert(raw, data), repeat=ws.reps(1, 3), warmup=0,
                   setup=raw_setup)
    log(f"  baseline raw executemany of the same {total} rows: {spread(base, 1.0, 's')}; "
        f"ratio {best(times) / best(base):.2f}")
    remove_sqlite(raw)
    return result(name, best(times), "s", best(base), max_value=max_s, target=target)


def bench_demo(ws: Workspace) -> list[Result]:
    n = ws.big
    scale = n / 100_000
    out = [
        _variant(ws, "demo_100k", (), SECONDS_PER_100K * scale,
                 f"kinerja demo --pegawai {n} with goals and SKPs, wall time"),
        _variant(ws, "demo_100k_tanpa_skp", ("--tanpa-skp",),
                 SECONDS_PER_100K_TANPA_SKP * scale,
                 f"kinerja demo --pegawai {n} --tanpa-skp, wall time"),
    ]
    remove_sqlite(ws.root / "raw-schema.sqlite")

    if ws.profile_dir is not None:
        from tests.bench._core import init_site_db

        prof_db = init_site_db(ws.root / "demo-profile.sqlite")
        try:
            from kinerja_desktop.services.demo import make_demo

            ws.profile("demo_100k", lambda: make_demo(prof_db.db, prof_db.actor, pegawai=n))
        finally:
            prof_db.dispose()
            remove_sqlite(prof_db.path)
    return out
