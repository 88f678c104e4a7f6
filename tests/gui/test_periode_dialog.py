"""Dialog "Periode penilaian <tahun>": scheme, deadlines, the periods that result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.periode import AturanPeriode, SkemaPeriode, periods
from kinerja_desktop.gui import jobs
from kinerja_desktop.gui.main_window import MainWindow
from kinerja_desktop.gui.periode_dialog import PeriodeDialog, PeriodeTableModel
from kinerja_desktop.services.aturan_periode import get_aturan
from tests.gui.conftest import Office, SiteDb
from tests.gui.skp_fixtures import on_modal


def _cells(dialog: PeriodeDialog, row: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def test_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PeriodeTableModel()
    qtmodeltester.check(model)
    model.set_periods(periods(AturanPeriode(2026, SkemaPeriode.SEMESTERAN)))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Batas realisasi"


def test_admin_sets_scheme_and_deadlines(qtbot: QtBot, gui_site: SiteDb) -> None:
    ctx = gui_site.ctx()
    dialog = PeriodeDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Periode penilaian 2026"
    assert dialog.model.rowCount() == 5  # four quarters and the annual evaluation
    assert _cells(dialog, 0) == ["Triwulan I", "2026-TW1", "1 Januari 2026", "31 Maret 2026",
                                 "5 April 2026", "10 April 2026"]
    assert _cells(dialog, 3)[0] == "Triwulan IV"
    assert _cells(dialog, 4)[:2] == ["Tahunan", "2026-TAHUNAN"]
    for widget in (dialog.skema, dialog.batas, dialog.hari_realisasi, dialog.hari_penilaian):
        assert widget.toolTip() and widget.isEnabled()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

    dialog.skema.setCurrentIndex(dialog.skema.findData(SkemaPeriode.BULANAN.value))
    assert dialog.model.rowCount() == 13
    assert _cells(dialog, 1)[:2] == ["Februari", "2026-B2"]
    dialog.hari_realisasi.setValue(12)  # later than the rating deadline (10 days)
    assert dialog.error.isVisible() and "Tenggat penilaian" in dialog.error.text()
    assert not save.isEnabled()
    dialog.hari_penilaian.setValue(20)
    assert not dialog.error.isVisible() and save.isEnabled()
    dialog.batas.setDate(QDate(2026, 2, 15))
    assert _cells(dialog, 0)[4:] == ["12 Februari 2026", "20 Februari 2026"]
    save.click()
    assert dialog.saved is not None
    stored = get_aturan(ctx.db, ctx.actor, 2026)
    assert stored == AturanPeriode(2026, SkemaPeriode.BULANAN, dt.date(2026, 2, 15), 12, 20)


def test_penilai_sees_it_read_only(qtbot: QtBot, gui_office: Office) -> None:
    ctx = gui_office.site.ctx(gui_office.penilai)
    dialog = PeriodeDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.skema.isEnabled() and not dialog.hari_penilaian.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.note.isVisible()
    dialog.accept()
    assert dialog.saved is None
    assert get_aturan(ctx.db, ctx.actor, 2026) == AturanPeriode(2026)


def test_reached_from_the_data_menu_for_the_working_year(qtbot: QtBot,
                                                         gui_site: SiteDb) -> None:
    ctx = gui_site.ctx()
    ctx.tahun.set(2027)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.periode_action.text() == "&Periode penilaian 2027…"
    titles: list[str] = []

    def check(widget: QWidget) -> None:
        assert isinstance(widget, PeriodeDialog)
        titles.append(widget.windowTitle())
        widget.reject()

    problems = on_modal(check)
    window.periode_action.trigger()
    assert problems == [] and titles == ["Periode penilaian 2027"]
    window.year_selector.set_year(2026)
    assert window.periode_action.text() == "&Periode penilaian 2026…"
    assert jobs.wait_for_jobs(20_000)
