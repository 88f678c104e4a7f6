"""The penilai's rating grid (SCREENS §8): one row per pegawai of a period.

Ratings live in the model until Simpan; every change goes through the model's
``QUndoStack`` (Ctrl+Z), the predikat follows the matrix live, changed rows are
marked, and ``counts()`` gives the distribution for the chart (unsaved included).
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat, predikat_kinerja
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.services.penilaian import PenilaianRingkas

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NIP = 0
    NAMA = 1
    STATUS = 2
    HASIL_KERJA = 3
    PERILAKU = 4
    PREDIKAT = 5


RATING_COLUMNS = (Column.HASIL_KERJA, Column.PERILAKU)

# Keys 1/2/3 of the grid, as the SIASN codes.
RATING_BY_KEY = {1: Rating.DI_ATAS_EKSPEKTASI, 2: Rating.SESUAI_EKSPEKTASI,
                 3: Rating.DI_BAWAH_EKSPEKTASI}

STATUS_COLORS: dict[StatusEvaluasi, str] = {
    StatusEvaluasi.BELUM_DIISI: "#e0e0e0",  # abu-abu
    StatusEvaluasi.REALISASI_DIISI: "#fff0b3",  # kuning
    StatusEvaluasi.DIAJUKAN: "#ffd699",  # jingga
    StatusEvaluasi.DINILAI: "#cfe3ff",  # biru
    StatusEvaluasi.DITUTUP: "#c8e6c9",  # hijau
}
PREDIKAT_COLORS: dict[Predikat, str] = {
    Predikat.SANGAT_BAIK: "#1b6e2e",
    Predikat.BAIK: "#2e7d32",
    Predikat.BUTUH_PERBAIKAN: "#8a6d00",
    Predikat.KURANG: "#b3261e",
    Predikat.SANGAT_KURANG: "#7f0000",
}
CHANGED_BACKGROUND = "#fff8d6"

_HEADERS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("PenilaianGridModel", "NIP"),
     QT_TRANSLATE_NOOP("PenilaianGridModel",
                       "Nomor Induk Pegawai, 18 digit (contoh: 198501012010011003)")),
    (QT_TRANSLATE_NOOP("PenilaianGridModel", "Nama"),
     QT_TRANSLATE_NOOP("PenilaianGridModel", "Nama pegawai yang Anda nilai")),
    (QT_TRANSLATE_NOOP("PenilaianGridModel", "Status"),
     QT_TRANSLATE_NOOP("PenilaianGridModel",
                       "Status evaluasi periode ini: Belum diisi, Realisasi diisi, "
                       "Diajukan, Dinilai atau Ditutup (contoh: Dinilai)")),
    (QT_TRANSLATE_NOOP("PenilaianGridModel", "Rating Hasil Kerja"),
     QT_TRANSLATE_NOOP("PenilaianGridModel",
                       "Tekan 1 = Di Atas Ekspektasi, 2 = Sesuai Ekspektasi, "
                       "3 = Di Bawah Ekspektasi (contoh: 2 untuk pegawai yang "
                       "mencapai target IKI)")),
    (QT_TRANSLATE_NOOP("PenilaianGridModel", "Rating Perilaku"),
     QT_TRANSLATE_NOOP("PenilaianGridModel",
                       "Rating perilaku kerja (BerAKHLAK): 1 = Di Atas, 2 = Sesuai, "
                       "3 = Di Bawah Ekspektasi (contoh: 1 untuk teladan)")),
    (QT_TRANSLATE_NOOP("PenilaianGridModel", "Predikat"),
     QT_TRANSLATE_NOOP("PenilaianGridModel",
                       "Dihitung otomatis dari kedua rating menurut matriks "
                       "(contoh: Sesuai + Sesuai = Baik)")),
)
_STATUS_TEXT: dict[StatusEvaluasi, str] = {
    StatusEvaluasi.BELUM_DIISI: QT_TRANSLATE_NOOP("PenilaianGridModel", "Belum diisi"),
    StatusEvaluasi.REALISASI_DIISI: QT_TRANSLATE_NOOP("PenilaianGridModel", "Realisasi diisi"),
    StatusEvaluasi.DIAJUKAN: QT_TRANSLATE_NOOP("PenilaianGridModel", "Diajukan"),
    StatusEvaluasi.DINILAI: QT_TRANSLATE_NOOP("PenilaianGridModel", "Dinilai"),
    StatusEvaluasi.DITUTUP: QT_TRANSLATE_NOOP("PenilaianGridModel", "Ditutup"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PenilaianGridModel", text)


def status_text(status: StatusEvaluasi) -> str:
    return _tr(_STATUS_TEXT[status])


@dataclass
class GridRow:
    base: PenilaianRingkas
    hasil_kerja: Rating | None
    perilaku: Rating | None

    @property
    def predikat(self) -> Predikat | None:
        if self.hasil_kerja is None or self.perilaku is None:
            return None
        if (self.hasil_kerja, self.perilaku) == (self.base.rating_hasil_kerja,
                                                 self.base.rating_perilaku):
            return self.base.predikat  # as saved (an override from the form stays)
        return predikat_kinerja(self.hasil_kerja, self.perilaku)

    @property
    def changed(self) -> bool:
        return (self.hasil_kerja, self.perilaku) != (self.base.rating_hasil_kerja,
                                                     self.base.rating_perilaku)

    @property
    def locked(self) -> bool:
        """A closed period is final (DITUTUP)."""
        return self.base.status is StatusEvaluasi.DITUTUP


class _SetRating(QUndoCommand):
    def __init__(self, model: PenilaianGridModel, row: int, column: Column,
                 new: Rating | None) -> None:
        super().__init__()
        self.model, self.row, self.column, self.new = model, row, column, new
        self.old = model.rating(row, column)
        nama = model.row_at(row).base.nama
        self.setText(QCoreApplication.translate(
            "PenilaianGridModel", "rating {nama}").format(nama=nama))

    def redo(self) -> None:
        self.model.apply_rating(self.row, self.column, self.new)

    def undo(self) -> None:
        self.model.apply_rating(self.row, self.column, self.old)


class PenilaianGridModel(QAbstractTableModel):
    """Rows of ``daftar_penilaian`` with the ratings being edited."""

    # Counts per predikat changed (a rating was set, undone or the rows reloaded).
    counts_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._counts: Counter[Predikat] = Counter()
        self.read_only = False
        self.undo_stack = QUndoStack(self)

    # --- data in and out ------------------------------------------------------------------------
    def set_rows(self, rows: list[PenilaianRingkas]) -> None:
        self.beginResetModel()
        self._rows = [GridRow(r, r.rating_hasil_kerja, r.rating_perilaku) for r in rows]
        self._counts = Counter(p for r in self._rows if (p := r.predikat) is not None)
        self.endResetModel()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.counts_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def row_of(self, skp_id: uuid.UUID) -> int:
        for i, r in enumerate(self._rows):
            if r.base.skp_id == skp_id:
                return i
        return -1

    def counts(self) -> dict[Predikat, int]:
        """Predikat per pegawai as shown now (unsaved ratings included)."""
        return {p: self._counts[p] for p in Predikat}

    def changed_rows(self) -> list[GridRow]:
        return [r for r in self._rows if r.changed]

    def has_changes(self) -> bool:
        return any(r.changed for r in self._rows)

    def rating(self, row: int, column: Column) -> Rating | None:
        r = self._rows[row]
        return r.hasil_kerja if column is Column.HASIL_KERJA else r.perilaku

    def editable(self, row: int) -> bool:
        return not self.read_only and not self._rows[row].locked

    def set_rating(self, row: int, column: Column, rating: Rating | None) -> bool:
        """The user's change: undoable; False when the cell may not change."""
        if column not in RATING_COLUMNS or not 0 <= row < len(self._rows) \
                or not self.editable(row) or self.rating(row, column) == rating:
            return False
        self.undo_stack.push(_SetRating(self, row, column, rating))
        return True

    def apply_rating(self, row: int, column: Column, rating: Rating | None) -> None:
        """Sets the cell without the undo stack (the undo command's own step)."""
        r = self._rows[row]
        old = r.predikat
        if column is Column.HASIL_KERJA:
            r.hasil_kerja = rating
        else:
            r.perilaku = rating
        new = r.predikat
        if old is not None:
            self._counts[old] -= 1
        if new is not None:
            self._counts[new] += 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        if old != new:
            self.counts_changed.emit()

    def mark_saved(self, saved: list[PenilaianRingkas]) -> None:
        """After Simpan: the saved rows become the base (the undo history goes)."""
        by_id = {s.skp_id: s for s in saved}
        for i, r in enumerate(self._rows):
            s = by_id.get(r.base.skp_id)
            if s is not None:
                self._rows[i] = GridRow(s, s.rating_hasil_kerja, s.rating_perilaku)
        self._counts = Counter(p for r in self._rows if (p := r.predikat) is not None)
        self.undo_stack.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
        self.counts_changed.emit()

    # --- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            changed = self._rows[section].changed
            if role == Qt.ItemDataRole.DisplayRole:
                return "●" if changed else str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole and changed:
                return QCoreApplication.translate(
                    "PenilaianGridModel", "Diubah, belum disimpan (Ctrl+S untuk menyimpan)")
            return None
        if not 0 <= section < len(Column):
            return None
        title, tip = _HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(tip)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in RATING_COLUMNS and self.editable(index.row()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(r, col)
        if role == Qt.ItemDataRole.UserRole:
            if col in RATING_COLUMNS:
                return self.rating(index.row(), col)
            if col is Column.PREDIKAT:
                return r.predikat
            if col is Column.STATUS:
                return r.base.status
            return r.base.skp_id
        if role == Qt.ItemDataRole.BackgroundRole:
            if col is Column.STATUS:
                return QBrush(QColor(STATUS_COLORS[r.base.status]))
            if r.changed:
                return QBrush(QColor(CHANGED_BACKGROUND))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is Column.STATUS:
                return QBrush(QColor("#202020"))
            if col is Column.PREDIKAT and r.predikat is not None:
                return QBrush(QColor(PREDIKAT_COLORS[r.predikat]))
            return None
        if role == Qt.ItemDataRole.FontRole and r.changed and col in (*RATING_COLUMNS,
                                                                       Column.PREDIKAT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, col)
        return None

    def _text(self, r: GridRow, col: Column) -> str:
        if col is Column.NIP:
            return r.base.nip
        if col is Column.NAMA:
            return r.base.nama
        if col is Column.STATUS:
            return status_text(r.base.status)
        if col is Column.HASIL_KERJA:
            return _rating_text(r.hasil_kerja)
        if col is Column.PERILAKU:
            return _rating_text(r.perilaku)
        return r.predikat.label if r.predikat is not None else "—"

    def _tip(self, r: GridRow, col: Column) -> str | None:
        if r.locked:
            return QCoreApplication.translate(
                "PenilaianGridModel", "Periode ini sudah ditutup; penilaian tidak dapat diubah.")
        if col in RATING_COLUMNS:
            rating = r.hasil_kerja if col is Column.HASIL_KERJA else r.perilaku
            now = rating.label if rating is not None else QCoreApplication.translate(
                "PenilaianGridModel", "belum diisi")
            return QCoreApplication.translate(
                "PenilaianGridModel",
                "{now}. Tekan 1, 2 atau 3 untuk mengisi; Delete mengosongkan; Ctrl+Z "
                "membatalkan. Contoh: 2 = Sesuai Ekspektasi.").format(now=now)
        if col is Column.PREDIKAT and r.predikat is None:
            return QCoreApplication.translate(
                "PenilaianGridModel", "Isi kedua rating agar predikat terhitung.")
        return None

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Accepts a Rating, its text or the key 1/2/3 (as int or text)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() not in RATING_COLUMNS:
            return False
        rating = to_rating(value)
        if rating is None and value not in (None, ""):
            return False
        return self.set_rating(index.row(), Column(index.column()), rating)


_SHORT_RATING: dict[Rating, str] = {
    Rating.DI_ATAS_EKSPEKTASI: QT_TRANSLATE_NOOP("PenilaianGridModel", "Di Atas"),
    Rating.SESUAI_EKSPEKTASI: QT_TRANSLATE_NOOP("PenilaianGridModel", "Sesuai"),
    Rating.DI_BAWAH_EKSPEKTASI: QT_TRANSLATE_NOOP("PenilaianGridModel", "Di Bawah"),
}


def _rating_text(rating: Rating | None) -> str:
    """``2 · Sesuai`` (the key and a short label; the tooltip has the full text)."""
    if rating is None:
        return "—"
    return f"{rating.siasn_code} · {_tr(_SHORT_RATING[rating])}"


def to_rating(value: object) -> Rating | None:
    if isinstance(value, Rating):
        return value
    if isinstance(value, int) and value in RATING_BY_KEY:
        return RATING_BY_KEY[value]
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and int(text) in RATING_BY_KEY:
            return RATING_BY_KEY[int(text)]
        for rating in Rating:
            if text.upper() == rating.value:
                return rating
    return None
