"""SKM page on a real SQLite database: models, import through the page, the error list,
typed NRR, the capaian kinerja organisasi panel, roles and the 1366×768 fit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skm import UNSUR, BobotUnsur, MutuPelayanan
from kinerja_desktop.gui.skm_page import (
    MUTU_COLOR,
    NrrDialog,
    SkmPage,
    SurveiListModel,
    UnsurModel,
)
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.predikat_organisasi import get_capaian
from kinerja_desktop.services.skm import list_survei, simpan_survei_nrr
from kinerja_desktop.storage.models import SurveiSkm
from tests.gui.conftest import NIPS, Office
from tests.gui.skp_fixtures import on_modal, save_shot

TAHUN = 2025
TW1 = f"{TAHUN}-TW1"
OUTPUT = Path(__file__).resolve().parent / "output"
HEADERS = ["No", "Responden", *(f"{u.kode} {u.nama}" for u in UNSUR)]


def respons(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Respons"
    ws.append(HEADERS)
    ws.append(["Petunjuk", "", *["1–4"] * 9])
    for no, answers in enumerate(rows, start=1):
        ws.append([no, f"K-{no:03d}", *answers])
    wb.save(path)
    return path


class Dialogs:
    """QFileDialog / QMessageBox recorders."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open_file = ""
        self.save_file = ""
        self.answer = QMessageBox.StandardButton.Yes
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (self.open_file, "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (self.save_file, "")))

        def box(kind: str):  # type: ignore[no-untyped-def]
            def show(parent: object, title: str, text: str, *a: object) -> object:
                self.shown.append((kind, text))
                return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
            return staticmethod(show)

        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, box(kind))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def make_page(qtbot: QtBot, office: Office, actor: Any = None, unit: str = "umum") -> SkmPage:
    ctx = office.site.ctx(actor)
    ctx.tahun.set(TAHUN)
    page = SkmPage(ctx)
    qtbot.addWidget(page)
    page.set_unit(office.units[unit].id)
    page.set_periode(TW1)
    return page


def survei_count(office: Office) -> int:
    with office.site.db.read() as s:
        return s.scalar(select(func.count()).select_from(SurveiSkm)) or 0


def test_models_pass_the_model_tester(qtmodeltester: Any, gui_office: Office) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    unit = gui_office.units["umum"].id
    a = simpan_survei_nrr(db, admin, unit, TW1, [Decimal("3.5")] * 9, jumlah_responden=40)
    b = simpan_survei_nrr(db, admin, unit, TW1, [Decimal("3.6")] * 8 + [Decimal("2.5")],
                          layanan="Legalisir")
    model = SurveiListModel()
    model.set_rows([a, b])
    qtmodeltester.check(model)
    idx = model.index
    assert [model.data(idx(0, c)) for c in range(7)][1:6] == [
        "NRR dari laporan", "40", "3,50", "87,50", "B (Baik)"]
    assert model.data(idx(0, 0)) == "Seluruh unit"
    assert model.data(idx(1, SurveiListModel.RESPONDEN)) == "–"
    assert model.data(idx(1, SurveiListModel.TERLEMAH)) == "U9 Sarana dan Prasarana"
    assert model.data(idx(0, SurveiListModel.MUTU), Qt.ItemDataRole.ForegroundRole) == \
        MUTU_COLOR[MutuPelayanan.B]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "IKM"
    unsur = UnsurModel()
    unsur.set_rows(b.unsur)
    qtmodeltester.check(unsur)
    assert [unsur.data(unsur.index(8, c)) for c in range(4)] == [
        "U9", "Sarana dan Prasarana", "2,500", "0,278"]
    assert unsur.data(unsur.index(8, 2), Qt.ItemDataRole.ForegroundRole) == \
        MUTU_COLOR[MutuPelayanan.D]


def test_import_through_the_page(qtbot: QtBot, gui_office: Office, dialogs: Dialogs,
                                 tmp_path: Path) -> None:
    page = make_page(qtbot, gui_office)
    assert page.stack.currentWidget() is page.empty
    assert page.empty_label.text() == (
        "Belum ada survei untuk unit dan periode ini. Unduh template, isi respons, lalu impor.")
    assert page.empty_import.isEnabled() and page.empty_template.isEnabled()
    periods = [page.periode_combo.itemText(i) for i in range(page.periode_combo.count())]
    assert periods[:4] == ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]
    assert periods[-1] == "Tahunan"  # roman numerals kept, not "Triwulan Iii"
    # the template from the page
    dialogs.save_file = str(tmp_path / "templat")
    template = page.unduh_template()
    assert template == tmp_path / "templat.xlsx" and template.exists()

    dialogs.open_file = str(respons(tmp_path / "respons.xlsx", [
        [4, 3, 4, 3, 4, 3, 4, 3, 4],
        [3, 4, 3, 4, 3, 4, 3, 4, None],
        [4, 3, 4, 3, 4, 3, 4, 3, 2],
    ]))
    handle = page.impor_respons()
    assert handle is not None
    assert not page.import_button.isEnabled()  # no second import while one runs
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert page.stack.currentIndex() == 0
    assert page.model.rowCount() == 1
    row = page.model.rows[0]
    assert (row.jumlah_responden, row.nama_file) == (3, "respons.xlsx")
    # U9: (4 + 2) / 2 = 3,00 is the weakest
    assert page.model.data(page.model.index(0, SurveiListModel.TERLEMAH)) == (
        "U9 Sarana dan Prasarana")
    assert page.model.data(page.model.index(0, SurveiListModel.KONVERSI)) == row.konversi_teks
    assert page.unsur_model.rowCount() == 9
    assert page.unsur_model.data(page.unsur_model.index(0, 2)) == "3,667"
    assert "IKM" in page.detail_label.text() and "3 responden" in page.detail_label.text()
    assert "Respons diimpor" in page.banner.label.text()

    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    shot = save_shot(page, OUTPUT, "skm_page_1366x768.png")
    assert shot.exists()
    assert page.minimumSizeHint().width() <= 1366
    assert page.minimumSizeHint().height() <= 768

    # importing again for the same layanan asks first; "No" changes nothing
    dialogs.answer = QMessageBox.StandardButton.No
    assert page.impor_respons() is None
    assert dialogs.shown[-1][0] == "question" and "sudah ada" in dialogs.shown[-1][1]
    assert survei_count(gui_office) == 1

    # delete asks, then removes
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert page.hapus()
    assert page.stack.currentWidget() is page.empty


def test_a_bad_file_lists_every_row_and_column(qtbot: QtBot, gui_office: Office,
                                               dialogs: Dialogs, tmp_path: Path) -> None:
    page = make_page(qtbot, gui_office)
    dialogs.open_file = str(respons(tmp_path / "salah.xlsx", [
        [4, 3, 5, 3, 4, 3, 4, 3, 4],
        [4, 3, 4, 3, 4, 3, 4, 3, "x"],
    ]))
    handle = page.impor_respons()
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert page.error_dialog is not None and page.error_dialog.isVisible()
    assert page.error_dialog.texts() == [
        "Baris 3, kolom U3 (Waktu Penyelesaian): nilai 5 di luar 1–4.",
        "Baris 4, kolom U9 (Sarana dan Prasarana): nilai 'x' bukan angka; isi 1, 2, 3, atau 4.",
    ]
    page.error_dialog.resize(640, 360)
    save_shot(page.error_dialog, OUTPUT, "skm_import_errors.png")
    page.error_dialog.close()
    assert survei_count(gui_office) == 0
    assert page.stack.currentWidget() is page.empty
    assert page.import_button.isEnabled()
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    save_shot(page, OUTPUT, "skm_page_empty_1366x768.png")


def test_typing_nrr_in_the_dialog(qtbot: QtBot, gui_office: Office, dialogs: Dialogs) -> None:
    dialog = NrrDialog(BobotUnsur.TEPAT)
    qtbot.addWidget(dialog)
    assert [s.minimum() for s in dialog.spins] == [1.0] * 9
    assert [s.maximum() for s in dialog.spins] == [4.0] * 9
    assert dialog.spins[0].textFromValue(3.5) == "3,50"
    assert all(s.toolTip() for s in dialog.spins)
    dialog.set_nilai([Decimal("3.6")] * 9)
    assert dialog.preview.text().startswith("Hasil: IKM 3,60 · konversi 90,00 · mutu A")
    assert dialog.nilai() == [Decimal("3.60")] * 9
    pedoman = NrrDialog(BobotUnsur.PEDOMAN)
    qtbot.addWidget(pedoman)
    pedoman.set_nilai([Decimal("3.6")] * 9)
    # 32,4 × 0,111 = 3,5964 → 89,91: the weight used is printed
    assert pedoman.preview.text() == (
        "Hasil: IKM 3,60 · konversi 89,91 · mutu A (Sangat Baik) (0,111 (contoh pedoman))")

    page = make_page(qtbot, gui_office)

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, NrrDialog)
        widget.set_nilai([Decimal("3.5")] * 8 + [Decimal("2.75")])
        widget.responden.setValue(120)
        widget.accept()

    errors = on_modal(fill)
    dto = page.isi_nrr()
    assert errors == []
    assert dto is not None and dto.jumlah_responden == 120
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, SurveiListModel.TERLEMAH)) == (
        "U9 Sarana dan Prasarana")
    assert [r.konversi_teks for r in list_survei(
        gui_office.site.db, gui_office.site.admin, unit_id=gui_office.units["umum"].id)] == [
        dto.konversi_teks]

    # cancelling stores nothing
    errors = on_modal(lambda w: w.reject() if isinstance(w, QDialog) else None)
    assert page.isi_nrr() is None and errors == []
    assert survei_count(gui_office) == 1


def test_capaian_panel_and_attaching_the_survey(qtbot: QtBot, gui_office: Office,
                                                dialogs: Dialogs) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    umum = gui_office.units["umum"].id
    dto = simpan_survei_nrr(db, admin, umum, TW1, [Decimal("3.5")] * 9, jumlah_responden=80)
    # Siti heads the Sekretariat, the unit above Subbagian Umum: she sets its capaian
    page = make_page(qtbot, gui_office, gui_office.penilai)
    assert not page.may_write and page.may_set
    assert not page.import_button.isEnabled() and not page.delete_button.isEnabled()
    assert "Belum ditetapkan" in page.capaian_status.text()
    assert page.predikat_combo.currentData() == PredikatOrganisasi.BAIK.value
    assert not page.attach_button.isEnabled()  # no capaian yet
    page.predikat_combo.setCurrentIndex(page.predikat_combo.findData(
        PredikatOrganisasi.ISTIMEWA.value))
    assert "Sangat Baik" in page.predikat_help.text()
    page.predikat_combo.setCurrentIndex(page.predikat_combo.findData(
        PredikatOrganisasi.BAIK.value))
    assert "harus ada yang Butuh Perbaikan" in page.predikat_help.text()
    page.catatan_edit.setText("IKU tercapai 95 %")
    assert page.tetapkan_capaian()
    cap = get_capaian(db, admin, umum, TW1)
    assert cap is not None and (cap.predikat, cap.ditetapkan_oleh, cap.catatan) == (
        PredikatOrganisasi.BAIK, "penilai1", "IKU tercapai 95 %")
    assert "Baik" in page.capaian_status.text() and "penilai1" in page.capaian_status.text()
    assert page.attach_button.isEnabled()
    assert page.jadikan_bukti()
    assert page.bukti_label.text() == (
        "SKM Subbagian Umum dan Kepegawaian TRIWULAN I 2025: IKM 3,50 · konversi 87,50 · "
        "mutu B (Baik)")
    cap = get_capaian(db, admin, umum, TW1)
    assert cap is not None and cap.survei_skm_id == dto.id
    assert not page.attach_button.isEnabled()  # already the evidence
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    save_shot(page, OUTPUT, "skm_page_capaian_1366x768.png")

    # Siti's own unit: its capaian is set by the head of the Dinas, not by her
    page.set_unit(gui_office.units["sekretariat"].id)
    assert not page.may_set and not page.capaian_button.isEnabled()


def test_a_pegawai_sees_but_cannot_change(qtbot: QtBot, gui_office: Office,
                                          dialogs: Dialogs) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    simpan_survei_nrr(db, admin, gui_office.units["umum"].id, TW1, [Decimal("3")] * 9)
    create_account(db, admin, "budi", "rahasia-pegawai-1", Role.PEGAWAI, nip=NIPS[2])
    budi = login(db, "budi", "rahasia-pegawai-1")
    page = make_page(qtbot, gui_office, budi)
    assert page.unit_id == gui_office.units["umum"].id  # his own unit first
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, SurveiListModel.MUTU)) == "C (Kurang Baik)"
    for button in (page.import_button, page.nrr_button, page.delete_button,
                   page.attach_button, page.capaian_button):
        assert not button.isEnabled(), button.text()


def test_year_change_refills_the_periods(qtbot: QtBot, gui_office: Office,
                                         dialogs: Dialogs) -> None:
    page = make_page(qtbot, gui_office)
    assert page.periode_key == TW1
    # F5 reads again what another window (or the CLI) stored meanwhile
    simpan_survei_nrr(gui_office.site.db, gui_office.site.admin, gui_office.units["umum"].id,
                      TW1, [Decimal("3.2")] * 9)
    assert page.model.rowCount() == 0
    assert page.reload_action.shortcut().toString() == "F5"
    page.reload_action.trigger()
    assert page.model.rowCount() == 1 and page.stack.currentIndex() == 0
    page.ctx.tahun.set(TAHUN + 1)
    assert page.periode_key.startswith(f"{TAHUN + 1}-")
    assert page.title.text().endswith(str(TAHUN + 1))
    assert page.unit_id == gui_office.units["umum"].id
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.empty
