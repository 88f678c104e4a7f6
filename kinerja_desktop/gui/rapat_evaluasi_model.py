"""Qt models of the Rapat Evaluasi page: the agenda (unit recap) and the follow-ups.

``AgendaModel`` is read-only over the rows of the unit recap (``RekapBaris`` of
services/rekap.py, the one recap of the app); ``TindakLanjutModel`` is the
editable follow-up table (uraian, penanggung jawab, batas waktu as typed text,
selesai as a check box) with row insertion and removal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.penilaian_grid_model import PREDIKAT_COLORS, STATUS_COLORS
from kinerja_desktop.services.rapat_evaluasi import TindakLanjut
from kinerja_desktop.services.rekap import DistribusiPredikat, RekapBaris

AnyIndex = QModelIndex | QPersistentModelIndex
NO_SKP_COLOR = "#f4f4f4"
INVALID_BACKGROUND = "#fde7e4"


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# ---------------------------------------------------------------------------
# Agenda


class AgendaColumn(IntEnum):
    NAMA = 0
    NIP = 1
    JABATAN = 2
    STATUS = 3
    HASIL_KERJA = 4
    PERILAKU = 5
    PREDIKAT = 6


_AGENDA_HEADERS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("AgendaModel", "Nama"),
     QT_TRANSLATE_NOOP("AgendaModel", "Pegawai unit ini dan sub-unitnya; kepala unit di atas")),
    (QT_TRANSLATE_NOOP("AgendaModel", "NIP"),
     QT_TRANSLATE_NOOP("AgendaModel", "Nomor Induk Pegawai (contoh: 19850101 201001 1 003)")),
    (QT_TRANSLATE_NOOP("AgendaModel", "Jabatan"),
     QT_TRANSLATE_NOOP("AgendaModel", "Jabatan pegawai (contoh: Analis Kurikulum)")),
    (QT_TRANSLATE_NOOP("AgendaModel", "Status"),
     QT_TRANSLATE_NOOP("AgendaModel",
                       "Status evaluasi periode ini (contoh: Dinilai); \"SKP belum "
                       "ditetapkan\" bila belum ada SKP ditetapkan yang mencakup periode ini")),
    (QT_TRANSLATE_NOOP("AgendaModel", "Hasil Kerja"),
     QT_TRANSLATE_NOOP("AgendaModel", "Rating hasil kerja dari pejabat penilai "
                                      "(contoh: Sesuai Ekspektasi)")),
    (QT_TRANSLATE_NOOP("AgendaModel", "Perilaku"),
     QT_TRANSLATE_NOOP("AgendaModel", "Rating perilaku kerja dari pejabat penilai "
                                      "(contoh: Di Atas Ekspektasi)")),
    (QT_TRANSLATE_NOOP("AgendaModel", "Predikat"),
     QT_TRANSLATE_NOOP("AgendaModel", "Predikat kinerja periode ini (contoh: Baik)")),
)


class AgendaModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RekapBaris] = []

    def set_rows(self, rows: list[RekapBaris] | tuple[RekapBaris, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RekapBaris:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(AgendaColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_AGENDA_HEADERS):
            return None
        title, tip = _AGENDA_HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr("AgendaModel", title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("AgendaModel", tip)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        b = self._rows[index.row()]
        col = AgendaColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(b, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(b, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == AgendaColumn.STATUS:
            color = (STATUS_COLORS.get(b.status_evaluasi) if b.status_evaluasi is not None
                     else NO_SKP_COLOR)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == AgendaColumn.STATUS:
                return QBrush(QColor("#000000"))
            if col == AgendaColumn.PREDIKAT and b.predikat is not None:
                return QBrush(QColor(PREDIKAT_COLORS[b.predikat]))
        return None

    @staticmethod
    def _tooltip(b: RekapBaris, col: AgendaColumn) -> str:
        if col == AgendaColumn.NAMA:
            return f"{b.nama}\n{b.unit_nama}"
        if col == AgendaColumn.HASIL_KERJA and b.rating_hasil_kerja:
            return b.rating_hasil_kerja.label
        if col == AgendaColumn.PERILAKU and b.rating_perilaku:
            return b.rating_perilaku.label
        return AgendaModel._text(b, col)

    @staticmethod
    def _text(b: RekapBaris, col: AgendaColumn) -> str:
        if col == AgendaColumn.NAMA:
            return b.nama
        if col == AgendaColumn.NIP:
            return b.nip_teks
        if col == AgendaColumn.JABATAN:
            return b.jabatan
        if col == AgendaColumn.STATUS:
            if b.status_evaluasi is None:
                return QCoreApplication.translate("AgendaModel", "SKP belum ditetapkan")
            return b.status_evaluasi.label
        if col == AgendaColumn.HASIL_KERJA:
            return _short(b.rating_hasil_kerja)
        if col == AgendaColumn.PERILAKU:
            return _short(b.rating_perilaku)
        return b.predikat_label


_SHORT: dict[Rating, str] = {
    Rating.DI_ATAS_EKSPEKTASI: QT_TRANSLATE_NOOP("AgendaModel", "Di Atas"),
    Rating.SESUAI_EKSPEKTASI: QT_TRANSLATE_NOOP("AgendaModel", "Sesuai"),
    Rating.DI_BAWAH_EKSPEKTASI: QT_TRANSLATE_NOOP("AgendaModel", "Di Bawah"),
}


def _short(rating: Rating | None) -> str:
    """The rating without "Ekspektasi" (the tooltip has it in full)."""
    return _tr("AgendaModel", _SHORT[rating]) if rating is not None else ""


def predikat_text(distribusi: Iterable[DistribusiPredikat]) -> str:
    """``Sangat Baik 1 · Baik 3 · …`` for the counts line."""
    return " · ".join(f"{d.predikat.label} {d.jumlah}" for d in distribusi)


# ---------------------------------------------------------------------------
# Tindak lanjut


class TlColumn(IntEnum):
    URAIAN = 0
    PENANGGUNG_JAWAB = 1
    BATAS_WAKTU = 2
    SELESAI = 3


_TL_HEADERS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("TindakLanjutModel", "Uraian"),
     QT_TRANSLATE_NOOP("TindakLanjutModel",
                       "Wajib. Apa yang harus dilakukan (contoh: Lengkapi bukti dukung "
                       "realisasi triwulan I)")),
    (QT_TRANSLATE_NOOP("TindakLanjutModel", "Penanggung Jawab"),
     QT_TRANSLATE_NOOP("TindakLanjutModel",
                       "Boleh kosong. Siapa yang melaksanakan (contoh: Kasubbag Umum)")),
    (QT_TRANSLATE_NOOP("TindakLanjutModel", "Batas Waktu"),
     QT_TRANSLATE_NOOP("TindakLanjutModel",
                       "Boleh kosong. Tanggal dd-mm-yyyy (contoh: 30-04-2026)")),
    (QT_TRANSLATE_NOOP("TindakLanjutModel", "Selesai"),
     QT_TRANSLATE_NOOP("TindakLanjutModel",
                       "Centang bila tindak lanjut sudah dilaksanakan")),
)

_DATE_TEXT = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def parse_batas(text: str) -> dt.date | None:
    """``30-04-2026`` → date; anything else (or empty) → None."""
    m = _DATE_TEXT.match(text)
    if not m:
        return None
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


@dataclass
class TlRow:
    uraian: str = ""
    penanggung_jawab: str = ""
    batas_waktu: str = ""  # as typed: "30-04-2026" (checked by the service on save)
    selesai: bool = False

    def key(self) -> tuple[str, str, str, bool]:
        return (self.uraian, self.penanggung_jawab, self.batas_waktu, self.selesai)


class TindakLanjutModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TlRow] = []
        self.read_only = False

    # --- content ---------------------------------------------------------------------------
    def set_items(self, items: tuple[TindakLanjut, ...] | list[TindakLanjut]) -> None:
        self.beginResetModel()
        self._rows = [TlRow(t.uraian, t.penanggung_jawab,
                            t.batas.strftime("%d-%m-%Y") if t.batas else "", t.selesai)
                      for t in items]
        self.endResetModel()

    def items(self) -> list[TindakLanjut]:
        """What the service receives; rows left completely empty are dropped."""
        return [TindakLanjut(r.uraian, r.penanggung_jawab, r.batas_waktu or None, r.selesai)
                for r in self._rows
                if r.uraian.strip() or r.penanggung_jawab.strip() or r.batas_waktu.strip()
                or r.selesai]

    def snapshot(self) -> tuple[tuple[str, str, str, bool], ...]:
        return tuple(r.key() for r in self._rows)

    def set_read_only(self, value: bool) -> None:
        self.read_only = value

    # --- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TlColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(_TL_HEADERS):
            return None
        title, tip = _TL_HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr("TindakLanjutModel", title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("TindakLanjutModel", tip)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.column() == TlColumn.SELESAI:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = TlColumn(index.column())
        if col == TlColumn.SELESAI:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if r.selesai else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return (QCoreApplication.translate("TindakLanjutModel", "Selesai")
                        if r.selesai else QCoreApplication.translate("TindakLanjutModel",
                                                                     "Belum"))
            return None
        if role == Qt.ItemDataRole.EditRole:
            return (r.uraian, r.penanggung_jawab, r.batas_waktu)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TlColumn.BATAS_WAKTU:
                day = parse_batas(r.batas_waktu)
                return tanggal(day) if day is not None else r.batas_waktu
            return (r.uraian, r.penanggung_jawab)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TlColumn.BATAS_WAKTU and self._bad_date(r):
                return QCoreApplication.translate(
                    "TindakLanjutModel", "Bukan tanggal yang sah; tulis seperti 30-04-2026.")
            if col == TlColumn.URAIAN:
                return r.uraian if r.uraian.strip() else QCoreApplication.translate(
                    "TindakLanjutModel", "Uraian wajib diisi.")
            if col == TlColumn.PENANGGUNG_JAWAB and r.penanggung_jawab.strip():
                return r.penanggung_jawab
            return _tr("TindakLanjutModel", _TL_HEADERS[col][1])
        if role == Qt.ItemDataRole.BackgroundRole:
            bad = ((col == TlColumn.BATAS_WAKTU and self._bad_date(r))
                   or (col == TlColumn.URAIAN and not r.uraian.strip()))
            return QBrush(QColor(INVALID_BACKGROUND)) if bad else None
        return None

    @staticmethod
    def _bad_date(r: TlRow) -> bool:
        return bool(r.batas_waktu.strip()) and parse_batas(r.batas_waktu) is None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or index.row() >= len(self._rows):
            return False
        r = self._rows[index.row()]
        col = TlColumn(index.column())
        if col == TlColumn.SELESAI:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
            if checked == r.selesai:
                return True
            r.selesai = checked
        else:
            if role != Qt.ItemDataRole.EditRole:
                return False
            text = "" if value is None else str(value)
            if col == TlColumn.URAIAN:
                r.uraian = text
            elif col == TlColumn.PENANGGUNG_JAWAB:
                r.penanggung_jawab = text
            else:
                r.batas_waktu = text.strip()
        self.dataChanged.emit(index, index)
        return True

    def insertRows(self, row: int, count: int,
                   parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, TlRow())
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int,
                   parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True
