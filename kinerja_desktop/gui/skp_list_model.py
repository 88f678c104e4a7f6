"""Qt models of SKP lists (the SKP page and the approval queue) over ``SkpRingkas``.

``SkpListModel`` shows one line per SKP; the status is text plus colour
(SCREENS: Draf abu-abu, Diajukan kuning, Ditetapkan hijau, Dikembalikan merah,
Digantikan ungu), never colour alone. ``SkpFilterProxy`` filters by status and
by search text (name or NIP) and sorts by what a column means (dates by date,
counts by number), not by its text.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.services.skp import SkpRingkas

ModelIndex = QModelIndex | QPersistentModelIndex

IdRole = int(Qt.ItemDataRole.UserRole) + 1
"""The SKP's uuid (every column)."""
RowRole = int(Qt.ItemDataRole.UserRole) + 2
"""The whole ``SkpRingkas``."""
SortRole = int(Qt.ItemDataRole.UserRole) + 3
"""What the column sorts by."""
StatusRole = int(Qt.ItemDataRole.UserRole) + 4
"""The shown status as a ``StatusTampil``."""


class StatusTampil(enum.Enum):
    """The status as the user sees it: a returned draft is its own state."""

    DRAFT = "DRAFT"
    DIAJUKAN = "DIAJUKAN"
    DITETAPKAN = "DITETAPKAN"
    DIKEMBALIKAN = "DIKEMBALIKAN"
    DIGANTIKAN = "DIGANTIKAN"


def status_tampil(row: SkpRingkas) -> StatusTampil:
    if row.dikembalikan:
        return StatusTampil.DIKEMBALIKAN
    return StatusTampil(row.status.value)


def status_text(status: StatusTampil) -> str:
    """The status word shown in lists and badges."""
    if status is StatusTampil.DRAFT:
        return QCoreApplication.translate("SkpStatus", "Draf")
    if status is StatusTampil.DIAJUKAN:
        return QCoreApplication.translate("SkpStatus", "Diajukan")
    if status is StatusTampil.DITETAPKAN:
        return QCoreApplication.translate("SkpStatus", "Ditetapkan")
    if status is StatusTampil.DIKEMBALIKAN:
        return QCoreApplication.translate("SkpStatus", "Dikembalikan")
    return QCoreApplication.translate("SkpStatus", "Digantikan")


def status_help(status: StatusTampil) -> str:
    """What the status means and who acts next (tooltip)."""
    if status is StatusTampil.DRAFT:
        return QCoreApplication.translate(
            "SkpStatus", "Draf: masih disusun pegawai; belum diajukan ke pejabat penilai.")
    if status is StatusTampil.DIAJUKAN:
        return QCoreApplication.translate(
            "SkpStatus", "Diajukan: menunggu persetujuan pejabat penilai kinerja.")
    if status is StatusTampil.DITETAPKAN:
        return QCoreApplication.translate(
            "SkpStatus", "Ditetapkan: disetujui pejabat penilai; isinya tidak dapat diubah "
            "lagi kecuali lewat revisi.")
    if status is StatusTampil.DIKEMBALIKAN:
        return QCoreApplication.translate(
            "SkpStatus", "Dikembalikan: pejabat penilai meminta perbaikan; pegawai "
            "memperbaiki lalu mengajukan lagi.")
    return QCoreApplication.translate(
        "SkpStatus", "Digantikan: versi lama; revisi yang lebih baru sudah ditetapkan.")


# (text colour, background) per status: dark text on a light tint stays readable.
STATUS_COLORS: dict[StatusTampil, tuple[QColor, QColor]] = {
    StatusTampil.DRAFT: (QColor("#4a4a4a"), QColor("#ececec")),  # abu-abu
    StatusTampil.DIAJUKAN: (QColor("#6b5200"), QColor("#fff1b8")),  # kuning
    StatusTampil.DITETAPKAN: (QColor("#1b6e2e"), QColor("#dcf1e2")),  # hijau
    StatusTampil.DIKEMBALIKAN: (QColor("#a3261d"), QColor("#fbe0dc")),  # merah
    StatusTampil.DIGANTIKAN: (QColor("#5b3f86"), QColor("#ece6f5")),  # ungu
}

_STATUS_ORDER = {s: i for i, s in enumerate(
    (StatusTampil.DIKEMBALIKAN, StatusTampil.DRAFT, StatusTampil.DIAJUKAN,
     StatusTampil.DITETAPKAN, StatusTampil.DIGANTIKAN))}


class Column(enum.IntEnum):
    NIP = 0
    NAMA = 1
    JABATAN = 2
    UNIT = 3
    PENILAI = 4
    ISI = 5
    STATUS = 6
    DIUBAH = 7


def header_text(column: Column) -> str:
    if column is Column.NIP:
        return QCoreApplication.translate("SkpListModel", "NIP")
    if column is Column.NAMA:
        return QCoreApplication.translate("SkpListModel", "Nama")
    if column is Column.JABATAN:
        return QCoreApplication.translate("SkpListModel", "Jabatan")
    if column is Column.UNIT:
        return QCoreApplication.translate("SkpListModel", "Unit")
    if column is Column.PENILAI:
        return QCoreApplication.translate("SkpListModel", "Pejabat penilai")
    if column is Column.ISI:
        return QCoreApplication.translate("SkpListModel", "RHK / IKI")
    if column is Column.STATUS:
        return QCoreApplication.translate("SkpListModel", "Status")
    return QCoreApplication.translate("SkpListModel", "Diubah")


def header_help(column: Column) -> str:
    if column is Column.NIP:
        return QCoreApplication.translate("SkpListModel", "NIP pemilik SKP, 18 digit")
    if column is Column.NAMA:
        return QCoreApplication.translate("SkpListModel", "Nama pegawai pemilik SKP")
    if column is Column.JABATAN:
        return QCoreApplication.translate("SkpListModel", "Jabatan pegawai saat ini")
    if column is Column.UNIT:
        return QCoreApplication.translate("SkpListModel", "Unit kerja SKP ini")
    if column is Column.PENILAI:
        return QCoreApplication.translate(
            "SkpListModel", "Pejabat Penilai Kinerja yang menyetujui SKP ini")
    if column is Column.ISI:
        return QCoreApplication.translate(
            "SkpListModel", "Jumlah Rencana Hasil Kerja (RHK) dan Indikator Kinerja Individu "
            "(IKI); contoh 3 / 7")
    if column is Column.STATUS:
        return QCoreApplication.translate(
            "SkpListModel", "Draf, Diajukan, Ditetapkan, Dikembalikan atau Digantikan")
    return QCoreApplication.translate("SkpListModel", "Tanggal perubahan terakhir")


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren


class SkpListModel(QAbstractTableModel):
    """SKP lines: NIP, Nama, Jabatan, Unit, Pejabat penilai, RHK / IKI, Status, Diubah."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SkpRingkas] = []
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

    # ---- structure ---------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # ---- data --------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, col)
        if role == IdRole:
            return row.id
        if role == RowRole:
            return row
        if role == StatusRole:
            return status_tampil(row)
        if role == SortRole:
            return self.sort_value(row, col)
        if col is Column.STATUS:
            status = status_tampil(row)
            if role == Qt.ItemDataRole.ForegroundRole:
                return STATUS_COLORS[status][0]
            if role == Qt.ItemDataRole.BackgroundRole:
                return STATUS_COLORS[status][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                text = status_help(status)
                if row.revisi_ke:
                    text += " " + QCoreApplication.translate(
                        "SkpListModel", "Revisi ke-{n}.").format(n=row.revisi_ke)
                return text
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is Column.ISI:
                return QCoreApplication.translate(
                    "SkpListModel", "{rhk} rencana hasil kerja, {iki} indikator").format(
                        rhk=row.jumlah_rhk, iki=row.jumlah_iki)
            return self.display(row, col) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col is Column.ISI:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display(self, row: SkpRingkas, col: Column) -> str:
        if col is Column.NIP:
            return format_nip(row.nip)
        if col is Column.NAMA:
            return row.nama
        if col is Column.JABATAN:
            return row.jabatan
        if col is Column.UNIT:
            return row.unit_nama
        if col is Column.PENILAI:
            return row.penilai_nama or QCoreApplication.translate("SkpListModel", "(belum ada)")
        if col is Column.ISI:
            return f"{row.jumlah_rhk} / {row.jumlah_iki}"
        if col is Column.STATUS:
            text = status_text(status_tampil(row))
            if row.revisi_ke:
                text += " · " + QCoreApplication.translate(
                    "SkpListModel", "rev. {n}").format(n=row.revisi_ke)
            return text
        return self._date(row.updated_at)

    def _date(self, when: dt.datetime) -> str:
        local = when.astimezone() if when.tzinfo else when
        return self._locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")

    @staticmethod
    def sort_value(row: SkpRingkas, col: Column) -> Any:
        if col is Column.NIP:
            return row.nip
        if col is Column.NAMA:
            return row.nama.casefold()
        if col is Column.JABATAN:
            return row.jabatan.casefold()
        if col is Column.UNIT:
            return row.unit_nama.casefold()
        if col is Column.PENILAI:
            return row.penilai_nama.casefold()
        if col is Column.ISI:
            return row.jumlah_rhk * 10_000 + row.jumlah_iki
        if col is Column.STATUS:
            return _STATUS_ORDER[status_tampil(row)] * 100 + row.revisi_ke
        return row.updated_at.timestamp()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(Column):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(Column(section))
            if role == Qt.ItemDataRole.ToolTipRole:
                return header_help(Column(section))
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return section + 1
        return None

    # ---- access and changes --------------------------------------------------------------
    @property
    def rows(self) -> Sequence[SkpRingkas]:
        return self._rows

    def row_at(self, row: int) -> SkpRingkas:
        return self._rows[row]

    def row_of_id(self, skp_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == skp_id), -1)

    def set_rows(self, rows: Iterable[SkpRingkas]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class SkpFilterProxy(QSortFilterProxyModel):
    """Status (as shown) and search text (name or NIP digits) filters, sorting by meaning."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: StatusTampil | None = None
        self._text = ""
        self._digits = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    @property
    def status_filter(self) -> StatusTampil | None:
        return self._status

    @property
    def search_text(self) -> str:
        return self._text

    def set_status_filter(self, status: StatusTampil | None) -> None:
        if status is not self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_text(self, text: str) -> None:
        text = text.strip()
        if text == self._text:
            return
        self.beginFilterChange()
        self._text = text
        digits = "".join(ch for ch in text if ch.isdigit())
        # A NIP search: the text is digits (with the spaces of a printed NIP).
        self._digits = digits if digits and len(digits) == len(text.replace(" ", "")) else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SkpListModel) or source_parent.isValid():
            return True
        row = model.row_at(source_row)
        if self._status is not None and status_tampil(row) is not self._status:
            return False
        if self._text:
            if self._digits:
                return self._digits in row.nip
            return self._text.casefold() in row.nama.casefold()
        return True

    def row_at(self, proxy_row: int) -> SkpRingkas:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, SkpListModel)
        return model.row_at(source.row())

    def visible_ids(self) -> list[uuid.UUID]:
        return [self.row_at(r).id for r in range(self.rowCount())]

