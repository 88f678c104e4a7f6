"""Pegawai page (SCREENS §5): the table with live search, a detail pane, Excel in and out.

The first ``page_size`` rows are read synchronously so the table fills at once;
the rest arrive in background chunks (``gui.jobs.LatestJob`` without a dialog, a
small bar under the table shows the progress) and are appended to the model.
What the first paint of the table does not need waits until it has happened:
the detail pane (the edit form and its tabs) is built just after it (or when
first used), and the background reads start then too.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

import shiboken6
from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMetaMethod,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import NotFoundError, UserError
from kinerja_desktop.domain.nip import format_nip, normalize_nip
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.drops import first_xlsx
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.pegawai_form import PegawaiForm
from kinerja_desktop.gui.pegawai_model import (
    IdRole,
    PegawaiFilterProxy,
    PegawaiTableModel,
    PenugasanTableModel,
    StatusFilter,
    row_from_detail,
    status_text,
    tanggal,
)
from kinerja_desktop.gui.pegawai_riwayat_tab import PegawaiRiwayatTab
from kinerja_desktop.gui.pegawai_skp_tab import PegawaiSkpTab
from kinerja_desktop.services.kop_surat import baca_gambar_file, set_spesimen_ttd
from kinerja_desktop.services.pegawai import (
    PegawaiDetail,
    PegawaiRow,
    PenilaiInfo,
    count_pegawai,
    delete_pegawai,
    find_pegawai_by_nip,
    get_pegawai,
    list_pegawai,
    penilai_on,
    restore_pegawai,
)
from kinerja_desktop.services.pegawai_lookup import JabatanOption, list_jabatan
from kinerja_desktop.services.penugasan import (
    PenugasanDTO,
    PenugasanInput,
    delete_penugasan,
    list_penugasan,
    save_penugasan,
)
from kinerja_desktop.services.unit_kerja import UnitDTO, descendants, list_units

PEGAWAI_COLUMNS = settings.Setting(
    "pegawai/kolom", bytes, b"", "Lebar dan urutan kolom tabel Pegawai")
PEGAWAI_SPLITTER = settings.Setting(
    "pegawai/pembagi", bytes, b"", "Lebar panel halaman Pegawai")
PEGAWAI_STATUS_FILTER = settings.Setting(
    "pegawai/filter_status", str, StatusFilter.SEMUA.value, "Filter status pegawai terakhir",
    choices=tuple(s.value for s in StatusFilter))

DEFAULT_WIDTHS = (165, 230, 190, 70, 170, 170, 80)
NO_UNIT = "__tanpa_unit__"
# Start the background load at the latest this long after the page was shown, even if
# its table has not painted yet (e.g. a window that is minimised or covered).
FIRST_PAINT_WAIT_MS = 500

P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class _Initial:
    """What the first background read brings: lists for the combos, the count, a chunk."""

    units: list[UnitDTO]
    jabatan: list[JabatanOption]
    total: int | None
    rows: list[PegawaiRow]


class _DetailPart(Generic[P]):
    """A widget (or model) of the Pegawai page's detail pane, built on first use.

    The pane (the edit form from a .ui file, the tabs, the Plt/Plh table) is not
    needed for the first paint of the table, so ``PegawaiPage`` builds it after
    that paint or when something first touches one of these attributes.
    """

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._slot = f"_detail_part_{name}"

    @overload
    def __get__(self, page: None, owner: type[Any]) -> _DetailPart[P]: ...
    @overload
    def __get__(self, page: PegawaiPage, owner: type[Any]) -> P: ...

    def __get__(self, page: PegawaiPage | None, owner: type[Any]) -> P | _DetailPart[P]:
        if page is None:
            return self
        found: P | None = page.__dict__.get(self._slot)
        if found is None:
            page.ensure_detail()
            found = page.__dict__.get(self._slot)
            if found is None:
                raise AttributeError(f"{self._slot[len('_detail_part_'):]} is not built yet")
        return found

    def __set__(self, page: PegawaiPage, value: P) -> None:
        page.__dict__[self._slot] = value


class InfoBar(QFrame):
    """A one-line message over the table, with an optional action (e.g. Urungkan)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("info_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.hide()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Tutup pesan ini"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._callback: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run)
        self.hide()

    def show_message(self, text: str, level: str = "info", action: str = "",
                     callback: Callable[[], None] | None = None) -> None:
        colors = {"info": ("#e6f4ea", "#1b6e2e"), "warning": ("#fff4ce", "#8a6d00"),
                  "error": ("#fde7e4", "#b3261e")}
        bg, fg = colors.get(level, colors["info"])
        self.setStyleSheet(f"QFrame#info_bar {{ background: {bg}; border: 1px solid {fg}; }}"
                           f"QFrame#info_bar QLabel {{ color: {fg}; }}")
        self.label.setText(text)
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action and callback))
        self.show()

    def _run(self) -> None:
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()


class FormScrollArea(QScrollArea):
    """Scrolls only vertically; the form always gets exactly the viewport's width.

    (With word-wrapped labels inside, QScrollArea may size the form for the width
    before its vertical scroll bar appeared, cutting off the right edge.)
    """

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self):
            widget = self.widget()
            width = self.viewport().width()
            if widget is not None and widget.width() != width:
                widget.setFixedWidth(width)
            # Qt may leave the scroll bar shown with an empty range after the pane was
            # hidden; re-running the scroll area's layout settles it.
            QTimer.singleShot(0, self._relayout)
        return super().viewportEvent(event)

    def _relayout(self) -> None:
        if shiboken6.isValid(self):
            self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy())


class PenugasanDialog(QDialog):
    """Adds a Plt/Plh assignment in which the selected pegawai acts or is replaced."""

    def __init__(self, ctx: AppContext, pegawai: PegawaiDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pegawai = pegawai
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Tambah Plt/Plh"))
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

        intro = QLabel(self.tr(
            "Plt (Pelaksana Tugas) atau Plh (Pelaksana Harian) menjalankan tugas seorang "
            "pejabat untuk rentang tanggal; selama itu dialah yang menilai bawahan pejabat "
            "tersebut."))
        intro.setWordWrap(True)
        self.peran = QComboBox()
        self.peran.addItem(self.tr("Pegawai ini berhalangan dan digantikan"), "digantikan")
        self.peran.addItem(self.tr("Pegawai ini menjadi Plt/Plh"), "pelaksana")
        self.peran.setToolTip(self.tr(
            "Pilih apakah {nama} adalah pejabat yang digantikan, atau yang menggantikan."
        ).format(nama=pegawai.nama_lengkap))
        self.jenis = QComboBox()
        self.jenis.addItem(self.tr("Plt (Pelaksana Tugas)"), JenisPenugasan.PLT.value)
        self.jenis.addItem(self.tr("Plh (Pelaksana Harian)"), JenisPenugasan.PLH.value)
        self.jenis.setToolTip(self.tr(
            "Plt: jabatan kosong atau pejabat berhalangan lama (contoh: 3 bulan). "
            "Plh: berhalangan sementara (contoh: cuti 2 minggu)."))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("contoh 197501012000031002"))
        self.nip.setToolTip(self.tr(
            "NIP pegawai lain dalam penugasan ini, 18 digit, contoh 197501012000031002."))
        self.nip_nama = QLabel()
        self.nip_nama.setWordWrap(True)
        self.nip.textChanged.connect(self._lookup)
        self.mulai = QDateEdit(QDate.currentDate())
        self.mulai.setCalendarPopup(True)
        self.mulai.setDisplayFormat("d MMMM yyyy")
        self.mulai.setLocale(self._locale)
        self.mulai.setToolTip(self.tr("Tanggal mulai berlaku, contoh 1 Maret 2026."))
        self.terbuka = QCheckBox(self.tr("Sampai ada keputusan lain"))
        self.terbuka.setChecked(True)
        self.selesai = QDateEdit(QDate.currentDate().addMonths(1))
        self.selesai.setCalendarPopup(True)
        self.selesai.setDisplayFormat("d MMMM yyyy")
        self.selesai.setLocale(self._locale)
        self.selesai.setEnabled(False)
        self.selesai.setToolTip(self.tr("Tanggal terakhir berlaku, contoh 31 Maret 2026."))
        self.terbuka.toggled.connect(self._terbuka_toggled)
        self.keterangan = QLineEdit()
        self.keterangan.setPlaceholderText(self.tr("contoh: SPT Nomor 800/123/2026"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Peran"), self.peran)
        form.addRow(self.tr("Jenis"), self.jenis)
        form.addRow(self.tr("NIP pegawai lain"), self.nip)
        form.addRow("", self.nip_nama)
        form.addRow(self.tr("Mulai"), self.mulai)
        form.addRow(self.tr("Selesai"), self.terbuka)
        form.addRow("", self.selesai)
        form.addRow(self.tr("Keterangan"), self.keterangan)
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
        self.setMinimumWidth(460)

    def _terbuka_toggled(self, on: bool) -> None:
        self.selesai.setEnabled(not on)

    def _lookup(self, text: str) -> None:
        digits = normalize_nip(text)
        if len(digits) != 18:
            self.nip_nama.setText("")
            return
        try:
            other = find_pegawai_by_nip(self.ctx.db, self.ctx.actor, digits)
        except UserError as exc:
            self.nip_nama.setText(str(exc))
            self.nip_nama.setStyleSheet("color: #b3261e;")
            return
        self.nip_nama.setText(other.nama_lengkap)
        self.nip_nama.setStyleSheet("color: #1b6e2e;")

    def accept(self) -> None:
        self.error.hide()
        try:
            other = find_pegawai_by_nip(self.ctx.db, self.ctx.actor, self.nip.text())
        except UserError as exc:
            self._fail(str(exc))
            return
        if other.id == self.pegawai.id:
            self._fail(self.tr("Pegawai lain tidak boleh pegawai ini sendiri."))
            return
        is_pelaksana = self.peran.currentData() == "pelaksana"
        pelaksana = self.pegawai.id if is_pelaksana else other.id
        digantikan = other.id if is_pelaksana else self.pegawai.id
        mulai = self.mulai.date().toPython()
        selesai = None if self.terbuka.isChecked() else self.selesai.date().toPython()
        assert isinstance(mulai, dt.date)
        assert selesai is None or isinstance(selesai, dt.date)
        data = PenugasanInput(
            JenisPenugasan(str(self.jenis.currentData())), pelaksana, digantikan,
            mulai, selesai, self.keterangan.text().strip() or None)
        try:
            self.saved_id = save_penugasan(self.ctx.db, self.ctx.actor, data)
        except UserError as exc:
            self._fail(str(exc))
            return
        super().accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class PegawaiPage(QWidget):
    """Screen 5 "Pegawai"."""

    pegawai_changed = Signal()  # something was saved, deleted, restored or imported
    loading_finished = Signal()
    demo_requested = Signal()
    skp_requested = Signal(object)  # open this SKP on the SKP page

    PAGE_SIZE = 100  # rows read synchronously (more than a 4K-high table shows) at once
    CHUNK_SIZE = 25_000  # rows per background read after that

    # The detail pane, built after the table's first paint (or on first use).
    detail_title = _DetailPart[QLabel]()
    detail_subtitle = _DetailPart[QLabel]()
    form = _DetailPart[PegawaiForm]()
    form_scroll = _DetailPart[QScrollArea]()
    tabs = _DetailPart[QTabWidget]()
    save_button = _DetailPart[QToolButton]()
    delete_button = _DetailPart[QToolButton]()
    undo_button = _DetailPart[QToolButton]()
    redo_button = _DetailPart[QToolButton]()
    dirty_label = _DetailPart[QLabel]()
    penilai_label = _DetailPart[QLabel]()
    atasan_label = _DetailPart[QLabel]()
    penugasan_model = _DetailPart[PenugasanTableModel]()
    penugasan_table = _DetailPart[QTableView]()
    no_penugasan = _DetailPart[QLabel]()
    add_plt_button = _DetailPart[QPushButton]()
    remove_plt_button = _DetailPart[QPushButton]()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = ctx.actor.role is Role.ADMIN
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self.page_size = self.PAGE_SIZE
        self.chunk_size = self.CHUNK_SIZE
        self.first_rows_ms = 0.0
        self._loader = LatestJob(self)  # the units, then the rest of the rows in chunks
        self._loading = False
        self._total: int | None = None
        self._units: list[UnitDTO] = []
        self._jabatan: list[JabatanOption] | None = None
        self._detail_built = False
        self._painted = False  # the table has painted rows once
        # (offset,) of a background load that waits for that paint; offset None: no more rows
        self._pending_load: tuple[int | None] | None = None
        self._deleted: tuple[PegawaiRow, int] | None = None
        self._penilai_loader = LatestJob(self)
        self.import_dialog: QDialog | None = None
        self.confirm_delete: Callable[[PegawaiRow], bool] = self._ask_delete
        self.confirm_discard: Callable[[], bool | None] = self._ask_discard
        # Which pegawai each lazily read tab (SKP, Riwayat) shows, by id(tab).
        self._tab_for: dict[int, uuid.UUID | None] = {}

        self.model = PegawaiTableModel(self)
        self.proxy = PegawaiFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build()
        self._restore_settings()
        self.setAcceptDrops(True)
        self._apply_role()
        self.reload()

    # ==== building ========================================================================
    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot: Callable[[], Any],
                   tip: str) -> QAction:
            act = QAction(text, self)
            act.setIconText(text)  # keep the "…": it says a dialog follows
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("Baru"), "Ctrl+N", self.new_pegawai,
                                 self.tr("Membuat data pegawai baru (Ctrl+N)"))
        self.save_action = action(self.tr("Simpan"), "Ctrl+S", self.save,
                                  self.tr("Menyimpan perubahan data pegawai (Ctrl+S)"))
        self.delete_action = action(self.tr("Hapus…"), None, self.delete_current,
                                    self.tr("Menghapus pegawai yang salah dimasukkan; dapat "
                                            "diurungkan segera setelahnya"))
        self.import_action = action(self.tr("Impor Excel…"), None, self._choose_import,
                                    self.tr("Membaca data pegawai dari berkas Excel (.xlsx); "
                                            "Anda melihat pratinjau dan semua masalah dulu, "
                                            "belum ada yang disimpan"))
        self.export_action = action(self.tr("Ekspor Excel…"), None, self._choose_export,
                                    self.tr("Menyimpan semua pegawai ke berkas Excel (.xlsx)"))
        self.template_action = action(self.tr("Template Excel…"), None, self._choose_template,
                                      self.tr("Menyimpan berkas Excel kosong berformat benar "
                                              "untuk diisi lalu diimpor"))
        self.find_action = action(self.tr("Cari"), "Ctrl+F", self.focus_search,
                                  self.tr("Cari nama atau NIP (Ctrl+F)"))
        # F5 (Muat ulang) belongs to the main window, which calls reload() on the current
        # page; a second F5 here would make the shortcut ambiguous and neither would fire.
        self.undo_action = action(self.tr("Urungkan"), "Ctrl+Z", self.undo,
                                  self.tr("Mengurungkan perubahan terakhir (Ctrl+Z)"))
        self.spesimen_action = action(
            self.tr("Pasang spesimen tanda tangan…"), None, self.choose_spesimen,
            self.tr("Memasang gambar tanda tangan (PNG atau JPEG, latar putih) yang dicetak di "
                    "atas nama pegawai ini pada SKP dan dokumen evaluasi resmi"))
        self.remove_spesimen_action = action(
            self.tr("Hapus spesimen tanda tangan"), None, self.remove_spesimen,
            self.tr("Dokumen berikutnya dicetak tanpa gambar tanda tangan (ditandatangani "
                    "basah)"))
        self.redo_action = action(self.tr("Ulangi"), "Ctrl+Y", self.redo,
                                  self.tr("Mengulangi yang tadi diurungkan (Ctrl+Y)"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

    @staticmethod
    def _button(act: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build(self) -> None:
        title = QLabel(self.tr("Pegawai"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for key, act in (("baru", self.new_action), ("impor", self.import_action),
                         ("ekspor", self.export_action), ("template", self.template_action)):
            self.buttons[key] = self._button(act)
            top.addWidget(self.buttons[key])

        self.info_bar = InfoBar()

        # -- left: filters + table ---------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr(
            "Ketik sebagian nama (contoh: siti am) atau NIP, boleh dengan spasi "
            "(contoh: 19860926 2015). Hasil langsung tersaring."))
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_filter")
        self.unit_combo.setToolTip(self.tr(
            "Tampilkan hanya pegawai unit ini beserta seluruh sub-unitnya."))
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(16)
        self.unit_combo.addItem(self.tr("Semua unit"), None)
        self.unit_combo.currentIndexChanged.connect(self._unit_filter_changed)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_filter")
        self.status_combo.setToolTip(self.tr("Tampilkan pegawai aktif, nonaktif, atau semua."))
        for text, value in ((self.tr("Semua status"), StatusFilter.SEMUA),
                            (self.tr("Aktif saja"), StatusFilter.AKTIF),
                            (self.tr("Nonaktif saja"), StatusFilter.NONAKTIF)):
            self.status_combo.addItem(text, value.value)
        self.status_combo.currentIndexChanged.connect(self._status_filter_changed)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit_combo, 2)
        filters.addWidget(self.status_combo, 0)

        self.table = QTableView()
        self.table.setObjectName("pegawai_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for col, width in enumerate(DEFAULT_WIDTHS):
            header.resizeSection(col, width)
        header.setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.modelReset.connect(self._after_proxy_reset)
        self.proxy.layoutChanged.connect(self._after_proxy_reset)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)

        self.no_match = QWidget()
        no_match_row = QHBoxLayout(self.no_match)
        no_match_row.setContentsMargins(0, 0, 0, 0)
        self.no_match_label = QLabel()
        self.no_match_label.setWordWrap(True)
        clear = QPushButton(self.tr("Hapus filter"))
        clear.clicked.connect(self.clear_filters)
        no_match_row.addWidget(self.no_match_label, 1)
        no_match_row.addWidget(clear)
        self.no_match.hide()

        self.load_bar = QProgressBar()
        self.load_bar.setObjectName("load_bar")
        self.load_bar.setTextVisible(False)
        self.load_bar.setMaximumHeight(10)
        self.load_bar.setMaximumWidth(160)
        self.load_label = QLabel()
        self.load_label.setObjectName("load_label")
        load_row = QHBoxLayout()
        load_row.setContentsMargins(0, 0, 0, 0)
        load_row.addWidget(self.load_bar)
        load_row.addWidget(self.load_label, 1)
        self.load_bar.hide()  # shown while the background load runs

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.no_match)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(load_row)
        left.setMinimumWidth(420)

        # -- right: detail pane ------------------------------------------------------------
        self.detail_stack = QStackedWidget()
        hint = QLabel(self.tr(
            "Pilih pegawai di tabel untuk melihat dan mengubah datanya,\n"
            "atau tekan Baru (Ctrl+N) untuk menambah pegawai."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.detail_stack.addWidget(hint)  # page 1, the pane: ensure_detail()
        self.detail_stack.setMinimumWidth(380)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("pegawai_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)  # page 1, the empty state: _update_empty_state()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.stack, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self._save_layout)
        header.sectionResized.connect(self._schedule_save)
        header.sectionMoved.connect(self._schedule_save)
        self.splitter.splitterMoved.connect(self._schedule_save)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._painted and event.type() == QEvent.Type.Paint
                and watched is self._viewport):
            self._painted = True
            self._viewport.removeEventFilter(self)
            # After this paint has finished and reached the screen.
            QTimer.singleShot(0, self, self._start_deferred)
        return super().eventFilter(watched, event)

    def _start_deferred(self) -> None:
        """After the table's first paint: the detail pane, then the background load.

        Neither runs before the table has painted its first rows: the pane is not needed
        yet, and a background thread would compete for the interpreter with the painting
        (the models are Python). A page whose table is not shown loads at once.
        """
        if not shiboken6.isValid(self):
            return
        if self.table.isVisible() and not self._painted:  # the paint comes: wait for it
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._start_pending_load)
            return
        if self._painted:
            self.ensure_detail()  # first: no background thread to compete with yet
        self._start_pending_load()

    def _start_pending_load(self) -> None:
        if self._pending_load is not None and shiboken6.isValid(self):
            (offset,) = self._pending_load
            self._pending_load = None
            self._load_initial(offset)

    @property
    def detail_built(self) -> bool:
        return self._detail_built

    def ensure_detail(self) -> None:
        """Builds the detail pane (form, tabs, Plt/Plh) unless it is there already."""
        if self._detail_built or not shiboken6.isValid(self):
            return
        self._detail_built = True
        self.detail_stack.addWidget(self._build_detail())
        self.form.set_editable(self.is_admin)
        if not self.is_admin:
            note = self._admin_only_note()
            self.add_plt_button.setToolTip(note)
            self.remove_plt_button.setToolTip(note)
        if self._units:
            self.form.set_units(self._units)
        if self._jabatan is not None:
            self.form.set_jabatan_options(self._jabatan)
        self._update_actions()

    def _build_detail(self) -> QWidget:
        box = QWidget()
        # Two one-line labels: no word wrap, so the layout always gives them their height;
        # a very long name is cut at the pane's edge (the tooltip has it whole).
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detail_title")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.detail_title.setFont(font)
        self.detail_subtitle = QLabel()
        self.detail_subtitle.setObjectName("detail_subtitle")
        self.detail_subtitle.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.detail_title, self.detail_subtitle):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.form = PegawaiForm(self.ctx)
        self.form.dirty_changed.connect(self._update_actions)
        self.form.undo_stack.canUndoChanged.connect(self._update_actions)
        self.form.undo_stack.canRedoChanged.connect(self._update_actions)
        scroll = FormScrollArea()
        scroll.setObjectName("form_scroll")
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self.tabs.addTab(scroll, self.tr("Data"))
        self.tabs.addTab(self._build_atasan_tab(), self.tr("Atasan && Plt"))
        self.skp_tab = PegawaiSkpTab(self.ctx)
        self.skp_tab.open_requested.connect(self.skp_requested)
        self.tabs.addTab(self.skp_tab, self.tr("SKP"))
        self.riwayat_tab = PegawaiRiwayatTab(self.ctx)
        self.tabs.addTab(self.riwayat_tab, self.tr("Riwayat"))
        self.tabs.currentChanged.connect(self._refresh_atasan_tab)
        self.tabs.currentChanged.connect(self._refresh_skp_tab)

        self.save_button = self._button(self.save_action)
        self.delete_button = self._button(self.delete_action)
        self.undo_button = self._button(self.undo_action)
        self.redo_button = self._button(self.redo_action)
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirty_label")
        self.spesimen_button = QToolButton()
        self.spesimen_button.setText(self.tr("Tanda tangan"))
        self.spesimen_button.setToolTip(self.tr(
            "Spesimen tanda tangan yang dicetak pada dokumen resmi pegawai ini"))
        self.spesimen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.spesimen_button)
        menu.addAction(self.spesimen_action)
        menu.addAction(self.remove_spesimen_action)
        self.spesimen_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.spesimen_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        return box

    def _build_atasan_tab(self) -> QWidget:
        box = QWidget()
        self.penilai_label = QLabel()
        self.penilai_label.setObjectName("penilai_label")
        self.penilai_label.setWordWrap(True)
        self.penilai_label.setTextFormat(Qt.TextFormat.RichText)
        self.penilai_label.setToolTip(self.tr(
            "Pejabat Penilai Kinerja pada hari ini: atasan langsung, atau Plh/Plt yang "
            "sedang menggantikannya."))
        self.atasan_label = QLabel()
        self.atasan_label.setWordWrap(True)
        self.atasan_label.setTextFormat(Qt.TextFormat.RichText)
        plt_title = QLabel(self.tr("<b>Penugasan Plt/Plh</b> yang melibatkan pegawai ini"))
        plt_title.setWordWrap(True)
        self.penugasan_model = PenugasanTableModel(self)
        self.penugasan_table = QTableView()
        self.penugasan_table.setObjectName("penugasan_table")
        self.penugasan_table.setModel(self.penugasan_model)
        self.penugasan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.penugasan_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.penugasan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.penugasan_table.verticalHeader().hide()
        self.penugasan_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.penugasan_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.add_plt_button = QPushButton(self.tr("Tambah Plt/Plh…"))
        self.add_plt_button.setToolTip(self.tr(
            "Mencatat Plt/Plh: siapa menggantikan siapa, dari tanggal berapa sampai kapan."))
        self.add_plt_button.clicked.connect(self.add_penugasan)
        self.remove_plt_button = QPushButton(self.tr("Hapus penugasan"))
        self.remove_plt_button.setToolTip(self.tr("Menghapus penugasan Plt/Plh yang dipilih."))
        self.remove_plt_button.clicked.connect(self.remove_penugasan)
        row = QHBoxLayout()
        row.addWidget(self.add_plt_button)
        row.addWidget(self.remove_plt_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.penilai_label)
        layout.addWidget(self.atasan_label)
        layout.addSpacing(8)
        self.no_penugasan = QLabel(self.tr(
            "Belum ada Plt/Plh yang melibatkan pegawai ini. Tekan \"Tambah Plt/Plh…\" bila "
            "pegawai ini berhalangan (contoh: cuti 2 minggu) atau menggantikan pejabat lain."))
        self.no_penugasan.setWordWrap(True)
        self.no_penugasan.setStyleSheet("color: #555555;")
        self.no_penugasan.hide()
        layout.addWidget(plt_title)
        layout.addWidget(self.no_penugasan)
        layout.addWidget(self.penugasan_table, 1)
        layout.addLayout(row)
        return box

    def _build_empty_state(self) -> QWidget:
        box = QWidget()
        box.setObjectName("empty_state")
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        if self.is_admin:
            text = self.tr("Belum ada pegawai. Impor dari Excel atau buat data contoh.")
        else:
            text = self.tr("Belum ada pegawai yang dapat Anda lihat. Admin kantor mengisi "
                           "data pegawai.")
        self.empty_label = QLabel(text)
        self.empty_label.setObjectName("empty_label")
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail = QLabel(self.tr(
            "Belum punya berkas? Simpan Template Excel, isi satu baris per pegawai "
            "(NIP, nama, golongan, jabatan, unit, NIP atasan), lalu impor."))
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail.setVisible(self.is_admin)
        self.empty_import = QPushButton(self.tr("Impor dari Excel…"))
        self.empty_import.setObjectName("empty_import")
        self.empty_import.clicked.connect(self._choose_import)
        self.empty_template = QPushButton(self.tr("Template Excel…"))
        self.empty_template.clicked.connect(self._choose_template)
        self.empty_demo = QPushButton(self.tr("Buat data contoh…"))
        self.empty_demo.setObjectName("empty_demo")
        self.empty_demo.clicked.connect(self._demo_clicked)
        self.empty_new = QPushButton(self.tr("Tambah satu pegawai (Ctrl+N)"))
        self.empty_new.clicked.connect(self.new_pegawai)
        for b in (self.empty_import, self.empty_template, self.empty_demo, self.empty_new):
            b.setVisible(self.is_admin)
        self.empty_import.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.empty_import, self.empty_template, self.empty_demo, self.empty_new):
            row.addWidget(b)
        row.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(detail)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(2)
        return box

    # ==== settings ========================================================================
    def _restore_settings(self) -> None:
        state = settings.get(PEGAWAI_COLUMNS)
        if state:
            self.table.horizontalHeader().restoreState(state)
        split = settings.get(PEGAWAI_SPLITTER)
        if split:
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([700, 450])
        status = settings.get(PEGAWAI_STATUS_FILTER)
        idx = self.status_combo.findData(status)
        if idx >= 0:
            self.status_combo.setCurrentIndex(idx)

    def _schedule_save(self, *_args: Any) -> None:
        self._save_timer.start()

    def _save_layout(self) -> None:
        columns: bytes = bytes(self.table.horizontalHeader().saveState().data())
        split: bytes = bytes(self.splitter.saveState().data())
        settings.set(PEGAWAI_COLUMNS, columns)
        settings.set(PEGAWAI_SPLITTER, split)

    # ==== roles ===========================================================================
    def _admin_only_note(self) -> str:
        return self.tr("Hanya admin (pengelola kinerja) yang dapat mengubah data pegawai.")

    def _apply_role(self) -> None:
        # The detail pane's part: ensure_detail().
        if not self.is_admin:
            note = self._admin_only_note()
            for act in (self.new_action, self.save_action, self.delete_action,
                        self.import_action):
                act.setToolTip(note)
        self._update_actions()

    def _update_actions(self, *_args: Any) -> None:
        admin = self.is_admin
        self.new_action.setEnabled(admin)
        self.import_action.setEnabled(admin)
        self.export_action.setEnabled(admin and self.model.rowCount() > 0)
        self.template_action.setEnabled(True)
        if not self._detail_built:  # nothing shown in the pane yet, nothing to undo there
            self.spesimen_action.setEnabled(False)
            self.remove_spesimen_action.setEnabled(False)
            self.save_action.setEnabled(False)
            self.delete_action.setEnabled(False)
            self.undo_action.setEnabled(self._deleted is not None)
            self.redo_action.setEnabled(False)
            return
        has_current = self.form.detail is not None
        own = has_current and self.form.detail is not None and (
            self.form.detail.id == self.ctx.actor.pegawai_id)
        self.spesimen_action.setEnabled(has_current and (admin or own))
        self.remove_spesimen_action.setEnabled(
            (admin or own) and self.form.detail is not None and self.form.detail.ada_spesimen)
        self.spesimen_button.setEnabled(has_current and (admin or own))
        editing = self.detail_stack.currentIndex() == 1
        dirty = editing and self.form.is_dirty()
        self.save_action.setEnabled(admin and editing)
        self.delete_action.setEnabled(admin and has_current and editing)
        self.undo_action.setEnabled(self.form.undo_stack.canUndo() or self._deleted is not None)
        self.redo_action.setEnabled(self.form.undo_stack.canRedo())
        undo_text = self.form.undo_stack.undoText()
        self.undo_action.setToolTip(
            self.tr("Urungkan: {what} (Ctrl+Z)").format(what=undo_text) if undo_text else
            self.tr("Mengurungkan perubahan terakhir (Ctrl+Z)"))
        self.add_plt_button.setEnabled(admin and has_current)
        self.remove_plt_button.setEnabled(
            admin and has_current and self.penugasan_table.selectionModel().hasSelection())
        if dirty:
            self.dirty_label.setText(self.tr("Belum disimpan"))
            self.dirty_label.setStyleSheet("color: #8a6d00;")
        else:
            self.dirty_label.setText("")

    # ==== loading =========================================================================
    def reload(self) -> None:
        """Reads pegawai again (F5): the first page now, units and the rest in the background."""
        if not self._may_leave_form():
            return
        current = self._shown_id()
        self._loader.invalidate()
        self._loader.cancel()
        self._pending_load = None  # it would read for a reload that is stale now
        started = time.perf_counter()
        try:
            first = list_pegawai(self.ctx.db, self.ctx.actor, limit=self.page_size)
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(first)
        self.first_rows_ms = (time.perf_counter() - started) * 1000
        gc.freeze()  # see _chunk_loaded
        more = len(first) >= self.page_size
        self._total = None if more else len(first)
        self._loading = True
        offset = self._next_offset(0, len(first)) if more else None
        if self._painted:
            self._load_initial(offset)
        else:  # after the table's first paint
            self._pending_load = (offset,)
            QTimer.singleShot(0, self, self._start_deferred)
        if current is not None:
            self._reselect(current, reload_detail=True)
        self._update_empty_state()
        self._update_counts()

    def _load_initial(self, offset: int | None) -> None:
        """Units, jabatan and (when more rows exist) the count and the next chunk."""
        db, actor, limit = self.ctx.db, self.ctx.actor, self.chunk_size
        self.load_bar.setRange(0, 0)
        self.load_bar.show()
        self.load_label.setText(self.tr("Memuat pegawai lainnya…") if offset is not None else "")

        def work(progress: JobProgress) -> _Initial:
            units = list_units(db, actor)
            jabatan = list_jabatan(db, actor)
            progress.check_cancel()
            if offset is None:
                return _Initial(units, jabatan, None, [])
            total = count_pegawai(db, actor)
            progress.check_cancel()
            return _Initial(units, jabatan, total,
                            list_pegawai(db, actor, offset=offset, limit=limit))

        self._loader.start(self.tr("Memuat pegawai"), work,
                           on_done=lambda result: self._initial_loaded(offset, result),
                           on_error=self._load_failed, show_dialog=False)

    def _initial_loaded(self, offset: int | None, result: _Initial) -> None:
        self._set_units(result.units)
        self._jabatan = result.jabatan
        if self._detail_built:  # else ensure_detail() hands them over
            self.form.set_units(result.units)
            self.form.set_jabatan_options(result.jabatan)
        if offset is None:
            self._finish_loading()
            self._update_counts()
            return
        self._chunk_loaded(offset, (result.total, result.rows))

    def _next_offset(self, offset: int, got: int) -> int:
        # Overlap a little: a pegawai deleted meanwhile would otherwise shift one row out of
        # the next chunk. Rows already shown are skipped by id.
        overlap = min(50, self.chunk_size // 4, got)
        return offset + got - overlap

    def _load_chunk(self, offset: int, need_total: bool) -> None:
        db, actor, limit = self.ctx.db, self.ctx.actor, self.chunk_size

        def work(progress: JobProgress) -> tuple[int | None, list[PegawaiRow]]:
            total = count_pegawai(db, actor) if need_total else None
            progress.check_cancel()
            return total, list_pegawai(db, actor, offset=offset, limit=limit)

        # The chunk before has arrived: starting the next one makes nothing stale.
        self._loader.start(self.tr("Memuat pegawai"), work,
                           on_done=lambda result: self._chunk_loaded(offset, result),
                           on_error=self._load_failed, show_dialog=False)

    def _chunk_loaded(self, offset: int, result: tuple[int | None, list[PegawaiRow]]) -> None:
        total, rows = result
        if total is not None:
            self._total = total
        self.model.append_rows(rows)
        # The rows live as long as the page: keep them out of the cyclic garbage
        # collector's full passes, which otherwise walk 100,000 rows again and again
        # while the rest arrives (measured: pauses of 100-200 ms).
        gc.freeze()
        if len(rows) >= self.chunk_size:
            if self._total:
                self.load_bar.setRange(0, self._total)
                self.load_bar.setValue(self.model.rowCount())
            self.load_label.setText(self.tr("Memuat {done} dari {total} pegawai…").format(
                done=self._num(self.model.rowCount()), total=self._num(self._total or 0)))
            self._load_chunk(self._next_offset(offset, len(rows)), need_total=False)
        else:
            self._finish_loading()
        self._update_counts()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.load_bar.hide()
        self.load_label.setText(self.tr("Sebagian pegawai belum termuat. Tekan F5 untuk "
                                        "mencoba lagi."))
        show_error(self, exc)
        self.loading_finished.emit()

    def _finish_loading(self) -> None:
        self._loading = False
        self._total = self.model.rowCount()
        self.load_bar.hide()
        self.load_label.setText("")
        self._update_empty_state()
        self.loading_finished.emit()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _num(self, n: int) -> str:
        return self._locale.toString(n)

    def _update_counts(self, *_args: Any) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        if self._loading and self._total:
            text = self.tr("{shown} ditampilkan · {total} pegawai (sedang dimuat)").format(
                shown=self._num(shown), total=self._num(self._total))
        elif shown == total:
            text = self.tr("{total} pegawai").format(total=self._num(total))
        else:
            text = self.tr("{shown} dari {total} pegawai").format(
                shown=self._num(shown), total=self._num(total))
        self.count_label.setText(text)
        if shown == 0 and total > 0:
            self.no_match_label.setText(self.tr(
                "Tidak ada pegawai yang cocok dengan pencarian dan filter ini."))
            self.no_match.show()
        else:
            self.no_match.hide()

    def _update_empty_state(self) -> None:
        # The first page is read before anything is shown: empty means no pegawai at all.
        empty = self.model.rowCount() == 0 and self.detail_stack.currentIndex() == 0
        if empty:
            if self.stack.count() < 2:
                self.stack.addWidget(self._build_empty_state())
            self.empty_demo.setVisible(self.is_admin and self._demo_handler() is not None)
        self.stack.setCurrentIndex(1 if empty else 0)
        self._update_actions()

    def _demo_handler(self) -> Callable[[], Any] | None:
        """Who makes demo data: a listener of ``demo_requested``, else the main window."""
        if self.isSignalConnected(QMetaMethod.fromSignal(self.demo_requested)):
            return self.demo_requested.emit
        handler = getattr(self.window(), "make_demo_data", None)
        return handler if callable(handler) else None

    def _demo_clicked(self) -> None:
        handler = self._demo_handler()
        if handler is not None:
            handler()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_empty_state()

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentIndex() == 1

    # ==== filters =========================================================================
    def _set_units(self, units: list[UnitDTO]) -> None:
        self._units = units
        wanted = self.unit_combo.currentData()
        if wanted is None:
            saved = settings.get(settings.LAST_UNIT_FILTER)
            wanted = next((str(u.id) for u in units if u.kode == saved), None) if saved else None
        self.unit_combo.blockSignals(True)
        try:
            self.unit_combo.clear()
            self.unit_combo.addItem(self.tr("Semua unit"), None)
            for u in units:
                self.unit_combo.addItem(f"{u.kode}  {u.nama}", str(u.id))
                self.unit_combo.setItemData(self.unit_combo.count() - 1,
                                            f"{u.kode} {u.nama}", Qt.ItemDataRole.ToolTipRole)
            if units:
                self.unit_combo.addItem(self.tr("(tanpa unit)"), NO_UNIT)
            idx = self.unit_combo.findData(wanted) if wanted is not None else 0
            self.unit_combo.setCurrentIndex(max(idx, 0))
        finally:
            self.unit_combo.blockSignals(False)
        self._apply_unit_filter()

    def _unit_filter_changed(self, _index: int) -> None:
        self._apply_unit_filter()
        data = self.unit_combo.currentData()
        kode = ""
        if data not in (None, NO_UNIT):
            kode = next((u.kode for u in self._units if str(u.id) == data), "")
        settings.set(settings.LAST_UNIT_FILTER, kode)

    def _apply_unit_filter(self) -> None:
        data = self.unit_combo.currentData()
        if data is None:
            self.proxy.set_unit_filter(None)
        elif data == NO_UNIT:
            self.proxy.set_unit_filter({None})
        else:
            self.proxy.set_unit_filter(descendants(self._units, uuid.UUID(str(data))))

    def set_unit_filter(self, unit_id: uuid.UUID | None) -> None:
        idx = self.unit_combo.findData(str(unit_id)) if unit_id is not None else 0
        self.unit_combo.setCurrentIndex(max(idx, 0))

    def _status_filter_changed(self, _index: int) -> None:
        status = StatusFilter(self.status_combo.currentData())
        self.proxy.set_status_filter(status)
        settings.set(PEGAWAI_STATUS_FILTER, status.value)

    def set_status_filter(self, status: StatusFilter) -> None:
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status.value), 0))

    def set_search_text(self, text: str) -> None:
        self.search.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.search.clear()
        self.unit_combo.setCurrentIndex(0)
        self.set_status_filter(StatusFilter.SEMUA)

    # ==== selection =======================================================================
    def _shown_id(self) -> uuid.UUID | None:
        """The pegawai open in the detail pane (None also while the pane is not built)."""
        return self.form.pegawai_id if self._detail_built else None

    def current_row(self) -> PegawaiRow | None:
        pid = self._shown_id()
        if pid is None:
            return None
        pos = self.model.row_of_id(pid)
        return self.model.row_at(pos) if pos >= 0 else None

    def select_pegawai(self, pegawai_id: uuid.UUID) -> bool:
        """Selects the row (if shown) and opens the pegawai in the detail pane."""
        row = self.proxy.proxy_row_of_id(pegawai_id)
        if row >= 0:
            index = self.proxy.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        if self._shown_id() != pegawai_id:
            return self._open(pegawai_id)
        return row >= 0

    def _reselect(self, pegawai_id: uuid.UUID, reload_detail: bool = False) -> None:
        row = self.proxy.proxy_row_of_id(pegawai_id)
        if row >= 0:
            index = self.proxy.index(row, 0)
            sm = self.table.selectionModel()
            sm.blockSignals(True)
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                               | QItemSelectionModel.SelectionFlag.Rows)
            sm.blockSignals(False)
            self.table.viewport().update()
        if reload_detail:
            self._open(pegawai_id, force=True)

    def _after_proxy_reset(self, *_args: Any) -> None:
        pid = self._shown_id()
        if pid is not None and self.detail_stack.currentIndex() == 1:
            self._reselect(pid)

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex,
                         _previous: QModelIndex | QPersistentModelIndex) -> None:
        if not current.isValid():
            return
        pid = current.data(IdRole)
        if not isinstance(pid, uuid.UUID) or pid == self._shown_id():
            return
        if not self._may_leave_form():
            old = self._shown_id()
            if old is not None:
                QTimer.singleShot(0, lambda: self._reselect(old))
            return
        self._open(pid)

    def _open(self, pegawai_id: uuid.UUID, force: bool = False) -> bool:
        try:
            detail = get_pegawai(self.ctx.db, self.ctx.actor, pegawai_id)
        except NotFoundError as exc:
            self.model.remove_id(pegawai_id)
            self.info_bar.show_message(str(exc), "warning")
            self._show_detail(None)
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self._show_detail(detail)
        return True

    def _show_detail(self, detail: PegawaiDetail | None, new: bool = False) -> None:
        self.form.set_detail(detail)
        if detail is None and not new:
            self.detail_stack.setCurrentIndex(0)
            self.detail_title.setText("")
            self.detail_subtitle.setText("")
        else:
            self.detail_stack.setCurrentIndex(1)
            self._set_title(detail)
        self._penilai_loader.invalidate()
        self._tab_for = {}  # a new pegawai: the SKP and Riwayat tabs read again
        self._refresh_skp_tab()
        self.penugasan_model.set_rows([])
        self.penilai_label.setText("")
        self.atasan_label.setText("")
        self._refresh_atasan_tab()
        self._update_actions()
        self._update_empty_state()

    def _set_title(self, detail: PegawaiDetail | None) -> None:
        if detail is None:
            self.detail_title.setText(self.tr("Pegawai baru"))
            self.detail_title.setToolTip("")
            self.detail_subtitle.setText(self.tr("Isi data lalu tekan Simpan (Ctrl+S)."))
            return
        color = "#1b6e2e" if detail.aktif else "#a3261d"
        self.detail_title.setText(detail.nama_lengkap)
        self.detail_title.setToolTip(detail.nama_lengkap)
        self.detail_subtitle.setText(
            f"NIP {_html(detail.nip_tercetak)} · "
            f"<span style='color:{color}'><b>{_html(status_text(detail.aktif))}</b></span>")

    # ==== Atasan & Plt ====================================================================
    def _refresh_skp_tab(self, *_args: Any) -> None:
        """Reads the SKP list or the history only when its tab is showing, once per
        pegawai."""
        tab = self.tabs.currentWidget()
        if not isinstance(tab, PegawaiSkpTab | PegawaiRiwayatTab):
            return
        detail = self.form.detail
        wanted = detail.id if detail is not None else None
        shown = self._tab_for
        if wanted != shown.get(id(tab)) or wanted is None:
            shown[id(tab)] = wanted
            tab.show_pegawai(wanted)

    def _refresh_atasan_tab(self, *_args: Any) -> None:
        detail = self.form.detail
        if self.tabs.currentIndex() != 1 or detail is None:
            if detail is None:
                self.penilai_label.setText(self.tr("Simpan pegawai baru ini dulu."))
            return
        if detail.atasan_nama:
            self.atasan_label.setText(self.tr("Atasan langsung (definitif): <b>{nama}</b> — "
                                              "NIP {nip}").format(
                nama=_html(detail.atasan_nama),
                nip=_html(format_nip(detail.atasan_nip or ""))))
        else:
            self.atasan_label.setText(self.tr("Atasan langsung (definitif): belum diisi."))
        self.penilai_label.setText(self.tr("Menghitung pejabat penilai…"))
        db, actor, pid = self.ctx.db, self.ctx.actor, detail.id
        today = dt.date.today()

        def work(_progress: JobProgress) -> tuple[PenilaiInfo, list[PenugasanDTO]]:
            return penilai_on(db, actor, pid, today), list_penugasan(db, actor, pid)

        self._penilai_loader.start(self.tr("Menghitung pejabat penilai"), work,
                                   on_done=self._atasan_loaded, on_error=self._atasan_failed,
                                   show_dialog=False)

    def _atasan_loaded(self, result: tuple[PenilaiInfo, list[PenugasanDTO]]) -> None:
        info, penugasan = result
        day = tanggal(info.tanggal, self._locale)
        if info.penilai_id is None:
            text = self.tr("<b>Pejabat penilai hari ini</b> ({day}): <span style='color:"
                           "#a3261d'>belum ada</span> — {why}.").format(
                day=day, why=_html(info.sebagai))
        else:
            text = self.tr("<b>Pejabat penilai hari ini</b> ({day}):<br>{nama} — NIP {nip}"
                           "<br>sebagai: <b>{sebagai}</b>").format(
                day=day, nama=_html(info.penilai_nama or ""),
                nip=_html(format_nip(info.penilai_nip or "")), sebagai=_html(info.sebagai))
        self.penilai_label.setText(text)
        self.penugasan_model.set_rows(penugasan)
        self.no_penugasan.setVisible(not penugasan)
        self._update_actions()

    def _atasan_failed(self, exc: BaseException) -> None:
        self.penilai_label.setText(self.tr("Pejabat penilai tidak dapat dihitung: {e}").format(
            e=_html(str(exc)) if isinstance(exc, UserError) else self.tr("kesalahan internal")))
        if not isinstance(exc, UserError):
            show_error(self, exc)

    def add_penugasan(self) -> None:
        detail = self.form.detail
        if not self.is_admin or detail is None:
            return
        dialog = PenugasanDialog(self.ctx, detail, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.info_bar.show_message(self.tr("Penugasan Plt/Plh disimpan."))
            self._refresh_atasan_tab()
        dialog.deleteLater()

    def remove_penugasan(self) -> None:
        if not self.is_admin:
            return
        rows = self.penugasan_table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.penugasan_model.rows[rows[0].row()]
        answer = QMessageBox.question(
            self, self.tr("Hapus penugasan"),
            self.tr("Hapus {jenis} {pelaksana} untuk {digantikan}? Penilai bawahan "
                    "{digantikan} kembali ke atasan definitif.").format(
                jenis=item.jenis.value.title(), pelaksana=item.pelaksana_nama,
                digantikan=item.digantikan_nama))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_penugasan(self.ctx.db, self.ctx.actor, item.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._refresh_atasan_tab()

    # ==== editing =========================================================================
    def _ask_discard(self) -> bool | None:
        """True: save first; False: discard; None: stay."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Perubahan belum disimpan"),
                          self.tr("Perubahan pada data pegawai ini belum disimpan."),
                          QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang perubahan"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            return True
        if clicked is discard:
            return False
        return None

    def _may_leave_form(self) -> bool:
        if self.detail_stack.currentIndex() != 1 or not self.is_admin or \
                not self.form.is_dirty():
            return True
        answer = self.confirm_discard()
        if answer is None:
            return False
        if answer:
            return self.save()
        return True

    def new_pegawai(self) -> None:
        if not self.is_admin or not self._may_leave_form():
            return
        self.table.selectionModel().clearSelection()
        unit = self.unit_combo.currentData()
        kode = next((u.kode for u in self._units if str(u.id) == unit), "") if unit else ""
        self._show_detail(None, new=True)
        self.form.new_pegawai(unit_kode=kode)
        self.tabs.setCurrentIndex(0)
        self._update_empty_state()

    def save(self) -> bool:
        if not self.is_admin or self.detail_stack.currentIndex() != 1:
            return False
        was_new = self.form.is_new()
        detail = self.form.save()
        if detail is None:
            self._update_actions()
            return False
        self.model.upsert_row(row_from_detail(detail))
        self._set_title(detail)
        self._reselect(detail.id)
        self.form.refresh_jabatan()
        self.info_bar.show_message(
            (self.tr("Pegawai baru {nama} tersimpan.") if was_new else
             self.tr("Perubahan {nama} tersimpan.")).format(nama=detail.nama_lengkap))
        self._refresh_atasan_tab()
        self._update_actions()
        self._update_empty_state()
        self.pegawai_changed.emit()
        return True

    def undo(self) -> None:
        if self._detail_built and self.form.undo_stack.canUndo():
            self.form.undo_stack.undo()
        elif self._deleted is not None:
            self.undo_delete()
        self._update_actions()

    def redo(self) -> None:
        if self._detail_built and self.form.undo_stack.canRedo():
            self.form.undo_stack.redo()
        self._update_actions()

    def _ask_delete(self, row: PegawaiRow) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hapus pegawai"), self.tr(
            "Hapus {nama} (NIP {nip})?\n\nPegawai ini hilang dari daftar pegawai, dari pilihan "
            "atasan dan dari penilaian. Gunakan hanya untuk data yang salah dimasukkan; untuk "
            "pegawai yang pensiun atau pindah, hapus centang \"Pegawai aktif\" saja.\n\n"
            "Anda dapat mengurungkan penghapusan segera setelahnya (Ctrl+Z)."
        ).format(nama=row.nama, nip=format_nip(row.nip)),
            QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is yes

    def delete_current(self) -> bool:
        detail = self.form.detail if self._detail_built else None
        if not self.is_admin or detail is None:
            return False
        row = self.current_row() or row_from_detail(detail)
        if not self.confirm_delete(row):
            return False
        try:
            delete_pegawai(self.ctx.db, self.ctx.actor, detail.id)
        except UserError as exc:
            show_error(self, exc)
            return False
        position = self.model.row_of_id(detail.id)
        self.model.remove_id(detail.id)
        self._deleted = (row, max(position, 0))
        self._show_detail(None)
        self.info_bar.show_message(
            self.tr("{nama} dihapus.").format(nama=row.nama), "warning",
            self.tr("Urungkan (Ctrl+Z)"), self._undo_delete_clicked)
        self._update_actions()
        self.pegawai_changed.emit()
        return True

    def _undo_delete_clicked(self) -> None:
        self.undo_delete()

    def undo_delete(self) -> bool:
        if self._deleted is None:
            return False
        row, position = self._deleted
        try:
            detail = restore_pegawai(self.ctx.db, self.ctx.actor, row.id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._deleted = None
        self.model.insert_row(position, row_from_detail(detail))
        self._show_detail(detail)
        self._reselect(detail.id)
        self.info_bar.show_message(self.tr("{nama} dipulihkan.").format(
            nama=detail.nama_lengkap))
        self._update_actions()
        self.pegawai_changed.emit()
        return True

    # ==== Excel ===========================================================================
    def _start_dir(self) -> str:
        saved = settings.get(settings.LAST_IMPORT_DIR)
        if saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember_dir(self, path: Path) -> None:
        settings.set(settings.LAST_IMPORT_DIR, str(path.parent))

    def _choose_import(self) -> None:
        if not self.is_admin:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor pegawai dari Excel"), self._start_dir(),
            self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path) -> None:
        """Opens the import preview of ``path`` (reading runs in the background)."""
        if not self.is_admin:
            self.info_bar.show_message(self.tr(
                "Hanya admin (pengelola kinerja) yang dapat mengimpor pegawai."), "error")
            return
        if not self._may_leave_form():
            return
        from kinerja_desktop.gui.import_preview_dialog import ImportPreviewDialog

        self._remember_dir(path)
        dialog = ImportPreviewDialog(self.ctx, path, self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, summary: str) -> None:
        if self._detail_built:
            self.form.set_detail(None)
        self.detail_stack.setCurrentIndex(0)
        self.reload()
        self.info_bar.show_message(summary)
        self.pegawai_changed.emit()

    def _default_name(self, stem: str) -> str:
        code = self.ctx.site.code if self.ctx.site is not None else "kantor"
        return str(Path(self._start_dir()) / f"{stem}-{code}-{dt.date.today():%Y%m%d}.xlsx")

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor pegawai ke Excel"), self._default_name("pegawai"),
            self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def spesimen_file(self) -> Path | None:
        """Asks for the signature image; tests replace this method."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih gambar spesimen tanda tangan"), "",
            self.tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"))
        return Path(name) if name else None

    def choose_spesimen(self) -> None:
        detail = self.form.detail if self._detail_built else None
        if detail is None:
            return
        path = self.spesimen_file()
        if path is None:
            return
        try:
            data = baca_gambar_file(path, self.tr("Spesimen tanda tangan {nama}").format(
                nama=detail.nama_lengkap))
            set_spesimen_ttd(self.ctx.db, self.ctx.actor, detail.id, data)
        except UserError as exc:
            show_error(self, exc)
            return
        self.info_bar.show_message(self.tr(
            "Spesimen tanda tangan {nama} dipasang; dicetak pada dokumen resmi berikutnya."
        ).format(nama=detail.nama_lengkap))
        self.reload()

    def remove_spesimen(self) -> None:
        detail = self.form.detail if self._detail_built else None
        if detail is None:
            return
        try:
            set_spesimen_ttd(self.ctx.db, self.ctx.actor, detail.id, None)
        except UserError as exc:
            show_error(self, exc)
            return
        self.info_bar.show_message(self.tr("Spesimen tanda tangan {nama} dihapus.").format(
            nama=detail.nama_lengkap))
        self.reload()

    def _choose_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan template impor pegawai"),
            self._default_name("template-pegawai"), self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.save_template(Path(name))

    def export_to(self, path: Path) -> JobHandle[int]:
        from kinerja_desktop.services.pegawai_excel import export_pegawai

        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        self._remember_dir(path)
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress: JobProgress) -> int:
            return export_pegawai(db, actor, path)

        def done(count: int) -> None:
            if not shiboken6.isValid(self):
                return
            self.info_bar.show_message(self.tr("{n} pegawai diekspor ke {path}.").format(
                n=self._num(count), path=str(path)))

        return run_job(self, self.tr("Mengekspor pegawai ke Excel"), work, on_done=done)

    def save_template(self, path: Path) -> JobHandle[None]:
        from kinerja_desktop.services.pegawai_excel import export_template

        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        self._remember_dir(path)

        def work(_progress: JobProgress) -> None:
            export_template(path)

        def done(_result: None) -> None:
            if not shiboken6.isValid(self):
                return
            self.info_bar.show_message(self.tr(
                "Template disimpan di {path}. Isi satu baris per pegawai, lalu Impor "
                "Excel.").format(path=str(path)))

        return run_job(self, self.tr("Menyimpan template Excel"), work, on_done=done)

    # ==== drag and drop ===================================================================
    xlsx_in = staticmethod(first_xlsx)

    def drop_mime(self, mime: QMimeData) -> bool:
        """What a drop does: an .xlsx starts the import preview (admin only)."""
        path = self.xlsx_in(mime)
        if path is None or not self.is_admin:
            return False
        self.start_import(path)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.is_admin and self.xlsx_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.is_admin and self.xlsx_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.is_admin and self.xlsx_in(event.mimeData()) is not None:
            event.acceptProposedAction()
            self.drop_mime(event.mimeData())
        else:
            event.ignore()

    # ==== help ============================================================================
    def help_text(self) -> str:
        return self.tr(
            "<h3>Pegawai</h3>"
            "<p>Tabel di kiri berisi semua pegawai yang dapat Anda lihat. Ketik di kotak "
            "<b>Cari</b> (Ctrl+F) sebagian nama atau NIP; pilih unit untuk melihat unit itu "
            "beserta sub-unitnya. Klik judul kolom untuk mengurutkan.</p>"
            "<p>Panel kanan menampilkan data pegawai terpilih. Tab <b>Atasan &amp; Plt</b> "
            "menunjukkan pejabat penilai hari ini dan penugasan Plt/Plh.</p>"
            "<ul><li><b>Ctrl+N</b>: pegawai baru</li><li><b>Ctrl+S</b>: simpan</li>"
            "<li><b>Ctrl+Z / Ctrl+Y</b>: urungkan / ulangi</li><li><b>F5</b>: muat ulang</li>"
            "</ul><p><b>Impor Excel</b> menampilkan pratinjau dan semua masalah per baris dan "
            "kolom; tidak ada yang disimpan sampai Anda menekan Impor. Anda juga dapat "
            "menyeret berkas .xlsx ke halaman ini.</p>")


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

