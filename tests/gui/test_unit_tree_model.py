"""UnitTreeModel: Qt's model tester, tree shape and head counts over real services."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from kinerja_desktop.gui.unit_tree_model import DirectRole, TotalRole, UnitRole, UnitTreeModel
from kinerja_desktop.services.unit_kerja import UnitDTO, list_units
from tests.gui.conftest import Office


def test_model_tester_on_real_units(qtmodeltester: ModelTester, gui_office: Office) -> None:
    model = UnitTreeModel()
    model.set_units(list_units(gui_office.site.db, gui_office.site.admin))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_model_tester_empty_and_reset(qtmodeltester: ModelTester, gui_office: Office) -> None:
    model = UnitTreeModel()
    qtmodeltester.check(model, force_py=True)
    model.set_units(list_units(gui_office.site.db, gui_office.site.admin))
    model.set_units([])
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_tree_shape_and_counts(gui_office: Office) -> None:
    model = UnitTreeModel()
    model.set_units(list_units(gui_office.site.db, gui_office.site.admin))
    units = gui_office.units
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert model.data(root) == "1"
    assert model.data(model.index(0, UnitTreeModel.COL_NAMA)) == "Dinas Pendidikan"
    assert model.rowCount(root) == 2
    # 5 pegawai: 1 in Dinas, 1 in Sekretariat, 2 in Umum, 1 in Bidang SD.
    assert model.data(root, TotalRole) == 5
    assert model.data(root, DirectRole) == 1
    sek = model.index_of(units["sekretariat"].id)
    assert model.data(sek, TotalRole) == 3
    assert model.data(sek.siblingAtColumn(UnitTreeModel.COL_TOTAL)) == "3"
    assert model.data(sek.siblingAtColumn(UnitTreeModel.COL_DIRECT)) == "1"
    umum = model.index_of(units["umum"].id)
    assert umum.parent() == sek
    assert model.data(umum, UnitRole).id == units["umum"].id
    assert model.total_pegawai() == 5
    assert [u.kode for u in model.path(units["umum"].id)] == ["1", "1.01", "1.01.01"]
    assert model.child_count(units["dinas"].id) == 2
    # Child rows only hang off column 0.
    assert model.rowCount(root.siblingAtColumn(1)) == 0
    assert not model.index(0, 0, root.siblingAtColumn(1)).isValid()
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Jumlah Pegawai"


def test_orphans_become_roots() -> None:
    # A unit whose parent is not in the list (e.g. deleted elsewhere) still shows.
    a = UnitDTO(uuid.uuid4(), "A", "Unit A", None, None, 2, 1)
    b = UnitDTO(uuid.uuid4(), "B", "Unit B", uuid.uuid4(), None, 3, 1)
    c = UnitDTO(uuid.uuid4(), "C", "Unit C", a.id, None, 4, 1)
    model = UnitTreeModel()
    model.set_units([a, b, c])
    assert model.rowCount() == 2
    assert model.data(model.index_of(a.id), TotalRole) == 6
    assert model.index_of(uuid.uuid4()) == QModelIndex()
