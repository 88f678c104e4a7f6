"""Cetak Dokumen: choose a document, see it as it will print, print or save it, or print a
whole unit at once (issue 5 point 6, SCREENS §11).

Left: the document type, the unit (always with its sub-units, as batch printing does),
the period for per-period documents, paper and margins, and the list of SKPs (or SKM
surveys) of the unit and year with a search box. Right: the print preview of the
selected item, generated in the background (gui/jobs.LatestJob); only the latest request
is shown, so moving through the list with the arrow keys stays smooth. "Cetak Semua…"
prints the unit's documents into one merged PDF or one file per pegawai, in the
background with progress and Batal.

Signed documents (SKP that are no longer drafts, evaluations) need the site key; it is
asked once per session (gui/kunci_dialog.py). While browsing, the preview does not pop
the question up: it says what is needed, with a button to unlock.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.kunci_dialog import kunci_situs, kunci_tersimpan
from kinerja_desktop.gui.page_title import page_title
from kinerja_desktop.gui.pdf_preview import PdfPreview
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.periode_choice import fill_periode_combo, read_periods
from kinerja_desktop.gui.skp_list_model import STATUS_COLORS, status_tampil, status_text
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.gui.verifikasi_dialog import buka_verifikasi
from kinerja_desktop.services import cetak as cetak_service
from kinerja_desktop.services.cetak import DokumenPdf, KunciDiperlukan, KunciSitus, OpsiCetak
from kinerja_desktop.services.cetak_massal import HasilMassal, cetak_massal
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.rekap import unit_sendiri
from kinerja_desktop.services.skm import SurveiSkmDTO, list_survei
from kinerja_desktop.services.skp import SkpRingkas, list_skp
from kinerja_desktop.services.unit_kerja import UnitDTO, descendants, list_units
from kinerja_desktop.storage.engine import Database

ModelIndex = QModelIndex | QPersistentModelIndex
_CTX = "CetakPage"

PREVIEW_DELAY_MS = 120
"""Selection changes closer together than this make one preview (arrow keys held down)."""
OPTION_DELAY_MS = 400
"""Typing in the place or margin fields re-renders once the typing pauses."""
MARGIN_MIN, MARGIN_MAX = 5, 40
BATCH_PROCESSES = 2

JENIS_TEXT: dict[JenisDokumen, str] = {
    JenisDokumen.SKP: QT_TRANSLATE_NOOP("CetakPage", "SKP dan Lampiran"),
    JenisDokumen.EVALUASI: QT_TRANSLATE_NOOP("CetakPage", "Evaluasi Kinerja Pegawai"),
    JenisDokumen.DOKUMEN_EVALUASI: QT_TRANSLATE_NOOP("CetakPage",
                                                     "Dokumen Evaluasi Kinerja Pegawai"),
    JenisDokumen.REKAP: QT_TRANSLATE_NOOP("CetakPage", "Rekap Predikat Unit"),
    JenisDokumen.PENETAPAN: QT_TRANSLATE_NOOP("CetakPage",
                                              "Format Penetapan Predikat Kinerja"),
    JenisDokumen.SKM: QT_TRANSLATE_NOOP("CetakPage", "Laporan Survei Kepuasan Masyarakat"),
}
JENIS_HELP: dict[JenisDokumen, str] = {
    JenisDokumen.SKP: QT_TRANSLATE_NOOP(
        "CetakPage", "SKP tahunan per pegawai beserta Lampiran (dukungan sumber daya, skema "
        "pertanggungjawaban, konsekuensi). Draf dicetak dengan tanda air DRAF tanpa kode "
        "verifikasi; SKP yang ditetapkan diberi kode QR dan kode verifikasi."),
    JenisDokumen.EVALUASI: QT_TRANSLATE_NOOP(
        "CetakPage", "Evaluasi Kinerja Pegawai per periode (triwulan, bulan, atau semester "
        "sesuai skema periode), dengan kode verifikasi."),
    JenisDokumen.DOKUMEN_EVALUASI: QT_TRANSLATE_NOOP(
        "CetakPage", "Dokumen Evaluasi Kinerja Pegawai per periode: rangkuman predikat untuk "
        "ditandatangani, dengan kode verifikasi."),
    JenisDokumen.REKAP: QT_TRANSLATE_NOOP(
        "CetakPage", "Rekap predikat seluruh pegawai unit pada periode itu dan sebarannya "
        "dibanding kurva distribusi, dengan grafik."),
    JenisDokumen.PENETAPAN: QT_TRANSLATE_NOOP(
        "CetakPage", "Format Penetapan Predikat Kinerja unit pada periode itu."),
    JenisDokumen.SKM: QT_TRANSLATE_NOOP(
        "CetakPage", "Laporan hasil Survei Kepuasan Masyarakat per survei: NRR per unsur, "
        "IKM, konversi, dan mutu pelayanan."),
}
KERTAS_TEXT = {
    "A4": QT_TRANSLATE_NOOP("CetakPage", "A4 (210 × 297 mm)"),
    "F4": QT_TRANSLATE_NOOP("CetakPage", "F4 / Folio (215 × 330 mm)"),
}
SIGNED_STATUSES = frozenset(s for s in StatusSKP if s not in (StatusSKP.DRAFT,
                                                              StatusSKP.DIAJUKAN))


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def jenis_text(jenis: JenisDokumen) -> str:
    return _tr(JENIS_TEXT[jenis])


# --- the list of printable items --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemCetak:
    """One line of the list: an SKP (per-pegawai documents) or an SKM survey."""

    id: uuid.UUID
    nama: str
    keterangan: str  # NIP and jabatan, or the period
    status: str
    tip: str
    fg: QColor | None = None
    bg: QColor | None = None
    bertanda: bool = False  # printing it signs it (needs the site key)


def item_skp(row: SkpRingkas, jenis: JenisDokumen) -> ItemCetak:
    shown = status_tampil(row)
    fg, bg = STATUS_COLORS[shown]
    signed = jenis.bertanda and (jenis is not JenisDokumen.SKP or row.status in SIGNED_STATUSES)
    tip = QCoreApplication.translate(
        "CetakPage", "{nama}, {jabatan} — {unit}. Pejabat penilai: {penilai}.").format(
            nama=row.nama, jabatan=row.jabatan or "-", unit=row.unit_nama or "-",
            penilai=row.penilai_nama or QCoreApplication.translate("CetakPage", "belum ada"))
    return ItemCetak(row.id, row.nama, row.nip, status_text(shown), tip, fg, bg, signed)


def item_skm(row: SurveiSkmDTO) -> ItemCetak:
    return ItemCetak(row.id, row.judul, row.periode_label, row.mutu_teks, row.ringkasan)


class CetakListModel(QAbstractTableModel):
    """Nama, NIP (or the period), status — what the user picks a document by."""

    NAMA, KETERANGAN, STATUS = range(3)
    IdRole = int(Qt.ItemDataRole.UserRole) + 1
    HEADERS = (
        QT_TRANSLATE_NOOP("CetakPage", "Nama"),
        QT_TRANSLATE_NOOP("CetakPage", "NIP"),
        QT_TRANSLATE_NOOP("CetakPage", "Status"),
    )
    HEADERS_SKM = (
        QT_TRANSLATE_NOOP("CetakPage", "Survei"),
        QT_TRANSLATE_NOOP("CetakPage", "Periode"),
        QT_TRANSLATE_NOOP("CetakPage", "Mutu"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemCetak] = []
        self._headers: Sequence[str] = self.HEADERS

    def set_rows(self, rows: Sequence[ItemCetak], *, skm: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._headers = self.HEADERS_SKM if skm else self.HEADERS
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    @property
    def rows(self) -> Sequence[ItemCetak]:
        return self._rows

    def item(self, row: int) -> ItemCetak | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.nama, item.keterangan, item.status)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tip
        if role == self.IdRole:
            return str(item.id)
        if col == self.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return item.fg
        if col == self.STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return item.bg
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return _tr(self._headers[section])
        return None


class ItemFilter(QSortFilterProxyModel):
    """Live search on name and NIP (or survey and period)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_text(self, text: str) -> None:
        # Spaces in a typed NIP ("19850101 201001 1 003") are ignored, as in the list.
        self.setFilterFixedString(" ".join(text.split()))


# --- batch printing options ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PilihanMassal:
    gabung: bool  # one merged PDF (tujuan is the file) or one file per pegawai (a folder)
    tujuan: Path


class BatchDialog(QDialog):
    """Merged file or one file per pegawai, and where."""

    def __init__(self, judul: str, default_file: Path, default_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak Semua"))
        self._file, self._folder = default_file, default_folder
        intro = QLabel(judul)
        intro.setWordWrap(True)
        self.gabung_radio = QRadioButton(self.tr("Satu berkas PDF gabungan"))
        self.gabung_radio.setToolTip(self.tr(
            "Semua dokumen digabung berurutan dalam satu berkas PDF: mudah dicetak sekaligus."))
        self.pisah_radio = QRadioButton(self.tr("Satu berkas per pegawai (dalam satu folder)"))
        self.pisah_radio.setToolTip(self.tr(
            "Setiap pegawai mendapat berkasnya sendiri, contoh: SKP_2026_<NIP>_<Nama>.pdf."))
        group = QButtonGroup(self)
        group.addButton(self.gabung_radio)
        group.addButton(self.pisah_radio)
        self.gabung_radio.setChecked(True)
        self.path_edit = QLineEdit(str(default_file))
        self.path_edit.setToolTip(self.tr(
            "Berkas PDF gabungan, atau folder untuk berkas per pegawai. Folder yang belum ada "
            "dibuat."))
        choose = QPushButton(self.tr("Pilih…"))
        choose.setToolTip(self.tr("Memilih berkas atau folder tujuan."))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cetak"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.gabung_radio.toggled.connect(self._mode_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.gabung_radio)
        layout.addWidget(self.pisah_radio)
        layout.addWidget(QLabel(self.tr("Tujuan:")))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _mode_changed(self, gabung: bool) -> None:
        self.path_edit.setText(str(self._file if gabung else self._folder))

    def _choose(self) -> None:
        current = self.path_edit.text().strip()
        if self.gabung_radio.isChecked():
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Berkas PDF gabungan"), current,
                                                  self.tr("Dokumen PDF (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan"), current)
        if name:
            self.path_edit.setText(name)

    def pilihan(self) -> PilihanMassal | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        gabung = self.gabung_radio.isChecked()
        if gabung and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return PilihanMassal(gabung, path)


class SkippedDialog(QDialog):
    """Who was not printed, and why (non-modal: opened from the message bar)."""

    def __init__(self, dilewati: Sequence[tuple[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pegawai yang dilewati"))
        label = QLabel(self.tr("{n} pegawai tidak dicetak. Perbaiki datanya lalu cetak "
                               "lagi:").format(n=len(dilewati)))
        label.setWordWrap(True)
        self.list = QListWidget()
        for who, why in dilewati:
            self.list.addItem(self.tr("{who}: {why}").format(who=who, why=why))
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)


# --- the page ---------------------------------------------------------------------------------
class CetakPage(QWidget):
    """Cetak Dokumen: choose, preview, print, save; batch for a unit."""

    page_requested = Signal(str)  # "skp", "skm", "unit_kerja": from the empty state

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._units: list[UnitDTO] = []
        self.periods: list[Periode] = []
        self.list_job: JobHandle[list[ItemCetak]] | None = None
        self.preview_job: JobHandle[DokumenPdf] | None = None
        self.batch_job: JobHandle[HasilMassal] | None = None
        self.dokumen: DokumenPdf | None = None
        self.last_batch: HasilMassal | None = None
        self.skipped_dialog: SkippedDialog | None = None
        self._list_loader = LatestJob(self)
        self._preview_loader = LatestJob(self)
        self._preview_pending = False
        self._needs_key = False

        self.title = page_title()
        self._build_choices()
        self._build_list()
        self._build_preview()

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 4, 0)
        ll.addLayout(self.form)
        ll.addWidget(self.search_edit)
        ll.addWidget(self.list_stack, 1)
        ll.addWidget(self.count_label)
        ll.addLayout(self.batch_row)
        left.setMinimumWidth(330)
        left.setMaximumWidth(480)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 800])
        self.splitter.setChildrenCollapsible(False)

        self.banner = InfoBar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._make_shortcuts()
        self._fill_units()
        self._fill_periods()
        self.jenis_combo.currentIndexChanged.connect(self._jenis_changed)
        self.unit_combo.currentIndexChanged.connect(self._scope_changed)
        self.periode_combo.currentIndexChanged.connect(self._scope_changed)
        ctx.tahun.changed.connect(self._year_changed)
        self._jenis_changed()

    # --- building -------------------------------------------------------------------------------
    def _build_choices(self) -> None:
        self.jenis_combo = QComboBox()
        for jenis in JenisDokumen:
            self.jenis_combo.addItem(jenis_text(jenis), jenis.value)
            self.jenis_combo.setItemData(self.jenis_combo.count() - 1, _tr(JENIS_HELP[jenis]),
                                         Qt.ItemDataRole.ToolTipRole)
        self.jenis_combo.setToolTip(self.tr(
            "Dokumen yang dicetak. SKP, Evaluasi Kinerja, dan Dokumen Evaluasi dicetak per "
            "pegawai; Rekap, Penetapan Predikat, dan laporan SKM per unit."))
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr(
            "Unit kerja beserta seluruh sub-unitnya. Contoh: memilih Sekretariat juga "
            "menampilkan pegawai Subbagian Umum dan Kepegawaian."))
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periode_combo = QComboBox()
        self.periode_combo.setToolTip(self.tr(
            "Periode penilaian dokumen (triwulan, bulan, atau semester sesuai skema periode "
            "tahun kerja). SKP tahunan tidak memakai periode."))
        self.kertas_combo = QComboBox()
        for kertas, text in KERTAS_TEXT.items():
            self.kertas_combo.addItem(_tr(text), kertas)
        pos = self.kertas_combo.findData(settings.get(settings.PAPER_SIZE))
        self.kertas_combo.setCurrentIndex(max(0, pos))
        self.kertas_combo.setToolTip(self.tr(
            "Ukuran kertas cetak. Banyak kantor memakai F4 (Folio, 215 × 330 mm); pilihan ini "
            "diingat untuk cetak berikutnya."))
        self.margin_spin = QSpinBox()
        self.margin_spin.setRange(MARGIN_MIN, MARGIN_MAX)
        self.margin_spin.setSuffix(" mm")
        self.margin_spin.setValue(settings.get(settings.MARGIN_MM))
        self.margin_spin.setToolTip(self.tr(
            "Jarak tepi kertas ke isi pada keempat sisi, dalam milimeter ({lo}–{hi}). Contoh: "
            "15. Perbesar bila printer memotong tepi halaman.").format(lo=MARGIN_MIN,
                                                                       hi=MARGIN_MAX))
        self.tempat_edit = QLineEdit()
        self.tempat_edit.setText(settings.get(settings.TEMPAT_CETAK))
        self.tempat_edit.setPlaceholderText(self.tr("kosong = tempat saat penetapan"))
        self.tempat_edit.setToolTip(self.tr(
            "Tempat pada baris tanggal di atas tanda tangan, contoh: Bandar Lampung → "
            "\"Bandar Lampung, 25 November 2026\". Kosongkan untuk memakai tempat yang "
            "dicatat saat SKP ditetapkan."))
        self.lampiran_check = QCheckBox(self.tr("Sertakan Lampiran SKP"))
        self.lampiran_check.setChecked(True)
        self.lampiran_check.setToolTip(self.tr(
            "Menambahkan halaman LAMPIRAN SKP (dukungan sumber daya, skema "
            "pertanggungjawaban, konsekuensi) sesudah SKP."))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Dokumen:"), self.jenis_combo)
        self.form.addRow(self.tr("Unit kerja:"), self.unit_combo)
        self.form.addRow(self.tr("Periode:"), self.periode_combo)
        paper = QHBoxLayout()
        paper.addWidget(self.kertas_combo, 1)
        margin_label = QLabel(self.tr("Margin:"))
        margin_label.setBuddy(self.margin_spin)
        paper.addWidget(margin_label)
        paper.addWidget(self.margin_spin)
        self.form.addRow(self.tr("Kertas:"), paper)
        self.form.addRow(self.tr("Tempat:"), self.tempat_edit)
        self.form.addRow("", self.lampiran_check)

        self.option_timer = QTimer(self)
        self.option_timer.setSingleShot(True)
        self.option_timer.setInterval(OPTION_DELAY_MS)
        self.option_timer.timeout.connect(self._options_changed)
        self.kertas_combo.currentIndexChanged.connect(self._options_changed)
        self.lampiran_check.toggled.connect(self._options_changed)
        self.margin_spin.valueChanged.connect(lambda _v: self.option_timer.start())
        self.tempat_edit.textEdited.connect(lambda _t: self.option_timer.start())

    def _build_list(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari nama atau NIP (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(self.tr(
            "Menyaring daftar sambil mengetik. Contoh: siti, atau 19800315. Tekan ↓ untuk "
            "masuk ke daftar."))
        self.model = CetakListModel(self)
        self.proxy = ItemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("cetak_list")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr(
            "Pilih satu baris untuk melihat pratinjaunya di kanan. Status: Draf dicetak dengan "
            "tanda air DRAF; Ditetapkan dicetak dengan kode verifikasi."))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.returnPressed.connect(self._focus_list)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("cetak_list_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(12)
        self.empty_button = QPushButton()
        self.empty_button.setToolTip(self.tr("Membuka halaman tempat data itu dibuat."))
        self.empty_button.clicked.connect(self._empty_clicked)
        self._empty_target = "skp"
        self.empty = QWidget()
        el = QVBoxLayout(self.empty)
        el.addStretch(1)
        el.addWidget(self.empty_label)
        el.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)
        self.unit_doc_label = QLabel()
        self.unit_doc_label.setObjectName("cetak_per_unit")
        self.unit_doc_label.setWordWrap(True)
        self.unit_doc_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unit_doc_label.setMargin(12)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.unit_doc_label)
        self.count_label = QLabel()
        self.count_label.setObjectName("cetak_count")
        self.count_label.setStyleSheet("color: #555555;")

        self.batch_button = QPushButton(self.tr("Cetak Semua…"))
        self.batch_button.setToolTip(self.tr(
            "Mencetak dokumen seluruh pegawai unit ini (beserta sub-unit) sekaligus: satu PDF "
            "gabungan atau satu berkas per pegawai. Berjalan di latar belakang dan dapat "
            "dibatalkan; pegawai yang datanya belum lengkap dilewati dengan alasannya."))
        self.batch_button.clicked.connect(self.cetak_semua)
        self.verify_button = QPushButton(self.tr("Verifikasi Dokumen…"))
        self.verify_button.setToolTip(self.tr(
            "Memeriksa keaslian dokumen cetak dari kode verifikasinya atau berkas PDF-nya."))
        self.verify_button.clicked.connect(self.verifikasi)
        self.batch_row = QHBoxLayout()
        self.batch_row.addWidget(self.batch_button)
        self.batch_row.addStretch(1)
        self.batch_row.addWidget(self.verify_button)

    def _build_preview(self) -> None:
        self.preview = PdfPreview()
        self.preview.setObjectName("cetak_preview")
        self.info_label = QLabel()
        self.info_label.setObjectName("cetak_info")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.key_bar = InfoBar()
        self.right = QWidget()
        rl = QVBoxLayout(self.right)
        rl.setContentsMargins(4, 0, 0, 0)
        rl.addWidget(self.info_label)
        rl.addWidget(self.key_bar)
        rl.addWidget(self.preview, 1)

    def _make_shortcuts(self) -> None:
        # The preview's Cetak/Simpan actions also answer while the focus is in the list.
        for action in (self.preview.print_action, self.preview.save_action):
            self.addAction(action)
        self.search_action = QAction(self.tr("Cari"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)

    # --- choices --------------------------------------------------------------------------------
    @property
    def jenis(self) -> JenisDokumen:
        return JenisDokumen(self.jenis_combo.currentData())

    def set_jenis(self, jenis: JenisDokumen) -> None:
        self.jenis_combo.setCurrentIndex(self.jenis_combo.findData(jenis.value))

    @property
    def unit_id(self) -> uuid.UUID | None:
        return combo_unit(self.unit_combo)

    def set_unit(self, unit_id: uuid.UUID) -> None:
        pos = self.unit_combo.findData(str(unit_id))
        if pos >= 0:
            self.unit_combo.setCurrentIndex(pos)

    @property
    def periode_key(self) -> str | None:
        """The chosen period for per-period documents; None for the SKP."""
        if not self.jenis.perlu_periode:
            return None
        data = self.periode_combo.currentData()
        return data if isinstance(data, str) and data else None

    def set_periode(self, key: str) -> None:
        pos = self.periode_combo.findData(key)
        if pos >= 0:
            self.periode_combo.setCurrentIndex(pos)

    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def opsi(self) -> OpsiCetak:
        m = float(self.margin_spin.value())
        return OpsiCetak(kertas=str(self.kertas_combo.currentData()), margin_mm=(m, m, m, m),
                         tempat=" ".join(self.tempat_edit.text().split()),
                         lampiran=self.lampiran_check.isChecked())

    def _fill_units(self) -> None:
        try:
            self._units = list_units(self.ctx.db, self.ctx.actor)
            own = unit_sendiri(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            return
        fill_unit_combo(self.unit_combo, self._units, None, self.unit_id or own)

    def _fill_periods(self) -> None:
        keep = self.periode_combo.currentData()
        self.periods = read_periods(self, self.ctx, self.tahun)
        fill_periode_combo(self.periode_combo, self.periods, keep, dt.date.today(), dates=False)

    def _unit_scope(self) -> list[uuid.UUID]:
        unit = self.unit_id
        if unit is None:
            return []
        return [u.id for u in self._units if u.id in descendants(self._units, unit)]

    def _year_changed(self, _tahun: int) -> None:
        self._fill_periods()
        self.reload()

    def _jenis_changed(self) -> None:
        jenis = self.jenis
        # Rows that do not apply are hidden, not greyed out: a greyed "Triwulan III" under
        # a yearly SKP reads as if the SKP were for that quarter.
        self.periode_combo.setEnabled(jenis.perlu_periode)
        self.form.setRowVisible(self.periode_combo, jenis.perlu_periode)
        self.form.setRowVisible(self.lampiran_check, jenis is JenisDokumen.SKP)
        self.jenis_combo.setToolTip(_tr(JENIS_HELP[jenis]))
        self._update_batch_button()
        self.search_edit.setEnabled(jenis.per_pegawai or jenis is JenisDokumen.SKM)
        self.reload()

    def _scope_changed(self) -> None:
        self.reload()

    def _options_changed(self) -> None:
        self.option_timer.stop()
        settings.set(settings.PAPER_SIZE, str(self.kertas_combo.currentData()))
        settings.set(settings.MARGIN_MM, self.margin_spin.value())
        settings.set(settings.TEMPAT_CETAK, " ".join(self.tempat_edit.text().split()))
        if self.dokumen is not None or self._current_target() is not None:
            self.request_preview()

    # --- the list -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-reads the list for the chosen document, unit, year and period (F5)."""
        self.title.setText(self.tr("Cetak Dokumen tahun {tahun}").format(tahun=self.tahun))
        if not self._units:
            self._fill_units()
        if not self.periods:
            self._fill_periods()
        jenis = self.jenis
        if not jenis.per_pegawai and jenis is not JenisDokumen.SKM:
            self._list_loader.invalidate()  # a list still on its way is for another choice
            self.model.set_rows([])
            self._update_batch_button()
            self._show_unit_document()
            return
        scope = self._unit_scope()
        if not scope:
            self._list_loader.invalidate()
            self.model.set_rows([])
            self._update_batch_button()
            self._show_list_state()
            return
        db, actor, tahun, key = self.ctx.db, self.ctx.actor, self.tahun, self.periode_key
        skm = jenis is JenisDokumen.SKM

        def work(progress: JobProgress) -> list[ItemCetak]:
            del progress  # one query
            if skm:
                if key is None:
                    return []
                wanted = set(scope)
                return [item_skm(r) for r in list_survei(db, actor, periode_key=key)
                        if r.unit_kerja_id in wanted]
            return [item_skp(r, jenis) for r in list_skp(db, actor, tahun, unit_ids=scope)]

        def done(rows: list[ItemCetak]) -> None:
            self._show_rows(rows, skm=skm)

        def failed(exc: BaseException) -> None:
            self._show_rows([], skm=skm)
            show_error(self, exc)

        self.count_label.setText(self.tr("Membaca daftar…"))
        self.list_job = self._list_loader.start(self.tr("Membaca daftar dokumen"), work, done,
                                                failed, show_dialog=False)

    def _show_rows(self, rows: list[ItemCetak], *, skm: bool) -> None:
        keep = self.selected_item()
        self.model.set_rows(rows, skm=skm)
        self._update_batch_button()
        self._show_list_state()  # an empty list also empties the preview, saying why
        if not rows:
            return
        index = 0
        if keep is not None:
            index = next((i for i, r in enumerate(rows) if r.id == keep.id), 0)
        self.select_source_row(index)

    def _show_list_state(self) -> None:
        jenis = self.jenis
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total:
            self.list_stack.setCurrentWidget(self.table)
            what = self.tr("survei") if jenis is JenisDokumen.SKM else self.tr("pegawai")
            self.count_label.setText(
                self.tr("{n} {what}").format(n=total, what=what) if shown == total else
                self.tr("{shown} dari {n} {what}").format(shown=shown, n=total, what=what))
            return
        self.count_label.setText("")
        self.list_stack.setCurrentWidget(self.empty)
        if self.unit_id is None:
            text = self.tr("Belum ada unit kerja. Buat unit kerja dan pegawai di halaman Unit "
                           "Kerja dan Pegawai, atau buat data contoh (menu Data).")
            self._empty_target, button = "unit_kerja", self.tr("Buka halaman Unit Kerja")
        elif jenis is JenisDokumen.SKM:
            text = self.tr("Belum ada survei SKM untuk unit dan periode ini. Impor hasil "
                           "survei di halaman SKM, atau pilih unit atau periode lain.")
            self._empty_target, button = "skm", self.tr("Buka halaman SKM")
        else:
            text = self.tr("Belum ada SKP tahun {tahun} di unit ini. Buat atau impor SKP di "
                           "halaman SKP, atau pilih unit lain.").format(tahun=self.tahun)
            self._empty_target, button = "skp", self.tr("Buka halaman SKP")
        self.empty_label.setText(text)
        self.empty_button.setText(button)
        self._clear_preview(self.tr("Tidak ada dokumen untuk dipratinjau: daftar di kiri "
                                    "kosong."))

    def _show_unit_document(self) -> None:
        """Rekap and Penetapan: one document for the unit and period, previewed at once."""
        self.list_stack.setCurrentWidget(self.unit_doc_label)
        self.count_label.setText("")
        unit = self.unit_combo.currentText().strip()
        periode = self.periode_combo.currentText()
        if self.unit_id is None or self.periode_key is None:
            self.unit_doc_label.setText(self.tr("Pilih unit kerja dan periode."))
            self._clear_preview(self.tr("Pilih unit kerja dan periode."))
            return
        self.unit_doc_label.setText(self.tr(
            "{dokumen} dicetak satu untuk unit dan periode yang dipilih:\n\n{unit}\n{periode} "
            "{tahun}\n\nPratinjaunya di sebelah kanan.").format(
                dokumen=jenis_text(self.jenis), unit=unit, periode=periode, tahun=self.tahun))
        self.request_preview()

    def _empty_clicked(self) -> None:
        self.page_requested.emit(self._empty_target)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_list_state() if self.model.rowCount() else None
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def select_id(self, item_id: uuid.UUID) -> bool:
        for row, item in enumerate(self.model.rows):
            if item.id == item_id:
                self.select_source_row(row)
                return True
        return False

    def selected_item(self) -> ItemCetak | None:
        sel = self.table.selectionModel()
        rows = sel.selectedRows() if sel is not None else []
        if not rows:
            return None
        return self.model.item(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        if self.selected_item() is not None:
            self.request_preview()

    # --- preview --------------------------------------------------------------------------------
    def _current_target(self) -> uuid.UUID | None:
        jenis = self.jenis
        if jenis.per_pegawai or jenis is JenisDokumen.SKM:
            item = self.selected_item()
            return item.id if item is not None else None
        return self.unit_id if self.periode_key is not None else None

    def _clear_preview(self, text: str = "") -> None:
        self._preview_loader.invalidate()  # a preview still running is not shown any more
        self.dokumen = None
        self.key_bar.hide()
        self.info_label.setText("")
        self.preview.set_empty_text(text or self.tr(
            "Pilih pegawai di daftar kiri untuk melihat pratinjau cetaknya."))
        self.preview.clear()

    def request_preview(self) -> JobHandle[DokumenPdf] | None:
        """Generates the preview of the current choice in the background; a request made
        while one runs waits for it, and only the latest is shown."""
        target = self._current_target()
        if target is None:
            return None
        if self._preview_loader.running:
            self._preview_pending = True
            self._preview_loader.invalidate()  # the running one is stale now
            return self.preview_job
        self._preview_pending = False
        db, actor, jenis, key = self.ctx.db, self.ctx.actor, self.jenis, self.periode_key
        opsi, kunci = self.opsi(), kunci_tersimpan(self.ctx.db)

        def work(progress: JobProgress) -> DokumenPdf:
            del progress
            return buat_dokumen(db, actor, jenis, target, key, opsi, kunci)

        def settled() -> None:  # stale or not: the request that waited for it may start
            # An error box shown for this one lets a newer request start meanwhile.
            if not self._preview_loader.running:
                self.preview_job = None
            self._next_preview()

        self.info_label.setText(self.tr("<i>Menyiapkan pratinjau…</i>"))
        self.preview_job = self._preview_loader.start(
            self.tr("Menyiapkan pratinjau"), work, self._show_document, self._preview_failed,
            on_settled=settled, show_dialog=False)
        return self.preview_job

    def _next_preview(self) -> None:
        if self._preview_pending:
            self.request_preview()

    def _show_document(self, dok: DokumenPdf) -> None:
        self.key_bar.hide()
        self._needs_key = False
        try:
            self.preview.set_pdf(dok.data, dok.nama_file)
        except UserError as exc:
            self._preview_failed(exc)
            return
        self.dokumen = dok
        halaman = self.tr("{n} halaman").format(n=dok.halaman)
        if dok.draf:
            status = self.tr("<span style='color:#8a6d00'><b>DRAF</b></span> — tanpa kode "
                             "verifikasi (dokumen belum ditetapkan)")
        elif dok.kode:
            status = self.tr("kode verifikasi <b>{kode}</b>").format(kode=dok.kode)
        else:
            status = self.tr("tanpa kode verifikasi")
        self.info_label.setText(self.tr("<b>{nama}</b> · {halaman} · {status}").format(
            nama=dok.nama_file, halaman=halaman, status=status))

    def _preview_failed(self, exc: BaseException) -> None:
        """Shown in the preview panel, not as a box: the user is browsing."""
        self.dokumen = None
        self.preview.clear()
        self.info_label.setText("")
        if isinstance(exc, KunciDiperlukan):
            self._needs_key = True
            text = self.tr(
                "Dokumen ini dokumen resmi: kode verifikasinya ditandatangani dengan kunci "
                "situs. Buka kunci situs untuk melihat dan mencetaknya.")
            self.preview.set_empty_text(text)
            self.key_bar.show_message(text, "warning", self.tr("Buka kunci situs…"),
                                      self._unlock_clicked)
            return
        if isinstance(exc, UserError):
            self.preview.set_empty_text(self.tr("Dokumen tidak dapat disiapkan:\n{why}").format(
                why=str(exc)))
            return
        show_error(self, exc)  # a bug: logged, with the apology
        self.preview.set_empty_text(self.tr("Dokumen tidak dapat disiapkan karena kesalahan "
                                            "tak terduga (lihat log)."))

    def _unlock_clicked(self) -> None:
        self.buka_kunci()

    def buka_kunci(self) -> KunciSitus | None:
        """Asks for the site key passphrase, then shows the preview again."""
        kunci = kunci_situs(self, self.ctx)
        if kunci is not None:
            self.key_bar.hide()
            self.request_preview()
        return kunci

    # --- batch ------------------------------------------------------------------------------------
    def _batch_defaults(self) -> tuple[Path, Path]:
        unit = next((u for u in self._units if u.id == self.unit_id), None)
        kode = unit.kode.replace("/", "-") if unit is not None else "unit"
        base = f"{self.jenis.value.upper()}_{self.tahun}_{kode}"
        if self.periode_key:
            base += f"_{self.periode_key}"
        folder = Path.home()
        return folder / f"{base}.pdf", folder / base

    def ask_batch(self) -> PilihanMassal | None:
        """The batch options dialog (tests replace this method)."""
        default_file, default_folder = self._batch_defaults()
        judul = self.tr("{dokumen} seluruh pegawai {unit} (beserta sub-unit), tahun {tahun}"
                        ).format(dokumen=jenis_text(self.jenis),
                                 unit=self.unit_combo.currentText().strip(), tahun=self.tahun)
        if self.periode_key:
            judul += self.tr(", periode {periode}").format(periode=self.periode_combo.currentText())
        dialog = BatchDialog(judul, default_file, default_folder, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.pilihan()
        finally:
            dialog.deleteLater()

    def _batch_needs_key(self) -> bool:
        return any(item.bertanda for item in self.model.rows)

    def cetak_semua(self) -> JobHandle[HasilMassal] | None:
        jenis, unit = self.jenis, self.unit_id
        if not jenis.per_pegawai or unit is None or self.batch_job is not None:
            return None
        if jenis.perlu_periode and self.periode_key is None:
            show_error(self, UserError(self.tr("Pilih periode lebih dahulu.")))
            return None
        pilihan = self.ask_batch()
        if pilihan is None:
            return None
        kunci = kunci_tersimpan(self.ctx.db)
        if kunci is None and self._batch_needs_key():
            kunci = kunci_situs(self, self.ctx)
            if kunci is None:
                return None  # cancelled: nothing printed
        try:
            folder = pilihan.tujuan.parent if pilihan.gabung else pilihan.tujuan
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(self, UserError(self.tr("Folder {folder} tidak dapat dibuat: {why}.")
                                       .format(folder=folder, why=exc.strerror or exc)))
            return None
        return self._run_batch(pilihan, kunci)

    def _run_batch(self, pilihan: PilihanMassal,
                   kunci: KunciSitus | None) -> JobHandle[HasilMassal]:
        db, actor, jenis, unit = self.ctx.db, self.ctx.actor, self.jenis, self.unit_id
        assert unit is not None
        tahun, key, opsi = self.tahun, self.periode_key, self.opsi()
        label = self.tr("Mencetak {done} dari {total} dokumen")

        def work(progress: JobProgress) -> HasilMassal:
            def report(done: int, total: int) -> None:
                progress.report(done, total, label.format(done=done, total=total))

            try:
                return cetak_massal(db, actor, jenis=jenis, unit_id=unit, tahun=tahun,
                                    periode_key=key, opsi=opsi, kunci=kunci,
                                    tujuan=pilihan.tujuan, gabung=pilihan.gabung,
                                    progress=report, batal=progress.is_cancelled,
                                    proses=BATCH_PROCESSES)
            except UserError:
                progress.check_cancel()  # Batal pressed: a quiet cancel, nothing saved
                raise

        def done(hasil: HasilMassal) -> None:
            self.batch_job = None
            self._batch_done(hasil, pilihan)

        def failed(exc: BaseException) -> None:
            self.batch_job = None
            self._update_batch_button()
            if isinstance(exc, KunciDiperlukan):
                again = kunci_situs(self, self.ctx)
                if again is not None:
                    self._run_batch(pilihan, again)
                return
            show_error(self, exc)

        def cancelled() -> None:
            self.batch_job = None
            self._update_batch_button()
            self.banner.show_message(self.tr(
                "Pencetakan massal dibatalkan; tidak ada berkas yang disimpan."), "warning")

        self.batch_job = run_job(self, self.tr("Mencetak {dokumen}").format(
            dokumen=jenis_text(jenis)), work, done, failed, on_cancel=cancelled)
        self._update_batch_button()
        return self.batch_job

    def _update_batch_button(self) -> None:
        self.batch_button.setEnabled(self.jenis.per_pegawai and self.batch_job is None
                                     and self.model.rowCount() > 0)

    def _batch_done(self, hasil: HasilMassal, pilihan: PilihanMassal) -> None:
        self.last_batch = hasil
        self._update_batch_button()
        where = pilihan.tujuan
        text = self.tr("{n} dokumen dicetak ke {where}.").format(n=hasil.jumlah, where=where)
        if hasil.dilewati:
            text += " " + self.tr("{k} pegawai dilewati karena datanya belum lengkap.").format(
                k=len(hasil.dilewati))
            self.banner.show_message(text, "warning", self.tr("Lihat yang dilewati"),
                                     self._skipped_clicked)
        else:
            folder = where.parent if pilihan.gabung else where
            self.banner.show_message(text, "info", self.tr("Buka folder"),
                                     lambda: self.open_folder(folder))

    def _skipped_clicked(self) -> None:
        self.show_skipped()

    def show_skipped(self) -> SkippedDialog | None:
        if self.last_batch is None or not self.last_batch.dilewati:
            return None
        self.skipped_dialog = SkippedDialog(self.last_batch.dilewati, self)
        self.skipped_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.skipped_dialog.show()
        return self.skipped_dialog

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- other ------------------------------------------------------------------------------------
    def verifikasi(self) -> QDialog:
        return buka_verifikasi(self, self.ctx)

    def help_text(self) -> str:
        return self.tr(
            "<h3>Cetak Dokumen</h3>"
            "<p>Pilih <b>Dokumen</b>, <b>Unit kerja</b> (sub-unit ikut), dan untuk dokumen per "
            "periode <b>Periode</b>. Pilih pegawai di daftar: pratinjaunya tampil di kanan "
            "persis seperti hasil cetak.</p>"
            "<ul><li><b>Cetak…</b> (Ctrl+P) mencetak ke printer; ukuran kertas printer "
            "mengikuti ukuran halaman (A4 atau F4 215 × 330 mm).</li>"
            "<li><b>Simpan PDF…</b> (Ctrl+S) menyimpan berkas PDF.</li>"
            "<li><b>Cetak Semua…</b> mencetak dokumen seluruh pegawai unit menjadi satu PDF "
            "gabungan atau satu berkas per pegawai, di latar belakang; pegawai yang datanya "
            "belum lengkap dilewati dan disebutkan alasannya.</li>"
            "<li>SKP yang masih draf dicetak dengan tanda air <b>DRAF</b> tanpa kode "
            "verifikasi. Dokumen resmi diberi kode QR dan kode verifikasi yang ditandatangani "
            "dengan kunci situs; frasa sandinya diminta sekali selama aplikasi terbuka.</li>"
            "<li><b>Verifikasi Dokumen…</b> memeriksa keaslian kertas cetak dari kodenya.</li>"
            "</ul><p>Pintasan: Ctrl+F cari, Ctrl++ / Ctrl+- perbesar/perkecil, PgUp/PgDn "
            "halaman sebelumnya/berikutnya.</p>")


def buat_dokumen(db: Database, actor: Actor, jenis: JenisDokumen, target: uuid.UUID,
                 periode_key: str | None, opsi: OpsiCetak,
                 kunci: KunciSitus | None) -> DokumenPdf:
    """The service call for one document (runs on a worker thread)."""
    if jenis.per_pegawai:
        return cetak_service.cetak_per_pegawai(db, actor, jenis, target, periode_key, opsi,
                                               kunci)
    if periode_key is None and jenis is not JenisDokumen.SKM:
        raise UserError(QCoreApplication.translate("CetakPage", "Pilih periode lebih dahulu."))
    if jenis is JenisDokumen.REKAP:
        assert periode_key is not None
        return cetak_service.cetak_rekap(db, actor, target, periode_key, opsi)
    if jenis is JenisDokumen.PENETAPAN:
        assert periode_key is not None
        return cetak_service.cetak_penetapan(db, actor, target, periode_key, opsi)
    return cetak_service.cetak_skm(db, actor, target, opsi)
