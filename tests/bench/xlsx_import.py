"""``pegawai_xlsx_import_10k``: ``apply_import`` of a 10,000-row pegawai workbook.

The workbook is the project's own export (``export_pegawai``) of a demo office of
10,000 pegawai, so it has exactly the template layout (sheets "Pegawai" and
"Unit Kerja"). Each run imports it into a fresh copy of a database that has the
site and the same unit kerja (made through ``save_unit``) and no pegawai, so all
10,000 rows are new. Timed: ``apply_import(db, actor, path)`` - read, check, write
in one transaction. Baseline: openpyxl ``load_workbook(read_only=True)`` merely
iterating every row of every sheet of the same file (``values_only=True``).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from tests.bench._core import (
    Result,
    SiteDb,
    Workspace,
    best,
    copy_sqlite,
    init_site_db,
    log,
    measure,
    open_site_db,
    remove_sqlite,
    result,
    spread,
)

MAX_RATIO = 2.5


def _make_inputs(ws: Workspace) -> tuple[Path, Path]:
    """(the exported workbook, a database with the units and no pegawai)."""
    from kinerja_desktop.services.demo import make_demo
    from kinerja_desktop.services.pegawai_excel import export_pegawai
    from kinerja_desktop.services.unit_kerja import UnitInput, list_units, save_unit

    n = ws.import_rows
    source = init_site_db(ws.root / f"import-source-{n}.sqlite")
    xlsx = ws.root / f"pegawai-{n}.xlsx"
    try:
        make_demo(source.db, source.actor, pegawai=n, seed=7, skp=False)
        start = time.perf_counter()
        exported = export_pegawai(source.db, source.actor, xlsx)
        log(f"  export_pegawai wrote {exported} rows to {xlsx.name} in "
            f"{time.perf_counter() - start:.2f} s ({xlsx.stat().st_size / 1e6:.1f} MB)")
        if exported != n:
            raise RuntimeError(f"export wrote {exported} pegawai, expected {n}")
        units = list_units(source.db, source.actor)  # parents before children
    finally:
        source.dispose()
    remove_sqlite(source.path)

    template = init_site_db(ws.root / "import-template.sqlite")
    try:
        new_id: dict[uuid.UUID, uuid.UUID] = {}
        for u in units:
            parent = new_id[u.parent_id] if u.parent_id is not None else None
            made = save_unit(template.db, template.actor,
                             UnitInput(u.kode, u.nama, parent, u.alamat))
            new_id[u.id] = made.id
        log(f"  target template: site + {len(units)} unit kerja, no pegawai")
    finally:
        template.dispose()
    return xlsx, template.path


def bench_import(ws: Workspace) -> list[Result]:
    from openpyxl import load_workbook

    from kinerja_desktop.services.pegawai_excel import apply_import

    n = ws.import_rows
    repeat = ws.reps(3, 3)
    log(f"pegawai_xlsx_import_10k: {n} rows, best of {repeat}")
    xlsx, template = _make_inputs(ws)
    target = ws.root / "import-target.sqlite"
    current: list[SiteDb] = []

    def fresh_target() -> None:
        copy_sqlite(template, target)
        current.append(open_site_db(target))

    def run() -> None:
        site = current[-1]
        res = apply_import(site.db, site.actor, xlsx)
        if res.dibuat != n:
            raise RuntimeError(f"import made {res.dibuat} pegawai, expected {n}: {res}")

    def done(_: object) -> None:
        current.pop().dispose()
        remove_sqlite(target)

    times = measure(run, repeat=repeat, warmup=0, setup=fresh_target, teardown=done)
    log(f"  apply_import: {spread(times, 1.0, 's')}")

    def iterate() -> int:
        wb = load_workbook(xlsx, read_only=True)
        rows = 0
        try:
            for sheet in wb.worksheets:
                for _row in sheet.iter_rows(values_only=True):
                    rows += 1
        finally:
            wb.close()
        return rows

    base = measure(iterate, repeat=repeat, warmup=0)
    log(f"  baseline openpyxl read_only iteration ({iterate()} rows): {spread(base, 1.0, 's')}")

    if ws.profile_dir is not None:
        fresh_target()
        try:
            ws.profile("pegawai_xlsx_import_10k", run)
        finally:
            done(None)
    return [result("pegawai_xlsx_import_10k", best(times), "s", best(base), max_ratio=MAX_RATIO,
                   target=f"{n} rows, best of {repeat}")]
