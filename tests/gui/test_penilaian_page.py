"""Penilaian page on a real SQLite database: the keyboard-driven rating grid, the live
predikat and chart, saving all at once, undo, refusals, roles and the 1366×768 fit."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kinerja_desktop.domain.periode import periode_bawaan
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import Aspek, Iki, IsiSKP, JenisRHK, Rhk
from kinerja_desktop.gui.main_window import MainWindow, fits_screen
from kinerja_desktop.gui.penilaian_grid_model import Column, PenilaianGridModel
from kinerja_desktop.gui.penilaian_page import PenilaianPage
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services import skp_workflow
from kinerja_desktop.services.aturan_periode import list_periode
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.penilaian import daftar_penilaian, get_penilaian
from kinerja_desktop.services.predikat_organisasi import set_capaian
from kinerja_desktop.services.sasaran_unit import Indikator, Sasaran, simpan_sasaran_unit
from kinerja_desktop.storage.models import AuditLog, EvaluasiPeriode, Outbox
from tests.gui.conftest import NIPS, Office
from tests.gui.skp_fixtures import on_modal, save_shot, settle

TAHUN = 2025  # a past year: every period has ended
TW1 = f"{TAHUN}-TW1"
A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI


@dataclass
class Data:
    office: Office
    ids: dict[str, uuid.UUID]  # first name -> SKP id


def _rhk(uraian: str, *, rhk: uuid.UUID | None = None, goal: uuid.UUID | None = None) -> Rhk:
    return Rhk(uraian, JenisRHK.UTAMA, [Iki(f"Jumlah {uraian.split()[-1]}", Aspek.KUANTITAS,
                                            Decimal(4), "dokumen")],
               intervensi_rhk_id=rhk, intervensi_sasaran_id=goal)


def make_ditetapkan(office: Office) -> Data:
    """Siti (the penilai account) assesses Budi and Dewi; all three SKPs ditetapkan in 2025."""
    db, admin = office.site.db, office.site.admin
    people = {nama: find_pegawai_by_nip(db, admin, nip).id
              for nama, nip in zip(("ahmad", "siti", "budi", "dewi", "rudi"), NIPS, strict=True)}
    goals = simpan_sasaran_unit(db, admin, office.units["dinas"].id, TAHUN, [
        Sasaran("Meningkatnya mutu layanan pendidikan", (Indikator("Indeks kepuasan", "85"),))])
    ids: dict[str, uuid.UUID] = {}

    def create(nama: str, *rhk: Rhk) -> skp_service.SkpDetail:
        ids[nama] = skp_service.buat_skp(db, admin, people[nama], TAHUN)
        d = skp_service.get_skp(db, admin, ids[nama])
        return skp_service.simpan_isi(db, admin, ids[nama], IsiSKP(rhk=list(rhk)), d.version)

    ahmad = create("ahmad", _rhk("Terwujudnya layanan pendidikan bermutu",
                                 goal=goals.sasaran[0].id))
    siti = create("siti", _rhk("Tersusunnya rencana kerja sekretariat",
                               rhk=ahmad.isi.rhk[0].id))
    for nama in ("siti", "budi", "dewi"):
        if nama != "siti":
            create(nama, _rhk(f"Terselenggaranya layanan {nama}", rhk=siti.isi.rhk[0].id))
        skp_workflow.ajukan(db, admin, ids[nama])
        skp_workflow.tetapkan(db, admin, ids[nama], tempat="Kota Contoh",
                              tanggal=dt.date(TAHUN, 1, 20))
    return Data(office, ids)


@pytest.fixture
def data(gui_office: Office) -> Data:
    return make_ditetapkan(gui_office)


PageMaker = Callable[..., PenilaianPage]


@pytest.fixture
def make_page(qtbot: QtBot, data: Data) -> Iterator[PageMaker]:
    def make(actor: Actor | None = None, periode: str = TW1) -> PenilaianPage:
        ctx = data.office.site.ctx(actor or data.office.penilai)
        ctx.tahun.set(TAHUN)
        page = PenilaianPage(ctx)
        qtbot.addWidget(page)
        page.resize(1170, 660)
        with qtbot.waitExposed(page):
            page.show()
        settle()
        page.set_periode(periode)
        settle()
        return page

    yield make
    settle()


def keadaan(office: Office) -> tuple[int, ...]:
    with office.site.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (EvaluasiPeriode, Outbox, AuditLog))


def press(qtbot: QtBot, page: PenilaianPage, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(page.table, key)


def test_grid_model_passes_the_model_tester(qtmodeltester: object, data: Data) -> None:
    site = data.office.site
    model = PenilaianGridModel()
    model.set_rows(daftar_penilaian(site.db, site.admin, TAHUN, TW1))
    assert model.rowCount() == 3
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.setData(model.index(0, Column.HASIL_KERJA), "1")
    assert model.setData(model.index(0, Column.PERILAKU), Rating.SESUAI_EKSPEKTASI)
    assert not model.setData(model.index(0, Column.NAMA), "1")
    assert not model.setData(model.index(0, Column.PERILAKU), "9")
    assert model.data(model.index(0, Column.PREDIKAT)) == "Baik"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_default_period_is_the_last_that_ended(data: Data) -> None:
    site = data.office.site
    periods = list_periode(site.db, site.admin, TAHUN)
    assert periode_bawaan(periods, dt.date(TAHUN, 7, 15)).key == f"{TAHUN}-TW2"
    assert periode_bawaan(periods, dt.date(TAHUN + 1, 2, 1)).key == f"{TAHUN}-TAHUNAN"
    assert periode_bawaan(periods, dt.date(TAHUN, 3, 1)).key == f"{TAHUN}-TW1"  # running
    assert periode_bawaan(periods, dt.date(TAHUN - 1, 6, 1)) is periods[0]  # a future year


def test_keys_set_ratings_predikat_and_chart_live(qtbot: QtBot, make_page: PageMaker) -> None:
    page = make_page()
    assert page.current_periode() is not None and page.current_periode().key == TW1
    m = page.model
    assert [m.row_at(i).base.nama for i in range(m.rowCount())] == [
        "Budi Santoso", "Dewi Lestari"]
    assert not page.banner.isVisible() and page.grid_stack.currentWidget() is page.table
    page.table.setFocus()
    page.table.setCurrentIndex(m.index(0, Column.HASIL_KERJA))
    press(qtbot, page, Qt.Key.Key_2)
    assert m.data(m.index(0, Column.HASIL_KERJA), Qt.ItemDataRole.UserRole) is S
    assert m.data(m.index(0, Column.PREDIKAT)) == "—"  # perilaku still missing
    press(qtbot, page, Qt.Key.Key_Tab, Qt.Key.Key_1)
    assert page.table.currentIndex().column() == Column.PERILAKU
    assert m.data(m.index(0, Column.PREDIKAT)) == "Baik"
    assert page.chart.counts[Predikat.BAIK] == 1 and page.chart.total == 1
    assert m.headerData(0, Qt.Orientation.Vertical) == "●"  # changed, not saved
    # Enter moves down in the same column; 3 + Tab + 3 = Sangat Kurang.
    press(qtbot, page, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Tab, Qt.Key.Key_3)
    assert page.table.currentIndex().row() == 1
    assert m.row_at(1).predikat is Predikat.SANGAT_KURANG
    assert page.counts()[Predikat.SANGAT_KURANG] == 1
    # Kurva Baik: "harus ada Butuh Perbaikan/Kurang" (a warning, shown as text).
    assert page.organisasi() is PredikatOrganisasi.BAIK
    assert "Harus ada pegawai dengan predikat Butuh Perbaikan" in page.warnings_label.text()
    # A changed rating changes the counts: Budi 2/1 → 1/1 = Sangat Baik.
    page.table.setCurrentIndex(m.index(0, Column.HASIL_KERJA))
    press(qtbot, page, Qt.Key.Key_1)
    assert page.chart.counts[Predikat.BAIK] == 0
    assert page.chart.counts[Predikat.SANGAT_BAIK] == 1
    page.organisasi_combo.setCurrentIndex(
        page.organisasi_combo.findData(PredikatOrganisasi.SANGAT_KURANG.value))
    assert "Tidak boleh ada pegawai dengan predikat Sangat Baik" in page.warnings_label.text()
    assert "2 belum disimpan" in page.summary.text()


def test_save_persists_and_undo_works_before(qtbot: QtBot, make_page: PageMaker,
                                             data: Data) -> None:
    page = make_page()
    m, site = page.model, data.office.site
    page.table.setFocus()
    page.table.setCurrentIndex(m.index(0, Column.HASIL_KERJA))
    press(qtbot, page, Qt.Key.Key_2, Qt.Key.Key_Tab, Qt.Key.Key_2)  # Budi: Baik
    press(qtbot, page, Qt.Key.Key_Return, Qt.Key.Key_1)  # Dewi: perilaku Di Atas
    assert m.row_at(1).perilaku is A
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.row_at(1).perilaku is None and not m.row_at(1).changed
    assert len(m.changed_rows()) == 1 and page.counts()[Predikat.BAIK] == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.row_at(0).perilaku is None and page.counts()[Predikat.BAIK] == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert m.row_at(0).predikat is Predikat.BAIK
    assert page.save_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    d = get_penilaian(site.db, site.admin, data.ids["budi"], TW1)
    assert (d.rating_hasil_kerja, d.rating_perilaku, d.predikat) == (S, S, Predikat.BAIK)
    dewi = get_penilaian(site.db, site.admin, data.ids["dewi"], TW1)
    assert dewi.evaluasi_id is None  # undone, never saved
    assert not m.has_changes() and not page.save_action.isEnabled()
    assert "1 penilaian disimpan" in page.info.label.text()
    assert m.data(m.index(0, Column.STATUS)) == "Dinilai"
    assert m.headerData(0, Qt.Orientation.Vertical) == "1"


def _expect_warning(found: list[str]) -> list[str]:
    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        found.append(widget.text())
        widget.accept()

    return on_modal(read)


def test_a_rating_the_actor_may_not_give_saves_nothing(
    qtbot: QtBot, make_page: PageMaker, data: Data,
) -> None:
    page = make_page()
    site = data.office.site
    # Siti's own SKP slipped into her grid (she cannot rate herself) next to Budi's.
    semua = daftar_penilaian(site.db, site.admin, TAHUN, TW1)
    page.model.set_rows(semua)
    assert [page.model.row_at(i).base.nama for i in range(3)] == [
        "Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    before = keadaan(data.office)
    for row in (0, 2):
        page.model.set_rating(row, Column.HASIL_KERJA, A)
        page.model.set_rating(row, Column.PERILAKU, A)
    texts: list[str] = []
    errors = _expect_warning(texts)
    page.save()
    settle()
    qtbot.waitUntil(lambda: bool(texts) or bool(errors))
    assert not errors
    assert "'penilai1' tidak boleh menilai Siti Aminah" in texts[0]
    assert keadaan(data.office) == before
    assert get_penilaian(site.db, site.admin, data.ids["budi"], TW1).evaluasi_id is None
    assert len(page.model.changed_rows()) == 2  # the edits stay to be fixed


def test_period_not_ended_is_read_only_and_refused(
    qtbot: QtBot, make_page: PageMaker, data: Data,
) -> None:
    page = make_page()
    m = page.model
    page.table.setFocus()
    page.table.setCurrentIndex(m.index(0, Column.HASIL_KERJA))
    press(qtbot, page, Qt.Key.Key_1, Qt.Key.Key_Tab, Qt.Key.Key_1)
    before = keadaan(data.office)
    # The clock says the period is not over yet (a laptop with a wrong date): refused.
    page.today = dt.date(TAHUN, 3, 20)
    texts: list[str] = []
    errors = _expect_warning(texts)
    page.save()
    settle()
    qtbot.waitUntil(lambda: bool(texts) or bool(errors))
    assert not errors and "Periode TRIWULAN I baru berakhir 31-03-2025" in texts[0]
    assert keadaan(data.office) == before
    # Reloaded on that date: a banner and a read-only grid.
    page.reload()
    settle()
    assert page.banner.isVisible() and "baru berakhir 31-03-2025" in page.banner.label.text()
    page.table.setCurrentIndex(m.index(0, Column.HASIL_KERJA))
    press(qtbot, page, Qt.Key.Key_2)
    assert m.row_at(0).hasil_kerja is None and not m.has_changes()
    assert not m.flags(m.index(0, Column.HASIL_KERJA)) & Qt.ItemFlag.ItemIsEditable
    assert not page.save_action.isEnabled()


def test_empty_state_and_double_click(qtbot: QtBot, make_page: PageMaker,
                                      data: Data) -> None:
    site = data.office.site
    create_account(site.db, site.admin, "rudi", "rahasia-rudi-1", Role.PENILAI, nip=NIPS[4])
    page = make_page(login(site.db, "rudi", "rahasia-rudi-1"))
    assert page.grid_stack.currentWidget() is page.empty
    assert "Tidak ada pegawai yang Anda nilai pada periode TRIWULAN I" in \
        page.empty_label.text()
    requested: list[str] = []
    page.page_requested.connect(requested.append)
    page.empty_button.click()
    assert requested == ["skp"]

    page = make_page()
    index = page.model.index(0, Column.NAMA)
    opened: list[str] = []

    def close(widget: QWidget) -> None:
        opened.append(type(widget).__name__)
        widget.close()

    errors = on_modal(close)
    page.table.doubleClicked.emit(index)  # what a double-click on the row sends
    qtbot.waitUntil(lambda: bool(opened or errors))
    assert opened == ["EvaluasiDialog"] and not errors


@pytest.fixture
def window(qtbot: QtBot, data: Data) -> Iterator[Callable[[Actor | None], MainWindow]]:
    def make(actor: Actor | None) -> MainWindow:
        ctx = data.office.site.ctx(actor)
        ctx.tahun.set(TAHUN)
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        with qtbot.waitExposed(w):
            w.show()
        return w

    yield make
    settle()


def test_roles_and_screenshot_1366x768(window: Callable[[Actor | None], MainWindow],
                                       data: Data, tmp_path: Path) -> None:
    site = data.office.site
    create_account(site.db, site.admin, "budi", "rahasia-budi-1", Role.PEGAWAI, nip=NIPS[2])
    pegawai = window(login(site.db, "budi", "rahasia-budi-1"))
    titles = [pegawai.sidebar.item(i).text() for i in range(pegawai.sidebar.count())]
    assert "Penilaian" not in titles and not pegawai.show_page("penilaian")
    assert pegawai.penilaian_page is None

    admin = window(None)
    assert admin.show_page("penilaian") and admin.penilaian_page is not None
    assert admin.penilaian_page.unit_combo.isVisible()

    w = window(data.office.penilai)
    w.resize(1366, 768)
    assert w.show_page("penilaian")
    page = w.penilaian_page
    assert page is not None and not page.unit_combo.isVisible()
    settle()
    page.set_periode(TW1)
    settle()
    page.model.set_rating(0, Column.HASIL_KERJA, S)
    page.model.set_rating(0, Column.PERILAKU, S)
    page.model.set_rating(1, Column.HASIL_KERJA, A)
    page.table.setCurrentIndex(page.model.index(1, Column.PERILAKU))
    assert fits_screen(w)
    shot = save_shot(w, tmp_path, "penilaian_1366x768.png")
    assert shot.stat().st_size > 0 and w.width() <= 1366
    assert not page.table.horizontalScrollBar().isVisible()


def test_switching_period_with_unsaved_ratings_asks_first(
    qtbot: QtBot, make_page: PageMaker,
) -> None:
    page = make_page()
    page.model.set_rating(0, Column.HASIL_KERJA, A)
    asked: list[str] = []

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        asked.append(widget.text())
        widget.button(QMessageBox.StandardButton.Cancel).click()

    errors = on_modal(cancel)
    page.set_periode(f"{TAHUN}-TW2")
    assert not errors and "Rating 1 pegawai belum disimpan" in asked[0]
    assert page.current_periode() is not None and page.current_periode().key == TW1
    assert page.model.row_at(0).hasil_kerja is A  # kept

    def discard(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        widget.button(QMessageBox.StandardButton.Discard).click()

    errors = on_modal(discard)
    page.set_periode(f"{TAHUN}-TW2")
    settle()
    assert not errors and page.current_periode().key == f"{TAHUN}-TW2"
    assert not page.model.has_changes()


def test_stored_capaian_organisasi_picks_the_curve(qtbot: QtBot, make_page: PageMaker,
                                                  data: Data) -> None:
    page = make_page()
    assert "simulasi" in page.organisasi_note.text()  # nothing stored yet
    db, admin = data.office.site.db, data.office.site.admin
    unit_siti = find_pegawai_by_nip(db, admin, NIPS[1]).unit_id
    assert unit_siti is not None
    set_capaian(db, admin, unit_siti, TW1, PredikatOrganisasi.ISTIMEWA)
    with qtbot.waitSignal(page.list_loaded):
        page.reload()
    assert page.organisasi() is PredikatOrganisasi.ISTIMEWA
    assert "Ditetapkan oleh admin" in page.organisasi_note.text()
    assert "ISTIMEWA" in page.chart_title.text().upper()
