"""Runs the benchmarks: ``python -m tests.bench [NAMES...] [--quick] [--profile DIR]``.

Prints one JSON line per measurement on stdout and nothing else (progress and
details go to stderr). Exit 0 even when a target is missed (``"ok": false``);
exit 1 only when a benchmark could not run, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

#: name -> (module in tests.bench, function); run in this order.
BENCHMARKS: dict[str, tuple[str, str]] = {
    "pegawai_list_first_rows": ("pegawai_gui", "bench_first_rows"),
    "pegawai_filter_keystroke": ("pegawai_gui", "bench_filter_keystroke"),
    "skp_editor_open": ("skp_editor", "bench_open"),
    "penilaian_grid_keystroke": ("penilaian_grid", "bench_keystroke"),
    "gui_peak_memory": ("memory", "bench_peak_memory"),
    "pegawai_xlsx_import_10k": ("xlsx_import", "bench_import"),
    "skp_xlsx": ("skp_xlsx", "bench_skp_xlsx"),
    "rekap_xlsx": ("rekap_xlsx", "bench_rekap_xlsx"),
    "dashboard_10k": ("dashboard", "bench_dashboard"),
    "demo_100k": ("demo_cli", "bench_demo"),
    "skp_pdf_batch": ("cetak_pdf", "bench_skp_pdf_batch"),
    "print_preview_first_page": ("cetak_pdf", "bench_print_preview_first_page"),
    "sync_import_province_sqlite": ("sync_paket", "bench_import_sqlite"),
    "sync_import_province_pg": ("sync_paket", "bench_import_pg"),
    "sync_export_office_quarter": ("sync_paket", "bench_export_quarter"),
}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench",
        description="Kinerja Desktop benchmarks: one JSON line per measurement on stdout.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all): {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true",
                        help="scaled down (10,000 pegawai, 2,000 import rows): a smoke check")
    parser.add_argument("--profile", metavar="DIR", type=Path,
                        help="also run each in-process path once under cProfile; "
                             "writes DIR/NAME.prof and prints the top functions to stderr")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (databases, workbook) for inspection")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; "
                     f"known: {', '.join(BENCHMARKS)}")
    return args


def _private_environment(root: Path) -> None:
    """Settings, logs and data of the app go to the temp folder, never the user's home."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state")):
        folder = root / "home" / sub
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder)
    os.environ["KINERJA_SETTINGS_FILE"] = str(root / "home" / "KinerjaDesktop.ini")
    os.environ.pop("KINERJA_DB", None)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime or not Path(runtime).is_dir():
        folder = root / "xdg-runtime"
        folder.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(folder)


def _json_stdout() -> TextIO:
    """The real stdout for the JSON lines; anything else printed (also by C code) -> stderr."""
    sys.stdout.flush()
    out = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return out


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.list:
        print("\n".join(BENCHMARKS))
        return 0
    out = _json_stdout()
    names = args.names or list(BENCHMARKS)
    root = Path(tempfile.mkdtemp(prefix="kinerja-bench-"))
    _private_environment(root)

    from tests.bench._core import Workspace, log

    ws = Workspace(root=root, quick=args.quick,
                   profile_dir=args.profile.resolve() if args.profile else None)
    log(f"{'quick' if args.quick else 'full'} run of {', '.join(names)}; temp folder {root}")
    failed: list[str] = []
    started = time.perf_counter()
    try:
        for name in names:
            module_name, func_name = BENCHMARKS[name]
            t0 = time.perf_counter()
            try:
                module = importlib.import_module(f"tests.bench.{module_name}")
                bench: Callable[..., list] = getattr(module, func_name)
                for res in bench(ws):
                    out.write(res.to_json() + "\n")
                    out.flush()
            except Exception:
                failed.append(name)
                log(f"{name} could not run:\n{traceback.format_exc()}")
            log(f"{name} took {time.perf_counter() - t0:.1f} s")
    finally:
        ws.close()
        if args.keep:
            log(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    log(f"done in {time.perf_counter() - started:.1f} s"
        + (f"; FAILED to run: {', '.join(failed)}" if failed else ""))
    out.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
