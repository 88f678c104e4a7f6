"""Qt models of the Tindak Lanjut page: a read-only list over DTOs (training needs, award
candidates, angka kredit, tunjangan per pegawai), the editable competency table and the
tunjangan table, both with undo (QUndoStack)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from kinerja_desktop.domain.kompetensi import (
    LEVEL_MAX,
    LEVEL_MIN,
    JenisKompetensi,
    kesenjangan,
)
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.services.kompetensi import KompetensiInput
from kinerja_desktop.services.tunjangan import format_persen

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

# Status colours (text always says it too): background, foreground.
MERAH = ("#fde7e4", "#b3261e")
KUNING = ("#fff4ce", "#8a6d00")
HIJAU = ("#e6f4ea", "#1b6e2e")
BIRU = ("#e3f0fb", "#0b5394")
ABU = ("#eeeeee", "#555555")

PREDIKAT_WARNA: dict[Predikat, tuple[str, str]] = {
    Predikat.SANGAT_BAIK: BIRU,
    Predikat.BAIK: HIJAU,
    Predikat.BUTUH_PERBAIKAN: KUNING,
    Predikat.KURANG: MERAH,
    Predikat.SANGAT_KURANG: MERAH,
}
TINGKAT_WARNA = {"Tinggi": MERAH, "Sedang": KUNING, "Rendah": ABU}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TindakLanjutModels", text)


def angka(value: Decimal | None) -> str:
    """``18.75`` → ``18,75`` (two decimals); empty for None."""
    return "" if value is None else format_persen(value)


@dataclass(frozen=True)
class Kolom(Generic[T]):
    """One column of a read-only list: title, text of a row, tooltip, optional colour."""

    judul: str
    teks: Callable[[T], str]
    tooltip: str = ""
    warna: Callable[[T], tuple[str, str] | None] | None = None
    kanan: bool = False  # numbers: right-aligned
    lebar: int = 0  # initial width in pixels (0: stretch/auto)


class DaftarModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of DTOs, by column specification."""

    def __init__(self, kolom: Sequence[Kolom[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kolom = list(kolom)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, kolom = self.rows[index.row()], self.kolom[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return kolom.teks(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and kolom.kanan:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and kolom.warna is not None:
            warna = kolom.warna(row)
            if warna is None:
                return None
            return QBrush(QColor(warna[0] if role == Qt.ItemDataRole.BackgroundRole
                                 else warna[1]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.kolom):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.kolom[section].judul
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.kolom[section].tooltip or None
        return None


# ---------------------------------------------------------------------------
# Competency table


KOLOM_KOMPETENSI = (
    QT_TRANSLATE_NOOP("TindakLanjutModels", "No"),
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Jenis"),
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Nama kompetensi"),
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Standar"),
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Nilai"),
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Kesenjangan"),
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Catatan"),
)
TOOLTIP_KOMPETENSI = (
    QT_TRANSLATE_NOOP("TindakLanjutModels", "Nomor urut kompetensi pada formulir B.1.9."),
    QT_TRANSLATE_NOOP("TindakLanjutModels",
                      "Teknis (sesuai bidang jabatan, contoh: Pengelolaan Keuangan Daerah), "
                      "Manajerial (contoh: Integritas) atau Sosial Kultural (Perekat Bangsa)."),
    QT_TRANSLATE_NOOP("TindakLanjutModels",
                      "Nama kompetensi seperti pada standar kompetensi jabatan "
                      "(contoh: Komunikasi)."),
    QT_TRANSLATE_NOOP("TindakLanjutModels",
                      "Level yang dituntut jabatan, 1–5 (contoh: 3 untuk pelaksana/JF ahli "
                      "pertama pada umumnya)."),
    QT_TRANSLATE_NOOP("TindakLanjutModels",
                      "Level yang ditunjukkan pegawai menurut pengamatan penilai, 1–5."),
    QT_TRANSLATE_NOOP("TindakLanjutModels",
                      "Standar dikurangi nilai; lebih dari 0 berarti perlu pengembangan dan "
                      "masuk daftar kebutuhan pelatihan."),
    QT_TRANSLATE_NOOP("TindakLanjutModels",
                      "Bukti atau contoh perilaku yang diamati (contoh: sering terlambat "
                      "menyampaikan laporan)."),
)
COL_NO, COL_JENIS, COL_NAMA, COL_STANDAR, COL_NILAI, COL_GAP, COL_CATATAN = range(7)
_FIELDS = {COL_JENIS: "jenis", COL_NAMA: "nama", COL_STANDAR: "standar", COL_NILAI: "nilai",
           COL_CATATAN: "catatan"}


@dataclass
class Baris:
    jenis: JenisKompetensi
    nama: str
    standar: int
    nilai: int
    catatan: str = ""

    def as_input(self) -> KompetensiInput:
        return KompetensiInput(self.jenis, self.nama, self.standar, self.nilai, self.catatan)

    @classmethod
    def of(cls, item: KompetensiInput) -> Baris:
        return cls(item.jenis, item.nama, item.standar, item.nilai, item.catatan)


class _SetCell(QUndoCommand):
    def __init__(self, model: KompetensiModel, row: int, field_name: str, old: object,
                 new: object) -> None:
        super().__init__(QCoreApplication.translate(
            "TindakLanjutModels", "Ubah {kolom}").format(kolom=field_name))
        self.model, self.row, self.field_name, self.old, self.new = (
            model, row, field_name, old, new)

    def redo(self) -> None:
        self.model._put(self.row, self.field_name, self.new)

    def undo(self) -> None:
        self.model._put(self.row, self.field_name, self.old)


class _Replace(QUndoCommand):
    """Adds, removes or replaces lines (the whole list before and after)."""

    def __init__(self, model: KompetensiModel, text: str, new: list[Baris]) -> None:
        super().__init__(text)
        self.model = model
        self.old = [Baris(**vars(b)) for b in model.lines]
        self.new = new

    def redo(self) -> None:
        self.model._reset([Baris(**vars(b)) for b in self.new])

    def undo(self) -> None:
        self.model._reset([Baris(**vars(b)) for b in self.old])


class KompetensiModel(QAbstractTableModel):
    """The competency lines of one pegawai's evaluation; every edit is undoable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Baris] = []
        self.read_only = True
        self.undo_stack = QUndoStack(self)

    # --- loading ---------------------------------------------------------------------------------
    def load(self, items: Sequence[KompetensiInput], read_only: bool) -> None:
        self.read_only = read_only
        self._reset([Baris.of(i) for i in items])
        self.undo_stack.clear()

    def items(self) -> list[KompetensiInput]:
        return [b.as_input() for b in self.lines]

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def _reset(self, lines: list[Baris]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def _put(self, row: int, name: str, value: object) -> None:
        setattr(self.lines[row], name, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- editing ---------------------------------------------------------------------------------
    def add_line(self, item: KompetensiInput | None = None) -> int:
        item = item or KompetensiInput(JenisKompetensi.TEKNIS, "", 3, 3)
        self.undo_stack.push(_Replace(self, QCoreApplication.translate(
            "TindakLanjutModels", "Tambah kompetensi"),
                                      [*self.lines, Baris.of(item)]))
        return len(self.lines) - 1

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.undo_stack.push(_Replace(self, QCoreApplication.translate(
                "TindakLanjutModels", "Hapus kompetensi"),
                                          self.lines[:row] + self.lines[row + 1:]))

    def replace_all(self, items: Sequence[KompetensiInput], text: str) -> None:
        self.undo_stack.push(_Replace(self, text, [Baris.of(i) for i in items]))

    # --- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KOLOM_KOMPETENSI)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in _FIELDS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        b, col = self.lines[index.row()], index.column()
        gap = kesenjangan(b.standar, b.nilai)
        if role == Qt.ItemDataRole.DisplayRole:
            return {COL_NO: str(index.row() + 1), COL_JENIS: b.jenis.label, COL_NAMA: b.nama,
                    COL_STANDAR: str(b.standar), COL_NILAI: str(b.nilai),
                    COL_GAP: str(gap) if gap else QCoreApplication.translate(
                        "TindakLanjutModels", "—"), COL_CATATAN: b.catatan}.get(col)
        if role == Qt.ItemDataRole.EditRole:
            return {COL_JENIS: b.jenis.value, COL_NAMA: b.nama, COL_STANDAR: b.standar,
                    COL_NILAI: b.nilai, COL_CATATAN: b.catatan}.get(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAMA and not b.nama.strip():
                return QCoreApplication.translate(
                    "TindakLanjutModels",
                    "Nama kompetensi wajib diisi (contoh: Pengelolaan Kurikulum).")
            if col == COL_GAP and gap:
                return QCoreApplication.translate(
                    "TindakLanjutModels", "Nilai {n} di bawah standar {s}: masuk daftar kebutuhan "
                           "pelatihan.").format(n=b.nilai, s=b.standar)
            return _tr(TOOLTIP_KOMPETENSI[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NO, COL_STANDAR,
                                                                  COL_NILAI, COL_GAP):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            warna = None
            if col == COL_NAMA and not b.nama.strip():
                warna = MERAH
            elif col == COL_GAP:
                warna = (MERAH if gap >= 2 else KUNING) if gap else HIJAU
            if warna is None:
                return None
            return QBrush(QColor(warna[0] if role == Qt.ItemDataRole.BackgroundRole
                                 else warna[1]))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only
                or index.column() not in _FIELDS):
            return False
        name = _FIELDS[index.column()]
        try:
            if name == "jenis":
                value = JenisKompetensi(str(value))
            elif name in ("standar", "nilai"):
                value = int(value)
                if not LEVEL_MIN <= value <= LEVEL_MAX:
                    return False
            else:
                value = " ".join(str(value or "").split())
        except (TypeError, ValueError):
            return False
        old = getattr(self.lines[index.row()], name)
        if old == value:
            return False
        self.undo_stack.push(_SetCell(self, index.row(), name, old, value))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(KOLOM_KOMPETENSI):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(KOLOM_KOMPETENSI[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(TOOLTIP_KOMPETENSI[section])
        return None


# ---------------------------------------------------------------------------
# Tunjangan table


class _SetPersen(QUndoCommand):
    def __init__(self, model: TunjanganModel, row: int, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("TindakLanjutModels", "Ubah persen tunjangan"))
        self.model, self.row, self.old, self.new = model, row, old, new

    def redo(self) -> None:
        self.model._put(self.row, self.new)

    def undo(self) -> None:
        self.model._put(self.row, self.old)


class TunjanganModel(QAbstractTableModel):
    """Five rows (predikat) × (predikat, persen); the persen text as typed ("87,5")."""

    HEADERS = (QT_TRANSLATE_NOOP("TindakLanjutModels", "Predikat"),
               QT_TRANSLATE_NOOP("TindakLanjutModels", "Tunjangan (%)"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.predikat = list(Predikat)
        self.teks = ["" for _ in self.predikat]
        self.read_only = True
        self.undo_stack = QUndoStack(self)

    def load(self, persen: dict[Predikat, Decimal], read_only: bool) -> None:
        self.beginResetModel()
        self.teks = [format_persen(persen[p]) if p in persen else "" for p in self.predikat]
        self.read_only = read_only
        self.endResetModel()
        self.undo_stack.clear()

    def values(self) -> dict[Predikat, object]:
        return {p: t for p, t in zip(self.predikat, self.teks, strict=True)}

    def _put(self, row: int, text: str) -> None:
        self.teks[row] = text
        self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.predikat)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.predikat):
            return None
        p, col = self.predikat[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return p.label
            return self.teks[index.row()] or ("" if role == Qt.ItemDataRole.EditRole
                                              else QCoreApplication.translate(
                                                  "TindakLanjutModels", "(belum diisi)"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return QCoreApplication.translate(
                    "TindakLanjutModels", "Predikat kinerja tahunan pegawai.")
            return QCoreApplication.translate(
                "TindakLanjutModels", "Persen tunjangan kinerja/TPP yang diterima pegawai "
                "berpredikat {p}: 0–100, paling banyak dua desimal (contoh: 100 atau "
                "87,5).").format(p=p.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == 0:
            warna = PREDIKAT_WARNA[p]
            return QBrush(QColor(warna[0] if role == Qt.ItemDataRole.BackgroundRole
                                 else warna[1]))
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and not self.teks[index.row()]:
            return QBrush(QColor(ABU[1]))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 1
                or self.read_only):
            return False
        text = str(value if value is not None else "").strip()
        old = self.teks[index.row()]
        if text == old:
            return False
        self.undo_stack.push(_SetPersen(self, index.row(), old, text))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 2:
            return _tr(self.HEADERS[section])
        return None
