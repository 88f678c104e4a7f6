"""Qt models of the pegawai table: the rows, and a fast search/filter/sort proxy.

``PegawaiTableModel`` adapts a list of ``services.pegawai.PegawaiRow``; the page
fills it one page at a time (``append_rows``) so the first rows show at once.

``PegawaiFilterProxy`` replaces ``QSortFilterProxyModel``: with 100,000 rows a
Python ``filterAcceptsRow`` costs one Python call per row per keystroke (about
0.2 s, measured), too slow for search as you type.  This proxy keeps lowercase
search keys per source row and computes the accepted rows with list
comprehensions, narrowing from the previous result when the new search text
extends the old one; the rows are kept in sort order, so filtering never needs
to sort again.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kinerja_desktop.domain.golongan import GOLONGAN_PNS, GOLONGAN_PPPK
from kinerja_desktop.domain.nip import JenisPegawai, format_nip
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.services.pegawai import PegawaiDetail, PegawaiRow
from kinerja_desktop.services.penugasan import PenugasanDTO

ModelIndex = QModelIndex | QPersistentModelIndex


IdRole = int(Qt.ItemDataRole.UserRole) + 1
"""The pegawai's uuid (same for every column of a row)."""
RowRole = int(Qt.ItemDataRole.UserRole) + 2
"""The whole ``PegawaiRow``."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({IdRole, RowRole, _FOREGROUND, _TOOLTIP,
                    int(Qt.ItemDataRole.AccessibleTextRole)})
"""The roles besides DisplayRole that ``PegawaiTableModel`` answers."""

AKTIF_COLOR = QColor("#1b6e2e")  # hijau tua: readable on white and on selection
NONAKTIF_COLOR = QColor("#a3261d")  # merah bata


class Column(enum.IntEnum):
    NIP = 0
    NAMA = 1
    JABATAN = 2
    GOLONGAN = 3
    UNIT = 4
    ATASAN = 5
    STATUS = 6


_COLUMN_COUNT = len(Column)


_HEADERS: dict[Column, tuple[str, str]] = {
    Column.NIP: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "NIP"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "NIP PNS atau NI PPPK, 18 digit"),
    ),
    Column.NAMA: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Nama"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Nama lengkap dengan gelar"),
    ),
    Column.JABATAN: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Jabatan"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Nama jabatan saat ini"),
    ),
    Column.GOLONGAN: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Golongan"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Golongan ruang (PNS) atau golongan PPPK"),
    ),
    Column.UNIT: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Unit"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Unit kerja tempat pegawai ditempatkan"),
    ),
    Column.ATASAN: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Atasan"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Atasan langsung (definitif)"),
    ),
    Column.STATUS: (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Status"),
        QT_TRANSLATE_NOOP("PegawaiTableModel",
                          "Aktif atau nonaktif (pensiun, pindah, diberhentikan)"),
    ),
}

_HEADER_TEXTS: tuple[tuple[str, str], ...] = tuple(_HEADERS[c] for c in Column)

_GOLONGAN_RANK: dict[str, int] = {
    **{g.kode.upper(): g.urutan for g in GOLONGAN_PNS},
}
_GOLONGAN_RANK_PPPK: dict[str, int] = {g.kode.upper(): 100 + g.urutan for g in GOLONGAN_PPPK}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PegawaiTableModel", text)


def tanggal(day: dt.date, locale: QLocale | None = None) -> str:
    """``25 November 2026`` (QLocale id_ID), as every screen shows dates."""
    loc = locale or QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return loc.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def status_text(aktif: bool) -> str:
    if aktif:
        return QCoreApplication.translate("PegawaiTableModel", "Aktif")
    return QCoreApplication.translate("PegawaiTableModel", "Nonaktif")


def row_from_detail(d: PegawaiDetail) -> PegawaiRow:
    """The table line of a pegawai just saved or restored (as ``list_pegawai`` builds it)."""
    return PegawaiRow(
        d.id, d.nip, d.nama_lengkap, d.jabatan, d.golongan, d.unit_id, d.unit_nama or "",
        d.atasan_nama or "", d.aktif, d.jenis_pegawai.value,
    )


def _role_items(span: QModelRoleDataSpan | QModelRoleData) -> Sequence[QModelRoleData]:
    if isinstance(span, QModelRoleData):
        return (span,)
    # The binding makes a span a sequence (its items refer into it); the stubs do not say.
    return cast("Sequence[QModelRoleData]", span)


def fill_roles(model: PegawaiTableModel, row: PegawaiRow, col: int,
               span: QModelRoleDataSpan | QModelRoleData) -> None:
    """``multiData()``: every role of ``span`` as ``model.cell`` gives it (None clears it).

    One Python call per cell instead of one per role (a painted cell asks for seven,
    of which only the text and, for Status, the colour are set).
    """
    for item in _role_items(span):
        role = item.role()
        if role == _DISPLAY:
            item.setData(model.display(row, col))
            continue
        value = model.cell(row, col, role) if role in _ROLES else None
        if value is None:
            item.clearData()
        else:
            item.setData(value)


def clear_roles(span: QModelRoleDataSpan | QModelRoleData) -> None:
    for item in _role_items(span):
        item.clearData()


def _golongan_rank(row: PegawaiRow) -> int:
    key = row.golongan.replace(" ", "").upper()
    if row.jenis == JenisPegawai.PPPK.value:
        return _GOLONGAN_RANK_PPPK.get(key, 999)
    return _GOLONGAN_RANK.get(key, 999)


def sort_key(row: PegawaiRow, column: int) -> Any:
    """What a column sorts by: the text as seen, golongan by rank, status active first."""
    if column == Column.NIP:
        return row.nip
    if column == Column.NAMA:
        return row.nama.casefold()
    if column == Column.JABATAN:
        return row.jabatan.casefold()
    if column == Column.GOLONGAN:
        return _golongan_rank(row)
    if column == Column.UNIT:
        return row.unit.casefold()
    if column == Column.ATASAN:
        return row.atasan.casefold()
    return 0 if row.aktif else 1


_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren


class PegawaiTableModel(QAbstractTableModel):
    """The pegawai table (NIP, Nama, Jabatan, Golongan, Unit, Atasan, Status)."""

    COLUMNS: ClassVar[tuple[Column, ...]] = tuple(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PegawaiRow] = []
        self._pos: dict[uuid.UUID, int] | None = None

    # ---- structure -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMN_COUNT

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"pegawaiId")
        names[RowRole] = QByteArray(b"pegawaiRow")
        return names

    # ---- data ------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.raw_data(index, role)
        return value

    def raw_data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """``data()`` for Python callers (no reference taken on ``None``)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def multiData(self, index: ModelIndex,
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role the view asks for in one call (a cell paint asks for seven)."""
        if index.isValid() and index.row() < len(self._rows):
            fill_roles(self, self._rows[index.row()], index.column(), roleDataSpan)
        else:
            clear_roles(roleDataSpan)

    def cell(self, row: PegawaiRow, col: int, role: int) -> Any:
        """What ``data()`` gives for ``role`` of column ``col`` of ``row``."""
        if role == _DISPLAY:
            return self.display(row, col)
        if role not in _ROLES:
            return None
        if role == IdRole:
            return row.id
        if role == RowRole:
            return row
        if role == _FOREGROUND:
            if col == Column.STATUS:
                return AKTIF_COLOR if row.aktif else NONAKTIF_COLOR
            return None
        if role == _TOOLTIP:
            if col == Column.STATUS:
                if row.aktif:
                    return QCoreApplication.translate("PegawaiTableModel", "Pegawai aktif")
                return QCoreApplication.translate(
                    "PegawaiTableModel", "Pegawai nonaktif (pensiun, pindah, atau diberhentikan)")
            text = self.display(row, col)
            return text or None
        # AccessibleTextRole
        return self.display(row, col)

    @staticmethod
    def display(row: PegawaiRow, col: int) -> str:
        """The text of column ``col`` of ``row``."""
        if col == Column.NIP:
            jenis = JenisPegawai.PPPK if row.jenis == JenisPegawai.PPPK.value else JenisPegawai.PNS
            return format_nip(row.nip, jenis)
        if col == Column.NAMA:
            return row.nama
        if col == Column.JABATAN:
            return row.jabatan
        if col == Column.GOLONGAN:
            return row.golongan
        if col == Column.UNIT:
            return row.unit
        if col == Column.ATASAN:
            return row.atasan
        if col == Column.STATUS:
            return status_text(row.aktif)
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        value = self.raw_header(section, orientation, role)
        return value

    def raw_header(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < _COLUMN_COUNT:
                return None
            if role == _DISPLAY:
                return _tr(_HEADER_TEXTS[section][0])
            if role == _TOOLTIP:
                return _tr(_HEADER_TEXTS[section][1])
            return None
        if role == _DISPLAY and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ITEM_FLAGS

    # ---- access ----------------------------------------------------------------------
    @property
    def rows(self) -> Sequence[PegawaiRow]:
        return self._rows

    def row_at(self, row: int) -> PegawaiRow:
        return self._rows[row]

    def row_of_id(self, pegawai_id: uuid.UUID) -> int:
        """Source row of a pegawai, or -1."""
        if self._pos is None:
            self._pos = {r.id: i for i, r in enumerate(self._rows)}
        return self._pos.get(pegawai_id, -1)

    # ---- changes ---------------------------------------------------------------------
    def set_rows(self, rows: Iterable[PegawaiRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._pos = None
        self.endResetModel()

    def append_rows(self, rows: Sequence[PegawaiRow]) -> None:
        """Adds rows at the end (the next page of a lazy load); skips ids already shown."""
        if self._rows:
            known = self._pos if self._pos is not None else None
            if known is None:
                known = {r.id: i for i, r in enumerate(self._rows)}
                self._pos = known
            rows = [r for r in rows if r.id not in known]
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        if self._pos is not None:
            for i, r in enumerate(rows, first):
                self._pos[r.id] = i
        self.endInsertRows()

    def upsert_row(self, row: PegawaiRow) -> int:
        """Replaces the row with the same id (or appends it); returns its source row."""
        pos = self.row_of_id(row.id)
        if pos < 0:
            self.append_rows([row])
            return self.row_of_id(row.id)
        self._rows[pos] = row
        self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(Column) - 1))
        return pos

    def insert_row(self, position: int, row: PegawaiRow) -> int:
        """Puts a row back at ``position`` (undo of a delete); returns its source row."""
        existing = self.row_of_id(row.id)
        if existing >= 0:
            return self.upsert_row(row)
        position = max(0, min(position, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._pos = None
        self.endInsertRows()
        return position

    def remove_id(self, pegawai_id: uuid.UUID) -> bool:
        pos = self.row_of_id(pegawai_id)
        if pos < 0:
            return False
        self.beginRemoveRows(QModelIndex(), pos, pos)
        del self._rows[pos]
        self._pos = None
        self.endRemoveRows()
        return True


class StatusFilter(enum.Enum):
    SEMUA = "semua"
    AKTIF = "aktif"
    NONAKTIF = "nonaktif"


_NIP_SEPARATORS = str.maketrans("", "", " .-\u00a0\t")


class PegawaiFilterProxy(QAbstractProxyModel):
    """Search by name or NIP, filter by unit (ids incl. sub-units) and status, sort.

    The state is three lists of source rows: ``_order`` (every row, in sort
    order), ``_base`` (``_order`` passing the unit and status filters) and
    ``_rows`` (``_base`` passing the search text) - the rows shown.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._src: PegawaiTableModel | None = None
        self._text_keys: list[str] = []  # "nama casefold\x1fnip" per source row
        self._nip_keys: list[str] = []
        self._order: list[int] = []
        self._base: list[int] = []
        self._rows: list[int] = []
        self._to_proxy: list[int] | None = None  # source row -> proxy row, built lazily
        self._text = ""
        self._query: tuple[str, str] = ("", "")  # (mode, normalised text) of ``_rows``
        self._unit_ids: frozenset[uuid.UUID | None] | None = None
        self._status = StatusFilter.SEMUA
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._connections: list[Any] = []
        self._insert_resets = False

    # ---- source ----------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        if model is not None and not isinstance(model, PegawaiTableModel):
            raise TypeError("PegawaiFilterProxy needs a PegawaiTableModel")
        self.beginResetModel()
        old = self._src
        if old is not None:
            for signal, slot in self._connections:
                signal.disconnect(slot)
            self._connections = []
        super().setSourceModel(model)  # type: ignore[arg-type]  # None detaches
        self._src = model
        if model is not None:
            pairs = [
                (model.modelAboutToBeReset, self._on_source_about_to_reset),
                (model.modelReset, self._on_source_reset),
                (model.rowsAboutToBeInserted, self._on_rows_about_to_be_inserted),
                (model.rowsInserted, self._on_rows_inserted),
                (model.rowsAboutToBeRemoved, self._on_source_about_to_reset_rows),
                (model.rowsRemoved, self._on_source_reset_rows),
                (model.dataChanged, self._on_data_changed),
                (model.layoutAboutToBeChanged, self._on_source_about_to_reset),
                (model.layoutChanged, self._on_source_reset),
            ]
            for signal, slot in pairs:
                signal.connect(slot)
            self._connections = pairs
        self._rebuild_all()
        self.endResetModel()

    def source(self) -> PegawaiTableModel:
        assert self._src is not None, "no source model"
        return self._src

    # ---- filters ---------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._text

    def set_search_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        mode, norm = self._normalise(text)
        if (mode, norm) == self._query:
            return
        self.beginResetModel()
        self._apply_text()
        self.endResetModel()

    def set_unit_filter(self, unit_ids: Iterable[uuid.UUID | None] | None) -> None:
        """Only rows whose unit is one of ``unit_ids`` (give a unit and its descendants)."""
        new = None if unit_ids is None else frozenset(unit_ids)
        if new == self._unit_ids:
            return
        self._unit_ids = new
        self._refilter()

    def set_status_filter(self, status: StatusFilter) -> None:
        if status is self._status:
            return
        self._status = status
        self._refilter()

    @property
    def status_filter(self) -> StatusFilter:
        return self._status

    def _refilter(self) -> None:
        self.beginResetModel()
        self._apply_base()
        self._apply_text(force=True)
        self.endResetModel()

    # ---- sorting ---------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self._sort_column and order == self._sort_order:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_sources = [self.mapToSource(i) for i in old_persistent]
        self._sort_column = column
        self._sort_order = order
        self._apply_order()
        self._apply_base()
        self._apply_text(force=True)
        new = [self.mapFromSource(s) for s in old_sources]
        self.changePersistentIndexList(old_persistent, new)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # ---- computing -------------------------------------------------------------------
    @staticmethod
    def _text_key(row: PegawaiRow) -> str:
        return f"{row.nama.casefold()}\x1f{row.nip}"

    @staticmethod
    def _normalise(text: str) -> tuple[str, str]:
        folded = text.casefold().strip()
        if not folded:
            return ("", "")
        digits = folded.translate(_NIP_SEPARATORS)
        if digits.isdigit():
            return ("nip", digits)
        return ("text", " ".join(folded.split()))

    def _rebuild_all(self) -> None:
        rows = self._src.rows if self._src is not None else []
        tk = self._text_key
        self._text_keys = [tk(r) for r in rows]
        self._nip_keys = [r.nip for r in rows]
        self._apply_order()
        self._apply_base()
        self._apply_text(force=True)

    def _apply_order(self) -> None:
        n = len(self._text_keys)
        if self._sort_column < 0 or self._src is None:
            self._order = list(range(n))
            return
        col = self._sort_column
        keys = [sort_key(r, col) for r in self._src.rows]
        self._order = sorted(range(n), key=keys.__getitem__,
                             reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _base_accepts(self) -> list[int] | None:
        """Source rows passing unit+status filters (None: all rows pass)."""
        if self._src is None or (self._unit_ids is None and self._status is StatusFilter.SEMUA):
            return None
        rows = self._src.rows
        units = self._unit_ids
        want_aktif = self._status is StatusFilter.AKTIF
        if units is None:
            return [i for i, r in enumerate(rows) if r.aktif == want_aktif]
        if self._status is StatusFilter.SEMUA:
            return [i for i, r in enumerate(rows) if r.unit_id in units]
        return [i for i, r in enumerate(rows) if r.unit_id in units and r.aktif == want_aktif]

    def _apply_base(self) -> None:
        accepted = self._base_accepts()
        if accepted is None:
            self._base = list(self._order)
            return
        mark = bytearray(len(self._text_keys))
        for i in accepted:
            mark[i] = 1
        self._base = [i for i in self._order if mark[i]]

    def _apply_text(self, force: bool = False) -> None:
        mode, norm = self._normalise(self._text)
        old_mode, old_norm = self._query
        narrowing = (not force and mode == old_mode and mode != ""
                     and norm.startswith(old_norm) and len(norm) >= len(old_norm))
        source = self._rows if narrowing else self._base
        if mode == "":
            rows = list(self._base)
        elif mode == "nip":
            keys = self._nip_keys
            rows = [i for i in source if norm in keys[i]]
        else:
            keys = self._text_keys
            rows = source
            for token in norm.split():
                rows = [i for i in rows if token in keys[i]]
        self._rows = rows if rows is not self._base else list(rows)
        self._query = (mode, norm)
        self._to_proxy = None

    # ---- source signals --------------------------------------------------------------
    def _on_source_about_to_reset(self, *args: Any) -> None:
        self.beginResetModel()

    def _on_source_reset(self, *args: Any) -> None:
        self._rebuild_all()
        self.endResetModel()

    def _on_source_about_to_reset_rows(self, parent: ModelIndex, first: int, last: int) -> None:
        self.beginResetModel()

    def _on_source_reset_rows(self, parent: ModelIndex, first: int, last: int) -> None:
        self._rebuild_all()
        self.endResetModel()

    def _on_rows_about_to_be_inserted(self, parent: ModelIndex, first: int, last: int) -> None:
        # Appending in source order extends the proxy at its end; anything else re-sorts.
        self._insert_resets = first != len(self._text_keys) or self._sort_column >= 0
        if self._insert_resets:
            self.beginResetModel()

    def _on_rows_inserted(self, parent: ModelIndex, first: int, last: int) -> None:
        if self._insert_resets:
            self._rebuild_all()
            self.endResetModel()
            return
        new_rows = self.source().rows[first:last + 1]
        tk = self._text_key
        self._text_keys.extend(tk(r) for r in new_rows)
        self._nip_keys.extend(r.nip for r in new_rows)
        new_ids = list(range(first, last + 1))
        self._order.extend(new_ids)
        base_new = self._filter_base_new(new_ids)
        self._base.extend(base_new)
        accepted = self._filter_text_new(base_new)
        self._to_proxy = None
        if not accepted:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(accepted) - 1)
        self._rows.extend(accepted)
        self.endInsertRows()

    def _filter_base_new(self, rows: list[int]) -> list[int]:
        src = self.source().rows
        units = self._unit_ids
        status = self._status
        out = rows
        if units is not None:
            out = [i for i in out if src[i].unit_id in units]
        if status is not StatusFilter.SEMUA:
            want = status is StatusFilter.AKTIF
            out = [i for i in out if src[i].aktif == want]
        return out

    def _filter_text_new(self, rows: list[int]) -> list[int]:
        mode, norm = self._query
        if mode == "nip":
            keys = self._nip_keys
            rows = [i for i in rows if norm in keys[i]]
        elif mode == "text":
            keys = self._text_keys
            for token in norm.split():
                rows = [i for i in rows if token in keys[i]]
        return rows

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = (),
    ) -> None:
        src = self.source()
        first, last = top_left.row(), bottom_right.row()
        for i in range(first, last + 1):
            row = src.rows[i]
            self._text_keys[i] = self._text_key(row)
            self._nip_keys[i] = row.nip
        old = (self._order, self._base, self._rows)
        if self._sort_column >= 0:
            self._apply_order()
        self._apply_base()
        self._apply_text(force=True)
        if self._rows == old[2]:
            for i in range(first, last + 1):
                p = self.proxy_row(i)
                if p >= 0:
                    self.dataChanged.emit(self.index(p, 0), self.index(p, len(Column) - 1),
                                          roles)
            return
        # Membership or order changed: show the new state through a reset.
        new = (self._order, self._base, self._rows)
        self._order, self._base, self._rows = old
        self._to_proxy = None
        self.beginResetModel()
        self._order, self._base, self._rows = new
        self._to_proxy = None
        self.endResetModel()

    # ---- QAbstractProxyModel ---------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._src is None:
            return 0
        return _COLUMN_COUNT  # the source's

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._rows)

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid() or self._src is None or not (0 <= row < len(self._rows)) or not (
            0 <= column < _COLUMN_COUNT
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: ModelIndex) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._src is None:
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._rows):
            return QModelIndex()
        return self._src.index(self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self.proxy_row(source_index.row())
        if row < 0:
            return QModelIndex()
        return self.createIndex(row, source_index.column())

    def proxy_row(self, source_row: int) -> int:
        """The visible row of a source row, or -1 when filtered out."""
        if self._to_proxy is None:
            table = [-1] * len(self._text_keys)
            for p, s in enumerate(self._rows):
                table[s] = p
            self._to_proxy = table
        if 0 <= source_row < len(self._to_proxy):
            return self._to_proxy[source_row]
        return -1

    def proxy_row_of_id(self, pegawai_id: uuid.UUID) -> int:
        src_row = self.source().row_of_id(pegawai_id)
        return self.proxy_row(src_row) if src_row >= 0 else -1

    def row_at(self, proxy_row: int) -> PegawaiRow:
        return self.source().row_at(self._rows[proxy_row])

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        value = None
        if self._src is not None and orientation == Qt.Orientation.Horizontal:
            value = self._src.raw_header(section, orientation, role)
        elif role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            value = section + 1
        return value

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Straight from the source's list, without making a source index per call.
        value = None
        src = self._src
        if src is not None and index.isValid():
            row = index.row()
            if 0 <= row < len(self._rows):
                value = src.cell(src.row_at(self._rows[row]), index.column(), role)
        return value

    def multiData(self, index: ModelIndex,
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        src = self._src
        row = index.row()
        if src is not None and index.isValid() and 0 <= row < len(self._rows):
            fill_roles(src, src.row_at(self._rows[row]), index.column(), roleDataSpan)
        else:
            clear_roles(roleDataSpan)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self._src is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        return _ITEM_FLAGS  # the source's, the same for every row

    def roleNames(self) -> dict[int, QByteArray]:
        return self._src.roleNames() if self._src is not None else super().roleNames()

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return False

    def fetchMore(self, parent: ModelIndex) -> None:
        return None


class PenugasanTableModel(QAbstractTableModel):
    """Plt/Plh assignments of one pegawai (tab "Atasan & Plt")."""

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Jenis"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Pelaksana"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Menggantikan"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Mulai"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Selesai"),
        QT_TRANSLATE_NOOP("PegawaiTableModel", "Keterangan"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PenugasanDTO] = []
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

    def set_rows(self, rows: Iterable[PenugasanDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> Sequence[PenugasanDTO]:
        return self._rows

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def _date(self, day: dt.date | None) -> str:
        if day is None:
            return QCoreApplication.translate("PegawaiTableModel", "seterusnya")
        return tanggal(day, self._locale)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self._data(index, role)
        return value

    def _data(self, index: ModelIndex, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == IdRole:
            return r.id
        if role == RowRole:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            values = (
                r.jenis.value.title(), r.pelaksana_nama, r.digantikan_nama,
                self._date(r.mulai), self._date(r.selesai), r.keterangan or "",
            )
            return values[col] if 0 <= col < len(values) else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
