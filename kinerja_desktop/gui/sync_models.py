"""The tables of the Sinkronisasi page: read-only lists over the sync services' DTOs
(status per peer site, import results, package history, conflicts, our changes a peer
did not accept, enrolled keys, the fields of a losing row, laptop assignments).

Each is a ``DaftarModel`` (gui/tindak_lanjut_models.py) with its columns declared here;
status cells say their state in words and colour alike (SCREENS: never colour alone).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.tindak_lanjut_models import (
    ABU,
    BIRU,
    HIJAU,
    KUNING,
    MERAH,
    DaftarModel,
    Index,
    Kolom,
)
from kinerja_desktop.services.sync_impor import HasilImpor
from kinerja_desktop.services.sync_kunci import KunciSitusDTO
from kinerja_desktop.services.sync_laptop import TugasLaptop
from kinerja_desktop.services.sync_status import (
    Konflik,
    RiwayatPaket,
    StatusKanal,
    UbahTidakDiterima,
)

T = TypeVar("T")
_CTX = "SyncModels"
_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)

GAGAL = "gagal"
"""Status of a file the page could not import at all (unreadable, not a package)."""

ENTITAS: dict[str, str] = {
    "unit_kerja": QT_TRANSLATE_NOOP("SyncModels", "Unit kerja"),
    "jabatan": QT_TRANSLATE_NOOP("SyncModels", "Jabatan"),
    "pegawai": QT_TRANSLATE_NOOP("SyncModels", "Pegawai"),
    "penugasan_plt": QT_TRANSLATE_NOOP("SyncModels", "Penugasan Plt/Plh"),
    "aturan_periode": QT_TRANSLATE_NOOP("SyncModels", "Aturan periode"),
    "sasaran_unit": QT_TRANSLATE_NOOP("SyncModels", "Sasaran unit"),
    "skp": QT_TRANSLATE_NOOP("SyncModels", "SKP"),
    "rhk": QT_TRANSLATE_NOOP("SyncModels", "Rencana Hasil Kerja"),
    "iki": QT_TRANSLATE_NOOP("SyncModels", "Indikator Kinerja Individu"),
    "skp_transisi": QT_TRANSLATE_NOOP("SyncModels", "Riwayat status SKP"),
    "evaluasi_periode": QT_TRANSLATE_NOOP("SyncModels", "Evaluasi periodik"),
    "realisasi_iki": QT_TRANSLATE_NOOP("SyncModels", "Realisasi IKI"),
    "bukti_dukung": QT_TRANSLATE_NOOP("SyncModels", "Bukti dukung"),
    "umpan_balik": QT_TRANSLATE_NOOP("SyncModels", "Umpan balik"),
    "frasa_umpan_balik": QT_TRANSLATE_NOOP("SyncModels", "Frasa umpan balik"),
    "predikat_organisasi": QT_TRANSLATE_NOOP("SyncModels", "Predikat organisasi"),
    "survei_skm": QT_TRANSLATE_NOOP("SyncModels", "Survei SKM"),
    "evaluasi_kompetensi": QT_TRANSLATE_NOOP("SyncModels", "Evaluasi kompetensi"),
    "nilai_kompetensi": QT_TRANSLATE_NOOP("SyncModels", "Nilai kompetensi"),
    "tunjangan_persen": QT_TRANSLATE_NOOP("SyncModels", "Tabel tunjangan"),
    "rapat_evaluasi": QT_TRANSLATE_NOOP("SyncModels", "Rapat evaluasi"),
    "dokumen_cetak": QT_TRANSLATE_NOOP("SyncModels", "Dokumen cetak"),
}

# Package and change states: (label, colours).
STATUS_PAKET: dict[str, tuple[str, tuple[str, str]]] = {
    "dikirim": (QT_TRANSLATE_NOOP("SyncModels", "Dikirim"), BIRU),
    "diterapkan": (QT_TRANSLATE_NOOP("SyncModels", "Diterapkan"), HIJAU),
    "duplikat": (QT_TRANSLATE_NOOP("SyncModels", "Duplikat (sudah ada)"), ABU),
    "karantina": (QT_TRANSLATE_NOOP("SyncModels", "Karantina (ditolak)"), MERAH),
    GAGAL: (QT_TRANSLATE_NOOP("SyncModels", "Gagal dibaca"), MERAH),
    "ditolak": (QT_TRANSLATE_NOOP("SyncModels", "Ditolak"), MERAH),
    "konflik": (QT_TRANSLATE_NOOP("SyncModels", "Kalah konflik"), KUNING),
}

# Fields of a row that name it for people, in order of preference.
_NAMA_BARIS = ("nama", "nip", "kode", "judul", "nama_kompetensi", "teks", "tahun")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def entitas_text(entitas: str) -> str:
    return _tr(ENTITAS[entitas]) if entitas in ENTITAS else entitas


def status_text(status: str) -> str:
    return _tr(STATUS_PAKET[status][0]) if status in STATUS_PAKET else status


def status_warna(status: str) -> tuple[str, str] | None:
    return STATUS_PAKET[status][1] if status in STATUS_PAKET else None


def waktu(value: dt.datetime | None) -> str:
    """``25 November 2026 14.05`` in local time (stored times are UTC)."""
    if value is None:
        return "—"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    return _LOCALE.toString(QDate(local.year, local.month, local.day), "d MMMM yyyy") + " " + \
        _LOCALE.toString(QTime(local.hour, local.minute), "HH.mm")


def nama_baris(data: dict[str, Any]) -> str:
    """A row's name for people (nama, NIP, kode…), or its id."""
    for key in _NAMA_BARIS:
        value = data.get(key)
        if value not in (None, ""):
            return str(value)
    return str(data.get("id", ""))


def ringkas_pesan(pesan: str, file: str) -> str:
    """A service message without its leading "Paket <file>" (the file has its own column):
    "Paket X.kinerja ditolak: …" → "Ditolak: …"."""
    awal = f"Paket {file}"
    if not file or not pesan.startswith(awal):
        return pesan
    sisa = pesan[len(awal):].lstrip(" :")
    return sisa[:1].upper() + sisa[1:] if sisa else pesan


def nilai_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


@dataclass(frozen=True, slots=True)
class Isian:
    """One field of a conflict: the kept value beside the losing one."""

    kolom: str
    menang: str
    kalah: str
    beda: bool


def bandingkan(k: Konflik) -> list[Isian]:
    """The kept row (``data_menang``) beside the losing one, field by field, the fields
    that differ first. A kept row that is no longer here shows "—"."""
    kept = k.data_menang or {}
    keys = sorted(set(k.data_kalah) | set(kept))
    rows = [Isian(key, nilai_text(kept.get(key)) if k.data_menang is not None else "—",
                  nilai_text(k.data_kalah.get(key)),
                  k.data_menang is not None and kept.get(key) != k.data_kalah.get(key))
            for key in keys]
    return sorted(rows, key=lambda r: not r.beda)


def font_sidik_jari(scale: float = 1.0) -> QFont:
    """Monospace, so groups of four line up and 0/O and 1/I are told apart."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * scale)
    if scale > 1:
        font.setBold(True)
    return font


def _angka(value: int) -> str:
    return _LOCALE.toString(value)


def _warna_konfirmasi(r: RiwayatPaket) -> tuple[str, str] | None:
    if r.dikonfirmasi is None:
        return None
    return HIJAU if r.dikonfirmasi else KUNING


def _bila(n: Callable[[StatusKanal], int], warna: tuple[str, str] = MERAH,
          ) -> Callable[[StatusKanal], tuple[str, str] | None]:
    return lambda r: warna if n(r) else None


class SyncModel(DaftarModel[T]):
    """A ``DaftarModel`` whose rows may carry their own tooltip and monospace columns."""

    def __init__(self, kolom: Sequence[Kolom[T]], parent: QObject | None = None, *,
                 tip: Callable[[T], str] | None = None, mono: Sequence[int] = ()) -> None:
        super().__init__(kolom, parent)
        self._tip = tip
        self._mono = frozenset(mono)
        self._font = font_sidik_jari() if mono else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self._tip is not None:
            return self._tip(self.rows[index.row()])
        if role == Qt.ItemDataRole.FontRole and index.column() in self._mono:
            return self._font
        return super().data(index, role)


def tabel(model: SyncModel[Any], name: str) -> QTableView:
    """A read-only, row-selecting table over ``model`` with the declared column widths."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for i, kolom in enumerate(model.kolom):
        width = kolom.lebar or metrics.horizontalAdvance(kolom.judul) + 16
        header.resizeSection(i, width)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class SyncKolom(QObject):
    """The columns and status phrases of the page's tables, in the current language."""

    # --- phrases ------------------------------------------------------------------------------
    def jeda_hari(self, value: dt.datetime | None, now: dt.datetime | None = None) -> str:
        """How long ago, in days: ``hari ini``, ``3 hari lalu``; ``belum pernah`` for None."""
        if value is None:
            return self.tr("belum pernah")
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        days = ((now or dt.datetime.now(dt.UTC)).astimezone().date()
                - value.astimezone().date()).days
        if days <= 0:
            return self.tr("hari ini")
        if days == 1:
            return self.tr("kemarin")
        return self.tr("{n} hari lalu").format(n=days)

    def keadaan(self, r: StatusKanal) -> tuple[str, tuple[str, str]]:
        """One phrase for the channel, worst first, with its colour."""
        if r.minta_ulang_dari is not None:
            return self.tr("Ada paket hilang: meminta {situs} mengirim ulang dari nomor {n}"
                           ).format(situs=r.situs, n=r.minta_ulang_dari), MERAH
        if r.karantina:
            return self.tr("{n} paket di karantina").format(n=r.karantina), MERAH
        if r.ditolak or r.kalah:
            return self.tr("{n} perubahan tidak diterima").format(n=r.ditolak + r.kalah), KUNING
        if r.menunggu and r.terkirim_sampai > r.dikonfirmasi_sampai:
            return self.tr("Menunggu konfirmasi"), KUNING
        if r.menunggu:
            return self.tr("Ada perubahan belum dikirim"), KUNING
        if r.terakhir_keluar is None and r.terakhir_masuk is None:
            return self.tr("Belum pernah bertukar paket"), ABU
        return self.tr("Sinkron"), HIJAU

    def hubungan(self, r: StatusKanal) -> str:
        if r.induk:
            return self.tr("Induk")
        return self.tr("Anak ({peran})").format(peran=r.peran.label)

    def situs_text(self, r: StatusKanal) -> str:
        text = f"{r.situs} — {r.nama}"
        return self.tr("{situs} (induk)").format(situs=text) if r.induk else text

    # --- status per peer site -----------------------------------------------------------------
    def status_tip(self, r: StatusKanal) -> str:
        return self.tr(
            "{situs} — {nama} ({hubungan}): {keadaan}.\nKiriman situs ini: dikirim sampai "
            "nomor {kirim}, dikonfirmasi sampai {konfirmasi}; {menunggu} menunggu, {ditolak} "
            "ditolak, {kalah} kalah konflik. Terakhir dikirim: {keluar}.\nKiriman {situs}: "
            "diterapkan sampai nomor {terima}; {konflik} konflik, {karantina} paket karantina. "
            "Terakhir diterima: {masuk}.").format(
                situs=r.situs, nama=r.nama, hubungan=self.hubungan(r), keadaan=self.keadaan(r)[0],
                kirim=r.terkirim_sampai,
                konfirmasi=r.dikonfirmasi_sampai, menunggu=r.menunggu, ditolak=r.ditolak,
                kalah=r.kalah, keluar=waktu(r.terakhir_keluar), terima=r.diterima_sampai,
                konflik=r.konflik, karantina=r.karantina, masuk=waktu(r.terakhir_masuk))

    def status_model(self, parent: QObject | None = None) -> SyncModel[StatusKanal]:
        kolom: list[Kolom[StatusKanal]] = [
            Kolom(self.tr("Situs"), self.situs_text,
                  self.tr("Kode dan nama situs induk atau anak yang terdaftar di sini; situs "
                          "induk ditandai (induk)."), lebar=185),
            Kolom(self.tr("Keadaan"), lambda r: self.keadaan(r)[0],
                  self.tr("Ringkasan: sinkron, menunggu konfirmasi, ada perubahan yang "
                          "ditolak, paket di karantina, atau paket yang hilang."),
                  warna=lambda r: self.keadaan(r)[1], lebar=190),
            Kolom(self.tr("Dikirim"), lambda r: _angka(r.terkirim_sampai),
                  self.tr("Dikirim sampai nomor: perubahan terakhir situs ini yang sudah "
                          "masuk paket untuk situs itu."), kanan=True),
            Kolom(self.tr("Dikonfirmasi"), lambda r: _angka(r.dikonfirmasi_sampai),
                  self.tr("Dikonfirmasi sampai nomor: sampai nomor berapa situs itu sudah "
                          "mengonfirmasi menerima perubahan situs ini (lewat paket "
                          "balasannya)."), kanan=True),
            Kolom(self.tr("Menunggu"), lambda r: _angka(r.menunggu),
                  self.tr("Jumlah baris data yang berubah di sini sesudah konfirmasi "
                          "terakhir: ikut setiap paket berikutnya sampai dikonfirmasi."),
                  kanan=True, warna=_bila(lambda r: r.menunggu, KUNING)),
            Kolom(self.tr("Ditolak"), lambda r: _angka(r.ditolak),
                  self.tr("Perubahan situs ini yang ditolak situs itu (misalnya bukan haknya "
                          "mengubah). Rinciannya di tab Tidak diterima."), kanan=True,
                  warna=_bila(lambda r: r.ditolak)),
            Kolom(self.tr("Kalah"), lambda r: _angka(r.kalah),
                  self.tr("Perubahan situs ini yang kalah konflik di situs itu; versi situs "
                          "itu yang dipakai. Rinciannya di tab Tidak diterima."), kanan=True,
                  warna=_bila(lambda r: r.kalah, KUNING)),
            Kolom(self.tr("Diterapkan"), lambda r: _angka(r.diterima_sampai),
                  self.tr("Diterapkan sampai nomor: sampai nomor berapa perubahan dari situs "
                          "itu sudah diterapkan di sini."), kanan=True),
            Kolom(self.tr("Konflik"), lambda r: _angka(r.konflik),
                  self.tr("Konflik yang dicatat di sini untuk paket dari situs itu; lihat tab "
                          "Konflik."), kanan=True, warna=_bila(lambda r: r.konflik, KUNING)),
            Kolom(self.tr("Karantina"), lambda r: _angka(r.karantina),
                  self.tr("Paket dari situs itu yang ditolak dan disalin ke folder karantina; "
                          "alasannya di tab Riwayat."), kanan=True,
                  warna=_bila(lambda r: r.karantina)),
            Kolom(self.tr("Paket masuk"), lambda r: self.jeda_hari(r.terakhir_masuk),
                  self.tr("Kapan paket terakhir dari situs itu diterapkan di sini (jeda dalam "
                          "hari)."), lebar=95),
            Kolom(self.tr("Paket keluar"), lambda r: self.jeda_hari(r.terakhir_keluar),
                  self.tr("Kapan paket terakhir untuk situs itu ditulis di sini."), lebar=95),
        ]
        return SyncModel(kolom, parent, tip=self.status_tip)

    # --- import results -----------------------------------------------------------------------
    def hasil_tip(self, r: HasilImpor) -> str:
        if not r.karantina_path:
            return r.pesan
        return r.pesan + "\n" + self.tr("Salinan berkas disimpan di karantina: {path}").format(
            path=r.karantina_path)

    def hasil_model(self, parent: QObject | None = None) -> SyncModel[HasilImpor]:
        kolom: list[Kolom[HasilImpor]] = [
            Kolom(self.tr("Berkas"), lambda r: r.file,
                  self.tr("Nama berkas paket yang diimpor."), lebar=260),
            Kolom(self.tr("Hasil"), lambda r: status_text(r.status),
                  self.tr("Diterapkan: perubahannya masuk. Duplikat: sudah pernah diterima, "
                          "tidak ada yang diubah. Karantina: ditolak, tidak ada yang diubah; "
                          "alasannya di kolom Keterangan."),
                  warna=lambda r: status_warna(r.status), lebar=150),
            Kolom(self.tr("Dari"), lambda r: r.pengirim or "—",
                  self.tr("Situs pengirim paket."), lebar=100),
            Kolom(self.tr("Keterangan"), lambda r: ringkas_pesan(r.pesan, r.file),
                  self.tr("Ringkasan hasil, atau alasan penolakan.")),
        ]
        return SyncModel(kolom, parent, tip=self.hasil_tip)

    # --- history ------------------------------------------------------------------------------
    def arah_text(self, r: RiwayatPaket) -> str:
        return self.tr("Keluar") if r.arah == "keluar" else self.tr("Masuk")

    def konfirmasi_text(self, r: RiwayatPaket) -> str:
        if r.dikonfirmasi is None:
            return "—"
        return self.tr("Ya") if r.dikonfirmasi else self.tr("Belum")

    def riwayat_model(self, parent: QObject | None = None) -> SyncModel[RiwayatPaket]:
        def keterangan(r: RiwayatPaket) -> str:
            return ringkas_pesan(r.pesan or r.alasan or "", r.file)

        kolom: list[Kolom[RiwayatPaket]] = [
            Kolom(self.tr("Waktu"), lambda r: waktu(r.waktu),
                  self.tr("Kapan paket ditulis atau diimpor (waktu komputer ini)."),
                  lebar=175),
            Kolom(self.tr("Arah"), self.arah_text,
                  self.tr("Keluar: paket yang ditulis di sini. Masuk: paket yang diimpor."),
                  lebar=60),
            Kolom(self.tr("Situs"), lambda r: r.situs or "—",
                  self.tr("Situs tujuan (keluar) atau pengirim (masuk)."), lebar=100),
            Kolom(self.tr("Nomor"), lambda r: "" if r.nomor is None else _angka(r.nomor),
                  self.tr("Nomor urut paket pada jalur antara dua situs."), kanan=True),
            Kolom(self.tr("Perubahan"), lambda r: "" if r.jumlah is None else _angka(r.jumlah),
                  self.tr("Jumlah baris data yang dibawa paket."), kanan=True),
            Kolom(self.tr("Status"), lambda r: status_text(r.status),
                  self.tr("Dikirim, Diterapkan, Duplikat, atau Karantina (ditolak, dengan "
                          "alasan)."), warna=lambda r: status_warna(r.status), lebar=150),
            Kolom(self.tr("Dikonfirmasi"), self.konfirmasi_text,
                  self.tr("Paket keluar: Ya bila situs tujuan sudah mengonfirmasi semua "
                          "perubahan di dalamnya (lewat paket balasannya); Belum bila "
                          "belum. Paket masuk: —."), warna=_warna_konfirmasi, lebar=95),
            Kolom(self.tr("Keterangan"), keterangan,
                  self.tr("Ringkasan atau alasan penolakan; nama berkas ada di tooltip."),
                  lebar=420),
            Kolom(self.tr("Berkas"), lambda r: r.file, self.tr("Nama berkas paket.")),
        ]
        return SyncModel(kolom, parent, tip=lambda r: "\n".join(
            x for x in (r.file, r.pesan or r.alasan) if x))

    # --- conflicts ----------------------------------------------------------------------------
    def versi_text(self, situs: str, versi: int) -> str:
        return self.tr("{situs} (versi {v})").format(situs=situs, v=versi)

    def konflik_model(self, parent: QObject | None = None) -> SyncModel[Konflik]:
        kolom: list[Kolom[Konflik]] = [
            Kolom(self.tr("Waktu"), lambda r: waktu(r.waktu), self.tr("Kapan konflik dicatat."),
                  lebar=170),
            Kolom(self.tr("Data"), lambda r: entitas_text(r.entitas),
                  self.tr("Jenis data yang diubah di dua situs."), lebar=90),
            Kolom(self.tr("Baris"), lambda r: nama_baris(r.data_menang or r.data_kalah),
                  self.tr("Baris yang diubah (nama, NIP, atau kodenya)."), lebar=150),
            Kolom(self.tr("Disimpan"), lambda r: self.versi_text(r.situs_menang, r.versi_menang),
                  self.tr("Versi yang menang dan kini tersimpan."), lebar=130,
                  warna=lambda _r: HIJAU),
            Kolom(self.tr("Kalah"), lambda r: self.versi_text(r.situs_kalah, r.versi_kalah),
                  self.tr("Versi yang kalah; isinya di panel kanan, tidak hilang."), lebar=130,
                  warna=lambda _r: KUNING),
            Kolom(self.tr("Dasar"), lambda r: r.dasar,
                  self.tr("Aturan yang menentukan pemenang: hak pemilik, tahap alur kerja, "
                          "versi, atau waktu."), lebar=200),
            Kolom(self.tr("Diputuskan di"), lambda r: r.diputuskan_di,
                  self.tr("Situs yang memutuskan konflik ini: situs ini, atau kantor atau "
                          "laptop di bawahnya yang melaporkannya dalam paketnya (daftar "
                          "terbaru dari paket terakhirnya)."),
                  warna=lambda r: KUNING if r.dilaporkan else None),
        ]
        return SyncModel(kolom, parent)

    def isian_model(self, parent: QObject | None = None) -> SyncModel[Isian]:
        def beda(r: Isian) -> tuple[str, str] | None:
            return KUNING if r.beda else None

        kolom: list[Kolom[Isian]] = [
            Kolom(self.tr("Kolom"), lambda r: r.kolom, self.tr("Nama kolom data."),
                  lebar=130),
            Kolom(self.tr("Beda"), lambda r: self.tr("berbeda") if r.beda else "",
                  self.tr("\"berbeda\": isi kolom ini tidak sama pada kedua versi (kolom yang "
                          "berbeda ditampilkan paling atas dan disorot)."), warna=beda,
                  lebar=70),
            Kolom(self.tr("Versi disimpan"), lambda r: r.menang,
                  self.tr("Isi kolom pada versi yang menang, sebagaimana tersimpan sekarang."),
                  warna=beda, lebar=170),
            Kolom(self.tr("Versi kalah"), lambda r: r.kalah,
                  self.tr("Isi kolom pada versi yang kalah; salin bila perlu dimasukkan lagi."),
                  warna=beda),
        ]
        return SyncModel(kolom, parent)

    # --- our changes a peer did not accept ------------------------------------------------------
    def tidak_diterima_model(self, parent: QObject | None = None
                             ) -> SyncModel[UbahTidakDiterima]:
        kolom: list[Kolom[UbahTidakDiterima]] = [
            Kolom(self.tr("Situs"), lambda r: r.situs,
                  self.tr("Situs yang tidak menerima perubahan itu."), lebar=100),
            Kolom(self.tr("Nomor"), lambda r: _angka(r.seq),
                  self.tr("Nomor perubahan di situs ini."), kanan=True),
            Kolom(self.tr("Data"), lambda r: entitas_text(r.entitas), self.tr("Jenis data."),
                  lebar=140),
            Kolom(self.tr("Nama"), lambda r: r.nama or "—",
                  self.tr("Nama baris data di situs ini (nama, NIP, kode, atau teksnya)."),
                  lebar=180),
            Kolom(self.tr("Status"), lambda r: status_text(r.status),
                  self.tr("Ditolak: situs itu tidak mengizinkan perubahan ini. Kalah konflik: "
                          "situs itu memakai versi lain; versi situs ini tercatat di laporan "
                          "konflik di sana."), warna=lambda r: status_warna(r.status),
                  lebar=120),
            Kolom(self.tr("Alasan"), lambda r: r.alasan, self.tr("Alasan dari situs itu."),
                  lebar=420),
            Kolom(self.tr("ID baris"), lambda r: str(r.entitas_id),
                  self.tr("Pengenal baris data (untuk ditanyakan ke situs itu).")),
        ]
        return SyncModel(kolom, parent, mono=(6,))

    # --- keys ---------------------------------------------------------------------------------
    def kunci_model(self, parent: QObject | None = None) -> SyncModel[KunciSitusDTO]:
        kolom: list[Kolom[KunciSitusDTO]] = [
            Kolom(self.tr("Situs"), lambda r: r.situs, self.tr("Kode situs."), lebar=100),
            Kolom(self.tr("Nama"), lambda r: r.nama, self.tr("Nama situs."), lebar=220),
            Kolom(self.tr("Peran"), lambda r: r.peran.label,
                  self.tr("Kantor, Provinsi, atau Laptop penilai."), lebar=100),
            Kolom(self.tr("Keterangan"),
                  lambda r: self.tr("Situs ini") if r.lokal else self.tr("Terdaftar"),
                  self.tr("Situs ini sendiri, atau situs lain yang kartunya sudah diterima."),
                  lebar=90),
            Kolom(self.tr("Sidik jari"), lambda r: r.sidik_jari,
                  self.tr("Sidik jari kunci situs: dibacakan lewat telepon saat bertukar "
                          "kartu."), lebar=380),
            Kolom(self.tr("Status"), lambda r: self.tr("Dicabut") if r.dicabut
                  else self.tr("Aktif"),
                  self.tr("Aktif, atau Dicabut (paket bertanda tangan kunci itu ditolak)."),
                  warna=lambda r: MERAH if r.dicabut else HIJAU),
        ]
        return SyncModel(kolom, parent, mono=(4,))

    # --- laptop assignments -------------------------------------------------------------------
    def tugas_status(self, r: TugasLaptop) -> str:
        return self.tr("Aktif") if r.aktif else self.tr("Berakhir")

    def tugas_model(self, parent: QObject | None = None,
                    nama_laptop: Callable[[str], str] | None = None) -> SyncModel[TugasLaptop]:
        def laptop(r: TugasLaptop) -> str:
            nama = nama_laptop(r.laptop) if nama_laptop is not None else ""
            return f"{r.laptop} — {nama}" if nama else r.laptop

        kolom: list[Kolom[TugasLaptop]] = [
            Kolom(self.tr("Laptop"), laptop,
                  self.tr("Kode dan nama laptop penilai (situs anak situs ini)."), lebar=260),
            Kolom(self.tr("Penilai"), lambda r: r.penilai_nama,
                  self.tr("Pejabat penilai yang pekerjaan penilaiannya dibawa laptop itu: SKP "
                          "pegawai yang dinilainya beserta evaluasinya."), lebar=260),
            Kolom(self.tr("Tahun"), lambda r: str(r.tahun),
                  self.tr("Tahun SKP yang dibawa."), kanan=True, lebar=70),
            Kolom(self.tr("Status"), self.tugas_status,
                  self.tr("Aktif: paket ke laptop itu membawa pekerjaan penilai ini, dan "
                          "penilaiannya dari laptop diterima di sini. Berakhir: tidak lagi."),
                  warna=lambda r: HIJAU if r.aktif else ABU),
        ]
        return SyncModel(kolom, parent)
