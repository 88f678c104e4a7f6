"""Cetak page on a real SQLite database with SKPs in every state (tests/gui/skp_fixtures.py)
and the real printing services: the list, the preview in the background, the site key
asked once, saving, batch printing with progress, cancel and skipped pegawai, the
1366×768 fit. Dialogs are replaced on their module attribute or method (never shown)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.gui import cetak_page, jobs, kunci_dialog, settings
from kinerja_desktop.gui.cetak_page import (
    BatchDialog,
    CetakListModel,
    CetakPage,
    ItemCetak,
    PilihanMassal,
    SkippedDialog,
    item_skp,
)
from kinerja_desktop.gui.kunci_dialog import KunciDialog, kunci_tersimpan, lupakan_kunci
from kinerja_desktop.gui.main_window import fits_screen
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.cetak import KunciSitus, buka_kunci
from kinerja_desktop.services.context import Actor
from tests.gui.conftest import PASSPHRASE, Office
from tests.gui.skp_fixtures import TAHUN, SkpSet, make_skps, save_shot, settle

OUTPUT = Path(__file__).resolve().parent / "output"
PageMaker = Callable[..., CetakPage]


@pytest.fixture(autouse=True)
def no_key_left() -> Iterator[None]:
    lupakan_kunci()
    yield
    lupakan_kunci()


@pytest.fixture
def data(gui_office: Office) -> SkpSet:
    return make_skps(gui_office)


class KeyAsker:
    """Stands in for the passphrase dialog: counts the questions, answers or cancels."""

    def __init__(self, office: Office, answer: bool = True) -> None:
        self.office = office
        self.answer = answer
        self.asked = 0

    def __call__(self, parent: object, ctx: object) -> KunciSitus | None:
        self.asked += 1
        if not self.answer:
            return None
        kunci = buka_kunci(self.office.site.db, PASSPHRASE)
        kunci_dialog.simpan_kunci(self.office.site.db, kunci)
        return kunci


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch, gui_office: Office) -> KeyAsker:
    asker = KeyAsker(gui_office)
    monkeypatch.setattr(cetak_page, "kunci_situs", asker)
    return asker


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show(parent: object, title: str, text: str, *a: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return shown


@pytest.fixture
def make_page(qtbot: QtBot, data: SkpSet, keys: KeyAsker) -> Iterator[PageMaker]:
    pages: list[CetakPage] = []

    def make(actor: Actor | None = None, unit: str = "dinas") -> CetakPage:
        data.office.site.db  # noqa: B018 - the database lives as long as the test
        ctx = data.office.site.ctx(actor)
        ctx.tahun.set(TAHUN)
        page = CetakPage(ctx)
        qtbot.addWidget(page)
        page.resize(1176, 680)
        page.show()
        page.set_unit(data.office.units[unit].id)
        settle()
        pages.append(page)
        return page

    yield make
    settle()
    for page in pages:
        page.preview.clear()


def wait_preview(qtbot: QtBot, page: CetakPage) -> None:
    settle()
    qtbot.waitUntil(lambda: page.preview_job is None and not page._preview_pending)
    settle()
    # The pages are laid out and drawn from the event loop (resize and render timers),
    # which may not have run yet when the job has delivered.
    qtbot.waitUntil(lambda: page.preview.page_count() == 0
                    or bool(page.preview.rendered_pages()))


def select(page: CetakPage, name: str) -> ItemCetak:
    for row, item in enumerate(page.model.rows):
        if item.nama.startswith(name):
            page.select_source_row(row)
            return item
    raise AssertionError(f"{name} tidak ada di daftar: {[i.nama for i in page.model.rows]}")


def test_model(qtmodeltester: ModelTester, data: SkpSet) -> None:
    site = data.office.site
    rows = skp_service.list_skp(site.db, site.admin, TAHUN)
    model = CetakListModel()
    model.set_rows([item_skp(r, JenisDokumen.SKP) for r in rows])
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.headerData(0, cetak_page.Qt.Orientation.Horizontal) == "Nama"
    by_name = {i.nama.split()[0]: i for i in model.rows}
    assert by_name["Siti"].status == "Ditetapkan" and by_name["Siti"].bertanda
    assert by_name["Budi"].status == "Diajukan" and not by_name["Budi"].bertanda
    assert by_name["Dewi"].status == "Dikembalikan"
    model.set_rows([], skm=True)
    qtmodeltester.check(model)
    assert model.headerData(0, cetak_page.Qt.Orientation.Horizontal) == "Survei"


def test_list_of_unit_with_sub_units(make_page: PageMaker) -> None:
    page = make_page(unit="sekretariat")
    names = sorted(i.nama for i in page.model.rows)
    # Siti (Sekretariat) and Budi and Dewi of the Subbagian below it; not Ahmad (Dinas).
    assert names == ["Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    assert page.count_label.text() == "3 pegawai"
    assert not page.periode_combo.isVisibleTo(page)  # the SKP is yearly
    page.search_edit.setText("dewi")
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == "1 dari 3 pegawai"
    page.search_edit.setText("19900120")  # Dewi's NIP begins so
    assert page.proxy.rowCount() == 1
    page.search_edit.clear()
    assert page.proxy.rowCount() == 3


def test_draft_preview_shows_pages_without_key(qtbot: QtBot, make_page: PageMaker,
                                               keys: KeyAsker) -> None:
    page = make_page()
    select(page, "Budi")  # DIAJUKAN: printed as a draft
    wait_preview(qtbot, page)
    assert page.dokumen is not None and page.dokumen.draf and page.dokumen.kode is None
    assert page.preview.page_count() == page.dokumen.halaman >= 1
    assert page.preview.rendered_pages()
    assert "DRAF" in page.info_label.text()
    assert keys.asked == 0


def test_signed_preview_asks_for_key_from_the_bar(qtbot: QtBot, make_page: PageMaker,
                                                  keys: KeyAsker) -> None:
    page = make_page()
    select(page, "Siti")  # DITETAPKAN: signed
    wait_preview(qtbot, page)
    assert page.dokumen is None and page._needs_key
    assert page.key_bar.isVisibleTo(page)
    assert "kunci situs" in page.preview.empty_label.text()
    assert keys.asked == 0  # browsing never pops the question up
    page.key_bar.action_button.click()
    assert keys.asked == 1
    wait_preview(qtbot, page)
    assert page.dokumen is not None and page.dokumen.kode
    assert not page.dokumen.draf
    assert page.dokumen.kode in page.info_label.text()
    assert page.preview.page_count() == page.dokumen.halaman
    # Other signed documents now print without asking again.
    select(page, "Budi")
    wait_preview(qtbot, page)
    select(page, "Siti")
    wait_preview(qtbot, page)
    assert page.dokumen is not None and page.dokumen.kode and keys.asked == 1


def test_cancel_key_prints_nothing(qtbot: QtBot, make_page: PageMaker, keys: KeyAsker) -> None:
    keys.answer = False
    page = make_page()
    select(page, "Siti")
    wait_preview(qtbot, page)
    assert page.buka_kunci() is None
    settle()
    assert page.dokumen is None and page.preview.page_count() == 0


def test_pegawai_without_penilai_is_said_in_the_preview(qtbot: QtBot, make_page: PageMaker,
                                                       boxes: list[str]) -> None:
    page = make_page()
    select(page, "Ahmad")  # the head of the office has no penilai
    wait_preview(qtbot, page)
    assert page.dokumen is None
    assert "Pejabat Penilai Kinerja" in page.preview.empty_label.text()
    assert boxes == []  # inline, not a box


def test_latest_request_wins(qtbot: QtBot, make_page: PageMaker) -> None:
    page = make_page()
    for name in ("Dewi", "Budi", "Dewi", "Budi"):
        select(page, name)
    wait_preview(qtbot, page)
    assert page.dokumen is not None and "Budi" in page.dokumen.nama_file


def test_save_writes_the_document(qtbot: QtBot, make_page: PageMaker, tmp_path: Path) -> None:
    page = make_page()
    select(page, "Budi")
    wait_preview(qtbot, page)
    assert page.dokumen is not None
    target = tmp_path / "budi.pdf"
    page.preview.ask_save_path = lambda: target  # type: ignore[method-assign]
    page.preview.save_action.trigger()  # Ctrl+S
    assert target.read_bytes() == page.dokumen.data
    assert page.preview.save_action.shortcut().toString() == "Ctrl+S"
    assert page.preview.print_action.shortcut().toString() == "Ctrl+P"
    assert page.preview.print_action in page.actions()  # also from the list


def test_paper_and_margin_follow_settings(qtbot: QtBot, make_page: PageMaker) -> None:
    page = make_page()
    select(page, "Budi")
    wait_preview(qtbot, page)
    page.kertas_combo.setCurrentIndex(page.kertas_combo.findData("F4"))
    wait_preview(qtbot, page)
    assert settings.get(settings.PAPER_SIZE) == "F4"
    assert page.opsi().kertas == "F4"
    w, h = page.preview.page_sizes()[0]
    # The SKP is landscape: 330 × 215 mm.
    assert {round(w * 25.4 / 72), round(h * 25.4 / 72)} == {215, 330}
    page.margin_spin.setValue(20)
    page._options_changed()
    assert page.opsi().margin_mm == (20, 20, 20, 20)
    assert settings.get(settings.MARGIN_MM) == 20
    page.tempat_edit.setText("Bandar Lampung")
    page._options_changed()
    assert settings.get(settings.TEMPAT_CETAK) == "Bandar Lampung"
    assert page.opsi().tempat == "Bandar Lampung"


def test_batch_merged(qtbot: QtBot, make_page: PageMaker, tmp_path: Path,
                      keys: KeyAsker) -> None:
    page = make_page()
    target = tmp_path / "semua.pdf"
    page.ask_batch = lambda: PilihanMassal(True, target)  # type: ignore[method-assign]
    handle = page.cetak_semua()
    assert handle is not None
    assert keys.asked == 1  # Siti's SKP is signed: asked once, before the work starts
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass
    hasil = page.last_batch
    assert hasil is not None and hasil.berkas == (target,)
    assert hasil.jumlah == 3  # Siti, Budi, Dewi; Ahmad has no penilai
    assert [who for who, _ in hasil.dilewati] == ["Ahmad Fauzi (197501012000031001)"]
    assert len(PdfReader(target).pages) >= 3
    assert "3 dokumen dicetak" in page.banner.label.text()
    dialog = page.show_skipped()
    assert isinstance(dialog, SkippedDialog) and dialog.list.count() == 1
    assert "Pejabat Penilai" in dialog.list.item(0).text()
    dialog.close()


def test_batch_one_file_per_pegawai(qtbot: QtBot, make_page: PageMaker, tmp_path: Path,
                                    keys: KeyAsker) -> None:
    page = make_page(unit="sekretariat")
    folder = tmp_path / "per_pegawai"  # made by the page
    page.ask_batch = lambda: PilihanMassal(False, folder)  # type: ignore[method-assign]
    handle = page.cetak_semua()
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 3 and all(f.endswith(".pdf") for f in files)
    assert any("Siti" in f for f in files)
    assert page.last_batch is not None and page.last_batch.dilewati == ()


def test_batch_key_cancelled_prints_nothing(qtbot: QtBot, make_page: PageMaker,
                                            tmp_path: Path, keys: KeyAsker) -> None:
    keys.answer = False
    page = make_page()
    out = tmp_path / "keluar"
    out.mkdir()
    page.ask_batch = lambda: PilihanMassal(True, out / "x.pdf")  # type: ignore[method-assign]
    assert page.cetak_semua() is None
    assert keys.asked == 1
    assert list(out.iterdir()) == []


def test_batch_cancel(qtbot: QtBot, make_page: PageMaker, tmp_path: Path) -> None:
    page = make_page()
    folder = tmp_path / "batal"
    page.ask_batch = lambda: PilihanMassal(False, folder)  # type: ignore[method-assign]
    handle = page.cetak_semua()
    assert handle is not None
    handle.cancel()  # as Batal in the progress dialog does
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass
    if handle.was_cancelled:
        assert list(folder.iterdir()) == []
        assert "dibatalkan" in page.banner.label.text()
    else:  # the batch finished before it looked at the flag
        assert page.last_batch is not None


def test_batch_dialog_parts(qtbot: QtBot, tmp_path: Path) -> None:
    d = BatchDialog("SKP seluruh pegawai", tmp_path / "gabung.pdf", tmp_path / "folder")
    qtbot.addWidget(d)
    assert d.pilihan() == PilihanMassal(True, tmp_path / "gabung.pdf")
    d.pisah_radio.setChecked(True)
    assert d.pilihan() == PilihanMassal(False, tmp_path / "folder")
    d.gabung_radio.setChecked(True)
    d.path_edit.setText(str(tmp_path / "tanpa_akhiran"))
    assert d.pilihan() == PilihanMassal(True, tmp_path / "tanpa_akhiran.pdf")
    d.path_edit.setText("  ")
    assert d.pilihan() is None


def test_per_unit_documents_have_no_list(qtbot: QtBot, make_page: PageMaker,
                                        boxes: list[str]) -> None:
    page = make_page()
    page.set_jenis(JenisDokumen.REKAP)
    settle()
    assert page.list_stack.currentWidget() is page.unit_doc_label
    assert page.periode_combo.isVisibleTo(page) and page.periode_combo.isEnabled()
    assert not page.batch_button.isEnabled()
    assert "Rekap Predikat Unit" in page.unit_doc_label.text()


def test_empty_unit(qtbot: QtBot, make_page: PageMaker) -> None:
    page = make_page(unit="sd")  # Rudi has no SKP
    assert page.model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty
    assert "Belum ada SKP" in page.empty_label.text()
    assert "daftar di kiri kosong" in page.preview.empty_label.text()
    assert not page.batch_button.isEnabled()
    with qtbot.waitSignal(page.page_requested) as sig:
        page.empty_button.click()
    assert sig.args == ["skp"]


def test_kunci_dialog_wrong_then_right(qtbot: QtBot, gui_office: Office) -> None:
    db = gui_office.site.db
    d = KunciDialog(db)
    qtbot.addWidget(d)
    d.accept()
    assert d.error_label.text() == "Frasa sandi belum diisi." and d.result() == 0
    d.passphrase.setText("salah sekali")
    d.accept()
    assert d.kunci is None and not d.error_label.isHidden()
    assert "salah" in d.error_label.text()
    assert d.result() != QDialog.DialogCode.Accepted
    d.passphrase.setText(PASSPHRASE)
    d.accept()
    assert d.kunci is not None and d.result() == QDialog.DialogCode.Accepted
    assert "Dokumen resmi diberi kode verifikasi" in " ".join(
        w.text() for w in d.findChildren(cetak_page.QLabel))


def test_kunci_situs_remembers_per_database(monkeypatch: pytest.MonkeyPatch,
                                            gui_office: Office) -> None:
    site = gui_office.site
    asked: list[int] = []

    def fake_exec(self: KunciDialog) -> int:
        asked.append(1)
        self.passphrase.setText(PASSPHRASE)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(KunciDialog, "exec", fake_exec)
    assert kunci_tersimpan(site.db) is None
    first = kunci_dialog.kunci_situs(None, site.ctx())
    second = kunci_dialog.kunci_situs(None, site.ctx())
    assert first is not None and first is second and len(asked) == 1
    lupakan_kunci(site.db)
    assert kunci_tersimpan(site.db) is None


def test_screenshot_1366x768(qtbot: QtBot, make_page: PageMaker) -> None:
    page = make_page()
    select(page, "Budi")
    wait_preview(qtbot, page)
    page.resize(1176, 680)  # the main window's page area at 1366×768
    page.preview.fit_width()
    settle()
    page.preview.render_visible()
    assert fits_screen(page, 1176, 680)
    save_shot(page, OUTPUT, "cetak_page_1366x768.png")


def test_screenshot_empty(qtbot: QtBot, make_page: PageMaker) -> None:
    page = make_page(unit="sd")
    page.resize(1176, 680)
    save_shot(page, OUTPUT, "cetak_page_kosong_1366x768.png")


def test_jobs_done() -> None:
    assert jobs.wait_for_jobs(1000)


def test_rekap_preview_of_the_unit(qtbot: QtBot, make_page: PageMaker,
                                   boxes: list[str]) -> None:
    page = make_page()
    page.set_jenis(JenisDokumen.REKAP)
    wait_preview(qtbot, page)
    assert boxes == []
    assert page.dokumen is not None, page.preview.empty_label.text()
    assert page.dokumen.kode is None  # recaps are not signed
    assert page.preview.page_count() == page.dokumen.halaman >= 1


def test_evaluasi_needs_a_period_and_lists_pegawai(qtbot: QtBot, make_page: PageMaker,
                                                   boxes: list[str]) -> None:
    page = make_page(unit="sekretariat")
    page.set_jenis(JenisDokumen.EVALUASI)
    settle()
    assert page.periode_combo.isVisibleTo(page) and page.periode_key
    assert sorted(i.nama for i in page.model.rows) == [
        "Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    assert all(i.bertanda for i in page.model.rows)  # evaluations are always signed
    wait_preview(qtbot, page)
    assert boxes == []
    # Nothing rated yet in this data: the reason is said in the preview panel, no box.
    text = page.preview.empty_label.text()
    assert page.dokumen is not None or page._needs_key or "tidak dapat disiapkan" in text


def test_pegawai_sees_only_own_skp(qtbot: QtBot, make_page: PageMaker, data: SkpSet) -> None:
    page = make_page(actor=data.pegawai, unit="dinas")
    assert [i.nama for i in page.model.rows] == ["Budi Santoso"]
    wait_preview(qtbot, page)
    assert page.dokumen is not None and "Budi" in page.dokumen.nama_file
