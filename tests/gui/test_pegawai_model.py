"""PegawaiTableModel and PegawaiFilterProxy: model tester, search, filters, sort, speed."""

from __future__ import annotations

import random
import uuid

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui.pegawai_model import (
    AKTIF_COLOR,
    NONAKTIF_COLOR,
    Column,
    IdRole,
    PegawaiFilterProxy,
    PegawaiTableModel,
    PenugasanTableModel,
    RowRole,
    StatusFilter,
)
from kinerja_desktop.services.pegawai import PegawaiRow

FIRST = ["Siti", "Ahmad", "Budi", "Dewi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko",
         "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sri", "Teguh", "Wahyu", "Yusuf"]
LAST = ["Aminah", "Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kurniawan", "Pratama",
        "Rahayu", "Susanto", "Nugroho", "Setiawan"]
GOLONGAN = ["II/a", "II/c", "III/a", "III/b", "III/d", "IV/a", "IV/b"]
UNITS = [uuid.uuid4() for _ in range(40)]


def synthetic_rows(n: int, seed: int = 7) -> list[PegawaiRow]:
    """``n`` plausible rows (valid-looking NIPs, 40 units, ~10 % nonaktif), by name."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        nip = (f"19{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
               f"20{rng.randint(10, 23)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}"
               f"{i % 999 + 1:03d}")
        nama = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        rows.append(PegawaiRow(uuid.uuid4(), nip, nama, "Analis SDM Aparatur",
                               rng.choice(GOLONGAN), rng.choice(UNITS), "Bidang",
                               "Atasan", rng.random() > 0.1, "PNS"))
    rows.sort(key=lambda r: r.nama)
    return rows


def row(nama: str, nip: str, unit: uuid.UUID | None = None, aktif: bool = True,
        golongan: str = "III/a", jenis: str = "PNS") -> PegawaiRow:
    return PegawaiRow(uuid.uuid4(), nip, nama, "Pengadministrasi Umum", golongan, unit,
                      "Unit", "", aktif, jenis)


def proxy_names(proxy: PegawaiFilterProxy) -> list[str]:
    return [proxy.index(r, Column.NAMA).data() for r in range(proxy.rowCount())]


@pytest.fixture
def model() -> PegawaiTableModel:
    m = PegawaiTableModel()
    m.set_rows(synthetic_rows(300))
    return m


def test_table_model_passes_model_tester(qtmodeltester: ModelTester,
                                         model: PegawaiTableModel) -> None:
    qtmodeltester.check(model)
    model.append_rows(synthetic_rows(50, seed=8))
    assert model.rowCount() == 350
    first = model.row_at(0)
    model.upsert_row(first._replace(nama="Zaenal Arifin"))
    assert model.remove_id(first.id)
    model.insert_row(3, first)
    model.set_rows([])
    qtmodeltester.check(model)


def test_table_model_roles_and_status_text(model: PegawaiTableModel) -> None:
    r = model.row_at(0)
    index = model.index(0, Column.NIP)
    assert index.data(IdRole) == r.id
    assert index.data(RowRole) == r
    assert index.data() == f"{r.nip[:8]} {r.nip[8:14]} {r.nip[14]} {r.nip[15:]}"
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"
    m = PegawaiTableModel()
    m.set_rows([row("Aktif", "198609262015051001"),
                row("Tidak", "198609262015051002", aktif=False)])
    status0 = m.index(0, Column.STATUS)
    status1 = m.index(1, Column.STATUS)
    # Text and colour, never colour alone.
    assert status0.data() == "Aktif"
    assert status1.data() == "Nonaktif"
    assert status0.data(Qt.ItemDataRole.ForegroundRole) == AKTIF_COLOR
    assert status1.data(Qt.ItemDataRole.ForegroundRole) == NONAKTIF_COLOR


def test_append_rows_skips_known_ids(model: PegawaiTableModel, qtbot: QtBot) -> None:
    again = list(model.rows[:5])
    with qtbot.assertNotEmitted(model.rowsInserted):
        model.append_rows(again)
    new = synthetic_rows(3, seed=99)
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        model.append_rows(again + new)
    assert blocker.args is not None and blocker.args[1:] == [300, 302]
    assert model.row_of_id(new[2].id) == 302


def test_proxy_passes_model_tester_filtered_and_sorted(
    qtmodeltester: ModelTester, model: PegawaiTableModel,
) -> None:
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search_text("si")
    qtmodeltester.check(proxy)
    proxy.sort(Column.GOLONGAN, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_unit_filter(set(UNITS[:10]))
    proxy.set_status_filter(StatusFilter.AKTIF)
    qtmodeltester.check(proxy)
    # Source changes while filtered and sorted.
    model.append_rows(synthetic_rows(40, seed=3))
    first = model.row_at(0)
    model.upsert_row(first._replace(nama="Siti Zulaikha"))
    model.remove_id(model.row_at(5).id)
    proxy.sort(-1)
    model.append_rows(synthetic_rows(40, seed=4))
    proxy.set_search_text("")
    qtmodeltester.check(proxy)
    model.set_rows(synthetic_rows(20, seed=5))
    qtmodeltester.check(proxy)


def test_search_by_name_and_nip_with_or_without_spaces() -> None:
    m = PegawaiTableModel()
    m.set_rows([
        row("Dr. Siti Aminah, M.Si.", "198609262015052001"),
        row("Budi Santoso", "197501012000031001"),
        row("Siti Rahayu", "199001202019032003"),
        row("Ahmad Fauzi", "198003152005011002"),
    ])
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(m)
    proxy.set_search_text("SITI")
    assert proxy_names(proxy) == ["Dr. Siti Aminah, M.Si.", "Siti Rahayu"]
    proxy.set_search_text("siti am")  # every word, any position
    assert proxy_names(proxy) == ["Dr. Siti Aminah, M.Si."]
    proxy.set_search_text("aminah siti")
    assert proxy_names(proxy) == ["Dr. Siti Aminah, M.Si."]
    proxy.set_search_text("19750101 200003 1 001")
    assert proxy_names(proxy) == ["Budi Santoso"]
    proxy.set_search_text("197501012000031001")
    assert proxy_names(proxy) == ["Budi Santoso"]
    proxy.set_search_text("2005")  # part of a NIP
    assert proxy_names(proxy) == ["Ahmad Fauzi"]
    proxy.set_search_text("tidak ada")
    assert proxy.rowCount() == 0
    proxy.set_search_text("")
    assert proxy.rowCount() == 4


def test_narrowing_gives_the_same_result_as_a_fresh_search(model: PegawaiTableModel) -> None:
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(model)
    fresh = PegawaiFilterProxy()
    fresh.setSourceModel(model)
    typed = ""
    for ch in "siti am 1":
        typed += ch
        proxy.set_search_text(typed)
        fresh.set_search_text("")
        fresh.set_search_text(typed)
        assert proxy_names(proxy) == proxy_names(fresh), typed
    for _ in range(len(typed)):
        typed = typed[:-1]
        proxy.set_search_text(typed)
        fresh.set_search_text("x")
        fresh.set_search_text(typed)
        assert proxy_names(proxy) == proxy_names(fresh), typed


def test_filter_by_unit_and_status() -> None:
    induk, anak, lain = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    m = PegawaiTableModel()
    m.set_rows([row("A", "198609262015051001", induk),
                row("B", "198609262015051002", anak),
                row("C", "198609262015051003", lain),
                row("D", "198609262015051004", anak, aktif=False),
                row("E", "198609262015051005", None)])
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(m)
    proxy.set_unit_filter({induk, anak})
    assert proxy_names(proxy) == ["A", "B", "D"]
    proxy.set_status_filter(StatusFilter.AKTIF)
    assert proxy_names(proxy) == ["A", "B"]
    proxy.set_status_filter(StatusFilter.NONAKTIF)
    assert proxy_names(proxy) == ["D"]
    proxy.set_unit_filter({None})
    proxy.set_status_filter(StatusFilter.SEMUA)
    assert proxy_names(proxy) == ["E"]
    proxy.set_unit_filter(None)
    assert proxy.rowCount() == 5


def test_sort_by_every_column_and_back() -> None:
    m = PegawaiTableModel()
    m.set_rows([row("Citra", "199001012020122003", golongan="IV/a"),
                row("Adi", "198001012005011001", golongan="II/c"),
                row("Bayu", "197001011995031002", golongan="IX", jenis="PPPK"),
                row("Dian", "196501011990032004", golongan="III/b", aktif=False)])
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(m)
    proxy.sort(Column.NAMA)
    assert proxy_names(proxy) == ["Adi", "Bayu", "Citra", "Dian"]
    proxy.sort(Column.NAMA, Qt.SortOrder.DescendingOrder)
    assert proxy_names(proxy) == ["Dian", "Citra", "Bayu", "Adi"]
    proxy.sort(Column.NIP)
    assert proxy_names(proxy) == ["Dian", "Bayu", "Adi", "Citra"]
    proxy.sort(Column.GOLONGAN)  # by rank, not text: II/c < III/b < IV/a, PPPK after PNS
    assert proxy_names(proxy) == ["Adi", "Dian", "Citra", "Bayu"]
    proxy.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    assert proxy_names(proxy)[0] == "Dian"
    for col in Column:
        proxy.sort(col)
        assert proxy.rowCount() == 4
    proxy.set_search_text("i")  # the filter keeps the sort order
    assert proxy_names(proxy) == sorted(proxy_names(proxy), key=lambda n: n not in
                                        {r.nama for r in m.rows if r.aktif})
    proxy.sort(-1)
    proxy.set_search_text("")
    assert proxy_names(proxy) == ["Citra", "Adi", "Bayu", "Dian"]  # the service's order


def test_proxy_follows_source_changes_and_keeps_selection(qtbot: QtBot) -> None:
    m = PegawaiTableModel()
    rows = synthetic_rows(100)
    m.set_rows(rows[:60])
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(m)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    proxy.set_search_text("a")
    before = proxy.rowCount()
    with qtbot.waitSignal(proxy.rowsInserted):
        m.append_rows(rows[60:])  # unsorted: appended at the end, no reset
    assert proxy.rowCount() == sum(1 for r in rows if "a" in r.nama.casefold()) > before
    target = proxy.row_at(3)
    view.selectRow(3)
    proxy.sort(Column.NIP)
    assert proxy.row_at(view.currentIndex().row()).id == target.id
    assert proxy.mapToSource(proxy.index(0, 1)).data() == proxy.index(0, 1).data()
    assert proxy.mapFromSource(m.index(m.row_of_id(target.id), 0)).row() == \
        proxy.proxy_row_of_id(target.id)
    # An edit that no longer matches the search leaves the view.
    m.upsert_row(target._replace(nama="Zzz Qqq", nip="111111111111111111"))
    assert proxy.proxy_row_of_id(target.id) == -1
    assert not proxy.mapFromSource(m.index(m.row_of_id(target.id), 0)).isValid()
    assert not proxy.index(0, 0, proxy.index(0, 0)).isValid()
    assert proxy.parent(proxy.index(0, 0)) == QModelIndex()


ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.SizeHintRole, IdRole, RowRole]


def test_multi_data_answers_as_data_does(model: PegawaiTableModel) -> None:
    model.upsert_row(model.row_at(1)._replace(aktif=False))
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAMA, Qt.SortOrder.DescendingOrder)
    proxy.set_search_text("a")
    for m in (model, proxy):
        for row in (0, 1, 2, m.rowCount() - 1):
            for col in range(m.columnCount()):
                index = m.index(row, col)
                for role in ROLES:
                    item = QModelRoleData(role)
                    item.setData("stale")
                    m.multiData(index, QModelRoleDataSpan(item))
                    assert item.data() == index.data(role), (row, col, role)
        item = QModelRoleData(Qt.ItemDataRole.DisplayRole)
        item.setData("stale")
        m.multiData(QModelIndex(), item)
        assert item.data() is None


def test_painting_asks_once_per_cell(model: PegawaiTableModel, qtbot: QtBot,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A painted cell costs one Python call (multiData), not one per role (data)."""
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(700, 400)
    calls = {"data": 0, "multi": 0}
    real_data, real_multi = PegawaiFilterProxy.data, PegawaiFilterProxy.multiData

    def data(self: PegawaiFilterProxy, index: QModelIndex, role: int = 0) -> object:
        calls["data"] += 1
        return real_data(self, index, role)

    def multi(self: PegawaiFilterProxy, index: QModelIndex, span: QModelRoleDataSpan) -> None:
        calls["multi"] += 1
        real_multi(self, index, span)

    monkeypatch.setattr(PegawaiFilterProxy, "data", data)
    monkeypatch.setattr(PegawaiFilterProxy, "multiData", multi)
    image = view.grab()
    assert not image.isNull()
    assert calls["multi"] >= 10
    assert calls["data"] == 0


def test_penugasan_model(qtmodeltester: ModelTester) -> None:
    import datetime as dt

    from kinerja_desktop.domain.atasan import JenisPenugasan
    from kinerja_desktop.services.penugasan import PenugasanDTO

    m = PenugasanTableModel()
    m.set_rows([PenugasanDTO(uuid.uuid4(), JenisPenugasan.PLT, uuid.uuid4(), "Budi",
                             uuid.uuid4(), "Siti", dt.date(2026, 11, 25), None, None, 1)])
    qtmodeltester.check(m)
    assert m.index(0, 0).data() == "Plt"
    assert m.index(0, 3).data() == "25 November 2026"
    assert m.index(0, 4).data() == "seterusnya"


def test_typing_over_100k_rows_matches_a_fresh_search(qtbot: QtBot) -> None:
    """Narrowing and widening as the user types give exactly what a fresh search gives.

    The speed of the same keystrokes is measured by tests/bench (pegawai_filter_keystroke),
    not asserted here.
    """
    m = PegawaiTableModel()
    rows = synthetic_rows(100_000)
    m.set_rows(rows)
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(m)
    proxy.sort(Column.NAMA)
    for text in ["s", "si", "sit", "siti", "siti a", "siti", "si", "", "19", "1986 0", ""]:
        proxy.set_search_text(text)
        shown = {proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())}
        fresh = PegawaiFilterProxy()
        fresh.setSourceModel(m)
        fresh.set_search_text(text)
        assert shown == {fresh.index(r, 0).data(IdRole) for r in range(fresh.rowCount())}
        needle = text.replace(" ", "")
        if needle.isdigit():
            assert all(needle in r.nip for r in rows if r.id in shown)
    names = [proxy.index(r, int(Column.NAMA)).data() for r in range(proxy.rowCount())]
    assert len(names) == 100_000


def test_models_keep_the_reference_count_of_none() -> None:
    """PySide6 6.12.0 dropped a reference to None per None handed back from data().

    On Python 3.11 a large table then aborted the process ("none_dealloc"); the
    pinned binding must not do that for any of our models.
    """
    import sys

    from kinerja_desktop.gui.import_preview_dialog import ImportProblemsModel, ImportRowsModel

    m = PegawaiTableModel()
    m.set_rows(synthetic_rows(50))
    proxy = PegawaiFilterProxy()
    proxy.setSourceModel(m)
    import datetime as dt

    from kinerja_desktop.documents.xlsx_reader import RowError
    from kinerja_desktop.domain.atasan import JenisPenugasan
    from kinerja_desktop.gui.import_preview_dialog import Problem
    from kinerja_desktop.services.pegawai_excel import BARU, ImportRow
    from kinerja_desktop.services.penugasan import PenugasanDTO

    plt = PenugasanTableModel()
    plt.set_rows([PenugasanDTO(uuid.uuid4(), JenisPenugasan.PLH, uuid.uuid4(), "A",
                               uuid.uuid4(), "B", dt.date(2026, 1, 1), None, None, 1)])
    rows = ImportRowsModel()
    rows.set_rows([ImportRow(3, {}, BARU, "198609262015051001", "Budi")])
    problems = ImportProblemsModel()
    problems.set_problems([Problem(RowError(3, "B", "NIP", "salah"), "blocking")])
    models = [m, proxy, plt, rows, problems]
    indexes = [model.index(0, 0) for model in models]
    assert all(index.isValid() for index in indexes)
    before = sys.getrefcount(None)
    for _ in range(500):
        for index in indexes:
            index.data(Qt.ItemDataRole.DecorationRole)
            index.data(Qt.ItemDataRole.SizeHintRole)
    # 5,000 calls; the broken binding made the count 5,000 lower.
    assert sys.getrefcount(None) >= before - 10
