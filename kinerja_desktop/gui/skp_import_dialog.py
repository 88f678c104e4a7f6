"""Preview of an SKP workbook import: whose SKP, what happens, every problem by row and column.

Reading and checking the file runs in the background. Nothing is written until
the user presses Impor, which stays disabled while the file has a problem: the
user fixes the workbook in Excel and presses "Periksa ulang". A file-level
problem (not an SKP workbook, a missing column...) is shown instead of the
table. The import itself (all-or-nothing) runs through ``gui.jobs.run_job``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.documents.xlsx_reader import RowError, WorkbookError
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job

if TYPE_CHECKING:
    from kinerja_desktop.services.skp_excel import SkpImportPreview

ModelIndex = QModelIndex | QPersistentModelIndex

ERROR_FG = QColor("#b3261e")
OK_STYLE = "color: #1b6e2e;"
ERROR_STYLE = "color: #b3261e;"


class RowErrorModel(QAbstractTableModel):
    """Baris, Kolom, Masalah: one line per problem of the workbook."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowError] = []

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self._rows = sorted(errors, key=lambda e: e.sort_key)
        self.endResetModel()

    @property
    def errors(self) -> list[RowError]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    @staticmethod
    def where(error: RowError) -> str:
        text = error.column or "—"
        if error.header:
            text += f" ({error.header})"
        if error.sheet:
            text = f"{error.sheet}: {text}"
        return text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < 3:
            return None
        error = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (str(error.row), self.where(error), error.message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(error)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return ERROR_FG
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("RowErrorModel", "Baris"),
                    QCoreApplication.translate("RowErrorModel", "Kolom"),
                    QCoreApplication.translate("RowErrorModel", "Masalah"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (QCoreApplication.translate("RowErrorModel", "Nomor baris di Excel"),
                    QCoreApplication.translate("RowErrorModel", "Huruf kolom dan judulnya"),
                    QCoreApplication.translate("RowErrorModel",
                                               "Apa yang salah dan cara memperbaikinya"))[section]
        return None


class SkpImportDialog(QDialog):
    """Checks ``path`` in the background; Impor once it has no problem left."""

    imported = Signal(object)  # the SKP's uuid

    def __init__(self, ctx: AppContext, path: Path, tahun: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.tahun = tahun
        self.preview: SkpImportPreview | None = None
        self.file_error: str = ""
        self.imported_id: uuid.UUID | None = None
        self.preview_job: JobHandle[Any] | None = None
        self.import_job: JobHandle[Any] | None = None
        self.setWindowTitle(self.tr("Impor SKP dari Excel — {name}").format(name=path.name))

        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, tip in (
            ("berkas", self.tr("Berkas:"), self.tr("Buku kerja Excel yang diperiksa")),
            ("pegawai", self.tr("Pegawai:"), self.tr(
                "Pemilik SKP menurut NIP di berkas; harus terdaftar di halaman Pegawai")),
            ("tahun", self.tr("Tahun:"), self.tr(
                "Tahun SKP di berkas; harus sama dengan tahun kerja yang dipilih")),
            ("tindakan", self.tr("Yang terjadi:"), self.tr(
                "Membuat SKP baru, atau mengganti isi SKP draf yang sudah ada")),
            ("isi", self.tr("Isi:"), self.tr(
                "Jumlah Rencana Hasil Kerja (RHK) dan Indikator Kinerja Individu (IKI)")),
        ):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setToolTip(tip)
            caption = QLabel(label)
            caption.setToolTip(tip)
            form.addRow(caption, value)
            self.fields[key] = value
        self.fields["berkas"].setText(str(path))

        self.errors_model = RowErrorModel(self)
        self.errors_table = QTableView()
        self.errors_table.setObjectName("import_errors")
        self.errors_table.setModel(self.errors_model)
        self.errors_table.setWordWrap(True)
        self.errors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_table.verticalHeader().hide()
        header = self.errors_table.horizontalHeader()
        header.resizeSection(0, 60)
        header.resizeSection(1, 170)
        header.setStretchLastSection(True)
        self.errors_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.errors_table.setToolTip(self.tr(
            "Setiap masalah di berkas, per baris dan kolom. Perbaiki di Excel, simpan, lalu "
            "tekan Periksa ulang."))
        self.warnings = QLabel()
        self.warnings.setObjectName("import_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #6b5200;")
        self.warnings.hide()

        self.recheck_button = QPushButton(self.tr("Periksa ulang"))
        self.recheck_button.setToolTip(self.tr(
            "Membaca berkas lagi setelah Anda memperbaikinya di Excel."))
        self.recheck_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setToolTip(self.tr(
            "Menyimpan SKP dari berkas ini. Hanya dapat ditekan bila tidak ada masalah; "
            "semua atau tidak sama sekali."))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Menutup tanpa mengimpor apa pun."))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(form)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.check()

    # ---- checking ---------------------------------------------------------------------------
    def check(self) -> JobHandle[Any]:
        """Reads and checks the file in the background (again after the user fixed it)."""
        from kinerja_desktop.services.skp_excel import preview_skp_import

        self.preview = None
        self.file_error = ""
        self.import_button.setEnabled(False)
        self.recheck_button.setEnabled(False)
        self.busy.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Membaca dan memeriksa berkas…"))
        db, actor, path, tahun = self.ctx.db, self.ctx.actor, self.path, self.tahun

        def work(progress: JobProgress) -> SkpImportPreview:
            return preview_skp_import(db, actor, path, tahun)

        self.preview_job = run_job(self, self.tr("Memeriksa berkas SKP"), work,
                                   self._checked, self._check_failed, show_dialog=False)
        return self.preview_job

    def _checked(self, preview: SkpImportPreview) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        self.recheck_button.setEnabled(True)
        self.preview = preview
        nip = format_nip(preview.nip) if preview.nip else "—"
        self.fields["pegawai"].setText(f"{preview.pegawai_nama or '—'} (NIP {nip})")
        self.fields["tahun"].setText(str(preview.tahun) if preview.tahun else "—")
        if preview.creates_new:
            action = self.tr("Membuat SKP baru (draf) untuk pegawai ini.")
        elif preview.target_skp_id is not None:
            action = self.tr("Mengganti isi SKP draf yang sudah ada; isi lamanya ditimpa.")
        else:
            action = "—"
        self.fields["tindakan"].setText(action)
        isi = getattr(preview, "isi", None)
        rhk = list(getattr(isi, "rhk", []) or [])
        iki = sum(len(getattr(r, "iki", [])) for r in rhk)
        self.fields["isi"].setText(self.tr("{rhk} RHK, {iki} IKI").format(rhk=len(rhk),
                                                                         iki=iki))
        self.errors_model.set_errors(preview.errors)
        self.errors_table.resizeRowsToContents()
        warnings = [str(w) for w in (preview.warnings or [])]
        self.warnings.setText(self.tr("Perhatian: {items}").format(items="; ".join(warnings)))
        self.warnings.setVisible(bool(warnings))
        if preview.errors:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr(
                "{n} masalah di berkas. Tidak ada yang diimpor sampai semuanya diperbaiki: "
                "perbaiki di Excel, simpan, lalu tekan Periksa ulang.").format(
                    n=len(preview.errors)))
            self.import_button.setEnabled(False)
        else:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("Berkas siap diimpor. Tekan Impor untuk menyimpan."))
            self.import_button.setEnabled(True)

    def _check_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        self.recheck_button.setEnabled(True)
        self.import_button.setEnabled(False)
        if not isinstance(exc, UserError):
            show_error(self, exc)
            self.file_error = self.tr("Berkas tidak dapat diperiksa (kesalahan internal).")
        else:
            self.file_error = str(exc)
            problems = exc.problems if isinstance(exc, WorkbookError) else []
            if problems:
                self.file_error += "\n• " + "\n• ".join(problems)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.file_error)
        self.errors_model.set_errors([])

    # ---- importing --------------------------------------------------------------------------
    def do_import(self) -> JobHandle[Any] | None:
        from kinerja_desktop.services.skp_excel import apply_skp_import

        preview = self.preview
        if preview is None or preview.errors:
            return None
        self.import_button.setEnabled(False)
        self.recheck_button.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: JobProgress) -> uuid.UUID:
            return apply_skp_import(db, actor, preview)

        self.import_job = run_job(self, self.tr("Mengimpor SKP"), work, self._imported,
                                  self._import_failed)
        return self.import_job

    def _imported(self, skp_id: uuid.UUID) -> None:
        if not shiboken6.isValid(self):
            return
        self.imported_id = skp_id
        self.imported.emit(skp_id)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.recheck_button.setEnabled(True)
        if isinstance(exc, UserError):
            errors = getattr(exc, "errors", None)
            if errors:
                self.errors_model.set_errors(errors)
                self.errors_table.resizeRowsToContents()
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Tidak ada yang diimpor: {reason}").format(
                reason=str(exc)))
        else:
            show_error(self, exc)

    def summary(self) -> str:
        """What the dialog says now (tests and the page's info line)."""
        return self.status.text()
