"""Cell editors of the SKP tree: uraian text, aspek/perspektif combos, the target.

The target editor accepts what offices type: ``12``, ``12,5``, ``1.500``, ``4
laporan`` (number and satuan at once) and, for kuantitatif plans, a range
``80–90 %``. A value that is not a number is marked red while typing and, when
committed, refused with the reason (``rejected`` signal + a tooltip at the
cell); the model keeps the old value.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.skp import Aspek, Pendekatan, Perspektif, split_target
from kinerja_desktop.gui.skp_tree_model import KindRole, SkpTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex

_RANGE = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*[-–—]\s*\d+(?:[.,]\d+)?\s*\S*.*$")
INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"


def target_problem(text: str, pendekatan: Pendekatan) -> str:
    """Why ``text`` is not a target for this pendekatan ("" when it is fine)."""
    if not text.strip():
        return ""
    try:
        nilai, _satuan, _teks = split_target(text)
    except ValidationError as exc:
        return exc.message
    if nilai is not None or pendekatan is Pendekatan.KUALITATIF or _RANGE.match(text):
        return ""
    return QCoreApplication.translate(
        "TargetDelegate",
        "'{text}' bukan angka target. Tulis angka, mis. 12 atau 12,5 (boleh dengan satuan: "
        "'4 laporan'), atau rentang '80–90 %'. Target berupa uraian dipakai pada pendekatan "
        "kualitatif.").format(text=text.strip())


def _skp_model(index: AnyIndex) -> SkpTreeModel | None:
    model = index.model()
    return model if isinstance(model, SkpTreeModel) else None


class UraianDelegate(QStyledItemDelegate):
    """A line edit with an example for the RHK or IKI text (and the satuan)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == SkpTreeModel.COL_SATUAN:
            editor.setPlaceholderText(self.tr("mis. laporan"))
            editor.setToolTip(self.tr("Satuan target, mis. laporan, dokumen, %, hari."))
        elif index.data(KindRole) == "rhk":
            editor.setPlaceholderText(self.tr("mis. Tersusunnya laporan keuangan triwulan"))
            editor.setToolTip(self.tr(
                "Rencana hasil kerja: hasil kerja yang akan dicapai, mis. 'Tersusunnya "
                "laporan keuangan triwulan'."))
        else:
            editor.setPlaceholderText(self.tr(
                "mis. Jumlah laporan keuangan yang disusun tepat waktu"))
            editor.setToolTip(self.tr(
                "Indikator kinerja individu: ukuran keberhasilan RHK, mis. 'Jumlah laporan "
                "keuangan yang disusun tepat waktu'."))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class EnumComboDelegate(QStyledItemDelegate):
    """A combo of an enumeration's labels, with an empty first choice."""

    def __init__(self, enum: type[Aspek] | type[Perspektif], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._enum: type[StrEnum] = enum

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("— pilih —"), "")
        for member in self._enum:
            combo.addItem(str(getattr(member, "label", member.value)), member.value)
        if self._enum is Aspek:
            combo.setToolTip(self.tr(
                "Aspek yang diukur: Kuantitas (jumlah), Kualitas (mutu), Waktu (ketepatan) "
                "atau Biaya, mis. Kuantitas untuk 'jumlah laporan'."))
        else:
            combo.setToolTip(self.tr(
                "Perspektif (JPT), mis. Penerima Layanan untuk indeks kepuasan masyarakat."))
        combo.activated.connect(self._picked)
        return combo

    def _picked(self, _index: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class TargetDelegate(QStyledItemDelegate):
    """The target cell: Indonesian numbers (``parse_angka``) or, kualitatif, free text."""

    rejected = Signal(str)  # the reason a typed target was not taken

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        model = _skp_model(index)
        pendekatan = model.pendekatan if model is not None else Pendekatan.KUANTITATIF
        editor.setProperty("pendekatan", pendekatan.value)
        if pendekatan is Pendekatan.KUALITATIF:
            editor.setPlaceholderText(self.tr("mis. Laporan diterima tanpa revisi"))
            editor.setToolTip(self.tr(
                "Target berupa uraian, mis. 'Laporan diterima pimpinan tanpa revisi'."))
        else:
            editor.setPlaceholderText(self.tr("mis. 12 atau 12,5"))
            editor.setToolTip(self.tr(
                "Target angka; desimal memakai koma, mis. 12 atau 12,5. Boleh dengan satuan "
                "sekaligus: '4 laporan'. Rentang: '80–90 %'."))
        editor.textChanged.connect(self._check_live)
        return editor

    def _check_live(self, text: str) -> None:
        editor = self.sender()
        if not isinstance(editor, QLineEdit):
            return
        pendekatan = Pendekatan(str(editor.property("pendekatan")))
        bad = bool(target_problem(text, pendekatan))
        editor.setStyleSheet(INVALID_STYLE if bad else "")

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, QLineEdit):
            return
        text = editor.text()
        skp = _skp_model(index)
        problem = target_problem(text, skp.pendekatan if skp else Pendekatan.KUANTITATIF)
        if problem:
            self.rejected.emit(problem)
            view = self.parent()
            if isinstance(view, QAbstractItemView):
                rect = view.visualRect(index.sibling(index.row(), index.column()))
                QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), problem, view)
            return
        model.setData(index, text, Qt.ItemDataRole.EditRole)


def install(view: QAbstractItemView) -> TargetDelegate:
    """Puts the SKP delegates on ``view`` (columns of ``SkpTreeModel``)."""
    uraian = UraianDelegate(view)
    view.setItemDelegateForColumn(SkpTreeModel.COL_URAIAN, uraian)
    view.setItemDelegateForColumn(SkpTreeModel.COL_SATUAN, uraian)
    view.setItemDelegateForColumn(SkpTreeModel.COL_ASPEK, EnumComboDelegate(Aspek, view))
    view.setItemDelegateForColumn(SkpTreeModel.COL_PERSPEKTIF,
                                  EnumComboDelegate(Perspektif, view))
    target = TargetDelegate(view)
    view.setItemDelegateForColumn(SkpTreeModel.COL_TARGET, target)
    return target
