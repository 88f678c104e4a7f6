"""Rapat Evaluasi (SCREENS §10, issue 4 point 8): the unit's evaluation meeting per period.

Left: the agenda, i.e. the unit recap of the period (every pegawai of the unit and its
sub-units with status, ratings and predikat) and the predikat counts. Right: the
meeting record: date, place, chair, participants (picked from the unit's pegawai or
typed), conclusions and the follow-up table. Ctrl+S saves; "Ekspor notulen (xlsx)…"
writes the record and the agenda to a workbook in the background. Leaving with
unsaved edits asks first (``may_close``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.page_title import page_title
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.periode_choice import fill_periode_combo, read_periods
from kinerja_desktop.gui.rapat_evaluasi_model import (
    AgendaColumn,
    AgendaModel,
    TindakLanjutModel,
    TlColumn,
    predikat_text,
)
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.rapat_evaluasi import (
    KandidatPeserta,
    RapatDTO,
    RapatInput,
    boleh_ubah,
    ekspor_notulen,
    get_rapat,
    hapus_rapat,
    kandidat_peserta,
    simpan_rapat,
    unit_rapat,
)
from kinerja_desktop.services.rekap import RekapUnit, rekap_unit
from kinerja_desktop.services.unit_kerja import list_units

_ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


@dataclass(frozen=True)
class Muatan:
    """What one background load brings: the agenda, the record, the candidates."""

    agenda: RekapUnit | None  # the unit recap; None when the account may not see it
    agenda_error: str
    rapat: RapatDTO | None
    kandidat: list[KandidatPeserta]
    boleh_ubah: bool


class PilihPesertaDialog(QDialog):
    """Check the unit's pegawai to add as participants."""

    def __init__(self, kandidat: list[KandidatPeserta], sudah: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah peserta dari pegawai unit"))
        self.list = QListWidget()
        self.list.setToolTip(self.tr(
            "Centang pegawai yang hadir (contoh: kepala unit dan semua staf). Nama yang "
            "sudah ada di daftar peserta tidak ditampilkan lagi."))
        for k in kandidat:
            if k.teks.casefold() in sudah:
                continue
            item = QListWidgetItem(k.teks)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(k.unit_nama)
            self.list.addItem(item)
        all_button = QPushButton(self.tr("Centang semua"))
        all_button.setToolTip(self.tr("Mencentang semua pegawai pada daftar ini"))
        all_button.clicked.connect(self._check_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        empty = QLabel(self.tr("Semua pegawai unit ini sudah ada di daftar peserta."))
        empty.setVisible(self.list.count() == 0)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(480, 420)

    def _check_all(self) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class RapatEvaluasiPage(QWidget):
    """The meeting of one unit for one period of the working year."""

    rapat_changed = Signal()
    page_requested = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.periods: list[Periode] = []
        self.rapat: RapatDTO | None = None
        self.agenda_dto: RekapUnit | None = None
        self.kandidat: list[KandidatPeserta] = []
        self.can_edit = False
        self.load_job: JobHandle[Muatan] | None = None
        self.export_job: JobHandle[Path] | None = None
        self._loader = LatestJob(self)
        self._loaded = False
        self._clean: tuple[object, ...] = ()
        self._shown_unit: uuid.UUID | None = None
        self._shown_key = ""
        self._shown_tahun = ctx.tahun.value
        self._filling = False
        self.has_units = False

        self.title = page_title()

        # --- choice of unit and period
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr(
            "Unit kerja yang mengadakan rapat evaluasi (contoh: Bidang Pembinaan). Rekap "
            "mencakup pegawai unit ini dan seluruh sub-unitnya."))
        self.unit_combo.setMinimumContentsLength(24)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periode_combo = QComboBox()
        self.periode_combo.setToolTip(self.tr(
            "Periode yang dievaluasi dalam rapat (contoh: TRIWULAN I = Januari–Maret). Yang "
            "dipilih otomatis: periode terakhir yang sudah berakhir."))
        choice = QHBoxLayout()
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)
        periode_label = QLabel(self.tr("&Periode:"))
        periode_label.setBuddy(self.periode_combo)
        choice.addWidget(unit_label)
        choice.addWidget(self.unit_combo, 1)
        choice.addWidget(periode_label)
        choice.addWidget(self.periode_combo)

        # --- actions
        self.save_action = QAction(self.tr("Simpan"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setToolTip(self.tr(
            "Menyimpan catatan rapat (Ctrl+S). Tanggal, paling sedikit satu peserta dan "
            "kesimpulan wajib diisi."))
        self.save_action.triggered.connect(self.save)
        self.export_action = QAction(self.tr("Ekspor notulen (xlsx)…"), self)
        self.export_action.setToolTip(self.tr(
            "Menyimpan notulen dan agenda (rekap unit) ke buku kerja Excel untuk dicetak "
            "atau dibagikan. Tanpa catatan tersimpan, lembar Notulen berupa formulir kosong."))
        self.export_action.triggered.connect(self._choose_export)
        self.delete_action = QAction(self.tr("Hapus catatan"), self)
        self.delete_action.setToolTip(self.tr(
            "Menghapus catatan rapat periode ini (agenda tidak ikut terhapus)."))
        self.delete_action.triggered.connect(self.delete)
        self.reload_action = QAction(self.tr("Muat ulang"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.setToolTip(self.tr("Membaca rekap dan catatan rapat lagi (F5)"))
        self.reload_action.triggered.connect(self._reload_asking)
        for action in (self.save_action, self.export_action, self.delete_action,
                       self.reload_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            choice.addWidget(button)

        self.info = InfoBar()

        # --- left: agenda
        self.agenda_model = AgendaModel(self)
        self.agenda_table = QTableView()
        self.agenda_table.setModel(self.agenda_model)
        self.agenda_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_table.setAlternatingRowColors(True)
        self.agenda_table.setWordWrap(False)
        self.agenda_table.verticalHeader().setDefaultSectionSize(24)
        self.agenda_table.setAccessibleName(self.tr("Agenda rapat: rekap unit"))
        header = self.agenda_table.horizontalHeader()
        for col, width in ((AgendaColumn.NAMA, 136), (AgendaColumn.NIP, 162),
                           (AgendaColumn.STATUS, 92), (AgendaColumn.HASIL_KERJA, 80),
                           (AgendaColumn.PERILAKU, 72), (AgendaColumn.PREDIKAT, 100)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(AgendaColumn.JABATAN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("rapat_counts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setToolTip(self.tr(
            "Jumlah pegawai per predikat pada periode ini, untuk dibahas dalam rapat "
            "(contoh: Baik 12 · Butuh Perbaikan 2)."))
        self.agenda_note = QLabel()
        self.agenda_note.setWordWrap(True)
        agenda_box = QGroupBox(self.tr("Agenda: rekap penilaian unit"))
        agenda_box.setToolTip(self.tr(
            "Rekap penilaian unit untuk periode ini menjadi bahan (agenda) rapat evaluasi."))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.counts_label)
        agenda_layout.addWidget(self.agenda_note)
        agenda_layout.addWidget(self.agenda_table, 1)

        # --- right: the meeting record
        self.tanggal_edit = QDateEdit()
        self.tanggal_edit.setLocale(_ID)
        self.tanggal_edit.setDisplayFormat("d MMMM yyyy")
        self.tanggal_edit.setCalendarPopup(True)
        self.tanggal_edit.setToolTip(self.tr(
            "Tanggal rapat diadakan, pada atau setelah awal periode (contoh: 8 April 2026 "
            "untuk evaluasi TRIWULAN I)."))
        self.tempat_edit = QLineEdit()
        self.tempat_edit.setMaxLength(200)
        self.tempat_edit.setPlaceholderText(self.tr("contoh: Ruang Rapat Bidang Pembinaan"))
        self.tempat_edit.setToolTip(self.tr(
            "Tempat rapat (boleh kosong), contoh: Ruang Rapat Lantai 2 atau Zoom Meeting."))
        self.pimpinan_edit = QLineEdit()
        self.pimpinan_edit.setMaxLength(200)
        self.pimpinan_edit.setPlaceholderText(self.tr("contoh: Rina Marlina, Kepala Bidang"))
        self.pimpinan_edit.setToolTip(self.tr(
            "Yang memimpin rapat (boleh kosong), biasanya kepala unit. Contoh: Rina Marlina, "
            "S.Pd., M.M. Ketik beberapa huruf untuk memilih dari pegawai unit."))
        self.peserta_list = QListWidget()
        self.peserta_list.setObjectName("peserta_list")
        self.peserta_list.setToolTip(self.tr(
            "Peserta rapat, satu nama per baris (contoh: Budi Santoso — Kepala Seksi "
            "Kurikulum). Klik ganda untuk mengubah; paling sedikit satu peserta."))
        self.peserta_list.setMinimumHeight(70)
        self.peserta_list.setMaximumHeight(110)
        self.peserta_list.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.peserta_list.itemChanged.connect(self._form_edited)
        self.peserta_entry = QLineEdit()
        self.peserta_entry.setPlaceholderText(self.tr("Ketik nama peserta lalu Enter"))
        self.peserta_entry.setToolTip(self.tr(
            "Peserta dari luar daftar pegawai unit (contoh: Drs. Hasan, Inspektorat). "
            "Tekan Enter atau Tambah."))
        self.peserta_entry.returnPressed.connect(self._add_typed)
        self.add_peserta_button = QPushButton(self.tr("Tambah"))
        self.add_peserta_button.setToolTip(self.tr("Menambahkan nama yang diketik ke daftar"))
        self.add_peserta_button.clicked.connect(self._add_typed)
        self.pick_button = QPushButton(self.tr("Tambah dari pegawai unit…"))
        self.pick_button.setToolTip(self.tr(
            "Memilih peserta dari pegawai unit ini dan sub-unitnya (nama dan jabatan)."))
        self.pick_button.clicked.connect(self._pick_peserta)
        self.remove_peserta_button = QPushButton(self.tr("Hapus peserta"))
        self.remove_peserta_button.setToolTip(self.tr("Menghapus peserta yang dipilih"))
        self.remove_peserta_button.clicked.connect(self._remove_peserta)
        peserta_box = QWidget()
        peserta_layout = QVBoxLayout(peserta_box)
        peserta_layout.setContentsMargins(0, 0, 0, 0)
        peserta_layout.addWidget(self.peserta_list)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.peserta_entry, 1)
        entry_row.addWidget(self.add_peserta_button)
        peserta_layout.addLayout(entry_row)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.pick_button)
        pick_row.addWidget(self.remove_peserta_button)
        pick_row.addStretch(1)
        peserta_layout.addLayout(pick_row)

        self.kesimpulan_edit = QPlainTextEdit()
        self.kesimpulan_edit.setPlaceholderText(self.tr(
            "contoh: Capaian unit triwulan I Baik; dua pegawai belum melengkapi bukti dukung."))
        self.kesimpulan_edit.setToolTip(self.tr(
            "Wajib. Hasil pembahasan rapat: capaian unit, masalah dan keputusan (contoh: "
            "Distribusi predikat sesuai kurva; realisasi seksi X terlambat)."))
        self.kesimpulan_edit.setMinimumHeight(70)
        self.kesimpulan_edit.setMaximumHeight(120)
        self.kesimpulan_edit.textChanged.connect(self._form_edited)

        self.tl_model = TindakLanjutModel(self)
        self.tl_table = QTableView()
        self.tl_table.setObjectName("tindak_lanjut_table")
        self.tl_table.setModel(self.tl_model)
        self.tl_table.setToolTip(self.tr(
            "Tindak lanjut hasil rapat: klik ganda sel untuk mengisi. Uraian wajib; batas "
            "waktu ditulis dd-mm-yyyy (contoh: 30-04-2026); centang Selesai bila sudah."))
        self.tl_table.setMinimumHeight(120)
        self.tl_table.verticalHeader().setDefaultSectionSize(24)
        tl_header = self.tl_table.horizontalHeader()
        tl_header.setSectionResizeMode(TlColumn.URAIAN, QHeaderView.ResizeMode.Stretch)
        tl_header.resizeSection(TlColumn.PENANGGUNG_JAWAB, 122)
        tl_header.resizeSection(TlColumn.BATAS_WAKTU, 98)
        tl_header.resizeSection(TlColumn.SELESAI, 70)
        self.add_tl_button = QPushButton(self.tr("Tambah baris"))
        self.add_tl_button.setToolTip(self.tr(
            "Menambah satu tindak lanjut (contoh: Pendampingan penyusunan bukti dukung)."))
        self.add_tl_button.clicked.connect(self._add_tindak_lanjut)
        self.remove_tl_button = QPushButton(self.tr("Hapus baris"))
        self.remove_tl_button.setToolTip(self.tr("Menghapus tindak lanjut yang dipilih"))
        self.remove_tl_button.clicked.connect(self._remove_tindak_lanjut)
        tl_box = QWidget()
        tl_layout = QVBoxLayout(tl_box)
        tl_layout.setContentsMargins(0, 0, 0, 0)
        tl_layout.addWidget(self.tl_table)
        tl_row = QHBoxLayout()
        tl_row.addWidget(self.add_tl_button)
        tl_row.addWidget(self.remove_tl_button)
        tl_row.addStretch(1)
        tl_layout.addLayout(tl_row)
        for signal in (self.tl_model.dataChanged, self.tl_model.rowsInserted,
                       self.tl_model.rowsRemoved, self.tl_model.modelReset):
            signal.connect(self._form_edited)

        self.form_state = QLabel()
        self.form_state.setObjectName("rapat_state")
        self.form_state.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.form_state)
        form.addRow(self._label(self.tr("&Tanggal:"), self.tanggal_edit), self.tanggal_edit)
        form.addRow(self._label(self.tr("T&empat:"), self.tempat_edit), self.tempat_edit)
        form.addRow(self._label(self.tr("Pi&mpinan:"), self.pimpinan_edit), self.pimpinan_edit)
        form.addRow(self._label(self.tr("Pe&serta:"), self.peserta_list), peserta_box)
        form.addRow(self._label(self.tr("&Kesimpulan:"), self.kesimpulan_edit),
                    self.kesimpulan_edit)
        form.addRow(self._label(self.tr("Tindak &lanjut:"), self.tl_table), tl_box)
        for edit in (self.tempat_edit, self.pimpinan_edit):
            edit.textChanged.connect(self._form_edited)
        self.tanggal_edit.dateChanged.connect(self._form_edited)
        form_widget = QWidget()
        form_widget.setLayout(form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_widget)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        record_box = QGroupBox(self.tr("Catatan rapat (notulen)"))
        record_layout = QVBoxLayout(record_box)
        record_layout.setContentsMargins(4, 4, 4, 4)
        record_layout.addWidget(self.form_scroll)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(agenda_box)
        self.splitter.addWidget(record_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 580])

        # --- empty state
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("rapat_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Buka halaman Unit Kerja"))
        self.empty_button.setToolTip(self.tr(
            "Rapat evaluasi dicatat per unit kerja; buat unit dan tentukan kepala unitnya "
            "di halaman Unit Kerja."))
        self.empty_button.clicked.connect(lambda: self.page_requested.emit("unit_kerja"))
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(choice)
        layout.addWidget(self.info)
        layout.addWidget(self.stack, 1)

        self.unit_combo.currentIndexChanged.connect(self._choice_changed)
        self.periode_combo.currentIndexChanged.connect(self._choice_changed)
        ctx.tahun.changed.connect(self._year_changed)

        self._fill_units()
        self._fill_periods()
        self._set_form(None)
        self._update_state()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def help_text(self) -> str:
        return self.tr(
            "<h3>Rapat Evaluasi</h3><p>Setelah penilaian periodik, unit kerja mengadakan rapat "
            "evaluasi yang membahas hasil kinerja unit. Pilih unit dan periode: di kiri "
            "tampil rekap penilaian unit (agenda rapat) beserta jumlah per predikat; di kanan "
            "catat tanggal, tempat, pimpinan, peserta, kesimpulan dan tindak lanjut rapat, "
            "lalu tekan <b>Simpan</b> (Ctrl+S).</p><p><b>Ekspor notulen (xlsx)…</b> menulis "
            "notulen dan agenda ke Excel untuk dicetak. Catatan hanya dapat diubah oleh "
            "kepala unit dan admin.</p>")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # --- choices ---------------------------------------------------------------------------
    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def current_unit(self) -> uuid.UUID | None:
        return combo_unit(self.unit_combo)

    def current_periode(self) -> Periode | None:
        i = self.periode_combo.currentIndex()
        return self.periods[i] if 0 <= i < len(self.periods) else None

    def _fill_units(self) -> None:
        try:
            units = list_units(self.ctx.db, self.ctx.actor)
            allowed = unit_rapat(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            units, allowed = [], set()
        if allowed is not None:
            units = [u for u in units if u.id in allowed]
        self.has_units = bool(units)
        fill_unit_combo(self.unit_combo, units, None, self.current_unit())

    def _fill_periods(self) -> None:
        keep = self.periode_combo.currentData()
        self.periods = read_periods(self, self.ctx, self.tahun)
        fill_periode_combo(self.periode_combo, self.periods, keep, self.today)

    def set_unit(self, unit_id: uuid.UUID) -> None:
        pos = self.unit_combo.findData(str(unit_id))
        if pos >= 0:
            self.unit_combo.setCurrentIndex(pos)

    def set_periode(self, key: str) -> None:
        pos = self.periode_combo.findData(key)
        if pos >= 0:
            self.periode_combo.setCurrentIndex(pos)

    def _restore_choice(self) -> None:
        for combo, value in ((self.unit_combo, str(self._shown_unit) if self._shown_unit
                              else ""), (self.periode_combo, self._shown_key)):
            pos = combo.findData(value)
            if pos >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(pos)
                combo.blockSignals(False)

    def _choice_changed(self) -> None:
        if not self.confirm_leave():
            self._restore_choice()
            return
        self.reload()

    def _year_changed(self, tahun: int) -> None:
        del tahun
        if not shiboken6.isValid(self):
            return
        if self.is_dirty() and self.ask_save() == "simpan":
            self.save()  # the year has already changed: save what was typed for the old one
        self._fill_periods()
        if self._loaded:
            self.reload()
        else:
            self._update_state()

    # --- loading ---------------------------------------------------------------------------
    def _reload_asking(self) -> None:
        if self.confirm_leave():
            self.reload()

    def reload(self) -> JobHandle[Muatan] | None:
        """Reads the agenda, the record and the candidates in the background."""
        self._loaded = True
        self.title.setText(self.tr("Rapat evaluasi tahun {tahun}").format(tahun=self.tahun))
        unit, p = self.current_unit(), self.current_periode()
        if unit is None or p is None:
            self._loader.invalidate()  # a record still on its way is not the one chosen now
            self._show(None, unit, p.key if p else "", self.tahun)
            return None
        db, actor, tahun, key = self.ctx.db, self.ctx.actor, self.tahun, p.key

        def work(progress: JobProgress) -> Muatan:
            del progress  # a few queries
            try:
                ag, err = rekap_unit(db, actor, unit, key), ""
            except UserError as exc:  # a pegawai reads the record, not the ratings
                ag, err = None, str(exc)
            return Muatan(ag, err, get_rapat(db, actor, unit, tahun, key),
                          kandidat_peserta(db, actor, unit), boleh_ubah(db, actor, unit))

        def done(m: Muatan) -> None:
            self.load_job = None
            self._show(m, unit, key, tahun)

        def failed(exc: BaseException) -> None:
            self.load_job = None
            self._show(None, unit, key, tahun)
            show_error(self, exc)

        self.load_job = self._loader.start(self.tr("Membaca rapat evaluasi"), work, done,
                                           failed, show_dialog=False)
        return self.load_job

    def _show(self, m: Muatan | None, unit: uuid.UUID | None, key: str, tahun: int) -> None:
        self._shown_unit, self._shown_key, self._shown_tahun = unit, key, tahun
        self.agenda_dto = m.agenda if m else None
        self.kandidat = m.kandidat if m else []
        self.can_edit = bool(m and m.boleh_ubah)
        rows = self.agenda_dto.baris if self.agenda_dto else ()
        self.agenda_model.set_rows(rows)
        if self.agenda_dto is not None:
            ag = self.agenda_dto
            self.counts_label.setText(self.tr(
                "<b>Predikat:</b> {counts}<br>Dinilai {dinilai} dari {n} pegawai · belum "
                "dinilai {belum} · SKP belum ditetapkan {tanpa}").format(
                    counts=predikat_text(ag.distribusi), dinilai=ag.dinilai, n=ag.jumlah,
                    belum=ag.belum_dinilai, tanpa=ag.tanpa_skp))
            self.agenda_note.setVisible(not ag.baris)
            self.agenda_note.setText(self.tr(
                "Belum ada pegawai aktif di unit ini. Tambahkan pegawai di halaman Pegawai."))
        else:
            self.counts_label.setText("")
            self.agenda_note.setVisible(bool(m and m.agenda_error))
            self.agenda_note.setText(m.agenda_error if m else "")
        old = self.pimpinan_edit.completer()
        if old is not None:
            old.deleteLater()
        completer = QCompleter([k.nama for k in self.kandidat], self.pimpinan_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.pimpinan_edit.setCompleter(completer)
        self._set_form(m.rapat if m else None)
        self._update_state()
        self.loaded.emit()

    # --- the form --------------------------------------------------------------------------
    def _default_date(self) -> dt.date:
        p = self.current_periode()
        if p is None:
            return self.today
        return self.today if self.today >= p.mulai else p.selesai

    def _set_form(self, rapat: RapatDTO | None) -> None:
        self.rapat = rapat
        self._filling = True
        try:
            day = rapat.tanggal if rapat else self._default_date()
            self.tanggal_edit.setDate(QDate(day.year, day.month, day.day))
            self.tempat_edit.setText(rapat.tempat if rapat else "")
            self.pimpinan_edit.setText(rapat.pimpinan if rapat else "")
            self.peserta_list.clear()
            for name in rapat.peserta if rapat else ():
                self._append_peserta(name)
            self.kesimpulan_edit.setPlainText(rapat.kesimpulan if rapat else "")
            self.tl_model.set_items(rapat.tindak_lanjut if rapat else ())
        finally:
            self._filling = False
        self._clean = self.snapshot()
        self._form_edited()

    def _append_peserta(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.peserta_list.addItem(item)

    def peserta(self) -> list[str]:
        return [self.peserta_list.item(i).text() for i in range(self.peserta_list.count())]

    def form_input(self) -> RapatInput:
        d = self.tanggal_edit.date()
        return RapatInput(
            tanggal=dt.date(d.year(), d.month(), d.day()),
            tempat=self.tempat_edit.text(), pimpinan=self.pimpinan_edit.text(),
            peserta=tuple(self.peserta()), kesimpulan=self.kesimpulan_edit.toPlainText(),
            tindak_lanjut=tuple(self.tl_model.items()),
        )

    def snapshot(self) -> tuple[object, ...]:
        d = self.tanggal_edit.date()
        return (d.toJulianDay(), self.tempat_edit.text(), self.pimpinan_edit.text(),
                tuple(self.peserta()), self.kesimpulan_edit.toPlainText(),
                self.tl_model.snapshot())

    def is_dirty(self) -> bool:
        return self.can_edit and self.snapshot() != self._clean

    def _form_edited(self, *args: object) -> None:
        del args
        if self._filling:
            return
        self._update_actions()

    def _add_typed(self) -> None:
        name = " ".join(self.peserta_entry.text().split())
        if not name:
            return
        if name.casefold() not in {p.casefold() for p in self.peserta()}:
            self._append_peserta(name)
            self._form_edited()
        self.peserta_entry.clear()

    def add_peserta(self, names: list[str]) -> None:
        have = {p.casefold() for p in self.peserta()}
        for name in names:
            if name.casefold() not in have:
                have.add(name.casefold())
                self._append_peserta(name)
        self._form_edited()

    def _pick_peserta(self) -> None:
        dialog = PilihPesertaDialog(self.kandidat, {p.casefold() for p in self.peserta()}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_peserta(dialog.chosen())

    def _remove_peserta(self) -> None:
        rows = sorted({self.peserta_list.row(i) for i in self.peserta_list.selectedItems()},
                      reverse=True)
        for row in rows:
            self.peserta_list.takeItem(row)
        if rows:
            self._form_edited()

    def _add_tindak_lanjut(self) -> None:
        row = self.tl_model.rowCount()
        self.tl_model.insertRows(row, 1)
        index = self.tl_model.index(row, TlColumn.URAIAN)
        self.tl_table.setCurrentIndex(index)
        self.tl_table.edit(index)

    def _remove_tindak_lanjut(self) -> None:
        rows = sorted({i.row() for i in self.tl_table.selectionModel().selectedIndexes()}
                      | ({self.tl_table.currentIndex().row()}
                         if self.tl_table.currentIndex().isValid() else set()),
                      reverse=True)
        for row in rows:
            self.tl_model.removeRows(row, 1)

    # --- state -----------------------------------------------------------------------------
    def _update_state(self) -> None:
        unit, p = self.current_unit(), self.current_periode()
        if not self.has_units:
            self.empty_label.setText(self.tr(
                "Belum ada unit kerja yang dapat Anda buka. Rapat evaluasi dicatat oleh kepala "
                "unit atau admin; buat unit kerja dan tentukan kepala unitnya terlebih dahulu."))
            self.empty_button.setVisible(self.ctx.actor.role is Role.ADMIN)
            self.stack.setCurrentWidget(self.empty)
        elif unit is None or p is None:
            self.empty_label.setText(self.tr(
                "Pilih unit kerja dan periode di atas untuk menampilkan rekap unit dan "
                "mencatat rapat evaluasinya."))
            self.empty_button.hide()
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.splitter)
        editable = self.can_edit and self.load_job is None
        for w in (self.tanggal_edit, self.tempat_edit, self.pimpinan_edit,
                  self.peserta_entry, self.add_peserta_button, self.pick_button,
                  self.remove_peserta_button, self.add_tl_button, self.remove_tl_button):
            w.setEnabled(editable)
        self.kesimpulan_edit.setReadOnly(not editable)
        self.peserta_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tl_model.set_read_only(not editable)
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.stack.currentWidget() is self.splitter and self.load_job is None
        dirty = self.is_dirty()
        self.save_action.setEnabled(ready and self.can_edit and (dirty or self.rapat is None))
        self.delete_action.setEnabled(ready and self.can_edit and self.rapat is not None)
        self.export_action.setEnabled(ready and self.export_job is None
                                      and self.agenda_dto is not None)
        p = self.current_periode()
        if not ready or p is None:
            self.form_state.setText("")
        elif dirty:
            self.form_state.setText(self.tr(
                "<span style='color:#8a6d00'>● Belum disimpan</span> — ada perubahan yang "
                "belum disimpan (Ctrl+S)."))
        elif self.rapat is None:
            self.form_state.setText(self.tr(
                "<span style='color:#8a6d00'>● Belum dicatat</span> — rapat evaluasi "
                "{periode} belum dicatat. Isi formulir ini lalu Simpan.").format(
                    periode=p.label))
        else:
            self.form_state.setText(self.tr(
                "<span style='color:#1b6e2e'>● Tersimpan</span> — rapat {tanggal}, {n} "
                "peserta, {tl} tindak lanjut belum selesai.").format(
                    tanggal=tanggal(self.rapat.tanggal), n=len(self.rapat.peserta),
                    tl=self.rapat.jumlah_tindak_lanjut_terbuka))
        if ready and not self.can_edit:
            self.form_state.setText(self.form_state.text() + self.tr(
                "<br>Hanya kepala unit ini dan admin yang dapat mengubah catatan rapat."))

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Saves the form (one short transaction); True when saved."""
        unit, p = self._shown_unit, self.periode_for(self._shown_key)
        if unit is None or p is None or not self.can_edit:
            return False
        self.commit_editors()
        try:
            saved = simpan_rapat(self.ctx.db, self.ctx.actor, unit, self._shown_tahun, p.key,
                                 self.form_input(),
                                 expected_version=self.rapat.version if self.rapat else None)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._set_form(saved)
        self.info.show_message(self.tr("Catatan rapat evaluasi {periode} disimpan.").format(
            periode=p.label))
        self.rapat_changed.emit()
        return True

    def commit_editors(self) -> None:
        """A cell still being typed in (Ctrl+S pressed inside it) counts as entered."""
        for view in (self.tl_table, self.peserta_list):
            editor = QApplication.focusWidget() or view.focusWidget()
            if (editor is not None and view.state() == QAbstractItemView.State.EditingState
                    and view.isAncestorOf(editor)):
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def periode_for(self, key: str) -> Periode | None:
        return next((p for p in self.periods if p.key == key), None)

    def delete(self) -> bool:
        if self.rapat is None or not self.can_edit:
            return False
        answer = QMessageBox.question(
            self, self.tr("Hapus catatan rapat"),
            self.tr("Catatan rapat evaluasi {periode} (peserta, kesimpulan dan {n} tindak "
                    "lanjut) akan dihapus. Lanjutkan?").format(
                        periode=self.rapat.periode_label, n=len(self.rapat.tindak_lanjut)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            hapus_rapat(self.ctx.db, self.ctx.actor, self.rapat.id, self.rapat.version)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._set_form(None)
        self.info.show_message(self.tr("Catatan rapat dihapus."))
        self.rapat_changed.emit()
        return True

    # --- leaving ---------------------------------------------------------------------------
    def ask_save(self, cancel: bool = False) -> str:
        """"simpan" | "buang" | "batal"."""
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        if cancel:
            buttons |= QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(
            self, self.tr("Catatan rapat belum disimpan"),
            self.tr("Perubahan catatan rapat evaluasi belum disimpan. Simpan sekarang?"),
            buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return "simpan"
        if answer == QMessageBox.StandardButton.Discard:
            return "buang"
        return "batal"

    def confirm_leave(self) -> bool:
        """Simpan / Buang / Batal when the form has unsaved edits; False: stay."""
        if not self.is_dirty():
            return True
        answer = self.ask_save(cancel=True)
        if answer == "simpan":
            return self.save()
        if answer == "buang":
            self._clean = self.snapshot()
            return True
        return False

    def may_close(self) -> bool:
        """Before the window closes (MainWindow's MayClose protocol)."""
        return self.confirm_leave()

    # --- export ----------------------------------------------------------------------------
    def _choose_export(self) -> None:
        p = self.current_periode()
        if p is None or self.agenda_dto is None:
            return
        stem = f"notulen-rapat-{self.agenda_dto.unit_kode}-{p.key}".replace(" ", "_")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor notulen rapat evaluasi"), str(Path.home() / f"{stem}.xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> JobHandle[Path] | None:
        """Writes the saved record and the agenda in the background (unsaved edits are
        not in the file: save first)."""
        unit, p = self._shown_unit, self.periode_for(self._shown_key)
        if unit is None or p is None or self.export_job is not None:
            return None
        if self.is_dirty():
            answer = self.ask_save(cancel=True)
            if answer == "batal" or (answer == "simpan" and not self.save()):
                return None
        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        db, actor, tahun, key = self.ctx.db, self.ctx.actor, self._shown_tahun, p.key

        def work(progress: JobProgress) -> Path:
            del progress
            return ekspor_notulen(db, actor, unit, tahun, key, path)

        def done(written: Path) -> None:
            if shiboken6.isValid(self):
                self.export_job = None
                self._update_actions()
                self.info.show_message(self.tr("Notulen disimpan ke {file}.").format(
                    file=str(written)))

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.export_job = None
                self._update_actions()
                show_error(self, exc)

        self.export_job = run_job(self, self.tr("Mengekspor notulen rapat"), work, done, failed)
        self._update_actions()
        return self.export_job
