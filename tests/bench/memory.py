"""``gui_peak_memory``: peak RSS of the GUI holding every pegawai of the shared database.

Each side runs in a fresh subprocess (``python -m tests.bench.memory child ...``)
that reports its own peak resident set (``VmHWM`` in /proc/self/status, else
``ru_maxrss``) as one JSON line on stdout:

- ``app``: the app's QApplication, the main window on the Pegawai page, the whole
  list loaded (all background chunks), painted, one search typed and cleared;
- ``bare`` (baseline): a QApplication with the same style and an empty, shown
  ``QMainWindow`` of the same size; it imports nothing of the app.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench._core import (
    ADMIN,
    PAGE_SIZE,
    PASSWORD,
    REPO,
    Result,
    Workspace,
    log,
    result,
)

MAX_MB = 400.0


def peak_rss_kb() -> int:
    """This process's peak resident set size in KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


# -- the children --------------------------------------------------------------------------


def _child_bare() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = QMainWindow()
    window.resize(*PAGE_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab()
    return {"peak_kb": peak_rss_kb()}


def _child_app(db_path: str) -> dict[str, Any]:
    from PySide6.QtCore import QThreadPool

    from kinerja_desktop.app import _make_app
    from kinerja_desktop.gui import jobs
    from kinerja_desktop.gui.context import AppContext
    from kinerja_desktop.gui.main_window import MainWindow
    from kinerja_desktop.services.auth import login
    from kinerja_desktop.services.database import open_database
    from kinerja_desktop.services.site import get_site

    app = _make_app()
    db, _ = open_database(Path(db_path))
    try:
        actor = login(db, ADMIN, PASSWORD)
        start = time.perf_counter()
        window = MainWindow(AppContext(db=db, actor=actor, site=get_site(db)))
        window.resize(*PAGE_SIZE)
        window.show()
        window.show_page("pegawai")
        page = window.pegawai_page
        assert page is not None
        deadline = time.perf_counter() + 600
        while page.is_loading and time.perf_counter() < deadline:
            QThreadPool.globalInstance().waitForDone(5)
            app.processEvents()
        jobs.wait_for_jobs(60_000)
        app.processEvents()
        loaded_s = time.perf_counter() - start
        page.table.viewport().grab()
        page.set_search_text("siti")
        app.processEvents()
        page.set_search_text("")
        app.processEvents()
        window.grab()
        rows = page.model.rowCount()
        peak = peak_rss_kb()
        window.hide()
        return {"peak_kb": peak, "rows": rows, "loaded_s": round(loaded_s, 2)}
    finally:
        db.dispose()


def child_main(argv: list[str]) -> int:
    kind = argv[0]
    info = _child_bare() if kind == "bare" else _child_app(argv[1])
    sys.stdout.write(json.dumps(info) + "\n")
    sys.stdout.flush()
    # Skip interpreter teardown of Qt objects: the measurement is taken.
    os._exit(0)


# -- the benchmark -------------------------------------------------------------------------


def _run_child(ws: Workspace, *args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench.memory", "child", *args],
        cwd=REPO, env=ws.child_env(), stdout=subprocess.PIPE, text=True, timeout=900,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"memory child {args[0]} failed (exit {proc.returncode}): "
                           f"{proc.stdout[-2000:]}")
    info: dict[str, Any] = json.loads(lines[-1])
    return info


def bench_peak_memory(ws: Workspace) -> list[Result]:
    site = ws.shared_db()
    log(f"gui_peak_memory: main window + Pegawai page with {ws.big} pegawai (subprocess)")
    app = _run_child(ws, "app", str(site.path))
    if app.get("rows") != ws.big:
        raise RuntimeError(f"the child loaded {app.get('rows')} rows, expected {ws.big}")
    bare = _run_child(ws, "bare")
    app_mb, bare_mb = app["peak_kb"] / 1024, bare["peak_kb"] / 1024
    log(f"  app: peak {app_mb:.1f} MB, {app['rows']} rows loaded in {app['loaded_s']} s; "
        f"bare QApplication + QMainWindow: peak {bare_mb:.1f} MB")
    return [result("gui_peak_memory", app_mb, "MB", bare_mb, max_value=MAX_MB,
                   target=f"peak RSS, {ws.big} pegawai loaded")]


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "child":
        sys.exit(child_main(sys.argv[2:]))
    print("usage: python -m tests.bench.memory child bare|app DB", file=sys.stderr)
    sys.exit(2)
