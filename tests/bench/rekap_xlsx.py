"""``rekap_xlsx``: the unit recap of a period for an office of 10,000 pegawai.

Issue 4 target: "Rekap export for 10,000 pegawai < 10 s and <= 3x openpyxl write_only
writing the same rows".

Data: ``make_demo`` (``pegawai=10,000``, ``--quick``: 2,000) for the past year 2025, so
every period has ended and the demo's evaluations are filled in (mostly DINILAI). The
recap is of the top unit with every sub-unit for 2025-TW3: one row per ditetapkan SKP
plus one per active pegawai without one, i.e. about one row per pegawai.

Timed (median of 5, ``--quick``: 3, after one warm-up round; the three paths interleaved):

- ``rekap_xlsx_export``: ``ekspor_rekap`` end to end (the query of every row and
  rating, the distribution and curve check, the styled workbook via ``tulis_rekap``);
- ``rekap_xlsx_write``: ``tulis_rekap`` alone, given the ``RekapUnit``.

Baseline of both: openpyxl ``Workbook(write_only=True)`` appending the same rows (the
same cell texts as tuples, prepared before timing) to one sheet and saving, same run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tests.bench._core import (
    Result,
    Workspace,
    init_site_db,
    log,
    median,
    result,
    spread,
)

TAHUN = 2025
PERIODE = f"{TAHUN}-TW3"
MAX_SECONDS = 10.0
MAX_RATIO = 3.0


def bench_rekap_xlsx(ws: Workspace) -> list[Result]:
    from openpyxl import Workbook
    from sqlalchemy import select

    from kinerja_desktop.services.demo import make_demo
    from kinerja_desktop.services.rekap import ekspor_rekap, rekap_unit, tulis_rekap
    from kinerja_desktop.storage.models import UnitKerja

    n = 2_000 if ws.quick else 10_000
    path = ws.root / f"rekap-{n}.sqlite"
    site = init_site_db(path)
    try:
        start = time.perf_counter()
        made = make_demo(site.db, site.actor, pegawai=n, year=TAHUN)
        log(f"rekap_xlsx: set-up {made} ({time.perf_counter() - start:.1f} s)")
        with site.db.read() as s:
            root = s.scalar(select(UnitKerja.id).where(UnitKerja.parent_id.is_(None),
                                                       UnitKerja.deleted_at.is_(None)))
        assert root is not None
        rekap = rekap_unit(site.db, site.actor, root, PERIODE)
        log(f"  {rekap.jumlah} rows, {rekap.dinilai} dinilai, {rekap.belum_dinilai} belum, "
            f"{rekap.tanpa_skp} tanpa SKP; distribusi "
            + ", ".join(f"{d.predikat.label} {d.jumlah}" for d in rekap.distribusi))
        if rekap.jumlah < n * 0.95:
            raise RuntimeError(f"the recap has {rekap.jumlah} rows for {n} pegawai")
        rows = [(no, b.nip, b.nama, b.jabatan, b.unit_kode,
                 b.rating_hasil_kerja.label if b.rating_hasil_kerja else None,
                 b.rating_perilaku.label if b.rating_perilaku else None,
                 b.predikat.label if b.predikat else None, b.status)
                for no, b in enumerate(rekap.baris, start=1)]
        out_dir = ws.root / "rekap"
        out_dir.mkdir(exist_ok=True)
        repeat = ws.reps(5, 3)

        def baseline(target: Path) -> None:
            wb = Workbook(write_only=True)
            sheet = wb.create_sheet("Rekap")
            for row in rows:
                sheet.append(row)
            wb.save(target)

        def export(target: Path) -> None:
            ekspor_rekap(site.db, site.actor, root, PERIODE, target)

        def write(target: Path) -> None:
            tulis_rekap(rekap, target)

        # Interleaved (baseline, export, write; the order rotates each round), so a busy
        # machine slows all three alike and the ratios stay meaningful.
        paths: list[tuple[str, Callable[[Path], None]]] = [
            ("baseline (openpyxl write_only, same rows)", baseline),
            ("ekspor_rekap (query + write)", export), ("tulis_rekap", write)]
        times: dict[str, list[float]] = {label: [] for label, _ in paths}
        for i in range(repeat + 1):
            for j in range(len(paths)):
                label, fn = paths[(i + j) % len(paths)]
                out = out_dir / f"{i}-{j}.xlsx"
                t0 = time.perf_counter()
                fn(out)
                elapsed = time.perf_counter() - t0
                out.unlink()
                if i:
                    times[label].append(elapsed)
        for label, values in times.items():
            log(f"  {label}: {spread(values, 1.0, 's')}")
        base, full, only = (median(times[label]) for label, _ in paths)
        ws.profile("rekap_xlsx_export", lambda: export(out_dir / "profile.xlsx"))
        target = f"{rekap.jumlah} rows ({n} pegawai), median of {repeat}"
        return [
            result("rekap_xlsx_export", full, "s", base, max_value=MAX_SECONDS,
                   max_ratio=MAX_RATIO, target=target),
            result("rekap_xlsx_write", only, "s", base, max_value=MAX_SECONDS,
                   max_ratio=MAX_RATIO, target=target),
        ]
    finally:
        site.dispose()
