"""The list tabs of the Tindak Lanjut page: one read-only table per list with an empty state
and "Ekspor Excel…" (run in the background), and the tunjangan tab (editable % per
predikat for the admin, the % per pegawai below)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import ConflictError, UserError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.tindak_lanjut_models import (
    ABU,
    PREDIKAT_WARNA,
    DaftarModel,
    Kolom,
    TunjanganModel,
    angka,
)
from kinerja_desktop.services.tunjangan import (
    TabelTunjangan,
    TunjanganPegawai,
    daftar_tunjangan,
    ekspor_tunjangan,
    get_tabel_tunjangan,
    salin_tahun_lalu,
    simpan_tabel_tunjangan,
)

T = TypeVar("T")


class DaftarTab(QWidget, Generic[T]):
    """A list loaded in the background for (year, unit), with an empty state and export."""

    loaded = Signal()
    page_requested = Signal(str)

    def __init__(
        self, ctx: AppContext, kolom: Sequence[Kolom[T]], *,
        load: Callable[[int, uuid.UUID | None, Any], list[T]],
        export: Callable[[int, uuid.UUID | None, str, Path, Any], Path],
        empty_text: Callable[[int, str], str], file_name: str, help_text: str,
        controls: Sequence[QWidget] = (), wrap: bool = False,
        opsi: Callable[[], Any] | None = None, parent: QWidget | None = None,
    ) -> None:
        """``load``/``export`` run on a worker thread: they get the year, the unit and
        ``opsi()`` (the tab's own choices, read from its widgets on the UI thread)."""
        super().__init__(parent)
        self.ctx = ctx
        self._load = load
        self._export = export
        self._empty_text = empty_text
        self._file_name = file_name
        self._opsi = opsi or (lambda: None)
        self._wrap = wrap  # long texts: wrapped, rows as high as their text
        self.unit_id: uuid.UUID | None = None
        self.unit_label = ""
        self.stale = True
        self._list_loader = LatestJob(self)
        self.list_job: JobHandle[list[T]] | None = None
        self.export_job: JobHandle[Path] | None = None

        self.model: DaftarModel[T] = DaftarModel(kolom, self)
        self.help = QLabel(help_text)
        self.help.setWordWrap(True)
        self.summary = QLabel()
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.export_button.setToolTip(self.tr(
            "Menyimpan daftar ini (unit dan tahun yang dipilih) sebagai file .xlsx untuk "
            "dicetak atau diolah di Excel."))
        self.export_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        for widget in controls:
            top.addWidget(widget)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        self.info = InfoBar()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(wrap)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        stretch = [i for i, k in enumerate(kolom) if not k.lebar]
        for i, k in enumerate(kolom):
            if k.lebar:
                header.resizeSection(i, k.lebar)
        for i in stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Buka halaman Penilaian"))
        self.empty_button.setToolTip(self.tr(
            "Penilaian tahunan diisi oleh pejabat penilai kinerja di halaman Penilaian "
            "(periode TAHUNAN)."))
        self.empty_button.clicked.connect(lambda: self.page_requested.emit("penilaian"))
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.stack, 1)

    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def set_unit(self, unit_id: uuid.UUID | None, label: str) -> None:
        self.unit_id, self.unit_label = unit_id, label
        self.stale = True

    def reload(self) -> JobHandle[list[T]]:
        self.stale = False
        tahun, unit_id, load, opsi = self.tahun, self.unit_id, self._load, self._opsi()

        def work(progress: JobProgress) -> list[T]:
            del progress  # one read
            return load(tahun, unit_id, opsi)

        def done(rows: list[T]) -> None:
            self._show(rows, tahun)

        def failed(exc: BaseException) -> None:
            self._show([], tahun)
            show_error(self, exc)

        self.list_job = self._list_loader.start(self.tr("Membaca daftar"), work, done, failed,
                                                show_dialog=False)
        return self.list_job

    def _show(self, rows: list[T], tahun: int) -> None:
        self.model.set_rows(rows)
        if self._wrap and len(rows) <= 2000:  # beyond that, measuring costs more than it helps
            self.table.resizeRowsToContents()
        self.empty_label.setText(self._empty_text(tahun, self.unit_label))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.summary.setText(self.tr("{n} baris · {unit} · {tahun}").format(
            n=len(rows), unit=self.unit_label or self.tr("Semua unit"), tahun=tahun))
        self.loaded.emit()

    def default_path(self) -> Path:
        return Path.home() / f"{self._file_name}_{self.tahun}.xlsx"

    def export(self, path: Path | None = None) -> JobHandle[Path] | None:
        """Writes the list to ``path`` (asked with a file dialog when None) in the background."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Ekspor Excel"), str(self.default_path()),
                self.tr("Buku kerja Excel (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_suffix(".xlsx")
        tahun, unit_id, label, export = self.tahun, self.unit_id, self.unit_label, self._export
        target, opsi = path, self._opsi()
        text = self.tr("Menulis {name}").format(name=target.name)

        def work(progress: JobProgress) -> Path:
            progress.report(0, 0, text)
            return export(tahun, unit_id, label, target, opsi)

        def done(written: Path) -> None:
            if shiboken6.isValid(self):
                self.export_job = None
                self.info.show_message(self.tr("Disimpan ke {path}").format(path=written))

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.export_job = None
                if isinstance(exc, UserError):
                    self.info.show_message(str(exc), "error")
                else:
                    show_error(self, exc)

        self.export_job = run_job(self, self.tr("Ekspor Excel"), work, done, failed)
        return self.export_job


# ---------------------------------------------------------------------------
# Tunjangan


def _warna_predikat(p: Predikat | None) -> tuple[str, str] | None:
    return PREDIKAT_WARNA[p] if p is not None else None


def kolom_tunjangan() -> list[Kolom[TunjanganPegawai]]:
    belum = QCoreApplication.translate("TunjanganTab", "(tabel belum diisi)")
    return [
        Kolom(QCoreApplication.translate("TunjanganTab", "NIP"), lambda r: r.nip,
              QCoreApplication.translate("TunjanganTab", "NIP 18 digit"), lebar=150),
        Kolom(QCoreApplication.translate("TunjanganTab", "Nama"), lambda r: r.nama,
              QCoreApplication.translate("TunjanganTab", "Nama pegawai (dengan gelar)"),
              lebar=230),
        Kolom(QCoreApplication.translate("TunjanganTab", "Jabatan"), lambda r: r.jabatan,
              QCoreApplication.translate("TunjanganTab", "Jabatan saat ini")),
        Kolom(QCoreApplication.translate("TunjanganTab", "Unit kerja"), lambda r: r.unit,
              QCoreApplication.translate("TunjanganTab", "Unit pada SKP yang dinilai"),
              lebar=200),
        Kolom(QCoreApplication.translate("TunjanganTab", "Predikat tahunan"),
              lambda r: r.predikat.label,
              QCoreApplication.translate("TunjanganTab",
                                         "Predikat kinerja pada penilaian tahunan"),
              lambda r: _warna_predikat(r.predikat), lebar=140),
        Kolom(QCoreApplication.translate("TunjanganTab", "Tunjangan (%)"),
              lambda r: angka(r.persen) if r.persen is not None else belum,
              QCoreApplication.translate(
                  "TunjanganTab", "Persen dari tabel tunjangan tahun ini untuk predikat tersebut"),
              lambda r: ABU if r.persen is None else None, kanan=True, lebar=150),
    ]


class TunjanganTab(QWidget):
    """The % table of ``ctx.tahun`` (editable for the admin) and the list per pegawai."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.tabel: TabelTunjangan | None = None
        self.model = TunjanganModel(self)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.info = InfoBar()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().resizeSection(0, 170)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setFixedHeight(24 * 6 + 8)
        self.table.setFixedWidth(340)
        self.table.setToolTip(self.tr(
            "Persen tunjangan kinerja/TPP per predikat tahunan (contoh: Sangat Baik 100, "
            "Butuh Perbaikan 80). Tidak ada tabel nasional: isi sesuai peraturan kepala "
            "daerah/instansi."))

        self.save_action = QAction(self.tr("Simpan tabel"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setToolTip(self.tr("Menyimpan kelima persen sekaligus (Ctrl+S)."))
        self.save_action.triggered.connect(self.save)
        self.copy_action = QAction(self.tr("Salin dari tahun lalu"), self)
        self.copy_action.setToolTip(self.tr(
            "Mengisi tabel tahun ini dengan persen tahun sebelumnya lalu menyimpannya."))
        self.copy_action.triggered.connect(lambda: self.copy_last_year())
        self.undo_action = self.model.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(self.tr("Membatalkan perubahan terakhir (Ctrl+Z)"))
        self.redo_action = self.model.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Y"))
        self.redo_action.setToolTip(self.tr("Mengulangi perubahan yang dibatalkan (Ctrl+Y)"))
        buttons = QVBoxLayout()
        for action in (self.save_action, self.copy_action, self.undo_action,
                       self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(170)
            button.setVisible(self.is_admin)
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.state)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table)
        top.addLayout(buttons)
        top.addLayout(side, 1)

        self.daftar: DaftarTab[TunjanganPegawai] = DaftarTab(
            ctx, kolom_tunjangan(), load=self._load_rows, export=self._export,
            empty_text=lambda tahun, unit: self.tr(
                "Belum ada penilaian tahunan di {unit} untuk {tahun}; nilai dulu di halaman "
                "Penilaian.").format(unit=unit or self.tr("unit ini"), tahun=tahun),
            file_name="tunjangan", help_text=self.tr(
                "Persen tunjangan yang berlaku bagi tiap pegawai menurut predikat "
                "tahunannya."))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.daftar, 1)
        self.model.undo_stack.indexChanged.connect(self._update_state)
        self.model.undo_stack.cleanChanged.connect(self._update_state)

    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def _load_rows(self, tahun: int, unit_id: uuid.UUID | None,
                   opsi: object) -> list[TunjanganPegawai]:
        del opsi
        return daftar_tunjangan(self.ctx.db, self.ctx.actor, tahun, unit_id=unit_id)[1]

    def _export(self, tahun: int, unit_id: uuid.UUID | None, label: str, path: Path,
                opsi: object) -> Path:
        del opsi
        return ekspor_tunjangan(self.ctx.db, self.ctx.actor, tahun, path, unit_id=unit_id,
                                unit_label=label)

    def reload(self) -> JobHandle[list[TunjanganPegawai]]:
        self.load_table()
        return self.daftar.reload()

    def load_table(self) -> None:
        try:
            self.tabel = get_tabel_tunjangan(self.ctx.db, self.ctx.actor, self.tahun)
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.load(self.tabel.persen, read_only=not self.is_admin)
        self._update_state()

    def is_dirty(self) -> bool:
        return not self.model.undo_stack.isClean()

    def _update_state(self) -> None:
        self.title.setText(self.tr("Tabel tunjangan tahun {tahun}").format(tahun=self.tahun))
        terisi = self.tabel is not None and self.tabel.terisi
        if not terisi:
            text = self.tr("Tabel tunjangan {tahun} belum diisi, jadi belum ada persen yang "
                           "berlaku.").format(tahun=self.tahun)
            text += " " + (self.tr("Isi persen per predikat di tabel kiri lalu Simpan, atau "
                                   "Salin dari tahun lalu.") if self.is_admin else
                           self.tr("Tabel diisi oleh admin."))
            self.state.setStyleSheet(f"color: {PREDIKAT_WARNA[Predikat.BUTUH_PERBAIKAN][1]};")
        else:
            text = self.tr("Tabel berlaku untuk penilaian tahunan {tahun}.").format(
                tahun=self.tahun)
            if not self.is_admin:
                text += " " + self.tr("Hanya dapat dilihat; yang mengubah adalah admin.")
            self.state.setStyleSheet("")
        if self.is_dirty():
            text += " " + self.tr("● Ada perubahan yang belum disimpan.")
        self.state.setText(text)
        self.save_action.setEnabled(self.is_admin and self.is_dirty())
        self.copy_action.setEnabled(self.is_admin)

    def save(self) -> bool:
        if not self.is_admin or self.tabel is None:
            return False
        try:
            self.tabel = simpan_tabel_tunjangan(self.ctx.db, self.ctx.actor, self.tahun,
                                                self.model.values(),
                                                expected_versi=self.tabel.versi)
        except UserError as exc:  # the edits stay on screen
            self.info.show_message(str(exc), "error")
            return False
        self.model.load(self.tabel.persen, read_only=False)
        self._update_state()
        self.info.show_message(self.tr("Tabel tunjangan {tahun} disimpan.").format(
            tahun=self.tahun))
        self.daftar.reload()
        self.saved.emit()
        return True

    def copy_last_year(self, confirm: bool = True) -> bool:
        if not self.is_admin:
            return False
        timpa = False
        if self.tabel is not None and self.tabel.terisi:
            if confirm:
                answer = QMessageBox.question(
                    self, self.tr("Timpa tabel"),
                    self.tr("Tabel tunjangan {tahun} sudah diisi. Ganti dengan persen tahun "
                            "{lalu}?").format(tahun=self.tahun, lalu=self.tahun - 1),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel)
                if answer != QMessageBox.StandardButton.Yes:
                    return False
            timpa = True
        try:
            self.tabel = salin_tahun_lalu(self.ctx.db, self.ctx.actor, self.tahun, timpa=timpa)
        except (ConflictError, UserError) as exc:
            self.info.show_message(str(exc), "error")
            return False
        self.model.load(self.tabel.persen, read_only=False)
        self._update_state()
        self.info.show_message(self.tr("Tabel {lalu} disalin ke {tahun}.").format(
            lalu=self.tahun - 1, tahun=self.tahun))
        self.daftar.reload()
        return True

    def set_persen(self, predikat: Predikat, text: str) -> bool:
        """Types ``text`` into the row of ``predikat`` (as the user would)."""
        row = list(Predikat).index(predikat)
        return self.model.setData(self.model.index(row, 1), text)

    def persen(self) -> dict[Predikat, Decimal]:
        return dict(self.tabel.persen) if self.tabel is not None else {}
