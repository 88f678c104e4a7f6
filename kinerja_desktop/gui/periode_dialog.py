"""Dialog "Periode penilaian <tahun>" (SCREENS §14): scheme, deadlines, the resulting periods.

The admin picks bulanan, triwulanan or semesteran, the deadline for setting
SKPs and the days after each period for realisasi and rating; the table below
shows the periods that result, live. Others see the same dialog read-only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.domain.periode import (
    AturanPeriode,
    Periode,
    SkemaPeriode,
    check_aturan,
    periods,
)
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.periode_choice import periode_nama
from kinerja_desktop.services.aturan_periode import get_aturan, simpan_aturan

ModelIndex = QModelIndex | QPersistentModelIndex

ERROR_STYLE = "color: #b3261e;"


class PeriodeTableModel(QAbstractTableModel):
    """Periode, Kode, Mulai, Selesai, Batas realisasi, Batas penilaian."""

    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Periode] = []
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

    def set_periods(self, rows: list[Periode]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def periods(self) -> list[Periode]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def _date(self, day: dt.date) -> str:
        return self._locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.COLUMNS:
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            values = (periode_nama(p), p.key, self._date(p.mulai), self._date(p.selesai),
                      self._date(p.batas_realisasi), self._date(p.batas_penilaian))
            return values[index.column()]
        if role == Qt.ItemDataRole.FontRole and p.skema is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PeriodeTableModel", "Periode"),
                QCoreApplication.translate("PeriodeTableModel", "Kode"),
                QCoreApplication.translate("PeriodeTableModel", "Mulai"),
                QCoreApplication.translate("PeriodeTableModel", "Selesai"),
                QCoreApplication.translate("PeriodeTableModel", "Batas realisasi"),
                QCoreApplication.translate("PeriodeTableModel", "Batas penilaian"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("PeriodeTableModel", "Nama periode pada formulir"),
                QCoreApplication.translate(
                    "PeriodeTableModel", "Kode periode untuk perintah dan berkas, contoh "
                    "2026-TW1"),
                QCoreApplication.translate("PeriodeTableModel", "Hari pertama periode"),
                QCoreApplication.translate("PeriodeTableModel", "Hari terakhir periode"),
                QCoreApplication.translate(
                    "PeriodeTableModel", "Hari terakhir pegawai mengisi realisasi"),
                QCoreApplication.translate(
                    "PeriodeTableModel", "Hari terakhir pejabat penilai memberi penilaian"),
            )[section]
        return None


class PeriodeDialog(QDialog):
    """"Periode penilaian <tahun>": editable for an admin, read-only for others."""

    def __init__(self, ctx: AppContext, tahun: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tahun = tahun
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.saved: AturanPeriode | None = None
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self.setWindowTitle(self.tr("Periode penilaian {tahun}").format(tahun=tahun))

        intro = QLabel(self.tr(
            "Peraturan tidak menetapkan berapa kali kinerja dinilai dalam setahun; kantor "
            "memilih skema di bawah. Penilaian tahunan selalu ada setelah periode terakhir."))
        intro.setWordWrap(True)
        self.skema = QComboBox()
        for skema, text in ((SkemaPeriode.BULANAN, self.tr("Bulanan (12 periode)")),
                            (SkemaPeriode.TRIWULANAN, self.tr("Triwulanan (4 periode)")),
                            (SkemaPeriode.SEMESTERAN, self.tr("Semesteran (2 periode)"))):
            self.skema.addItem(text, skema.value)
        self.skema.setToolTip(self.tr(
            "Seberapa sering realisasi diisi dan dinilai. Contoh: Triwulanan = Januari–Maret, "
            "April–Juni, Juli–September, Oktober–Desember."))
        self.batas = QDateEdit()
        self.batas.setCalendarPopup(True)
        self.batas.setDisplayFormat("d MMMM yyyy")
        self.batas.setLocale(self._locale)
        self.batas.setDateRange(QDate(tahun - 1, 1, 1), QDate(tahun, 12, 31))
        self.batas.setToolTip(self.tr(
            "Hari terakhir SKP tahun {tahun} harus sudah ditetapkan pejabat penilai. "
            "Contoh: 31 Januari {tahun}.").format(tahun=tahun))
        self.hari_realisasi = QSpinBox()
        self.hari_realisasi.setRange(0, 60)
        self.hari_realisasi.setSuffix(self.tr(" hari"))
        self.hari_realisasi.setToolTip(self.tr(
            "Berapa hari setelah periode berakhir pegawai masih dapat mengisi realisasi. "
            "Contoh: 5 hari → realisasi triwulan I paling lambat 5 April."))
        self.hari_penilaian = QSpinBox()
        self.hari_penilaian.setRange(0, 90)
        self.hari_penilaian.setSuffix(self.tr(" hari"))
        self.hari_penilaian.setToolTip(self.tr(
            "Berapa hari setelah periode berakhir pejabat penilai harus selesai menilai; tidak "
            "boleh lebih awal dari tenggat realisasi. Contoh: 10 hari."))

        self.model = PeriodeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("periode_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Periode yang dihasilkan skema dan tenggat di atas."))

        self.error = QLabel()
        self.error.setObjectName("periode_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.note = QLabel(self.tr("Hanya admin yang dapat mengubah periode penilaian."))
        self.note.setEnabled(False)
        self.note.setVisible(not self.is_admin)

        form = QFormLayout()
        form.addRow(self.tr("&Skema periode:"), self.skema)
        form.addRow(self.tr("&Batas penetapan SKP:"), self.batas)
        form.addRow(self.tr("Tenggat &realisasi:"), self.hari_realisasi)
        form.addRow(self.tr("Tenggat &penilaian:"), self.hari_penilaian)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            if label_widget is not None and field_widget is not None:
                label_widget.setToolTip(field_widget.toolTip())

        if self.is_admin:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                            | QDialogButtonBox.StandardButton.Cancel)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("<b>Periode yang dihasilkan</b>")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        aturan = AturanPeriode(tahun)
        try:
            aturan = get_aturan(ctx.db, ctx.actor, tahun)
        except UserError as exc:
            self._fail(str(exc))
        self.set_aturan(aturan)
        for widget in (self.skema, self.batas, self.hari_realisasi, self.hari_penilaian):
            widget.setEnabled(self.is_admin)
        self.skema.currentIndexChanged.connect(self._changed)
        self.batas.dateChanged.connect(self._changed)
        self.hari_realisasi.valueChanged.connect(self._changed)
        self.hari_penilaian.valueChanged.connect(self._changed)
        self._changed()

    def set_aturan(self, aturan: AturanPeriode) -> None:
        self.skema.setCurrentIndex(max(0, self.skema.findData(aturan.skema.value)))
        b = aturan.batas_skp
        self.batas.setDate(QDate(b.year, b.month, b.day))
        self.hari_realisasi.setValue(aturan.hari_realisasi)
        self.hari_penilaian.setValue(aturan.hari_penilaian)

    def aturan(self) -> AturanPeriode:
        day = self.batas.date().toPython()
        assert isinstance(day, dt.date)
        return AturanPeriode(self.tahun, SkemaPeriode(str(self.skema.currentData())), day,
                             self.hari_realisasi.value(), self.hari_penilaian.value())

    def _changed(self, *args: object) -> None:
        aturan = self.aturan()
        try:
            check_aturan(aturan)
        except ValidationError as exc:
            self._fail(str(exc))
            self._set_save_enabled(False)
            return
        self.error.hide()
        self.model.set_periods(periods(aturan))
        self._set_save_enabled(True)

    def _set_save_enabled(self, on: bool) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(on and self.is_admin)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if not self.is_admin:
            super().accept()
            return
        try:
            self.saved = simpan_aturan(self.ctx.db, self.ctx.actor, self.aturan())
        except UserError as exc:
            self._fail(str(exc))
            return
        super().accept()
