"""Matriks peran hasil of a unit (issue 3 point 7): who intervenes which leader RHK.

Rows are the unit's goals (sasaran unit) and the RHK of every leader in it;
columns are "Sasaran / RHK pimpinan", "Milik", "Dukungan" and then one column
per pegawai with an SKP, ticked where that pegawai's RHK intervenes the row. A
leader RHK (or goal) nobody supports says "Belum didukung" in red on a red tint:
text plus colour, never colour alone.
"""

from __future__ import annotations

import enum
import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import JenisRHK
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.matriks_peran import (
    BarisMatriks,
    MatriksPeranHasil,
    matriks_peran_hasil,
)
from kinerja_desktop.services.unit_kerja import UnitDTO, list_units

ModelIndex = QModelIndex | QPersistentModelIndex

MATRIKS_UNIT = settings.Setting(
    "skp/matriks_unit", str, "", "Unit terakhir yang dilihat di matriks peran hasil")
MATRIKS_SUBUNIT = settings.Setting(
    "skp/matriks_subunit", bool, True, "Matriks peran hasil termasuk sub-unit")

BarisRole = int(Qt.ItemDataRole.UserRole) + 1
"""The row's ``BarisMatriks``."""
PerluDukunganRole = int(Qt.ItemDataRole.UserRole) + 2
"""True when the row is a goal or RHK utama nobody supports yet."""

BELUM_FG = QColor("#a3261d")  # merah bata
BELUM_BG = QColor("#fbe0dc")
DIDUKUNG_FG = QColor("#1b6e2e")
NETRAL_FG = QColor("#5f5f5f")
SASARAN_BG = QColor("#eef3fb")


class Kolom(enum.IntEnum):
    URAIAN = 0
    MILIK = 1
    DUKUNGAN = 2


FIXED = len(Kolom)


def perlu_dukungan(baris: BarisMatriks) -> bool:
    """A goal or an RHK utama without supporters (an unsupported RHK tambahan is no alarm)."""
    return baris.tanpa_pendukung and baris.jenis_rhk is not JenisRHK.TAMBAHAN


def short_name(nama: str) -> str:
    """"Dr. H. Ahmad Fauzi, M.Pd." -> "Ahmad\\nFauzi": the header of a pegawai column."""
    core = nama.split(",")[0]
    words = [w for w in core.split() if not w.endswith(".")] or core.split()
    if len(words) <= 1:
        return " ".join(words)
    return words[0] + "\n" + " ".join(words[1:3])


def cascade_order(baris: list[BarisMatriks]) -> list[BarisMatriks]:
    """Goals first, then the RHK of each leader by his depth in the cascade.

    Depth: a goal is 0; a leader whose RHK supports a row of depth ``d`` is ``d + 1``
    (the head of unit 1, those below him 2, ...); within a depth the service's order stays.
    """
    depth: dict[str, int] = {}
    rows = [(0, b) for b in baris if b.jenis == "sasaran"]
    frontier = [b for b in baris if b.jenis == "sasaran"]
    level = 0
    seen: set[uuid.UUID] = set()
    while frontier:
        level += 1
        supporters = {p.pegawai_nama for b in frontier for p in b.pendukung}
        frontier = []
        for name in supporters:
            depth.setdefault(name, level)
        for b in baris:
            if b.jenis == "rhk" and b.id not in seen and depth.get(b.pemimpin_nama) == level:
                seen.add(b.id)
                frontier.append(b)
    deepest = level + 1
    rows += [(depth.get(b.pemimpin_nama, deepest), b) for b in baris if b.jenis == "rhk"]
    return [b for _, b in sorted(rows, key=lambda item: item[0])]


class MatriksModel(QAbstractTableModel):
    """One row per goal / leader RHK; fixed columns then one column per pegawai."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._m: MatriksPeranHasil | None = None
        self._rows: list[BarisMatriks] = []
        self._cols: list[tuple[uuid.UUID, str]] = []
        # (row, pegawai column) -> the supporting RHK texts of that pegawai
        self._cells: dict[tuple[int, int], list[str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_matriks(self, matriks: MatriksPeranHasil | None) -> None:
        self.beginResetModel()
        self._m = matriks
        self._rows = cascade_order(matriks.baris) if matriks else []
        self._cols = list(matriks.pegawai) if matriks else []
        pos = {pid: i for i, (pid, _) in enumerate(self._cols)}
        self._cells = {}
        for r, baris in enumerate(self._rows):
            for p in baris.pendukung:
                c = pos.get(p.pegawai_id)
                if c is not None:
                    self._cells.setdefault((r, c), []).append(p.rhk_uraian)
        self.endResetModel()

    @property
    def matriks(self) -> MatriksPeranHasil | None:
        return self._m

    def baris(self, row: int) -> BarisMatriks:
        return self._rows[row]

    def jumlah_perlu_dukungan(self) -> int:
        return sum(1 for b in self._rows if perlu_dukungan(b))

    # ---- structure ---------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED + len(self._cols)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    # ---- data --------------------------------------------------------------------------
    @staticmethod
    def jenis_text(baris: BarisMatriks) -> str:
        if baris.jenis == "sasaran":
            return QCoreApplication.translate("MatriksModel", "Sasaran unit")
        if baris.jenis_rhk is JenisRHK.TAMBAHAN:
            return QCoreApplication.translate("MatriksModel", "RHK tambahan")
        return QCoreApplication.translate("MatriksModel", "RHK utama")

    @staticmethod
    def dukungan_text(baris: BarisMatriks) -> str:
        if baris.tanpa_pendukung:
            return QCoreApplication.translate("MatriksModel", "Belum didukung")
        people = len({p.pegawai_id for p in baris.pendukung})
        return QCoreApplication.translate("MatriksModel", "Didukung {n} pegawai").format(
            n=people)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, c = index.row(), index.column()
        if not 0 <= c < FIXED + len(self._cols):
            return None
        baris = self._rows[r]
        if role == BarisRole:
            return baris
        if role == PerluDukunganRole:
            return perlu_dukungan(baris)
        alarm = perlu_dukungan(baris)
        if role == Qt.ItemDataRole.BackgroundRole:
            if alarm:
                return BELUM_BG
            return SASARAN_BG if baris.jenis == "sasaran" else None
        if c >= FIXED:
            return self._pegawai_cell(r, c - FIXED, role)
        kolom = Kolom(c)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if kolom is Kolom.URAIAN:
                return baris.uraian
            if kolom is Kolom.MILIK:
                return f"{self.jenis_text(baris)}\n{baris.pemimpin_nama}"
            return self.dukungan_text(baris)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kolom is Kolom.DUKUNGAN:
                if alarm:
                    return QCoreApplication.translate(
                        "MatriksModel", "Belum ada RHK bawahan yang mengintervensi baris ini; "
                        "hasil pimpinan ini tidak akan tercapai bila tidak ada yang "
                        "mengerjakannya.")
                if baris.tanpa_pendukung:
                    return QCoreApplication.translate(
                        "MatriksModel", "RHK tambahan belum didukung (tidak wajib).")
                return "\n".join(f"{p.pegawai_nama}: {p.rhk_uraian}" for p in baris.pendukung)
            if kolom is Kolom.MILIK:
                return f"{self.jenis_text(baris)} — {baris.pemimpin_nama}"
            return baris.uraian
        if role == Qt.ItemDataRole.ForegroundRole and kolom is Kolom.DUKUNGAN:
            if alarm:
                return BELUM_FG
            return NETRAL_FG if baris.tanpa_pendukung else DIDUKUNG_FG
        if role == Qt.ItemDataRole.FontRole and kolom is Kolom.DUKUNGAN and alarm:
            return self._bold
        return None

    def _pegawai_cell(self, r: int, c: int, role: int) -> Any:
        texts = self._cells.get((r, c))
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if texts else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (QCoreApplication.translate("MatriksModel", "mendukung") if texts else
                    QCoreApplication.translate("MatriksModel", "tidak mendukung"))
        if role == Qt.ItemDataRole.ToolTipRole and texts:
            return QCoreApplication.translate("MatriksModel", "{nama} mendukung lewat: {rhk}"
                                              ).format(nama=self._cols[c][1],
                                                       rhk="; ".join(texts))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and texts:
            return DIDUKUNG_FG
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return section + 1
            return None
        if not 0 <= section < FIXED + len(self._cols):
            return None
        if section >= FIXED:
            nama = self._cols[section - FIXED][1]
            if role == Qt.ItemDataRole.DisplayRole:
                return short_name(nama)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "MatriksModel", "{nama}: tanda ✓ bila salah satu RHK-nya mengintervensi "
                    "baris ini").format(nama=nama)
            return None
        kolom = Kolom(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if kolom is Kolom.URAIAN:
                return QCoreApplication.translate("MatriksModel", "Sasaran / RHK pimpinan")
            if kolom is Kolom.MILIK:
                return QCoreApplication.translate("MatriksModel", "Jenis dan pemilik")
            return QCoreApplication.translate("MatriksModel", "Dukungan")
        if role == Qt.ItemDataRole.ToolTipRole:
            if kolom is Kolom.URAIAN:
                return QCoreApplication.translate(
                    "MatriksModel", "Sasaran unit kerja dan Rencana Hasil Kerja (RHK) para "
                    "pimpinan di unit ini")
            if kolom is Kolom.MILIK:
                return QCoreApplication.translate(
                    "MatriksModel", "Sasaran unit, RHK utama atau RHK tambahan, dan siapa "
                    "pemiliknya")
            return QCoreApplication.translate(
                "MatriksModel", "Berapa pegawai yang RHK-nya mengintervensi baris ini; "
                "\"Belum didukung\" bila belum ada")
        return None


class MatriksView(QWidget):
    """The matriks peran hasil of one unit and year, with a unit picker and a detail line."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MatriksModel(self)
        self._units: list[UnitDTO] = []

        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(28)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setToolTip(self.tr(
            "Unit kerja yang matriksnya ditampilkan. Contoh: pilih Sekretariat untuk melihat "
            "RHK Sekretaris dan siapa yang mendukungnya."))
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)
        self.subunit = QCheckBox(self.tr("Termasuk sub-unit"))
        self.subunit.setChecked(settings.get(MATRIKS_SUBUNIT))
        self.subunit.setToolTip(self.tr(
            "Bila dicentang, pegawai di sub-unit ikut dihitung: kepala subbagian mendukung "
            "RHK kepala bagian di atasnya."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(unit_label)
        top.addWidget(self.unit_combo, 1)
        top.addWidget(self.subunit)

        self.table = QTableView()
        self.table.setObjectName("matriks_table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(78)
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.detail = QLabel()
        self.detail.setObjectName("matriks_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)

        self.empty = QLabel()
        self.empty.setObjectName("matriks_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.body.addWidget(self.split)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.body, 1)

        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.subunit.toggled.connect(self._subunit_toggled)
        ctx.tahun.changed.connect(self._year_changed)
        self.reload_units()

    # ---- data -------------------------------------------------------------------------------
    def _default_unit(self) -> uuid.UUID | None:
        saved = settings.get(MATRIKS_UNIT)
        if saved:
            try:
                return uuid.UUID(saved)
            except ValueError:
                pass
        if self.ctx.actor.role is not Role.ADMIN and self.ctx.actor.pegawai_id is not None:
            from kinerja_desktop.services.pegawai import get_pegawai

            try:
                return get_pegawai(self.ctx.db, self.ctx.actor, self.ctx.actor.pegawai_id).unit_id
            except UserError:
                return None
        return None

    def reload_units(self) -> None:
        keep = self.unit_id() or self._default_unit()
        try:
            self._units = list_units(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            self._units = []
        fill_unit_combo(self.unit_combo, self._units, None, keep)
        self.reload()

    def unit_id(self) -> uuid.UUID | None:
        return combo_unit(self.unit_combo)

    def show_unit(self, unit_id: uuid.UUID) -> None:
        pos = self.unit_combo.findData(str(unit_id))
        if pos < 0:
            self.reload_units()
            pos = self.unit_combo.findData(str(unit_id))
        if pos >= 0:
            self.unit_combo.setCurrentIndex(pos)

    def reload(self) -> None:
        unit_id = self.unit_id()
        tahun = self.ctx.tahun.value
        matriks: MatriksPeranHasil | None = None
        if unit_id is not None:
            try:
                matriks = matriks_peran_hasil(self.ctx.db, self.ctx.actor, unit_id, tahun,
                                              termasuk_subunit=self.subunit.isChecked())
            except UserError as exc:
                show_error(self, exc)
        self.model.set_matriks(matriks)
        self._layout_columns()
        self._update_texts(tahun)

    def _layout_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.resizeSection(Kolom.URAIAN, 330)
        header.resizeSection(Kolom.MILIK, 170)
        header.resizeSection(Kolom.DUKUNGAN, 140)
        self.table.resizeRowsToContents()

    def _update_texts(self, tahun: int) -> None:
        m = self.model.matriks
        if not self._units:
            self.empty.setText(self.tr("Belum ada unit kerja. Susun unit kerja di halaman "
                                       "Unit Kerja terlebih dahulu."))
            self.body.setCurrentWidget(self.empty)
            self.summary.setText("")
            self._selected()
            return
        if m is None or not m.baris:
            self.empty.setText(self.tr(
                "Belum ada sasaran unit atau RHK pimpinan untuk unit ini pada tahun {tahun}. "
                "Isi sasaran unit di halaman Unit Kerja (tab Kepala & sasaran), lalu susun SKP "
                "pimpinan dan bawahannya.").format(tahun=tahun))
            self.body.setCurrentWidget(self.empty)
            self.summary.setText("")
            self._selected()
            return
        self.body.setCurrentWidget(self.split)
        belum = self.model.jumlah_perlu_dukungan()
        total = sum(1 for b in m.baris if b.jenis_rhk is not JenisRHK.TAMBAHAN)
        if belum:
            self.summary.setText(self.tr(
                "<span style='color:#a3261d'><b>{n} dari {total}</b> sasaran unit dan RHK "
                "utama pimpinan belum didukung</span> bawahan (baris merah bertanda "
                "\"Belum didukung\"). {unit}, tahun {tahun}.").format(
                    n=belum, total=total, unit=_html(m.unit_nama), tahun=tahun))
        else:
            self.summary.setText(self.tr(
                "<span style='color:#1b6e2e'><b>Semua {total}</b> sasaran unit dan RHK utama "
                "pimpinan sudah didukung.</span> {unit}, tahun {tahun}.").format(
                    total=total, unit=_html(m.unit_nama), tahun=tahun))
        self._selected()

    def _selected(self, selected: QItemSelection | None = None,
                  deselected: QItemSelection | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.setText(self.tr(
                "Pilih satu baris untuk melihat RHK bawahan yang mendukungnya. Arahkan tetikus "
                "ke tanda ✓ untuk melihat RHK pendukung."))
            return
        baris = self.model.baris(rows[0].row())
        head = f"<b>{_html(baris.uraian)}</b> — {_html(MatriksModel.jenis_text(baris))} " \
               f"{_html(baris.pemimpin_nama)}<br>"
        if baris.tanpa_pendukung:
            self.detail.setText(head + self.tr(
                "Belum didukung: belum ada RHK bawahan yang mengintervensi baris ini. "
                "Bawahan dapat memilihnya di editor SKP, kolom \"RHK pimpinan yang "
                "diintervensi\"."))
            return
        items = "".join(f"<li>{_html(p.pegawai_nama)}: {_html(p.rhk_uraian)}</li>"
                        for p in baris.pendukung)
        self.detail.setText(head + self.tr("Didukung oleh:") + f"<ul>{items}</ul>")

    def _unit_changed(self, index: int) -> None:
        unit_id = self.unit_id()
        if unit_id is not None:
            settings.set(MATRIKS_UNIT, str(unit_id))
        self.reload()

    def _subunit_toggled(self, on: bool) -> None:
        settings.set(MATRIKS_SUBUNIT, on)
        self.reload()

    def _year_changed(self, tahun: int) -> None:
        if shiboken6.isValid(self):
            self.reload()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
