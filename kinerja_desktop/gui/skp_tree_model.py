"""The content of one SKP being edited, as a Qt tree model with its undo commands.

Shape: two section rows ("A. Utama", "B. Tambahan"), the RHK of each section
below it, and the IKI of each RHK below that. The model is the editor's single
copy of the ``IsiSKP``: the tree holds RHK and IKI, and the model also keeps the
pendekatan, form family, ekspektasi and lampiran, so that every edit — a cell, a
new row, a drag, "salin dari tahun lalu", an ekspektasi — is one
``QUndoCommand`` on ``undo_stack`` and Ctrl+Z takes back exactly that.

Qt's entry points (``setData``, ``dropMimeData``, ``removeRows``) push commands
too, so a delegate or a drag is undoable without knowing about the stack. The
commands address rows by *path* ((section,), (section, rhk), (section, rhk,
iki)), never by node, so they stay valid across undo/redo of other commands.

No database access here: the editor loads an ``IsiSKP`` and reads ``isi()``.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.skp import (
    Aspek,
    FormFamily,
    Iki,
    IsiSKP,
    JenisRHK,
    Kekurangan,
    Lampiran,
    Pendekatan,
    Perspektif,
    Rhk,
    format_angka,
    kelengkapan,
    split_target,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Path = tuple[int, ...]

MIME_TYPE = "application/x-kinerja-skp-baris"

KindRole = Qt.ItemDataRole.UserRole + 1  # "section" | "rhk" | "iki"
PathRole = Qt.ItemDataRole.UserRole + 2  # the row's path as a tuple
ProblemsRole = Qt.ItemDataRole.UserRole + 3  # kelengkapan messages of this row

SECTIONS = (JenisRHK.UTAMA, JenisRHK.TAMBAHAN)
LAMPIRAN_KINDS = ("dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi")

PROBLEM_BG = QColor("#fdecea")
SECTION_BG = QColor("#dbe9f6")  # the light blue of printed SKP headers
PLACEHOLDER_FG = QColor("#8a8a8a")


@dataclass(eq=False)
class _Node:
    kind: str  # "section" | "rhk" | "iki"
    value: Rhk | Iki | JenisRHK
    parent: _Node | None
    number: int  # internal id handed to createIndex
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        if self.parent is None:
            return 0
        return self.parent.children.index(self)


@dataclass
class _Snap:
    """A detached copy of an RHK or IKI with what hangs below it (for remove/insert)."""

    value: Rhk | Iki
    children: list[_Snap] = field(default_factory=list)


def _copy_rhk(rhk: Rhk) -> Rhk:
    return dataclasses.replace(rhk, iki=[])


def _copy_value(value: Rhk | Iki) -> Rhk | Iki:
    return _copy_rhk(value) if isinstance(value, Rhk) else dataclasses.replace(value)


def _copy_lampiran(lampiran: Lampiran) -> Lampiran:
    return Lampiran(list(lampiran.dukungan_sumber_daya),
                    list(lampiran.skema_pertanggungjawaban), list(lampiran.konsekuensi))


class SkpTreeModel(QAbstractItemModel):
    """RHK → IKI of one SKP, editable through Qt and undoable (see the module docstring)."""

    (COL_URAIAN, COL_INTERVENSI, COL_ASPEK, COL_TARGET, COL_SATUAN,
     COL_PERSPEKTIF) = range(6)
    COLUMNS = 6

    # Any change of the content (cell, rows, pendekatan, ekspektasi, lampiran).
    content_changed = Signal()
    # Pendekatan or form family changed (the editor shows/hides columns).
    form_changed = Signal()
    ekspektasi_changed = Signal()
    lampiran_changed = Signal()

    def __init__(self, parent: QObject | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._numbers = 0
        self._by_number: dict[int, _Node] = {}
        self._sections: list[_Node] = []
        self.pendekatan = Pendekatan.KUANTITATIF
        self.form_family = FormFamily.JA_JF
        self.ekspektasi: dict[int, str] = {}
        self.lampiran = Lampiran()
        self.editable = True
        self.ada_penilai = True
        self._labels: dict[uuid.UUID, str] = {}
        self._kekurangan: list[Kekurangan] = []
        self._problems: dict[int, list[str]] = {}  # node number -> messages
        self._build(IsiSKP())
        self._recheck(emit=False)

    # ==== loading and reading ========================================================
    def load(self, isi: IsiSKP) -> None:
        """Shows ``isi`` as the new starting point (not undoable: clears the stack)."""
        self._reset(isi)
        self.undo_stack.clear()

    def isi(self) -> IsiSKP:
        """The content as shown now; RHK utama first, then tambahan (kelengkapan indexes)."""
        rhk: list[Rhk] = []
        for section in self._sections:
            assert isinstance(section.value, JenisRHK)
            for node in section.children:
                assert isinstance(node.value, Rhk)
                item = _copy_rhk(node.value)
                item.jenis = section.value
                item.iki = [dataclasses.replace(c.value) for c in node.children
                            if isinstance(c.value, Iki)]
                rhk.append(item)
        return IsiSKP(pendekatan=self.pendekatan, form_family=self.form_family, rhk=rhk,
                      ekspektasi=dict(self.ekspektasi), lampiran=_copy_lampiran(self.lampiran))

    def adopt_ids(self, saved: IsiSKP) -> bool:
        """Takes the row ids of a just-saved copy of this content (not an edit, no undo).

        New rows get their database ids so the next save updates them instead of
        adding them again. False when the saved rows do not line up with the tree.
        """
        saved_rhk = saved.ordered_rhk()
        nodes = [r for s in self._sections for r in s.children]
        if len(nodes) != len(saved_rhk) or any(
                len(n.children) != len(r.iki) for n, r in zip(nodes, saved_rhk, strict=True)):
            return False
        for node, rhk in zip(nodes, saved_rhk, strict=True):
            assert isinstance(node.value, Rhk)
            node.value.id, node.value.asal_id = rhk.id, rhk.asal_id
            for child, iki in zip(node.children, rhk.iki, strict=True):
                assert isinstance(child.value, Iki)
                child.value.id = iki.id
        return True

    def is_empty(self) -> bool:
        return not any(s.children for s in self._sections) and not any(
            getattr(self.lampiran, k) for k in LAMPIRAN_KINDS)

    def rhk_count(self) -> int:
        return sum(len(s.children) for s in self._sections)

    def iki_count(self) -> int:
        return sum(len(r.children) for s in self._sections for r in s.children)

    def set_editable(self, editable: bool) -> None:
        """Read-only: no cell editing, no drag and drop, no row commands (views ask flags)."""
        self.editable = editable

    def set_ada_penilai(self, ada: bool) -> None:
        self.ada_penilai = ada
        self._recheck()

    def set_intervensi_labels(self, labels: dict[uuid.UUID, str]) -> None:
        """Texts shown for intervened RHK/sasaran ids (from ``pilihan_intervensi``)."""
        self._labels = dict(labels)
        self._emit_column(self.COL_INTERVENSI)

    def kekurangan(self) -> list[Kekurangan]:
        """``domain.skp.kelengkapan`` of the content as shown now."""
        return list(self._kekurangan)

    # ==== paths and indexes ==========================================================
    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._by_number.get(index.internalId())

    def _node_at(self, path: Path) -> _Node:
        node = self._sections[path[0]]
        for row in path[1:]:
            node = node.children[row]
        return node

    def _path(self, node: _Node) -> Path:
        out: list[int] = []
        walk: _Node | None = node
        while walk is not None:
            out.append(walk.row() if walk.parent is not None else self._sections.index(walk))
            walk = walk.parent
        return tuple(reversed(out))

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        row = node.row() if node.parent is not None else self._sections.index(node)
        return self.createIndex(row, column, node.number)

    def path_of(self, index: AnyIndex) -> Path | None:
        node = self._node(index)
        return self._path(node) if node is not None else None

    def index_at(self, path: Path, column: int = 0) -> QModelIndex:
        try:
            return self._index_of(self._node_at(path), column)
        except IndexError:
            return QModelIndex()

    def kind_of(self, index: AnyIndex) -> str | None:
        node = self._node(index)
        return node.kind if node is not None else None

    def rhk_at(self, index: AnyIndex) -> Rhk | None:
        node = self._node(index)
        return node.value if node is not None and isinstance(node.value, Rhk) else None

    def iki_at(self, index: AnyIndex) -> Iki | None:
        node = self._node(index)
        return node.value if node is not None and isinstance(node.value, Iki) else None

    def section_index(self, jenis: JenisRHK) -> QModelIndex:
        return self._index_of(self._sections[SECTIONS.index(jenis)])

    def path_for_kekurangan(self, item: Kekurangan) -> Path | None:
        """Where a ``Kekurangan`` points in the tree (None: the SKP as a whole)."""
        if item.rhk_index is None:
            return None
        ri = item.rhk_index
        for s, section in enumerate(self._sections):
            if ri < len(section.children):
                if item.iki_index is not None and item.iki_index < len(
                        section.children[ri].children):
                    return (s, ri, item.iki_index)
                return (s, ri)
            ri -= len(section.children)
        return None

    # ==== QAbstractItemModel ==========================================================
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if row < 0 or column < 0 or column >= self.COLUMNS:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if parent.isValid() and node is None:
            return QModelIndex()
        siblings = node.children if node is not None else self._sections
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].number)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def _editable_cell(self, node: _Node, column: int) -> bool:
        if not self.editable:
            return False
        if node.kind == "rhk":
            return column == self.COL_URAIAN
        if node.kind == "iki":
            return column != self.COL_INTERVENSI
        return False

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable_cell(node, index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if node.kind != "section":
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_URAIAN: self.tr("Rencana hasil kerja / Indikator kinerja individu"),
                self.COL_INTERVENSI: self.tr("RHK pimpinan yang diintervensi"),
                self.COL_ASPEK: self.tr("Aspek"),
                self.COL_TARGET: self.tr("Target"),
                self.COL_SATUAN: self.tr("Satuan"),
                self.COL_PERSPEKTIF: self.tr("Perspektif"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tip(section)
        return None

    def _column_tip(self, column: int) -> str | None:
        if column == self.COL_URAIAN:
            return self.tr(
                "Baris tebal: rencana hasil kerja (RHK), hasil kerja yang akan dicapai, mis. "
                "'Tersusunnya laporan keuangan triwulan'.\nBaris di bawahnya: indikator "
                "kinerja individu (IKI), ukuran keberhasilannya, mis. 'Jumlah laporan "
                "keuangan yang disusun tepat waktu'.")
        if column == self.COL_INTERVENSI:
            return self.tr(
                "RHK pejabat penilai (atau sasaran unit, bagi kepala unit) yang didukung RHK "
                "ini, mis. 'Terselenggaranya administrasi keuangan dinas'. Klik dua kali "
                "untuk memilih.")
        if column == self.COL_ASPEK:
            return self.tr(
                "Aspek yang diukur indikator: kuantitas, kualitas, waktu atau biaya, mis. "
                "Kuantitas untuk 'jumlah laporan'.")
        if column == self.COL_TARGET:
            if self.pendekatan is Pendekatan.KUALITATIF:
                return self.tr(
                    "Target berupa uraian, mis. 'Laporan diterima pimpinan tanpa revisi'.")
            return self.tr(
                "Target berupa angka; desimal memakai koma, mis. 12 atau 12,5. Boleh langsung "
                "dengan satuan: '4 laporan'. Rentang ditulis '80–90 %'.")
        if column == self.COL_SATUAN:
            return self.tr("Satuan target, mis. laporan, dokumen, %, hari.")
        if column == self.COL_PERSPEKTIF:
            return self.tr(
                "Perspektif indikator (khusus JPT): penerima layanan, proses bisnis, penguatan "
                "internal atau anggaran, mis. Penerima Layanan untuk indeks kepuasan.")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        col = index.column()
        if role == KindRole:
            return node.kind
        if role == PathRole:
            return self._path(node)
        if role == ProblemsRole:
            return list(self._problems.get(node.number, []))
        if node.kind == "section":
            return self._section_data(node, col, role)
        value = node.value
        if isinstance(value, Rhk):
            return self._rhk_data(node, value, col, role)
        if isinstance(value, Iki):
            return self._iki_data(node, value, col, role)
        return None

    def _section_data(self, node: _Node, col: int, role: int) -> Any:
        jenis = node.value
        if role == Qt.ItemDataRole.DisplayRole and col == self.COL_URAIAN:
            n = len(node.children)
            if jenis is JenisRHK.UTAMA:
                return self.tr("A. UTAMA ({n} RHK)").format(n=n)
            return self.tr("B. TAMBAHAN ({n} RHK)").format(n=n)
        if role == Qt.ItemDataRole.ToolTipRole:
            if jenis is JenisRHK.UTAMA:
                return self.tr(
                    "RHK utama: hasil kerja sesuai tugas jabatan yang mendukung RHK pimpinan, "
                    "mis. 'Tersusunnya laporan keuangan triwulan'. Paling sedikit satu.")
            return self.tr(
                "RHK tambahan (boleh kosong): hasil kerja di luar tugas jabatan, mis. "
                "'Terlaksananya tugas sebagai panitia pengadaan'.")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BG)
        return None

    def _common(self, node: _Node, col: int, role: int, tip: str | None) -> Any:
        problems = self._problems.get(node.number)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems and col == self.COL_URAIAN:
                return "\n".join(problems)
            return tip
        if role == Qt.ItemDataRole.BackgroundRole and problems and col == self.COL_URAIAN:
            return QBrush(PROBLEM_BG)
        return None

    def _rhk_data(self, node: _Node, rhk: Rhk, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_URAIAN:
                return rhk.uraian or self.tr("(tulis rencana hasil kerja)")
            if col == self.COL_INTERVENSI:
                return self.intervensi_text(rhk) or self.tr("(pilih RHK pimpinan)")
            return None
        if role == Qt.ItemDataRole.EditRole:
            if col == self.COL_URAIAN:
                return rhk.uraian
            if col == self.COL_INTERVENSI:
                return self.intervensi_text(rhk)
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.COL_URAIAN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            (col == self.COL_URAIAN and not rhk.uraian)
            or (col == self.COL_INTERVENSI and not rhk.has_intervensi)
        ):
            return QBrush(PLACEHOLDER_FG)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_URAIAN \
                and not self._problems.get(node.number):
            return (rhk.uraian + "\n\n" if rhk.uraian else "") + (self._column_tip(col) or "")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_INTERVENSI:
            text = self.intervensi_text(rhk)
            return (text + "\n\n" if text else "") + (self._column_tip(col) or "")
        return self._common(node, col, role, self._column_tip(col))

    def _iki_data(self, node: _Node, iki: Iki, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if col == self.COL_URAIAN:
                return iki.uraian if edit or iki.uraian else self.tr("(tulis indikator)")
            if col == self.COL_ASPEK:
                if edit:
                    return iki.aspek.value if iki.aspek else ""
                return iki.aspek.label if iki.aspek else ""
            if col == self.COL_TARGET:
                if iki.target_nilai is not None:
                    return format_angka(iki.target_nilai)
                return iki.target_teks
            if col == self.COL_SATUAN:
                return iki.target_satuan
            if col == self.COL_PERSPEKTIF:
                if edit:
                    return iki.perspektif.value if iki.perspektif else ""
                return iki.perspektif.label if iki.perspektif else ""
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_URAIAN and not iki.uraian:
            return QBrush(PLACEHOLDER_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_TARGET \
                and iki.target_nilai is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_URAIAN \
                and not self._problems.get(node.number):
            return (iki.uraian + "\n\n" if iki.uraian else "") + (self._column_tip(col) or "")
        return self._common(node, col, role, self._column_tip(col))

    def intervensi_text(self, rhk: Rhk) -> str:
        if rhk.intervensi_rhk_id is not None:
            return self._labels.get(rhk.intervensi_rhk_id) or self.tr(
                "(RHK pimpinan yang tidak ada di SKP pimpinan saat ini)")
        if rhk.intervensi_sasaran_id is not None:
            label = self._labels.get(rhk.intervensi_sasaran_id)
            if label:
                return self.tr("Sasaran unit: {uraian}").format(uraian=label)
            return self.tr("(sasaran unit yang sudah tidak ada)")
        return rhk.intervensi_teks.strip()

    # ---- editing through Qt -----------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if role != Qt.ItemDataRole.EditRole or node is None:
            return False
        if not self._editable_cell(node, index.column()):
            return False
        assert isinstance(node.value, Rhk | Iki)
        try:
            new = self._with_cell(node.value, index.column(), value)
        except ValidationError:
            return False
        if new == node.value:
            return True
        self.undo_stack.push(_SetValue(self, self._path(node), new, self._cell_text(
            node.kind, index.column())))
        return True

    def _cell_text(self, kind: str, column: int) -> str:
        """The undo text of a cell edit (literal strings, so lupdate finds them)."""
        if kind == "rhk":
            return QCoreApplication.translate("SkpTreeModel", "Ubah uraian RHK")
        if column == self.COL_URAIAN:
            return QCoreApplication.translate("SkpTreeModel", "Ubah uraian indikator")
        if column == self.COL_ASPEK:
            return QCoreApplication.translate("SkpTreeModel", "Ubah aspek")
        if column == self.COL_TARGET:
            return QCoreApplication.translate("SkpTreeModel", "Ubah target")
        if column == self.COL_SATUAN:
            return QCoreApplication.translate("SkpTreeModel", "Ubah satuan")
        return QCoreApplication.translate("SkpTreeModel", "Ubah perspektif")

    def _with_cell(self, value: Rhk | Iki, column: int, raw: Any) -> Rhk | Iki:
        """A copy of ``value`` with one cell set from what an editor delivers."""
        text = "" if raw is None else str(raw)
        if isinstance(value, Rhk):
            return dataclasses.replace(_copy_rhk(value), uraian=text.strip())
        iki = dataclasses.replace(value)
        if column == self.COL_URAIAN:
            iki.uraian = text.strip()
        elif column == self.COL_ASPEK:
            iki.aspek = Aspek(text) if text else None
        elif column == self.COL_PERSPEKTIF:
            iki.perspektif = Perspektif(text) if text else None
        elif column == self.COL_SATUAN:
            iki.target_satuan = text.strip()
        elif column == self.COL_TARGET:
            nilai, satuan, teks = split_target(text) if text.strip() else (None, "", "")
            iki.target_nilai, iki.target_teks = nilai, teks
            if satuan:
                iki.target_satuan = satuan
        return iki

    def set_intervensi(self, index: AnyIndex, rhk_id: uuid.UUID | None,
                       sasaran_id: uuid.UUID | None, teks: str) -> bool:
        """Sets what the RHK at ``index`` intervenes (one undo step)."""
        node = self._node(index)
        if node is None or not isinstance(node.value, Rhk) or not self.editable:
            return False
        new = dataclasses.replace(_copy_rhk(node.value), intervensi_rhk_id=rhk_id,
                                  intervensi_sasaran_id=sasaran_id, intervensi_teks=teks.strip())
        if new == _copy_rhk(node.value):
            return True
        self.undo_stack.push(_SetValue(self, self._path(node), new, QCoreApplication.translate(
            "SkpTreeModel", "Pilih RHK pimpinan yang diintervensi")))
        return True

    # ---- rows -------------------------------------------------------------------------
    def add_rhk(self, jenis: JenisRHK = JenisRHK.UTAMA, row: int | None = None,
                rhk: Rhk | None = None) -> QModelIndex:
        """A new (empty) RHK in a section, at ``row`` (default: the end)."""
        if not self.editable:
            return QModelIndex()
        section = self._sections[SECTIONS.index(jenis)]
        at = len(section.children) if row is None else max(0, min(row, len(section.children)))
        value = _copy_rhk(rhk) if rhk is not None else Rhk("")
        snap = _Snap(value, [_Snap(dataclasses.replace(i)) for i in (rhk.iki if rhk else [])])
        self.undo_stack.push(_Insert(self, (SECTIONS.index(jenis), at), snap,
                                     QCoreApplication.translate("SkpTreeModel", "Tambah RHK")))
        return self.index_at((SECTIONS.index(jenis), at))

    def add_iki(self, rhk_index: AnyIndex, row: int | None = None,
                iki: Iki | None = None) -> QModelIndex:
        """A new (empty) IKI under the RHK at ``rhk_index``."""
        node = self._node(rhk_index)
        if node is None or node.kind != "rhk" or not self.editable:
            return QModelIndex()
        at = len(node.children) if row is None else max(0, min(row, len(node.children)))
        path = (*self._path(node), at)
        snap = _Snap(dataclasses.replace(iki) if iki is not None else Iki(""))
        self.undo_stack.push(_Insert(self, path, snap,
                                     QCoreApplication.translate("SkpTreeModel", "Tambah IKI")))
        return self.index_at(path)

    def remove(self, index: AnyIndex) -> bool:
        """Removes the RHK (with its IKI) or the IKI at ``index``; one undo step."""
        node = self._node(index)
        if node is None or node.kind == "section" or not self.editable:
            return False
        text = (QCoreApplication.translate("SkpTreeModel", "Hapus RHK") if node.kind == "rhk"
                else QCoreApplication.translate("SkpTreeModel", "Hapus IKI"))
        self.undo_stack.push(_Remove(self, self._path(node), text))
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:
        node = self._node(parent)
        if node is None or count < 1 or row < 0 or row + count > len(node.children) \
                or not self.editable:
            return False
        self.undo_stack.beginMacro(QCoreApplication.translate("SkpTreeModel", "Hapus baris"))
        for r in reversed(range(row, row + count)):
            self.undo_stack.push(_Remove(self, (*self._path(node), r), ""))
        self.undo_stack.endMacro()
        return True

    def move(self, index: AnyIndex, dest_parent: AnyIndex, dest_row: int) -> QModelIndex:
        """Moves one RHK (to a section) or IKI (to an RHK) before ``dest_row``; undoable.

        ``dest_row`` counts in the destination as it is before the move (Qt's
        ``beginMoveRows`` convention). Returns the moved row's new index.
        """
        node = self._node(index)
        target = self._node(dest_parent)
        if node is None or target is None or not self.editable or not self._fits(node, target):
            return QModelIndex()
        dest_row = max(0, min(dest_row, len(target.children)))
        if target is node.parent and dest_row in (node.row(), node.row() + 1):
            return self._index_of(node)
        text = (QCoreApplication.translate("SkpTreeModel", "Pindahkan RHK") if node.kind == "rhk"
                else QCoreApplication.translate("SkpTreeModel", "Pindahkan IKI"))
        command = _Move(self, self._path(node), self._path(target), dest_row, text)
        self.undo_stack.push(command)
        return self.index_at(command.final)

    @staticmethod
    def _fits(node: _Node, target: _Node) -> bool:
        return (node.kind, target.kind) in (("rhk", "section"), ("iki", "rhk"))

    def move_up(self, index: AnyIndex) -> QModelIndex:
        return self._step(index, -1)

    def move_down(self, index: AnyIndex) -> QModelIndex:
        return self._step(index, +1)

    def _step(self, index: AnyIndex, delta: int) -> QModelIndex:
        node = self._node(index)
        if node is None or node.kind == "section" or node.parent is None:
            return QModelIndex()
        parent, row = node.parent, node.row()
        target = row + delta
        if 0 <= target < len(parent.children):
            return self.move(index, self._index_of(parent), target if delta < 0 else target + 1)
        if node.kind == "rhk":  # across the section boundary: the end of A / the top of B
            s = self._sections.index(parent)
            other = s + delta
            if 0 <= other < len(self._sections):
                dest = self._sections[other]
                return self.move(index, self._index_of(dest),
                                 len(dest.children) if delta < 0 else 0)
        return self._index_of(node) if self.editable else QModelIndex()  # already at the end

    # ---- whole document ---------------------------------------------------------------
    def replace_isi(self, isi: IsiSKP, text: str) -> None:
        """Replaces the whole content in one undo step (salin dari tahun lalu)."""
        self.undo_stack.push(_Replace(self, isi, text))

    def set_pendekatan(self, pendekatan: Pendekatan) -> None:
        if pendekatan is not self.pendekatan:
            self.undo_stack.push(_SetDoc(self, "pendekatan", self.pendekatan, pendekatan,
                                         QCoreApplication.translate("SkpTreeModel",
                                                                    "Ubah pendekatan")))

    def set_form_family(self, family: FormFamily) -> None:
        if family is not self.form_family:
            self.undo_stack.push(_SetDoc(self, "form_family", self.form_family, family,
                                         QCoreApplication.translate("SkpTreeModel",
                                                                    "Ubah bentuk SKP")))

    def set_ekspektasi(self, no: int, text: str) -> None:
        new = dict(self.ekspektasi)
        if text.strip():
            new[no] = text.strip()
        else:
            new.pop(no, None)
        if new != self.ekspektasi:
            self.undo_stack.push(_SetDoc(self, "ekspektasi", dict(self.ekspektasi), new,
                                         QCoreApplication.translate(
                                             "SkpTreeModel", "Ubah ekspektasi khusus pimpinan")))

    def set_lampiran(self, kind: str, items: Sequence[str]) -> None:
        if kind not in LAMPIRAN_KINDS:
            raise KeyError(kind)
        new = _copy_lampiran(self.lampiran)
        setattr(new, kind, [x for x in items])
        if new != self.lampiran:
            self.undo_stack.push(_SetDoc(self, "lampiran", _copy_lampiran(self.lampiran), new,
                                         QCoreApplication.translate("SkpTreeModel",
                                                                    "Ubah lampiran")))

    # ==== drag and drop (internal moves) ===============================================
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first dragged RHK/IKI row, by path (one row moves at a time)."""
        data = QMimeData()
        for index in indexes:
            node = self._node(index)
            if node is not None and node.kind != "section":
                payload = {"model": id(self), "path": list(self._path(node))}
                data.setData(MIME_TYPE, json.dumps(payload).encode())
                break
        return data

    def _decode(self, data: QMimeData) -> _Node | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            if payload.get("model") != id(self):
                return None
            return self._node_at(tuple(int(x) for x in payload["path"]))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            return None

    def _drop_target(self, node: _Node, row: int, parent: AnyIndex) -> tuple[_Node, int] | None:
        """Where a dropped row lands: (new parent, row before the move) or None."""
        target = self._node(parent)
        if target is None:
            return None
        if self._fits(node, target):
            return target, len(target.children) if row < 0 else row
        # Dropped on (or inside) a row that cannot hold it: it takes that row's place,
        # e.g. an RHK dropped on another RHK or on one of its IKI goes before that RHK.
        walk = target
        while walk.parent is not None and not self._fits(node, walk.parent):
            walk = walk.parent
        if walk.parent is None:
            return None
        return walk.parent, walk.row()

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if not self.editable or action != Qt.DropAction.MoveAction:
            return False
        node = self._decode(data)
        return node is not None and self._drop_target(node, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        node = self._decode(data)
        assert node is not None
        found = self._drop_target(node, row, parent)
        assert found is not None
        target, dest_row = found
        return self.move(self._index_of(node), self._index_of(target), dest_row).isValid()

    # ==== mutations (only the commands call these) =====================================
    def _new_node(self, kind: str, value: Rhk | Iki | JenisRHK, parent: _Node | None) -> _Node:
        self._numbers += 1
        node = _Node(kind, value, parent, self._numbers)
        self._by_number[node.number] = node
        return node

    def _build(self, isi: IsiSKP) -> None:
        self._by_number = {}
        self._sections = [self._new_node("section", jenis, None) for jenis in SECTIONS]
        for rhk in isi.ordered_rhk():
            section = self._sections[SECTIONS.index(rhk.jenis)]
            rnode = self._new_node("rhk", _copy_rhk(rhk), section)
            section.children.append(rnode)
            for iki in rhk.iki:
                rnode.children.append(self._new_node("iki", dataclasses.replace(iki), rnode))
        self.pendekatan = isi.pendekatan
        self.form_family = isi.form_family
        self.ekspektasi = dict(isi.ekspektasi)
        self.lampiran = _copy_lampiran(isi.lampiran)

    def _reset(self, isi: IsiSKP) -> None:
        self.beginResetModel()
        self._build(isi)
        self.endResetModel()
        self._recheck(emit=False)
        self.form_changed.emit()
        self.ekspektasi_changed.emit()
        self.lampiran_changed.emit()
        self.content_changed.emit()

    def _set_value(self, path: Path, value: Rhk | Iki) -> None:
        node = self._node_at(path)
        old = node.value
        new = _copy_value(value)
        # Row ids are not part of an edit: undoing a change made before a save must not
        # turn the saved row back into a new one.
        if isinstance(old, Rhk) and isinstance(new, Rhk):
            new.id, new.asal_id = old.id, old.asal_id
        elif isinstance(old, Iki) and isinstance(new, Iki):
            new.id = old.id
        node.value = new
        self.dataChanged.emit(self._index_of(node, 0), self._index_of(node, self.COLUMNS - 1))
        self._changed()

    def _snap(self, node: _Node) -> _Snap:
        assert isinstance(node.value, Rhk | Iki)
        return _Snap(_copy_value(node.value), [self._snap(c) for c in node.children])

    def _insert(self, path: Path, snap: _Snap) -> None:
        parent = self._node_at(path[:-1])
        row = path[-1]
        self.beginInsertRows(self._index_of(parent), row, row)
        kind = "rhk" if isinstance(snap.value, Rhk) else "iki"
        node = self._new_node(kind, _copy_value(snap.value), parent)
        for child in snap.children:
            node.children.append(self._new_node("iki", _copy_value(child.value), node))
        parent.children.insert(row, node)
        self.endInsertRows()
        self._section_changed(parent)
        self._changed()

    def _remove(self, path: Path) -> _Snap:
        node = self._node_at(path)
        parent = node.parent
        assert parent is not None
        snap = self._snap(node)
        row = node.row()
        self.beginRemoveRows(self._index_of(parent), row, row)
        del parent.children[row]
        for gone in [node, *node.children]:
            self._by_number.pop(gone.number, None)
            self._problems.pop(gone.number, None)
        self.endRemoveRows()
        self._section_changed(parent)
        self._changed()
        return snap

    def _move(self, src: Path, dest_parent: Path, dest_row: int) -> Path:
        """Moves a row; returns its path afterwards."""
        node = self._node_at(src)
        old_parent = node.parent
        assert old_parent is not None
        target = self._node_at(dest_parent)
        row = node.row()
        ok = self.beginMoveRows(self._index_of(old_parent), row, row, self._index_of(target),
                                dest_row)
        assert ok, (src, dest_parent, dest_row)
        del old_parent.children[row]
        final = dest_row - 1 if target is old_parent and dest_row > row else dest_row
        target.children.insert(final, node)
        node.parent = target
        self.endMoveRows()
        self._section_changed(old_parent)
        self._section_changed(target)
        self._changed()
        return (*dest_parent, final)

    def _set_doc(self, attr: str, value: Any) -> None:
        setattr(self, attr, value)
        if attr in ("pendekatan", "form_family"):
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
            self.form_changed.emit()
        elif attr == "ekspektasi":
            self.ekspektasi_changed.emit()
        elif attr == "lampiran":
            self.lampiran_changed.emit()
        self._changed()

    def _section_changed(self, node: _Node) -> None:
        if node.kind == "section":
            index = self._index_of(node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _changed(self) -> None:
        self._recheck()
        self.content_changed.emit()

    def _recheck(self, emit: bool = True) -> None:
        """Recomputes the kelengkapan list and the rows it marks."""
        isi = self.isi()
        self._kekurangan = kelengkapan(isi, ada_penilai=self.ada_penilai)
        problems: dict[int, list[str]] = {}
        for item in self._kekurangan:
            path = self.path_for_kekurangan(item)
            if path is not None:
                problems.setdefault(self._node_at(path).number, []).append(item.pesan)
        old, self._problems = self._problems, problems
        if not emit:
            return
        for number in set(old) | set(problems):
            if old.get(number) != problems.get(number) and number in self._by_number:
                index = self._index_of(self._by_number[number])
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole,
                                                     Qt.ItemDataRole.BackgroundRole])

    def _emit_column(self, column: int) -> None:
        for section in self._sections:
            if section.children:
                self.dataChanged.emit(self._index_of(section.children[0], column),
                                      self._index_of(section.children[-1], column))


# ---------------------------------------------------------------------------------------
# Undo commands (each one finished edit; the model's mutators do the work)


class _SetValue(QUndoCommand):
    def __init__(self, model: SkpTreeModel, path: Path, new: Rhk | Iki, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._path = path
        old = model._node_at(path).value
        assert isinstance(old, Rhk | Iki)
        self._old = _copy_value(old)
        self._new = _copy_value(new)

    def redo(self) -> None:
        self._model._set_value(self._path, self._new)

    def undo(self) -> None:
        self._model._set_value(self._path, self._old)


class _Insert(QUndoCommand):
    def __init__(self, model: SkpTreeModel, path: Path, snap: _Snap, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._path = path
        self._snap = snap

    def redo(self) -> None:
        self._model._insert(self._path, self._snap)

    def undo(self) -> None:
        # Keeps what the row became (ids after a save), so redo brings back the same row.
        self._snap = self._model._remove(self._path)


class _Remove(QUndoCommand):
    def __init__(self, model: SkpTreeModel, path: Path, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._path = path
        self._snap: _Snap | None = None

    def redo(self) -> None:
        self._snap = self._model._remove(self._path)

    def undo(self) -> None:
        assert self._snap is not None
        self._model._insert(self._path, self._snap)


class _Move(QUndoCommand):
    def __init__(self, model: SkpTreeModel, src: Path, dest_parent: Path, dest_row: int,
                 text: str) -> None:
        super().__init__(text)
        self._model = model
        self._src = src
        self._dest_parent = dest_parent
        self._dest_row = dest_row
        same = src[:-1] == dest_parent
        self.final: Path = (*dest_parent, dest_row - 1 if same and dest_row > src[-1]
                            else dest_row)

    def redo(self) -> None:
        self.final = self._model._move(self._src, self._dest_parent, self._dest_row)

    def undo(self) -> None:
        back_parent, back_row = self._src[:-1], self._src[-1]
        if back_parent == self.final[:-1] and back_row > self.final[-1]:
            back_row += 1  # Qt counts the destination before the row leaves
        self._model._move(self.final, back_parent, back_row)


class _Replace(QUndoCommand):
    def __init__(self, model: SkpTreeModel, isi: IsiSKP, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._new = isi
        self._old = model.isi()

    def redo(self) -> None:
        self._model._reset(self._new)

    def undo(self) -> None:
        self._model._reset(self._old)


class _SetDoc(QUndoCommand):
    def __init__(self, model: SkpTreeModel, attr: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._attr = attr
        self._old = old
        self._new = new
        self._copy: Callable[[Any], Any] = (
            _copy_lampiran if attr == "lampiran" else dict if attr == "ekspektasi"
            else (lambda v: v))

    def redo(self) -> None:
        self._model._set_doc(self._attr, self._copy(self._new))

    def undo(self) -> None:
        self._model._set_doc(self._attr, self._copy(self._old))
