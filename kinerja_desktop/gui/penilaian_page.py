"""Penilaian (SCREENS §8): the penilai's rating grid for a period, with the distribution chart.

Keyboard first: select a row, 1/2/3 set the rating of the current rating column
(1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi), Tab switches between the two rating
columns, Enter moves down, Delete clears, Ctrl+Z/Ctrl+Y undo/redo, Ctrl+S saves every
change at once (``services.penilaian_massal.nilai_massal``, all or nothing) in the
background. The predikat and the chart follow every keystroke, unsaved ratings included.

The Excel menu exports the same grid as a workbook to fill in offline, imports it back
(services/penilaian_excel.py: checked whole, saved all at once, the grid read again) and
exports the unit recap with its distribution table (services/rekap.py).
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.kurva_chart import KurvaChart
from kinerja_desktop.gui.page_title import page_title
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.penilaian_grid_model import (
    RATING_BY_KEY,
    RATING_COLUMNS,
    Column,
    PenilaianGridModel,
)
from kinerja_desktop.gui.periode_choice import fill_periode_combo, read_periods
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.penilaian import PenilaianRingkas, daftar_penilaian
from kinerja_desktop.services.penilaian_excel import (
    EksporPenilaian,
    HasilImporPenilaian,
    ekspor_lembar_penilaian,
    impor_lembar_penilaian,
)
from kinerja_desktop.services.penilaian_massal import nilai_massal
from kinerja_desktop.services.predikat_organisasi import CapaianOrganisasiDTO, get_capaian
from kinerja_desktop.services.rekap import RekapUnit, ekspor_rekap, unit_sendiri
from kinerja_desktop.services.unit_kerja import UnitDTO, list_units

# The period's rows and the unit's stored capaian kinerja organisasi.
_Daftar = tuple[list[PenilaianRingkas], CapaianOrganisasiDTO | None]

EVALUASI_MODULE = "kinerja_desktop.gui.evaluasi_dialog"

WIDTHS = {Column.NIP: 158, Column.STATUS: 110, Column.HASIL_KERJA: 140,
          Column.PERILAKU: 125, Column.PREDIKAT: 130}

T = TypeVar("T")

_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


class RatingTable(QTableView):
    """1/2/3 set the current rating column; Tab switches it; Enter moves down."""

    def grid(self) -> PenilaianGridModel:
        model = self.model()
        assert isinstance(model, PenilaianGridModel)
        return model

    def _rating_column(self, index: QModelIndex) -> Column:
        col = index.column()
        return Column(col) if col in RATING_COLUMNS else Column.HASIL_KERJA

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not index.isValid() or mods not in (Qt.KeyboardModifier.NoModifier,
                                               Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        model, row = self.grid(), index.row()
        column = self._rating_column(index)
        if key in _KEYS and mods == Qt.KeyboardModifier.NoModifier:
            model.set_rating(row, column, RATING_BY_KEY[_KEYS[key]])
            self.setCurrentIndex(model.index(row, column))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_rating(row, column, None)
            self.setCurrentIndex(model.index(row, column))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            step = -1 if mods == Qt.KeyboardModifier.ShiftModifier else 1
            target = min(max(row + step, 0), model.rowCount() - 1)
            self.setCurrentIndex(model.index(target, column))
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            other = (Column.PERILAKU if index.column() == Column.HASIL_KERJA
                     else Column.HASIL_KERJA)
            if index.column() not in RATING_COLUMNS:
                other = Column.HASIL_KERJA
            self.setCurrentIndex(model.index(row, other))
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class PenilaianPage(QWidget):
    """Rating grid of one period and the distribution against the curve."""

    penilaian_changed = Signal()
    page_requested = Signal(str)
    list_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.periods: list[Periode] = []
        self.loading = False
        self.list_job: JobHandle[_Daftar] | None = None
        self.save_job: JobHandle[list[PenilaianRingkas]] | None = None
        self._list_loader = LatestJob(self)
        self._loaded_key = ""
        self._loaded = False
        self._loaded_unit: uuid.UUID | None = None
        self.units: list[UnitDTO] = []
        self.excel_job: JobHandle[object] | None = None

        self.model = PenilaianGridModel(self)
        self.title = page_title()

        # --- filters
        self.periode_combo = QComboBox()
        self.periode_combo.setToolTip(self.tr(
            "Periode penilaian tahun kerja yang dipilih (contoh: TRIWULAN I = Januari–Maret). "
            "Yang dipilih otomatis: periode terakhir yang sudah berakhir."))
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr(
            "Hanya pegawai yang berada langsung di unit ini (contoh: Sekretariat). "
            "\"Semua unit\" menampilkan semua pegawai."))
        self.unit_combo.setMinimumContentsLength(18)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisasi_combo = QComboBox()
        for p in PredikatOrganisasi:
            self.organisasi_combo.addItem(p.label, p.value)
        self.organisasi_combo.setCurrentIndex(
            self.organisasi_combo.findData(PredikatOrganisasi.BAIK.value))
        self.organisasi_combo.setToolTip(self.tr(
            "Capaian kinerja organisasi unit pada periode ini, yang menentukan pola kurva "
            "distribusi (contoh: Baik → predikat terbanyak Baik, paling banyak 70%, harus "
            "ada Butuh Perbaikan atau Kurang)."))
        filters = QHBoxLayout()
        periode_label = QLabel(self.tr("&Periode:"))
        periode_label.setBuddy(self.periode_combo)
        filters.addWidget(periode_label)
        filters.addWidget(self.periode_combo)
        if self.is_admin:
            unit_label = QLabel(self.tr("&Unit:"))
            unit_label.setBuddy(self.unit_combo)
            filters.addWidget(unit_label)
            filters.addWidget(self.unit_combo, 1)
        else:
            self.unit_combo.hide()
            filters.addStretch(1)

        # --- actions
        self.save_action = QAction(self.tr("Simpan"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setToolTip(self.tr(
            "Menyimpan semua rating yang diubah (baris bertanda ●) sekaligus (Ctrl+S). Bila "
            "satu ditolak, tidak ada yang disimpan."))
        self.save_action.triggered.connect(self.save)
        self.undo_action = self.model.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(self.tr("Membatalkan perubahan rating terakhir (Ctrl+Z)"))
        self.redo_action = self.model.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Y"))
        self.redo_action.setToolTip(self.tr("Mengulangi perubahan yang dibatalkan (Ctrl+Y)"))
        self.reload_action = QAction(self.tr("Muat ulang"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.setToolTip(self.tr("Membaca daftar penilaian lagi (F5)"))
        self.reload_action.triggered.connect(self.reload)
        buttons = QHBoxLayout()
        for action in (self.save_action, self.undo_action, self.redo_action,
                       self.reload_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)

        # --- Excel (issue 4 point 5)
        self.export_sheet_action = QAction(self.tr("Ekspor lembar penilaian…"), self)
        self.export_sheet_action.setToolTip(self.tr(
            "Menyimpan daftar penilaian periode ini sebagai file Excel untuk diisi tanpa "
            "aplikasi: pilih rating di kolom Rating Hasil Kerja dan Rating Perilaku (atau ketik "
            "1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi); bila perlu isi Predikat "
            "Ditetapkan dengan Alasan Perubahan Predikat, dan Catatan/Rekomendasi. Contoh nama: "
            "penilaian-2026-TW2.xlsx"))
        self.export_sheet_action.triggered.connect(self._choose_export_sheet)
        self.import_sheet_action = QAction(self.tr("Impor lembar penilaian…"), self)
        self.import_sheet_action.setToolTip(self.tr(
            "Membaca lembar penilaian yang sudah diisi lalu menyimpan semua rating, predikat "
            "yang diubah beserta alasannya, dan catatan sekaligus. "
            "File harus hasil ekspor untuk periode (dan unit) yang dipilih; bila ada satu "
            "kesalahan, tidak ada yang disimpan. Baris dengan rating kosong dilewati."))
        self.import_sheet_action.triggered.connect(self._choose_import_sheet)
        self.export_rekap_action = QAction(self.tr("Ekspor rekap unit…"), self)
        self.export_rekap_action.setToolTip(self.tr(
            "Rekap penilaian unit (beserta sub-unit) untuk periode ini: NIP, nama, jabatan, "
            "rating, predikat dan status per pegawai, dengan tabel distribusi predikat terhadap "
            "kurva. Admin: unit di kotak Unit; pejabat: unit yang dipimpinnya."))
        self.export_rekap_action.triggered.connect(self._choose_export_rekap)
        self.excel_button = QToolButton()
        self.excel_button.setText(self.tr("Excel"))
        self.excel_button.setToolTip(self.tr(
            "Ekspor/impor lembar penilaian untuk diisi luring, dan ekspor rekap unit "
            "(file .xlsx)"))
        self.excel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.excel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        excel_menu = QMenu(self.excel_button)
        excel_menu.setToolTipsVisible(True)
        excel_menu.addAction(self.export_sheet_action)
        excel_menu.addAction(self.import_sheet_action)
        excel_menu.addSeparator()
        excel_menu.addAction(self.export_rekap_action)
        self.excel_button.setMenu(excel_menu)
        buttons.addWidget(self.excel_button)
        buttons.addStretch(1)
        self.active_column = QLabel()
        self.active_column.setToolTip(self.tr(
            "Kolom yang diisi oleh tombol 1/2/3; Tab berpindah antara Rating Hasil Kerja "
            "dan Rating Perilaku."))
        buttons.addWidget(self.active_column)
        buttons.addSpacing(12)
        self.summary = QLabel()
        self.summary.setObjectName("penilaian_summary")
        buttons.addWidget(self.summary)

        self.banner = InfoBar()
        self.info = InfoBar()
        self.help = QLabel(self.tr(
            "Pilih baris lalu tekan <b>1</b> = Di Atas, <b>2</b> = Sesuai, <b>3</b> = Di Bawah "
            "Ekspektasi untuk kolom rating yang aktif. <b>Tab</b> berpindah kolom rating, "
            "<b>Enter</b> turun ke baris berikutnya, <b>Ctrl+Z</b> membatalkan, "
            "<b>Ctrl+S</b> menyimpan. Klik ganda membuka formulir evaluasi."))
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)

        # --- grid
        self.table = RatingTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for col, width in WIDTHS.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(Column.NAMA, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_evaluasi)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.setAccessibleName(self.tr("Tabel penilaian"))

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Buka halaman SKP"))
        self.empty_button.setToolTip(self.tr(
            "Pegawai muncul di sini setelah SKP-nya ditetapkan dengan Anda sebagai pejabat "
            "penilai kinerja."))
        self.empty_button.clicked.connect(lambda: self.page_requested.emit("skp"))
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.table)
        self.grid_stack.addWidget(self.empty)

        # --- chart
        self.chart = KurvaChart()
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("kurva_warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setToolTip(self.tr(
            "Peringatan kurva distribusi hanya sebagai pertimbangan; penyimpanan tidak "
            "pernah ditolak karenanya."))
        side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        org_label = QLabel(self.tr("&Capaian kinerja organisasi:"))
        org_label.setBuddy(self.organisasi_combo)
        side_layout.addWidget(org_label)
        side_layout.addWidget(self.organisasi_combo)
        self.organisasi_note = QLabel()
        self.organisasi_note.setWordWrap(True)
        self.organisasi_note.setObjectName("organisasi_note")
        side_layout.addWidget(self.organisasi_note)
        self.chart_title = QLabel()
        self.chart_title.setWordWrap(True)
        side_layout.addWidget(self.chart_title)
        side_layout.addWidget(self.chart, 1)
        legend = QLabel(self.tr(
            "SK = Sangat Kurang · K = Kurang/Misconduct · BP = Butuh Perbaikan · B = Baik · "
            "SB = Sangat Baik. Garis putus-putus: pola kurva."))
        legend.setWordWrap(True)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.warnings_label)
        side.setMinimumWidth(280)
        side.setMaximumWidth(380)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.grid_stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([820, 320])

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.info)
        layout.addWidget(self.help)
        layout.addWidget(self.splitter, 1)

        self.model.counts_changed.connect(self._update_chart)
        self.model.dataChanged.connect(self._update_summary)
        self.model.undo_stack.cleanChanged.connect(self._update_summary)
        self.model.undo_stack.indexChanged.connect(self._update_summary)
        self.organisasi_combo.currentIndexChanged.connect(self._update_chart)
        self.periode_combo.currentIndexChanged.connect(self._periode_changed)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        ctx.tahun.changed.connect(self._year_changed)

        self._fill_periods()
        if self.is_admin:
            try:
                self.units = list_units(ctx.db, ctx.actor)
                fill_unit_combo(self.unit_combo, self.units, self.tr("Semua unit"))
            except UserError as exc:
                show_error(self, exc)
        self._update_chart()
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        """Reads the rows the first time the page is shown (not when the window opens)."""
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # --- state -----------------------------------------------------------------------------------
    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def current_periode(self) -> Periode | None:
        i = self.periode_combo.currentIndex()
        return self.periods[i] if 0 <= i < len(self.periods) else None

    def period_ended(self) -> bool:
        p = self.current_periode()
        return p is not None and p.selesai < self.today

    def _fill_periods(self, keep: str = "") -> None:
        self.periods = read_periods(self, self.ctx, self.tahun)
        fill_periode_combo(self.periode_combo, self.periods, keep, self.today)

    def set_periode(self, key: str) -> None:
        pos = self.periode_combo.findData(key)
        if pos >= 0:
            self.periode_combo.setCurrentIndex(pos)

    def _confirm_discard(self) -> bool:
        changed = len(self.model.changed_rows())
        if not changed:
            return True
        answer = QMessageBox.question(
            self, self.tr("Rating belum disimpan"),
            self.tr("Rating {n} pegawai belum disimpan dan akan hilang. Buang perubahan?")
            .format(n=changed),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _periode_changed(self) -> None:
        p = self.current_periode()
        if p is not None and p.key != self._loaded_key and not self._confirm_discard():
            self.set_periode(self._loaded_key)
            return
        self.reload()

    def _unit_changed(self) -> None:
        if self._confirm_discard():
            self._loaded_unit = combo_unit(self.unit_combo)
            self.reload()
            return
        self.unit_combo.blockSignals(True)  # stay on the unit whose ratings are unsaved
        pos = self.unit_combo.findData(str(self._loaded_unit) if self._loaded_unit else "")
        self.unit_combo.setCurrentIndex(max(pos, 0))
        self.unit_combo.blockSignals(False)

    def _year_changed(self, tahun: int) -> None:
        del tahun
        if not shiboken6.isValid(self):
            return
        self._fill_periods()
        if self._loaded:
            self.reload()
        else:
            self._update_state()

    # --- loading ---------------------------------------------------------------------------------
    def reload(self) -> JobHandle[_Daftar] | None:
        """Reads the period's rows in the background (unsaved ratings are dropped)."""
        self._loaded = True
        p = self.current_periode()
        self.title.setText(self.tr("Penilaian tahun {tahun}").format(tahun=self.tahun))
        if p is None:
            self._list_loader.invalidate()  # a list still on its way belongs to another period
            self.model.set_rows([])
            self._update_state()
            return None
        db, actor, tahun, key = self.ctx.db, self.ctx.actor, self.tahun, p.key
        unit_id = combo_unit(self.unit_combo) if self.is_admin else None

        def work(progress: JobProgress) -> _Daftar:
            del progress  # two queries
            rows = daftar_penilaian(db, actor, tahun, key, unit_id=unit_id)
            unit = unit_id or unit_sendiri(db, actor)
            return rows, get_capaian(db, actor, unit, key) if unit is not None else None

        def done(result: _Daftar) -> None:
            self._show_capaian(result[1])
            self._show_rows(result[0], key)

        def failed(exc: BaseException) -> None:
            self._show_rows([], key)
            show_error(self, exc)

        self.loading = True
        self.list_job = self._list_loader.start(self.tr("Membaca daftar penilaian"), work,
                                                done, failed, show_dialog=False)
        return self.list_job

    def _show_capaian(self, capaian: CapaianOrganisasiDTO | None) -> None:
        """The stored capaian picks the curve; without one the choice is a simulation."""
        if capaian is not None:
            self.organisasi_combo.setCurrentIndex(
                self.organisasi_combo.findData(capaian.predikat.value))
            self.organisasi_note.setText(self.tr(
                "Ditetapkan oleh {oleh} pada {tanggal} (halaman SKM).").format(
                    oleh=capaian.ditetapkan_oleh, tanggal=f"{capaian.tanggal:%d-%m-%Y}"))
        else:
            self.organisasi_note.setText(self.tr(
                "Belum ditetapkan untuk unit dan periode ini: pilihan di atas hanya simulasi. "
                "Tetapkan di halaman SKM."))

    def _show_rows(self, rows: list[PenilaianRingkas], key: str) -> None:
        self.loading = False
        current = self.table.currentIndex()
        self._loaded_key = key
        self.model.set_rows(rows)
        self._update_state()
        if rows:
            row = min(max(current.row(), 0), len(rows) - 1)
            self.table.setCurrentIndex(self.model.index(row, Column.HASIL_KERJA))
        self.list_loaded.emit()

    def _update_state(self) -> None:
        p = self.current_periode()
        ended = self.period_ended()
        self.model.set_read_only(not ended or self.save_job is not None)
        if p is not None and not ended:
            self.banner.show_message(self.tr(
                "Periode {label} baru berakhir {selesai}; penilaian dapat diisi mulai {mulai}. "
                "Tabel hanya dapat dilihat.").format(
                    label=p.label, selesai=f"{p.selesai:%d-%m-%Y}",
                    mulai=f"{p.selesai + dt.timedelta(days=1):%d-%m-%Y}"), "warning")
        else:
            self.banner.hide()
        rows = self.model.rowCount()
        label = p.label if p is not None else ""
        if self.is_admin:
            self.empty_label.setText(self.tr(
                "Belum ada SKP tahun {tahun} yang ditetapkan untuk periode {periode} pada "
                "pilihan ini. Tetapkan SKP pegawai di halaman SKP terlebih dahulu.").format(
                    tahun=self.tahun, periode=label))
        else:
            self.empty_label.setText(self.tr(
                "Tidak ada pegawai yang Anda nilai pada periode {periode} tahun {tahun}. "
                "Pegawai muncul di sini setelah SKP-nya ditetapkan dengan Anda sebagai "
                "pejabat penilai kinerja.").format(periode=label, tahun=self.tahun))
        self.grid_stack.setCurrentWidget(self.table if rows else self.empty)
        self._update_summary()
        self._update_chart()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        column = current.column() if current.column() in RATING_COLUMNS else Column.HASIL_KERJA
        self.active_column.setText(self.tr("Kolom aktif: <b>{title}</b>").format(
            title=self.model.headerData(column, Qt.Orientation.Horizontal)))

    def _update_summary(self) -> None:
        rows = self.model.rowCount()
        rated = sum(self.model.counts().values())
        changed = len(self.model.changed_rows())
        text = self.tr("{rated} dari {n} pegawai berpredikat").format(rated=rated, n=rows)
        if changed:
            text += self.tr(" · {c} belum disimpan").format(c=changed)
        self.summary.setText(text)
        self.save_action.setEnabled(changed > 0 and self.save_job is None
                                    and self.period_ended())
        idle = self.excel_job is None and self.save_job is None
        has_period = self.current_periode() is not None
        self.export_sheet_action.setEnabled(idle and has_period)
        self.import_sheet_action.setEnabled(idle and self.period_ended())
        self.export_rekap_action.setEnabled(idle and has_period)

    def organisasi(self) -> PredikatOrganisasi:
        return PredikatOrganisasi(self.organisasi_combo.currentData())

    def _update_chart(self) -> None:
        org = self.organisasi()
        self.chart.set_data(self.model.counts(), org)
        self.chart_title.setText(self.tr(
            "Distribusi predikat terhadap kurva organisasi {org}").format(org=org.label))
        if self.chart.warnings:
            items = "".join(f"<li>{w.pesan}</li>" for w in self.chart.warnings)
            self.warnings_label.setText(self.tr(
                "<b>Peringatan kurva</b> (hanya pertimbangan):<ul>{items}</ul>").format(
                    items=items))
        elif self.chart.total:
            self.warnings_label.setText(self.tr("Distribusi sesuai pola kurva."))
        else:
            self.warnings_label.setText(self.tr("Belum ada predikat."))

    def counts(self) -> dict[Predikat, int]:
        return self.model.counts()

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> JobHandle[list[PenilaianRingkas]] | None:
        """Saves every changed row at once in the background; nothing on error."""
        p = self.current_periode()
        changed = self.model.changed_rows()
        if p is None or not changed or self.save_job is not None:
            return None
        kosong = [r.base.nama for r in changed if r.hasil_kerja is None or r.perilaku is None]
        if kosong:
            show_error(self, ValidationError(self.tr(
                "Lengkapi kedua rating sebelum menyimpan; belum lengkap: {nama}.").format(
                    nama=", ".join(kosong))))
            return None
        items = [(r.base.skp_id, r.hasil_kerja, r.perilaku) for r in changed
                 if r.hasil_kerja is not None and r.perilaku is not None]
        versions: dict[uuid.UUID, int | None] = {r.base.skp_id: r.base.version
                                                 for r in changed}
        db, actor, tahun, key, today = self.ctx.db, self.ctx.actor, self.tahun, p.key, self.today

        def work(progress: JobProgress) -> list[PenilaianRingkas]:
            del progress  # one transaction
            return nilai_massal(db, actor, tahun, key, items, today, versions=versions)

        def done(saved: list[PenilaianRingkas]) -> None:
            if not shiboken6.isValid(self):
                return
            self.save_job = None
            self.model.mark_saved(saved)
            self._update_state()
            self.info.show_message(self.tr("{n} penilaian disimpan.").format(n=len(saved)))
            self.penilaian_changed.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.save_job = None
            self._update_state()
            show_error(self, exc)

        self.save_job = run_job(self, self.tr("Menyimpan penilaian"), work, done, failed)
        self._update_state()  # read-only while saving
        return self.save_job

    # --- evaluation form -------------------------------------------------------------------------
    def _open_evaluasi(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Double-click: the evaluation form, once ``gui.evaluasi_dialog`` exists."""
        p = self.current_periode()
        if not index.isValid() or p is None or importlib.util.find_spec(EVALUASI_MODULE) is None:
            return
        module = importlib.import_module(EVALUASI_MODULE)
        skp_id = self.model.row_at(index.row()).base.skp_id
        dialog = module.EvaluasiDialog(self.ctx, skp_id, p.key, self)
        dialog.exec()
        if not self.model.has_changes():
            self.reload()

    # --- Excel -----------------------------------------------------------------------------------
    def _unit_kode(self) -> str | None:
        """Admin: the code of the unit chosen ("" for every unit); others: None (not asked)."""
        if not self.is_admin:
            return None
        unit_id = combo_unit(self.unit_combo)
        return next((u.kode for u in self.units if u.id == unit_id), "")

    def _default_path(self, stem: str) -> str:
        p = self.current_periode()
        key = p.key if p is not None else str(self.tahun)
        kode = self._unit_kode()
        parts = [stem, key] + ([kode] if kode else [])
        return str(Path.home() / ("-".join(parts) + ".xlsx"))

    def _ask_save(self, title: str, stem: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, self._default_path(stem),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def _choose_export_sheet(self) -> None:
        path = self._ask_save(self.tr("Ekspor lembar penilaian"), "penilaian")
        if path is not None:
            self.export_sheet_to(path)

    def _choose_import_sheet(self) -> None:
        if not self._confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor lembar penilaian"), str(Path.home()),
            self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.import_sheet_from(Path(name))

    def _choose_export_rekap(self) -> None:
        if self.is_admin and combo_unit(self.unit_combo) is None:
            show_error(self, ValidationError(self.tr(
                "Pilih unit kerja di kotak Unit terlebih dahulu; rekap dibuat per unit "
                "(beserta sub-unitnya).")))
            return
        path = self._ask_save(self.tr("Ekspor rekap unit"), "rekap")
        if path is not None:
            self.export_rekap_to(path)

    def _excel_job(self, title: str, work: Callable[[JobProgress], T],
                   done: Callable[[T], None]) -> JobHandle[T]:
        def finished(result: T) -> None:
            if not shiboken6.isValid(self):
                return
            self.excel_job = None
            self._update_summary()
            done(result)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.excel_job = None
            self._update_summary()
            show_error(self, exc)

        handle = run_job(self, title, work, finished, failed)
        self.excel_job = handle  # type: ignore[assignment]
        self._update_summary()
        return handle

    def export_sheet_to(self, path: Path) -> JobHandle[EksporPenilaian] | None:
        """Writes the period's rating sheet (the chosen unit for an admin) in the background."""
        p = self.current_periode()
        if p is None or self.excel_job is not None:
            return None
        db, actor, key, kode = self.ctx.db, self.ctx.actor, p.key, self._unit_kode()

        def work(progress: JobProgress) -> EksporPenilaian:
            del progress  # one query and one file
            return ekspor_lembar_penilaian(db, actor, key, path, unit_kode=kode or None)

        def done(res: EksporPenilaian) -> None:
            self.info.show_message(self.tr(
                "Lembar penilaian {periode} ({n} pegawai) disimpan ke {path}. Isi kolom rating, "
                "lalu pilih Excel → Impor lembar penilaian.").format(
                    periode=res.periode_key, n=res.jumlah, path=res.file))

        return self._excel_job(self.tr("Mengekspor lembar penilaian"), work, done)

    def import_sheet_from(self, path: Path) -> JobHandle[HasilImporPenilaian] | None:
        """Checks the filled sheet and saves its ratings at once; the grid is read again."""
        p = self.current_periode()
        if p is None or self.excel_job is not None:
            return None
        db, actor, key, today = self.ctx.db, self.ctx.actor, p.key, self.today
        kode = self._unit_kode()

        def work(progress: JobProgress) -> HasilImporPenilaian:
            del progress  # one transaction
            return impor_lembar_penilaian(db, actor, path, periode_key=key, unit_kode=kode,
                                          today=today)

        def done(res: HasilImporPenilaian) -> None:
            self.info.show_message(self.tr(
                "Impor {file} selesai: {n} pegawai dinilai, {tetap} tidak berubah, "
                "{lewat} dilewati (rating kosong).").format(
                    file=path.name, n=res.dinilai, tetap=res.tetap, lewat=res.dilewati))
            self.reload()
            if res.dinilai:
                self.penilaian_changed.emit()

        return self._excel_job(self.tr("Mengimpor lembar penilaian"), work, done)

    def export_rekap_to(self, path: Path) -> JobHandle[RekapUnit] | None:
        """The recap of the chosen unit (admin) or of the account's own unit, with sub-units."""
        p = self.current_periode()
        if p is None or self.excel_job is not None:
            return None
        db, actor, key = self.ctx.db, self.ctx.actor, p.key
        chosen = combo_unit(self.unit_combo) if self.is_admin else None

        def work(progress: JobProgress) -> RekapUnit:
            del progress
            unit_id = chosen or unit_sendiri(db, actor)
            if unit_id is None:
                raise ValidationError(
                    "Akun ini tidak terhubung ke pegawai dengan unit kerja; rekap unit dibuat "
                    "oleh kepala unit atau admin.")
            return ekspor_rekap(db, actor, unit_id, key, path)

        def done(r: RekapUnit) -> None:
            self.info.show_message(self.tr(
                "Rekap {unit} {periode}: {n} pegawai, {dinilai} dinilai; disimpan ke "
                "{path}.").format(unit=r.unit_nama, periode=r.periode_label, n=r.jumlah,
                                  dinilai=r.dinilai, path=str(path)))

        return self._excel_job(self.tr("Mengekspor rekap unit"), work, done)
