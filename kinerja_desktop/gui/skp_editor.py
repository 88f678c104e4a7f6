"""The SKP editor (SCREENS §7): header, Hasil Kerja tree, Perilaku, Lampiran, Riwayat.

One ``SkpEditor`` shows one SKP. Every edit is a ``QUndoCommand`` on the tree
model's stack (``SkpTreeModel``), so Ctrl+Z / Ctrl+Y cover cells, rows, moves,
"salin dari tahun lalu", ekspektasi and lampiran alike. ``save()`` sends the whole
``IsiSKP`` through ``services.skp.simpan_isi`` with the version it was read at
(or only the ekspektasi through ``simpan_ekspektasi`` when that is all this
account may change); a refusal keeps every edit on screen.

Buttons follow ``SkpDetail.hak``: an action the account may not take is not
shown. Without ``hak.ubah_isi`` nothing of the content can be edited and a
banner says why.

Keys inside the editor: Ctrl+S simpan, Ctrl+Z / Ctrl+Y, Ctrl+Shift+R tambah RHK,
Ctrl+Shift+I tambah IKI, Delete hapus, Alt+↑/↓ naik/turun. F5 belongs to the
main window, whose "Muat ulang" should call ``reload()`` of the page that holds
this editor (a second F5 here would make the key ambiguous).
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDrag,
    QHideEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import ConflictError, UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import (
    FormFamily,
    IsiSKP,
    JenisRHK,
    Pendekatan,
    StatusSKP,
)
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.skp_delegates import install as install_delegates
from kinerja_desktop.gui.skp_editor_tabs import (
    BADGE_COLORS,
    BANNER_COLORS,
    COLUMNS,
    HINT,
    SPLITTER,
    TEMPAT_PENETAPAN,
    KelengkapanPanel,
    LampiranTab,
    PerilakuTab,
    RiwayatTab,
    _badge_key,
    _color,
    default_tempat,
)
from kinerja_desktop.gui.skp_intervensi_dialog import (
    AlasanDialog,
    Intervensi,
    IntervensiDialog,
    TetapkanDialog,
)
from kinerja_desktop.gui.skp_penilai_dialog import GantiPenilaiDialog, MutasiDialog
from kinerja_desktop.gui.skp_tree_model import (
    SkpTreeModel,
)
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services import skp_workflow
from kinerja_desktop.services.skp import Identitas, PilihanIntervensi, SkpDetail

AnyIndex = QModelIndex | QPersistentModelIndex

# ---------------------------------------------------------------------------------------
# Pieces of the editor


class SkpTree(QTreeView):
    """The Hasil Kerja tree; a drag moves the row itself (the model does it, undoably)."""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or model is None:
            return
        data = model.mimeData([index.siblingAtColumn(0)])
        if not data.formats():
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        # The model already moved the row in dropMimeData; nothing to remove afterwards.
        drag.exec(Qt.DropAction.MoveAction)


class SkpEditor(QWidget):
    """Edits one SKP; see the module docstring. The page calls ``maybe_save()`` first."""

    saved = Signal(object)  # skp id
    status_changed = Signal(object)  # skp id shown after a workflow action

    def __init__(self, ctx: AppContext, skp_id: uuid.UUID, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skp_id = skp_id
        self._detail: SkpDetail | None = None
        self._pilihan: list[PilihanIntervensi] = []
        self.model = SkpTreeModel(self)
        self.undo_stack = self.model.undo_stack
        self._build_actions()
        self._build()
        self.model.content_changed.connect(self._content_changed)
        self.model.form_changed.connect(self._form_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # After a command ran (the model's signals come while the stack is mid-step).
        self.undo_stack.indexChanged.connect(self._index_changed)
        self.load(skp_id)

    # ==== building ======================================================================
    def _action(self, text: str, tip: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None,
                on: QWidget | None = None) -> QAction:
        act = QAction(text, self)
        act.setIconText(text)  # keep the "…": it says a dialog follows
        act.setToolTip(tip)
        # Through one bound method: ``triggered`` carries ``checked``, which must not land
        # in the slot's optional parameter (tetapkan(tempat=False) …).
        self._slots[act] = slot
        act.triggered.connect(self._triggered)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            # Tree actions only when the tree itself has focus (Delete in a text field
            # must delete text); editor actions anywhere inside the editor.
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on is not None
                                   else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        (on or self).addAction(act)
        return act

    def _triggered(self) -> None:
        action = self.sender()
        slot = self._slots.get(action) if isinstance(action, QAction) else None
        if slot is not None:
            slot()

    def _build_actions(self) -> None:
        self._slots: dict[QAction, Callable[[], object]] = {}
        self.save_action = self._action(
            self.tr("Simpan"), self.tr("Menyimpan perubahan SKP (Ctrl+S)"), self.save, "Ctrl+S")
        self.undo_action = self._action(
            self.tr("Urungkan"), self.tr("Mengurungkan perubahan terakhir (Ctrl+Z)"),
            self.undo_stack.undo, "Ctrl+Z")
        self.redo_action = self._action(
            self.tr("Ulangi"), self.tr("Mengulangi yang tadi diurungkan (Ctrl+Y)"),
            self.undo_stack.redo, "Ctrl+Y")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.reload_action = self._action(
            self.tr("Muat ulang"), self.tr(
                "Membaca SKP ini lagi dari basis data (F5); perubahan yang belum disimpan "
                "ditanyakan dulu"), self.reload)
        self.copy_action = self._action(
            self.tr("Salin dari SKP tahun lalu…"), self.tr(
                "Mengganti isi SKP ini dengan RHK, IKI, target dan lampiran SKP tahun lalu; "
                "RHK pimpinan yang diintervensi dipilih ulang. Dapat diurungkan (Ctrl+Z)."),
            self.salin_tahun_lalu)
        self.ajukan_action = self._action(
            self.tr("Ajukan"), self.tr(
                "Mengajukan SKP ke pejabat penilai untuk disetujui; sesudahnya SKP tidak "
                "dapat diubah kecuali dikembalikan"), self.ajukan)
        self.tetapkan_action = self._action(
            self.tr("Setujui / Tetapkan…"), self.tr(
                "Menyetujui dan menetapkan SKP (tempat dan tanggal penetapan tercetak di SKP)"),
            self.tetapkan)
        self.kembalikan_action = self._action(
            self.tr("Kembalikan…"), self.tr(
                "Mengembalikan SKP ke pegawai untuk diperbaiki, dengan alasan yang wajib "
                "diisi, mis. 'Target IKI 2 belum terukur'"), self.kembalikan)
        self.revisi_action = self._action(
            self.tr("Buat revisi…"), self.tr(
                "Membuat versi baru (draf) dari SKP yang sudah ditetapkan, mis. karena "
                "perubahan target; versi lama tetap berlaku sampai revisi ditetapkan"),
            self.buat_revisi)
        self.ganti_penilai_action = self._action(
            self.tr("Ganti penilai…"), self.tr(
                "Admin: menentukan pejabat penilai lain (pegawai kantor ini atau pejabat dari "
                "luar kantor, mis. Sekretaris Daerah) dengan alasan yang disimpan"),
            self.ganti_penilai)
        self.mutasi_action = self._action(
            self.tr("Catat mutasi…"), self.tr(
                "Admin: pegawai pindah jabatan/unit di tengah tahun; SKP ini ditutup dan SKP "
                "baru dibuat mulai tanggal mutasi"), self.catat_mutasi)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self._build_header())

        self.banner = QLabel()
        self.banner.setObjectName("skp_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # reasons are typed by people
        self.banner.hide()
        layout.addWidget(self.banner)

        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, act in (("simpan", self.save_action), ("urungkan", self.undo_action),
                         ("ulangi", self.redo_action), ("muat_ulang", self.reload_action),
                         ("salin", self.copy_action)):
            self.buttons[key] = self._button(act)
            bar.addWidget(self.buttons[key])
        self.message = QLabel()
        self.message.setObjectName("skp_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        _color(self.message, HINT)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.message, 1)
        for key, act in (("ajukan", self.ajukan_action), ("tetapkan", self.tetapkan_action),
                         ("kembalikan", self.kembalikan_action), ("revisi", self.revisi_action),
                         ("ganti_penilai", self.ganti_penilai_action),
                         ("mutasi", self.mutasi_action)):
            self.buttons[key] = self._button(act)
            bar.addWidget(self.buttons[key])
        font = self.buttons["ajukan"].font()
        font.setBold(True)
        self.buttons["ajukan"].setFont(font)
        self.buttons["tetapkan"].setFont(font)
        layout.addLayout(bar)

        self.tabs = QTabWidget()
        self.hasil_tab = self._build_hasil()
        self.perilaku_tab = PerilakuTab(self.model)
        self.lampiran_tab = LampiranTab(self.model)
        self.riwayat_tab = RiwayatTab()
        self.tabs.addTab(self.hasil_tab, self.tr("Hasil Kerja"))
        self.tabs.addTab(self.perilaku_tab, self.tr("Perilaku Kerja"))
        self.tabs.addTab(self.lampiran_tab, self.tr("Lampiran"))
        self.tabs.addTab(self.riwayat_tab, self.tr("Riwayat"))
        self.tabs.setTabToolTip(0, self.tr(
            "Rencana hasil kerja (RHK) dan indikatornya (IKI) dengan target"))
        self.tabs.setTabToolTip(1, self.tr(
            "Tujuh perilaku BerAKHLAK dan ekspektasi khusus pimpinan"))
        self.tabs.setTabToolTip(2, self.tr(
            "Dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi"))
        self.tabs.setTabToolTip(3, self.tr("Siapa mengajukan, menetapkan, mengembalikan, kapan"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.kelengkapan = KelengkapanPanel()
        self.kelengkapan.picked.connect(self._go_to_kekurangan)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.kelengkapan)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([900, 240])
        state = settings.get(SPLITTER)
        if state:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("skp_header")
        grid = QGridLayout(frame)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)

        def caption(text: str, tip: str) -> QLabel:
            label = QLabel(text)
            _color(label, HINT)
            label.setToolTip(tip)
            return label

        self.pegawai_label = QLabel()
        self.penilai_label = QLabel()
        self.periode_label = QLabel()
        for label in (self.pegawai_label, self.penilai_label, self.periode_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)  # a narrow window wraps the line instead of widening
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(caption(self.tr("Pegawai yang dinilai"), self.tr(
            "Pemilik SKP: nama, NIP dan jabatan, mis. Budi Santoso · NIP 19860926 201505 1 001"
            " · Pengadministrasi Umum")), 0, 0)
        grid.addWidget(self.pegawai_label, 0, 1, 1, 3)
        grid.addWidget(caption(self.tr("Pejabat penilai kinerja"), self.tr(
            "Atasan yang menyetujui SKP dan menilai kinerjanya; Plt/Plh ditandai, mis. "
            "'(sebagai Plt)'. Admin dapat menggantinya dengan alasan.")), 1, 0)
        grid.addWidget(self.penilai_label, 1, 1, 1, 3)
        grid.addWidget(caption(self.tr("Periode"), self.tr(
            "Masa berlaku SKP, mis. 1 Januari 2026 – 31 Desember 2026")), 2, 0)
        grid.addWidget(self.periode_label, 2, 1)

        self.pendekatan_combo = QComboBox()
        for p in Pendekatan:
            self.pendekatan_combo.addItem(p.label, p.value)
        self.pendekatan_combo.setToolTip(self.tr(
            "Kuantitatif: target berupa angka, mis. '12 laporan'. Kualitatif: target berupa "
            "uraian, mis. 'Laporan diterima tanpa revisi'."))
        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("Administrasi / Fungsional"), FormFamily.JA_JF.value)
        self.form_combo.addItem(self.tr("JPT / Pimpinan unit kerja mandiri"),
                                FormFamily.JPT.value)
        self.form_combo.setToolTip(self.tr(
            "Bentuk SKP: Pejabat Administrasi dan Fungsional (dengan kolom aspek), atau Pejabat "
            "Pimpinan Tinggi dan Pimpinan Unit Kerja Mandiri (dengan kolom perspektif), mis. "
            "Kepala Dinas memakai bentuk JPT."))
        for combo in (self.pendekatan_combo, self.form_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
        self.form_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form_combo.setMaximumWidth(320)
        self.pendekatan_combo.activated.connect(self._pendekatan_picked)
        self.form_combo.activated.connect(self._form_picked)
        pick = QHBoxLayout()
        pick.addWidget(caption(self.tr("Pendekatan"), self.pendekatan_combo.toolTip()))
        pick.addWidget(self.pendekatan_combo)
        pick.addSpacing(8)
        pick.addWidget(caption(self.tr("Bentuk"), self.form_combo.toolTip()))
        pick.addWidget(self.form_combo, 1)
        grid.addLayout(pick, 2, 2, 1, 2)

        self.badge = QLabel()
        self.badge.setObjectName("status_badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(120)
        self.badge.setToolTip(self.tr(
            "Status SKP: Draf (abu-abu) → Diajukan (kuning) → Ditetapkan (hijau); "
            "Dikembalikan (merah) bila penilai meminta perbaikan; Digantikan bila ada revisi "
            "yang ditetapkan."))
        grid.addWidget(caption(self.tr("Status"), self.badge.toolTip()), 0, 4,
                       Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.badge, 0, 5, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return frame

    def _build_hasil(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 4, 2, 2)
        self.tree = SkpTree()
        self.tree.setModel(self.model)
        self.tree.setObjectName("skp_tree")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.target_delegate = install_delegates(self.tree)
        self.target_delegate.rejected.connect(self._target_rejected)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SkpTreeModel.COL_URAIAN, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SkpTreeModel.COL_INTERVENSI, 230), (SkpTreeModel.COL_ASPEK, 90),
                           (SkpTreeModel.COL_TARGET, 70), (SkpTreeModel.COL_SATUAN, 80),
                           (SkpTreeModel.COL_PERSPEKTIF, 130)):
            header.resizeSection(col, width)
        header.setMinimumSectionSize(50)
        columns = settings.get(COLUMNS)
        if columns:
            header.restoreState(columns)
        # Double-click or Enter on a cell that has no cell editor (the intervensi column).
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.add_rhk_action = self._action(
            self.tr("Tambah RHK"), self.tr(
                "Menambah rencana hasil kerja pada bagian yang dipilih (A. Utama bila belum "
                "memilih), mis. 'Tersusunnya laporan keuangan triwulan' (Ctrl+Shift+R)"),
            self.add_rhk, "Ctrl+Shift+R")
        self.add_utama_action = QAction(self.tr("RHK utama"), self)
        self.add_utama_action.triggered.connect(self.add_rhk_utama)
        self.add_tambahan_action = QAction(self.tr("RHK tambahan"), self)
        self.add_tambahan_action.triggered.connect(self.add_rhk_tambahan)
        self.add_iki_action = self._action(
            self.tr("Tambah IKI"), self.tr(
                "Menambah indikator kinerja individu pada RHK yang dipilih, mis. 'Jumlah "
                "laporan yang disusun tepat waktu' (Ctrl+Shift+I)"), self.add_iki, "Ctrl+Shift+I")
        self.intervensi_action = self._action(
            self.tr("Pilih RHK pimpinan…"), self.tr(
                "Memilih RHK pejabat penilai (atau sasaran unit) yang didukung RHK yang dipilih;"
                " juga dengan klik dua kali pada kolomnya"), self.pick_intervensi)
        self.delete_action = self._action(
            self.tr("Hapus"), self.tr(
                "Menghapus RHK (beserta IKI-nya) atau IKI yang dipilih (Delete); Ctrl+Z "
                "membatalkan"), self.delete_current, QKeySequence.StandardKey.Delete,
            on=self.tree)
        self.up_action = self._action(
            self.tr("Naik"), self.tr("Memindahkan baris yang dipilih ke atas (Alt+↑); baris "
                                     "juga dapat diseret"), self.move_up, "Alt+Up", on=self.tree)
        self.down_action = self._action(
            self.tr("Turun"), self.tr("Memindahkan baris yang dipilih ke bawah (Alt+↓)"),
            self.move_down, "Alt+Down", on=self.tree)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.tree_buttons: dict[str, QToolButton] = {}
        for key, act in (("tambah_rhk", self.add_rhk_action), ("tambah_iki", self.add_iki_action),
                         ("intervensi", self.intervensi_action), ("hapus", self.delete_action),
                         ("naik", self.up_action), ("turun", self.down_action)):
            self.tree_buttons[key] = self._button(act)
            row.addWidget(self.tree_buttons[key])
        menu = QMenu(self)
        menu.addAction(self.add_utama_action)
        menu.addAction(self.add_tambahan_action)
        self.tree_buttons["tambah_rhk"].setMenu(menu)
        self.tree_buttons["tambah_rhk"].setPopupMode(
            QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.tree_hint = QLabel(self.tr("Klik dua kali untuk mengisi; seret untuk mengurutkan."))
        self.tree_hint.setToolTip(self.tree_hint.text())
        _color(self.tree_hint, HINT)
        self.tree_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tree_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.tree_hint, 1)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        return tab

    # ==== state =========================================================================
    @property
    def detail(self) -> SkpDetail | None:
        return self._detail

    def is_dirty(self) -> bool:
        """Unsaved edits: on the undo stack, or still being typed in a cell or ekspektasi."""
        return not self.undo_stack.isClean() or self.perilaku_tab.pending() \
            or self._cell_pending()

    def _cell_pending(self) -> bool:
        editor = self._open_editor()
        if editor is None:
            return False
        index = self.tree.currentIndex()
        shown = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "") != shown
        if isinstance(editor, QLineEdit):
            return editor.text().strip() != shown.strip()
        return True

    def load(self, skp_id: uuid.UUID) -> bool:
        """Reads the SKP and shows it; unsaved edits are dropped (ask ``maybe_save`` first)."""
        self.skp_id = skp_id
        try:
            detail = skp_service.get_skp(self.ctx.db, self.ctx.actor, skp_id)
            pilihan = skp_service.pilihan_intervensi(self.ctx.db, self.ctx.actor, skp_id)
        except UserError as exc:
            self._detail = None
            self._show_failure(exc.message)
            return False
        self._pilihan = pilihan
        self._show(detail)
        return True

    def reload(self) -> bool:
        """Muat ulang: asks before dropping unsaved edits."""
        if self.is_dirty() and not self._confirm(
                self.tr("Muat ulang"),
                self.tr("Perubahan yang belum disimpan akan hilang. Muat ulang SKP ini dari "
                        "basis data?"), self.tr("Buang dan muat ulang")):
            return False
        return self.load(self.skp_id)

    def _show(self, detail: SkpDetail) -> None:
        self._close_editor(commit=False)
        self._detail = detail
        self.model.set_intervensi_labels(self._labels(self._pilihan))
        self.model.set_editable(detail.hak.ubah_isi)
        self.model.set_ada_penilai(detail.penilai is not None)
        self.model.load(detail.isi)
        self.undo_stack.setClean()
        self._show_header(detail)
        self._apply_hak(detail)
        self.riwayat_tab.stale = True
        if self.tabs.currentWidget() is self.riwayat_tab:
            self._load_riwayat()
        self._clean_changed(True)
        first = self.model.index_at((0, 0))
        self.tree.setCurrentIndex(first if first.isValid() else self.model.index(0, 0))

    def _labels(self, pilihan: list[PilihanIntervensi]) -> dict[uuid.UUID, str]:
        out: dict[uuid.UUID, str] = {}
        for p in pilihan:
            out[p.id] = p.uraian
        return out

    def _show_failure(self, message: str) -> None:
        self.model.set_editable(False)
        self.model.load(IsiSKP())
        self._set_banner(self.tr("SKP tidak dapat dibuka: {pesan}").format(pesan=message),
                         "error")
        self.badge.setText("")
        for label in (self.pegawai_label, self.penilai_label, self.periode_label):
            label.setText("—")
        for act in (self.save_action, self.copy_action, self.ajukan_action,
                    self.tetapkan_action, self.kembalikan_action, self.revisi_action,
                    self.ganti_penilai_action, self.mutasi_action, self.add_rhk_action,
                    self.add_iki_action, self.intervensi_action,
                    self.delete_action, self.up_action, self.down_action):
            act.setEnabled(False)
        self.tabs.setEnabled(False)

    def _person(self, who: Identitas) -> str:
        """``<b>Nama</b> · NIP … · Jabatan`` (rich text; the data is escaped)."""
        parts = [f"<b>{html.escape(who.nama)}</b>"]
        if who.nip:
            parts.append(html.escape(self.tr("NIP {nip}").format(nip=who.nip)))
        if who.jabatan:
            parts.append(html.escape(who.jabatan))
        return " · ".join(parts)

    def _show_header(self, d: SkpDetail) -> None:
        self.pegawai_label.setText(self._person(d.pegawai))
        self.pegawai_label.setToolTip(f"{d.pegawai.nama}\n{d.pegawai.pangkat_gol}\n"
                                      f"{d.pegawai.jabatan}\n{d.pegawai.unit_kerja}")
        if d.penilai is None:
            self.penilai_label.setText(self.tr(
                "<span style='color:#b3261e'>Belum ditentukan — minta admin menentukan "
                "pejabat penilai kinerja</span>"))
            self.penilai_label.setToolTip("")
        else:
            text = self._person(d.penilai)
            sebagai = d.penilai_sebagai.strip()
            if sebagai in ("Plt", "Plh"):
                text += " " + self.tr("(sebagai {peran})").format(peran=sebagai)
            elif sebagai and sebagai != "definitif":
                text += f" ({html.escape(sebagai)})"
            self.penilai_label.setText(text)
            tip = f"{d.penilai.nama}\n{d.penilai.pangkat_gol}\n{d.penilai.jabatan}\n" \
                  f"{d.penilai.unit_kerja}"
            if d.penilai_alasan:
                tip += "\n" + self.tr("Alasan: {alasan}").format(alasan=d.penilai_alasan)
            self.penilai_label.setToolTip(tip)
        periode = f"{tanggal(d.periode_mulai)} – {tanggal(d.periode_selesai)}"
        if d.revisi_ke:
            periode += " · " + self.tr("revisi ke-{n}").format(n=d.revisi_ke)
        if d.ditutup_pada:
            periode += " · " + self.tr("ditutup {tgl}").format(tgl=tanggal(d.ditutup_pada))
        self.periode_label.setText(periode)
        key = _badge_key(d)
        bg, fg = BADGE_COLORS[key]
        label = self.tr("Dikembalikan") if key == "dikembalikan" else {
            StatusSKP.DRAFT: self.tr("Draf"), StatusSKP.DIAJUKAN: self.tr("Diajukan"),
            StatusSKP.DITETAPKAN: self.tr("Ditetapkan"),
            StatusSKP.DIGANTIKAN: self.tr("Digantikan")}[d.status]
        self.badge.setText(label.upper())
        self.badge.setProperty("status", key)
        self.badge.setStyleSheet(
            f"QLabel#status_badge {{ background: {bg}; color: {fg}; border: 1px solid {fg}; "
            "border-radius: 4px; padding: 4px 10px; font-weight: bold; }")
        self._sync_combos()

    def _sync_combos(self) -> None:
        self.pendekatan_combo.setCurrentIndex(
            self.pendekatan_combo.findData(self.model.pendekatan.value))
        self.form_combo.setCurrentIndex(self.form_combo.findData(self.model.form_family.value))

    def _state_text(self, d: SkpDetail) -> tuple[str, str]:
        """The banner: why the SKP is read-only, or the penilai's reason for returning it."""
        if d.dikembalikan and d.hak.ubah_isi:
            return self.tr("Dikembalikan oleh pejabat penilai: \u201c{alasan}\u201d. Perbaiki "
                           "lalu ajukan kembali.").format(alasan=d.alasan_dikembalikan), "error"
        if d.ditutup_pada is not None:
            return self.tr("SKP ini ditutup per {tgl} karena mutasi; SKP jabatan yang baru "
                           "dibuat terpisah.").format(tgl=tanggal(d.ditutup_pada)), "info"
        if d.hak.ubah_isi:
            return "", "info"
        if d.status is StatusSKP.DITETAPKAN:
            text = self.tr("SKP sudah ditetapkan{kapan} sehingga tidak dapat diubah.").format(
                kapan=self.tr(" di {tempat}, {tgl}").format(
                    tempat=d.tempat_penetapan, tgl=tanggal(d.tanggal_penetapan))
                if d.tanggal_penetapan else "")
            if d.hak.revisi:
                text += " " + self.tr("Untuk mengubahnya, tekan Buat revisi.")
            return text, "info"
        if d.status is StatusSKP.DIGANTIKAN:
            return self.tr("SKP ini sudah digantikan oleh revisinya; hanya untuk dibaca."), \
                "info"
        if d.status is StatusSKP.DIAJUKAN:
            if d.hak.tetapkan:
                return self.tr(
                    "SKP diajukan dan menunggu persetujuan Anda: periksa isinya, isi ekspektasi "
                    "khusus pada tab Perilaku Kerja bila perlu, lalu Setujui atau Kembalikan "
                    "dengan alasan."), "warning"
            return self.tr(
                "SKP sedang diajukan dan menunggu persetujuan pejabat penilai, sehingga tidak "
                "dapat diubah. Bila perlu diubah, minta pejabat penilai mengembalikannya."), \
                "warning"
        return self.tr(
            "Anda hanya dapat membaca SKP ini: yang dapat mengubahnya adalah pegawai pemiliknya,"
            " pejabat penilainya, atau admin."), "info"

    def _set_banner(self, text: str, level: str) -> None:
        if not text:
            self.banner.hide()
            return
        bg, fg = BANNER_COLORS.get(level, BANNER_COLORS["info"])
        self.banner.setStyleSheet(
            f"QLabel#skp_banner {{ background: {bg}; color: {fg}; border: 1px solid {fg}; "
            "padding: 4px 6px; }")
        self.banner.setProperty("level", level)
        self.banner.setText(text)
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def _apply_hak(self, d: SkpDetail) -> None:
        hak = d.hak
        self.tabs.setEnabled(True)
        self._set_banner(*self._state_text(d))
        for act in (self.add_rhk_action, self.add_iki_action, self.intervensi_action,
                    self.delete_action, self.up_action, self.down_action, self.copy_action):
            act.setVisible(hak.ubah_isi)
            act.setEnabled(hak.ubah_isi)
        self.add_utama_action.setEnabled(hak.ubah_isi)
        self.add_tambahan_action.setEnabled(hak.ubah_isi)
        self.tree_hint.setVisible(hak.ubah_isi)
        can_save = hak.ubah_isi or hak.ubah_ekspektasi
        for act in (self.save_action, self.undo_action, self.redo_action):
            act.setVisible(can_save)
        self.ajukan_action.setVisible(hak.ajukan)
        self.tetapkan_action.setVisible(hak.tetapkan)
        self.kembalikan_action.setVisible(hak.kembalikan)
        self.revisi_action.setVisible(hak.revisi)
        self.ganti_penilai_action.setVisible(hak.ganti_penilai)
        self.mutasi_action.setVisible(self._may_record_mutasi())
        for act in (self.ajukan_action, self.tetapkan_action, self.kembalikan_action,
                    self.revisi_action, self.ganti_penilai_action, self.mutasi_action,
                    self.reload_action):
            act.setEnabled(True)
        self.pendekatan_combo.setEnabled(hak.ubah_isi)
        self.form_combo.setEnabled(hak.ubah_isi)
        self.tree.setDragEnabled(hak.ubah_isi)
        self.tree.setAcceptDrops(hak.ubah_isi)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed if hak.ubah_isi
            else QAbstractItemView.EditTrigger.NoEditTriggers)
        if hak.ubah_ekspektasi:
            why = self.tr("Sebagai pejabat penilai (atau admin) Anda dapat mengisi ekspektasi "
                          "khusus pimpinan; kosongkan bila tidak ada.")
        else:
            why = self.tr("Ekspektasi khusus pimpinan diisi oleh pejabat penilai kinerja.")
        self.perilaku_tab.set_editable(hak.ubah_ekspektasi, why)
        self.perilaku_tab.refresh()
        self.lampiran_tab.set_editable(hak.ubah_isi)
        # A tool button does not follow its action's visibility by itself (only bars do).
        for button in (*self.buttons.values(), *self.tree_buttons.values()):
            action = button.defaultAction()
            button.setVisible(action is not None and action.isVisible())
        self._update_buttons()

    # ==== reacting to the model ==========================================================
    def _content_changed(self) -> None:
        items = self.model.kekurangan()
        draft = self._detail is None or self._detail.status is StatusSKP.DRAFT
        self.kelengkapan.show_items([k.pesan for k in items], draft)
        self._update_buttons()

    def _form_changed(self) -> None:
        jpt = self.model.form_family is FormFamily.JPT
        self.tree.setColumnHidden(SkpTreeModel.COL_PERSPEKTIF, not jpt)
        self.tree.setColumnHidden(SkpTreeModel.COL_ASPEK, jpt)
        self._sync_combos()

    def _after_reset(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self.tree.expand(parent)
        for row in range(first, last + 1):
            self.tree.expand(self.model.index(row, 0, parent))

    def _clean_changed(self, _clean: bool) -> None:
        self._update_buttons()

    def _index_changed(self, _index: int) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        d = self._detail
        dirty = not self.undo_stack.isClean()
        self.save_action.setEnabled(d is not None and dirty
                                    and (d.hak.ubah_isi or d.hak.ubah_ekspektasi))
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setToolTip(self.tr("Urungkan: {aksi} (Ctrl+Z)").format(
            aksi=self.undo_stack.undoText()) if self.undo_stack.canUndo()
            else self.tr("Tidak ada yang dapat diurungkan (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Ulangi: {aksi} (Ctrl+Y)").format(
            aksi=self.undo_stack.redoText()) if self.undo_stack.canRedo()
            else self.tr("Tidak ada yang dapat diulangi (Ctrl+Y)"))
        if dirty:
            self.message.setText(self.tr("● Ada perubahan yang belum disimpan"))
            _color(self.message, "#8a6d00")
        elif self.message.property("sticky") is not True:
            self.message.setText("")
        self._current_changed(self.tree.currentIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        editable = self.model.editable and self._detail is not None
        kind = self.model.kind_of(current)
        self.add_iki_action.setEnabled(editable and kind in ("rhk", "iki"))
        self.intervensi_action.setEnabled(editable and kind in ("rhk", "iki"))
        self.delete_action.setEnabled(editable and kind in ("rhk", "iki"))
        self.up_action.setEnabled(editable and kind in ("rhk", "iki"))
        self.down_action.setEnabled(editable and kind in ("rhk", "iki"))

    def _say(self, text: str) -> None:
        _color(self.message, HINT)
        self.message.setText(text)

    def _target_rejected(self, reason: str) -> None:
        self._say(reason)

    def hideEvent(self, event: QHideEvent) -> None:
        """Remembers the panel and column widths (when the page or the window closes)."""
        self._remember_layout()
        super().hideEvent(event)

    def _remember_layout(self) -> None:
        splitter = bytes(self.splitter.saveState().data())
        if splitter != settings.get(SPLITTER):
            settings.set(SPLITTER, splitter)
        columns = bytes(self.tree.header().saveState().data())
        if columns != settings.get(COLUMNS):
            settings.set(COLUMNS, columns)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.riwayat_tab and self.riwayat_tab.stale:
            self._load_riwayat()

    def _load_riwayat(self) -> None:
        try:
            rows = skp_workflow.riwayat(self.ctx.db, self.ctx.actor, self.skp_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.riwayat_tab.show_rows(rows)

    # ==== tree commands ==================================================================
    def _current(self) -> QModelIndex:
        return self.tree.currentIndex().siblingAtColumn(0)

    def _select(self, index: QModelIndex, edit: bool = False) -> None:
        if not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if edit:
            self.tree.setFocus()
            self.tree.edit(index)

    def _current_jenis(self) -> JenisRHK:
        path = self.model.path_of(self._current())
        return JenisRHK.TAMBAHAN if path and path[0] == 1 else JenisRHK.UTAMA

    def add_rhk(self, jenis: JenisRHK | None = None) -> QModelIndex:
        """A new RHK after the current one (or at the end of the chosen section)."""
        if not self.model.editable:
            return QModelIndex()
        self._close_editor(commit=True)
        path = self.model.path_of(self._current())
        row: int | None = None
        if jenis is None:
            jenis = self._current_jenis()
            if path is not None and len(path) >= 2:
                row = path[1] + 1
        index = self.model.add_rhk(jenis, row)
        self._select(index, edit=self.isVisible())
        return index

    def add_rhk_utama(self) -> None:
        self.add_rhk(JenisRHK.UTAMA)

    def add_rhk_tambahan(self) -> None:
        self.add_rhk(JenisRHK.TAMBAHAN)

    def add_iki(self) -> QModelIndex:
        """A new IKI under the current RHK (after the current IKI)."""
        current = self._current()
        kind = self.model.kind_of(current)
        if kind not in ("rhk", "iki") or not self.model.editable:
            self._say(self.tr("Pilih dulu RHK yang akan diberi indikator."))
            return QModelIndex()
        self._close_editor(commit=True)
        rhk = current if kind == "rhk" else current.parent()
        row = current.row() + 1 if kind == "iki" else None
        index = self.model.add_iki(rhk, row)
        self._select(index, edit=self.isVisible())
        return index

    def delete_current(self) -> bool:
        current = self._current()
        kind = self.model.kind_of(current)
        if kind not in ("rhk", "iki"):
            return False
        value = self.model.rhk_at(current) or self.model.iki_at(current)
        name = value.uraian if value is not None and value.uraian else self.tr("(tanpa uraian)")
        parent, row = current.parent(), current.row()
        if not self.model.remove(current):
            return False
        if kind == "rhk":
            self._say(self.tr("RHK '{nama}' dihapus beserta IKI-nya. Ctrl+Z membatalkan.").format(
                nama=name))
        else:
            self._say(self.tr("IKI '{nama}' dihapus. Ctrl+Z membatalkan.").format(nama=name))
        count = self.model.rowCount(parent)
        self._select(self.model.index(min(row, count - 1), 0, parent) if count else parent)
        return True

    def move_up(self) -> None:
        self._select(self.model.move_up(self._current()))

    def move_down(self) -> None:
        self._select(self.model.move_down(self._current()))

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == SkpTreeModel.COL_INTERVENSI and \
                self.model.kind_of(index) == "rhk" and self.model.editable:
            self.pick_intervensi()

    def pick_intervensi(self) -> bool:
        """Opens the searchable list for the current RHK; the choice is one undo step."""
        current = self._current()
        if self.model.kind_of(current) == "iki":
            current = current.parent()
        rhk = self.model.rhk_at(current)
        d = self._detail
        if rhk is None or d is None or not self.model.editable:
            self._say(self.tr("Pilih dulu RHK-nya."))
            return False
        try:
            self._pilihan = skp_service.pilihan_intervensi(self.ctx.db, self.ctx.actor, d.id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.model.set_intervensi_labels(self._labels(self._pilihan))
        luar = d.penilai is None or d.penilai.pegawai_id is None
        chosen = self._ask_intervensi(
            self._pilihan, Intervensi(rhk.intervensi_rhk_id, rhk.intervensi_sasaran_id,
                                      rhk.intervensi_teks),
            rhk.uraian, d.penilai.nama if d.penilai else "",
            luar or bool(rhk.intervensi_teks))
        if chosen is None:
            return False
        return self.model.set_intervensi(current, chosen.rhk_id, chosen.sasaran_id, chosen.teks)

    def _go_to_kekurangan(self, row: int) -> None:
        items = self.model.kekurangan()
        if not 0 <= row < len(items):
            return
        path = self.model.path_for_kekurangan(items[row])
        if path is None:
            if items[row].rhk_index is None and "penilai" in items[row].pesan:
                self._say(items[row].pesan)
                return
            path = (0,)
        self.tabs.setCurrentWidget(self.hasil_tab)
        self._select(self.model.index_at(path))
        self.tree.setFocus()

    def _pendekatan_picked(self, _index: int) -> None:
        self.model.set_pendekatan(Pendekatan(str(self.pendekatan_combo.currentData())))

    def _form_picked(self, _index: int) -> None:
        self.model.set_form_family(FormFamily(str(self.form_combo.currentData())))

    # ==== editors still open =============================================================
    def _open_editor(self) -> QWidget | None:
        """The cell editor open in the tree (a delegate's editor lives on the viewport)."""
        for child in self.tree.viewport().children():
            if isinstance(child, QWidget) and not child.isHidden():
                return child
        return None

    def _close_editor(self, commit: bool) -> None:
        editor = self._open_editor()
        if editor is not None:
            if commit:
                self.tree.commitData(editor)
            self.tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def commit_pending(self) -> None:
        """Commits a cell or ekspektasi still being typed (Ctrl+S does not end editing)."""
        self._close_editor(commit=True)
        self.perilaku_tab.commit_pending()

    # ==== saving =========================================================================
    def save(self) -> bool:
        """Saves the content (or only the ekspektasi); False when refused or nothing to save."""
        self.commit_pending()
        d = self._detail
        if d is None:
            return False
        if self.undo_stack.isClean():
            return True
        try:
            if d.hak.ubah_isi:
                result = skp_service.simpan_isi(self.ctx.db, self.ctx.actor, d.id,
                                                self.model.isi(), d.version)
            elif d.hak.ubah_ekspektasi:
                result = skp_service.simpan_ekspektasi(self.ctx.db, self.ctx.actor, d.id,
                                                       dict(self.model.ekspektasi), d.version)
            else:
                return False
        except ConflictError as exc:
            self._set_banner(self.tr(
                "Belum disimpan: {pesan} Perubahan Anda masih ada di layar; catat dulu bila "
                "perlu, lalu Muat ulang.").format(pesan=exc.message), "error")
            if self._ask_reload_after_conflict(exc.message):
                self.load(d.id)
            return False
        except UserError as exc:
            self._set_banner(self.tr("Belum disimpan: {pesan}").format(pesan=exc.message),
                             "error")
            show_error(self, exc)
            return False
        self._saved(result)
        return True

    def _saved(self, result: SkpDetail) -> None:
        self._detail = result
        if not self.model.adopt_ids(result.isi):
            self.model.load(result.isi)  # the rows came back different: show what was saved
        self.undo_stack.setClean()
        self._set_banner(*self._state_text(result))
        _color(self.message, "#1b6e2e")
        self.message.setText(self.tr("Tersimpan {jam}.").format(
            jam=dt.datetime.now().strftime("%H.%M")))
        self.saved.emit(result.id)

    def maybe_save(self) -> bool:
        """Before leaving: Simpan / Buang / Batal when dirty; False cancels the navigation."""
        if not self.is_dirty():
            return True
        self.commit_pending()
        if self.undo_stack.isClean():
            return True  # what was typed equals what is saved
        answer = self._ask_save_discard()
        if answer == "simpan":
            return self.save()
        if answer == "buang":
            self._close_editor(commit=False)
            if self._detail is not None:
                self._show(self._detail)
            return True
        return False

    # ==== workflow =======================================================================
    def _before_action(self) -> SkpDetail | None:
        if self.is_dirty() and not self.save():
            return None
        return self._detail

    def _after_action(self, skp_id: uuid.UUID, message: str) -> None:
        self.load(skp_id)
        self._say(message)
        self.status_changed.emit(skp_id)

    def ajukan(self) -> bool:
        d = self._before_action()
        if d is None or not d.hak.ajukan:
            return False
        missing = self.model.kekurangan()
        if missing:
            shown = "\n".join(f"• {m.pesan}" for m in missing[:8])
            more = self.tr("\n… dan {n} lagi.").format(n=len(missing) - 8) \
                if len(missing) > 8 else ""
            self._inform(self.tr("SKP belum lengkap"), self.tr(
                "SKP belum dapat diajukan; lengkapi dulu (lihat panel Kelengkapan):\n{daftar}{lagi}"
            ).format(daftar=shown, lagi=more))
            return False
        penilai = d.penilai.nama if d.penilai else ""
        if not self._confirm(self.tr("Ajukan SKP"), self.tr(
                "Ajukan SKP ini ke {penilai} untuk disetujui? Selama diajukan, SKP tidak dapat "
                "diubah kecuali dikembalikan.").format(penilai=penilai), self.tr("Ajukan")):
            return False
        try:
            skp_workflow.ajukan(self.ctx.db, self.ctx.actor, d.id, d.version)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._after_action(d.id, self.tr("SKP diajukan ke {penilai}.").format(penilai=penilai))
        return True

    def tetapkan(self, tempat: str | None = None) -> bool:
        d = self._before_action()
        if d is None or not d.hak.tetapkan:
            return False
        if tempat is None:
            tempat = self._ask_tempat(d.pegawai.nama, default_tempat(self.ctx))
            if tempat is None:
                return False
        try:
            skp_workflow.tetapkan(self.ctx.db, self.ctx.actor, d.id, tempat=tempat,
                                  tanggal=dt.date.today(), expected_version=d.version)
        except UserError as exc:
            show_error(self, exc)
            return False
        settings.set(TEMPAT_PENETAPAN, tempat.strip())
        self._after_action(d.id, self.tr("SKP ditetapkan."))
        return True

    def kembalikan(self, alasan: str | None = None) -> bool:
        d = self._before_action()
        if d is None or not d.hak.kembalikan:
            return False
        if alasan is None:
            alasan = self._ask_alasan(
                self.tr("Kembalikan SKP"),
                self.tr("SKP {nama} dikembalikan menjadi draf untuk diperbaiki. Tuliskan apa "
                        "yang perlu diperbaiki; pegawai membacanya di atas SKP-nya.").format(
                    nama=d.pegawai.nama),
                self.tr("Target IKI 2 belum terukur; tambahkan satuan."),
                self.tr("Kembalikan"))
            if alasan is None:
                return False
        try:
            skp_workflow.kembalikan(self.ctx.db, self.ctx.actor, d.id, alasan, d.version)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._after_action(d.id, self.tr("SKP dikembalikan ke pegawai."))
        return True

    def buat_revisi(self, alasan: str | None = None) -> uuid.UUID | None:
        """A new draft version; the editor then shows it (``status_changed`` with its id)."""
        d = self._before_action()
        if d is None or not d.hak.revisi:
            return None
        if alasan is None:
            alasan = self._ask_alasan(
                self.tr("Buat revisi SKP"),
                self.tr("Revisi membuat versi baru (draf) dari SKP ini; versi yang sekarang "
                        "tetap berlaku sampai revisinya ditetapkan. Tuliskan alasannya."),
                self.tr("Perubahan target karena refocusing anggaran."),
                self.tr("Buat revisi"))
            if alasan is None:
                return None
        try:
            new_id = skp_workflow.buat_revisi(self.ctx.db, self.ctx.actor, d.id, alasan)
        except UserError as exc:
            show_error(self, exc)
            return None
        self._after_action(new_id, self.tr("Revisi dibuat; silakan ubah lalu ajukan."))
        return new_id

    def _may_record_mutasi(self) -> bool:
        d = self._detail
        return (d is not None and self.ctx.actor.role is Role.ADMIN and d.ditutup_pada is None
                and d.status is not StatusSKP.DIGANTIKAN)

    def ganti_penilai(self) -> bool:
        """The admin names another penilai (GantiPenilaiDialog); the editor shows the result."""
        d = self._before_action()
        if d is None or not d.hak.ganti_penilai:
            return False
        dialog = GantiPenilaiDialog(self.ctx, d, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_detail is None:
            return False
        self._after_action(d.id, self.tr("Pejabat penilai diganti."))
        return True

    def catat_mutasi(self) -> uuid.UUID | None:
        """Closes this SKP for a move and opens the new draft (``status_changed`` with its id)."""
        d = self._before_action()
        if d is None or not self._may_record_mutasi():
            return None
        dialog = MutasiDialog(self.ctx, d, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.new_skp_id is None:
            return None
        self._after_action(dialog.new_skp_id, self.tr(
            "SKP lama ditutup; ini SKP baru untuk jabatan sesudah mutasi."))
        return dialog.new_skp_id

    def salin_tahun_lalu(self) -> bool:
        """Replaces the content with last year's plan (one undo step)."""
        d = self._detail
        if d is None or not self.model.editable or d.pegawai.pegawai_id is None:
            return False
        self._close_editor(commit=True)
        try:
            lalu = skp_service.isi_tahun_lalu(self.ctx.db, self.ctx.actor, d.pegawai.pegawai_id,
                                              d.tahun)
        except UserError as exc:
            show_error(self, exc)
            return False
        if lalu is None or not lalu.rhk:
            self._inform(self.tr("Salin dari SKP tahun lalu"), self.tr(
                "Tidak ada SKP tahun {tahun} (dengan RHK) milik pegawai ini untuk disalin."
            ).format(tahun=d.tahun - 1))
            return False
        if not self.model.is_empty() and not self._confirm(
                self.tr("Salin dari SKP tahun lalu"),
                self.tr("Isi SKP sekarang ({rhk} RHK, {iki} IKI, dan lampirannya) akan diganti "
                        "dengan isi SKP tahun {tahun} ({rhk2} RHK). Ekspektasi pimpinan tidak "
                        "berubah. Dapat dibatalkan dengan Ctrl+Z.").format(
                    rhk=self.model.rhk_count(), iki=self.model.iki_count(), tahun=d.tahun - 1,
                    rhk2=len(lalu.rhk)), self.tr("Ganti isinya")):
            return False
        lalu.pendekatan = self.model.pendekatan
        lalu.form_family = self.model.form_family
        lalu.ekspektasi = dict(self.model.ekspektasi)
        self.model.replace_isi(lalu, QCoreApplication.translate(
            "SkpEditor", "Salin dari SKP tahun lalu"))
        self._say(self.tr("Isi SKP tahun {tahun} disalin; pilih lagi RHK pimpinan yang "
                          "diintervensi. Ctrl+Z membatalkan.").format(tahun=d.tahun - 1))
        return True

    # ==== questions (tests replace these) ================================================
    def _message_box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        return box

    def _confirm(self, title: str, text: str, ok_text: str) -> bool:
        box = self._message_box(QMessageBox.Icon.Question, title, text)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is ok

    def _inform(self, title: str, text: str) -> None:
        box = self._message_box(QMessageBox.Icon.Information, title, text)
        box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        box.deleteLater()

    def _ask_save_discard(self) -> str | None:
        """"simpan", "buang", or None (stay)."""
        box = self._message_box(QMessageBox.Icon.Question, self.tr("Perubahan belum disimpan"),
                                self.tr("Perubahan pada SKP ini belum disimpan."))
        save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Buang perubahan"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "simpan" if clicked is save else "buang" if clicked is discard else None

    def _ask_reload_after_conflict(self, message: str) -> bool:
        return self._confirm(
            self.tr("SKP diubah orang lain"),
            self.tr("{pesan}\n\nMuat ulang sekarang? Perubahan Anda yang belum disimpan akan "
                    "hilang. Pilih Batal untuk mencatatnya dulu.").format(pesan=message),
            self.tr("Muat ulang"))

    def _ask_alasan(self, title: str, prompt: str, example: str, ok_text: str) -> str | None:
        dialog = AlasanDialog(title, prompt, self.tr("mis. {contoh}").format(contoh=example),
                              ok_text, min_len=skp_workflow.MIN_ALASAN, parent=self)
        try:
            return dialog.alasan() if dialog.exec() == AlasanDialog.DialogCode.Accepted \
                else None
        finally:
            dialog.deleteLater()

    def _ask_tempat(self, nama: str, default: str) -> str | None:
        dialog = TetapkanDialog(nama, default, dt.date.today(), self)
        try:
            return dialog.tempat.text().strip() \
                if dialog.exec() == TetapkanDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _ask_intervensi(self, pilihan: list[PilihanIntervensi], current: Intervensi,
                        rhk_uraian: str, penilai_nama: str, allow_teks: bool
                        ) -> Intervensi | None:
        dialog = IntervensiDialog(pilihan, current, rhk_uraian=rhk_uraian,
                                  penilai_nama=penilai_nama, allow_teks=allow_teks, parent=self)
        try:
            return dialog.chosen if dialog.exec() == IntervensiDialog.DialogCode.Accepted \
                else None
        finally:
            dialog.deleteLater()
