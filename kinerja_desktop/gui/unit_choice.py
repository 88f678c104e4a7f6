"""A unit combo box in tree order, indented by depth (SKP filters, matriks peran hasil)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kinerja_desktop.services.unit_kerja import UnitDTO


def unit_choices(units: list[UnitDTO]) -> list[tuple[str, uuid.UUID]]:
    """(label, id) per unit in the given (tree) order; a sub-unit is indented under its parent."""
    by_id = {u.id: u for u in units}
    out: list[tuple[str, uuid.UUID]] = []
    for unit in units:
        depth, walk, seen = 0, unit.parent_id, {unit.id}
        while walk is not None and walk in by_id and walk not in seen:
            seen.add(walk)
            depth += 1
            walk = by_id[walk].parent_id
        out.append(("\u2003" * depth + f"{unit.kode} {unit.nama}", unit.id))
    return out


def fill_unit_combo(combo: QComboBox, units: list[UnitDTO], first: str | None,
                    keep: uuid.UUID | None = None) -> None:
    """Fills ``combo`` (data: the unit id as text; ``first`` with data "" on top when given)
    and selects ``keep`` when it is still there, without emitting change signals."""
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, "")
    for label, unit_id in unit_choices(units):
        combo.addItem(label, str(unit_id))
        combo.setItemData(combo.count() - 1, label.strip(), Qt.ItemDataRole.ToolTipRole)
    pos = combo.findData(str(keep)) if keep is not None else -1
    combo.setCurrentIndex(pos if pos >= 0 else 0)
    combo.blockSignals(False)


def combo_unit(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) and data else None
