"""Kepala unit and "Sasaran unit <tahun>" of one unit (Unit Kerja page detail, SCREENS §6).

The head of a unit intervenes the unit's goals with his RHK; everyone below
him intervenes his RHK. An admin names the head and edits the goals (a tree:
sasaran → indikator with target); other roles read them. Edits go through a
QUndoStack (Ctrl+Z / Ctrl+Y) and are saved at once with Simpan (Ctrl+S):
``services.sasaran_unit.simpan_sasaran_unit`` replaces the year's goals.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.services.pegawai import PegawaiRow, list_pegawai
from kinerja_desktop.services.sasaran_unit import (
    Indikator,
    Sasaran,
    SasaranUnitDTO,
    get_sasaran_unit,
    set_kepala_unit,
    simpan_sasaran_unit,
)

ModelIndex = QModelIndex | QPersistentModelIndex
Snapshot = tuple[Sasaran, ...]

ERROR_STYLE = "color: #b3261e;"
EMPTY_BG = QBrush(QColor("#fbe0dc"))
IdRole = int(Qt.ItemDataRole.UserRole) + 1


def _child(item: QTreeWidgetItem, row: int) -> QTreeWidgetItem:
    found = item.child(row)
    assert found is not None
    return found


class _TargetDelegate(QStyledItemDelegate):
    """No editor for the target column of a sasaran row (only indikator have targets)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        if index.column() == 1 and not index.parent().isValid():
            return None  # type: ignore[return-value]  # Qt: no editor for this cell
        return super().createEditor(parent, option, index)


class _Change(QUndoCommand):
    """One edit of the goals: both whole lists are kept (they are small)."""

    def __init__(self, widget: SasaranUnitWidget, before: Snapshot, after: Snapshot,
                 text: str, applied: bool) -> None:
        super().__init__(text)
        self._widget = widget
        self._before = before
        self._after = after
        self._skip = applied  # the tree already shows ``after`` (an inline edit)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            self._widget._remember(self._after)
            return
        self._widget._show(self._after)

    def undo(self) -> None:
        self._widget._show(self._before)


class KepalaUnitDialog(QDialog):
    """Chooses the head of a unit among its active pegawai, or "otomatis"."""

    def __init__(self, ctx: AppContext, data: SasaranUnitDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.setWindowTitle(self.tr("Kepala unit {unit}").format(unit=data.unit_nama))
        intro = QLabel(self.tr(
            "Kepala unit mengintervensi sasaran unit dengan RHK-nya; bawahannya mengintervensi "
            "RHK kepala unit. Hanya pegawai aktif yang ditempatkan di unit ini yang dapat "
            "dipilih."))
        intro.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setToolTip(self.tr(
            "Pilih pejabat yang memimpin unit ini, contoh: Kepala Bagian Umum. \"Otomatis\" "
            "memakai satu-satunya pegawai unit yang atasannya di luar unit."))
        self.combo.addItem(self.tr("(otomatis dari susunan atasan)"), "")
        members: list[PegawaiRow] = []
        try:
            members = [p for p in list_pegawai(ctx.db, ctx.actor)
                       if p.unit_id == data.unit_id and p.aktif]
        except UserError as exc:
            show_error(self, exc)
        for p in members:
            self.combo.addItem(f"{p.nama} — {p.jabatan} ({format_nip(p.nip)})", str(p.id))
        if data.kepala_ditetapkan and data.kepala_id is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(str(data.kepala_id))))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Kepala unit:"), self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def chosen(self) -> uuid.UUID | None:
        data = self.combo.currentData()
        return uuid.UUID(data) if isinstance(data, str) and data else None

    def accept(self) -> None:
        try:
            set_kepala_unit(self.ctx.db, self.ctx.actor, self.data.unit_id, self.chosen())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class SasaranUnitWidget(QWidget):
    """Kepala unit + the goals of the working year for one unit; admin edits, others read."""

    changed = Signal()  # goals or head saved
    matriks_requested = Signal(object)  # the unit's uuid
    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.unit_id: uuid.UUID | None = None
        self.data: SasaranUnitDTO | None = None
        self._shown: Snapshot = ()
        self._saved: Snapshot = ()
        self._filling = False
        self.undo_stack = QUndoStack(self)

        # --- kepala unit
        self.kepala_label = QLabel("—")
        self.kepala_label.setObjectName("kepala_unit")
        self.kepala_label.setWordWrap(True)
        self.kepala_label.setToolTip(self.tr(
            "Pejabat yang memimpin unit; RHK-nya mengintervensi sasaran unit di bawah ini."))
        self.kepala_button = QPushButton(self.tr("Ubah kepala unit…"))
        self.kepala_button.setToolTip(self.tr(
            "Menentukan kepala unit (admin). Bila tidak ditentukan, kepala unit diperkirakan "
            "dari susunan atasan."))
        self.kepala_button.clicked.connect(self.choose_kepala)
        self.kepala_button.setVisible(self.is_admin)
        kepala_row = QHBoxLayout()
        kepala_caption = QLabel(self.tr("<b>Kepala unit:</b>"))
        kepala_caption.setToolTip(self.kepala_label.toolTip())
        kepala_row.addWidget(kepala_caption)
        kepala_row.addWidget(self.kepala_label, 1)
        kepala_row.addWidget(self.kepala_button)

        # --- sasaran
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sasaran_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Sasaran / indikator kinerja"), self.tr("Target")])
        head = self.tree.headerItem()
        head.setToolTip(0, self.tr(
            "Sasaran unit (baris induk) dan indikator kinerjanya (baris anak). Contoh sasaran: "
            "Meningkatnya mutu layanan pendidikan dasar; contoh indikator: Angka partisipasi "
            "murni SD."))
        head.setToolTip(1, self.tr("Target indikator, contoh: 98 %, 85 (indeks), 12 laporan."))
        self.tree.setItemDelegate(_TargetDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().resizeSection(1, 120)
        self.tree.setToolTip(head.toolTip(0))
        if self.is_admin:
            self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed)
        else:
            self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._update_actions)

        self.add_sasaran_action = QAction(self.tr("Tambah sasaran"), self)
        self.add_sasaran_action.setToolTip(self.tr(
            "Menambah sasaran unit baru beserta satu indikator kosong."))
        self.add_sasaran_action.triggered.connect(self.add_sasaran)
        self.add_indikator_action = QAction(self.tr("Tambah indikator"), self)
        self.add_indikator_action.setToolTip(self.tr(
            "Menambah indikator kinerja pada sasaran yang dipilih."))
        self.add_indikator_action.triggered.connect(self.add_indikator)
        self.remove_action = QAction(self.tr("Hapus"), self)
        self.remove_action.setToolTip(self.tr(
            "Menghapus sasaran atau indikator yang dipilih (dapat diurungkan dengan Ctrl+Z "
            "sebelum disimpan)."))
        self.remove_action.triggered.connect(self.remove_current)
        self.save_action = QAction(self.tr("Simpan"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setToolTip(self.tr("Menyimpan sasaran unit tahun ini (Ctrl+S)."))
        self.save_action.triggered.connect(self.save)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(self.tr("Mengurungkan perubahan terakhir (Ctrl+Z)."))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setToolTip(self.tr("Mengulangi perubahan yang diurungkan (Ctrl+Y)."))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("sasaran", self.add_sasaran_action),
                            ("indikator", self.add_indikator_action),
                            ("hapus", self.remove_action), ("urungkan", self.undo_action),
                            ("simpan", self.save_action)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setVisible(self.is_admin)
            self.buttons[key] = button
            buttons.addWidget(button)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.redo_action)
        buttons.addStretch(1)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

        self.message = QLabel()
        self.message.setObjectName("sasaran_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.note = QLabel(self.tr("Hanya admin yang dapat mengubah kepala unit dan sasaran "
                                   "unit."))
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.note.setVisible(not self.is_admin)
        self.matriks_button = QPushButton(self.tr("Lihat matriks peran hasil…"))
        self.matriks_button.setToolTip(self.tr(
            "Membuka matriks peran hasil unit ini di halaman SKP: siapa mendukung RHK pimpinan "
            "mana, dan RHK mana yang belum didukung."))
        self.matriks_button.clicked.connect(self._matriks_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.matriks_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(kepala_row)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        ctx.tahun.changed.connect(self._year_changed)
        self._update_actions()
        self._update_title()

    # ---- loading ----------------------------------------------------------------------------
    def set_unit(self, unit_id: uuid.UUID | None) -> None:
        """Shows ``unit_id`` (asks to save unsaved goals of the unit shown before)."""
        if unit_id == self.unit_id and self.data is not None:
            return
        self.maybe_save()
        self.unit_id = unit_id
        self.reload()

    def reload(self) -> None:
        """Reads the head and the goals of the working year again (unsaved edits are lost)."""
        self.message.hide()
        self.data = None
        if self.unit_id is not None:
            try:
                self.data = get_sasaran_unit(self.ctx.db, self.ctx.actor, self.unit_id,
                                             self.ctx.tahun.value)
            except UserError as exc:
                self._say(str(exc), error=True)
        goals: Snapshot = tuple(self.data.sasaran) if self.data else ()
        self._saved = goals
        self.undo_stack.clear()
        self._show(goals)
        self.undo_stack.setClean()
        self._update_kepala()
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        self.title.setText(self.tr("Sasaran unit {tahun}").format(tahun=self.ctx.tahun.value))

    def _update_kepala(self) -> None:
        d = self.data
        if d is None:
            self.kepala_label.setText("—")
        elif d.kepala_id is None:
            self.kepala_label.setText(self.tr(
                "<span style='color:#a3261d'>belum ditentukan</span> — tidak dapat "
                "diperkirakan dari susunan atasan; admin dapat menentukannya."))
        elif d.kepala_ditetapkan:
            self.kepala_label.setText(self.tr("{nama} (ditentukan admin)").format(
                nama=d.kepala_nama))
        else:
            self.kepala_label.setText(self.tr("{nama} (diperkirakan dari susunan atasan)"
                                              ).format(nama=d.kepala_nama))
        self.kepala_button.setEnabled(self.is_admin and d is not None)

    def _year_changed(self, tahun: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.maybe_save()
        self.reload()

    # ---- tree <-> snapshot ------------------------------------------------------------------
    def _show(self, goals: Snapshot) -> None:
        """Fills the tree with ``goals`` (keeps the selected position when possible)."""
        current = self.tree.currentItem()
        path: tuple[int, int] | None = None
        if current is not None:
            parent = current.parent()
            path = ((self.tree.indexOfTopLevelItem(parent), parent.indexOfChild(current))
                    if parent is not None else (self.tree.indexOfTopLevelItem(current), -1))
        self._filling = True
        try:
            self.tree.clear()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.is_admin:
                flags |= Qt.ItemFlag.ItemIsEditable
            for no, goal in enumerate(goals, 1):
                top = QTreeWidgetItem([goal.uraian, ""])
                top.setData(0, IdRole, str(goal.id) if goal.id else "")
                top.setFlags(flags)
                top.setToolTip(0, self.tr("Sasaran {no}: {text}").format(
                    no=no, text=goal.uraian or self.tr("(kosong)")))
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                for ind in goal.indikator:
                    item = QTreeWidgetItem([ind.uraian, ind.target])
                    item.setFlags(flags | Qt.ItemFlag.ItemNeverHasChildren)
                    item.setToolTip(0, self.tr("Indikator: {text}").format(
                        text=ind.uraian or self.tr("(kosong)")))
                    item.setToolTip(1, self.tr(
                        "Target, contoh: 98 %, 85 (indeks), 12 laporan."))
                    top.addChild(item)
                self.tree.addTopLevelItem(top)
                top.setExpanded(True)
            if not goals:
                placeholder = QTreeWidgetItem([
                    self.tr("Belum ada sasaran unit tahun {tahun}. Tekan \"Tambah sasaran\"."
                            ).format(tahun=self.ctx.tahun.value) if self.is_admin else
                    self.tr("Belum ada sasaran unit tahun {tahun}.").format(
                        tahun=self.ctx.tahun.value), ""])
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                placeholder.setData(0, IdRole, None)
                self.tree.addTopLevelItem(placeholder)
        finally:
            self._filling = False
        self._shown = goals
        if path is not None and goals:
            top_row = min(path[0], len(goals) - 1)
            item = self._top(top_row)
            if path[1] >= 0 and item.childCount():
                item = _child(item, min(path[1], item.childCount() - 1))
            self.tree.setCurrentItem(item)
        self._update_actions()

    def _top(self, row: int) -> QTreeWidgetItem:
        found = self.tree.topLevelItem(row)
        assert found is not None
        return found

    def _remember(self, goals: Snapshot) -> None:
        self._shown = goals

    def snapshot(self) -> Snapshot:
        """The goals as the tree shows them now."""
        if not self._shown:
            return ()
        out: list[Sasaran] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self._top(i)
            raw = top.data(0, IdRole)
            goal_id = uuid.UUID(raw) if isinstance(raw, str) and raw else None
            indikator = tuple(Indikator(_child(top, j).text(0), _child(top, j).text(1))
                              for j in range(top.childCount()))
            out.append(Sasaran(top.text(0), indikator, goal_id))
        return tuple(out)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or not self.is_admin:
            return
        if column == 0 and item.text(0).strip():
            self._filling = True
            item.setBackground(0, QBrush())
            self._filling = False
        after = self.snapshot()
        if after != self._shown:
            self.undo_stack.push(_Change(self, self._shown, after,
                                         self.tr("Ubah teks"), applied=True))
            self.message.hide()

    def _push(self, after: Snapshot, text: str) -> None:
        self.undo_stack.push(_Change(self, self._shown, after, text, applied=False))
        self.message.hide()

    # ---- editing ----------------------------------------------------------------------------
    def _current_position(self) -> tuple[int, int]:
        """(sasaran index, indikator index or -1) of the current item; (-1, -1) for none."""
        item = self.tree.currentItem()
        if item is None or not self._shown:
            return -1, -1
        parent = item.parent()
        if parent is None:
            return self.tree.indexOfTopLevelItem(item), -1
        return self.tree.indexOfTopLevelItem(parent), parent.indexOfChild(item)

    def add_sasaran(self) -> None:
        if not self.is_admin or self.unit_id is None:
            return
        goals = (*self.snapshot(), Sasaran("", (Indikator("", ""),)))
        self._push(goals, self.tr("Tambah sasaran"))
        item = self._top(len(goals) - 1)
        self.tree.setCurrentItem(item, 0)
        self.tree.editItem(item, 0)

    def add_indikator(self) -> None:
        if not self.is_admin:
            return
        pos, _ = self._current_position()
        if pos < 0:
            return
        goals = list(self.snapshot())
        goal = goals[pos]
        goals[pos] = Sasaran(goal.uraian, (*goal.indikator, Indikator("", "")), goal.id)
        self._push(tuple(goals), self.tr("Tambah indikator"))
        top = self._top(pos)
        item = _child(top, top.childCount() - 1)
        self.tree.setCurrentItem(item, 0)
        self.tree.editItem(item, 0)

    def remove_current(self) -> None:
        if not self.is_admin:
            return
        pos, sub = self._current_position()
        if pos < 0:
            return
        goals = list(self.snapshot())
        if sub < 0:
            del goals[pos]
            text = self.tr("Hapus sasaran")
        else:
            goal = goals[pos]
            goals[pos] = Sasaran(goal.uraian, tuple(
                ind for j, ind in enumerate(goal.indikator) if j != sub), goal.id)
            text = self.tr("Hapus indikator")
        self._push(tuple(goals), text)

    def problems(self) -> list[tuple[str, QTreeWidgetItem]]:
        """What blocks saving, with the item to point at (also painted red)."""
        out: list[tuple[str, QTreeWidgetItem]] = []
        if not self._shown:
            return out
        for i in range(self.tree.topLevelItemCount()):
            top = self._top(i)
            no = i + 1
            if not top.text(0).strip():
                out.append((self.tr("Sasaran {no}: uraian sasaran masih kosong.").format(no=no),
                            top))
            if top.childCount() == 0:
                out.append((self.tr("Sasaran {no}: isi paling sedikit satu indikator kinerja."
                                    ).format(no=no), top))
            for j in range(top.childCount()):
                child = _child(top, j)
                if not child.text(0).strip():
                    out.append((self.tr("Sasaran {no}, indikator {ind}: uraian indikator masih "
                                        "kosong.").format(no=no, ind=j + 1), child))
        return out

    def _mark(self, bad: Sequence[QTreeWidgetItem]) -> None:
        self._filling = True
        try:
            for item in bad:
                item.setBackground(0, EMPTY_BG)
        finally:
            self._filling = False

    def save(self) -> bool:
        """Checks, then replaces the year's goals; False (with the reason shown) on a problem."""
        if not self.is_admin or self.unit_id is None:
            return False
        problems = self.problems()
        if problems:
            self._mark([item for _, item in problems])
            self.tree.setCurrentItem(problems[0][1])
            self._say(" ".join(text for text, _ in problems), error=True)
            return False
        try:
            self.data = simpan_sasaran_unit(self.ctx.db, self.ctx.actor, self.unit_id,
                                            self.ctx.tahun.value, self.snapshot())
        except UserError as exc:
            self._say(str(exc), error=True)
            return False
        goals = tuple(self.data.sasaran)
        self._saved = goals
        self.undo_stack.clear()
        self._show(goals)
        self.undo_stack.setClean()
        self._say(self.tr("Sasaran unit tahun {tahun} tersimpan ({n} sasaran).").format(
            tahun=self.ctx.tahun.value, n=len(goals)))
        self._update_actions()
        self.changed.emit()
        return True

    def is_dirty(self) -> bool:
        return self.is_admin and not self.undo_stack.isClean()

    def maybe_save(self) -> bool:
        """Before showing another unit or year: offers to save unsaved goals."""
        if not self.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sasaran unit belum disimpan"),
                          self.tr("Perubahan sasaran unit {unit} tahun {tahun} belum disimpan."
                                  ).format(unit=self.data.unit_nama if self.data else "",
                                           tahun=self.data.tahun if self.data else ""),
                          QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            return self.save()
        self.undo_stack.setClean()
        return True

    def choose_kepala(self) -> None:
        if not self.is_admin or self.data is None:
            return
        dialog = KepalaUnitDialog(self.ctx, self.data, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            dirty = self.is_dirty()
            kept = self.snapshot()
            self.reload()
            if dirty:  # the head changed; the unsaved goals stay in the tree
                self._push(kept, self.tr("Ubah sasaran"))
            self._say(self.tr("Kepala unit tersimpan."))
            self.changed.emit()

    # ---- state ------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b6e2e;")
        self.message.show()

    def _clean_changed(self, clean: bool) -> None:
        self._update_actions()
        self.dirty_changed.emit(not clean)

    def _update_actions(self, *args: object) -> None:
        has_unit = self.unit_id is not None and self.data is not None
        pos, _ = self._current_position()
        self.add_sasaran_action.setEnabled(self.is_admin and has_unit)
        self.add_indikator_action.setEnabled(self.is_admin and has_unit and pos >= 0)
        self.remove_action.setEnabled(self.is_admin and has_unit and pos >= 0)
        self.save_action.setEnabled(self.is_admin and has_unit and self.is_dirty())
        self.matriks_button.setEnabled(has_unit)

    def _matriks_clicked(self) -> None:
        if self.unit_id is not None:
            self.matriks_requested.emit(self.unit_id)

