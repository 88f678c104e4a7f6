"""Shared pieces of the benchmarks: results, timing, and the run's workspace and data.

Nothing here imports Qt or the app at module level: the runner first points the
user folders (settings, logs) and ``QT_QPA_PLATFORM`` at safe values, then imports
the benchmark modules.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kinerja_desktop.gui.context import AppContext
    from kinerja_desktop.services.context import Actor
    from kinerja_desktop.services.site import SiteInfo
    from kinerja_desktop.storage.engine import Database

REPO = Path(__file__).resolve().parents[2]

ADMIN = "admin"
PASSWORD = "bench-rahasia-1"
PASSPHRASE = "frasa sandi bench 1"
SITE_CODE = "BENCH01"
SITE_NAME = "Dinas Pendidikan Kabupaten Bench"

#: Size of the Pegawai page the GUI benchmarks show (about a 1366 x 768 laptop window).
PAGE_SIZE = (1280, 720)


def log(message: str) -> None:
    """Progress and details go to stderr; stdout carries only the JSON lines."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# -- results ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    """One measurement: the project's path (``value``) and a lower bound of the same work."""

    name: str
    value: float
    unit: str
    baseline: float
    target: str
    ok: bool

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline > 0 else None

    def as_dict(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": round(self.value, 3),
            "unit": self.unit,
            "baseline": round(self.baseline, 3),
            "ratio": None if ratio is None else round(ratio, 2),
            "target": self.target,
            "ok": bool(self.ok),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


def result(
    name: str, value: float, unit: str, baseline: float, *,
    max_value: float | None = None, max_ratio: float | None = None, target: str = "",
) -> Result:
    """A Result whose ``ok`` checks ``value < max_value`` and ``ratio <= max_ratio``."""
    ratio = value / baseline if baseline > 0 else None
    ok = True
    parts = []
    if max_value is not None:
        ok = ok and value < max_value
        parts.append(f"< {max_value:g} {unit}")
    if max_ratio is not None:
        ok = ok and ratio is not None and ratio <= max_ratio
        parts.append(f"ratio <= {max_ratio:g}")
    text = " and ".join(parts)
    if target:
        text = f"{text} ({target})" if text else target
    return Result(name, value, unit, baseline, text, ok)


# -- timing ---------------------------------------------------------------------------------


def measure(
    run: Callable[[], Any],
    *,
    repeat: int,
    warmup: int = 1,
    setup: Callable[[], None] | None = None,
    teardown: Callable[[Any], None] | None = None,
) -> list[float]:
    """Seconds of ``run()`` per repetition (warm-up runs dropped).

    ``setup()`` runs untimed before each call, ``teardown(returned value)`` untimed after.
    """
    times: list[float] = []
    for i in range(warmup + repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        out = run()
        elapsed = time.perf_counter() - start
        if teardown is not None:
            teardown(out)
        if i >= warmup:
            times.append(elapsed)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def best(values: list[float]) -> float:
    return min(values)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def spread(values: list[float], scale: float = 1000.0, unit: str = "ms") -> str:
    """``min/median/max`` for the stderr log."""
    return (f"min {min(values) * scale:.1f} / median {statistics.median(values) * scale:.1f} / "
            f"max {max(values) * scale:.1f} {unit} (n={len(values)})")


# -- data ----------------------------------------------------------------------------------


@dataclass
class SiteDb:
    """A real SQLite database with a site, its admin logged in."""

    path: Path
    db: Database
    actor: Actor
    site: SiteInfo | None

    def ctx(self) -> AppContext:
        from kinerja_desktop.gui.context import AppContext

        return AppContext(self.db, self.actor, self.site)

    def dispose(self) -> None:
        self.db.dispose()


def init_site_db(path: Path) -> SiteDb:
    """``open_database`` + ``init_site`` + ``login``, as the first-run wizard does."""
    from kinerja_desktop.domain.roles import SiteRole
    from kinerja_desktop.services.auth import login
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.services.site import init_site

    db, _ = open_database(path)
    site = init_site(db, code=SITE_CODE, name=SITE_NAME, role=SiteRole.OFFICE,
                     admin_username=ADMIN, admin_password=PASSWORD, passphrase=PASSPHRASE)
    return SiteDb(path, db, login(db, ADMIN, PASSWORD), site)


def open_site_db(path: Path) -> SiteDb:
    from kinerja_desktop.services.auth import login
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.services.site import get_site

    db, _ = open_database(path)
    return SiteDb(path, db, login(db, ADMIN, PASSWORD), get_site(db))


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy (WAL included) through SQLite's backup API."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# -- the run -------------------------------------------------------------------------------


@dataclass
class Workspace:
    """One benchmark run: its temp folder, scale, and data shared between benchmarks."""

    root: Path
    quick: bool
    profile_dir: Path | None = None
    _shared: SiteDb | None = field(default=None, repr=False)
    _app: Any = field(default=None, repr=False)

    # Sizes of the targets; --quick scales them down for a smoke check.
    @property
    def big(self) -> int:
        """Pegawai in the shared database of the GUI benchmarks (and ``kinerja demo``)."""
        return 10_000 if self.quick else 100_000

    @property
    def import_rows(self) -> int:
        return 2_000 if self.quick else 10_000

    def reps(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def shared_db(self) -> SiteDb:
        """The demo office of ``big`` pegawai, made once per run with ``make_demo``."""
        if self._shared is None:
            from kinerja_desktop.services.demo import make_demo

            path = self.root / f"shared-{self.big}.sqlite"
            log(f"making the shared database: make_demo(pegawai={self.big}) -> {path.name}")
            site = init_site_db(path)
            start = time.perf_counter()
            made = make_demo(site.db, site.actor, pegawai=self.big, skp=False)
            log(f"  {made} ({time.perf_counter() - start:.1f} s)")
            # Closed and opened again, as the app finds a database made earlier: the last
            # connection to close checkpoints the WAL (over 100 MB after 100,000 pegawai,
            # which would slow every read measured here).
            site.dispose()
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size:
                log(f"  WAL still {wal.stat().st_size / 1e6:.1f} MB after closing")
            self._shared = open_site_db(path)
        return self._shared

    def qapp(self) -> Any:
        """The QApplication, set up like the app's own (style, font, names)."""
        if self._app is None:
            from kinerja_desktop.app import _make_app

            self._app = _make_app()
        return self._app

    def child_env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(extra)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
        return env

    def profile(self, label: str, fn: Callable[[], Any]) -> None:
        """With ``--profile DIR``: runs ``fn`` once under cProfile, saves and summarises it."""
        if self.profile_dir is None:
            return
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        prof = cProfile.Profile()
        prof.enable()
        try:
            fn()
        finally:
            prof.disable()
        out = self.profile_dir / f"{label}.prof"
        prof.dump_stats(out)
        text = io.StringIO()
        stats = pstats.Stats(prof, stream=text)
        stats.sort_stats("cumulative").print_stats(25)
        stats.sort_stats("tottime").print_stats(15)
        log(f"profile of {label} (saved to {out}):\n{text.getvalue()}")

    def close(self) -> None:
        if self._shared is not None:
            self._shared.dispose()
            self._shared = None
