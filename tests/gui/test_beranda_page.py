"""Beranda (SCREENS §4): tugas saya, progress per unit, the curve and the late items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.beranda_page import (
    BerandaPage,
    TerlambatModel,
    UnitColumn,
    UnitProgresModel,
    progres_text,
)
from kinerja_desktop.services.changes import stamp
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.storage.models import PredikatOrganisasiUnit
from tests.gui.conftest import SiteDb
from tests.gui.skp_fixtures import save_shot, settle
from tests.services.test_skp_service import TAHUN, Kantor, build_kantor, tetapkan_rantai

OUTPUT = Path(__file__).parent / "output"
TW1 = f"{TAHUN}-TW1"
TODAY = dt.date(TAHUN, 4, 20)  # every deadline of TW1 has passed


@pytest.fixture
def kantor(gui_site: SiteDb) -> Kantor:
    """The office of the service tests: kabid rated Sangat Baik, kasi Baik in TW1; the
    kadis not rated; three pegawai without SKP; Bidang Pembinaan has capaian Baik."""
    k = build_kantor(gui_site.db, gui_site.admin)
    skp = tetapkan_rantai(k)
    a, s = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI
    nilai(k.db, k.akun("kadis", Role.PENILAI), skp["kabid"].id, TW1, rating_hasil_kerja=a,
          rating_perilaku=a, today=dt.date(TAHUN, 4, 1))
    nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TW1, rating_hasil_kerja=s,
          rating_perilaku=s, today=dt.date(TAHUN, 4, 1))
    with k.db.write() as sess:
        row = PredikatOrganisasiUnit(unit_kerja_id=k.units["1.1"], periode_key=TW1,
                                     predikat=PredikatOrganisasi.BAIK, ditetapkan_oleh="admin",
                                     tanggal=dt.date(TAHUN, 4, 1))
        sess.add(row)
        stamp(sess, row, new=True)
    return k


def _page(qtbot: QtBot, site: SiteDb, actor: object = None) -> BerandaPage:
    ctx = site.ctx(actor)  # type: ignore[arg-type]
    ctx.tahun.set(TAHUN)
    page = BerandaPage(ctx)
    qtbot.addWidget(page)
    page.today = TODAY
    page._periods_year = 0  # periods again, chosen by the page's "today"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    return page


def test_progress_text() -> None:
    assert progres_text(45, 50) == "45/50 (90 %)"
    assert progres_text(1999, 2000) == "1.999/2.000 (99 %)"  # never rounded up to 100 %
    assert progres_text(0, 0) == "—"


def test_models_pass_the_model_tester(qtmodeltester: object, qtbot: QtBot, gui_site: SiteDb,
                                      kantor: Kantor) -> None:
    page = _page(qtbot, gui_site)
    assert page.unit_model.rowCount() == 4 and page.late_model.rowCount() == 5
    for model in (page.unit_model, page.late_model, UnitProgresModel(), TerlambatModel()):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    settle()


def test_progress_table_chart_and_tugas(qtbot: QtBot, gui_site: SiteDb,
                                        kantor: Kantor) -> None:
    page = _page(qtbot, gui_site)
    assert page.current_periode() is not None and page.current_periode().key == TW1
    m = page.unit_model
    cells = [[m.index(r, c).data() for c in (UnitColumn.UNIT, UnitColumn.SKP,
                                             UnitColumn.DINILAI, UnitColumn.KURVA)]
             for r in range(m.rowCount())]
    assert cells == [
        ["Dinas Pendidikan", "3/6 (50 %)", "2/3 (66 %)", "Tidak diperiksa"],
        ["\u2003Bidang Pembinaan", "2/4 (50 %)", "2/2 (100 %)", "1 peringatan"],
        ["\u2003\u2003Seksi Kurikulum", "1/3 (33 %)", "1/1 (100 %)", "Tidak diperiksa"],
        ["\u2003Bidang Sarana", "0/1 (0 %)", "—", "Tidak diperiksa"],
    ]
    assert m.index(1, UnitColumn.DINILAI).data(Qt.ItemDataRole.ForegroundRole).name() == \
        "#1b7a1b"
    assert m.index(0, UnitColumn.SKP).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    # The first unit has no capaian organisasi: bars only, said so.
    assert "tidak diperiksa" in page.warnings_label.text() and page.chart.tanpa_kurva
    page.unit_table.selectRow(1)
    assert not page.chart.tanpa_kurva and page.chart.total == 2
    assert "Harus ada pegawai dengan predikat" in page.warnings_label.text()
    tugas = [page.tugas_list.item(i).text() for i in range(page.tugas_list.count())]
    # Most late first; a tie by unit code.
    assert tugas == ["Dinas Pendidikan terlambat: 1 realisasi belum diisi, 1 belum dinilai",
                     "Seksi Kurikulum terlambat: 2 SKP belum ditetapkan",
                     "Bidang Sarana terlambat: 1 SKP belum ditetapkan"]
    assert page.tabs.tabText(1) == "Terlambat (5)"
    assert not page.empty_box.isVisibleTo(page)


def test_period_change_reloads(qtbot: QtBot, gui_site: SiteDb, kantor: Kantor) -> None:
    page = _page(qtbot, gui_site)
    assert page.data is not None and page.data.periode.key == TW1
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.set_periode(f"{TAHUN}-TW2")
    assert page.data.periode.key == f"{TAHUN}-TW2"
    # No evaluation in TW2 yet, and its deadlines are still ahead on TODAY.
    assert page.unit_model.index(0, UnitColumn.DINILAI).data() == "0/3 (0 %)"
    assert page.tabs.tabText(1) == "Terlambat (3)"  # only the three SKPs
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.unit_combo.setCurrentIndex(page.unit_combo.findData(str(kantor.units["1.2"])))
    assert [page.unit_model.index(r, 0).data() for r in range(page.unit_model.rowCount())] == [
        "Bidang Sarana"]
    settle()


def test_double_click_asks_for_the_page(qtbot: QtBot, gui_site: SiteDb,
                                        kantor: Kantor) -> None:
    page = _page(qtbot, gui_site)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentIndex(1)
    rows = [page.late_model.index(r, 0).data() for r in range(page.late_model.rowCount())]
    row = rows.index("Belum dinilai")
    rect = page.late_table.visualRect(page.late_model.index(row, 1))
    qtbot.mouseClick(page.late_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.page_requested) as sig:
        qtbot.mouseDClick(page.late_table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert sig.args == ["penilaian"]
    with qtbot.waitSignal(page.page_requested) as sig:
        page.tugas_list.itemDoubleClicked.emit(page.tugas_list.item(0))
    assert sig.args == ["skp"] and page.tugas_list.item(0).text().startswith("Dinas")
    settle()


def test_screenshot_1366x768(qtbot: QtBot, gui_site: SiteDb, kantor: Kantor) -> None:
    page = _page(qtbot, gui_site)
    page.resize(1366 - 190, 768 - 90)  # the page's share of the main window
    page.show()
    qtbot.waitExposed(page)
    page.unit_table.selectRow(1)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 190 and hint.height() <= 768 - 90, hint
    OUTPUT.mkdir(exist_ok=True)
    shot = save_shot(page, OUTPUT, "beranda_1366x768.png")
    assert shot.stat().st_size > 0
    settle()


def test_pegawai_sees_only_his_tasks_and_empty_state(qtbot: QtBot, gui_site: SiteDb,
                                                     kantor: Kantor) -> None:
    page = _page(qtbot, gui_site, kantor.akun("staf"))
    assert not page.body.isVisibleTo(page) and not page.unit_combo.isVisibleTo(page)
    [line] = [page.tugas_list.item(i).text() for i in range(page.tugas_list.count())]
    assert line.startswith(f"Anda belum memiliki SKP tahun {TAHUN} yang ditetapkan; batas "
                           f"penetapan 31 Januari {TAHUN} (terlambat 79 hari)")
    page.resize(1366 - 190, 768 - 90)
    page.show()
    qtbot.waitExposed(page)
    assert save_shot(page, OUTPUT, "beranda_pegawai_1366x768.png").stat().st_size > 0
    settle()


def test_empty_office(qtbot: QtBot, gui_site: SiteDb) -> None:
    page = _page(qtbot, gui_site)
    assert page.empty_box.isVisibleTo(page) and not page.body.isVisibleTo(page)
    assert page.empty_label.text() == "Belum ada pegawai. Impor dari Excel atau buat data contoh."
    assert page.import_button.isVisibleTo(page) and page.demo_button.isVisibleTo(page)
    with qtbot.waitSignal(page.demo_requested):
        page.demo_button.click()
    settle()
