"""SKP page on a real SQLite database: list, filters, roles, queue, editor in place, Excel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import JenisRHK, StatusSKP
from kinerja_desktop.gui import jobs, settings
from kinerja_desktop.gui.main_window import MainWindow, fits_screen
from kinerja_desktop.gui.skp_buat_dialog import BuatSkpDialog
from kinerja_desktop.gui.skp_import_dialog import RowErrorModel, SkpImportDialog
from kinerja_desktop.gui.skp_list_model import (
    STATUS_COLORS,
    Column,
    SkpFilterProxy,
    SkpListModel,
    StatusRole,
    StatusTampil,
)
from kinerja_desktop.gui.skp_page import SKP_STATUS_FILTER, SkpPage
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp_workflow import antrian_persetujuan
from tests.gui.conftest import Office
from tests.gui.skp_fixtures import (
    TAHUN,
    SkpSet,
    click_button,
    make_skps,
    on_modal,
    save_shot,
    settle,
)

PageMaker = Callable[..., SkpPage]


@pytest.fixture
def data(gui_office: Office) -> SkpSet:
    return make_skps(gui_office)


@pytest.fixture
def make_page(qtbot: QtBot, data: SkpSet) -> Iterator[PageMaker]:
    def make(actor: Actor | None = None, tahun: int = TAHUN) -> SkpPage:
        ctx = data.office.site.ctx(actor)
        ctx.tahun.set(tahun)
        page = SkpPage(ctx)
        qtbot.addWidget(page)
        page.resize(1180, 660)
        with qtbot.waitExposed(page):
            page.show()
        settle()
        return page

    yield make
    assert jobs.wait_for_jobs(20_000)


def names(page: SkpPage, proxy: SkpFilterProxy | None = None) -> list[str]:
    proxy = proxy or page.proxy
    return [proxy.row_at(r).nama for r in range(proxy.rowCount())]


def status_cell(proxy: SkpFilterProxy, row: int, role: int = Qt.ItemDataRole.DisplayRole
                ) -> object:
    return proxy.data(proxy.index(row, Column.STATUS), role)


# --- models --------------------------------------------------------------------------------------
def test_list_model_and_proxy_pass_modeltester(qtmodeltester, data: SkpSet) -> None:  # type: ignore[no-untyped-def]
    model = SkpListModel()
    model.set_rows(skp_service.list_skp(data.office.site.db, data.office.site.admin, TAHUN))
    qtmodeltester.check(model)
    proxy = SkpFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_status_filter(StatusTampil.DIKEMBALIKAN)
    qtmodeltester.check(proxy)
    assert [proxy.row_at(r).nama for r in range(proxy.rowCount())] == ["Dewi Lestari"]
    empty = SkpListModel()
    qtmodeltester.check(empty)


# --- roles and the list --------------------------------------------------------------------------
def test_admin_sees_every_skp_with_status_as_text_and_colour(make_page: PageMaker) -> None:
    page = make_page()
    assert page.title.text() == "SKP tahun 2026"
    assert names(page) == ["Ahmad Fauzi", "Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    texts = [status_cell(page.proxy, r) for r in range(4)]
    assert texts == ["Draf", "Diajukan", "Dikembalikan", "Ditetapkan"]
    for row, status in enumerate((StatusTampil.DRAFT, StatusTampil.DIAJUKAN,
                                  StatusTampil.DIKEMBALIKAN, StatusTampil.DITETAPKAN)):
        assert status_cell(page.proxy, row, StatusRole) is status
        fg, bg = STATUS_COLORS[status]
        assert status_cell(page.proxy, row, Qt.ItemDataRole.ForegroundRole) == fg
        assert status_cell(page.proxy, row, Qt.ItemDataRole.BackgroundRole) == bg
        assert str(status_cell(page.proxy, row, Qt.ItemDataRole.ToolTipRole))
    assert page.proxy.data(page.proxy.index(0, Column.PENILAI)) == "(belum ada)"
    assert page.proxy.data(page.proxy.index(3, Column.ISI)) == "2 / 2"
    assert page.counts.text().startswith("4 SKP")
    assert "Dikembalikan <b>1</b>" in page.counts.text()
    assert page.list_stack.currentWidget() is page.table
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Daftar SKP", "Menunggu persetujuan (1)", "Matriks peran hasil"]
    for button in page.buttons.values():
        assert button.defaultAction().toolTip()
    for widget in (page.unit_combo, page.status_combo, page.old_check, page.search):
        assert widget.toolTip()
    assert "<h3>SKP</h3>" in page.help_text() and "Ctrl+N" in page.help_text()


def test_filters_by_status_search_and_unit_with_sub_units(make_page: PageMaker,
                                                          data: SkpSet) -> None:
    page = make_page()
    page.status_combo.setCurrentIndex(page.status_combo.findData("DIAJUKAN"))
    assert names(page) == ["Budi Santoso"]
    assert settings.get(SKP_STATUS_FILTER) == "DIAJUKAN"
    assert page.counts.text().startswith("1 dari 4 SKP")
    page.status_combo.setCurrentIndex(0)
    page.search.setText("siti")
    assert names(page) == ["Siti Aminah"]
    page.search.setText("19860926 201505")  # a NIP as printed
    assert names(page) == ["Budi Santoso"]
    page.search.clear()
    sekretariat = page.unit_combo.findData(str(data.office.units["sekretariat"].id))
    page.unit_combo.setCurrentIndex(sekretariat)  # with Subbagian Umum below it
    settle()
    assert names(page) == ["Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(str(data.office.units["sd"].id)))
    settle()
    assert names(page) == []
    assert page.list_stack.currentWidget() is page.empty
    assert "cocok dengan filter" in page.empty_label.text()
    assert page.empty_clear.isVisible() and not page.empty_new.isVisible()
    page.empty_clear.click()
    settle()
    assert len(names(page)) == 4
    assert page.list_stack.currentWidget() is page.table


def test_old_versions_show_a_replaced_skp(make_page: PageMaker, data: SkpSet) -> None:
    db, admin = data.office.site.db, data.office.site.admin
    from kinerja_desktop.services import skp_workflow

    revisi = skp_workflow.buat_revisi(db, admin, data.ids["siti"], "Perubahan target")
    skp_workflow.ajukan(db, admin, revisi)
    skp_workflow.tetapkan(db, admin, revisi, tempat="Kota Contoh")
    page = make_page()
    assert names(page).count("Siti Aminah") == 1
    page.status_combo.setCurrentIndex(page.status_combo.findData("DIGANTIKAN"))
    assert page.old_check.isChecked()  # needed to see replaced versions
    settle()
    assert names(page) == ["Siti Aminah"]
    assert status_cell(page.proxy, 0) == "Digantikan"


def test_pegawai_sees_only_his_own_skp_and_no_queue(make_page: PageMaker, data: SkpSet) -> None:
    page = make_page(data.pegawai)
    assert data.pegawai.role is Role.PEGAWAI
    assert names(page) == ["Budi Santoso"]
    assert not page.has_queue and not page.has_matriks
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Daftar SKP"]
    assert not page.unit_combo.isVisible()
    assert page.queue_count == 0
    assert not page.show_tab("antrean")


def test_penilai_approves_from_his_queue(qtbot: QtBot, make_page: PageMaker,
                                         data: SkpSet) -> None:
    page = make_page(data.office.penilai)
    assert names(page) == ["Budi Santoso", "Dewi Lestari", "Siti Aminah"]  # not his atasan
    assert page.queue_count == 1
    assert names(page, page.queue_proxy) == ["Budi Santoso"]
    assert page.tabs.tabText(1) == "Menunggu persetujuan (1)"
    assert page.show_tab("antrean")
    page.queue_table.setFocus()
    page.queue_table.selectRow(0)
    qtbot.keyClick(page.queue_table, Qt.Key.Key_Return)
    assert page.editor_open()
    assert page.current_skp_id == data.ids["budi"]
    assert "Budi Santoso" in page.editor_title.text()
    editor = page.editor
    assert editor is not None
    with qtbot.waitSignal(page.queue_count_changed) as counted:
        assert editor.tetapkan(tempat="Kota Contoh")  # type: ignore[attr-defined]
    assert counted.args == [0]
    assert page.tabs.tabText(1) == "Menunggu persetujuan"
    assert page.queue_stack.currentWidget() is page.queue_empty
    assert "Tidak ada SKP tahun 2026 yang menunggu persetujuan Anda" in page.queue_empty.text()
    assert page.back_to_list()
    settle()
    row = names(page).index("Budi Santoso")
    assert status_cell(page.proxy, row) == "Ditetapkan"
    assert antrian_persetujuan(data.office.site.db, data.office.penilai, TAHUN) == []


# --- creating ------------------------------------------------------------------------------------
def test_pegawai_empty_year_and_ctrl_n_creates_his_skp(qtbot: QtBot, make_page: PageMaker,
                                                       data: SkpSet) -> None:
    page = make_page(data.pegawai, tahun=2027)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.list_stack.currentWidget() is page.empty
    assert page.empty_label.text().startswith("Anda belum memiliki SKP tahun 2027. Buat SKP")
    assert page.empty_new.isVisible() and page.empty_new.text() == "Buat SKP…"
    seen: list[str] = []

    def create(widget: QWidget) -> None:
        assert isinstance(widget, BuatSkpDialog)
        assert widget.own_label is not None and "Budi Santoso" in widget.own_label.text()
        assert widget.salin.isEnabled() and widget.salin.isChecked()  # his 2026 plan exists
        seen.append(widget.windowTitle())
        click_button(widget, "Buat SKP")

    problems = on_modal(create)
    qtbot.keyClick(page.empty_new, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == [] and seen == ["Buat SKP tahun 2027"]
    assert page.editor_open()
    created = page.current_skp_id
    assert created is not None
    detail = skp_service.get_skp(data.office.site.db, data.pegawai, created)
    assert (detail.tahun, detail.status, len(detail.isi.rhk)) == (2027, StatusSKP.DRAFT, 1)
    assert page.back_to_list()
    settle()
    assert names(page) == ["Budi Santoso"]
    assert status_cell(page.proxy, 0) == "Draf"
    assert page.selected_ids() == [created]


def test_admin_picks_the_pegawai_and_is_sent_to_an_existing_skp(
        make_page: PageMaker, data: SkpSet, tmp_path: Path) -> None:
    page = make_page()
    checks: list[str] = []

    def pick_siti(widget: QWidget) -> None:
        assert isinstance(widget, BuatSkpDialog)
        assert widget.picker is not None
        widget.picker.search.setText("siti")
        assert widget.select_pegawai(data.people["siti"])
        save_shot(widget, tmp_path, "skp_buat_dialog.png")
        assert not widget.create_button.isEnabled()
        assert widget.open_button.isVisible()
        checks.append(widget.message.text())
        widget.open_button.click()

    problems = on_modal(pick_siti)
    page.new_action.trigger()
    assert problems == []
    assert "sudah memiliki SKP tahun 2026 (status ditetapkan)" in checks[0]
    assert page.editor_open() and page.current_skp_id == data.ids["siti"]
    assert page.back_to_list()

    def pick_rudi(widget: QWidget) -> None:
        assert isinstance(widget, BuatSkpDialog)
        assert widget.select_pegawai(data.people["rudi"])
        assert widget.create_button.isEnabled() and not widget.salin.isEnabled()
        widget.create_button.click()

    problems = on_modal(pick_rudi)
    page.new_action.trigger()
    assert problems == []
    assert page.editor_open()
    assert page.back_to_list()
    settle()
    assert "Rudi Hartono" in names(page)
    assert page.info_bar.isVisible() and "SKP draf dibuat" in page.info_bar.label.text()


def test_admin_empty_state_offers_buat_and_impor(make_page: PageMaker) -> None:
    page = make_page(tahun=2028)
    assert page.empty_label.text() == (
        "Belum ada SKP tahun 2028. Buat SKP untuk pegawai dengan tombol di bawah, atau impor "
        "buku kerja Excel SKP.")
    assert page.empty_new.isVisible() and page.empty_import.isVisible()
    assert not page.export_action.isEnabled()


# --- editor embedding ----------------------------------------------------------------------------
def test_leaving_the_editor_asks_to_save_first(make_page: PageMaker, data: SkpSet,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page()
    assert page.open_skp(data.ids["ahmad"])
    editor = page.editor
    assert editor is not None
    editor.model.add_rhk(JenisRHK.UTAMA)  # type: ignore[attr-defined]
    assert editor.is_dirty()  # type: ignore[attr-defined]
    answers = iter([None, None, "buang"])
    asked: list[str | None] = []

    def ask() -> str | None:
        asked.append(answer := next(answers))
        return answer

    monkeypatch.setattr(editor, "_ask_save_discard", ask)
    assert not page.back_to_list()  # Batal: stay in the editor
    assert page.editor_open() and not page.may_close()
    assert page.back_button.toolTip()
    page.back_button.click()  # Buang perubahan
    assert not page.editor_open()
    assert asked == [None, None, "buang"]
    detail = skp_service.get_skp(data.office.site.db, data.office.site.admin, data.ids["ahmad"])
    assert len(detail.isi.rhk) == 1  # nothing was saved


def test_year_change_is_followed(make_page: PageMaker) -> None:
    page = make_page()
    assert len(names(page)) == 4
    page.ctx.tahun.set(2027)
    assert page.title.text() == "SKP tahun 2027"
    # Read in the background: a busy bar shows, the old rows stay until the new ones come.
    assert page.loading and page.loading_bar.isVisible()
    settle()
    assert not page.loading and not page.loading_bar.isVisible()
    assert names(page) == [] and page.queue_count == 0
    assert page.list_stack.currentWidget() is page.empty
    page.ctx.tahun.set(TAHUN)
    settle()
    assert len(names(page)) == 4 and page.queue_count == 1


# --- Excel ---------------------------------------------------------------------------------------
def test_export_selected_then_everything_shown(qtbot: QtBot, make_page: PageMaker,
                                               tmp_path: Path) -> None:
    page = make_page()
    page.table.selectRow(1)
    assert page.export_ids() == [page.proxy.row_at(1).id]
    out = tmp_path / "satu"
    out.mkdir()
    handle = page.export_to(out, page.export_ids())
    qtbot.waitUntil(lambda: not handle.running)
    assert [p.name for p in out.iterdir()] == [
        "SKP_2026_198609262015051001_Budi_Santoso.xlsx"]
    assert "1 buku kerja SKP disimpan" in page.info_bar.label.text()
    page.table.clearSelection()
    page.search.setText("a")  # Ahmad, Dewi, Siti, Budi Santoso all contain an "a"
    page.status_combo.setCurrentIndex(page.status_combo.findData("DRAFT"))
    assert page.export_ids() == [page.proxy.row_at(0).id]
    page.status_combo.setCurrentIndex(0)
    everything = tmp_path / "semua"
    everything.mkdir()
    handle = page.export_to(everything, page.export_ids())
    qtbot.waitUntil(lambda: not handle.running)
    assert len(list(everything.glob("*.xlsx"))) == 4
    assert handle.result is not None and len(handle.result) == 4


def _exported(page: SkpPage, qtbot: QtBot, skp_id: object, folder: Path) -> Path:
    folder.mkdir()
    handle = page.export_to(folder, [skp_id])  # type: ignore[list-item]
    qtbot.waitUntil(lambda: not handle.running)
    [path] = list(folder.glob("*.xlsx"))
    return path


def _preview(qtbot: QtBot, page: SkpPage, path: Path) -> SkpImportDialog:
    dialog = page.start_import(path)
    assert isinstance(dialog, SkpImportDialog)
    job = dialog.preview_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running)
    return dialog


def test_import_lists_row_errors_and_imports_nothing(qtbot: QtBot, make_page: PageMaker,
                                                     data: SkpSet, tmp_path: Path,
                                                     qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = make_page()
    path = _exported(page, qtbot, data.ids["dewi"], tmp_path / "ekspor")
    book = load_workbook(path)
    sheet = book["SKP"]
    assert sheet["F18"].value == "4 dokumen"
    sheet["F18"] = "empat dokumen"
    sheet["B18"] = "RHK pimpinan yang tidak ada"
    book.save(path)
    before = skp_service.get_skp(data.office.site.db, data.office.site.admin, data.ids["dewi"])
    dialog = _preview(qtbot, page, path)
    errors = dialog.errors_model.errors
    assert errors and {e.row for e in errors} == {18}
    assert {e.column for e in errors} >= {"F"}
    assert not dialog.import_button.isEnabled()
    assert "Tidak ada yang diimpor sampai semuanya diperbaiki" in dialog.status.text()
    model = dialog.errors_model
    assert model.data(model.index(0, 0)) == "18"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Masalah"
    qtmodeltester.check(model)
    assert dialog.do_import() is None
    dialog.reject()
    after = skp_service.get_skp(data.office.site.db, data.office.site.admin, data.ids["dewi"])
    assert after.version == before.version and after.isi == before.isi


def test_import_of_a_fixed_workbook_replaces_the_draft(qtbot: QtBot, make_page: PageMaker,
                                                        data: SkpSet, tmp_path: Path) -> None:
    page = make_page()
    path = _exported(page, qtbot, data.ids["dewi"], tmp_path / "ekspor")
    book = load_workbook(path)
    book["SKP"]["F18"] = "6 dokumen"
    book.save(path)
    dialog = _preview(qtbot, page, path)
    assert dialog.errors_model.rowCount() == 0
    assert dialog.import_button.isEnabled()
    assert "Dewi Lestari" in dialog.fields["pegawai"].text()
    assert dialog.fields["tindakan"].text().startswith("Mengganti isi SKP draf")
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    assert imported.args == [data.ids["dewi"]]
    detail = skp_service.get_skp(data.office.site.db, data.office.site.admin, data.ids["dewi"])
    assert detail.isi.rhk[0].iki[0].target_label() == "6 dokumen"
    assert page.info_bar.label.text() == "SKP diimpor dari Excel."


def test_dropping_a_workbook_opens_the_preview_with_file_problems(
        qtbot: QtBot, make_page: PageMaker, tmp_path: Path) -> None:
    page = make_page()
    path = tmp_path / "bukan-skp.xlsx"
    book = Workbook()
    book.active["A1"] = "Daftar belanja"
    book.save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    dialog = page.import_dialog
    assert isinstance(dialog, SkpImportDialog)
    job = dialog.preview_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running)
    assert dialog.file_error and "bukan-skp.xlsx" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.recheck_button.isEnabled()
    dialog.reject()


def test_row_error_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from kinerja_desktop.documents.xlsx_reader import RowError

    model = RowErrorModel()
    model.set_errors([RowError(20, "F", "TARGET", "Target harus angka dan satuan."),
                      RowError(18, "", "", "Baris RHK tanpa indikator.")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "18"  # sorted by row
    assert model.data(model.index(1, 1)) == "F (TARGET)"


# --- in the main window --------------------------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, data: SkpSet) -> Iterator[MainWindow]:
    ctx = data.office.site.ctx()
    ctx.tahun.set(TAHUN)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    assert jobs.wait_for_jobs(20_000)


def test_main_window_f5_ctrl_n_and_badge(qtbot: QtBot, window: MainWindow,
                                         data: SkpSet) -> None:
    assert window.show_page("skp")
    page = window.skp_page
    assert page is not None
    settle()
    entry = window.nav_entry("skp")
    assert entry is not None and entry.text() == "SKP  (1 menunggu)"
    assert "1 SKP menunggu persetujuan Anda" in entry.toolTip()
    skp_service.buat_skp(data.office.site.db, data.office.site.admin, data.people["rudi"],
                         TAHUN)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle()
    assert "Rudi Hartono" in names(page)
    seen: list[object] = []

    def close(widget: QWidget) -> None:
        seen.append(type(widget))
        widget.close()

    problems = on_modal(close)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == [] and seen == [BuatSkpDialog]


def test_xlsx_dropped_on_the_window_goes_to_the_page_shown(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.skp_page is not None and window.pegawai_page is not None
    skp_started: list[Path] = []
    pegawai_started: list[Path] = []
    monkeypatch.setattr(window.skp_page, "start_import", skp_started.append)
    monkeypatch.setattr(window.pegawai_page, "start_import", pegawai_started.append)
    target = tmp_path / "skp.xlsx"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])

    def drop() -> None:
        window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    assert window.show_page("skp")
    drop()
    assert skp_started == [target] and pegawai_started == []
    assert window.show_page("beranda")
    drop()
    assert pegawai_started == [target] and window.current_key() == "pegawai"


def test_screenshot_1366x768_with_data(window: MainWindow, tmp_path: Path) -> None:
    window.resize(1366, 768)
    assert window.show_page("skp")
    assert fits_screen(window)
    page = window.skp_page
    assert page is not None
    settle()
    page.table.selectRow(1)
    shot = save_shot(window, tmp_path, "skp_1366x768.png")
    assert shot.stat().st_size > 0
    assert window.width() <= 1366
    assert not page.table.horizontalScrollBar().isVisible()  # every column fits
