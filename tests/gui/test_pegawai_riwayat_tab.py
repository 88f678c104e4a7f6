"""The Riwayat tab of the Pegawai detail lists the pegawai's rated periods."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.pegawai_riwayat_tab import PegawaiRiwayatTab
from kinerja_desktop.services.site import get_site
from tests.services.test_penilaian import rantai  # noqa: F401
from tests.services.test_penilaian_excel import kantor_staf  # noqa: F401
from tests.services.test_rekap import Rantai, dinilai  # noqa: F401


def test_rows_and_the_empty_hint(qtbot: QtBot, dinilai: Rantai) -> None:  # noqa: F811
    k, _ = dinilai
    tab = PegawaiRiwayatTab(AppContext(db=k.db, actor=k.admin, site=get_site(k.db)))
    qtbot.addWidget(tab)
    tab.show_pegawai(k.ids["kasi"])
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert cells[0].startswith("TRIWULAN I ")
    assert cells[2] == "Dinilai" and cells[5] == "Sangat Baik"
    assert "1 periode penilaian" in tab.hint.text()
    tab.show_pegawai(k.ids["kabid2"])
    assert tab.table.rowCount() == 0
    assert "Belum ada periode yang dinilai" in tab.hint.text()
