"""Preview of a pegawai Excel import: every row's action and every problem by row and column.

Reading and checking the file runs in the background (the dialog shows a busy
bar and Batal). Nothing is written until the user presses Impor, which is only
possible when no problem remains: either the file was fixed, or "Lewati baris
yang bermasalah" is ticked. Skipping is re-checked with
``apply_import(dry_run=True)``: a row whose atasan sits in a skipped row becomes
a problem too and is skipped as well, and the list says so. The import itself
runs through ``gui.jobs.run_job`` with a progress bar and Batal; it is
all-or-nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job
from kinerja_desktop.services.pegawai_excel import (
    BARU,
    DIHAPUS_LEWAT,
    DIPERBARUI,
    SALAH,
    TETAP,
    ImportCancelled,
    ImportPreview,
    ImportRejected,
    ImportResult,
    ImportRow,
    RowError,
    WorkbookError,
    apply_import,
    preview_import,
)

ModelIndex = QModelIndex | QPersistentModelIndex

ACTION_TEXT = {
    BARU: QT_TRANSLATE_NOOP("ImportPreviewDialog", "Baru"),
    DIPERBARUI: QT_TRANSLATE_NOOP("ImportPreviewDialog", "Diperbarui"),
    TETAP: QT_TRANSLATE_NOOP("ImportPreviewDialog", "Tetap (sama)"),
    DIHAPUS_LEWAT: QT_TRANSLATE_NOOP("ImportPreviewDialog", "Dilewati"),
    SALAH: QT_TRANSLATE_NOOP("ImportPreviewDialog", "Bermasalah"),
}
ACTION_COLOR = {
    BARU: QColor("#1b6e2e"), DIPERBARUI: QColor("#1f4e9c"), TETAP: QColor("#555555"),
    DIHAPUS_LEWAT: QColor("#7a5a00"), SALAH: QColor("#b3261e"),
}
MAX_CASCADE = 25  # dry runs while skipping rows uncovers new problems
WRAP_LIMIT = 2000  # problems shown with wrapped, full-height rows


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text)


class ImportRowsModel(QAbstractTableModel):
    """Rows of the "Pegawai" sheet: row number, NIP, nama, what will happen."""

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Baris"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "NIP"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Nama"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Tindakan"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._excluded: frozenset[int] = frozenset()
        self._bad: frozenset[int] = frozenset()
        self._pos: dict[int, int] = {}

    def set_rows(self, rows: Sequence[ImportRow], excluded: frozenset[int] = frozenset(),
                 bad: frozenset[int] = frozenset()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._excluded = excluded
        self._bad = bad
        self._pos = {r.row: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def set_state(self, excluded: frozenset[int], bad: frozenset[int]) -> None:
        self._excluded = excluded
        self._bad = bad
        if self._rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self._rows) - 1, 3))

    def action(self, row: ImportRow) -> str:
        if row.row in self._excluded:
            return DIHAPUS_LEWAT
        if row.row in self._bad:
            return SALAH
        return row.action

    def position_of(self, sheet_row: int) -> int:
        return self._pos.get(sheet_row, -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return value

    def _data(self, index: ModelIndex, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.row
            if col == 1:
                return r.nip
            if col == 2:
                return r.nama
            if col == 3:
                return _tr(ACTION_TEXT.get(self.action(r), self.action(r)))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return ACTION_COLOR.get(self.action(r))
        if role == Qt.ItemDataRole.FontRole and col == 3 and self.action(r) == SALAH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True, slots=True)
class Problem:
    error: RowError
    status: str  # "blocking", "skipped", "cascade", "warning"


PROBLEM_STATUS = {
    "blocking": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Harus diperbaiki"), QColor("#b3261e")),
    "skipped": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Baris dilewati"), QColor("#7a5a00")),
    "cascade": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Ikut dilewati"), QColor("#7a5a00")),
    "warning": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Peringatan"), QColor("#555555")),
}


class ImportProblemsModel(QAbstractTableModel):
    """Every problem: sheet, row, column (letter and header), message, status."""

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Lembar"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Baris"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Kolom"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Masalah"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Problem] = []

    def set_problems(self, items: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    @property
    def problems(self) -> Sequence[Problem]:
        return self._items

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return value

    def _data(self, index: ModelIndex, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        e = item.error
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return e.sheet or QCoreApplication.translate("ImportPreviewDialog", "Pegawai")
            if col == 1:
                return e.row
            if col == 2:
                if e.column and e.header:
                    return f"{e.column} ({e.header})"
                return e.column or e.header or QCoreApplication.translate(
                    "ImportPreviewDialog", "(seluruh baris)")
            if col == 3:
                return e.message
            if col == 4:
                return _tr(PROBLEM_STATUS[item.status][0])
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return PROBLEM_STATUS[item.status][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True, slots=True)
class SkipCheck:
    """The outcome of skipping rows: what is skipped, what still blocks, the dry-run counts."""

    excluded: frozenset[int]
    cascade: tuple[RowError, ...]  # problems that appeared only because rows were skipped
    remaining: tuple[RowError, ...]  # problems that still block the import
    result: ImportResult | None


def check_skipping(ctx: AppContext, preview: ImportPreview,
                   progress: JobProgress | None = None) -> SkipCheck:
    """Skips every bad "Pegawai" row, then dry-runs until no new problem appears."""
    excluded = {e.row for e in preview.errors if not e.sheet}
    cascade: list[RowError] = []
    for _ in range(MAX_CASCADE):
        if progress is not None:
            progress.check_cancel()
        try:
            result = apply_import(ctx.db, ctx.actor, preview, exclude_rows=frozenset(excluded),
                                  update_existing=preview.update_existing, dry_run=True)
        except ImportRejected as exc:
            new = [e for e in exc.errors if not e.sheet and e.row not in excluded]
            others = [e for e in exc.errors if e.sheet]
            if others or not new:
                return SkipCheck(frozenset(excluded), tuple(cascade), tuple(exc.errors), None)
            cascade.extend(new)
            excluded |= {e.row for e in new}
            continue
        return SkipCheck(frozenset(excluded), tuple(cascade), (), result)
    return SkipCheck(frozenset(excluded), tuple(cascade), tuple(cascade[-1:]), None)


class ImportPreviewDialog(QDialog):
    """Shows what an import of ``path`` would do; imports on request."""

    imported = Signal(str)  # a summary for the page's message bar
    preview_ready = Signal()  # the file was read and checked (or could not be read)
    check_done = Signal()  # the skip/dry-run check finished

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None, *,
                 start: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.preview: ImportPreview | None = None
        self.skip: SkipCheck | None = None
        self.import_result: ImportResult | None = None
        self.read_error: str = ""
        self._job: JobHandle[Any] | None = None
        self._importing = False
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self.setWindowTitle(self.tr("Pratinjau impor pegawai — {name}").format(
            name=self.path.name))
        self.resize(1120, 640)

        self.file_label = QLabel(self.tr("Berkas: <b>{path}</b>").format(
            path=_html(str(self.path))))
        self.file_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.update_existing = QCheckBox(self.tr("Perbarui data yang sudah ada (NIP sama)"))
        self.update_existing.setToolTip(self.tr(
            "Tanpa centang, baris dengan NIP yang sudah ada dianggap masalah. Dengan centang, "
            "datanya diganti dengan isi berkas (contoh: golongan naik dari III/a ke III/b)."))
        self.update_existing.toggled.connect(self._update_existing_toggled)
        self.skip_bad = QCheckBox(self.tr("Lewati baris yang bermasalah"))
        self.skip_bad.setToolTip(self.tr(
            "Baris bermasalah tidak diimpor; baris lain tetap diimpor. Baris yang atasannya "
            "ada di baris yang dilewati ikut dilewati dan tercantum di daftar masalah."))
        self.skip_bad.toggled.connect(self._skip_toggled)
        self.reread = QPushButton(self.tr("Baca ulang berkas"))
        self.reread.setToolTip(self.tr(
            "Membaca berkas sekali lagi setelah Anda memperbaikinya di Excel dan menyimpannya."))
        self.reread.clicked.connect(self.read_file)
        options = QHBoxLayout()
        options.addWidget(self.update_existing)
        options.addWidget(self.skip_bad)
        options.addStretch(1)
        options.addWidget(self.reread)

        self.rows_model = ImportRowsModel(self)
        self.rows_view = QTableView()
        self.rows_view.setObjectName("rows_view")
        self.rows_view.setModel(self.rows_model)
        self._setup_view(self.rows_view)
        header = self.rows_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.rows_view.setColumnWidth(0, 50)
        self.rows_view.setColumnWidth(1, 150)
        self.problems_model = ImportProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("problems_view")
        self.problems_view.setModel(self.problems_model)
        self._setup_view(self.problems_view)
        self.problems_view.setWordWrap(True)
        header = self.problems_view.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents),
                          (2, QHeaderView.ResizeMode.ResizeToContents),
                          (3, QHeaderView.ResizeMode.Stretch),
                          (4, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.problems_view.setColumnWidth(1, 50)
        self.problems_view.selectionModel().currentRowChanged.connect(self._problem_selected)

        rows_box = QWidget()
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_title = QLabel(self.tr("<b>Baris di lembar Pegawai</b>"))
        rows_layout.addWidget(self.rows_title)
        rows_layout.addWidget(self.rows_view)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(self.tr("<b>Masalah</b> (per baris dan kolom)"))
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(rows_box)
        self.splitter.addWidget(problems_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 680])

        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.reject)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(options)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._set_busy(False)
        if start:
            self.read_file()

    @staticmethod
    def _setup_view(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

    def _num(self, n: int) -> str:
        return self._locale.toString(n)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        for w in (self.update_existing, self.skip_bad, self.reread):
            w.setEnabled((not busy and self.preview is not None) or
                         (w is self.reread and not busy))
        if busy:
            self.import_button.setEnabled(False)

    @property
    def busy_now(self) -> bool:
        return self._job is not None and self._job.running

    # ---- reading ----------------------------------------------------------------------
    def _update_existing_toggled(self, _on: bool) -> None:
        self.read_file()

    def read_file(self) -> None:
        """(Re)reads and checks the file in the background."""
        if self.busy_now and self._job is not None:
            self._job.cancel()
        ctx, path, update = self.ctx, self.path, self.update_existing.isChecked()
        self.preview = None
        self.skip = None
        self.read_error = ""
        self._set_busy(True, self.tr("Membaca dan memeriksa berkas… Berkas besar dapat "
                                     "memerlukan beberapa menit."))

        def work(progress: JobProgress) -> ImportPreview:
            result = preview_import(ctx.db, ctx.actor, path, update_existing=update)
            progress.check_cancel()
            return result

        self._job = run_job(self, self.tr("Membaca berkas Excel"), work,
                            on_done=self._preview_loaded, on_error=self._preview_failed,
                            on_cancel=lambda: None, show_dialog=False)

    def _preview_loaded(self, preview: ImportPreview) -> None:
        if not shiboken6.isValid(self):
            return
        self.preview = preview
        self._set_busy(False)
        self.skip_bad.blockSignals(True)
        self.skip_bad.setChecked(False)
        self.skip_bad.blockSignals(False)
        bad = frozenset(e.row for e in preview.errors if not e.sheet)
        self.rows_model.set_rows(preview.rows, frozenset(), bad)
        self._show_state()
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, UserError):
            lines = [str(exc)]
            if isinstance(exc, WorkbookError):
                lines.extend(f"• {p}" for p in exc.problems)
            self.read_error = "\n".join(lines)
            self.summary.setText(self.tr("Berkas tidak dapat diimpor. Tidak ada yang diubah."))
            self.summary.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.status.setText(self.read_error)
            self.status.setStyleSheet("color: #b3261e;")
            self.status.show()
            self.hint.setText(self.tr("Perbaiki berkas di Excel, simpan, lalu tekan "
                                      "\"Baca ulang berkas\"."))
        else:
            show_error(self, exc)
            self.read_error = self.tr("Kesalahan tak terduga saat membaca berkas.")
            self.summary.setText(self.read_error)
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Tutup"))
        self.preview_ready.emit()

    # ---- skipping bad rows -------------------------------------------------------------
    def _skip_toggled(self, on: bool) -> None:
        preview = self.preview
        if preview is None:
            return
        if not on:
            self.skip = None
            bad = frozenset(e.row for e in preview.errors if not e.sheet)
            self.rows_model.set_state(frozenset(), bad)
            self._show_state()
            self.check_done.emit()
            return
        ctx = self.ctx
        self._set_busy(True, self.tr("Memeriksa ulang tanpa baris yang bermasalah…"))

        def work(progress: JobProgress) -> SkipCheck:
            check = check_skipping(ctx, preview, progress)
            progress.check_cancel()
            return check

        self._job = run_job(self, self.tr("Memeriksa ulang"), work,
                            on_done=self._skip_checked, on_error=self._skip_failed,
                            on_cancel=lambda: self._set_busy(False), show_dialog=False)

    def _skip_checked(self, check: SkipCheck) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if not self.skip_bad.isChecked() or self.preview is None:
            return
        self.skip = check
        remaining_rows = frozenset(e.row for e in check.remaining if not e.sheet)
        self.rows_model.set_state(check.excluded, remaining_rows)
        self._show_state()
        self.check_done.emit()

    def _skip_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.skip_bad.blockSignals(True)
        self.skip_bad.setChecked(False)
        self.skip_bad.blockSignals(False)
        show_error(self, exc)
        self._show_state()
        self.check_done.emit()

    # ---- state ------------------------------------------------------------------------
    def blocking_errors(self) -> list[RowError]:
        if self.preview is None:
            return []
        if self.skip is not None:
            return list(self.skip.remaining)
        return list(self.preview.errors)

    def can_import(self) -> bool:
        preview = self.preview
        if preview is None or self.busy_now or self.blocking_errors():
            return False
        return self._counts()[0] + self._counts()[1] > 0 or bool(
            preview.unit_baru or preview.unit_diperbarui)

    def _counts(self) -> tuple[int, int, int, int]:
        """(baru, diperbarui, tetap, dilewati) for what would be imported now."""
        preview = self.preview
        assert preview is not None
        if self.skip is not None and self.skip.result is not None:
            r = self.skip.result
            return r.dibuat, r.diperbarui, r.tetap, r.dilewati
        return (preview.jumlah_baru, preview.jumlah_diperbarui, preview.jumlah_tetap,
                preview.jumlah_dilewati)

    def _show_state(self) -> None:
        preview = self.preview
        if preview is None:
            return
        skip = self.skip
        problems: list[Problem] = []
        if skip is None:
            problems.extend(Problem(e, "blocking") for e in preview.errors)
        else:
            remaining = set(skip.remaining)
            cascade = set(skip.cascade)
            for e in preview.errors:
                if e in remaining:
                    problems.append(Problem(e, "blocking"))
                elif not e.sheet and e.row in skip.excluded:
                    problems.append(Problem(e, "skipped"))
                else:
                    problems.append(Problem(e, "blocking"))
            for e in skip.cascade:
                problems.append(Problem(e, "blocking" if e in remaining else "cascade"))
            problems.extend(Problem(e, "blocking") for e in skip.remaining
                            if e not in cascade and e not in set(preview.errors))
        problems.extend(Problem(w, "warning") for w in preview.warnings)
        problems.sort(key=lambda p: (p.error.sort_key, p.status))
        self.problems_model.set_problems(problems)
        if len(problems) <= WRAP_LIMIT:
            # Whole messages on screen; beyond this many rows the tooltip shows them.
            self.problems_view.resizeRowsToContents()

        bad_rows = len({e.row for e in preview.errors if not e.sheet})
        baru, diperbarui, tetap = (preview.jumlah_baru, preview.jumlah_diperbarui,
                                   preview.jumlah_tetap)
        if skip is not None and skip.result is not None:
            baru, diperbarui, tetap, _dilewati = self._counts()
        parts = [self.tr("{n} baris pegawai").format(n=self._num(preview.jumlah_baris))]
        details = [self.tr("{n} baru").format(n=self._num(baru)),
                   self.tr("{n} diperbarui").format(n=self._num(diperbarui)),
                   self.tr("{n} tetap (sama)").format(n=self._num(tetap))]
        if skip is not None:
            details.append(self.tr("{n} dilewati").format(n=self._num(len(skip.excluded))))
        elif bad_rows:
            details.append(self.tr("{n} bermasalah").format(n=self._num(bad_rows)))
        text = parts[0] + ": " + ", ".join(details) + "."
        if preview.unit_baru or preview.unit_diperbarui:
            text += " " + self.tr("Unit kerja: {baru} baru, {ubah} diperbarui.").format(
                baru=self._num(preview.unit_baru), ubah=self._num(preview.unit_diperbarui))
        self.summary.setText(text)
        self.summary.setStyleSheet("font-weight: bold;")

        blocking = self.blocking_errors()
        n_problems = len(preview.errors)
        self.problems_title.setText(self.tr(
            "<b>Masalah</b> (per baris dan kolom): {e} kesalahan, {w} peringatan").format(
            e=self._num(n_problems + (len(skip.cascade) if skip else 0)),
            w=self._num(len(preview.warnings))))
        self.skip_bad.setEnabled(bool(preview.errors) and not self.busy_now)
        self.update_existing.setEnabled(not self.busy_now)
        if skip is not None and skip.cascade and not blocking:
            self.status.setText(self.tr(
                "{n} baris lain ikut dilewati karena merujuk baris yang dilewati (lihat status "
                "\"Ikut dilewati\" di daftar masalah).").format(
                n=self._num(len({e.row for e in skip.cascade}))))
            self.status.setStyleSheet("color: #7a5a00;")
            self.status.show()
        elif not self.busy_now:
            self.status.hide()
        if blocking:
            unit_only = all(e.sheet for e in blocking)
            if skip is not None:
                self.hint.setText(self.tr(
                    "Masih ada {n} masalah yang tidak dapat dilewati (misalnya di lembar Unit "
                    "Kerja). Perbaiki berkasnya lalu Baca ulang.").format(
                    n=self._num(len(blocking))))
            elif unit_only:
                self.hint.setText(self.tr(
                    "Perbaiki masalah di lembar Unit Kerja lalu Baca ulang berkas."))
            else:
                self.hint.setText(self.tr(
                    "Impor belum dapat dijalankan: perbaiki {n} masalah di berkas lalu Baca "
                    "ulang, atau centang \"Lewati baris yang bermasalah\".").format(
                    n=self._num(len(blocking))))
            self.hint.setStyleSheet("color: #b3261e;")
        elif self.can_import():
            self.hint.setText(self.tr(
                "Siap diimpor. Semua baris disimpan sekaligus; bila gagal, tidak ada yang "
                "berubah."))
            self.hint.setStyleSheet("color: #1b6e2e;")
        else:
            self.hint.setText(self.tr("Tidak ada data baru atau perubahan untuk diimpor."))
            self.hint.setStyleSheet("")
        self.import_button.setEnabled(self.can_import())

    def _problem_selected(self, current: ModelIndex, _previous: ModelIndex) -> None:
        if not current.isValid():
            return
        problem = self.problems_model.problems[current.row()]
        if problem.error.sheet:
            return
        pos = self.rows_model.position_of(problem.error.row)
        if pos >= 0:
            index = self.rows_model.index(pos, 0)
            self.rows_view.setCurrentIndex(index)
            self.rows_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # ---- importing --------------------------------------------------------------------
    def start_import(self) -> JobHandle[ImportResult] | None:
        preview = self.preview
        if preview is None or not self.can_import():
            return None
        excluded = self.skip.excluded if self.skip is not None else frozenset()
        ctx = self.ctx

        def work(progress: JobProgress) -> ImportResult:
            def report(done: int, total: int) -> None:
                progress.report(done, total, QCoreApplication.translate(
                    "ImportPreviewDialog", "Menyimpan {done} dari {total} baris…").format(
                    done=done, total=total))

            return apply_import(ctx.db, ctx.actor, preview, exclude_rows=excluded,
                                update_existing=preview.update_existing, progress=report,
                                should_cancel=progress.is_cancelled)

        self._set_busy(True, self.tr("Mengimpor…"))
        self._importing = True
        self.cancel_button.setEnabled(False)
        job = run_job(self, self.tr("Mengimpor pegawai"), work, on_done=self._imported,
                      on_error=self._import_failed, on_cancel=self._import_cancelled)
        self._job = job
        return job

    def summary_text(self, r: ImportResult) -> str:
        text = self.tr("Impor {name} selesai: {baru} pegawai baru, {ubah} diperbarui").format(
            name=self.path.name, baru=self._num(r.dibuat), ubah=self._num(r.diperbarui))
        if r.tetap:
            text += self.tr(", {n} tetap").format(n=self._num(r.tetap))
        if r.dilewati:
            text += self.tr(", {n} baris dilewati").format(n=self._num(r.dilewati))
        text += "."
        if r.unit_dibuat or r.unit_diperbarui:
            text += " " + self.tr("Unit kerja: {baru} baru, {ubah} diperbarui.").format(
                baru=self._num(r.unit_dibuat), ubah=self._num(r.unit_diperbarui))
        return text

    def _imported(self, result: ImportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._importing = False
        self.import_result = result
        self._set_busy(False)
        self.cancel_button.setEnabled(True)
        self.imported.emit(self.summary_text(result))
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._importing = False
        self._set_busy(False)
        self.cancel_button.setEnabled(True)
        if isinstance(exc, ImportRejected):
            # The database changed since the preview: show the new problems.
            self.skip = SkipCheck(self.skip.excluded if self.skip else frozenset(),
                                  self.skip.cascade if self.skip else (), tuple(exc.errors),
                                  None)
            self._show_state()
            self.hint.setText(self.tr("Impor dibatalkan: data di aplikasi berubah sejak "
                                      "pratinjau. Tidak ada yang diubah. Periksa masalah di "
                                      "daftar, lalu Baca ulang."))
            self.hint.setStyleSheet("color: #b3261e;")
            return
        if isinstance(exc, ImportCancelled):
            self._import_cancelled()
            return
        show_error(self, exc)
        self._show_state()

    def _import_cancelled(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._importing = False
        self._set_busy(False)
        self.cancel_button.setEnabled(True)
        self._show_state()
        self.hint.setText(self.tr("Impor dibatalkan; tidak ada data yang diubah."))
        self.hint.setStyleSheet("color: #7a5a00;")

    def reject(self) -> None:
        if self._importing:
            return  # the progress window has Batal; the import is all-or-nothing
        if self.busy_now and self._job is not None:
            self._job.cancel()
        super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
