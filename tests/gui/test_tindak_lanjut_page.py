"""Tindak Lanjut page on a real SQLite database: the models (qtmodeltester), editing a
competency evaluation with undo and Ctrl+S, a version conflict keeping the edits, the lists
and their empty states, the tunjangan table by role, Excel export read back, and the
1366×768 fit with screenshots in tests/gui/output/."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.kompetensi import JenisKompetensi
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext, TahunKerja
from kinerja_desktop.gui.tindak_lanjut_models import (
    COL_GAP,
    COL_JENIS,
    COL_NAMA,
    COL_NILAI,
    DaftarModel,
    Kolom,
    KompetensiModel,
    TunjanganModel,
)
from kinerja_desktop.gui.tindak_lanjut_page import TindakLanjutPage
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.kompetensi import (
    KompetensiInput,
    daftar_bawaan,
    get_evaluasi_kompetensi,
    simpan_evaluasi_kompetensi,
)
from kinerja_desktop.services.tunjangan import get_tabel_tunjangan, simpan_tabel_tunjangan
from tests.gui.conftest import SiteDb
from tests.gui.skp_fixtures import save_shot, settle
from tests.services.test_skp_service import TAHUN, build_kantor
from tests.services.tindak_lanjut_fixtures import Dinilai, nilai_tahunan

OUTPUT = Path(__file__).resolve().parent / "output"


@pytest.fixture
def dinilai(gui_site: SiteDb) -> Dinilai:
    return nilai_tahunan(build_kantor(gui_site.db, gui_site.admin))


def make_page(qtbot: QtBot, gui_site: SiteDb, actor: Actor | None = None,
              tahun: int = TAHUN) -> TindakLanjutPage:
    ctx = AppContext(gui_site.db, actor or gui_site.admin, gui_site.site, TahunKerja(tahun))
    page = TindakLanjutPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle()
    return page


def shot(page: TindakLanjutPage, name: str) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    path = save_shot(page, OUTPUT, name)
    assert path.stat().st_size > 0
    return path


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    komp = KompetensiModel()
    komp.load(daftar_bawaan(), read_only=False)
    qtmodeltester.check(komp)
    komp.add_line(KompetensiInput(JenisKompetensi.TEKNIS, "Penyusunan Kurikulum", 4, 2))
    komp.remove_line(0)
    komp.undo_stack.undo()
    qtmodeltester.check(komp)
    assert komp.index(9, COL_GAP).data() == "2" and komp.rowCount() == 10
    tunj = TunjanganModel()
    tunj.load({Predikat.BAIK: Decimal("87.5")}, read_only=False)
    qtmodeltester.check(tunj)
    assert tunj.index(1, 1).data() == "87,50" and tunj.index(0, 1).data() == "(belum diisi)"
    daftar: DaftarModel[tuple[str, int]] = DaftarModel([
        Kolom("Nama", lambda r: r[0]), Kolom("Nilai", lambda r: str(r[1]), kanan=True,
                                             warna=lambda r: ("#fff", "#000"))])
    daftar.set_rows([("a", 1), ("b", 2)])
    qtmodeltester.check(daftar)


def test_levels_outside_1_to_5_are_not_taken() -> None:
    komp = KompetensiModel()
    komp.load(daftar_bawaan(), read_only=False)
    assert not komp.setData(komp.index(0, COL_NILAI), 6)
    assert not komp.setData(komp.index(0, COL_NILAI), 0)
    assert not komp.setData(komp.index(0, COL_NILAI), "tiga")
    assert not komp.setData(komp.index(0, COL_JENIS), "LAINNYA")
    assert not komp.is_dirty()
    assert komp.setData(komp.index(0, COL_NILAI), 1) and komp.index(0, COL_GAP).data() == "2"
    ro = KompetensiModel()
    ro.load(daftar_bawaan(), read_only=True)
    assert not ro.flags(ro.index(0, COL_NAMA)) & Qt.ItemFlag.ItemIsEditable
    assert not ro.setData(ro.index(0, COL_NILAI), 1)


def test_penilai_edits_with_undo_and_saves_with_ctrl_s(qtbot: QtBot, gui_site: SiteDb,
                                                      dinilai: Dinilai) -> None:
    k = dinilai.kantor
    kasi = k.akun("kasi", Role.PENILAI)
    page = make_page(qtbot, gui_site, kasi)
    tab = page.kompetensi
    names = [p.nama for p in tab.pegawai_model.rows]
    assert names == ["Budi Santoso", "Siti Aminah, S.Kom.", "Yusuf Hasibuan"]
    assert tab.editor_stack.currentWidget() is tab.editor_empty
    tab.search.setText("siti")
    assert tab.proxy.rowCount() == 1
    tab.pegawai_view.setCurrentIndex(tab.proxy.index(0, 0))
    assert tab.current is not None and tab.current.pegawai_id == k.ids["staf"]
    assert "Belum dinilai" in tab.subtitle.text() and not tab.save_action.isEnabled()

    tab.fill_default()
    assert tab.model.rowCount() == 9 and tab.save_action.isEnabled()
    assert tab.edit_cell(2, COL_NILAI, 1)  # Komunikasi 3 → 1
    tab.add_line()
    assert tab.edit_cell(9, COL_NAMA, "Pengembangan Kurikulum")
    assert tab.edit_cell(9, COL_NILAI, 2)
    tab.model.undo_stack.undo()  # the last nilai back to 3
    assert tab.model.index(9, COL_NILAI).data() == "3"
    tab.model.undo_stack.redo()
    shot(page, "tindak_lanjut_kompetensi_1366x768.png")

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_evaluasi_kompetensi(k.db, kasi, k.ids["staf"], TAHUN)
    assert saved.version == 1 and len(saved.items) == 10
    assert [(r.nama, r.kesenjangan) for r in saved.items if r.kesenjangan] == [
        ("Komunikasi", 2), ("Pengembangan Kurikulum", 1)]
    assert not tab.is_dirty() and "disimpan" in tab.info.label.text()
    assert tab.pegawai_model.rows[1].jumlah_kesenjangan == 2


def test_a_conflict_keeps_the_edits(qtbot: QtBot, gui_site: SiteDb, dinilai: Dinilai) -> None:
    k = dinilai.kantor
    page = make_page(qtbot, gui_site, k.akun("kasi", Role.PENILAI))
    tab = page.kompetensi
    assert tab.select_pegawai(k.ids["staf2"])
    tab.fill_default()
    tab.edit_cell(0, COL_NILAI, 2)
    # Meanwhile the admin saves the same evaluation.
    simpan_evaluasi_kompetensi(k.db, k.admin, k.ids["staf2"], TAHUN, daftar_bawaan()[:3],
                               expected_version=None)
    assert not tab.save()
    assert "sudah diubah orang lain" in tab.info.label.text()
    assert tab.is_dirty() and tab.model.rowCount() == 9
    assert tab.model.index(0, COL_NILAI).data() == "2"
    assert len(get_evaluasi_kompetensi(k.db, k.admin, k.ids["staf2"], TAHUN).items) == 3


def test_a_pegawai_reads_his_own_only(qtbot: QtBot, gui_site: SiteDb, dinilai: Dinilai) -> None:
    k = dinilai.kantor
    simpan_evaluasi_kompetensi(k.db, k.admin, k.ids["staf"], TAHUN, daftar_bawaan(),
                               expected_version=None)
    page = make_page(qtbot, gui_site, k.akun("staf"))
    tab = page.kompetensi
    assert [p.nama for p in tab.pegawai_model.rows] == ["Siti Aminah, S.Kom."]
    assert tab.select_pegawai(k.ids["staf"])
    assert tab.model.read_only and not tab.add_action.isEnabled()
    assert "Hanya dapat dilihat" in tab.subtitle.text()
    page.tabs.setCurrentWidget(page.tunjangan)
    settle()
    assert page.tunjangan.model.read_only
    assert not page.tunjangan.save_action.isEnabled()
    assert "Tabel diisi oleh admin" in page.tunjangan.state.text()


def test_lists_exports_and_screenshots(qtbot: QtBot, gui_site: SiteDb, dinilai: Dinilai,
                                       tmp_path: Path) -> None:
    k = dinilai.kantor
    simpan_evaluasi_kompetensi(
        k.db, k.admin, k.ids["staf2"], TAHUN,
        [*daftar_bawaan(), KompetensiInput(JenisKompetensi.TEKNIS, "Analisis Kurikulum", 4, 2)],
        expected_version=None)
    page = make_page(qtbot, gui_site)
    assert page.minimumSizeHint().width() <= 1366 - 220  # room for the sidebar
    assert page.minimumSizeHint().height() <= 768 - 60

    page.tabs.setCurrentWidget(page.kebutuhan)
    settle()
    rows = page.kebutuhan.model.rows
    assert [(p.nama, n.tingkat) for p, n in rows] == [
        ("Budi Santoso", "Sedang"), ("Budi Santoso", "Sedang"), ("Yusuf Hasibuan", "Sedang")]
    shot(page, "tindak_lanjut_kebutuhan_1366x768.png")
    page.tabs.setCurrentWidget(page.penghargaan)
    settle()
    assert [c.nama for c in page.penghargaan.model.rows] == ["Siti Aminah, S.Kom."]
    page.tabs.setCurrentWidget(page.angka_kredit)
    settle()
    ak = page.angka_kredit.model
    assert [(r.nama, ak.index(i, 7).data()) for i, r in enumerate(ak.rows)] == [
        ("Siti Aminah, S.Kom.", "18,75"), ("Yusuf Hasibuan", "2,08")]
    shot(page, "tindak_lanjut_angka_kredit_1366x768.png")

    handle = page.angka_kredit.export(tmp_path / "angka_kredit.xlsx")
    assert handle is not None
    settle()
    ws = load_workbook(tmp_path / "angka_kredit.xlsx").active
    assert ws is not None and ws.freeze_panes == "C5"
    assert [(ws.cell(r, 3).value, ws.cell(r, 12).value) for r in (5, 6)] == [
        ("Siti Aminah, S.Kom.", 18.75), ("Yusuf Hasibuan", 2.08)]
    assert "Disimpan ke" in page.angka_kredit.info.label.text()
    page.angka_kredit.export(tmp_path / "salah.csv")
    settle()
    assert "harus berakhiran .xlsx" in page.angka_kredit.info.label.text()

    # The unit filter (with sub-units) applies to every tab.
    page.set_unit(k.units["1.2"])
    settle()
    assert page.angka_kredit.model.rows == []
    assert page.angka_kredit.stack.currentWidget() is page.angka_kredit.empty
    assert "Jenjang jabatan fungsional diisi di halaman Pegawai" in \
        page.angka_kredit.empty_label.text()


def test_tunjangan_table_for_the_admin(qtbot: QtBot, gui_site: SiteDb, dinilai: Dinilai,
                                       tmp_path: Path) -> None:
    k = dinilai.kantor
    simpan_tabel_tunjangan(k.db, k.admin, TAHUN - 1, {p: "90" for p in Predikat})
    page = make_page(qtbot, gui_site)
    page.tabs.setCurrentWidget(page.tunjangan)
    settle()
    t = page.tunjangan
    assert "belum diisi" in t.state.text()
    assert [r.persen for r in t.daftar.model.rows] == [None, None, None]
    assert t.daftar.model.index(0, 5).data() == "(tabel belum diisi)"
    shot(page, "tindak_lanjut_tunjangan_kosong_1366x768.png")

    assert t.copy_last_year(confirm=False)
    settle()
    assert get_tabel_tunjangan(k.db, k.admin, TAHUN).persen[Predikat.BAIK] == Decimal(90)
    assert [r.persen for r in t.daftar.model.rows] == [Decimal(90)] * 3
    # A bad value is refused with the predikat named; the edit stays to be fixed.
    assert t.set_persen(Predikat.SANGAT_BAIK, "120")
    assert not t.save()
    assert "Sangat Baik harus 0–100" in t.info.label.text() and t.is_dirty()
    t.model.undo_stack.undo()
    assert t.set_persen(Predikat.SANGAT_BAIK, "100")
    assert t.set_persen(Predikat.BUTUH_PERBAIKAN, "87,5")
    assert t.save()
    settle()
    tabel = get_tabel_tunjangan(k.db, k.admin, TAHUN)
    assert tabel.persen[Predikat.BUTUH_PERBAIKAN] == Decimal("87.50")
    assert [t.daftar.model.index(i, 5).data() for i in range(3)] == ["87,50", "100,00", "90,00"]
    shot(page, "tindak_lanjut_tunjangan_1366x768.png")
    t.daftar.export(tmp_path / "tunjangan.xlsx")
    settle()
    ws = load_workbook(tmp_path / "tunjangan.xlsx").active
    assert ws is not None and [ws.cell(r, 7).value for r in (5, 6, 7)] == [87.5, 100, 90]


def test_empty_states_say_what_to_do(qtbot: QtBot, gui_site: SiteDb) -> None:
    build_kantor(gui_site.db, gui_site.admin)
    page = make_page(qtbot, gui_site, tahun=TAHUN + 1)
    page.tabs.setCurrentWidget(page.penghargaan)
    settle()
    assert page.penghargaan.stack.currentWidget() is page.penghargaan.empty
    assert "nilai dulu di halaman Penilaian" in page.penghargaan.empty_label.text()
    page.tabs.setCurrentWidget(page.tunjangan)
    settle()
    assert page.tunjangan.daftar.empty_label.text() == (
        f"Belum ada penilaian tahunan di unit ini untuk {TAHUN + 1}; nilai dulu di halaman "
        "Penilaian.")
    with qtbot.waitSignal(page.page_requested) as signal:
        page.tunjangan.daftar.empty_button.click()
    assert signal.args == ["penilaian"]
    # Following the working year.
    page.ctx.tahun.set(TAHUN)
    settle()
    assert "2025" in page.title.text()
    assert page.tunjangan.daftar.model.rows == []  # built but not rated
    assert page.help_text().startswith("<h3>Tindak Lanjut</h3>")
    assert page.kompetensi.table.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked


def test_period_choice_and_consistent_candidates(qtbot: QtBot, gui_site: SiteDb,
                                                 dinilai: Dinilai, tmp_path: Path) -> None:
    page = make_page(qtbot, gui_site)
    assert page.periode_combo.itemText(0) == "Tahunan"
    assert page.periode_combo.currentData() == f"{TAHUN}-TAHUNAN"
    page.tabs.setCurrentWidget(page.kebutuhan)
    settle()
    assert {p.nama for p, _ in page.kebutuhan.model.rows} == {"Budi Santoso"}
    page.periode_combo.setCurrentIndex(page.periode_combo.findData(f"{TAHUN}-TW1"))
    settle()
    assert page.kebutuhan.model.rows == []  # only Siti was rated in TW1, Di Atas
    assert "tidak ada kesenjangan" in page.kebutuhan.empty_label.text()
    page.kebutuhan.export(tmp_path / "kebutuhan_tw1.xlsx")
    settle()
    ws = load_workbook(tmp_path / "kebutuhan_tw1.xlsx").active
    assert ws is not None and ws.max_row == 4  # title, note, blank, header: no needs

    page.tabs.setCurrentWidget(page.penghargaan)
    settle()
    assert [c.nama for c in page.penghargaan.model.rows] == ["Siti Aminah, S.Kom."]
    page.konsisten.setChecked(True)
    settle()
    assert [c.nama for c in page.penghargaan.model.rows] == ["Siti Aminah, S.Kom."]
    assert page.penghargaan.model.index(0, 4).data() == "Sangat Baik"


def test_ctrl_s_while_typing_takes_the_open_cell(qtbot: QtBot, gui_site: SiteDb,
                                                 dinilai: Dinilai) -> None:
    k = dinilai.kantor
    page = make_page(qtbot, gui_site, k.akun("kasi", Role.PENILAI))
    page.activateWindow()
    tab = page.kompetensi
    assert tab.select_pegawai(k.ids["staf2"])
    tab.fill_default()
    tab.add_line()  # opens the name editor of the new line
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and tab.table.viewport().isAncestorOf(editor)
    qtbot.keyClicks(editor, "Analisis Kurikulum")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_evaluasi_kompetensi(k.db, k.admin, k.ids["staf2"], TAHUN)
    assert [r.nama for r in saved.items][-1] == "Analisis Kurikulum"
    assert not tab.is_dirty()


def test_changing_the_year_closes_the_open_evaluation(qtbot: QtBot, gui_site: SiteDb,
                                                      dinilai: Dinilai) -> None:
    k = dinilai.kantor
    page = make_page(qtbot, gui_site)
    assert page.kompetensi.select_pegawai(k.ids["staf"])
    assert page.kompetensi.current is not None
    page.ctx.tahun.set(TAHUN + 1)
    settle()
    assert page.kompetensi.current is None and page.kompetensi.model.rowCount() == 0
    assert f"tahun {TAHUN + 1}" in page.kompetensi.editor_empty.text()
    assert page.title.text() == f"Tindak lanjut tahun {TAHUN + 1}"
