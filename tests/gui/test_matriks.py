"""Matriks peran hasil: the model (qtmodeltester), the view, the way there from Unit Kerja."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui import jobs
from kinerja_desktop.gui.main_window import MainWindow, fits_screen
from kinerja_desktop.gui.matriks_model import (
    BELUM_BG,
    BELUM_FG,
    FIXED,
    Kolom,
    MatriksModel,
    MatriksView,
    PerluDukunganRole,
    short_name,
)
from kinerja_desktop.services.matriks_peran import matriks_peran_hasil
from tests.gui.conftest import Office
from tests.gui.skp_fixtures import TAHUN, SkpSet, make_skps, save_shot


@pytest.fixture
def data(gui_office: Office) -> SkpSet:
    return make_skps(gui_office)


def _model(data: SkpSet) -> MatriksModel:
    model = MatriksModel()
    model.set_matriks(matriks_peran_hasil(data.office.site.db, data.office.site.admin,
                                          data.office.units["dinas"].id, TAHUN))
    return model


def _column(model: MatriksModel, row: int, col: int) -> str:
    return str(model.data(model.index(row, col)))


def test_model_passes_modeltester_and_orders_the_cascade(qtmodeltester, data: SkpSet) -> None:  # type: ignore[no-untyped-def]
    model = _model(data)
    qtmodeltester.check(model)
    qtmodeltester.check(MatriksModel())
    uraian = [_column(model, r, Kolom.URAIAN) for r in range(model.rowCount())]
    # The goal, the head's RHK supporting it, then the RHK of the level below.
    assert uraian == ["Meningkatnya mutu layanan pendidikan",
                      "Terwujudnya layanan pendidikan bermutu",
                      "Tersusunnya rencana kerja sekretariat",
                      "Terkelolanya arsip kepegawaian"]
    assert _column(model, 0, Kolom.MILIK) == "Sasaran unit\nDinas Pendidikan"
    assert _column(model, 1, Kolom.MILIK) == "RHK utama\nAhmad Fauzi"
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(FIXED, model.columnCount())]
    assert headers == ["Ahmad\nFauzi", "Budi\nSantoso", "Dewi\nLestari", "Siti\nAminah"]


def test_unsupported_leader_rhk_says_so_in_text_and_colour(data: SkpSet) -> None:
    model = _model(data)
    last = model.rowCount() - 1
    assert _column(model, last, Kolom.URAIAN) == "Terkelolanya arsip kepegawaian"
    cell = model.index(last, Kolom.DUKUNGAN)
    assert model.data(cell) == "Belum didukung"
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) == BELUM_FG
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == BELUM_BG
    assert "tidak akan tercapai" in str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert model.data(cell, PerluDukunganRole) is True
    assert model.jumlah_perlu_dukungan() == 1
    supported = model.index(2, Kolom.DUKUNGAN)  # Siti's first RHK: Budi and Dewi
    assert model.data(supported) == "Didukung 2 pegawai"
    assert model.data(supported, Qt.ItemDataRole.BackgroundRole) is None
    budi = FIXED + 1
    assert model.data(model.index(2, budi)) == "✓"
    assert model.data(model.index(2, budi), Qt.ItemDataRole.AccessibleTextRole) == "mendukung"
    assert "Terselenggaranya layanan surat menyurat" in str(
        model.data(model.index(2, budi), Qt.ItemDataRole.ToolTipRole))
    assert model.data(model.index(last, budi)) == ""


def test_short_names_drop_titles() -> None:
    assert short_name("Dr. H. Ahmad Fauzi, M.Pd.") == "Ahmad\nFauzi"
    assert short_name("Siti") == "Siti"


@pytest.fixture
def view(qtbot: QtBot, data: SkpSet) -> Iterator[MatriksView]:
    ctx = data.office.site.ctx()
    ctx.tahun.set(TAHUN)
    widget = MatriksView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    yield widget


def test_view_summary_detail_subunits_and_year(view: MatriksView, data: SkpSet) -> None:
    view.show_unit(data.office.units["dinas"].id)
    assert view.body.currentWidget() is view.split
    assert "1 dari 4" in view.summary.text() and "belum didukung" in view.summary.text()
    assert "Pilih satu baris" in view.detail.text()
    view.table.selectRow(view.model.rowCount() - 1)
    assert "Belum didukung" in view.detail.text()
    view.table.selectRow(2)
    assert "Didukung oleh" in view.detail.text() and "Budi Santoso" in view.detail.text()
    view.subunit.setChecked(False)  # only Ahmad's SKP is in the unit itself
    assert view.model.rowCount() == 1
    view.subunit.setChecked(True)
    view.show_unit(data.office.units["sekretariat"].id)
    assert [view.model.baris(r).pemimpin_nama for r in range(view.model.rowCount())] == [
        "Siti Aminah", "Siti Aminah"]
    view.ctx.tahun.set(2027)
    assert view.body.currentWidget() is view.empty
    assert view.empty.text().startswith(
        "Belum ada sasaran unit atau RHK pimpinan untuk unit ini pada tahun 2027.")
    assert view.unit_combo.toolTip() and view.subunit.toolTip()


def test_unit_page_opens_the_matriks_and_screenshot(qtbot: QtBot, data: SkpSet,
                                                   tmp_path: Path) -> None:
    ctx = data.office.site.ctx()
    ctx.tahun.set(TAHUN)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.resize(1366, 768)
    assert window.show_page("unit_kerja") and window.unit_page is not None
    window.unit_page.select_unit(data.office.units["dinas"].id)
    window.unit_page.detail_tabs.setCurrentIndex(1)
    assert window.unit_page.sasaran.matriks_button.isVisible()
    window.unit_page.sasaran.matriks_button.click()
    assert window.current_key() == "skp"
    page = window.skp_page
    assert page is not None and page.matriks is not None
    assert page.tabs.currentWidget() is page.matriks_holder
    assert page.matriks.unit_id() == data.office.units["dinas"].id
    assert fits_screen(window)
    page.matriks.table.selectRow(page.matriks.model.rowCount() - 1)
    shot = save_shot(window, tmp_path, "matriks_1366x768.png")
    assert shot.stat().st_size > 0
    assert not page.matriks.table.horizontalScrollBar().isVisible()
    assert jobs.wait_for_jobs(20_000)
