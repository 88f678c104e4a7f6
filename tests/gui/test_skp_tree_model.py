"""SkpTreeModel: Qt's model tester, editing through Qt, undo/redo, drag and drop."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from kinerja_desktop.domain.skp import (
    Aspek,
    FormFamily,
    Iki,
    IsiSKP,
    JenisRHK,
    Lampiran,
    Pendekatan,
    Perspektif,
    Rhk,
    comparable,
)
from kinerja_desktop.gui.skp_tree_model import (
    MIME_TYPE,
    KindRole,
    PathRole,
    ProblemsRole,
    SkpTreeModel,
)

M = SkpTreeModel
LEADER_RHK = uuid.uuid4()


def sample() -> IsiSKP:
    return IsiSKP(
        rhk=[
            Rhk("Tersusunnya laporan keuangan triwulan", iki=[
                Iki("Jumlah laporan keuangan", Aspek.KUANTITAS, Decimal(4), "laporan"),
                Iki("Laporan tepat waktu", Aspek.WAKTU, Decimal(12), "bulan"),
            ], intervensi_rhk_id=LEADER_RHK),
            Rhk("Terkelolanya arsip", iki=[
                Iki("Persentase arsip tertata", Aspek.KUALITAS, Decimal(90), "%"),
            ], intervensi_teks="Meningkatnya tata kelola arsip"),
            Rhk("Terlaksananya tugas panitia", jenis=JenisRHK.TAMBAHAN, iki=[
                Iki("Jumlah kegiatan", Aspek.KUANTITAS, Decimal(2), "kegiatan"),
            ], intervensi_teks="Terselenggaranya kegiatan dinas"),
        ],
        ekspektasi={1: "Ramah kepada tamu"},
        lampiran=Lampiran(["Komputer"], ["Laporan ke Sekretaris"], ["Teguran"]),
    )


@pytest.fixture
def model() -> SkpTreeModel:
    m = SkpTreeModel()
    m.load(sample())
    return m


def uraian(m: SkpTreeModel) -> list[tuple[str, str, list[str]]]:
    """(jenis, RHK uraian, IKI uraian) as the model shows them now."""
    return [(r.jenis.value, r.uraian, [i.uraian for i in r.iki]) for r in m.isi().rhk]


def test_model_tester_empty_with_content_and_after_moves(qtmodeltester: ModelTester) -> None:
    m = SkpTreeModel()
    # Both testers stay connected: every signal below (reset, inserts, removes, moves
    # within and between parents, undo of all of it) is checked again as it happens.
    qtmodeltester.check(m, force_py=True)
    qtmodeltester.check(m)
    assert m.rowCount() == 2 and m.rowCount(m.index(0, 0)) == 0
    m.load(sample())
    a0 = m.index_at((0, 0))
    assert m.move(a0, m.section_index(JenisRHK.TAMBAHAN), 1).isValid()  # between sections
    assert m.move_up(m.index_at((0, 0, 0))) == m.index_at((0, 0, 0))  # already first
    m.move_down(m.index_at((1, 1, 0)))  # IKI within its RHK
    m.move(m.index_at((1, 1, 1)), m.index_at((0, 0)), 0)  # IKI to another RHK
    m.add_rhk(JenisRHK.UTAMA)
    m.add_iki(m.index_at((0, 0)))
    m.remove(m.index_at((1, 0)))
    m.set_form_family(FormFamily.JPT)
    assert m.undo_stack.count() == 7
    while m.undo_stack.canUndo():
        m.undo_stack.undo()
    assert comparable(m.isi()) == comparable(sample())
    while m.undo_stack.canRedo():
        m.undo_stack.redo()
    m.load(IsiSKP())
    assert m.rowCount() == 2 and not m.hasChildren(m.index(1, 0))


def test_load_and_read_back_keeps_everything(model: SkpTreeModel) -> None:
    isi = model.isi()
    assert comparable(isi) == comparable(sample())
    assert isi.rhk[0].intervensi_rhk_id == LEADER_RHK
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "A. UTAMA (2 RHK)"
    assert model.data(model.index(1, 0)) == "B. TAMBAHAN (1 RHK)"
    assert model.data(model.index_at((0, 0), M.COL_URAIAN)) == \
        "Tersusunnya laporan keuangan triwulan"
    assert model.data(model.index_at((0, 0, 0), M.COL_ASPEK)) == "Kuantitas"
    assert model.data(model.index_at((0, 0, 0), M.COL_ASPEK), Qt.ItemDataRole.EditRole) == \
        "KUANTITAS"
    assert model.data(model.index_at((0, 0, 0), M.COL_TARGET)) == "4"
    assert model.data(model.index_at((0, 0, 0), M.COL_SATUAN)) == "laporan"
    assert model.data(model.index_at((0, 1), M.COL_INTERVENSI)) == \
        "Meningkatnya tata kelola arsip"
    assert model.data(model.index_at((1, 0, 0)), KindRole) == "iki"
    assert model.data(model.index_at((1, 0, 0)), PathRole) == (1, 0, 0)
    # Every column header explains itself with an example.
    for col in range(M.COLUMNS):
        tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "mis." in tip, col
    assert model.kekurangan() == []
    assert not model.undo_stack.canUndo()


def test_intervensi_labels_and_unknown_ids(model: SkpTreeModel) -> None:
    index = model.index_at((0, 0), M.COL_INTERVENSI)
    assert "tidak ada di SKP pimpinan" in model.data(index)
    model.set_intervensi_labels({LEADER_RHK: "Terkelolanya keuangan dinas — Siti"})
    assert model.data(index) == "Terkelolanya keuangan dinas — Siti"


def test_editing_cells_changes_the_content_and_kelengkapan(model: SkpTreeModel) -> None:
    iki = model.index_at((0, 0, 0))
    assert model.setData(iki.siblingAtColumn(M.COL_TARGET), "12,5")
    assert model.isi().rhk[0].iki[0].target_nilai == Decimal("12.5")
    assert model.data(iki.siblingAtColumn(M.COL_TARGET)) == "12,5"
    assert model.setData(iki.siblingAtColumn(M.COL_TARGET), "1.500 dokumen")
    first = model.isi().rhk[0].iki[0]
    assert (first.target_nilai, first.target_satuan) == (Decimal(1500), "dokumen")
    assert model.setData(iki.siblingAtColumn(M.COL_TARGET), "80–90 %")
    first = model.isi().rhk[0].iki[0]
    assert (first.target_nilai, first.target_teks) == (None, "80–90 %")
    assert model.setData(iki.siblingAtColumn(M.COL_ASPEK), "KUALITAS")
    assert model.isi().rhk[0].iki[0].aspek is Aspek.KUALITAS

    # Emptying things shows up in the kelengkapan list and on the row.
    assert model.setData(iki.siblingAtColumn(M.COL_ASPEK), "")
    assert model.setData(iki.siblingAtColumn(M.COL_URAIAN), "   ")
    messages = [k.pesan for k in model.kekurangan()]
    assert "RHK utama 1, IKI 1: uraian indikator masih kosong." in messages
    assert any("pilih aspek" in m for m in messages)
    assert len(model.data(iki, ProblemsRole)) == 2
    assert "uraian indikator masih kosong" in model.data(iki, Qt.ItemDataRole.ToolTipRole)
    assert model.data(iki) == "(tulis indikator)"  # placeholder, not content
    assert model.data(iki, Qt.ItemDataRole.EditRole) == ""
    item = next(k for k in model.kekurangan() if "uraian indikator" in k.pesan)
    assert model.path_for_kekurangan(item) == (0, 0, 0)

    assert model.setData(iki.siblingAtColumn(M.COL_URAIAN), "Jumlah laporan")
    assert model.setData(iki.siblingAtColumn(M.COL_ASPEK), "KUANTITAS")
    assert model.setData(iki.siblingAtColumn(M.COL_TARGET), "4")
    assert model.kekurangan() == []
    assert model.data(iki, ProblemsRole) == []
    # Not editable: section rows, the intervensi column (a dialog sets it), other roles.
    assert not model.setData(model.index(0, 0), "x")
    assert not model.setData(model.index_at((0, 0), M.COL_INTERVENSI), "x")
    assert not model.setData(iki, "x", Qt.ItemDataRole.DisplayRole)


def test_jpt_needs_perspektif(model: SkpTreeModel) -> None:
    model.set_form_family(FormFamily.JPT)
    assert any("pilih perspektif" in k.pesan for k in model.kekurangan())
    for path in ((0, 0, 0), (0, 0, 1), (0, 1, 0), (1, 0, 0)):
        assert model.setData(model.index_at(path, M.COL_PERSPEKTIF), "PROSES_BISNIS")
    assert model.kekurangan() == []
    assert model.isi().rhk[2].iki[0].perspektif is Perspektif.PROSES_BISNIS
    model.undo_stack.undo()
    assert model.isi().rhk[2].iki[0].perspektif is None


def test_undo_redo_of_add_delete_edit_move_and_replace(model: SkpTreeModel) -> None:
    before = comparable(model.isi())
    # add RHK + IKI, then fill them
    rhk = model.add_rhk(JenisRHK.TAMBAHAN)
    assert model.setData(rhk, "Terlaksananya pelatihan")
    iki = model.add_iki(rhk)
    assert model.setData(iki, "Jumlah peserta")
    assert uraian(model)[-1] == ("TAMBAHAN", "Terlaksananya pelatihan", ["Jumlah peserta"])
    assert model.undo_stack.undoText() == "Ubah uraian indikator"
    for _ in range(4):
        model.undo_stack.undo()
    assert comparable(model.isi()) == before
    for _ in range(4):
        model.undo_stack.redo()
    assert uraian(model)[-1] == ("TAMBAHAN", "Terlaksananya pelatihan", ["Jumlah peserta"])

    # delete an RHK with its IKI: one step back
    model.remove(model.index_at((0, 0)))
    assert uraian(model)[0][1] == "Terkelolanya arsip"
    assert model.undo_stack.undoText() == "Hapus RHK"
    model.undo_stack.undo()
    assert uraian(model)[0][2] == ["Jumlah laporan keuangan", "Laporan tepat waktu"]
    assert model.isi().rhk[0].intervensi_rhk_id == LEADER_RHK

    # move down and across the section boundary
    model.move_down(model.index_at((0, 1)))  # the last utama goes to the top of tambahan
    assert uraian(model)[1][:2] == ("TAMBAHAN", "Terkelolanya arsip")
    model.undo_stack.undo()
    assert uraian(model)[1][:2] == ("UTAMA", "Terkelolanya arsip")

    # replace everything (salin dari tahun lalu) and back
    model.replace_isi(IsiSKP(rhk=[Rhk("Rencana tahun lalu")]), "Salin dari SKP tahun lalu")
    assert [u[1] for u in uraian(model)] == ["Rencana tahun lalu"]
    assert model.lampiran == Lampiran()
    model.undo_stack.undo()
    assert model.isi().lampiran.konsekuensi == ["Teguran"]
    model.undo_stack.redo()
    assert model.rhk_count() == 1


def test_ekspektasi_lampiran_pendekatan_are_undoable(model: SkpTreeModel) -> None:
    model.set_ekspektasi(3, "Mengikuti pelatihan daring")
    model.set_ekspektasi(1, "")
    model.set_lampiran("konsekuensi", ["Teguran", "Penundaan"])
    model.set_pendekatan(Pendekatan.KUALITATIF)
    isi = model.isi()
    assert isi.ekspektasi == {3: "Mengikuti pelatihan daring"}
    assert isi.lampiran.konsekuensi == ["Teguran", "Penundaan"]
    assert isi.pendekatan is Pendekatan.KUALITATIF
    for _ in range(4):
        model.undo_stack.undo()
    assert comparable(model.isi()) == comparable(sample())
    with pytest.raises(KeyError):
        model.set_lampiran("lain", [])


def drag(model: SkpTreeModel, path: tuple[int, ...]) -> QMimeData:
    data = model.mimeData([model.index_at(path), model.index_at(path, M.COL_TARGET)])
    assert data.hasFormat(MIME_TYPE)
    return data


def test_drag_and_drop_moves_rows_undoably(model: SkpTreeModel) -> None:
    move = Qt.DropAction.MoveAction
    utama = model.section_index(JenisRHK.UTAMA)
    tambahan = model.section_index(JenisRHK.TAMBAHAN)
    assert model.mimeTypes() == [MIME_TYPE]
    assert model.supportedDropActions() == move

    # RHK within a section: the second to the top.
    assert model.dropMimeData(drag(model, (0, 1)), move, 0, 0, utama)
    assert [u[1] for u in uraian(model)][:2] == ["Terkelolanya arsip",
                                                 "Tersusunnya laporan keuangan triwulan"]
    # RHK between sections: becomes tambahan (after the one there).
    assert model.dropMimeData(drag(model, (0, 0)), move, -1, 0, tambahan)
    assert uraian(model)[-1][:2] == ("TAMBAHAN", "Terkelolanya arsip")
    # An RHK dropped *on* another RHK takes its place.
    assert model.dropMimeData(drag(model, (1, 1)), move, -1, 0, model.index_at((0, 0)))
    assert uraian(model)[0][:2] == ("UTAMA", "Terkelolanya arsip")
    # IKI within its RHK, and to another RHK.
    assert model.dropMimeData(drag(model, (0, 1, 1)), move, 0, 0, model.index_at((0, 1)))
    assert uraian(model)[1][2] == ["Laporan tepat waktu", "Jumlah laporan keuangan"]
    assert model.dropMimeData(drag(model, (0, 1, 0)), move, -1, 0, model.index_at((1, 0, 0)))
    assert uraian(model)[2][2] == ["Laporan tepat waktu", "Jumlah kegiatan"]

    # Refused: an IKI into a section, a row onto the root, foreign data, a copy.
    assert not model.canDropMimeData(drag(model, (1, 0, 0)), move, 0, 0, utama)
    assert not model.dropMimeData(drag(model, (1, 0)), move, 0, 0, QModelIndex())
    foreign = QMimeData()
    foreign.setData(MIME_TYPE, b'{"model": 1, "path": [0, 0]}')
    assert not model.canDropMimeData(foreign, move, 0, 0, utama)
    assert not model.canDropMimeData(QMimeData(), move, 0, 0, utama)
    assert not model.canDropMimeData(drag(model, (0, 0)), Qt.DropAction.CopyAction, 0, 0,
                                     utama)

    # Every drop is one undo step.
    assert model.undo_stack.count() == 5
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    assert comparable(model.isi()) == comparable(sample())


def test_read_only_model_refuses_every_edit(model: SkpTreeModel) -> None:
    model.set_editable(False)
    index = model.index_at((0, 0, 0), M.COL_TARGET)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.setData(index, "5")
    assert not model.remove(model.index_at((0, 0)))
    assert not model.add_rhk().isValid()
    assert not model.add_iki(model.index_at((0, 0))).isValid()
    assert not model.move_down(model.index_at((0, 0))).isValid()
    assert not model.canDropMimeData(drag(model, (0, 0)), Qt.DropAction.MoveAction, 0, 0,
                                     model.section_index(JenisRHK.UTAMA))
    assert not model.removeRows(0, 1, model.index_at((0, 0)))
    assert model.undo_stack.count() == 0
    assert comparable(model.isi()) == comparable(sample())


def test_saved_ids_survive_undo_of_earlier_edits(model: SkpTreeModel) -> None:
    assert model.setData(model.index_at((0, 0)), "Laporan keuangan triwulan tersusun")
    saved = model.isi()
    rid, iid = uuid.uuid4(), uuid.uuid4()
    saved.rhk[0].id, saved.rhk[0].iki[0].id = rid, iid
    assert model.adopt_ids(saved)
    model.undo_stack.undo()  # the edit made before the save
    isi = model.isi()
    assert isi.rhk[0].uraian == "Tersusunnya laporan keuangan triwulan"
    assert (isi.rhk[0].id, isi.rhk[0].iki[0].id) == (rid, iid)
    assert not model.adopt_ids(IsiSKP())  # rows that do not line up


def test_remove_rows_through_qt_is_one_undo_step(model: SkpTreeModel) -> None:
    rhk = model.index_at((0, 0))
    assert model.removeRows(0, 2, rhk)
    assert model.rowCount(rhk) == 0
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()
    assert model.rowCount(rhk) == 2
