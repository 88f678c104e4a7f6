"""Tab "Evaluasi kompetensi" of the Tindak Lanjut page: pick a pegawai (search by name or NIP)
and edit the competency table of form B.1.9 (jenis, nama, standar, nilai 1–5, catatan) with
undo (Ctrl+Z/Ctrl+Y) and Ctrl+S to save. A version conflict keeps the edits on screen."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import ConflictError, UserError
from kinerja_desktop.domain.kompetensi import LEVEL_MAX, LEVEL_MIN, JenisKompetensi
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.tindak_lanjut_models import (
    ABU,
    COL_CATATAN,
    COL_GAP,
    COL_JENIS,
    COL_NAMA,
    COL_NILAI,
    COL_NO,
    COL_STANDAR,
    HIJAU,
    KUNING,
    DaftarModel,
    Kolom,
    KompetensiModel,
)
from kinerja_desktop.services.kompetensi import (
    EvaluasiKompetensiDTO,
    PegawaiKompetensi,
    daftar_bawaan,
    daftar_pegawai,
    get_evaluasi_kompetensi,
    simpan_evaluasi_kompetensi,
)

Index = QModelIndex | QPersistentModelIndex


class KompetensiDelegate(QStyledItemDelegate):
    """A combo box for the jenis, a 1–5 spin box for standar and nilai."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        if index.column() == COL_JENIS:
            combo = QComboBox(parent)
            for jenis in JenisKompetensi:
                combo.addItem(jenis.label, jenis.value)
            combo.setToolTip(self.tr("Jenis kompetensi: Teknis, Manajerial atau Sosial "
                                     "Kultural."))
            return combo
        if index.column() in (COL_STANDAR, COL_NILAI):
            spin = QSpinBox(parent)
            spin.setRange(LEVEL_MIN, LEVEL_MAX)
            spin.setToolTip(self.tr("Level 1 (terendah) sampai 5 (tertinggi)."))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


def _status_pegawai(p: PegawaiKompetensi) -> str:
    if not p.sudah_dinilai:
        return QCoreApplication.translate("KompetensiTab", "Belum dinilai")
    if p.jumlah_kesenjangan:
        return QCoreApplication.translate("KompetensiTab", "{n} kesenjangan").format(
            n=p.jumlah_kesenjangan)
    return QCoreApplication.translate("KompetensiTab", "Sesuai standar")


def _warna_pegawai(p: PegawaiKompetensi) -> tuple[str, str]:
    if not p.sudah_dinilai:
        return ABU
    return KUNING if p.jumlah_kesenjangan else HIJAU


class KompetensiTab(QWidget):
    """Pegawai list on the left, the competency editor on the right."""

    saved = Signal()
    list_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit_ids: set[uuid.UUID] | None = None
        self.current: EvaluasiKompetensiDTO | None = None
        self.list_job: JobHandle[list[PegawaiKompetensi]] | None = None
        self._list_loader = LatestJob(self)

        # --- pegawai list
        self.pegawai_model: DaftarModel[PegawaiKompetensi] = DaftarModel([
            Kolom(self.tr("Nama"), lambda p: p.nama, self.tr("Nama pegawai (dengan gelar)")),
            Kolom(self.tr("NIP"), lambda p: p.nip, self.tr("NIP 18 digit")),
            Kolom(self.tr("Status"), _status_pegawai,
                  self.tr("Belum dinilai (abu-abu), ada kesenjangan (kuning), atau sesuai "
                          "standar (hijau) pada tahun kerja."), _warna_pegawai),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.pegawai_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr(
            "Ketik sebagian nama atau NIP untuk menyaring daftar (contoh: Siti atau 19900101). "
            "Ctrl+F menuju kotak ini."))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)
        self.pegawai_view = QTableView()
        self.pegawai_view.setModel(self.proxy)
        self.pegawai_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pegawai_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pegawai_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pegawai_view.verticalHeader().hide()
        self.pegawai_view.verticalHeader().setDefaultSectionSize(24)
        self.pegawai_view.setWordWrap(False)
        header = self.pegawai_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 150)
        header.resizeSection(2, 110)
        self.pegawai_view.setToolTip(self.tr("Pilih pegawai untuk membuka evaluasi "
                                             "kompetensinya."))
        self.pegawai_view.selectionModel().currentRowChanged.connect(self._pegawai_chosen)
        self.pegawai_empty = QLabel()
        self.pegawai_empty.setWordWrap(True)
        self.pegawai_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pegawai_stack = QStackedWidget()
        self.pegawai_stack.addWidget(self.pegawai_view)
        self.pegawai_stack.addWidget(self.pegawai_empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.pegawai_stack, 1)

        # --- editor
        self.model = KompetensiModel(self)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.info = InfoBar()

        self.add_action = QAction(self.tr("Tambah baris"), self)
        self.add_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.add_action.setToolTip(self.tr(
            "Menambah satu kompetensi, misalnya kompetensi teknis jabatan (Ctrl+N)."))
        self.add_action.triggered.connect(self.add_line)
        self.remove_action = QAction(self.tr("Hapus baris"), self)
        self.remove_action.setToolTip(self.tr(
            "Menghapus kompetensi yang dipilih dari daftar (dapat diurungkan dengan Ctrl+Z)."))
        self.remove_action.triggered.connect(self.remove_line)
        self.default_action = QAction(self.tr("Isi daftar bawaan"), self)
        self.default_action.setToolTip(self.tr(
            "Mengganti daftar dengan 8 kompetensi manajerial dan 1 sosial kultural "
            "(PermenPANRB 38/2017), standar 3; lalu tambahkan kompetensi teknis."))
        self.default_action.triggered.connect(self.fill_default)
        self.undo_action = self.model.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(self.tr("Membatalkan perubahan terakhir (Ctrl+Z)"))
        self.redo_action = self.model.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Y"))
        self.redo_action.setToolTip(self.tr("Mengulangi perubahan yang dibatalkan (Ctrl+Y)"))
        self.save_action = QAction(self.tr("Simpan"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setToolTip(self.tr(
            "Menyimpan seluruh daftar kompetensi pegawai ini sekaligus (Ctrl+S)."))
        self.save_action.triggered.connect(self.save)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.remove_action, self.default_action,
                       self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.state_label = QLabel()
        self.state_label.setToolTip(self.tr("Apakah ada perubahan yang belum disimpan."))
        buttons.addWidget(self.state_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(KompetensiDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Tabel evaluasi kompetensi"))
        th = self.table.horizontalHeader()
        for col, width in ((COL_NO, 40), (COL_JENIS, 120), (COL_NAMA, 230), (COL_STANDAR, 70),
                           (COL_NILAI, 60), (COL_GAP, 95)):
            th.resizeSection(col, width)
        th.setSectionResizeMode(COL_CATATAN, QHeaderView.ResizeMode.Stretch)

        self.catatan = QLineEdit()
        self.catatan.setPlaceholderText(self.tr("Catatan umum (tidak wajib)"))
        self.catatan.setToolTip(self.tr(
            "Catatan penilai atas evaluasi kompetensi ini (contoh: disarankan mengikuti "
            "pelatihan komunikasi publik tahun depan)."))
        self.catatan.textEdited.connect(self._update_state)
        catatan_row = QHBoxLayout()
        catatan_label = QLabel(self.tr("C&atatan:"))
        catatan_label.setBuddy(self.catatan)
        catatan_row.addWidget(catatan_label)
        catatan_row.addWidget(self.catatan, 1)

        self.editor_empty = QLabel()
        self.editor_empty.setWordWrap(True)
        self.editor_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.subtitle)
        editor_layout.addWidget(self.info)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.table, 1)
        editor_layout.addLayout(catatan_row)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(editor)
        self.editor_stack.addWidget(self.editor_empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.model.undo_stack.indexChanged.connect(self._update_state)
        self.model.undo_stack.cleanChanged.connect(self._update_state)
        self._show_editor(None)

    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    # --- pegawai list ----------------------------------------------------------------------------
    def reload(self) -> JobHandle[list[PegawaiKompetensi]]:
        db, actor, tahun, units = self.ctx.db, self.ctx.actor, self.tahun, self.unit_ids
        keep = self.current.pegawai_id if self.current is not None else None

        def work(progress: JobProgress) -> list[PegawaiKompetensi]:
            del progress  # one query
            return daftar_pegawai(db, actor, tahun, unit_ids=units)

        def done(rows: list[PegawaiKompetensi]) -> None:
            self._show_list(rows, keep)

        def failed(exc: BaseException) -> None:
            self._show_list([], None)
            show_error(self, exc)

        self.list_job = self._list_loader.start(self.tr("Membaca daftar pegawai"), work, done,
                                                failed, show_dialog=False)
        return self.list_job

    def _show_list(self, rows: list[PegawaiKompetensi], keep: uuid.UUID | None) -> None:
        view = self.pegawai_view.selectionModel()
        view.blockSignals(True)
        self.pegawai_model.set_rows(rows)
        view.blockSignals(False)
        self.pegawai_empty.setText(self.tr(
            "Tidak ada pegawai pada pilihan unit ini yang evaluasi kompetensinya dapat Anda "
            "buka. Pilih unit lain di atas, atau tambahkan pegawai di halaman Pegawai."))
        self.pegawai_stack.setCurrentWidget(self.pegawai_view if rows else self.pegawai_empty)
        if keep is not None and not self.model.is_dirty():
            for i, p in enumerate(rows):
                if p.pegawai_id == keep:
                    self._select_row(i)
                    break
            else:
                self._show_editor(None)
        self.list_loaded.emit()

    def _select_row(self, source_row: int) -> None:
        index = self.proxy.mapFromSource(self.pegawai_model.index(source_row, 0))
        if index.isValid():
            self.pegawai_view.selectionModel().blockSignals(True)
            self.pegawai_view.setCurrentIndex(index)
            self.pegawai_view.selectionModel().blockSignals(False)

    def select_pegawai(self, pegawai_id: uuid.UUID) -> bool:
        """Opens the evaluation of ``pegawai_id`` (when he is in the list)."""
        for i, p in enumerate(self.pegawai_model.rows):
            if p.pegawai_id == pegawai_id:
                if not self._confirm_discard():
                    return False
                self._select_row(i)
                self.open(pegawai_id)
                return True
        return False

    def _pegawai_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.proxy.mapToSource(current).row()
        pegawai = self.pegawai_model.row_at(row)
        if self.current is not None and pegawai.pegawai_id == self.current.pegawai_id:
            return
        if not self._confirm_discard():
            self.pegawai_view.selectionModel().blockSignals(True)
            self.pegawai_view.setCurrentIndex(previous)
            self.pegawai_view.selectionModel().blockSignals(False)
            return
        self.open(pegawai.pegawai_id)

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan evaluasi kompetensi {nama} belum disimpan dan akan hilang. "
                    "Buang perubahan?").format(nama=self.current.pegawai.nama
                                               if self.current else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # --- editor ----------------------------------------------------------------------------------
    def open(self, pegawai_id: uuid.UUID) -> None:
        try:
            dto = get_evaluasi_kompetensi(self.ctx.db, self.ctx.actor, pegawai_id, self.tahun)
        except UserError as exc:
            self._show_editor(None)
            self.info.show_message(str(exc), "error")
            return
        self._show_editor(dto)

    def clear(self) -> None:
        """No pegawai open (after the working year changed)."""
        self._show_editor(None)
        self.pegawai_view.selectionModel().blockSignals(True)
        self.pegawai_view.clearSelection()
        self.pegawai_view.setCurrentIndex(QModelIndex())
        self.pegawai_view.selectionModel().blockSignals(False)

    def _show_editor(self, dto: EvaluasiKompetensiDTO | None) -> None:
        self.current = dto
        self.info.hide()
        if dto is None:
            self.model.load([], read_only=True)
            self.catatan.clear()
            self.editor_empty.setText(self.tr(
                "Pilih pegawai di daftar kiri untuk membuka evaluasi kompetensinya tahun "
                "{tahun} (formulir B.1.9, skala 1–5).").format(tahun=self.tahun))
            self.editor_stack.setCurrentWidget(self.editor_empty)
            self._update_state()
            return
        self.editor_stack.setCurrentIndex(0)
        self.model.load([r.as_input() for r in dto.items], read_only=not dto.boleh_ubah)
        self.catatan.setText(dto.catatan)
        self.catatan.setReadOnly(not dto.boleh_ubah)
        self.title.setText(self.tr("Evaluasi kompetensi {nama} — tahun {tahun}").format(
            nama=dto.pegawai.nama, tahun=dto.tahun))
        if dto.evaluasi_id is None:
            sub = self.tr("Belum dinilai. ")
            if dto.boleh_ubah:
                sub += self.tr("Mulai dari daftar bawaan (tombol \"Isi daftar bawaan\") atau "
                               "tambah baris, lalu isi nilai 1–5 dan simpan dengan Ctrl+S.")
        else:
            penilai = dto.penilai.nama if dto.penilai else self.tr("admin")
            sub = self.tr("Dinilai oleh {penilai} pada {tanggal}.").format(
                penilai=penilai, tanggal=tanggal(dto.tanggal) if dto.tanggal else "")
        if not dto.boleh_ubah:
            sub += " " + self.tr("Hanya dapat dilihat: yang mengisi adalah pejabat penilai "
                                 "kinerja pegawai ini dan admin.")
        self.subtitle.setText(sub)
        self._update_state()

    def is_dirty(self) -> bool:
        if self.current is None:
            return False
        return self.model.is_dirty() or self.catatan.text().strip() != self.current.catatan

    def _update_state(self) -> None:
        editable = self.current is not None and self.current.boleh_ubah
        for action in (self.add_action, self.default_action):
            action.setEnabled(editable)
        self.remove_action.setEnabled(editable and self.model.rowCount() > 0)
        dirty = self.is_dirty()
        self.save_action.setEnabled(editable and dirty)
        if dirty:
            self.state_label.setText(self.tr("● Belum disimpan"))
            self.state_label.setStyleSheet(f"color: {KUNING[1]}; font-weight: bold;")
        else:
            self.state_label.setText(self.tr("Tersimpan") if self.current is not None
                                     and self.current.evaluasi_id else "")
            self.state_label.setStyleSheet(f"color: {HIJAU[1]};")

    def add_line(self) -> None:
        if self.current is None or not self.current.boleh_ubah:
            return
        row = self.model.add_line()
        index = self.model.index(row, COL_NAMA)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_line(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_line(index.row())

    def fill_default(self) -> None:
        if self.current is None or not self.current.boleh_ubah:
            return
        self.model.replace_all(daftar_bawaan(), self.tr("Isi daftar bawaan"))

    def commit_editor(self) -> None:
        """Takes what is typed in a cell editor still open (Ctrl+S while typing)."""
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def save(self) -> bool:
        dto = self.current
        if dto is None or not dto.boleh_ubah:
            return False
        self.commit_editor()
        try:
            saved = simpan_evaluasi_kompetensi(
                self.ctx.db, self.ctx.actor, dto.pegawai_id, dto.tahun, self.model.items(),
                catatan=self.catatan.text(), expected_version=dto.version)
        except ConflictError as exc:
            # The edits stay on screen; reloading is the user's choice.
            self.info.show_message(str(exc), "error", self.tr("Muat ulang (buang perubahan)"),
                                   lambda: self.open(dto.pegawai_id))
            return False
        except UserError as exc:
            self.info.show_message(str(exc), "error")
            return False
        self._show_editor(saved)
        self.info.show_message(self.tr("Evaluasi kompetensi {nama} disimpan ({n} "
                                       "kompetensi, {g} kesenjangan).").format(
            nama=saved.pegawai.nama, n=len(saved.items), g=saved.jumlah_kesenjangan))
        self._refresh_row(saved)
        self.saved.emit()
        return True

    def _refresh_row(self, saved: EvaluasiKompetensiDTO) -> None:
        rows = list(self.pegawai_model.rows)
        for i, p in enumerate(rows):
            if p.pegawai_id == saved.pegawai_id:
                rows[i] = PegawaiKompetensi(p.pegawai_id, p.nip, p.nama, p.jabatan, p.unit,
                                            True, saved.jumlah_kesenjangan)
                self.pegawai_model.rows = rows
                self.pegawai_model.dataChanged.emit(self.pegawai_model.index(i, 0),
                                                    self.pegawai_model.index(i, 2))
                break

    def edit_cell(self, row: int, column: int, value: Any) -> bool:
        """Sets one cell as the delegate would (tests, keyboard macros)."""
        return self.model.setData(self.model.index(row, column), value)
