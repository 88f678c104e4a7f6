"""Import preview dialog: problems by row and column, skipping bad rows, the import job."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kinerja_desktop.documents.pegawai_workbook import UnitSheetRow, write_workbook
from kinerja_desktop.domain.errors import NotFoundError
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.gui import jobs
from kinerja_desktop.gui.import_preview_dialog import ImportPreviewDialog
from kinerja_desktop.gui.pegawai_page import PegawaiPage
from kinerja_desktop.services.pegawai import count_pegawai, find_pegawai_by_nip
from tests.gui.conftest import NIPS, Office

RINA = "199104152019022001"
JOKO = "198811112014031002"
TUTI = "199507072020122004"


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **_kwargs: object) -> int:
        raise AssertionError(f"unexpected message box: {args}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def jobs_done() -> Iterator[None]:
    yield
    assert jobs.wait_for_jobs(20_000)


def person(nip: str, nama: str, golongan: str = "III/a", unit: str = "1.02",
           atasan: str = NIPS[4]) -> PegawaiInput:
    return PegawaiInput(nip=nip, nama=nama, jenis_pegawai="PNS", golongan=golongan,
                        jabatan="Pengadministrasi Umum", kategori_jabatan="Pelaksana",
                        unit_kode=unit, atasan_nip=atasan)


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    """Row 3 fine; row 4 a wrong golongan; row 5 reports to row 4; row 6 a known NIP."""
    path = tmp_path / "pegawai-baru.xlsx"
    write_workbook(path, [
        person(RINA, "Rina Wati"),
        person(JOKO, "Joko Susilo", golongan="III/z"),
        person(TUTI, "Tuti Handayani", atasan=JOKO),
        person(NIPS[2], "Budi Santoso", golongan="III/c", unit="1.01.01", atasan=NIPS[1]),
    ], [UnitSheetRow("1.02", "Bidang Pembinaan SD", "1")])
    return path


def open_dialog(qtbot: QtBot, office: Office, path: Path) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(office.site.ctx(), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.read_error),
                    timeout=20_000)
    return dialog


def shot(dialog: ImportPreviewDialog, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("KINERJA_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / name))


def test_preview_lists_problems_by_row_and_column(
    qtbot: QtBot, gui_office: Office, bad_file: Path, qtmodeltester: ModelTester,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, gui_office, bad_file)
    qtmodeltester.check(dialog.rows_model)
    qtmodeltester.check(dialog.problems_model)
    preview = dialog.preview
    assert preview is not None
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_bad.isEnabled()
    problems = {(p.error.row, p.error.column): p for p in dialog.problems_model.problems}
    gol = preview.letters["golongan"]
    nip = preview.letters["nip"]
    assert (4, gol) in problems and "III/z" in problems[(4, gol)].error.message
    assert (6, nip) in problems and "sudah terdaftar" in problems[(6, nip)].error.message
    row_of_problem = {dialog.problems_model.index(r, 1).data()
                      for r in range(dialog.problems_model.rowCount())}
    assert row_of_problem == {4, 6}
    column_text = dialog.problems_model.index(0, 2).data()
    assert "(" in column_text  # letter and header, e.g. "H (Golongan)"
    actions = {dialog.rows_model.index(r, 0).data(): dialog.rows_model.index(r, 3).data()
               for r in range(dialog.rows_model.rowCount())}
    assert actions == {3: "Baru", 4: "Bermasalah", 5: "Baru", 6: "Bermasalah"}
    assert "4 baris pegawai" in dialog.summary.text()
    assert "2 bermasalah" in dialog.summary.text()
    # Clicking a problem shows its row.
    dialog.problems_view.selectRow(1)
    assert dialog.rows_view.currentIndex().data() == \
        dialog.problems_model.problems[1].error.row
    shot(dialog, tmp_path, "import_preview_errors.png")
    dialog.reject()


def test_skipping_bad_rows_rechecks_references_then_imports(
    qtbot: QtBot, gui_office: Office, bad_file: Path, tmp_path: Path,
) -> None:
    site = gui_office.site
    page = PegawaiPage(site.ctx())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.is_loading)
    before = count_pegawai(site.db, site.admin)
    page.start_import(bad_file)
    dialog = page.import_dialog
    assert isinstance(dialog, ImportPreviewDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    with qtbot.waitSignal(dialog.check_done, timeout=20_000):
        dialog.skip_bad.setChecked(True)
    skip = dialog.skip
    assert skip is not None
    # Row 5 reports to the skipped row 4: it becomes a problem and is skipped too.
    assert skip.excluded == {4, 5, 6}
    assert [e.row for e in skip.cascade] == [5]
    assert "dikecualikan" in skip.cascade[0].message
    statuses = {(p.error.row, p.status) for p in dialog.problems_model.problems}
    assert (5, "cascade") in statuses and (4, "skipped") in statuses
    assert dialog.status.isVisibleTo(dialog) and "ikut dilewati" in dialog.status.text()
    assert dialog.import_button.isEnabled()
    actions = {dialog.rows_model.index(r, 0).data(): dialog.rows_model.index(r, 3).data()
               for r in range(dialog.rows_model.rowCount())}
    assert actions == {3: "Baru", 4: "Dilewati", 5: "Dilewati", 6: "Dilewati"}
    shot(dialog, tmp_path, "import_preview_skipping.png")

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    assert done.args is not None and "1 pegawai baru" in done.args[0]
    assert "3 baris dilewati" in done.args[0]
    assert count_pegawai(site.db, site.admin) == before + 1
    assert find_pegawai_by_nip(site.db, site.admin, RINA).atasan_nama == "Rudi Hartono"
    with pytest.raises(NotFoundError):
        find_pegawai_by_nip(site.db, site.admin, TUTI)
    # The page reloaded and says what happened.
    qtbot.waitUntil(lambda: not page.is_loading)
    assert page.model.rowCount() == before + 1
    assert "1 pegawai baru" in page.info_bar.label.text()


def test_untick_restores_the_blocking_state(qtbot: QtBot, gui_office: Office,
                                            bad_file: Path) -> None:
    dialog = open_dialog(qtbot, gui_office, bad_file)
    with qtbot.waitSignal(dialog.check_done, timeout=20_000):
        dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.check_done, timeout=20_000):
        dialog.skip_bad.setChecked(False)
    assert not dialog.import_button.isEnabled()
    assert "perbaiki" in dialog.hint.text().lower()
    dialog.reject()


def test_update_existing_turns_a_known_nip_into_an_update(
    qtbot: QtBot, gui_office: Office, tmp_path: Path,
) -> None:
    path = tmp_path / "naik-golongan.xlsx"
    write_workbook(path, [person(NIPS[2], "Budi Santoso", golongan="III/c", unit="1.01.01",
                                 atasan=NIPS[1])], [])
    dialog = open_dialog(qtbot, gui_office, path)
    assert not dialog.import_button.isEnabled()
    dialog.update_existing.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.update_existing,
                    timeout=20_000)
    assert dialog.rows_model.index(0, 3).data() == "Diperbarui"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.start_import()
    site = gui_office.site
    assert find_pegawai_by_nip(site.db, site.admin, NIPS[2]).golongan == "III/c"


def test_unreadable_file_is_explained(qtbot: QtBot, gui_office: Office,
                                      tmp_path: Path) -> None:
    path = tmp_path / "bukan-excel.xlsx"
    path.write_text("ini bukan berkas Excel", encoding="utf-8")
    dialog = open_dialog(qtbot, gui_office, path)
    assert dialog.preview is None
    assert "bukan-excel.xlsx" in dialog.read_error
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.text() == "Tutup"
    dialog.reject()
