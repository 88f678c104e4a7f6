"""Jendela utama and the Unit Kerja page on a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui import jobs, settings
from kinerja_desktop.gui.cetak_page import CetakPage
from kinerja_desktop.gui.main_window import MainWindow, fits_screen
from kinerja_desktop.gui.rapat_evaluasi_page import RapatEvaluasiPage
from kinerja_desktop.gui.skm_page import SkmPage
from kinerja_desktop.gui.tindak_lanjut_page import TindakLanjutPage
from kinerja_desktop.gui.unit_page import UnitFormDialog, UnitPage
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.skp import buat_skp
from kinerja_desktop.services.unit_kerja import list_units
from tests.gui.conftest import NIPS, Office, SiteDb


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[object]:
    made: list[MainWindow] = []

    def make(site: SiteDb, actor: Actor | None = None) -> MainWindow:
        window = MainWindow(site.ctx(actor))
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield make
    assert jobs.wait_for_jobs(20_000)


def test_fits_1366x768_and_screenshot(qtbot: QtBot, make_window, gui_office: Office,
                                      tmp_path: Path) -> None:
    window: MainWindow = make_window(gui_office.site)
    window.resize(1366, 768)
    assert fits_screen(window)
    for key in ("beranda", "pegawai", "unit_kerja", "skp"):
        assert window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (key, hint)
        shot = tmp_path / f"main_{key}.png"
        assert window.grab().save(str(shot))
        assert shot.stat().st_size > 0
    assert window.width() <= 1366


def test_sidebar_by_role_and_later_modules(make_window, gui_office: Office) -> None:
    window: MainWindow = make_window(gui_office.site)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:3] == ["Beranda", "Pegawai", "Unit Kerja"]
    assert "Pengaturan" in titles and "Sinkronisasi" in titles
    skp = window.sidebar.item(titles.index("SKP"))
    assert skp.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Sasaran Kinerja Pegawai" in skp.toolTip()
    assert window.show_page("skp") and window.current_key() == "skp"
    later = window.sidebar.item(titles.index("Pengaturan"))
    assert not later.flags() & Qt.ItemFlag.ItemIsEnabled
    assert later.toolTip() == "Belum tersedia pada versi ini"
    assert not window.show_page("pengaturan")
    # the assessment follow-up pages of issue 4 are there
    for key, page in (("tindak_lanjut", TindakLanjutPage), ("skm", SkmPage),
                      ("rapat_evaluasi", RapatEvaluasiPage), ("cetak", CetakPage)):
        assert window.show_page(key) and isinstance(window.current_page(), page), key

    penilai: MainWindow = make_window(gui_office.site, gui_office.penilai)
    titles = [penilai.sidebar.item(i).text() for i in range(penilai.sidebar.count())]
    assert "Penilaian" in titles and "Pengaturan" not in titles and "Sinkronisasi" not in titles
    assert not penilai.import_action.isEnabled() and not penilai.demo_action.isEnabled()
    assert penilai.unit_page is not None
    assert not penilai.unit_page.add_action.isEnabled()
    assert not penilai.unit_page.delete_action.isEnabled()
    assert penilai.show_page("skp") and penilai.skp_page is not None
    assert penilai.skp_page.has_queue


def test_pegawai_account_sees_skp_but_not_the_staff_pages(make_window, gui_office: Office) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    create_account(db, admin, "dewi", "rahasia-pegawai-2", Role.PEGAWAI, nip=NIPS[3])
    window: MainWindow = make_window(gui_office.site, login(db, "dewi", "rahasia-pegawai-2"))
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(window.sidebar.count())]
    assert "skp" in keys and "pegawai" not in keys and "unit_kerja" not in keys
    assert window.show_page("skp")
    assert window.skp_page is not None and not window.skp_page.has_queue
    assert window.nav_entry("skp").text() == "SKP"  # type: ignore[union-attr]


def test_year_selector_is_remembered_and_followed(make_window, gui_office: Office) -> None:
    window: MainWindow = make_window(gui_office.site)
    combo = window.year_selector.combo
    years = [int(combo.itemData(i)) for i in range(combo.count())]
    this_year = dt.date.today().year
    assert years == list(range(this_year - 2, this_year + 3))
    assert window.year_selector.year() == this_year and combo.toolTip()
    combo.setCurrentIndex(combo.findData(this_year + 1))
    assert window.ctx.tahun.value == this_year + 1
    assert settings.get(settings.TAHUN_KERJA) == this_year + 1
    assert window.skp_page is not None
    assert window.skp_page.title.text() == f"SKP tahun {this_year + 1}"
    again: MainWindow = make_window(gui_office.site)
    assert again.year_selector.year() == this_year + 1


def test_close_waits_for_the_skp_editor(make_window, gui_office: Office,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    pegawai = find_pegawai_by_nip(db, admin, NIPS[4])
    window: MainWindow = make_window(gui_office.site)
    skp_id = buat_skp(db, admin, pegawai.id, window.ctx.tahun.value)
    assert window.show_page("skp") and window.skp_page is not None
    assert window.skp_page.open_skp(skp_id)
    editor = window.skp_page.editor
    assert editor is not None
    monkeypatch.setattr(editor, "maybe_save", lambda: False)  # the user chose Batal
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(editor, "maybe_save", lambda: True)
    window.close()
    assert not window.isVisible()


def test_pegawai_skp_tab_opens_the_editor_on_the_skp_page(
    make_window, gui_office: Office
) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    pegawai = find_pegawai_by_nip(db, admin, NIPS[4])
    window: MainWindow = make_window(gui_office.site)
    skp_id = buat_skp(db, admin, pegawai.id, window.ctx.tahun.value)
    assert window.show_page("pegawai") and window.pegawai_page is not None
    window.pegawai_page.select_pegawai(pegawai.id)
    window.pegawai_page.tabs.setCurrentWidget(window.pegawai_page.skp_tab)
    window.pegawai_page.skp_tab.open_current()
    assert window.current_key() == "skp"
    assert window.skp_page is not None and window.skp_page.editor is not None
    assert window.skp_page.editor.skp_id == skp_id


def test_status_bar_and_home(make_window, gui_office: Office) -> None:
    window: MainWindow = make_window(gui_office.site)
    assert "DISDIK-LS" in window.site_status.text()
    assert window.db_status.text() == "Basis data: kinerja.sqlite"
    assert "admin" in window.user_status.text() and "Admin" in window.user_status.text()
    assert window.home.pegawai_count.text() == "5"
    assert window.home.unit_count.text() == "4"
    assert not window.home.empty_box.isVisible()


def test_home_empty_state(make_window, gui_site: SiteDb) -> None:
    window: MainWindow = make_window(gui_site)
    window.show_page("beranda")
    assert window.home.empty_box.isVisible()
    assert window.home.empty_label.text() == (
        "Belum ada pegawai. Impor dari Excel atau buat data contoh.")
    assert window.home.import_button.isVisible() and window.home.demo_button.isVisible()
    window.show_page("unit_kerja")
    assert window.unit_page is not None
    assert window.unit_page.stack.currentWidget() is window.unit_page.empty
    assert "Belum ada unit kerja" in window.unit_page.empty_label.text()


def test_global_search_opens_pegawai(qtbot: QtBot, make_window, gui_office: Office) -> None:
    window: MainWindow = make_window(gui_office.site)
    window.show_page("unit_kerja")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "siti")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_key() == "pegawai"
    assert window.pegawai_page is not None
    assert window.pegawai_page.search.text() == "siti"
    assert window.search_edit.text() == ""


def test_drop_xlsx_goes_to_pegawai_import(make_window, gui_office: Office, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window: MainWindow = make_window(gui_office.site)
    assert window.pegawai_page is not None
    started: list[Path] = []
    monkeypatch.setattr(window.pegawai_page, "start_import", started.append)
    mime = QMimeData()
    target = tmp_path / "pegawai.xlsx"
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert started == [target]
    assert window.current_key() == "pegawai"


def test_f1_shows_help_for_the_current_screen(qtbot: QtBot, make_window, gui_office: Office,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window: MainWindow = make_window(gui_office.site)
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    window.show_page("unit_kerja")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    window.show_page("beranda")
    window.help_action.trigger()
    assert "<h3>Unit Kerja</h3>" in texts[0]
    assert "<h3>Beranda</h3>" in texts[1]


def test_geometry_saved_on_close(make_window, gui_office: Office) -> None:
    window: MainWindow = make_window(gui_office.site)
    window.show_page("unit_kerja")
    window.close()
    assert settings.get(settings.WINDOW_GEOMETRY)
    assert settings.get(settings.LAST_PAGE) == "unit_kerja"
    again: MainWindow = make_window(gui_office.site)
    assert again.current_key() == "unit_kerja"


# --- Unit Kerja ------------------------------------------------------------------------------
def _on_modal(qtbot: QtBot, action) -> list[str]:  # type: ignore[no-untyped-def]
    """Runs ``action(widget)`` on the next modal dialog once it is open."""
    errors: list[str] = []

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, run)
            return
        try:
            action(widget)
        except Exception as exc:  # reported by the test, never left hanging
            errors.append(repr(exc))
            widget.close()

    QTimer.singleShot(0, run)
    return errors


def test_unit_page_add_edit_delete(qtbot: QtBot, gui_office: Office) -> None:
    ctx = gui_office.site.ctx()
    page = UnitPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.tree.setFocus()
    sd = gui_office.units["sd"]
    page.select_unit(sd.id)
    assert page.detail_fields["kode"].text() == "1.02"
    assert page.detail_fields["induk"].text() == "1 — Dinas Pendidikan"

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, UnitFormDialog)
        assert widget.parent_id() == sd.id  # new sub-unit under the selection
        widget.kode.setText("1.02.01")
        widget.nama.setText("Seksi Kurikulum SD")
        widget.accept()

    problems = _on_modal(qtbot, fill)
    with qtbot.waitSignal(page.units_changed):
        qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    current = page.current_unit()
    assert current is not None and current.kode == "1.02.01"
    assert page.model.total(sd.id) == 1 and page.model.child_count(sd.id) == 1

    def rename(widget: QWidget) -> None:
        assert isinstance(widget, UnitFormDialog)
        widget.nama.setText("Seksi Kurikulum dan Penilaian SD")
        widget.accept()

    problems = _on_modal(qtbot, rename)
    with qtbot.waitSignal(page.units_changed):
        page.edit_action.trigger()
    assert problems == []
    assert page.detail_fields["nama"].text() == "Seksi Kurikulum dan Penilaian SD"

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        assert "Yang hilang" in widget.text()
        [hapus] = [b for b in widget.findChildren(QPushButton) if b.text() == "Hapus"]
        hapus.click()

    problems = _on_modal(qtbot, confirm)
    with qtbot.waitSignal(page.units_changed):
        page.delete_action.trigger()
    assert problems == []
    assert [u.kode for u in list_units(ctx.db, ctx.actor)] == ["1", "1.01", "1.01.01", "1.02"]
    assert page.current_unit() == page.model.unit_at(page.model.index_of(sd.id))


def test_unit_with_pegawai_is_not_deleted(qtbot: QtBot, gui_office: Office,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    page = UnitPage(gui_office.site.ctx())
    qtbot.addWidget(page)
    first = page.current_unit()  # the first unit is selected, so the detail pane shows data
    assert first is not None and first.kode == "1"
    assert page.detail_fields["total"].text() == "5"
    page.select_unit(gui_office.units["umum"].id)
    page.delete_action.trigger()
    assert told and "2 pegawai" in told[0] and "tidak ada yang diubah" in told[0]
    assert len(list_units(gui_office.site.db, gui_office.site.admin)) == 4


def test_unit_form_validation_inline(qtbot: QtBot, gui_office: Office) -> None:
    ctx = gui_office.site.ctx()
    units = list_units(ctx.db, ctx.actor)
    dialog = UnitFormDialog(ctx, units, unit=gui_office.units["sekretariat"])
    qtbot.addWidget(dialog)
    dialog.show()
    # The unit itself and everything below it cannot become its parent.
    choices = [dialog.induk.itemText(i) for i in range(dialog.induk.count())]
    assert not any(c.startswith("1.01") for c in choices)
    assert dialog.kode.toolTip() and dialog.nama.toolTip() and dialog.induk.toolTip()
    dialog.kode.setText("1.02")  # taken by Bidang SD
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible() and "sudah dipakai" in dialog.message.text()
    dialog.kode.setText("")
    dialog.accept()
    assert dialog.message.text().startswith("Kode unit wajib diisi")


def test_verify_menu_opens_the_dialog_for_every_role(make_window, gui_office: Office) -> None:
    from kinerja_desktop.gui.verifikasi_dialog import VerifikasiDialog

    window: MainWindow = make_window(gui_office.site, gui_office.penilai)
    assert window.verify_action.isEnabled()
    assert window.verify_action.shortcut().toString() == "Ctrl+Shift+V"
    window.verify_action.trigger()
    dialogs = window.findChildren(VerifikasiDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
