"""SKP page (SCREENS §7): the year's SKPs, the approval queue, the matriks peran hasil.

Three tabs over the working year (``ctx.tahun``):

- **Daftar SKP**: every SKP the account may see, filtered by unit (with its
  sub-units), status and name/NIP; Buat SKP (Ctrl+N), Excel export of the
  selection (or of everything shown) to a folder in the background, Excel
  import with a preview (also by dropping an .xlsx on the page).
- **Menunggu persetujuan** (penilai and admin): SKPs waiting for this
  account's approval; the count is in the tab title and the sidebar.
- **Matriks peran hasil** (penilai and admin): who supports which leader RHK.

Double-click or Enter opens the SKP editor (``gui.skp_editor.SkpEditor``) in
place of the tabs; "Kembali ke daftar" (Alt+Left) asks the editor to save first.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any, Protocol, cast

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.drops import first_xlsx
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.skp_list_model import (
    STATUS_COLORS,
    Column,
    SkpFilterProxy,
    SkpListModel,
    StatusTampil,
    status_tampil,
    status_text,
)
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.skp import SkpRingkas, list_skp
from kinerja_desktop.services.skp_workflow import antrian_persetujuan
from kinerja_desktop.services.unit_kerja import UnitDTO, descendants, list_units

SKP_COLUMNS = settings.Setting("skp/kolom", bytes, b"", "Lebar dan urutan kolom daftar SKP")
SKP_STATUS_FILTER = settings.Setting(
    "skp/filter_status", str, "", "Filter status SKP terakhir",
    choices=("", *(s.value for s in StatusTampil)))
SKP_UNIT_FILTER = settings.Setting("skp/filter_unit", str, "", "Filter unit SKP terakhir (id)")
SKP_OLD_VERSIONS = settings.Setting(
    "skp/versi_lama", bool, False, "Daftar SKP menampilkan versi lama")
SKP_EXPORT_DIR = settings.Setting("skp/folder_ekspor", str, "", "Folder ekspor SKP terakhir")

# Fits the 1,150 pixels a 1366-wide window leaves for the table (no horizontal scrolling).
DEFAULT_WIDTHS = {Column.NIP: 158, Column.NAMA: 185, Column.JABATAN: 160, Column.UNIT: 160,
                  Column.PENILAI: 160, Column.ISI: 66, Column.STATUS: 110, Column.DIUBAH: 90}

TAB_DAFTAR, TAB_ANTREAN, TAB_MATRIKS = "daftar", "antrean", "matriks"


class EditorLike(Protocol):
    """What the page needs of ``gui.skp_editor.SkpEditor`` (written separately)."""

    saved: SignalInstance
    status_changed: SignalInstance

    def load(self, skp_id: uuid.UUID) -> object: ...
    def is_dirty(self) -> bool: ...
    def maybe_save(self) -> bool: ...


def _heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class _OpenOnEnter(QObject):
    """Enter / Return on a table opens the current SKP (double-click does too)."""

    def __init__(self, page: SkpPage, table: QTableView) -> None:
        super().__init__(table)
        self._page = page
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            index = self._table.currentIndex()
            if index.isValid():
                self._page.open_index(self._table, index.row())
                return True
        return False


class SkpPage(QWidget):
    """Screen 7 "SKP": list, queue, matriks, and the editor in place."""

    queue_count_changed = Signal(int)
    list_loaded = Signal()  # the list's rows arrived from the background read
    skp_changed = Signal()  # an SKP was created, imported, saved or changed status

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        role = ctx.actor.role
        self.is_admin = role is Role.ADMIN
        self.has_queue = role in (Role.ADMIN, Role.PENILAI)
        self.has_matriks = role in (Role.ADMIN, Role.PENILAI)
        self.can_create = self.is_admin or ctx.actor.pegawai_id is not None
        self.setAcceptDrops(True)
        self.editor: QWidget | None = None
        self.import_dialog: QWidget | None = None
        self.export_job: JobHandle[Any] | None = None
        self.matriks: Any = None  # gui.matriks_model.MatriksView, built on first use
        self._units: list[UnitDTO] = []
        self._loaded = False
        self._queue_count = 0
        self.current_skp_id: uuid.UUID | None = None
        self.loading = False
        self.list_job: JobHandle[list[SkpRingkas]] | None = None
        self.queue_job: JobHandle[list[SkpRingkas]] | None = None
        self._list_loader = LatestJob(self)
        self._queue_loader = LatestJob(self)
        self.buat_dialog: QWidget | None = None

        self.list_page = self._make_list_page()
        self.editor_page = self._make_editor_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.editor_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.tahun.changed.connect(self._year_changed)
        self._update_titles()
        self.reload_queue()

    # ==== building ===========================================================================
    def _make_list_page(self) -> QWidget:
        page = QWidget()
        self.title = _heading("")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        self.new_action = QAction(self.tr("Buat SKP…"), page)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setToolTip(
            self.tr("Membuat SKP draf untuk seorang pegawai (Ctrl+N).") if self.is_admin else
            self.tr("Membuat SKP draf Anda sendiri (Ctrl+N)."))
        self.new_action.triggered.connect(self.new_skp)
        self.new_action.setEnabled(self.can_create)
        self.open_action = QAction(self.tr("Buka"), page)
        self.open_action.setToolTip(self.tr("Membuka SKP yang dipilih di editor (Enter atau "
                                            "klik ganda)."))
        self.open_action.triggered.connect(self.open_current)
        self.export_action = QAction(self.tr("Ekspor ke Excel…"), page)
        self.export_action.setToolTip(self.tr(
            "Menyimpan SKP yang dipilih (atau semua yang tampil bila tidak ada yang dipilih) "
            "sebagai buku kerja Excel, satu berkas per SKP, ke folder pilihan Anda."))
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = QAction(self.tr("Impor dari Excel…"), page)
        self.import_action.setToolTip(self.tr(
            "Membaca SKP dari buku kerja Excel hasil ekspor yang sudah diisi; pratinjau dan "
            "semua masalah ditampilkan sebelum apa pun disimpan. Anda juga dapat menyeret "
            "berkas .xlsx ke halaman ini."))
        self.import_action.triggered.connect(self.choose_import)
        self.find_action = QAction(self.tr("Cari"), page)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        for action in (self.new_action, self.find_action):
            # Window-wide while the list is visible: works right after choosing "SKP" in the
            # sidebar. Hidden (editor open, other page) = inactive, so no clash with Ctrl+N
            # of other pages.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            page.addAction(action)

        actions = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("baru", self.new_action), ("buka", self.open_action),
                            ("ekspor", self.export_action), ("impor", self.import_action)):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("skp_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setToolTip(self.tr("Jumlah SKP tahun ini per status (semua unit yang "
                                       "tampil)."))
        actions.addWidget(self.counts)

        # --- filters
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("skp_unit")
        self.unit_combo.setMinimumContentsLength(24)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setToolTip(self.tr(
            "Tampilkan SKP satu unit beserta sub-unitnya. Contoh: Sekretariat menampilkan juga "
            "Subbagian Umum dan Kepegawaian."))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("skp_status")
        self.status_combo.addItem(self.tr("Semua status"), "")
        for status in StatusTampil:
            self.status_combo.addItem(status_text(status), status.value)
        self.status_combo.setToolTip(self.tr(
            "Tampilkan hanya SKP dengan status ini. Contoh: Diajukan = menunggu persetujuan "
            "pejabat penilai."))
        self.old_check = QCheckBox(self.tr("Versi lama"))
        self.old_check.setToolTip(self.tr(
            "Tampilkan juga SKP yang sudah digantikan revisi atau ditutup karena mutasi."))
        self.search = QLineEdit()
        self.search.setObjectName("skp_cari")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr(
            "Ketik sebagian nama atau NIP. Contoh: budi, atau 19860926."))
        filters = QHBoxLayout()
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)
        unit_label.setToolTip(self.unit_combo.toolTip())
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        status_label.setToolTip(self.status_combo.toolTip())
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_combo, 2)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.old_check)
        filters.addSpacing(8)
        filters.addWidget(self.search, 2)
        show_unit = self.ctx.actor.role is not Role.PEGAWAI
        unit_label.setVisible(show_unit)
        self.unit_combo.setVisible(show_unit)

        self.info_bar = InfoBar()
        self.loading_bar = QProgressBar()
        self.loading_bar.setObjectName("skp_memuat")
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setTextVisible(False)
        self.loading_bar.setMaximumHeight(6)
        self.loading_bar.setToolTip(self.tr("Membaca daftar SKP…"))
        self.loading_bar.hide()

        # --- table and empty state
        self.model = SkpListModel(self)
        self.proxy = SkpFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table(self.proxy, "skp_table")
        header = self.table.horizontalHeader()
        saved = settings.get(SKP_COLUMNS)
        if not saved or not header.restoreState(saved):
            for col, width in DEFAULT_WIDTHS.items():
                header.resizeSection(col, width)
        header.sectionResized.connect(self._save_columns)
        header.sectionMoved.connect(self._save_columns)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("skp_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.empty_label.setFont(font)
        self.empty_new = QPushButton(self.tr("Buat SKP…"))
        self.empty_new.setToolTip(self.new_action.toolTip())
        self.empty_new.clicked.connect(self.new_skp)
        self.empty_import = QPushButton(self.tr("Impor dari Excel…"))
        self.empty_import.setToolTip(self.import_action.toolTip())
        self.empty_import.clicked.connect(self.choose_import)
        self.empty_clear = QPushButton(self.tr("Hapus filter"))
        self.empty_clear.setToolTip(self.tr("Menampilkan semua SKP tahun ini lagi."))
        self.empty_clear.clicked.connect(self.clear_filters)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_new)
        row.addWidget(self.empty_import)
        row.addWidget(self.empty_clear)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.empty = empty
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty)

        daftar = QWidget()
        daftar_layout = QVBoxLayout(daftar)
        daftar_layout.setContentsMargins(0, 6, 0, 0)
        daftar_layout.addLayout(actions)
        daftar_layout.addLayout(filters)
        daftar_layout.addWidget(self.info_bar)
        daftar_layout.addWidget(self.loading_bar)
        daftar_layout.addWidget(self.list_stack, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("skp_tabs")
        self.tabs.addTab(daftar, self.tr("Daftar SKP"))
        self.tabs.setTabToolTip(0, self.tr("Semua SKP tahun ini yang dapat Anda lihat."))
        self.tab_keys = [TAB_DAFTAR]
        self.queue_model = SkpListModel(self)
        self.queue_proxy = SkpFilterProxy(self)
        self.queue_proxy.setSourceModel(self.queue_model)
        if self.has_queue:
            self.queue_table = self._make_table(self.queue_proxy, "antrean_table")
            for col, width in DEFAULT_WIDTHS.items():
                self.queue_table.horizontalHeader().resizeSection(col, width)
            self.queue_table.setSortingEnabled(True)
            self.queue_empty = QLabel()
            self.queue_empty.setObjectName("antrean_kosong")
            self.queue_empty.setWordWrap(True)
            self.queue_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.queue_intro = QLabel(self.tr(
                "SKP yang diajukan kepada Anda. Buka satu SKP (Enter atau klik ganda) untuk "
                "memeriksa isinya, lalu <b>Setujui</b> atau <b>Kembalikan</b> dengan alasan."))
            self.queue_intro.setWordWrap(True)
            self.queue_stack = QStackedWidget()
            self.queue_stack.addWidget(self.queue_table)
            self.queue_stack.addWidget(self.queue_empty)
            antrean = QWidget()
            antrean_layout = QVBoxLayout(antrean)
            antrean_layout.setContentsMargins(0, 6, 0, 0)
            antrean_layout.addWidget(self.queue_intro)
            antrean_layout.addWidget(self.queue_stack, 1)
            self.tabs.addTab(antrean, "")
            self.tabs.setTabToolTip(1, self.tr(
                "SKP yang menunggu persetujuan Anda sebagai pejabat penilai kinerja."))
            self.tab_keys.append(TAB_ANTREAN)
        if self.has_matriks:
            self.matriks_holder = QWidget()
            QVBoxLayout(self.matriks_holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(self.matriks_holder, self.tr("Matriks peran hasil"))
            self.tabs.setTabToolTip(len(self.tab_keys), self.tr(
                "Siapa mendukung RHK pimpinan mana di sebuah unit; RHK pimpinan yang belum "
                "didukung ditandai."))
            self.tab_keys.append(TAB_MATRIKS)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

        wanted_status = settings.get(SKP_STATUS_FILTER)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(wanted_status)))
        self.proxy.set_status_filter(StatusTampil(wanted_status) if wanted_status else None)
        self.old_check.setChecked(settings.get(SKP_OLD_VERSIONS))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.old_check.toggled.connect(self._old_toggled)
        self.search.textChanged.connect(self._search_changed)
        self.proxy.rowsInserted.connect(self._update_empty_state)
        self.proxy.rowsRemoved.connect(self._update_empty_state)
        self.proxy.modelReset.connect(self._update_empty_state)
        self.proxy.layoutChanged.connect(self._update_empty_state)
        self._update_actions()
        return page

    def _make_table(self, model: SkpFilterProxy, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionsMovable(True)
        table.sortByColumn(Column.NAMA, Qt.SortOrder.AscendingOrder)
        table.doubleClicked.connect(lambda index: self.open_index(table, index.row()))
        table.installEventFilter(_OpenOnEnter(self, table))
        return table

    def _make_editor_page(self) -> QWidget:
        page = QWidget()
        self.back_button = QPushButton(self.tr("‹ Kembali ke daftar"))
        self.back_button.setObjectName("kembali_ke_daftar")
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(self.tr(
            "Kembali ke daftar SKP (Alt+←). Bila ada perubahan yang belum disimpan, Anda "
            "ditanya lebih dulu."))
        self.back_button.clicked.connect(self.back_to_list)
        self.editor_title = QLabel()
        self.editor_title.setObjectName("editor_judul")
        self.editor_title.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.editor_title, 1)
        self.editor_layout = QVBoxLayout(page)
        self.editor_layout.setContentsMargins(6, 6, 6, 0)
        self.editor_layout.addLayout(top)
        return page

    # ==== loading ============================================================================
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload_list()

    def reload(self) -> None:
        """F5: reads the list, the queue, the matriks and the open SKP again."""
        self._reload_units()
        self.reload_list()
        self.reload_queue()
        if self.matriks is not None:
            self.matriks.reload_units()
        editor = self.editor_widget()
        if editor is not None and self.editor_open() and self.current_skp_id is not None:
            again = getattr(editor, "reload", None)
            if callable(again):
                again()  # asks before dropping unsaved edits
            elif editor.maybe_save():
                editor.load(self.current_skp_id)

    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def _unit_scope(self) -> list[uuid.UUID] | None:
        unit_id = combo_unit(self.unit_combo)
        if unit_id is None:
            return None
        return [u.id for u in self._units if u.id == unit_id or u.id in
                descendants(self._units, unit_id)]

    def reload_list(self, select: uuid.UUID | None = None) -> JobHandle[list[SkpRingkas]]:
        """Reads the year's SKPs in the background (an office may have thousands); the table
        keeps its rows until they arrive, then keeps the selection (or selects ``select``)."""
        self._loaded = True
        # Stale from here on: reading the units may show an error box, whose event loop
        # would otherwise let the old list arrive.
        self._list_loader.invalidate()
        keep = {select} if select is not None else set(self.selected_ids())
        if self.unit_combo.count() == 0:
            self._reload_units()
        scope = self._unit_scope()
        db, actor, tahun = self.ctx.db, self.ctx.actor, self.tahun
        old = self.old_check.isChecked()

        def work(progress: JobProgress) -> list[SkpRingkas]:
            del progress  # one query
            return list_skp(db, actor, tahun, semua_versi=old, unit_ids=scope)

        def done(rows: list[SkpRingkas]) -> None:
            self._show_rows(rows, keep)

        def failed(exc: BaseException) -> None:
            self._show_rows([], set())
            show_error(self, exc)

        self.loading = True
        self.loading_bar.show()
        self._update_empty_state()
        self.list_job = self._list_loader.start(self.tr("Membaca daftar SKP"), work, done,
                                                failed, show_dialog=False)
        return self.list_job

    def _show_rows(self, rows: list[SkpRingkas], keep: set[uuid.UUID]) -> None:
        self.loading = False
        self.loading_bar.hide()
        self.model.set_rows(rows)
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        first = True
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id not in keep:
                continue
            if first:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                first = False
            else:
                self.table.selectionModel().select(
                    self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._update_counts()
        self._update_empty_state()
        self._update_actions()
        self.list_loaded.emit()

    def _reload_units(self) -> None:
        keep = combo_unit(self.unit_combo)
        if keep is None and self.unit_combo.count() == 0 and \
                self.ctx.actor.role is not Role.PEGAWAI:
            saved = settings.get(SKP_UNIT_FILTER)
            try:
                keep = uuid.UUID(saved) if saved else None
            except ValueError:
                keep = None
        try:
            self._units = list_units(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            self._units = []
        fill_unit_combo(self.unit_combo, self._units, self.tr("Semua unit"), keep)

    def reload_queue(self) -> JobHandle[list[SkpRingkas]] | None:
        """Reads the SKPs waiting for this account's approval, in the background."""
        if not self.has_queue:
            return None
        db, actor, tahun = self.ctx.db, self.ctx.actor, self.tahun

        def work(progress: JobProgress) -> list[SkpRingkas]:
            return antrian_persetujuan(db, actor, tahun)

        def failed(exc: BaseException) -> None:
            self._show_queue([])
            show_error(self, exc)

        self.queue_job = self._queue_loader.start(self.tr("Membaca antrean persetujuan"), work,
                                                  self._show_queue, failed, show_dialog=False)
        return self.queue_job

    def _show_queue(self, rows: list[SkpRingkas]) -> None:
        self.queue_model.set_rows(rows)
        self.queue_proxy.sort(self.queue_proxy.sortColumn(), self.queue_proxy.sortOrder())
        self._queue_count = len(rows)
        self.queue_empty.setText(self.tr(
            "Tidak ada SKP tahun {tahun} yang menunggu persetujuan Anda. SKP muncul di sini "
            "setelah pegawai yang Anda nilai menekan Ajukan.").format(tahun=self.tahun))
        self.queue_stack.setCurrentWidget(self.queue_table if rows else self.queue_empty)
        self._update_titles()
        self.queue_count_changed.emit(len(rows))

    @property
    def queue_count(self) -> int:
        return self._queue_count

    def _update_titles(self) -> None:
        self.title.setText(self.tr("SKP tahun {tahun}").format(tahun=self.tahun))
        if self.is_admin:
            text = self.tr("Sasaran Kinerja Pegawai seluruh kantor: susun, periksa "
                           "kelengkapan, ajukan, tetapkan.")
        elif self.ctx.actor.role is Role.PENILAI:
            text = self.tr("SKP Anda dan SKP pegawai yang Anda nilai. Periksa tab "
                           "\"Menunggu persetujuan\" untuk SKP yang harus Anda setujui.")
        else:
            text = self.tr("SKP Anda: susun Rencana Hasil Kerja dan indikatornya, lalu ajukan "
                           "ke pejabat penilai.")
        self.subtitle.setText(text)
        if self.has_queue:
            index = self.tab_keys.index(TAB_ANTREAN)
            n = self._queue_count
            self.tabs.setTabText(index, self.tr("Menunggu persetujuan ({n})").format(n=n)
                                 if n else self.tr("Menunggu persetujuan"))

    def _update_counts(self) -> None:
        counts = Counter(status_tampil(r) for r in self.model.rows)
        parts = []
        for status in StatusTampil:
            if counts.get(status):
                color = STATUS_COLORS[status][0].name()
                parts.append(f"<span style='color:{color}'>{status_text(status)} "
                             f"<b>{counts[status]}</b></span>")
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        lead = (self.tr("{n} SKP").format(n=total) if shown == total else
                self.tr("{shown} dari {total} SKP").format(shown=shown, total=total))
        self.counts.setText(lead + (" · " + " · ".join(parts) if parts else ""))

    def _update_empty_state(self, *args: object) -> None:
        if not shiboken6.isValid(self):
            return
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.list_stack.setCurrentWidget(self.table if shown else self.empty)
        filtered = total > 0 or self._filters_active()
        if self.loading and not shown:
            self.empty_label.setText(self.tr("Membaca SKP tahun {tahun}…").format(
                tahun=self.tahun))
            for button in (self.empty_new, self.empty_import, self.empty_clear):
                button.hide()
            return
        if filtered and not shown:
            self.empty_label.setText(self.tr(
                "Tidak ada SKP tahun {tahun} yang cocok dengan filter. Hapus filter untuk "
                "melihat semuanya.").format(tahun=self.tahun))
        elif self.is_admin:
            self.empty_label.setText(self.tr(
                "Belum ada SKP tahun {tahun}. Buat SKP untuk pegawai dengan tombol di bawah, "
                "atau impor buku kerja Excel SKP.").format(tahun=self.tahun))
        elif self.ctx.actor.role is Role.PENILAI:
            self.empty_label.setText(self.tr(
                "Belum ada SKP tahun {tahun}. Buat SKP Anda sendiri; SKP pegawai yang Anda "
                "nilai muncul di sini setelah mereka membuatnya.").format(tahun=self.tahun))
        else:
            self.empty_label.setText(self.tr(
                "Anda belum memiliki SKP tahun {tahun}. Buat SKP Anda sekarang, lalu isi "
                "Rencana Hasil Kerja dan indikatornya.").format(tahun=self.tahun))
        self.empty_new.setVisible(not filtered and self.can_create)
        self.empty_import.setVisible(not filtered)
        self.empty_clear.setVisible(filtered)
        self._update_counts()

    def _filters_active(self) -> bool:
        return bool(combo_unit(self.unit_combo) or self.proxy.status_filter is not None
                    or self.proxy.search_text)

    # ==== filters ============================================================================
    def _unit_changed(self, index: int) -> None:
        unit_id = combo_unit(self.unit_combo)
        settings.set(SKP_UNIT_FILTER, str(unit_id) if unit_id else "")
        self.reload_list()

    def _status_changed(self, index: int) -> None:
        value = str(self.status_combo.currentData() or "")
        settings.set(SKP_STATUS_FILTER, value)
        status = StatusTampil(value) if value else None
        if status is StatusTampil.DIGANTIKAN and not self.old_check.isChecked():
            self.old_check.setChecked(True)  # old versions are needed to show them
        self.proxy.set_status_filter(status)
        self._update_empty_state()

    def _old_toggled(self, on: bool) -> None:
        settings.set(SKP_OLD_VERSIONS, on)
        self.reload_list()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_empty_state()

    def set_search_text(self, text: str) -> None:
        self.search.setText(text)

    def clear_filters(self) -> None:
        self.search.clear()
        self.status_combo.setCurrentIndex(0)
        if self.unit_combo.currentIndex() != 0:
            self.unit_combo.setCurrentIndex(0)  # reloads

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _save_columns(self, *args: object) -> None:
        settings.set(SKP_COLUMNS, bytes(self.table.horizontalHeader().saveState().data()))

    # ==== selection and opening ==============================================================
    def selected_rows(self) -> list[SkpRingkas]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.row_at(r) for r in rows]

    def selected_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.selected_rows()]

    def _update_actions(self, *args: object) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.open_action.setEnabled(has)
        self.export_action.setEnabled(self.proxy.rowCount() > 0)
        self.new_action.setEnabled(self.can_create)

    def open_current(self) -> None:
        table = self.table
        if self.tab_keys[self.tabs.currentIndex()] == TAB_ANTREAN:
            table = self.queue_table
        index = table.currentIndex()
        if index.isValid():
            self.open_index(table, index.row())

    def open_index(self, table: QTableView, proxy_row: int) -> None:
        model = table.model()
        assert isinstance(model, SkpFilterProxy)
        if 0 <= proxy_row < model.rowCount():
            row = model.row_at(proxy_row)
            self.open_skp(row.id, row)

    def editor_widget(self) -> EditorLike | None:
        return cast(EditorLike, self.editor) if self.editor is not None else None

    def open_skp(self, skp_id: uuid.UUID, row: SkpRingkas | None = None) -> bool:
        """Shows ``skp_id`` in the editor (the editor is built on first use)."""
        editor = self.editor_widget()
        if editor is not None and self.stack.currentWidget() is self.editor_page and \
                not editor.maybe_save():
            return False
        try:
            if editor is None:
                from kinerja_desktop.gui.skp_editor import SkpEditor

                widget = SkpEditor(self.ctx, skp_id)
                self.editor = widget
                self.editor_layout.addWidget(widget, 1)
                editor = cast(EditorLike, widget)
                editor.saved.connect(self._editor_saved)
                editor.status_changed.connect(self._editor_status_changed)
            else:
                editor.load(skp_id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.current_skp_id = skp_id
        if row is None:
            row = next((r for r in (*self.model.rows, *self.queue_model.rows)
                        if r.id == skp_id), None)
        where = self.tr("SKP tahun {tahun}").format(tahun=row.tahun if row else self.tahun)
        self.editor_title.setText(f"<b>{_html(row.nama)}</b> — {where}" if row else
                                  f"<b>{where}</b>")
        self.stack.setCurrentWidget(self.editor_page)
        return True

    def back_to_list(self) -> bool:
        editor = self.editor_widget()
        if editor is not None and not editor.maybe_save():
            return False
        self.stack.setCurrentWidget(self.list_page)
        self.reload_list(select=self.current_skp_id)
        self.reload_queue()
        self.table.setFocus()
        return True

    def editor_open(self) -> bool:
        return self.stack.currentWidget() is self.editor_page

    def may_close(self) -> bool:
        """Before the window closes: the editor may want to save."""
        editor = self.editor_widget()
        return editor is None or not self.editor_open() or editor.maybe_save()

    def _editor_saved(self, skp_id: object) -> None:
        self.skp_changed.emit()

    def _editor_status_changed(self, skp_id: object) -> None:
        if isinstance(skp_id, uuid.UUID):
            self.current_skp_id = skp_id  # a revision is a new SKP
        self.reload_queue()
        self.skp_changed.emit()

    # ==== tabs and year =====================================================================
    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys) and self.tab_keys[index] == TAB_MATRIKS:
            self.ensure_matriks()

    def ensure_matriks(self) -> Any:
        if self.matriks is None and self.has_matriks:
            from kinerja_desktop.gui.matriks_model import MatriksView

            self.matriks = MatriksView(self.ctx)
            layout = self.matriks_holder.layout()
            assert layout is not None
            layout.addWidget(self.matriks)
        return self.matriks

    def show_tab(self, key: str) -> bool:
        if key not in self.tab_keys:
            return False
        if self.editor_open() and not self.back_to_list():
            return False
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        return True

    def show_matriks(self, unit_id: uuid.UUID) -> bool:
        """Opens the matriks tab on ``unit_id`` (from the Unit Kerja page)."""
        if not self.show_tab(TAB_MATRIKS):
            return False
        view = self.ensure_matriks()
        view.show_unit(unit_id)
        return True

    def _year_changed(self, tahun: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_titles()
        if self._loaded:
            self.reload_list()
        self.reload_queue()

    # ==== create =============================================================================
    def new_skp(self) -> None:
        if not self.can_create:
            return
        if self.editor_open() and not self.back_to_list():
            return
        from kinerja_desktop.gui.skp_buat_dialog import BuatSkpDialog

        dialog = BuatSkpDialog(self.ctx, self.tahun, self)
        self.buat_dialog = dialog
        try:
            dialog.exec()
            created, existing = dialog.created_id, dialog.open_id
        finally:
            dialog.deleteLater()
            self.buat_dialog = None
        if created is not None:
            self.reload_list()
            self.skp_changed.emit()
            self.info_bar.show_message(self.tr("SKP draf dibuat. Isi Rencana Hasil Kerja dan "
                                               "indikatornya, lalu ajukan."))
            self.open_skp(created)
        elif existing is not None:
            self.open_skp(existing)

    # ==== Excel ==============================================================================
    def _start_dir(self, setting: settings.Setting[str]) -> str:
        saved = settings.get(setting)
        if saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)

    def export_ids(self) -> list[uuid.UUID]:
        """The selected SKPs, or every SKP shown when nothing is selected."""
        return self.selected_ids() or self.proxy.visible_ids()

    def choose_export(self) -> None:
        ids = self.export_ids()
        if not ids:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk {n} buku kerja SKP").format(n=len(ids)),
            self._start_dir(SKP_EXPORT_DIR))
        if folder:
            self.export_to(Path(folder), ids)

    def export_to(self, folder: Path, ids: list[uuid.UUID]) -> JobHandle[list[Path]]:
        """Writes one workbook per SKP into ``folder`` in the background (progress, Batal)."""
        from kinerja_desktop.services.skp_excel import export_skp_many

        settings.set(SKP_EXPORT_DIR, str(folder))
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: JobProgress) -> list[Path]:
            try:
                paths = export_skp_many(db, actor, ids, folder, progress=progress.report,
                                        cancelled=progress.is_cancelled)
            except UserError:
                progress.check_cancel()  # Batal pressed: reported as cancelled
                raise
            progress.check_cancel()
            return paths

        def done(paths: list[Path]) -> None:
            if shiboken6.isValid(self):
                self.info_bar.show_message(self.tr(
                    "{n} buku kerja SKP disimpan di {folder}.").format(n=len(paths),
                                                                       folder=str(folder)))

        def cancelled() -> None:
            if shiboken6.isValid(self):
                self.info_bar.show_message(self.tr(
                    "Ekspor dibatalkan. Berkas yang sudah selesai tetap ada di {folder}."
                ).format(folder=str(folder)), "warning")

        self.export_job = run_job(
            self, self.tr("Mengekspor {n} SKP ke Excel").format(n=len(ids)), work, done,
            on_cancel=cancelled)
        return self.export_job

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor SKP dari Excel"), self._start_dir(SKP_EXPORT_DIR),
            self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path) -> QWidget | None:
        """Opens the import preview of ``path`` (checking runs in the background)."""
        if self.editor_open() and not self.back_to_list():
            return None
        from kinerja_desktop.gui.skp_import_dialog import SkpImportDialog

        settings.set(SKP_EXPORT_DIR, str(path.parent))
        dialog = SkpImportDialog(self.ctx, path, self.tahun, self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, skp_id: uuid.UUID) -> None:
        if not shiboken6.isValid(self):
            return
        self.reload_list(select=skp_id)
        self.reload_queue()
        self.skp_changed.emit()
        self.info_bar.show_message(self.tr("SKP diimpor dari Excel."), "info",
                                   self.tr("Buka"), lambda: self._open_imported(skp_id))

    def _open_imported(self, skp_id: uuid.UUID) -> None:
        self.open_skp(skp_id)

    # ==== drag and drop ======================================================================
    xlsx_in = staticmethod(first_xlsx)

    def drop_mime(self, mime: QMimeData) -> bool:
        path = self.xlsx_in(mime)
        if path is None:
            return False
        self.start_import(path)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.xlsx_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.xlsx_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.xlsx_in(event.mimeData()) is not None:
            event.acceptProposedAction()
            self.drop_mime(event.mimeData())
        else:
            event.ignore()

    # ==== help ===============================================================================
    def help_text(self) -> str:
        return self.tr(
            "<h3>SKP</h3>"
            "<p>Sasaran Kinerja Pegawai tahun yang dipilih di bilah atas (<b>Tahun</b>).</p>"
            "<ul><li><b>Daftar SKP</b>: saring per unit (beserta sub-unitnya), status, atau "
            "ketik nama/NIP di kotak Cari (Ctrl+F). Status ditulis dan diberi warna: Draf "
            "(abu-abu), Diajukan (kuning), Ditetapkan (hijau), Dikembalikan (merah), "
            "Digantikan (ungu).</li>"
            "<li><b>Ctrl+N</b>: buat SKP baru · <b>Enter</b> atau klik ganda: buka di editor · "
            "<b>Alt+←</b>: kembali ke daftar · <b>F5</b>: muat ulang.</li>"
            "<li><b>Menunggu persetujuan</b>: SKP yang diajukan kepada Anda; buka lalu Setujui "
            "atau Kembalikan dengan alasan.</li>"
            "<li><b>Matriks peran hasil</b>: RHK pimpinan dan siapa yang mendukungnya; baris "
            "\"Belum didukung\" perlu diintervensi bawahan.</li></ul>"
            "<p><b>Ekspor ke Excel</b> menyimpan satu buku kerja per SKP (yang dipilih, atau "
            "semua yang tampil). <b>Impor dari Excel</b> (atau seret berkas .xlsx ke halaman "
            "ini) menampilkan pratinjau dan setiap masalah per baris dan kolom; tidak ada yang "
            "disimpan sampai semuanya diperbaiki.</p>")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

