"""The "Rekap provinsi" tab of the Sinkronisasi page, on a province site (issue 6
point 8): the state of every office (``sync_provinsi.status_kantor``: last package,
days since, changes applied, conflicts, quarantine, resend requests, pegawai held here)
and the predikat distribution per office for a chosen period
(``sync_provinsi.rekap_provinsi``), with a small stacked bar per office.

Both are read in the background (gui/jobs.LatestJob) when the tab is shown, after an
import, on F5, and when the period or the working year changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.gui.combo_data import data_teks, pilih_data
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob
from kinerja_desktop.gui.periode_choice import fill_periode_combo, read_periods
from kinerja_desktop.gui.sync_models import SyncKolom, SyncModel, tabel, waktu
from kinerja_desktop.gui.tindak_lanjut_models import (
    ABU,
    HIJAU,
    KUNING,
    MERAH,
    PREDIKAT_WARNA,
    Index,
    Kolom,
)
from kinerja_desktop.services.sync_provinsi import (
    RekapKantor,
    RekapProvinsi,
    StatusKantor,
    rekap_provinsi,
    status_kantor,
)
from kinerja_desktop.sync.records import MAKS_KONFLIK_DILAPORKAN

JEDA_KUNING = 7  # days without a package before the lag is marked
JEDA_MERAH = 30
_SINGKAT = {Predikat.SANGAT_BAIK: "SB", Predikat.BAIK: "B", Predikat.BUTUH_PERBAIKAN: "BP",
            Predikat.KURANG: "K", Predikat.SANGAT_KURANG: "SK"}
KOLOM_BATANG = 10  # the column of the bar in the recap table


@dataclass(frozen=True, slots=True)
class DataProvinsi:
    status: list[StatusKantor]
    rekap: RekapProvinsi | None  # None: no period chosen


def _warna_jeda(r: StatusKantor) -> tuple[str, str] | None:
    if r.jeda_hari is None:
        return ABU
    if r.jeda_hari > JEDA_MERAH:
        return MERAH
    return KUNING if r.jeda_hari > JEDA_KUNING else HIJAU


class ProvinsiKolom(SyncKolom):
    """Columns of the office state and the recap per office."""

    def jeda_text(self, r: StatusKantor) -> str:
        if r.jeda_hari is None:
            return self.tr("belum pernah")
        if r.jeda_hari == 0:
            return self.tr("hari ini")
        return self.tr("{n} hari").format(n=r.jeda_hari)

    def paket_text(self, r: StatusKantor) -> str:
        if r.nomor_terakhir is None:
            return "—"
        return self.tr("nomor {n}, {waktu}").format(n=r.nomor_terakhir,
                                                    waktu=waktu(r.terakhir_masuk))

    def kantor_tip(self, r: StatusKantor) -> str:
        text = self.tr(
            "{situs} — {nama}: paket terakhir {paket} ({berkas}); {diterima} paket diterima, "
            "{ubah} perubahan diterapkan (sampai nomor {sampai}); {konflik} konflik, "
            "{karantina} paket karantina; {pegawai} pegawai tersimpan di sini.").format(
                situs=r.situs, nama=r.nama, paket=self.paket_text(r),
                berkas=r.berkas_terakhir or "—", diterima=r.paket_diterima,
                ubah=r.perubahan_diterapkan, sampai=r.diterima_sampai, konflik=r.konflik,
                karantina=r.karantina, pegawai=r.pegawai)
        if r.konflik_di_kantor:
            text += " " + self.tr("{n} konflik diputuskan di kantor itu sendiri; yang "
                                  "terbaru ada di tab Konflik (kolom Diputuskan di)."
                                  ).format(n=r.konflik_di_kantor)
        if r.minta_ulang_dari is not None:
            text += " " + self.tr("Ada paket yang hilang: kantor ini diminta mengirim ulang "
                                  "dari nomor {n}.").format(n=r.minta_ulang_dari)
        return text

    def kantor_model(self, parent: QObject | None = None) -> SyncModel[StatusKantor]:
        kolom: list[Kolom[StatusKantor]] = [
            Kolom(self.tr("Kantor"), lambda r: f"{r.situs} — {r.nama}",
                  self.tr("Kode dan nama kantor (situs anak) yang terdaftar di sini."),
                  lebar=230),
            Kolom(self.tr("Paket terakhir"), self.paket_text,
                  self.tr("Nomor dan waktu paket terakhir dari kantor itu yang diimpor di "
                          "sini."), lebar=210),
            Kolom(self.tr("Jeda"), self.jeda_text,
                  self.tr("Berapa hari sejak paket terakhir kantor itu diterima: hijau sampai "
                          "{k} hari, kuning sampai {m} hari, merah lebih lama.").format(
                              k=JEDA_KUNING, m=JEDA_MERAH), warna=_warna_jeda, lebar=95),
            Kolom(self.tr("Paket"), lambda r: str(r.paket_diterima),
                  self.tr("Jumlah paket kantor itu yang diimpor di sini (diterapkan atau "
                          "duplikat)."), kanan=True),
            Kolom(self.tr("Perubahan"), lambda r: str(r.perubahan_diterapkan),
                  self.tr("Jumlah perubahan data dari kantor itu yang diterapkan di sini."),
                  kanan=True),
            Kolom(self.tr("Pegawai"), lambda r: str(r.pegawai),
                  self.tr("Jumlah pegawai dari data kantor itu (beserta laptop penilainya) "
                          "yang tersimpan di sini."), kanan=True),
            Kolom(self.tr("Konflik"), lambda r: str(r.konflik),
                  self.tr("Konflik yang tercatat untuk paket kantor itu; lihat tab Konflik."),
                  kanan=True, warna=lambda r: KUNING if r.konflik else None),
            Kolom(self.tr("Konflik di kantor"), lambda r: str(r.konflik_di_kantor),
                  self.tr("Konflik yang diputuskan di kantor itu sendiri (dengan laptop "
                          "penilainya), menurut paket terakhirnya. Yang terbaru (paling "
                          "banyak {maks}) ada di tab Konflik, kolom Diputuskan di.").format(
                              maks=MAKS_KONFLIK_DILAPORKAN),
                  kanan=True, warna=lambda r: KUNING if r.konflik_di_kantor else None),
            Kolom(self.tr("Karantina"), lambda r: str(r.karantina),
                  self.tr("Paket kantor itu yang ditolak dan disalin ke karantina."),
                  kanan=True, warna=lambda r: MERAH if r.karantina else None),
            Kolom(self.tr("Kirim ulang"), lambda r: "—" if r.minta_ulang_dari is None
                  else self.tr("dari nomor {n}").format(n=r.minta_ulang_dari),
                  self.tr("Ada paket yang hilang: paket berikutnya dari sini meminta kantor "
                          "itu mengirim ulang dari nomor ini."),
                  warna=lambda r: MERAH if r.minta_ulang_dari is not None else None),
        ]
        return SyncModel(kolom, parent, tip=self.kantor_tip)

    def sebaran_text(self, r: RekapKantor) -> str:
        """The bar in words (for the tooltip and screen readers)."""
        if not r.dinilai:
            return self.tr("belum ada yang dinilai")
        return ", ".join(f"{_SINGKAT[d.predikat]} {d.persen_teks}" for d in r.distribusi
                         if d.jumlah)

    def rekap_model(self, parent: QObject | None = None) -> SyncModel[RekapKantor]:
        def nama(r: RekapKantor) -> str:
            return f"{r.situs} — {r.nama}" if r.situs else self.tr("Jumlah seluruh kantor")

        def predikat(p: Predikat) -> Kolom[RekapKantor]:
            return Kolom(_SINGKAT[p], lambda r: str(r.jumlah(p)),
                         self.tr("Jumlah pegawai dengan predikat {p}.").format(p=p.label),
                         kanan=True, lebar=44,
                         warna=lambda r: PREDIKAT_WARNA[p] if r.jumlah(p) else None)

        kolom: list[Kolom[RekapKantor]] = [
            Kolom(self.tr("Kantor"), nama,
                  self.tr("Kantor (menurut situs yang menulis data pegawainya); baris "
                          "terakhir menjumlahkan semuanya."), lebar=230),
            Kolom(self.tr("Pegawai"), lambda r: str(r.pegawai),
                  self.tr("Pegawai aktif yang ditempatkan pada unit kerja."), kanan=True),
            Kolom(self.tr("Dinilai"), lambda r: str(r.dinilai),
                  self.tr("Pegawai yang sudah punya predikat untuk periode ini."), kanan=True),
            *(predikat(p) for p in Predikat),
            Kolom(self.tr("Belum dinilai"), lambda r: str(r.belum_dinilai),
                  self.tr("Pegawai dengan SKP ditetapkan yang belum punya predikat."),
                  kanan=True),
            Kolom(self.tr("Tanpa SKP"), lambda r: str(r.tanpa_skp),
                  self.tr("Pegawai tanpa SKP ditetapkan untuk periode ini."), kanan=True),
            Kolom(self.tr("Sebaran"), self.sebaran_text,
                  self.tr("Sebaran predikat pegawai yang sudah dinilai: SB Sangat Baik, B "
                          "Baik, BP Butuh Perbaikan, K Kurang/Misconduct, SK Sangat Kurang.")),
        ]
        return RekapModel(kolom, parent, tip=self.sebaran_text)


class RekapModel(SyncModel[RekapKantor]):
    """The recap per office; the total (the last row) in bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and 0 <= index.row() < len(self.rows) and not self.rows[index.row()].situs):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class BatangDelegate(QStyledItemDelegate):
    """A stacked bar of the predikat shares of one office (the words are the tooltip)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not isinstance(model, SyncModel) or not 0 <= index.row() < len(model.rows):
            super().paint(painter, option, index)
            return
        row = model.rows[index.row()]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRect(option.rect).adjusted(4, 5, -4, -5)
        if not isinstance(row, RekapKantor) or not row.dinilai or rect.width() < 4:
            return
        painter.save()
        x = rect.left()
        shown = [d for d in row.distribusi if d.jumlah]
        for i, d in enumerate(shown):
            end = rect.left() + round(rect.width() * sum(
                e.jumlah for e in shown[:i + 1]) / row.dinilai)
            part = QRect(x, rect.top(), max(end - x, 1), rect.height())
            bg, fg = PREDIKAT_WARNA[d.predikat]
            painter.fillRect(part, QColor(fg))
            if part.width() > 26:
                painter.setPen(QPen(QColor(bg)))
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, _SINGKAT[d.predikat])
            x = end
        painter.setPen(QPen(QColor("#888888")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class ProvinsiTab(QWidget):
    """Status per kantor on top; the recap per kantor for the chosen period below."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kolom = ProvinsiKolom(self)
        self.data: DataProvinsi | None = None
        self.job: JobHandle[DataProvinsi] | None = None
        self._loader = LatestJob(self)

        self.kantor_model = self.kolom.kantor_model(self)
        self.kantor_table = tabel(self.kantor_model, "sync_status_kantor")
        self.kantor_table.setToolTip(self.tr(
            "Satu baris per kantor (situs anak): paket terakhir yang diterima, jedanya, dan "
            "yang perlu ditindaklanjuti (konflik, karantina, permintaan kirim ulang)."))
        self.kantor_empty = QLabel(self.tr(
            "Belum ada kantor yang terdaftar. Terima kartu kunci kantor di tab Kunci."))
        self.kantor_empty.setObjectName("sync_kantor_kosong")
        self.kantor_empty.setWordWrap(True)
        self.kantor_empty.hide()
        kantor_box = QGroupBox(self.tr("Status per kantor"))
        kantor_box.setToolTip(self.kantor_table.toolTip())
        kl = QVBoxLayout(kantor_box)
        kl.setContentsMargins(6, 6, 6, 6)
        kl.addWidget(self.kantor_table)
        kl.addWidget(self.kantor_empty)

        self.periode_combo = QComboBox()
        self.periode_combo.setObjectName("sync_rekap_periode")
        self.periode_combo.setToolTip(self.tr(
            "Periode penilaian yang direkap (tahun kerja yang dipilih di atas), misalnya "
            "Triwulan I atau Tahunan."))
        self.periode_combo.setMinimumContentsLength(28)
        self.periode_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.periode_label = QLabel(self.tr("&Periode:"))
        self.periode_label.setBuddy(self.periode_combo)
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("sync_rekap_ringkasan")
        self.ringkasan.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.periode_label)
        top.addWidget(self.periode_combo)
        top.addWidget(self.ringkasan, 1)
        self.rekap_model = self.kolom.rekap_model(self)
        self.rekap_table = tabel(self.rekap_model, "sync_rekap_kantor")
        self.rekap_table.setItemDelegateForColumn(KOLOM_BATANG, BatangDelegate(self.rekap_table))
        self.rekap_table.setToolTip(self.tr(
            "Sebaran predikat per kantor untuk periode terpilih, dari data yang sudah "
            "diterima di sini; baris terakhir adalah jumlah seluruh kantor."))
        rekap_box = QGroupBox(self.tr("Sebaran predikat per kantor"))
        rekap_box.setToolTip(self.rekap_table.toolTip())
        rl = QVBoxLayout(rekap_box)
        rl.setContentsMargins(6, 6, 6, 6)
        rl.addLayout(top)
        rl.addWidget(self.rekap_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(kantor_box)
        self.splitter.addWidget(rekap_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([150, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        self._fill_periods()
        ctx.tahun.changed.connect(self._year_changed)

    def _fill_periods(self) -> None:
        periods = read_periods(self, self.ctx, self.ctx.tahun.value)
        fill_periode_combo(self.periode_combo, periods, self.periode_combo.currentData(),
                           dt.date.today(), dates=False)

    def _year_changed(self, _year: int) -> None:
        if shiboken6.isValid(self):
            self._fill_periods()
            self.reload()

    def periode_key(self) -> str | None:
        return data_teks(self.periode_combo)

    def set_periode(self, key: str) -> None:
        pilih_data(self.periode_combo, key)

    @property
    def loading(self) -> bool:
        return self._loader.running

    def reload(self) -> None:
        db, actor, key = self.ctx.db, self.ctx.actor, self.periode_key()

        def work(progress: JobProgress) -> DataProvinsi:
            del progress  # a few queries per office
            return DataProvinsi(status_kantor(db, actor),
                                rekap_provinsi(db, actor, key) if key else None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.ringkasan.setText(str(exc))
                self.ringkasan.setStyleSheet("color: #b3261e;")
            else:
                show_error(self, exc)
            self.loaded.emit()

        self.job = self._loader.start(self.tr("Membaca rekap provinsi"), work, self._show,
                                      failed, show_dialog=False)

    def _show(self, data: DataProvinsi) -> None:
        self.data = data
        self.kantor_model.set_rows(data.status)
        self.kantor_table.setVisible(bool(data.status))
        self.kantor_empty.setVisible(not data.status)
        r = data.rekap
        self.ringkasan.setStyleSheet("")
        if r is None:
            self.rekap_model.set_rows([])
            self.ringkasan.setText(self.tr("Tidak ada periode penilaian pada tahun ini."))
        else:
            self.rekap_model.set_rows([*r.kantor, r.total])
            t = r.total
            self.ringkasan.setText(self.tr(
                "{periode} {tahun}: {dinilai} dari {pegawai} pegawai sudah dinilai di {n} "
                "kantor; {belum} belum dinilai, {tanpa} tanpa SKP.").format(
                    periode=r.periode_label.title(), tahun=r.tahun, dinilai=t.dinilai,
                    pegawai=t.pegawai, n=len(r.kantor), belum=t.belum_dinilai,
                    tanpa=t.tanpa_skp))
        self.loaded.emit()

