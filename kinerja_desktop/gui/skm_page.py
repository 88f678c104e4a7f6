"""Survei Kepuasan Masyarakat per unit and period, and the unit's capaian kinerja organisasi
(issue 4 point 7; DOMAIN §7.2, §12, §14).

Left: the period's surveys of the unit (IKM, konversi, mutu as text and colour, the
weakest unsur) over the nine unsur of the selected one (NRR and NRR tertimbang).
Right: the unit's capaian kinerja organisasi for the period, set by the leader above
the unit, with the survey that backs it. Importing a respons workbook runs in the
background (gui/jobs.run_job); a file with bad cells lists every row and column.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.domain.skm import UNSUR, BobotUnsur, MutuPelayanan, SumberSkm, hitung_ikm
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job
from kinerja_desktop.gui.page_title import page_title
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.periode_choice import fill_periode_combo, read_periods
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.pegawai import get_pegawai
from kinerja_desktop.services.predikat_organisasi import (
    PENJELASAN,
    PENJELASAN_UMUM,
    CapaianOrganisasiDTO,
    boleh_tetapkan,
    get_capaian,
    set_capaian,
)
from kinerja_desktop.services.skm import (
    ImportRejected,
    SurveiSkmDTO,
    UnsurDTO,
    boleh_ubah,
    format_desimal,
    hapus_survei,
    lampirkan_ke_capaian,
    list_survei,
    simpan_survei_nrr,
    simpan_survei_respons,
    tulis_template,
)
from kinerja_desktop.services.unit_kerja import list_units

ModelIndex = QModelIndex | QPersistentModelIndex
_CTX = "SkmPage"

MUTU_COLOR: dict[MutuPelayanan, QColor] = {
    MutuPelayanan.A: QColor("#1b6e2e"),  # hijau
    MutuPelayanan.B: QColor("#1f4e9c"),  # biru
    MutuPelayanan.C: QColor("#8a6d00"),  # kuning tua
    MutuPelayanan.D: QColor("#b3261e"),  # merah
}
MUTU_TEXT = {
    MutuPelayanan.A: QT_TRANSLATE_NOOP("SkmPage", "A (Sangat Baik)"),
    MutuPelayanan.B: QT_TRANSLATE_NOOP("SkmPage", "B (Baik)"),
    MutuPelayanan.C: QT_TRANSLATE_NOOP("SkmPage", "C (Kurang Baik)"),
    MutuPelayanan.D: QT_TRANSLATE_NOOP("SkmPage", "D (Tidak Baik)"),
}
SUMBER_TEXT = {
    SumberSkm.RESPONS: QT_TRANSLATE_NOOP("SkmPage", "Respons (xlsx)"),
    SumberSkm.NRR: QT_TRANSLATE_NOOP("SkmPage", "NRR dari laporan"),
}
BOBOT_TEXT = {
    BobotUnsur.TEPAT: QT_TRANSLATE_NOOP("SkmPage", "1/9 (tepat)"),
    BobotUnsur.PEDOMAN: QT_TRANSLATE_NOOP("SkmPage", "0,111 (contoh pedoman)"),
}
# Help per unsur for the NRR dialog (what a respondent judged).
UNSUR_HELP = {
    1: QT_TRANSLATE_NOOP("SkmPage", "Syarat yang harus dipenuhi pemohon (dokumen, "
                         "administrasi). Contoh NRR: 3,25."),
    2: QT_TRANSLATE_NOOP("SkmPage", "Tata cara pelayanan dari permohonan sampai selesai, "
                         "termasuk alur pengaduan. Contoh: 3,10."),
    3: QT_TRANSLATE_NOOP("SkmPage", "Lama waktu penyelesaian seluruh proses pelayanan. "
                         "Contoh: 2,95."),
    4: QT_TRANSLATE_NOOP("SkmPage", "Biaya yang dikenakan; pelayanan gratis biasanya "
                         "dinilai 4. Contoh: 3,80."),
    5: QT_TRANSLATE_NOOP("SkmPage", "Kesesuaian hasil pelayanan dengan standar yang "
                         "ditetapkan. Contoh: 3,30."),
    6: QT_TRANSLATE_NOOP("SkmPage", "Pengetahuan, keahlian, dan keterampilan petugas. "
                         "Contoh: 3,40."),
    7: QT_TRANSLATE_NOOP("SkmPage", "Sikap petugas: sopan, ramah, tanggap. Contoh: 3,50."),
    8: QT_TRANSLATE_NOOP("SkmPage", "Tersedianya dan tindak lanjut saluran pengaduan, saran "
                         "dan masukan. Contoh: 3,00."),
    9: QT_TRANSLATE_NOOP("SkmPage", "Ruang tunggu, toilet, parkir, dan perlengkapan "
                         "pelayanan lainnya. Contoh: 3,20."),
}
PREDIKAT_TEXT = {
    PredikatOrganisasi.ISTIMEWA: QT_TRANSLATE_NOOP("SkmPage", "Istimewa"),
    PredikatOrganisasi.BAIK: QT_TRANSLATE_NOOP("SkmPage", "Baik"),
    PredikatOrganisasi.BUTUH_PERBAIKAN: QT_TRANSLATE_NOOP("SkmPage", "Butuh Perbaikan (Cukup)"),
    PredikatOrganisasi.KURANG: QT_TRANSLATE_NOOP("SkmPage", "Kurang"),
    PredikatOrganisasi.SANGAT_KURANG: QT_TRANSLATE_NOOP("SkmPage", "Sangat Kurang"),
}
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "SkmPage",
    "Belum ada survei untuk unit dan periode ini. Unduh template, isi respons, lalu impor.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


class SurveiListModel(QAbstractTableModel):
    """The surveys of one unit and period: layanan, source, respondents, the result."""

    LAYANAN, SUMBER, RESPONDEN, IKM, KONVERSI, MUTU, TERLEMAH = range(7)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SkmPage", "Layanan"),
        QT_TRANSLATE_NOOP("SkmPage", "Sumber"),
        QT_TRANSLATE_NOOP("SkmPage", "Responden"),
        QT_TRANSLATE_NOOP("SkmPage", "IKM"),
        QT_TRANSLATE_NOOP("SkmPage", "Konversi"),
        QT_TRANSLATE_NOOP("SkmPage", "Mutu"),
        QT_TRANSLATE_NOOP("SkmPage", "Unsur terlemah"),
    )
    SurveiRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SurveiSkmDTO] = []

    def set_rows(self, rows: Sequence[SurveiSkmDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> Sequence[SurveiSkmDTO]:
        return self._rows

    def survei(self, row: int) -> SurveiSkmDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == self.SurveiRole:
            return str(s.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.MUTU:
                return QCoreApplication.translate(
                    "SkmPage", "Mutu pelayanan menurut nilai konversi: A 88,31–100; B 76,61–88,30; "
                           "C 65,00–76,60; D 25,00–64,99.")
            if col == self.IKM:
                return QCoreApplication.translate(
                    "SkmPage", "Indeks Kepuasan Masyarakat (1–4), {bobot}").format(
                    bobot=s.bobot_label)
            if col == self.SUMBER and s.nama_file:
                return s.nama_file
            return self._display(s, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.MUTU:
            return MUTU_COLOR[s.mutu]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.RESPONDEN, self.IKM, self.KONVERSI):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(s: SurveiSkmDTO, col: int) -> str:
        if col == SurveiListModel.LAYANAN:
            return s.layanan or QCoreApplication.translate("SkmPage", "Seluruh unit")
        if col == SurveiListModel.SUMBER:
            return _tr(SUMBER_TEXT[s.sumber])
        if col == SurveiListModel.RESPONDEN:
            return str(s.jumlah_responden) if s.jumlah_responden is not None else "–"
        if col == SurveiListModel.IKM:
            return s.ikm_teks
        if col == SurveiListModel.KONVERSI:
            return s.konversi_teks
        if col == SurveiListModel.MUTU:
            return _tr(MUTU_TEXT[s.mutu])
        if col == SurveiListModel.TERLEMAH:
            return s.terlemah_teks
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class UnsurModel(QAbstractTableModel):
    """The nine unsur of one survey with NRR and NRR tertimbang (three decimals)."""

    KODE, NAMA, NRR, TERTIMBANG = range(4)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SkmPage", "Kode"),
        QT_TRANSLATE_NOOP("SkmPage", "Unsur pelayanan"),
        QT_TRANSLATE_NOOP("SkmPage", "NRR"),
        QT_TRANSLATE_NOOP("SkmPage", "NRR tertimbang"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnsurDTO] = []

    def set_rows(self, rows: Sequence[UnsurDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        u = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (u.kode, u.nama, format_desimal(u.nrr, 3),
                    format_desimal(u.nrr_tertimbang, 3))[col] if 0 <= col < 4 else ""
            if role == Qt.ItemDataRole.ToolTipRole and u.terlemah:
                return QCoreApplication.translate(
                    "SkmPage", "{text} — unsur terlemah (NRR terendah)").format(text=text)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and u.terlemah:
            return MUTU_COLOR[MutuPelayanan.D]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NRR, self.TERTIMBANG):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class NrrDialog(QDialog):
    """Nine NRR typed from a published report (1,00–4,00, Indonesian decimals)."""

    def __init__(self, bobot: BobotUnsur, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Isi NRR per unsur"))
        self.bobot = bobot
        intro = QLabel(self.tr(
            "Salin Nilai Rata-rata (NRR) tiap unsur dari laporan SKM yang sudah diolah. Setiap "
            "NRR antara 1,00 dan 4,00. IKM, konversi, dan mutu dihitung otomatis."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: list[QDoubleSpinBox] = []
        for u in UNSUR:
            spin = QDoubleSpinBox()
            spin.setLocale(_locale())
            spin.setDecimals(2)
            spin.setRange(1.0, 4.0)
            spin.setSingleStep(0.01)
            spin.setValue(3.0)
            spin.setToolTip(_tr(UNSUR_HELP[u.no]))
            spin.setAccessibleName(f"{u.kode} {u.nama}")
            spin.valueChanged.connect(self._update_preview)
            label = QLabel(f"{u.kode} {u.nama}")
            label.setToolTip(_tr(UNSUR_HELP[u.no]))
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins.append(spin)
        self.responden = QSpinBox()
        self.responden.setRange(0, 10_000_000)
        self.responden.setSpecialValueText(self.tr("tidak diketahui"))
        self.responden.setToolTip(self.tr(
            "Jumlah responden menurut laporan (contoh: 120). Biarkan 0 bila tidak diketahui."))
        form.addRow(self.tr("Jumlah responden"), self.responden)
        self.preview = QLabel()
        self.preview.setObjectName("nrr_preview")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._update_preview()

    def nilai(self) -> list[Decimal]:
        return [Decimal(f"{spin.value():.2f}") for spin in self.spins]

    def set_nilai(self, values: Sequence[Decimal | float]) -> None:
        for spin, value in zip(self.spins, values, strict=True):
            spin.setValue(float(value))

    def jumlah_responden(self) -> int | None:
        return self.responden.value() or None

    def _update_preview(self) -> None:
        hasil = hitung_ikm(self.nilai(), self.bobot)
        self.preview.setText(self.tr(
            "Hasil: IKM {ikm} · konversi {konversi} · mutu {mutu} ({bobot})").format(
            ikm=format_desimal(hasil.ikm), konversi=format_desimal(hasil.konversi),
            mutu=_tr(MUTU_TEXT[hasil.mutu]), bobot=_tr(BOBOT_TEXT[self.bobot])))
        self.preview.setStyleSheet(f"color: {MUTU_COLOR[hasil.mutu].name()};")


class ErrorListDialog(QDialog):
    """Every row/column problem of a rejected respons file; nothing was imported."""

    def __init__(self, file_name: str, errors: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Respons SKM tidak diimpor"))
        label = QLabel(self.tr(
            "Impor {file} dibatalkan: {n} kesalahan. Tidak ada data yang diubah. Perbaiki sel "
            "berikut di Excel lalu impor lagi.").format(file=file_name, n=len(errors)))
        label.setWordWrap(True)
        self.error_list = QListWidget()
        self.error_list.addItems(list(errors))
        self.error_list.setToolTip(self.tr("Baris dan kolom menunjuk sel pada lembar Respons."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.error_list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def texts(self) -> list[str]:
        return [self.error_list.item(i).text() for i in range(self.error_list.count())]


class SkmPage(QWidget):
    """SKM per unit and period, and the unit's capaian kinerja organisasi."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.periods: list[Periode] = []
        self.capaian: CapaianOrganisasiDTO | None = None
        self.may_write = False
        self.may_set = False
        self.import_job: JobHandle[SurveiSkmDTO] | None = None
        self.error_dialog: ErrorListDialog | None = None

        self.model = SurveiListModel(self)
        self.unsur_model = UnsurModel(self)

        self.title = page_title()

        # --- filters
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr(
            "Unit kerja yang disurvei (contoh: 1.02 Bidang Pembinaan SD). Survei dan capaian "
            "kinerja organisasi berlaku untuk unit ini saja."))
        self.unit_combo.setMinimumContentsLength(22)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periode_combo = QComboBox()
        self.periode_combo.setToolTip(self.tr(
            "Periode survei pada tahun kerja (contoh: TRIWULAN I = Januari–Maret; TAHUNAN untuk "
            "survei setahun)."))
        self.layanan_edit = QLineEdit()
        self.layanan_edit.setPlaceholderText(self.tr("seluruh unit"))
        self.layanan_edit.setToolTip(self.tr(
            "Untuk survei baru: kosongkan bila survei mencakup seluruh unit; isi nama layanan "
            "bila unit menyurvei beberapa layanan terpisah (contoh: Legalisir Ijazah)."))
        self.layanan_edit.setMaximumWidth(180)
        self.bobot_combo = QComboBox()
        for bobot in BobotUnsur:
            self.bobot_combo.addItem(_tr(BOBOT_TEXT[bobot]), bobot.value)
        self.bobot_combo.setToolTip(self.tr(
            "Bobot tiap unsur untuk survei baru. 1/9 tepat (disarankan). 0,111 hanya untuk "
            "menyamakan dengan contoh di pedoman, yang sedikit menurunkan IKM; bobot yang "
            "dipakai selalu dicetak."))
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("&Unit:"), self.unit_combo, 2),
            (self.tr("&Periode:"), self.periode_combo, 0),
            (self.tr("&Layanan:"), self.layanan_edit, 1),
            (self.tr("&Bobot:"), self.bobot_combo, 0),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)

        # --- buttons
        self.template_button = QPushButton(self.tr("Unduh template…"))
        self.template_button.setToolTip(self.tr(
            "Menyimpan file Excel kosong untuk respons: satu baris per responden, kolom U1–U9 "
            "berisi jawaban 1–4, dengan lembar Petunjuk."))
        self.import_button = QPushButton(self.tr("Impor respons (xlsx)…"))
        self.import_button.setToolTip(self.tr(
            "Membaca file respons yang sudah diisi lalu menghitung NRR, IKM, konversi, dan mutu. "
            "Bila ada sel yang salah, tidak ada yang disimpan dan daftar kesalahannya "
            "ditampilkan."))
        self.nrr_button = QPushButton(self.tr("Isi NRR…"))
        self.nrr_button.setToolTip(self.tr(
            "Mengetik sembilan NRR dari laporan SKM yang sudah diolah (bila data respons "
            "mentah tidak ada)."))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.delete_button.setToolTip(self.tr(
            "Menghapus survei yang dipilih (ditanya dulu). Tautannya sebagai bukti capaian "
            "organisasi ikut dilepas."))
        self.attach_button = QPushButton(self.tr("Jadikan bukti capaian organisasi"))
        self.attach_button.setToolTip(self.tr(
            "Melampirkan survei yang dipilih sebagai bukti capaian kinerja organisasi unit ini "
            "pada periode ini. Capaiannya harus sudah ditetapkan."))
        self.template_button.clicked.connect(self.unduh_template)
        self.import_button.clicked.connect(self.impor_respons)
        self.nrr_button.clicked.connect(self.isi_nrr)
        self.delete_button.clicked.connect(self.hapus)
        self.attach_button.clicked.connect(self.jadikan_bukti)
        buttons = QHBoxLayout()
        for b in (self.template_button, self.import_button, self.nrr_button,
                  self.delete_button, self.attach_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.reload_action = QAction(self.tr("Muat ulang"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload_action.setToolTip(self.tr("Membaca survei dan capaian lagi (F5)"))
        self.reload_action.triggered.connect(self.reload)
        self.addAction(self.reload_action)

        self.banner = InfoBar()

        # --- surveys and unsur
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Daftar survei SKM"))
        header = self.table.horizontalHeader()
        for col, width in ((SurveiListModel.LAYANAN, 140), (SurveiListModel.SUMBER, 120),
                           (SurveiListModel.RESPONDEN, 80), (SurveiListModel.IKM, 60),
                           (SurveiListModel.KONVERSI, 70), (SurveiListModel.MUTU, 110)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.unsur_view = QTableView()
        self.unsur_view.setModel(self.unsur_model)
        self.unsur_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unsur_view.verticalHeader().hide()
        self.unsur_view.setAccessibleName(self.tr("NRR per unsur"))
        uh = self.unsur_view.horizontalHeader()
        uh.resizeSection(UnsurModel.KODE, 50)
        uh.setSectionResizeMode(UnsurModel.NAMA, QHeaderView.ResizeMode.Stretch)
        uh.resizeSection(UnsurModel.NRR, 80)
        uh.resizeSection(UnsurModel.TERTIMBANG, 110)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("skm_detail")
        self.detail_label.setWordWrap(True)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_label)
        dl.addWidget(self.unsur_view, 1)

        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.table)
        lists.addWidget(detail)
        lists.setSizes([170, 330])

        self.empty = QWidget()
        el = QVBoxLayout(self.empty)
        self.empty_label = QLabel(_tr(EMPTY_TEXT))
        self.empty_label.setObjectName("skm_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_template = QPushButton(self.tr("Unduh template…"))
        self.empty_template.setToolTip(self.template_button.toolTip())
        self.empty_template.clicked.connect(self.unduh_template)
        self.empty_import = QPushButton(self.tr("Impor respons (xlsx)…"))
        self.empty_import.setToolTip(self.import_button.toolTip())
        self.empty_import.clicked.connect(self.impor_respons)
        self.empty_nrr = QPushButton(self.tr("Isi NRR…"))
        self.empty_nrr.setToolTip(self.nrr_button.toolTip())
        self.empty_nrr.clicked.connect(self.isi_nrr)
        eb = QHBoxLayout()
        eb.addStretch(1)
        for b in (self.empty_template, self.empty_import, self.empty_nrr):
            eb.addWidget(b)
        eb.addStretch(1)
        el.addStretch(1)
        el.addWidget(self.empty_label)
        el.addLayout(eb)
        el.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(lists)
        self.stack.addWidget(self.empty)

        # --- capaian kinerja organisasi
        self.capaian_box = QGroupBox(self.tr("Capaian kinerja organisasi"))
        self.capaian_box.setToolTip(_tr(PENJELASAN_UMUM))
        self.capaian_status = QLabel()
        self.capaian_status.setObjectName("capaian_status")
        self.capaian_status.setWordWrap(True)
        self.predikat_combo = QComboBox()
        for p in PredikatOrganisasi:
            self.predikat_combo.addItem(_tr(PREDIKAT_TEXT[p]), p.value)
            self.predikat_combo.setItemData(self.predikat_combo.count() - 1,
                                            _tr(PENJELASAN[p]), Qt.ItemDataRole.ToolTipRole)
        self.predikat_combo.setToolTip(self.tr(
            "Capaian unit pada periode ini, ditetapkan pimpinan di atas unit. Menentukan pola "
            "kurva distribusi predikat pegawai unit (sebagai pertimbangan)."))
        self.predikat_help = QLabel()
        self.predikat_help.setWordWrap(True)
        self.predikat_help.setObjectName("predikat_help")
        self.catatan_edit = QLineEdit()
        self.catatan_edit.setPlaceholderText(self.tr("catatan (boleh kosong)"))
        self.catatan_edit.setToolTip(self.tr(
            "Dasar penetapan, contoh: \"Capaian IKU 95 %, IKM 87,50 (B)\"."))
        self.capaian_button = QPushButton(self.tr("Tetapkan capaian"))
        self.capaian_button.setToolTip(self.tr(
            "Menyimpan capaian kinerja organisasi unit untuk periode ini. Hanya pimpinan unit "
            "di atasnya atau admin."))
        self.capaian_button.clicked.connect(self.tetapkan_capaian)
        self.bukti_label = QLabel()
        self.bukti_label.setObjectName("bukti_skm")
        self.bukti_label.setWordWrap(True)
        general = QLabel(_tr(PENJELASAN_UMUM))
        general.setWordWrap(True)
        general.setStyleSheet("color: #555555;")
        cl = QVBoxLayout(self.capaian_box)
        cl.addWidget(self.capaian_status)
        cl.addWidget(self.predikat_combo)
        cl.addWidget(self.predikat_help)
        cl.addWidget(self.catatan_edit)
        cl.addWidget(self.capaian_button)
        cl.addSpacing(8)
        cl.addWidget(QLabel(self.tr("<b>Bukti SKM:</b>")))
        cl.addWidget(self.bukti_label)
        cl.addStretch(1)
        cl.addWidget(general)
        self.capaian_box.setMinimumWidth(300)
        self.capaian_box.setMaximumWidth(400)
        self.predikat_combo.currentIndexChanged.connect(self._predikat_help)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.capaian_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 360])

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._fill_units()
        self._fill_periods()
        self.unit_combo.currentIndexChanged.connect(self.reload)
        self.periode_combo.currentIndexChanged.connect(self.reload)
        ctx.tahun.changed.connect(self._year_changed)
        self._predikat_help()
        self.reload()

    # --- choices ---------------------------------------------------------------------------
    def _fill_units(self) -> None:
        try:
            units = list_units(self.ctx.db, self.ctx.actor)
            own: uuid.UUID | None = None
            if self.ctx.actor.pegawai_id is not None:
                own = get_pegawai(self.ctx.db, self.ctx.actor, self.ctx.actor.pegawai_id).unit_id
        except UserError as exc:
            show_error(self, exc)
            return
        fill_unit_combo(self.unit_combo, units, None, own)

    def _fill_periods(self, keep: str = "") -> None:
        self.periods = read_periods(self, self.ctx, self.ctx.tahun.value)
        fill_periode_combo(self.periode_combo, self.periods, keep, dt.date.today(), dates=False)

    def set_unit(self, unit_id: uuid.UUID) -> None:
        pos = self.unit_combo.findData(str(unit_id))
        if pos >= 0:
            self.unit_combo.setCurrentIndex(pos)

    def set_periode(self, key: str) -> None:
        pos = self.periode_combo.findData(key)
        if pos >= 0:
            self.periode_combo.setCurrentIndex(pos)

    @property
    def unit_id(self) -> uuid.UUID | None:
        return combo_unit(self.unit_combo)

    @property
    def periode_key(self) -> str:
        data = self.periode_combo.currentData()
        return data if isinstance(data, str) else ""

    @property
    def bobot(self) -> BobotUnsur:
        return BobotUnsur(self.bobot_combo.currentData())

    @property
    def layanan(self) -> str:
        return " ".join(self.layanan_edit.text().split())

    def _year_changed(self, _tahun: int) -> None:
        self._fill_periods(self.periode_key)
        self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Reads the surveys and the capaian of the chosen unit and period (a few rows)."""
        keep = self.selected()
        self.title.setText(self.tr("Survei Kepuasan Masyarakat (SKM) tahun {tahun}").format(
            tahun=self.ctx.tahun.value))
        unit, key = self.unit_id, self.periode_key
        rows: list[SurveiSkmDTO] = []
        self.capaian = None
        self.may_write = self.may_set = False
        if unit is not None and key:
            try:
                rows = list_survei(self.ctx.db, self.ctx.actor, unit_id=unit, periode_key=key)
                self.capaian = get_capaian(self.ctx.db, self.ctx.actor, unit, key)
                self.may_write = boleh_ubah(self.ctx.db, self.ctx.actor, unit)
                self.may_set = boleh_tetapkan(self.ctx.db, self.ctx.actor, unit)
            except UserError as exc:
                show_error(self, exc)
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if not rows else 0)
        if rows:
            index = 0
            if keep is not None:
                index = next((i for i, r in enumerate(rows) if r.id == keep.id), 0)
            self.table.selectRow(index)
        self._show_detail()
        self._show_capaian()
        self._update_state()

    def selected(self) -> SurveiSkmDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.survei(rows[0].row()) if rows else None

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._show_detail()
        self._update_state()

    def _show_detail(self) -> None:
        s = self.selected()
        if s is None:
            self.unsur_model.set_rows([])
            self.detail_label.setText("")
            return
        self.unsur_model.set_rows(s.unsur)
        parts = [self.tr("<b>{judul}</b>, {periode}").format(judul=s.judul,
                                                            periode=s.periode_label),
                 self.tr("IKM {ikm} · konversi {konversi} · mutu <span style='color:{color}'>"
                         "<b>{mutu}</b></span>").format(
                     ikm=s.ikm_teks, konversi=s.konversi_teks, mutu=_tr(MUTU_TEXT[s.mutu]),
                     color=MUTU_COLOR[s.mutu].name()),
                 self.tr("Unsur terlemah: {u}").format(u=s.terlemah_teks),
                 self.tr("Bobot {b}").format(b=_tr(BOBOT_TEXT[s.bobot]))]
        if s.jumlah_responden is not None:
            parts.append(self.tr("{n} responden").format(n=s.jumlah_responden))
        if s.nama_file:
            parts.append(self.tr("file {f}").format(f=s.nama_file))
        if s.bukti_capaian:
            parts.append(self.tr("bukti capaian organisasi"))
        self.detail_label.setText(" · ".join(parts[:1]) + "<br>" + " · ".join(parts[1:]))

    def _show_capaian(self) -> None:
        cap = self.capaian
        if cap is None:
            self.capaian_status.setText(self.tr(
                "<span style='color:#8a6d00'><b>Belum ditetapkan</b></span> untuk periode ini."))
            self.bukti_label.setText(self.tr("Belum ada (tetapkan capaian dulu)."))
            self.catatan_edit.setText("")
            # The usual choice as the starting point, not the first of the list (Istimewa).
            self.predikat_combo.setCurrentIndex(
                self.predikat_combo.findData(PredikatOrganisasi.BAIK.value))
            return
        self.capaian_status.setText(self.tr(
            "<span style='color:#1b6e2e'><b>{predikat}</b></span> — ditetapkan oleh {oleh}, "
            "{tanggal}").format(predikat=_tr(PREDIKAT_TEXT[cap.predikat]),
                                oleh=cap.ditetapkan_oleh, tanggal=tanggal(cap.tanggal)))
        pos = self.predikat_combo.findData(cap.predikat.value)
        if pos >= 0:
            self.predikat_combo.setCurrentIndex(pos)
        self.catatan_edit.setText(cap.catatan)
        bukti = next((r for r in self.model.rows if r.id == cap.survei_skm_id), None)
        if bukti is not None:
            self.bukti_label.setText(bukti.ringkasan)
        elif cap.survei_skm_id is not None:
            self.bukti_label.setText(self.tr("Survei lain (tidak ada di daftar ini)."))
        else:
            self.bukti_label.setText(self.tr(
                "Belum ada. Pilih survei lalu tekan \"Jadikan bukti capaian organisasi\"."))

    def _predikat_help(self) -> None:
        data = self.predikat_combo.currentData()
        if isinstance(data, str):
            self.predikat_help.setText(_tr(PENJELASAN[PredikatOrganisasi(data)]))

    def _update_state(self) -> None:
        ready = self.unit_id is not None and bool(self.periode_key)
        busy = self.import_job is not None
        sel = self.selected()
        for b in (self.import_button, self.nrr_button, self.empty_import, self.empty_nrr):
            b.setEnabled(ready and self.may_write and not busy)
        self.delete_button.setEnabled(sel is not None and self.may_write and not busy)
        self.attach_button.setEnabled(
            sel is not None and self.may_set and self.capaian is not None
            and not sel.bukti_capaian)
        for w in (self.predikat_combo, self.catatan_edit, self.capaian_button):
            w.setEnabled(ready and self.may_set)

    # --- actions ---------------------------------------------------------------------------
    def unduh_template(self) -> Path | None:
        unit = self.unit_combo.currentText().strip()
        periode = f"{self.periode_combo.currentText()} {self.ctx.tahun.value}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan template respons SKM"),
            f"templat_respons_skm_{self.periode_key or self.ctx.tahun.value}.xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return None
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            path = tulis_template(name, unit=unit, periode=periode)
        except UserError as exc:
            show_error(self, exc)
            return None
        self.banner.show_message(self.tr(
            "Template disimpan: {path}. Isi satu baris per responden (jawaban 1–4), lalu "
            "impor.").format(path=path))
        return path

    def _existing(self, layanan: str) -> SurveiSkmDTO | None:
        return next((r for r in self.model.rows if r.layanan == layanan), None)

    def _confirm_replace(self, layanan: str) -> bool | None:
        """False: no survey to replace; True: replace; None: the user declined."""
        old = self._existing(layanan)
        if old is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Ganti survei?"),
            self.tr("Survei {judul} periode ini sudah ada ({ringkasan}). Ganti dengan yang "
                    "baru? Hasil lama tidak dapat dikembalikan.").format(
                judul=old.judul, ringkasan=old.ringkasan))
        return True if answer == QMessageBox.StandardButton.Yes else None

    def impor_respons(self) -> JobHandle[SurveiSkmDTO] | None:
        unit, key = self.unit_id, self.periode_key
        if unit is None or not key or self.import_job is not None:
            return None
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih file respons SKM"), "",
            self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return None
        layanan = self.layanan
        ganti = self._confirm_replace(layanan)
        if ganti is None:
            return None
        db, actor, bobot, path = self.ctx.db, self.ctx.actor, self.bobot, Path(name)

        def work(progress: JobProgress) -> SurveiSkmDTO:
            return simpan_survei_respons(db, actor, unit, key, path, layanan=layanan,
                                         bobot=bobot, ganti=ganti, progress=progress.report)

        def done(dto: SurveiSkmDTO) -> None:
            self.import_job = None
            self.reload()
            self.set_selected(dto.id)
            self.banner.show_message(self.tr("Respons diimpor: {r}.").format(r=dto.ringkasan))

        def failed(exc: BaseException) -> None:
            self.import_job = None
            self._update_state()
            if isinstance(exc, ImportRejected):
                self.show_errors(path.name, [str(e) for e in exc.errors])
            else:
                show_error(self, exc)

        self.import_job = run_job(self, self.tr("Mengimpor respons SKM"), work, done, failed)
        self._update_state()
        return self.import_job

    def show_errors(self, file_name: str, errors: Sequence[str]) -> ErrorListDialog:
        self.error_dialog = ErrorListDialog(file_name, errors, self)
        self.error_dialog.open()
        return self.error_dialog

    def set_selected(self, survei_id: uuid.UUID) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == survei_id:
                self.table.selectRow(i)

    def nrr_dialog(self) -> NrrDialog:
        return NrrDialog(self.bobot, self)

    def isi_nrr(self) -> SurveiSkmDTO | None:
        unit, key = self.unit_id, self.periode_key
        if unit is None or not key:
            return None
        dialog = self.nrr_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        layanan = self.layanan
        ganti = self._confirm_replace(layanan)
        if ganti is None:
            return None
        try:
            dto = simpan_survei_nrr(self.ctx.db, self.ctx.actor, unit, key, dialog.nilai(),
                                    layanan=layanan, bobot=self.bobot, ganti=ganti,
                                    jumlah_responden=dialog.jumlah_responden())
        except UserError as exc:
            show_error(self, exc)
            return None
        self.reload()
        self.set_selected(dto.id)
        self.banner.show_message(self.tr("NRR disimpan: {r}.").format(r=dto.ringkasan))
        return dto

    def hapus(self) -> bool:
        s = self.selected()
        if s is None:
            return False
        extra = self.tr(" Survei ini juga dilepas dari capaian kinerja organisasi.") \
            if s.bukti_capaian else ""
        answer = QMessageBox.question(
            self, self.tr("Hapus survei?"),
            self.tr("Hapus survei {judul} {periode} ({ringkasan})? NRR dan hasilnya hilang dari "
                    "daftar; bukti yang sudah dilampirkan pada realisasi pegawai tetap ada.")
            .format(judul=s.judul, periode=s.periode_label, ringkasan=s.ringkasan) + extra)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            hapus_survei(self.ctx.db, self.ctx.actor, s.id, expected_version=s.version)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.banner.show_message(self.tr("Survei dihapus."))
        return True

    def jadikan_bukti(self) -> bool:
        s = self.selected()
        if s is None:
            return False
        try:
            lampirkan_ke_capaian(self.ctx.db, self.ctx.actor, s.id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.banner.show_message(self.tr(
            "Survei dilampirkan sebagai bukti capaian kinerja organisasi: {r}.").format(
            r=s.ringkasan))
        return True

    def tetapkan_capaian(self) -> bool:
        unit, key = self.unit_id, self.periode_key
        data = self.predikat_combo.currentData()
        if unit is None or not key or not isinstance(data, str):
            return False
        try:
            self.capaian = set_capaian(
                self.ctx.db, self.ctx.actor, unit, key, PredikatOrganisasi(data),
                catatan=self.catatan_edit.text(),
                expected_version=self.capaian.version if self.capaian else None)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.banner.show_message(self.tr("Capaian kinerja organisasi disimpan."))
        return True

    def help_text(self) -> str:
        return self.tr(
            "<h3>Survei Kepuasan Masyarakat (SKM)</h3>"
            "<p>Hasil SKM per unit kerja dan periode (PermenPANRB 14/2017): sembilan unsur, "
            "jawaban 1–4. NRR = rata-rata jawaban per unsur (dari responden yang menjawab); "
            "IKM = jumlah NRR × 1/9; konversi = IKM × 25; mutu A (Sangat Baik) 88,31–100, "
            "B (Baik) 76,61–88,30, C (Kurang Baik) 65,00–76,60, D (Tidak Baik) 25,00–64,99.</p>"
            "<ul><li><b>Unduh template…</b>, isi satu baris per responden, lalu "
            "<b>Impor respons (xlsx)…</b>. Bila ada sel yang salah, tidak ada yang disimpan dan "
            "setiap baris/kolom yang salah disebutkan.</li>"
            "<li><b>Isi NRR…</b> bila hanya ada laporan yang sudah diolah.</li>"
            "<li><b>Jadikan bukti capaian organisasi</b> melampirkan survei pada capaian "
            "kinerja organisasi unit periode itu.</li>"
            "<li>Panel kanan: capaian kinerja organisasi ditetapkan pimpinan di atas unit "
            "(atau admin); nilainya menentukan pola kurva distribusi predikat pegawai.</li>"
            "</ul><p>Admin, operator, dan kepala unit dapat menambah atau menghapus survei "
            "unitnya.</p>")
