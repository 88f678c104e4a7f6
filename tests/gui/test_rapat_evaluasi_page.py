"""Rapat Evaluasi page on a real SQLite database: the agenda (unit recap), filling and
saving the meeting record by keyboard and mouse, reloading it, the follow-up model,
the unsaved-changes guard, the export, roles and the 1366×768 fit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kinerja_desktop.documents.rapat_workbook import AGENDA_SHEET, NOTULEN_SHEET
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.rapat_evaluasi_model import (
    AgendaColumn,
    AgendaModel,
    TindakLanjutModel,
    TlColumn,
)
from kinerja_desktop.gui.rapat_evaluasi_page import PilihPesertaDialog, RapatEvaluasiPage
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.rapat_evaluasi import (
    RapatInput,
    TindakLanjut,
    get_rapat,
    simpan_rapat,
)
from kinerja_desktop.services.rekap import rekap_unit
from kinerja_desktop.storage.models import RapatEvaluasi
from tests.gui.conftest import NIPS, SiteDb
from tests.gui.skp_fixtures import on_modal, save_shot, settle
from tests.gui.test_penilaian_page import TAHUN, TW1, Data, make_ditetapkan

OUTPUT = Path(__file__).resolve().parent / "output"
A, S = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI


@pytest.fixture
def data(gui_office: object) -> Data:
    d = make_ditetapkan(gui_office)  # type: ignore[arg-type]
    site = d.office.site
    nilai(site.db, site.admin, d.ids["budi"], TW1, rating_hasil_kerja=A, rating_perilaku=A,
          today=dt.date(TAHUN, 4, 2))
    nilai(site.db, site.admin, d.ids["dewi"], TW1, rating_hasil_kerja=S, rating_perilaku=S,
          today=dt.date(TAHUN, 4, 2))
    return d


PageMaker = Callable[..., RapatEvaluasiPage]


@pytest.fixture
def make_page(qtbot: QtBot, data: Data) -> Iterator[PageMaker]:
    def make(actor: Actor | None = None, unit: str = "sekretariat") -> RapatEvaluasiPage:
        ctx = data.office.site.ctx(actor or data.office.penilai)
        ctx.tahun.set(TAHUN)
        page = RapatEvaluasiPage(ctx)
        qtbot.addWidget(page)
        page.resize(1180, 680)
        with qtbot.waitExposed(page):
            page.show()
        settle()
        page.set_unit(data.office.units[unit].id)
        settle()
        page.set_periode(TW1)
        settle()
        return page

    yield make
    settle()


def count_rapat(data: Data) -> int:
    with data.office.site.db.read() as s:
        return s.scalar(select(func.count()).select_from(RapatEvaluasi)) or 0


def test_agenda_shows_the_unit_recap_and_counts(make_page: PageMaker, data: Data) -> None:
    page = make_page()
    m = page.agenda_model
    names = [m.data(m.index(r, AgendaColumn.NAMA)) for r in range(m.rowCount())]
    assert names == ["Siti Aminah", "Budi Santoso", "Dewi Lestari"]  # the head first
    assert [m.data(m.index(r, AgendaColumn.PREDIKAT)) for r in range(3)] == [
        "", "Sangat Baik", "Baik"]
    assert m.data(m.index(0, AgendaColumn.STATUS)) == "Belum diisi"
    assert m.data(m.index(1, AgendaColumn.HASIL_KERJA)) == "Di Atas"
    assert m.data(m.index(1, AgendaColumn.HASIL_KERJA), Qt.ItemDataRole.ToolTipRole) == (
        "Di Atas Ekspektasi")
    text = page.counts_label.text()
    assert "Sangat Baik 1 · Baik 1 · Butuh Perbaikan 0" in text
    assert "Dinilai 2 dari 3 pegawai" in text and "belum dinilai 1" in text
    assert page.save_action.isEnabled() and not page.delete_action.isEnabled()
    assert "Belum dicatat" in page.form_state.text()


def test_models_pass_the_model_tester(qtmodeltester: object, data: Data) -> None:
    site = data.office.site
    ag = AgendaModel()
    ag.set_rows(rekap_unit(site.db, site.admin, data.office.units["sekretariat"].id,
                           TW1).baris)
    qtmodeltester.check(ag)  # type: ignore[attr-defined]
    model = TindakLanjutModel()
    model.set_items([TindakLanjut("Lengkapi bukti dukung", "Budi", dt.date(TAHUN, 4, 30)),
                     TindakLanjut("Pendampingan", "", None, True)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, TlColumn.BATAS_WAKTU)) == "30 April 2025"
    assert model.data(model.index(0, TlColumn.BATAS_WAKTU), Qt.ItemDataRole.EditRole) == (
        "30-04-2025")
    assert model.data(model.index(1, TlColumn.SELESAI),
                      Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.insertRows(1, 1) and model.rowCount() == 3
    assert model.setData(model.index(1, TlColumn.URAIAN), "Rapat lanjutan")
    assert model.setData(model.index(1, TlColumn.BATAS_WAKTU), "31-02-2025")
    assert model.data(model.index(1, TlColumn.BATAS_WAKTU),
                      Qt.ItemDataRole.BackgroundRole) is not None  # marked invalid
    assert model.setData(model.index(1, TlColumn.SELESAI), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [t.uraian for t in model.items()] == [
        "Lengkapi bukti dukung", "Rapat lanjutan", "Pendampingan"]
    assert model.items()[1].batas_waktu == "31-02-2025" and model.items()[1].selesai
    assert model.removeRows(0, 2) and [t.uraian for t in model.items()] == ["Pendampingan"]
    model.set_read_only(True)
    assert not model.setData(model.index(0, TlColumn.URAIAN), "x")
    assert not model.flags(model.index(0, TlColumn.URAIAN)) & Qt.ItemFlag.ItemIsEditable


def test_fill_save_and_reload(qtbot: QtBot, make_page: PageMaker, data: Data) -> None:
    page = make_page()
    page.activateWindow()
    qtbot.waitActive(page)
    page.tanggal_edit.setDate(QDate(TAHUN, 4, 10))
    assert page.tanggal_edit.text() == "10 April 2025"
    qtbot.keyClicks(page.tempat_edit, "Ruang Rapat Sekretariat")
    page.pimpinan_edit.setText("Siti Aminah")  # typing would pop up the completer
    qtbot.keyClicks(page.peserta_entry, "Drs. Hasan, Inspektorat")
    qtbot.keyClick(page.peserta_entry, Qt.Key.Key_Return)

    def pick(widget: QWidget) -> None:
        assert isinstance(widget, PilihPesertaDialog)
        assert widget.list.count() == 3
        widget.list.item(0).setCheckState(Qt.CheckState.Checked)  # Siti
        widget.list.item(2).setCheckState(Qt.CheckState.Checked)  # Dewi
        widget.accept()

    errors = on_modal(pick)
    qtbot.mouseClick(page.pick_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert page.peserta() == ["Drs. Hasan, Inspektorat", "Siti Aminah — Sekretaris",
                              "Dewi Lestari — Analis SDM Aparatur"]
    page.kesimpulan_edit.setFocus()
    qtbot.keyClicks(page.kesimpulan_edit, "Capaian sekretariat triwulan I baik.")
    qtbot.mouseClick(page.add_tl_button, Qt.MouseButton.LeftButton)
    editor = page.tl_table.focusWidget()  # the cell editor opened on the new row
    assert editor is not None and page.tl_table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "Lengkapi bukti dukung")
    assert page.is_dirty() and "Belum disimpan" in page.form_state.text()
    # Ctrl+S while the cell is still being edited: what was typed counts.
    page.activateWindow()  # back from the dialog
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not errors
    saved = get_rapat(data.office.site.db, data.office.site.admin,
                      data.office.units["sekretariat"].id, TAHUN, TW1)
    assert saved is not None and saved.version == 1
    assert (saved.tanggal, saved.tempat, saved.pimpinan) == (
        dt.date(TAHUN, 4, 10), "Ruang Rapat Sekretariat", "Siti Aminah")
    assert saved.peserta == tuple(page.peserta())
    assert saved.kesimpulan == "Capaian sekretariat triwulan I baik."
    assert [t.uraian for t in saved.tindak_lanjut] == ["Lengkapi bukti dukung"]
    assert not page.is_dirty() and "Tersimpan" in page.form_state.text()
    assert page.delete_action.isEnabled() and not page.save_action.isEnabled()

    again = make_page()
    assert again.rapat == saved
    assert again.tempat_edit.text() == "Ruang Rapat Sekretariat"
    assert again.peserta() == page.peserta()
    assert again.kesimpulan_edit.toPlainText() == saved.kesimpulan
    assert again.tl_model.rowCount() == 1 and not again.is_dirty()


def test_a_refused_save_shows_the_message_and_keeps_the_form(
    make_page: PageMaker, data: Data,
) -> None:
    page = make_page()
    page.peserta_entry.setText("Budi Santoso")
    page.add_peserta_button.click()
    messages: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        messages.append(widget.text())
        widget.close()

    errors = on_modal(read)
    assert not page.save()
    assert not errors and "Kesimpulan rapat masih kosong" in messages[0]
    assert count_rapat(data) == 0 and page.peserta() == ["Budi Santoso"] and page.is_dirty()


def test_unsaved_changes_are_guarded(make_page: PageMaker, data: Data) -> None:
    page = make_page()
    page.kesimpulan_edit.setPlainText("Belum selesai ditulis")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox)
            asked.append(widget.text())
            widget.button(button).click()
        return act

    errors = on_modal(answer(QMessageBox.StandardButton.Cancel))
    assert not page.may_close()
    assert not errors and "belum disimpan" in asked[-1]
    # Switching unit is refused too while the user stays.
    errors = on_modal(answer(QMessageBox.StandardButton.Cancel))
    page.set_unit(data.office.units["umum"].id)
    assert not errors and page.current_unit() == data.office.units["sekretariat"].id
    assert page.kesimpulan_edit.toPlainText() == "Belum selesai ditulis"
    errors = on_modal(answer(QMessageBox.StandardButton.Discard))
    assert page.may_close() and not errors
    assert count_rapat(data) == 0


def test_export_notulen(make_page: PageMaker, data: Data, tmp_path: Path) -> None:
    site = data.office.site
    simpan_rapat(site.db, site.admin, data.office.units["sekretariat"].id, TAHUN, TW1,
                 RapatInput(dt.date(TAHUN, 4, 9), "Aula", "Siti Aminah", ("Budi Santoso",),
                            "Baik", (TindakLanjut("Pendampingan", "Dewi"),)))
    page = make_page()
    assert not page.is_dirty()
    handle = page.export_to(tmp_path / "notulen")
    assert handle is not None
    settle()
    book = load_workbook(tmp_path / "notulen.xlsx")
    assert book.sheetnames == [NOTULEN_SHEET, AGENDA_SHEET]
    values = {v for row in book[NOTULEN_SHEET].iter_rows(values_only=True) for v in row}
    assert {": 9 April 2025", ": Aula", "Budi Santoso", "Pendampingan"} <= values
    names = [r[1] for r in book[AGENDA_SHEET].iter_rows(min_row=5, max_row=7,
                                                         values_only=True)]
    assert names == ["Siti Aminah", "Budi Santoso", "Dewi Lestari"]
    assert "notulen.xlsx" in page.info.label.text()


def test_roles(make_page: PageMaker, data: Data) -> None:
    site = data.office.site
    admin = make_page(site.admin)
    assert admin.unit_combo.count() == 4 and admin.can_edit
    # The head of Sekretariat opens his unit and the sub-unit below it only.
    head = make_page()
    assert head.unit_combo.count() == 2
    # A pegawai heads nothing: the empty state says what to do.
    create_account(site.db, site.admin, "budi", "rahasia-budi-1", Role.PEGAWAI, nip=NIPS[2])
    pegawai = make_page(login(site.db, "budi", "rahasia-budi-1"))
    assert pegawai.stack.currentWidget() is pegawai.empty
    assert "kepala unit atau admin" in pegawai.empty_label.text()
    assert not pegawai.save_action.isEnabled()


def test_screenshot_1366x768(make_page: PageMaker, data: Data) -> None:
    site = data.office.site
    simpan_rapat(site.db, site.admin, data.office.units["sekretariat"].id, TAHUN, TW1,
                 RapatInput(dt.date(TAHUN, 4, 9), "Ruang Rapat Sekretariat", "Siti Aminah",
                            ("Siti Aminah — Sekretaris", "Budi Santoso — Pengadministrasi Umum",
                             "Dewi Lestari — Analis SDM Aparatur", "Drs. Hasan, Inspektorat"),
                            "Capaian sekretariat triwulan I Baik; distribusi predikat sesuai "
                            "kurva.\nSatu pegawai belum dinilai karena realisasi terlambat.",
                            (TindakLanjut("Lengkapi realisasi triwulan I", "Siti Aminah",
                                          dt.date(TAHUN, 4, 30)),
                             TindakLanjut("Pendampingan bukti dukung", "Dewi Lestari", None,
                                          True))))
    page = make_page()
    page.resize(1366, 768)
    hint = page.minimumSizeHint()
    # Inside the main window the page gets the width beside the sidebar.
    assert hint.width() <= 1150 and hint.height() <= 680, hint
    OUTPUT.mkdir(exist_ok=True)
    shot = save_shot(page, OUTPUT, "rapat_evaluasi_1366x768.png")
    assert shot.stat().st_size > 0


def test_delete_asks_once_and_removes_the_record(make_page: PageMaker, data: Data) -> None:
    site = data.office.site
    simpan_rapat(site.db, site.admin, data.office.units["sekretariat"].id, TAHUN, TW1,
                 RapatInput(dt.date(TAHUN, 4, 9), "Aula", "", ("Budi Santoso",), "Baik",
                            (TindakLanjut("Pendampingan"),)))
    page = make_page()
    asked: list[str] = []

    def yes(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        asked.append(widget.text())
        widget.button(QMessageBox.StandardButton.Yes).click()

    errors = on_modal(yes)
    assert page.delete()
    assert not errors and "1 tindak lanjut" in asked[0] and "TRIWULAN I" in asked[0]
    assert get_rapat(site.db, site.admin, data.office.units["sekretariat"].id, TAHUN,
                     TW1) is None
    assert page.rapat is None and page.peserta() == [] and not page.is_dirty()
    assert "Belum dicatat" in page.form_state.text()


def test_changing_the_year_saves_what_was_typed_for_the_old_year(
    make_page: PageMaker, data: Data,
) -> None:
    page = make_page()
    page.peserta_entry.setText("Budi Santoso")
    page.add_peserta_button.click()
    page.kesimpulan_edit.setPlainText("Baik")

    def save(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        widget.button(QMessageBox.StandardButton.Save).click()

    errors = on_modal(save)
    page.ctx.tahun.set(TAHUN + 1)
    settle()
    assert not errors
    saved = get_rapat(data.office.site.db, data.office.site.admin,
                      data.office.units["sekretariat"].id, TAHUN, TW1)
    assert saved is not None and saved.peserta == ("Budi Santoso",)
    current = page.current_periode()
    assert current is not None and current.tahun == TAHUN + 1
    assert page.rapat is None and not page.is_dirty()
    assert page.title.text() == f"Rapat evaluasi tahun {TAHUN + 1}"


def test_empty_state_screenshot(make_page: PageMaker, data: Data) -> None:
    site = data.office.site
    create_account(site.db, site.admin, "dewi", "rahasia-dewi-1", Role.PEGAWAI, nip=NIPS[3])
    page = make_page(login(site.db, "dewi", "rahasia-dewi-1"))
    page.resize(1366, 768)
    assert page.stack.currentWidget() is page.empty and not page.empty_button.isVisible()
    OUTPUT.mkdir(exist_ok=True)
    assert save_shot(page, OUTPUT, "rapat_evaluasi_kosong_1366x768.png").stat().st_size > 0


def test_without_units_the_admin_is_sent_to_unit_kerja(qtbot: QtBot, gui_site: SiteDb) -> None:
    page = RapatEvaluasiPage(gui_site.ctx())
    qtbot.addWidget(page)
    page.show()
    settle()
    assert page.stack.currentWidget() is page.empty and page.empty_button.isVisible()
    assert "Belum ada unit kerja" in page.empty_label.text()
    assert page.may_close()
    with qtbot.waitSignal(page.page_requested) as blocker:
        page.empty_button.click()
    assert blocker.args == ["unit_kerja"]
