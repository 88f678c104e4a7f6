"""Beranda (SCREENS §4): "Tugas saya" first, then progress per unit and the predikat
distribution against the kurva, with the late items.

The head counts on the cards are read at once (two small queries, so the page is never
empty); the dashboard itself (services/dashboard.py) is read in the background (a
``gui.jobs.LatestJob`` without a dialog) and shown when it arrives.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import IntEnum

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.kurva_distribusi import judul_kurva
from kinerja_desktop.domain.periode import Periode
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob
from kinerja_desktop.gui.kurva_chart import KurvaChart
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.periode_choice import fill_periode_combo, read_periods
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.dashboard import (
    Dashboard,
    ItemTerlambat,
    JenisTerlambat,
    JenisTugas,
    ProgresUnit,
    Tugas,
    dashboard,
)
from kinerja_desktop.services.pegawai import count_pegawai
from kinerja_desktop.services.unit_kerja import UnitDTO, list_units

HIJAU = QColor("#1b7a1b")
KUNING = QColor("#9a6700")
MERAH = QColor("#b3261e")
ABU = QColor("#6b6b6b")
_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
#: "Tugas saya" lines shown at most (the rest summed up in one line).
MAKS_TUGAS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("BerandaPage", text)


def progres_text(done: int, total: int) -> str:
    """``45/50 (90 %)``; the percentage rounded down, so 100 % means all done."""
    if total <= 0:
        return "—"
    return f"{_LOCALE.toString(done)}/{_LOCALE.toString(total)} ({done * 100 // total} %)"


def progres_color(done: int, total: int) -> QColor | None:
    if total <= 0:
        return None
    if done >= total:
        return HIJAU
    return KUNING if done * 4 >= total * 3 else MERAH


def sisa_text(sisa: int | None) -> str:
    if sisa is None:
        return ""
    if sisa > 0:
        return QCoreApplication.translate("BerandaPage", "{n} hari lagi").format(n=sisa)
    if sisa == 0:
        return QCoreApplication.translate("BerandaPage", "hari ini")
    return QCoreApplication.translate("BerandaPage", "terlambat {n} hari").format(n=-sisa)


_STATUS_SKP: dict[StatusSKP, str] = {
    StatusSKP.DRAFT: QT_TRANSLATE_NOOP(
        "BerandaPage", "SKP Anda tahun {tahun} masih draf: lengkapi lalu ajukan ke pejabat "
        "penilai"),
    StatusSKP.DIAJUKAN: QT_TRANSLATE_NOOP(
        "BerandaPage", "SKP Anda tahun {tahun} menunggu persetujuan pejabat penilai"),
    StatusSKP.DITETAPKAN: QT_TRANSLATE_NOOP("BerandaPage", "SKP Anda tahun {tahun} ditetapkan"),
    StatusSKP.DIGANTIKAN: QT_TRANSLATE_NOOP("BerandaPage", "SKP Anda tahun {tahun} digantikan"),
}
_JENIS_TERLAMBAT: dict[JenisTerlambat, str] = {
    JenisTerlambat.SKP: QT_TRANSLATE_NOOP("BerandaPage", "SKP belum ditetapkan"),
    JenisTerlambat.REALISASI: QT_TRANSLATE_NOOP("BerandaPage", "Realisasi belum diisi"),
    JenisTerlambat.PENILAIAN: QT_TRANSLATE_NOOP("BerandaPage", "Belum dinilai"),
}


def tugas_text(t: Tugas, d: Dashboard) -> str:
    """One "Tugas saya" line in words."""
    p = d.periode
    batas = tanggal(t.batas) if t.batas else ""
    sisa = sisa_text(t.sisa_hari)
    if t.jenis is JenisTugas.SKP_MENUNGGU:
        return QCoreApplication.translate(
            "BerandaPage", "{n} SKP menunggu persetujuan Anda").format(n=t.jumlah)
    if t.jenis is JenisTugas.BELUM_DINILAI:
        return QCoreApplication.translate(
            "BerandaPage", "{n} pegawai belum dinilai untuk {periode}; tenggat {batas} "
            "({sisa})").format(n=t.jumlah, periode=p.label, batas=batas, sisa=sisa)
    if t.jenis is JenisTugas.SKP_SAYA:
        if t.status_skp is None:
            return QCoreApplication.translate(
                "BerandaPage", "Anda belum memiliki SKP tahun {tahun} yang ditetapkan; batas "
                "penetapan {batas} ({sisa})").format(tahun=d.tahun, batas=batas, sisa=sisa)
        return _tr(_STATUS_SKP[t.status_skp]).format(tahun=d.tahun)
    if t.jenis is JenisTugas.REALISASI_SAYA:
        return QCoreApplication.translate(
            "BerandaPage", "Isi realisasi {periode}; tenggat {batas} ({sisa})").format(
            periode=p.label, batas=batas, sisa=sisa)
    parts = []
    if t.terlambat_skp:
        parts.append(QCoreApplication.translate(
            "BerandaPage", "{n} SKP belum ditetapkan").format(n=t.terlambat_skp))
    if t.terlambat_realisasi:
        parts.append(QCoreApplication.translate(
            "BerandaPage", "{n} realisasi belum diisi").format(n=t.terlambat_realisasi))
    if t.terlambat_penilaian:
        parts.append(QCoreApplication.translate(
            "BerandaPage", "{n} belum dinilai").format(n=t.terlambat_penilaian))
    return QCoreApplication.translate(
        "BerandaPage", "{unit} terlambat: {what}").format(unit=t.unit_nama, what=", ".join(parts))


def tugas_terlambat(t: Tugas) -> bool:
    return t.jenis is JenisTugas.UNIT_TERLAMBAT or (t.sisa_hari is not None and t.sisa_hari < 0)


# ---------------------------------------------------------------------------
# models


class UnitColumn(IntEnum):
    UNIT = 0
    PEGAWAI = 1
    SKP = 2
    REALISASI = 3
    DINILAI = 4
    TERLAMBAT = 5
    KURVA = 6


_UNIT_HEADERS: dict[UnitColumn, tuple[str, str]] = {
    UnitColumn.UNIT: (QT_TRANSLATE_NOOP("UnitProgresModel", "Unit kerja"),
                      QT_TRANSLATE_NOOP("UnitProgresModel",
                                        "Unit dan sub-unitnya; angka unit induk sudah termasuk "
                                        "sub-unit di bawahnya.")),
    UnitColumn.PEGAWAI: (QT_TRANSLATE_NOOP("UnitProgresModel", "Pegawai"),
                         QT_TRANSLATE_NOOP("UnitProgresModel", "Pegawai aktif")),
    UnitColumn.SKP: (QT_TRANSLATE_NOOP("UnitProgresModel", "SKP ditetapkan"),
                     QT_TRANSLATE_NOOP("UnitProgresModel",
                                       "Pegawai aktif yang SKP-nya ditetapkan untuk periode "
                                       "ini, dari semua pegawai aktif. Contoh: 45/50 (90 %).")),
    UnitColumn.REALISASI: (QT_TRANSLATE_NOOP("UnitProgresModel", "Realisasi diisi"),
                           QT_TRANSLATE_NOOP("UnitProgresModel",
                                             "Dari pegawai dengan SKP ditetapkan: yang sudah "
                                             "mengisi realisasi periode ini.")),
    UnitColumn.DINILAI: (QT_TRANSLATE_NOOP("UnitProgresModel", "Dinilai"),
                         QT_TRANSLATE_NOOP("UnitProgresModel",
                                           "Dari pegawai dengan SKP ditetapkan: yang sudah "
                                           "dinilai pejabat penilai untuk periode ini.")),
    UnitColumn.TERLAMBAT: (QT_TRANSLATE_NOOP("UnitProgresModel", "Terlambat"),
                           QT_TRANSLATE_NOOP("UnitProgresModel",
                                             "SKP, realisasi dan penilaian yang lewat "
                                             "tenggatnya.")),
    UnitColumn.KURVA: (QT_TRANSLATE_NOOP("UnitProgresModel", "Kurva"),
                       QT_TRANSLATE_NOOP("UnitProgresModel",
                                         "Distribusi predikat dibandingkan kurva capaian "
                                         "kinerja organisasi unit (hanya pertimbangan).")),
}


class UnitProgresModel(QAbstractTableModel):
    """Progress per unit: text + colour; ``UserRole`` gives the ProgresUnit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgresUnit] = []

    def set_rows(self, rows: list[ProgresUnit]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(UnitColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(UnitColumn):
            return None
        title, tip = _UNIT_HEADERS[UnitColumn(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UnitProgresModel", title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("UnitProgresModel", tip)
        return None

    @staticmethod
    def _progress(u: ProgresUnit, col: UnitColumn) -> tuple[int, int]:
        if col is UnitColumn.SKP:
            return u.skp_ditetapkan, u.pegawai
        if col is UnitColumn.REALISASI:
            return u.realisasi_diisi, u.skp_ditetapkan
        return u.dinilai, u.skp_ditetapkan

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        u = self.rows[index.row()]
        col = UnitColumn(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return u
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(u, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(u, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(u, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col is not UnitColumn.UNIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, u: ProgresUnit, col: UnitColumn) -> str:
        if col is UnitColumn.UNIT:
            return "\u2003" * u.depth + u.nama
        if col is UnitColumn.PEGAWAI:
            return _LOCALE.toString(u.pegawai)
        if col in (UnitColumn.SKP, UnitColumn.REALISASI, UnitColumn.DINILAI):
            return progres_text(*self._progress(u, col))
        if col is UnitColumn.TERLAMBAT:
            return _LOCALE.toString(u.terlambat) if u.terlambat else "—"
        if u.predikat_organisasi is None:
            return QCoreApplication.translate("UnitProgresModel", "Tidak diperiksa")
        if u.peringatan:
            return QCoreApplication.translate("UnitProgresModel", "{n} peringatan").format(
                n=len(u.peringatan))
        return QCoreApplication.translate("UnitProgresModel", "Sesuai")

    def _color(self, u: ProgresUnit, col: UnitColumn) -> QColor | None:
        if col in (UnitColumn.SKP, UnitColumn.REALISASI, UnitColumn.DINILAI):
            return progres_color(*self._progress(u, col))
        if col is UnitColumn.TERLAMBAT:
            return MERAH if u.terlambat else HIJAU
        if col is UnitColumn.KURVA:
            if u.predikat_organisasi is None:
                return ABU
            return KUNING if u.peringatan else HIJAU
        return None

    def _tooltip(self, u: ProgresUnit, col: UnitColumn) -> str:
        if col is UnitColumn.UNIT:
            return QCoreApplication.translate(
                "UnitProgresModel", "{kode} {nama}: {n} pegawai langsung di unit ini, "
                      "{total} bersama sub-unit").format(kode=u.kode, nama=u.nama,
                                                         n=u.langsung, total=u.pegawai)
        if col is UnitColumn.TERLAMBAT:
            return QCoreApplication.translate(
                "UnitProgresModel", "SKP belum ditetapkan: {skp} · realisasi belum diisi: "
                      "{real} · belum dinilai: {nilai}").format(
                skp=u.terlambat_skp, real=u.terlambat_realisasi, nilai=u.terlambat_penilaian)
        if col is UnitColumn.KURVA:
            if u.predikat_organisasi is None:
                return QCoreApplication.translate(
                    "UnitProgresModel", "Capaian kinerja organisasi unit ini untuk periode "
                          "ini belum ditetapkan, jadi kurva distribusi tidak diperiksa.")
            if not u.peringatan:
                return QCoreApplication.translate(
                    "UnitProgresModel", "Distribusi predikat sesuai pola kurva "
                          "organisasi {org}.").format(org=u.predikat_organisasi.label)
            return "\n".join(w.pesan for w in u.peringatan)
        return QCoreApplication.translate("UnitProgresModel", _UNIT_HEADERS[col][1])


class TerlambatColumn(IntEnum):
    JENIS = 0
    PEGAWAI = 1
    NIP = 2
    UNIT = 3
    BATAS = 4
    HARI = 5


_TERLAMBAT_HEADERS: dict[TerlambatColumn, str] = {
    TerlambatColumn.JENIS: QT_TRANSLATE_NOOP("TerlambatModel", "Yang terlambat"),
    TerlambatColumn.PEGAWAI: QT_TRANSLATE_NOOP("TerlambatModel", "Pegawai"),
    TerlambatColumn.NIP: QT_TRANSLATE_NOOP("TerlambatModel", "NIP"),
    TerlambatColumn.UNIT: QT_TRANSLATE_NOOP("TerlambatModel", "Unit kerja"),
    TerlambatColumn.BATAS: QT_TRANSLATE_NOOP("TerlambatModel", "Tenggat"),
    TerlambatColumn.HARI: QT_TRANSLATE_NOOP("TerlambatModel", "Terlambat"),
}


class TerlambatModel(QAbstractTableModel):
    """The late items; ``UserRole`` gives the ItemTerlambat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemTerlambat] = []

    def set_rows(self, rows: list[ItemTerlambat]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TerlambatColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(TerlambatColumn)):
            return QCoreApplication.translate(
                "TerlambatModel", _TERLAMBAT_HEADERS[TerlambatColumn(section)])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        col = TerlambatColumn(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TerlambatColumn.JENIS: lambda: _tr(_JENIS_TERLAMBAT[item.jenis]),
                TerlambatColumn.PEGAWAI: lambda: item.nama,
                TerlambatColumn.NIP: lambda: item.nip,
                TerlambatColumn.UNIT: lambda: item.unit_nama,
                TerlambatColumn.BATAS: lambda: tanggal(item.batas),
                TerlambatColumn.HARI: lambda: QCoreApplication.translate(
                    "TerlambatModel", "{n} hari").format(n=item.hari),
            }[col]()
        if role == Qt.ItemDataRole.ForegroundRole and col in (TerlambatColumn.JENIS,
                                                              TerlambatColumn.HARI):
            return MERAH
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "TerlambatModel", "Klik ganda untuk membuka halaman {page}").format(
                page="SKP" if item.page == "skp" else "Penilaian")
        if role == Qt.ItemDataRole.TextAlignmentRole and col is TerlambatColumn.HARI:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DistribusiChart(KurvaChart):
    """The KurvaChart, also for a unit without a capaian kinerja organisasi: bars only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tanpa_kurva = False

    def set_unit(self, u: ProgresUnit) -> None:
        self.tanpa_kurva = u.predikat_organisasi is None
        if u.predikat_organisasi is not None:
            self.set_data(u.jumlah_predikat(), u.predikat_organisasi)
        else:
            self.counts = u.jumlah_predikat()
            self.warnings = []
            self.update()

    def clear(self) -> None:
        self.tanpa_kurva = True
        self.counts = {p: 0 for p in self.counts}
        self.warnings = []
        self.update()

    @property
    def total(self) -> int:
        # KurvaChart draws the dashed curve only for a non-zero total.
        return 0 if self.tanpa_kurva else sum(self.counts.values())


# ---------------------------------------------------------------------------
# the page


def _heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class BerandaPage(QWidget):
    """Beranda: tugas saya, progress per unit, predikat against the curve, late items."""

    import_requested = Signal()
    demo_requested = Signal()
    page_requested = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._locale = _LOCALE
        self.today = dt.date.today()
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.sees_units = ctx.actor.role in (Role.ADMIN, Role.OPERATOR, Role.PENILAI)
        self.periods: list[Periode] = []
        self.data: Dashboard | None = None
        self.load_job: JobHandle[Dashboard] | None = None
        self._job_key: tuple[int, str, uuid.UUID | None] | None = None
        self._loader = LatestJob(self)
        self._periods_year = 0
        self._loaded = False
        self._units_stamp: tuple[tuple[uuid.UUID, int], ...] | None = None
        self.pegawai_total = 0
        self.unit_total = 0

        self.heading = _heading(self.tr("Selamat datang, {user}").format(
            user=ctx.actor.username), 1.3)
        site = ctx.site
        if site is not None:
            site_text = self.tr("{name} · kode situs {code} · peran situs: {role}").format(
                name=site.name, code=site.code, role=site.role.label)
        else:
            site_text = self.tr("Situs belum disiapkan: jalankan aplikasi tanpa --smoke untuk "
                                "membuka wizard pertama kali.")
        self.site_label = QLabel(site_text)
        self.site_label.setWordWrap(True)
        self.role_label = QLabel(self.tr("Anda masuk sebagai {role}.").format(
            role=ctx.actor.role.label))

        # --- cards and filters
        top = QHBoxLayout()
        self.pegawai_count = self._card(top, self.tr("Pegawai aktif"), "pegawai")
        self.unit_count = self._card(top, self.tr("Unit kerja"), "unit_kerja")
        top.addSpacing(12)
        filters = QVBoxLayout()
        self.periode_combo = QComboBox()
        self.periode_combo.setToolTip(self.tr(
            "Periode yang diringkas (contoh: TRIWULAN I = Januari–Maret). Yang dipilih "
            "otomatis: periode terakhir yang sudah berakhir."))
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr(
            "Hanya unit ini dan sub-unitnya (contoh: Sekretariat). \"Semua unit\" meringkas "
            "semua unit yang dapat Anda lihat."))
        self.unit_combo.setMinimumContentsLength(22)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for caption, combo in ((self.tr("&Periode:"), self.periode_combo),
                               (self.tr("&Unit:"), self.unit_combo)):
            row = QHBoxLayout()
            label = QLabel(caption)
            label.setBuddy(combo)
            label.setMinimumWidth(56)
            label.setVisible(combo is self.periode_combo or self.sees_units)
            combo.setVisible(combo is self.periode_combo or self.sees_units)
            row.addWidget(label)
            row.addWidget(combo, 1)
            filters.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setObjectName("beranda_status")
        filters.addWidget(self.status_label)
        top.addLayout(filters, 1)

        # --- empty state: no pegawai yet
        self.empty_box = QFrame()
        self.empty_box.setFrameShape(QFrame.Shape.StyledPanel)
        empty = QVBoxLayout(self.empty_box)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        bold = self.empty_label.font()
        bold.setBold(True)
        self.empty_label.setFont(bold)
        empty.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Impor dari Excel…"))
        self.import_button.setToolTip(self.tr(
            "Memilih berkas .xlsx berisi daftar pegawai; pratinjau ditampilkan sebelum "
            "apa pun disimpan. Templat tersedia di halaman Pegawai."))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Buat data contoh…"))
        self.demo_button.setToolTip(self.tr(
            "Membuat unit kerja dan pegawai rekaan untuk latihan (jangan di basis data kantor "
            "yang sebenarnya)."))
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        empty.addLayout(buttons)
        empty.addWidget(QLabel(self.tr("<b>Langkah berikutnya</b>")))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        empty.addWidget(self.next_label)

        # --- tugas saya
        self.tugas_title = _heading(self.tr("Tugas saya"), 1.1)
        self.tugas_list = QListWidget()
        self.tugas_list.setObjectName("tugas_saya")
        self.tugas_list.setToolTip(self.tr(
            "Yang perlu Anda kerjakan untuk periode yang dipilih. Klik ganda untuk membuka "
            "halamannya."))
        self.tugas_list.setMaximumHeight(112)
        self.tugas_list.itemActivated.connect(self._tugas_activated)
        self.tugas_list.itemDoubleClicked.connect(self._tugas_activated)

        # --- progress per unit and late items
        self.unit_model = UnitProgresModel(self)
        self.unit_table = QTableView()
        self.unit_table.setObjectName("progres_unit")
        self.unit_table.setModel(self.unit_model)
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_table.setAlternatingRowColors(True)
        self.unit_table.setWordWrap(False)
        self.unit_table.verticalHeader().hide()
        self.unit_table.verticalHeader().setDefaultSectionSize(24)
        header = self.unit_table.horizontalHeader()
        header.setSectionResizeMode(UnitColumn.UNIT, QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the unit names keep ~180 px beside the chart on a 1366 px
        # screen; the names are what the reader scans first.
        for col, width in ((UnitColumn.PEGAWAI, 62), (UnitColumn.SKP, 104),
                           (UnitColumn.REALISASI, 104), (UnitColumn.DINILAI, 104),
                           (UnitColumn.TERLAMBAT, 68), (UnitColumn.KURVA, 96)):
            header.resizeSection(col, width)
        header.setMinimumSectionSize(48)
        self.unit_table.setAccessibleName(self.tr("Tabel progres per unit"))
        self.unit_table.selectionModel().currentRowChanged.connect(self._unit_row_changed)

        self.late_model = TerlambatModel(self)
        self.late_table = QTableView()
        self.late_table.setObjectName("terlambat")
        self.late_table.setModel(self.late_model)
        self.late_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.late_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.late_table.setAlternatingRowColors(True)
        self.late_table.setWordWrap(False)
        self.late_table.verticalHeader().hide()
        self.late_table.verticalHeader().setDefaultSectionSize(24)
        late_header = self.late_table.horizontalHeader()
        late_header.setSectionResizeMode(TerlambatColumn.PEGAWAI, QHeaderView.ResizeMode.Stretch)
        for tcol, width in ((TerlambatColumn.JENIS, 160), (TerlambatColumn.NIP, 150),
                            (TerlambatColumn.UNIT, 190), (TerlambatColumn.BATAS, 130),
                            (TerlambatColumn.HARI, 80)):
            late_header.resizeSection(tcol, width)
        self.late_table.setToolTip(self.tr(
            "SKP, realisasi dan penilaian yang lewat tenggat periode ini. Klik ganda untuk "
            "membuka halaman tempat menyelesaikannya."))
        self.late_table.doubleClicked.connect(self._late_activated)
        self.late_note = QLabel()
        self.late_note.setWordWrap(True)
        late_box = QWidget()
        late_layout = QVBoxLayout(late_box)
        late_layout.setContentsMargins(0, 4, 0, 0)
        late_layout.addWidget(self.late_note)
        late_layout.addWidget(self.late_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.unit_table, self.tr("Progres per unit"))
        self.tabs.addTab(late_box, self.tr("Terlambat"))

        # --- chart
        self.chart = DistribusiChart()
        self.chart_title = QLabel()
        self.chart_title.setWordWrap(True)
        self.chart_title.setObjectName("kurva_title")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("kurva_warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setToolTip(self.tr(
            "Peringatan kurva distribusi hanya sebagai pertimbangan pimpinan dan penilai."))
        side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.chart_title)
        side_layout.addWidget(self.chart, 1)
        legend = QLabel(self.tr(
            "SK = Sangat Kurang · K = Kurang/Misconduct · BP = Butuh Perbaikan · B = Baik · "
            "SB = Sangat Baik. Garis putus-putus: pola kurva."))
        legend.setWordWrap(True)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.warnings_label)
        side.setMinimumWidth(260)
        side.setMaximumWidth(360)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.tabs)
        self.body.addWidget(side)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.body.setSizes([800, 320])
        self.body.setVisible(self.sees_units)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.site_label)
        layout.addWidget(self.role_label)
        layout.addLayout(top)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.tugas_title)
        layout.addWidget(self.tugas_list)
        layout.addWidget(self.body, 1)
        self._stretch = QWidget()  # takes the room the body leaves (pegawai, empty state)
        layout.addWidget(self._stretch, 1)

        self.periode_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.reload())
        ctx.tahun.changed.connect(self._year_changed)
        self.reload()

    def _card(self, row: QHBoxLayout, title: str, page: str) -> QLabel:
        """A clickable card: a big number over its title; returns the number label."""
        button = QPushButton()
        button.setMinimumSize(QSize(160, 72))
        button.setToolTip(self.tr("Buka halaman {title}").format(title=title))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.page_requested.emit(page))
        inner = QVBoxLayout(button)
        number = QLabel("0")
        font = number.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        number.setFont(font)
        caption = QLabel(title)
        for label in (number, caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(label)
        row.addWidget(button)
        return number

    # --- state ---------------------------------------------------------------------------------
    @property
    def tahun(self) -> int:
        return self._ctx.tahun.value

    def current_periode(self) -> Periode | None:
        i = self.periode_combo.currentIndex()
        return self.periods[i] if 0 <= i < len(self.periods) else None

    def set_periode(self, key: str) -> None:
        pos = self.periode_combo.findData(key)
        if pos >= 0:
            self.periode_combo.setCurrentIndex(pos)

    def _fill_periods(self) -> None:
        keep = self.periode_combo.currentData() if self._periods_year == self.tahun else None
        self.periods = read_periods(self, self._ctx, self.tahun)
        self._periods_year = self.tahun
        fill_periode_combo(self.periode_combo, self.periods, keep, self.today)

    def _fill_units(self, units: list[UnitDTO]) -> None:
        """Refills the unit filter only when the units changed (400 units cost ~20 ms)."""
        stamp = tuple((u.id, u.version) for u in units)
        if stamp == self._units_stamp:
            return
        self._units_stamp = stamp
        fill_unit_combo(self.unit_combo, units, self.tr("Semua unit"),
                        combo_unit(self.unit_combo))

    def _year_changed(self, tahun: int) -> None:
        del tahun
        if shiboken6.isValid(self):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> JobHandle[Dashboard] | None:
        """Head counts now; the dashboard of the chosen period in the background."""
        if self._periods_year != self.tahun:
            self._fill_periods()
        self._reload_counts()
        p = self.current_periode()
        if p is None:
            return None
        unit_id = combo_unit(self.unit_combo) if self.sees_units else None
        key = (self.tahun, p.key, unit_id)
        if self._loader.running and key == self._job_key:
            return self.load_job  # the same read is already on its way
        self._loaded = True
        db, actor, today = self._ctx.db, self._ctx.actor, self.today

        def work(progress: JobProgress) -> Dashboard:
            del progress  # a handful of queries
            return dashboard(db, actor, key[0], key[1], unit_id=unit_id, today=today)

        def done(result: Dashboard) -> None:
            self.status_label.clear()
            self.show_dashboard(result)

        def failed(exc: BaseException) -> None:
            self.status_label.setText(self.tr("Ringkasan tidak dapat dibaca."))
            show_error(self, exc)

        self.status_label.setText(self.tr("Membaca ringkasan {periode}…").format(
            periode=p.label))
        self._job_key = key
        self.load_job = self._loader.start(self.tr("Membaca ringkasan beranda"), work, done,
                                           failed, show_dialog=False)
        return self.load_job

    def _reload_counts(self) -> None:
        try:
            pegawai = count_pegawai(self._ctx.db, self._ctx.actor, aktif_only=True)
            units = list_units(self._ctx.db, self._ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            pegawai, units = 0, []
        self.pegawai_count.setText(self._locale.toString(pegawai))
        self.unit_count.setText(self._locale.toString(len(units)))
        self.pegawai_total = pegawai
        self.unit_total = len(units)
        if self.is_admin or self._ctx.actor.role is Role.OPERATOR:
            self._fill_units(units)
        empty = pegawai == 0
        self.empty_box.setVisible(empty)
        self.body.setVisible(self.sees_units and not empty)
        self._stretch.setVisible(not self.body.isVisibleTo(self))
        if self.is_admin:
            self.empty_label.setText(self.tr(
                "Belum ada pegawai. Impor dari Excel atau buat data contoh."))
        else:
            self.empty_label.setText(self.tr(
                "Belum ada pegawai yang dapat Anda lihat. Admin kantor mengisi data pegawai."))
        self.import_button.setVisible(self.is_admin)
        self.demo_button.setVisible(self.is_admin)
        steps: list[str] = []
        if self.is_admin:
            if not units:
                steps.append(self.tr("Susun <b>Unit Kerja</b> kantor: unit paling atas (dinas "
                                     "atau badan), lalu bidang dan subbagiannya."))
            steps.append(self.tr("Isi data <b>Pegawai</b>: impor dari Excel (unduh templat "
                                 "di halaman Pegawai) atau seret berkas .xlsx ke jendela ini."))
        steps.append(self.tr("Susun <b>SKP</b> tahun {tahun}: Rencana Hasil Kerja, indikator "
                             "dan target, lalu ajukan ke pejabat penilai.").format(
            tahun=self.tahun))
        self.next_label.setText("<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>")

    # --- showing -------------------------------------------------------------------------------
    def show_dashboard(self, d: Dashboard) -> None:
        self.data = d
        self._show_tugas(d)
        if self._ctx.actor.role is Role.PENILAI:
            current = combo_unit(self.unit_combo)
            if current is None:  # the units of his tree, as the first read found them
                fill_unit_combo(self.unit_combo, [
                    UnitDTO(u.unit_id, u.kode, u.nama, u.parent_id, None, u.langsung, 0)
                    for u in d.units], self.tr("Semua unit saya"))
        self.unit_model.set_rows(list(d.units))
        self.late_model.set_rows(list(d.terlambat))
        total = sum(d.terlambat_total.values())
        self.tabs.setTabText(1, self.tr("Terlambat ({n})").format(n=self._locale.toString(total))
                             if total else self.tr("Terlambat"))
        if not total:
            self.late_note.setText(self.tr(
                "Tidak ada yang terlambat untuk {periode}: SKP (batas {skp}), realisasi "
                "(tenggat {real}) dan penilaian (tenggat {nilai}).").format(
                periode=d.periode.label, skp=tanggal(d.batas_skp),
                real=tanggal(d.periode.batas_realisasi), nilai=tanggal(d.periode.batas_penilaian)))
        elif d.terlambat_terpotong:
            self.late_note.setText(self.tr(
                "{n} yang terlambat; {shown} pertama ditampilkan. Pilih unit untuk "
                "mempersempit.").format(n=total, shown=len(d.terlambat)))
        else:
            self.late_note.setText(self.tr("{n} yang terlambat pada {periode}.").format(
                n=total, periode=d.periode.label))
        if d.units:
            self.unit_table.selectRow(0)
            self.unit_table.horizontalScrollBar().setValue(0)  # the unit names first
            self._show_chart(d.units[0])
        else:
            self.chart.clear()
            self.chart_title.setText(self.tr("Belum ada unit kerja untuk diringkas."))
            self.warnings_label.clear()
        self.loaded.emit()

    def _show_tugas(self, d: Dashboard) -> None:
        self.tugas_list.clear()
        shown = d.tugas[:MAKS_TUGAS]
        for t in shown:
            item = QListWidgetItem(tugas_text(t, d))
            item.setData(Qt.ItemDataRole.UserRole, t.page)
            item.setToolTip(self.tr("Klik ganda untuk membuka halaman yang sesuai."))
            if tugas_terlambat(t):
                item.setForeground(MERAH)
            self.tugas_list.addItem(item)
        rest = len(d.tugas) - len(shown)
        if rest > 0:
            item = QListWidgetItem(self.tr("… dan {n} lagi: lihat tab Terlambat.").format(n=rest))
            item.setForeground(ABU)
            self.tugas_list.addItem(item)
        if not d.tugas:
            item = QListWidgetItem(self.tr("Tidak ada tugas untuk Anda pada {periode}.").format(
                periode=d.periode.label))
            item.setForeground(HIJAU)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tugas_list.addItem(item)

    def _unit_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        u = self.unit_model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if isinstance(u, ProgresUnit):
            self._show_chart(u)

    def _show_chart(self, u: ProgresUnit) -> None:
        self.chart.set_unit(u)
        if u.predikat_organisasi is None:
            self.chart_title.setText(self.tr("<b>{unit}</b>: distribusi predikat").format(
                unit=u.nama))
            self.warnings_label.setText(self.tr(
                "<span style='color:#6b6b6b'>Capaian kinerja organisasi {unit} untuk periode ini "
                "belum ditetapkan, jadi kurva distribusi tidak diperiksa.</span>").format(
                unit=u.nama))
            return
        self.chart_title.setText(self.tr(
            "<b>{unit}</b>: distribusi predikat terhadap kurva capaian kinerja organisasi "
            "<b>{org}</b>").format(unit=u.nama, org=u.predikat_organisasi.label))
        self.chart_title.setToolTip(judul_kurva(u.predikat_organisasi))
        if u.peringatan:
            self.warnings_label.setText("<br>".join(
                f"<span style='color:#b3261e'>⚠ {w.pesan}</span>" for w in u.peringatan))
        elif sum(u.predikat):
            self.warnings_label.setText(self.tr(
                "<span style='color:#1b7a1b'>Distribusi sesuai pola kurva.</span>"))
        else:
            self.warnings_label.setText(self.tr("Belum ada pegawai yang dinilai."))

    def _tugas_activated(self, item: QListWidgetItem) -> None:
        page = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(page, str) and page:
            self.page_requested.emit(page)

    def _late_activated(self, index: QModelIndex) -> None:
        item = self.late_model.data(index, Qt.ItemDataRole.UserRole)
        if isinstance(item, ItemTerlambat):
            self.page_requested.emit(item.page)

    def help_text(self) -> str:
        return self.tr(
            "<h3>Beranda</h3><p><b>Tugas saya</b>: yang perlu Anda kerjakan pada periode yang "
            "dipilih (SKP menunggu persetujuan, pegawai belum dinilai, realisasi yang jatuh "
            "tempo, unit yang terlambat). Klik ganda untuk membuka halamannya.</p>"
            "<p><b>Progres per unit</b>: pegawai aktif, SKP ditetapkan, realisasi diisi dan "
            "dinilai, dengan sub-unit ikut dihitung pada unit induknya. Hijau = lengkap, "
            "kuning = paling sedikit 75 %, merah = kurang dari itu. Pilih baris untuk melihat "
            "distribusi predikat unit itu terhadap kurva capaian kinerja organisasinya "
            "(peringatan hanya pertimbangan).</p><p><b>Terlambat</b>: yang lewat tenggat; "
            "klik ganda untuk membuka halaman SKP atau Penilaian.</p>")
