"""One keystroke in the Penilaian grid with 200 pegawai (issue 4 target: < 50 ms).

``penilaian_grid_keystroke``: the ``PenilaianPage`` of a real site database shows 200
rows of a period that has ended; one key press (1/2/3 on the current rating column)
sets the rating through the undo stack, recomputes the predikat, the counts, the curve
warnings and repaints the chart; timed until the chart has painted. Median over 50
keystrokes, each on another row (rated Baik before) and alternating rating columns, so
every keystroke changes a predikat and the chart. The rows are ``PenilaianRingkas`` as
``daftar_penilaian`` returns them, made in memory (loading is not what is measured).
Baseline: ``setData`` on a bare ``QStandardItemModel`` with the same rows in a
``QTableView``, until the view has painted, same run.
"""

from __future__ import annotations

import time
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from tests.bench._core import Result, Workspace, init_site_db, log, median, ms, spread
from tests.bench._core import result as make_result
from tests.bench.pegawai_gui import PaintCounter, wait_painted

if TYPE_CHECKING:
    from kinerja_desktop.services.penilaian import PenilaianRingkas

KEYSTROKE_MAX_MS = 50.0
PEGAWAI = 200
TAHUN = 2025  # a past year: every period has ended
SIZE = (1366 - 200, 768 - 110)  # the page's share of a 1366 x 768 main window


def _rows() -> list[PenilaianRingkas]:
    """Rated Sesuai/Sesuai (Baik) before: every keystroke below changes a predikat."""
    from kinerja_desktop.domain.evaluasi import StatusEvaluasi
    from kinerja_desktop.domain.predikat import Predikat
    from kinerja_desktop.domain.rating import Rating
    from kinerja_desktop.services.penilaian import PenilaianRingkas

    s = Rating.SESUAI_EKSPEKTASI
    return [PenilaianRingkas(uuid.uuid4(), uuid.uuid4(), f"Pegawai Contoh {n + 1:03d}, S.Pd.",
                             f"1985010120100110{n % 100:02d}", uuid.uuid4(), 2,
                             StatusEvaluasi.DINILAI, s, s, Predikat.BAIK)
            for n in range(PEGAWAI)]


def _dispose(app: QApplication, widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()
    app.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
    app.processEvents()


def bench_keystroke(ws: Workspace) -> list[Result]:
    from kinerja_desktop.gui import jobs
    from kinerja_desktop.gui.penilaian_grid_model import Column
    from kinerja_desktop.gui.penilaian_page import PenilaianPage

    app = ws.qapp()
    site = init_site_db(ws.root / "penilaian-grid.sqlite")
    try:
        ctx = site.ctx()
        ctx.tahun.set(TAHUN)
        page = PenilaianPage(ctx)
        page.resize(*SIZE)
        page.show()
        jobs.wait_for_jobs()
        rows = _rows()
        page.model.set_rows(rows)
        page._update_state()
        app.processEvents()
        if page.model.rowCount() != PEGAWAI or page.model.read_only:
            raise RuntimeError("the grid does not show 200 editable rows")
        repeat = ws.reps(50, 10)
        chart_counter = PaintCounter(page.chart)
        page.table.setFocus()
        times: list[float] = []
        log(f"penilaian_grid_keystroke: {PEGAWAI} rows, {repeat} keystrokes + warm-up")
        for i in range(repeat + 1):
            row, column = (i * 7) % PEGAWAI, Column.HASIL_KERJA if i % 2 else Column.PERILAKU
            page.table.setCurrentIndex(page.model.index(row, column))
            app.processEvents()
            since = chart_counter.count
            start = time.perf_counter()
            QTest.keyClick(page.table, Qt.Key.Key_3)  # Di Bawah: Butuh Perbaikan / Kurang
            wait_painted(app, page.chart, chart_counter, since)
            elapsed = time.perf_counter() - start
            if page.model.rating(row, column) is None:
                raise RuntimeError("the keystroke did not set a rating")
            if i:
                times.append(elapsed)
        if page.chart.counts != page.model.counts():
            raise RuntimeError("the chart does not show the grid's counts")
        log(f"  keystroke to chart painted: {spread(times)}")
        _dispose(app, page)

        texts = [[r.nip, r.nama, "Dinilai", "2 · Sesuai",
                  "2 · Sesuai", "Baik"] for r in rows]
        model = QStandardItemModel(len(texts), 6)
        for r, cells in enumerate(texts):
            for c, text in enumerate(cells):
                model.setItem(r, c, QStandardItem(text))
        view = QTableView()
        view.setModel(model)
        view.resize(*SIZE)
        view.show()
        app.processEvents()
        counter = PaintCounter(view.viewport())
        base: list[float] = []
        for i in range(repeat + 1):
            row = (i * 7) % 15  # visible rows, so the view repaints
            since = counter.count
            start = time.perf_counter()
            model.setData(model.index(row, 3 + i % 2), f"3 · Di Bawah ({i})")
            wait_painted(app, view.viewport(), counter, since)
            if i:
                base.append(time.perf_counter() - start)
        log(f"  baseline (setData on QStandardItemModel, same rows): {spread(base)}")
        _dispose(app, view)
        return [make_result("penilaian_grid_keystroke", ms(median(times)), "ms",
                            ms(median(base)), max_value=KEYSTROKE_MAX_MS,
                            target=f"{PEGAWAI} pegawai, median of {repeat} keystrokes")]
    finally:
        site.dispose()
