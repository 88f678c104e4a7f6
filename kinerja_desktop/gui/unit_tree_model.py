"""The unit kerja tree as a Qt item model over ``UnitDTO`` (no database access here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kinerja_desktop.services.unit_kerja import UnitDTO

UnitRole = Qt.ItemDataRole.UserRole + 1  # the UnitDTO
UnitIdRole = Qt.ItemDataRole.UserRole + 2  # its uuid
TotalRole = Qt.ItemDataRole.UserRole + 3  # pegawai in the unit and every unit below it
DirectRole = Qt.ItemDataRole.UserRole + 4  # pegawai placed in the unit itself

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    unit: UnitDTO
    number: int  # internal id handed to createIndex (1-based; 0 means the root)
    parent: _Node | None
    row: int = 0
    total: int = 0
    children: list[_Node] = field(default_factory=list)


class UnitTreeModel(QAbstractItemModel):
    COL_KODE, COL_NAMA, COL_TOTAL, COL_DIRECT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []  # by number - 1
        self._roots: list[_Node] = []
        self._by_id: dict[uuid.UUID, _Node] = {}
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

    # --- data in ---------------------------------------------------------------------------
    def set_units(self, units: list[UnitDTO]) -> None:
        """Replaces the whole tree; a unit whose parent is missing becomes a root."""
        self.beginResetModel()
        self._nodes, self._roots, self._by_id = [], [], {}
        for unit in units:
            node = _Node(unit, len(self._nodes) + 1, None)
            self._nodes.append(node)
            self._by_id[unit.id] = node
        for node in self._nodes:
            parent = self._by_id.get(node.unit.parent_id) if node.unit.parent_id else None
            siblings = self._roots
            if parent is not None and not self._is_below(parent, node):
                node.parent = parent
                siblings = parent.children
            node.row = len(siblings)
            siblings.append(node)
        for root in self._roots:
            self._sum(root)
        self.endResetModel()

    def _is_below(self, candidate: _Node, node: _Node) -> bool:
        """Whether ``candidate`` already hangs below ``node`` (guards against cycles)."""
        walk: _Node | None = candidate
        while walk is not None:
            if walk is node:
                return True
            walk = walk.parent
        return False

    def _sum(self, root: _Node) -> int:
        # Iterative post-order so a deep tree cannot hit the recursion limit.
        order: list[_Node] = []
        stack = [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(node.children)
        for node in reversed(order):
            node.total = node.unit.jumlah_pegawai + sum(c.total for c in node.children)
        return root.total

    # --- lookups -----------------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return None
        number = index.internalId()
        if 0 < number <= len(self._nodes):
            return self._nodes[number - 1]
        return None

    def unit_at(self, index: AnyIndex) -> UnitDTO | None:
        node = self._node(index)
        return node.unit if node is not None else None

    def index_of(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        node = self._by_id.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, id=node.number)

    def units(self) -> list[UnitDTO]:
        return [n.unit for n in self._nodes]

    def total(self, unit_id: uuid.UUID) -> int:
        node = self._by_id.get(unit_id)
        return node.total if node is not None else 0

    def child_count(self, unit_id: uuid.UUID) -> int:
        node = self._by_id.get(unit_id)
        return len(node.children) if node is not None else 0

    def path(self, unit_id: uuid.UUID) -> list[UnitDTO]:
        """From the root down to the unit itself."""
        out: list[UnitDTO] = []
        node = self._by_id.get(unit_id)
        while node is not None:
            out.append(node.unit)
            node = node.parent
        return list(reversed(out))

    def total_pegawai(self) -> int:
        return sum(r.total for r in self._roots)

    # --- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        siblings = node.children if node is not None else self._roots
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, id=siblings[row].number)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, id=node.parent.number)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else len(self._roots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 4

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_KODE: self.tr("Kode"),
                self.COL_NAMA: self.tr("Nama Unit"),
                self.COL_TOTAL: self.tr("Jumlah Pegawai"),
                self.COL_DIRECT: self.tr("Langsung"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COL_KODE: self.tr("Kode unit kerja, contoh: 1.02.03"),
                self.COL_NAMA: self.tr("Nama unit kerja, contoh: Bagian Umum dan Kepegawaian"),
                self.COL_TOTAL: self.tr(
                    "Pegawai aktif di unit ini beserta seluruh sub-unit di bawahnya"),
                self.COL_DIRECT: self.tr(
                    "Pegawai aktif yang ditempatkan langsung di unit ini (tanpa sub-unit)"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.COL_TOTAL,
                                                                     self.COL_DIRECT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        col = index.column()
        unit = node.unit
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_KODE:
                return unit.kode
            if col == self.COL_NAMA:
                return unit.nama
            if col == self.COL_TOTAL:
                return self._locale.toString(node.total)
            if col == self.COL_DIRECT:
                return self._locale.toString(unit.jumlah_pegawai)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col in (self.COL_TOTAL, self.COL_DIRECT):
                return self.tr("{total} pegawai di unit ini dan sub-unitnya; "
                               "{direct} langsung di unit ini").format(
                    total=self._locale.toString(node.total),
                    direct=self._locale.toString(unit.jumlah_pegawai))
            return f"{unit.kode} — {unit.nama}"
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.COL_TOTAL, self.COL_DIRECT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == UnitRole:
            return unit
        elif role == UnitIdRole:
            return unit.id
        elif role == TotalRole:
            return node.total
        elif role == DirectRole:
            return unit.jumlah_pegawai
        return None
