"""Penilaian page, Excel menu (issue 4 point 5): export the rating sheet, import it filled in
(the grid reloads), a refused file shows its rows and changes nothing, the unit recap."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kinerja_desktop.documents.penilaian_workbook import SHEET
from kinerja_desktop.documents.rekap_workbook import REKAP_SHEET
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.gui.penilaian_grid_model import Column
from kinerja_desktop.services.penilaian import get_penilaian
from tests.gui.conftest import NIPS
from tests.gui.skp_fixtures import save_shot, settle
from tests.gui.test_penilaian_page import (  # noqa: F401
    TW1,
    Data,
    PageMaker,
    data,
    keadaan,
    make_page,
)

OUTPUT = Path(__file__).parent / "output"


class Dialogs:
    """QFileDialog answers and the message boxes shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open_file = ""
        self.save_file = ""
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (self.open_file, "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (self.save_file, "")))

        def box(kind: str):  # type: ignore[no-untyped-def]
            def show(parent: object, title: str, text: str, *a: object) -> object:
                self.shown.append((kind, text))
                return QMessageBox.StandardButton.Ok
            return staticmethod(show)

        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, box(kind))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def test_export_fill_import_reloads_the_grid(
    make_page: PageMaker, data: Data, dialogs: Dialogs, tmp_path: Path,  # noqa: F811
) -> None:
    page = make_page()
    site = data.office.site
    assert page.excel_button.menu() is not None
    assert [a.text() for a in page.excel_button.menu().actions() if a.text()] == [
        "Ekspor lembar penilaian…", "Impor lembar penilaian…", "Ekspor rekap unit…"]
    assert all(a.toolTip() for a in (page.export_sheet_action, page.import_sheet_action,
                                      page.export_rekap_action))
    assert page.import_sheet_action.isEnabled()  # 2025: every period has ended

    dialogs.save_file = str(tmp_path / "lembar")  # the .xlsx is added
    page.export_sheet_action.trigger()
    settle()
    out = tmp_path / "lembar.xlsx"
    assert out.exists() and "2 pegawai" in page.info.label.text()
    wb = load_workbook(out)
    ws = wb[SHEET]
    assert [ws["C3"].value, ws["C4"].value] == ["Budi Santoso", "Dewi Lestari"]
    ws["H3"], ws["I3"] = "Di Atas Ekspektasi", "Di Atas Ekspektasi"
    ws["H4"], ws["I4"] = "2", "3"
    wb.save(out)

    dialogs.open_file = str(out)
    page.import_sheet_action.trigger()
    settle()
    assert dialogs.shown == []
    assert "2 pegawai dinilai, 0 tidak berubah, 0 dilewati" in page.info.label.text()
    budi = get_penilaian(site.db, site.admin, data.ids["budi"], TW1)
    dewi = get_penilaian(site.db, site.admin, data.ids["dewi"], TW1)
    assert budi.predikat is Predikat.SANGAT_BAIK and dewi.predikat is Predikat.KURANG
    assert dewi.rating_perilaku is Rating.DI_BAWAH_EKSPEKTASI
    # The grid was read again: it shows what was saved, nothing pending.
    m = page.model
    assert m.data(m.index(0, Column.PREDIKAT)) == "Sangat Baik"
    assert m.data(m.index(1, Column.PREDIKAT)) == "Kurang/Misconduct"
    assert not m.changed_rows()

    page.resize(1366 - 196, 768 - 108)
    settle()
    save_shot(page, OUTPUT, "penilaian_excel_menu.png")


def test_a_refused_file_shows_its_rows_and_changes_nothing(
    make_page: PageMaker, data: Data, dialogs: Dialogs, tmp_path: Path,  # noqa: F811
) -> None:
    page = make_page()
    out = tmp_path / "lembar.xlsx"
    assert page.export_sheet_to(out) is not None
    settle()
    wb = load_workbook(out)
    ws = wb[SHEET]
    ws["B3"] = NIPS[4]  # Rudi: not in the sheet, and not hers
    ws["H4"], ws["I4"] = "Luar biasa", "1"
    wb.save(out)
    before = keadaan(data.office)
    dialogs.open_file = str(out)
    page.import_sheet_action.trigger()
    settle()
    [(kind, text)] = dialogs.shown
    assert kind == "warning" and "Tidak ada data yang diubah" in text
    assert "baris 3, kolom B (NIP): NIP diubah" in text
    assert "baris 4, kolom H (Rating Hasil Kerja): Rating 'Luar biasa' tidak dikenal" in text
    assert keadaan(data.office) == before
    assert page.export_sheet_action.isEnabled()  # the page is usable again


def test_unit_recap_for_the_head_and_for_the_admin(
    make_page: PageMaker, data: Data, dialogs: Dialogs, tmp_path: Path,  # noqa: F811
) -> None:
    page = make_page()  # Siti heads the Sekretariat
    dialogs.save_file = str(tmp_path / "rekap.xlsx")
    page.export_rekap_action.trigger()
    settle()
    assert dialogs.shown == []
    rows = list(load_workbook(tmp_path / "rekap.xlsx")[REKAP_SHEET].iter_rows(
        min_row=7, values_only=True))
    assert [r[2] for r in rows] == ["Siti Aminah", "Budi Santoso", "Dewi Lestari"]
    assert "3 pegawai, 0 dinilai" in page.info.label.text()

    admin_page = make_page(data.office.site.admin)
    admin_page.unit_combo.setCurrentIndex(0)  # "Semua unit": a unit must be chosen
    admin_page.export_rekap_action.trigger()
    settle()
    assert dialogs.shown and "Pilih unit kerja" in dialogs.shown[-1][1]
    pos = admin_page.unit_combo.findData(str(data.office.units["dinas"].id))
    admin_page.unit_combo.setCurrentIndex(pos)
    settle()
    dialogs.save_file = str(tmp_path / "rekap-dinas.xlsx")
    admin_page.export_rekap_action.trigger()
    settle()
    rows = list(load_workbook(tmp_path / "rekap-dinas.xlsx")[REKAP_SHEET].iter_rows(
        min_row=7, values_only=True))
    assert len(rows) == 5 and {r[1] for r in rows} == set(NIPS)
