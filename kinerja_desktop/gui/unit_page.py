"""Unit Kerja page: the unit tree with head counts, a detail pane, add/edit/delete."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QItemSelection, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import kinerja_desktop
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.sasaran_unit_widget import SasaranUnitWidget
from kinerja_desktop.gui.unit_tree_model import UnitTreeModel
from kinerja_desktop.services.kop_surat import baca_gambar_file, set_logo_unit
from kinerja_desktop.services.unit_kerja import (
    UnitDTO,
    UnitInput,
    delete_unit,
    descendants,
    list_units,
    save_unit,
)

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #b00020;"


def ui_dir() -> Path:
    """``ui/`` beside the package: the repository, or the PyInstaller bundle."""
    return Path(kinerja_desktop.__file__).resolve().parent.parent / "ui"


def load_ui_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Loads ``ui/<name>`` (Qt Designer) with QUiLoader."""
    path = ui_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Form {path} tidak ditemukan")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Form {path} tidak dapat dimuat")
    return widget


def child(widget: QWidget, kind: type[W], name: str) -> W:
    found = widget.findChild(kind, name)
    if found is None:
        raise LookupError(f"{name} ({kind.__name__}) tidak ada di form")
    return found


class UnitFormDialog(QDialog):
    """Tambah / ubah one unit; the fields come from ui/unit_form.ui."""

    def __init__(
        self,
        ctx: AppContext,
        units: list[UnitDTO],
        *,
        unit: UnitDTO | None = None,
        parent_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._unit = unit
        self.saved: UnitDTO | None = None
        self.form = load_ui_form("unit_form.ui", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.kode = child(self.form, QLineEdit, "kodeEdit")
        self.nama = child(self.form, QLineEdit, "namaEdit")
        self.induk = child(self.form, QComboBox, "indukCombo")
        self.alamat = child(self.form, QLineEdit, "alamatEdit")
        self.message = child(self.form, QLabel, "messageLabel")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        buttons = child(self.form, QDialogButtonBox, "buttonBox")
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Simpan"))
        save.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        excluded = descendants(units, unit.id) if unit is not None else set()
        self.induk.addItem(self.tr("(tanpa induk — unit paling atas)"), None)
        for u in units:
            if u.id not in excluded:
                self.induk.addItem(f"{u.kode} — {u.nama}", str(u.id))
        wanted = unit.parent_id if unit is not None else parent_id
        if wanted is not None:
            pos = self.induk.findData(str(wanted))
            self.induk.setCurrentIndex(max(0, pos))
        if unit is not None:
            self.setWindowTitle(self.tr("Ubah Unit Kerja {kode}").format(kode=unit.kode))
            self.kode.setText(unit.kode)
            self.nama.setText(unit.nama)
            self.alamat.setText(unit.alamat or "")
        else:
            self.setWindowTitle(self.tr("Tambah Unit Kerja"))
        self.kode.textEdited.connect(self._clear_message)
        self.nama.textEdited.connect(self._clear_message)
        self.setMinimumWidth(520)

    def _clear_message(self) -> None:
        self.message.hide()

    def _show_message(self, text: str, field: QWidget | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        if field is not None:
            field.setFocus()

    def parent_id(self) -> uuid.UUID | None:
        data = self.induk.currentData()
        return uuid.UUID(data) if isinstance(data, str) else None

    def accept(self) -> None:
        kode, nama = self.kode.text().strip(), self.nama.text().strip()
        if not kode:
            self._show_message(self.tr("Kode unit wajib diisi (contoh: 1.02.03)."), self.kode)
            return
        if not nama:
            self._show_message(self.tr("Nama unit wajib diisi (contoh: Bagian Umum)."),
                               self.nama)
            return
        data = UnitInput(kode=kode, nama=nama, parent_id=self.parent_id(),
                         alamat=self.alamat.text().strip() or None)
        try:
            self.saved = save_unit(
                self._ctx.db, self._ctx.actor, data,
                unit_id=self._unit.id if self._unit else None,
                expected_version=self._unit.version if self._unit else None,
            )
        except UserError as exc:
            self._show_message(str(exc))
            return
        super().accept()


class UnitPage(QWidget):
    """Tree (Kode, Nama Unit, Jumlah Pegawai, Langsung) + detail pane + actions."""

    units_changed = Signal()
    matriks_requested = Signal(object)  # a unit's uuid: show its matriks peran hasil

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.model = UnitTreeModel(self)

        title = QLabel(self.tr("Unit Kerja"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr(
            "Susunan unit kerja kantor ini dan jumlah pegawai aktif di setiap unit."))
        subtitle.setWordWrap(True)

        self.add_action = QAction(self.tr("Tambah sub-unit"), self)
        self.add_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.add_root_action = QAction(self.tr("Tambah unit utama"), self)
        self.add_root_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_action = QAction(self.tr("Ubah"), self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.delete_action = QAction(self.tr("Hapus"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.logo_action = QAction(self.tr("Logo kop…"), self)
        self.remove_logo_action = QAction(self.tr("Hapus logo"), self)
        for action in (self.add_action, self.add_root_action, self.edit_action,
                       self.delete_action, self.logo_action, self.remove_logo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_sub_unit)
        self.add_root_action.triggered.connect(self.add_root_unit)
        self.edit_action.triggered.connect(self.edit_unit)
        self.delete_action.triggered.connect(self.delete_unit)
        self.logo_action.triggered.connect(self.choose_logo)
        self.remove_logo_action.triggered.connect(self.remove_logo)

        toolbar = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("tambah", self.add_action), ("utama", self.add_root_action),
                            ("ubah", self.edit_action), ("hapus", self.delete_action),
                            ("logo", self.logo_action), ("hapus_logo", self.remove_logo_action)):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
            toolbar.addWidget(button)
        toolbar.addStretch(1)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UnitTreeModel.COL_NAMA, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(UnitTreeModel.COL_KODE, 150)
        header.resizeSection(UnitTreeModel.COL_TOTAL, 120)
        header.resizeSection(UnitTreeModel.COL_DIRECT, 80)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)

        self.detail = self._make_detail()
        # Kepala unit and the goals of the working year: a second tab of the detail pane.
        self.sasaran = SasaranUnitWidget(ctx)
        self.sasaran.changed.connect(self.units_changed)
        self.sasaran.matriks_requested.connect(self.matriks_requested)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.detail, self.tr("Rincian"))
        self.detail_tabs.addTab(self.sasaran, self.tr("Kepala && sasaran unit"))
        self.detail_tabs.setTabToolTip(1, self.tr(
            "Kepala unit dan sasaran unit (dengan indikator dan target) tahun kerja yang "
            "dipilih; sasaran ini diintervensi RHK kepala unit."))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        saved = settings.get(settings.UNIT_SPLITTER)
        if saved:
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(self._save_splitter)

        self.empty = self._make_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)

        if not self.is_admin:
            note = self.tr("Hanya admin yang dapat mengubah unit kerja.")
            for action in (self.add_action, self.add_root_action, self.edit_action,
                           self.delete_action, self.logo_action, self.remove_logo_action):
                action.setToolTip(note)
        else:
            self.add_action.setToolTip(self.tr(
                "Menambah unit di bawah unit yang dipilih (Ctrl+N)."))
            self.add_root_action.setToolTip(self.tr(
                "Menambah unit paling atas, tanpa induk (Ctrl+Shift+N)."))
            self.edit_action.setToolTip(self.tr("Mengubah kode, nama, induk atau alamat (F2)."))
            self.delete_action.setToolTip(self.tr(
                "Menghapus unit yang sudah kosong (Delete)."))
            self.logo_action.setToolTip(self.tr(
                "Memasang logo (PNG atau JPEG) yang dicetak di kop surat dokumen unit ini dan "
                "sub-unitnya yang tidak punya logo sendiri."))
            self.remove_logo_action.setToolTip(self.tr(
                "Menghapus logo unit ini; kop surat memakai logo unit induk, bila ada."))
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _make_detail(self) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.detail_title = QLabel(self.tr("Pilih unit di sebelah kiri untuk melihat rinciannya."))
        self.detail_title.setWordWrap(True)
        bold = self.detail_title.font()
        bold.setBold(True)
        self.detail_title.setFont(bold)
        form.addRow(self.detail_title)
        self.detail_fields: dict[str, QLabel] = {}
        for key, label in (
            ("kode", self.tr("Kode")),
            ("nama", self.tr("Nama unit")),
            ("induk", self.tr("Unit induk")),
            ("alamat", self.tr("Alamat")),
            ("logo", self.tr("Logo kop surat")),
            ("sub", self.tr("Sub-unit langsung")),
            ("langsung", self.tr("Pegawai langsung")),
            ("total", self.tr("Pegawai seluruhnya")),
        ):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_fields[key] = value
            form.addRow(label + ":", value)
        note = QLabel(self.tr(
            "Kepala unit dan sasaran unit ada di tab sebelah. Alamat dan logo dicetak di kop "
            "surat dokumen (SKP, evaluasi, rekap) pegawai unit ini."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        return box

    def _make_empty_state(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        if self.is_admin:
            text = self.tr("Belum ada unit kerja. Tambahkan unit paling atas (misalnya nama "
                           "dinas atau badan), lalu sub-unitnya; atau buat data contoh dari "
                           "menu Data.")
        else:
            text = self.tr("Belum ada unit kerja. Admin kantor dapat menambahkannya.")
        self.empty_label = QLabel(text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.empty_button = QPushButton(self.tr("Tambah unit utama"))
        self.empty_button.clicked.connect(self.add_root_unit)
        self.empty_button.setVisible(self.is_admin)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return box

    # --- data ------------------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        """Reads the units again (F5); keeps the selection when it still exists."""
        if select is None:
            current = self.current_unit()
            select = current.id if current is not None else None
        try:
            units = list_units(self._ctx.db, self._ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            units = []
        first = self.model.rowCount() == 0
        expanded = self._expanded_ids()
        self.model.set_units(units)
        if first and len(units) <= 500:
            self.tree.expandAll()
        elif first:
            self.tree.expandToDepth(0)
        for unit_id in expanded:
            index = self.model.index_of(unit_id)
            if index.isValid():
                self.tree.setExpanded(index, True)
        self.stack.setCurrentWidget(self.empty if not units else self.splitter)
        if select is not None:
            self.select_unit(select)
        if self.current_unit() is None and units:
            self.select_unit(units[0].id)  # the detail pane is never blank when there is data
        self._update_actions()
        self._show_detail(self.current_unit())
        if self.sasaran.maybe_save():
            self.sasaran.reload()

    def _expanded_ids(self) -> list[uuid.UUID]:
        out = []
        for unit in self.model.units():
            index = self.model.index_of(unit.id)
            if index.isValid() and self.tree.isExpanded(index):
                out.append(unit.id)
        return out

    def current_unit(self) -> UnitDTO | None:
        return self.model.unit_at(self.tree.currentIndex())

    def select_unit(self, unit_id: uuid.UUID) -> None:
        index = self.model.index_of(unit_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.setExpanded(parent, True)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_actions()
        self._show_detail(self.current_unit())

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.is_admin:
            self.edit_unit()

    def _update_actions(self) -> None:
        has = self.current_unit() is not None
        self.add_action.setEnabled(self.is_admin)
        self.add_root_action.setEnabled(self.is_admin)
        self.edit_action.setEnabled(self.is_admin and has)
        self.delete_action.setEnabled(self.is_admin and has)
        unit = self.current_unit()
        self.logo_action.setEnabled(self.is_admin and has)
        self.remove_logo_action.setEnabled(self.is_admin and unit is not None and unit.ada_logo)

    def _show_detail(self, unit: UnitDTO | None) -> None:
        self.sasaran.set_unit(unit.id if unit is not None else None)
        if unit is None:
            self.detail_title.setText(self.tr("Pilih unit di sebelah kiri untuk melihat "
                                              "rinciannya."))
            for value in self.detail_fields.values():
                value.setText("—")
            return
        path = self.model.path(unit.id)
        induk = path[-2] if len(path) > 1 else None
        self.detail_title.setText(" › ".join(u.nama for u in path))
        num = self._locale.toString
        values = {
            "kode": unit.kode,
            "nama": unit.nama,
            "induk": f"{induk.kode} — {induk.nama}" if induk else self.tr("(unit paling atas)"),
            "alamat": unit.alamat or "—",
            "logo": self.tr("terpasang") if unit.ada_logo else self.tr(
                "belum ada (memakai logo unit induk, bila ada)"),
            "sub": num(self.model.child_count(unit.id)),
            "langsung": num(unit.jumlah_pegawai),
            "total": num(self.model.total(unit.id)),
        }
        for key, text in values.items():
            self.detail_fields[key].setText(text)

    def _save_splitter(self, pos: int = 0, index: int = 0) -> None:
        settings.set(settings.UNIT_SPLITTER, bytes(self.splitter.saveState().data()))

    # --- actions ---------------------------------------------------------------------------------
    def _open_form(self, unit: UnitDTO | None, parent_id: uuid.UUID | None) -> UnitDTO | None:
        dialog = UnitFormDialog(self._ctx, self.model.units(), unit=unit, parent_id=parent_id,
                                parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
                return None
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        self.reload(select=saved.id)
        self.units_changed.emit()
        return saved

    def add_sub_unit(self) -> None:
        if not self.is_admin:
            return
        current = self.current_unit()
        self._open_form(None, current.id if current is not None else None)

    def add_root_unit(self) -> None:
        if self.is_admin:
            self._open_form(None, None)

    def edit_unit(self) -> None:
        current = self.current_unit()
        if self.is_admin and current is not None:
            self._open_form(current, None)

    def delete_unit(self) -> None:
        unit = self.current_unit()
        if not self.is_admin or unit is None:
            return
        subs = self.model.child_count(unit.id)
        staff = self.model.total(unit.id)
        name = f"{unit.kode} — {unit.nama}"
        if subs or unit.jumlah_pegawai:
            QMessageBox.information(self, self.tr("Unit tidak dapat dihapus"), self.tr(
                "Unit {name} masih memiliki {subs} sub-unit dan {staff} pegawai. Pindahkan "
                "sub-unit dan pegawainya ke unit lain terlebih dahulu; tidak ada yang diubah."
            ).format(name=name, subs=subs, staff=staff))
            return
        if not self.confirm_delete(unit):
            return
        try:
            delete_unit(self._ctx.db, self._ctx.actor, unit.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload(select=unit.parent_id)
        self.units_changed.emit()

    def logo_file(self) -> Path | None:
        """Asks for the logo image; tests replace this method."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo kop surat"), "",
            self.tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"))
        return Path(name) if name else None

    def choose_logo(self) -> None:
        unit = self.current_unit()
        if not self.is_admin or unit is None:
            return
        path = self.logo_file()
        if path is None:
            return
        try:
            data = baca_gambar_file(path, self.tr("Logo unit {nama}").format(nama=unit.nama))
            set_logo_unit(self._ctx.db, self._ctx.actor, unit.id, data)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload(select=unit.id)

    def remove_logo(self) -> None:
        unit = self.current_unit()
        if not self.is_admin or unit is None or not unit.ada_logo:
            return
        try:
            set_logo_unit(self._ctx.db, self._ctx.actor, unit.id, None)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload(select=unit.id)

    def confirm_delete(self, unit: UnitDTO) -> bool:
        """Asks once and says what is lost; True when the user chose Hapus."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hapus unit kerja"), self.tr(
            "Hapus unit {name}?\n\nYang hilang: kode, nama dan alamat unit ini dari daftar "
            "unit kerja. Unit ini tidak memiliki sub-unit maupun pegawai aktif. Penghapusan "
            "tercatat di riwayat audit dan ikut terkirim saat sinkronisasi."
        ).format(name=f"{unit.kode} — {unit.nama}"), QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is yes

    def help_text(self) -> str:
        return self.tr(
            "<h3>Unit Kerja</h3>"
            "<p>Pohon di kiri menampilkan susunan unit kerja. Kolom <b>Jumlah Pegawai</b> "
            "menghitung pegawai aktif di unit itu beserta seluruh sub-unitnya; kolom "
            "<b>Langsung</b> hanya yang ditempatkan di unit itu sendiri.</p>"
            "<ul><li><b>Ctrl+N</b>: tambah sub-unit di bawah unit yang dipilih</li>"
            "<li><b>Ctrl+Shift+N</b>: tambah unit paling atas</li>"
            "<li><b>F2</b> atau klik ganda: ubah unit</li>"
            "<li><b>Delete</b>: hapus unit yang sudah kosong (tanpa sub-unit dan pegawai)</li>"
            "<li><b>F5</b>: muat ulang</li></ul>"
            "<p>Tab <b>Kepala &amp; sasaran unit</b>: kepala unit dan sasaran unit tahun "
            "kerja (indikator dan target) yang diintervensi RHK kepala unit; tombol "
            "<b>Lihat matriks peran hasil</b> membuka matriks unit itu di halaman SKP.</p>"
            "<p>Hanya admin yang dapat mengubah unit kerja, kepala unit dan sasaran unit.</p>")
