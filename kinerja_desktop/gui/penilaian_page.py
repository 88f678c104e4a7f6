"""Penilaian (SCREENS §8): the penilai's rating grid for a period, with the distribution chart.

Keyboard first: select a row, 1/2/3 set the rating of the current rating column
(1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi), Tab switches between the two rating
columns, Enter moves down, Delete clears, Ctrl+Z/Ctrl+Y undo/redo, Ctrl+S saves every
change at once (``services.penilaian_massal.nilai_massal``, all or nothing) in the
background. The predikat and the chart follow every keystroke, unsaved ratings included.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import uuid

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job
from kinerja_desktop.gui.kurva_chart import KurvaChart
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.penilaian_grid_model import (
    RATING_BY_KEY,
    RATING_COLUMNS,
    Column,
    PenilaianGridModel,
)
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.aturan_periode import list_periode
from kinerja_desktop.services.penilaian import PenilaianRingkas, daftar_penilaian
from kinerja_desktop.services.penilaian_massal import nilai_massal
from kinerja_desktop.services.unit_kerja import list_units

EVALUASI_MODULE = "kinerja_desktop.gui.evaluasi_dialog"

WIDTHS = {Column.NIP: 158, Column.STATUS: 110, Column.HASIL_KERJA: 140,
          Column.PERILAKU: 125, Column.PREDIKAT: 130}

_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


def default_periode(periods: list[Periode], today: dt.date) -> int:
    """The index of the last period that has ended (by end date), else the first."""
    ended = [i for i, p in enumerate(periods) if p.selesai < today]
    return max(ended, key=lambda i: (periods[i].selesai, i)) if ended else 0


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
        self.list_job: JobHandle[list[PenilaianRingkas]] | None = None
        self.save_job: JobHandle[list[PenilaianRingkas]] | None = None
        self._generation = 0
        self._loaded_key = ""
        self._loaded = False
        self._loaded_unit: uuid.UUID | None = None

        self.model = PenilaianGridModel(self)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

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
                fill_unit_combo(self.unit_combo, list_units(ctx.db, ctx.actor),
                                self.tr("Semua unit"))
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
        try:
            self.periods = list_periode(self.ctx.db, self.ctx.actor, self.tahun)
        except UserError as exc:
            show_error(self, exc)
            self.periods = []
        self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        for p in self.periods:
            self.periode_combo.addItem(
                self.tr("{label} ({mulai} – {selesai})").format(
                    label=p.label, mulai=f"{p.mulai:%d-%m}", selesai=f"{p.selesai:%d-%m-%Y}"),
                p.key)
        keys = [p.key for p in self.periods]
        index = keys.index(keep) if keep in keys else default_periode(self.periods, self.today)
        self.periode_combo.setCurrentIndex(index)
        self.periode_combo.blockSignals(False)

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
    def reload(self) -> JobHandle[list[PenilaianRingkas]] | None:
        """Reads the period's rows in the background (unsaved ratings are dropped)."""
        self._loaded = True
        self._generation += 1
        generation = self._generation
        p = self.current_periode()
        self.title.setText(self.tr("Penilaian tahun {tahun}").format(tahun=self.tahun))
        if p is None:
            self.model.set_rows([])
            self._update_state()
            return None
        db, actor, tahun, key = self.ctx.db, self.ctx.actor, self.tahun, p.key
        unit_id = combo_unit(self.unit_combo) if self.is_admin else None

        def work(progress: JobProgress) -> list[PenilaianRingkas]:
            del progress  # one query
            return daftar_penilaian(db, actor, tahun, key, unit_id=unit_id)

        def done(rows: list[PenilaianRingkas]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_rows(rows, key)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_rows([], key)
                show_error(self, exc)

        self.loading = True
        self.list_job = run_job(self, self.tr("Membaca daftar penilaian"), work, done, failed,
                                show_dialog=False)
        return self.list_job

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
