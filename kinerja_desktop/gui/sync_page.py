"""Sinkronisasi: packages to and from the parent and child sites (issue 6 point 9,
SCREENS §13).

Top: one row per enrolled parent or child site (``sync_status.status_kanal``): what
was sent and confirmed, what still waits, what the peer refused or let lose a
conflict, how far its changes were applied here, quarantined packages and a resend
request; with no peer enrolled yet, the enrollment steps instead. Below, tabs:

- **Kirim**: the peer (the parent by default), what will go, "Kirim paket…" into a
  folder or a detected flash drive; the written file and its counts.
- **Terima**: "Impor paket…" (several files) or .kinerja files dropped anywhere on the
  page; imported one by one in the background with progress and Batal between files;
  a result per file (diterapkan / duplikat / karantina with the reason).
- **Riwayat**, **Konflik** (with the losing row's fields), **Tidak diterima** (our
  changes a peer refused or let lose), **Kunci** (this site's fingerprint, writing and
  accepting key cards, the enrolled keys; for the admin, replacing this site's keys and
  revoking another site's).
- **Laptop penilai** (gui/sync_laptop_tab.py): at an office, for the admin, which
  penilai's work each laptop carries (assign, end, send the package); at a laptop,
  whose work it holds (read-only).
- **Versi aplikasi** (gui/sync_versi.py, admin): the minimum app version rule and its
  origin, set or lifted where the site has children. When the parent's rule is newer
  than this app, the status area says in red that packages will be refused.

The site-key passphrase is asked once per session (gui/sync_dialogs.frasa_sandi over
gui/kunci_dialog.py). Service calls run through gui/jobs.run_job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelection, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.combo_data import data_teks, pilih_data
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, LatestJob, run_job
from kinerja_desktop.gui.page_title import page_title
from kinerja_desktop.gui.pegawai_page import InfoBar
from kinerja_desktop.gui.sync_berkas import (
    FOLDER_IMPOR,
    FOLDER_KIRIM,
    PEMBAGI,
    TAB_TERAKHIR,
    berkas_dijatuhkan,
    drive_lepasan,
    folder_awal,
    karantina_folder,
)
from kinerja_desktop.gui.sync_dialogs import frasa_sandi
from kinerja_desktop.gui.sync_kunci_tab import KunciTab
from kinerja_desktop.gui.sync_laptop_tab import LaptopTab
from kinerja_desktop.gui.sync_models import (
    GAGAL,
    SyncKolom,
    bandingkan,
    entitas_text,
    nama_baris,
    tabel,
)
from kinerja_desktop.gui.sync_provinsi_tab import ProvinsiTab
from kinerja_desktop.gui.sync_versi import (
    VersiTab,
    aturan_versi,
    terlalu_lama_di_sini,
    versi_aplikasi,
)
from kinerja_desktop.services.sync_ekspor import HasilEkspor, ekspor
from kinerja_desktop.services.sync_impor import KARANTINA, HasilImpor, impor
from kinerja_desktop.services.sync_kunci import (
    KunciSitusDTO,
    daftar_kunci,
)
from kinerja_desktop.services.sync_laptop import TugasLaptop, daftar_tugas
from kinerja_desktop.services.sync_provinsi import impor_folder
from kinerja_desktop.services.sync_referensi import AturanVersi
from kinerja_desktop.services.sync_status import (
    Konflik,
    RiwayatPaket,
    StatusKanal,
    UbahTidakDiterima,
    daftar_konflik,
    riwayat,
    status_kanal,
    tidak_diterima,
)

RIWAYAT_BATAS = 500
_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
TAB_KIRIM, TAB_TERIMA, TAB_RIWAYAT, TAB_KONFLIK, TAB_TIDAK, TAB_KUNCI, TAB_PROVINSI = range(7)


@dataclass(frozen=True, slots=True)
class DataSinkron:
    status: list[StatusKanal]
    riwayat: list[RiwayatPaket]
    konflik: list[Konflik]
    tidak_diterima: list[UbahTidakDiterima]
    kunci: list[KunciSitusDTO]
    tugas: list[TugasLaptop]  # laptop assignments (empty where the tab is not shown)
    aturan: AturanVersi  # the minimum app version rule and its origin


class DropZone(QFrame):
    """The visible place to drop packages (the whole page accepts them)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_drop_zone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#sync_drop_zone { border: 2px dashed #0b5394; "
                           "background: #f3f8fd; border-radius: 6px; }")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #0b5394;")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.layout_.addWidget(self.label, 1)


class SyncPage(QWidget):
    """Sinkronisasi: status per peer, Kirim, Terima, Riwayat, Konflik, Kunci."""

    data_changed = Signal()  # an import applied changes: other pages reload
    loaded = Signal()  # the tables show the latest data

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.kolom = SyncKolom(self)
        self.data: DataSinkron | None = None
        self.load_job: JobHandle[DataSinkron] | None = None
        self.kirim_job: JobHandle[HasilEkspor] | None = None
        self.impor_job: JobHandle[list[HasilImpor]] | None = None
        self.hasil_ekspor: HasilEkspor | None = None
        self.hasil_impor: list[HasilImpor] = []
        self._loader = LatestJob(self)

        self.title = page_title()
        self.banner = InfoBar()
        self.banner.setObjectName("sync_banner")
        self._build_status()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.setDocumentMode(True)
        self._build_kirim()
        self._build_terima()
        self._build_riwayat()
        self._build_konflik()
        self._build_tidak_diterima()
        self._build_kunci()
        self.provinsi_tab: ProvinsiTab | None = None
        if self.is_provinsi:
            self._build_provinsi()
        self.laptop_tab: LaptopTab | None = None
        if self.is_laptop or (self.is_admin and self._site_role is SiteRole.OFFICE):
            self._build_laptop()
        self.versi_tab: VersiTab | None = None
        if self.is_admin:
            self._build_versi()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("sync_splitter")
        self.splitter.addWidget(self.status_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 480])
        state = settings.get(PEMBAGI)
        if state:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.tabs.setCurrentIndex(min(max(settings.get(TAB_TERAKHIR), 0), self.tabs.count() - 1))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._make_actions()
        self._set_title()
        self.reload()

    # --- building -------------------------------------------------------------------------------
    def _build_status(self) -> None:
        self.status_model = self.kolom.status_model(self)
        self.status_table = tabel(self.status_model, "sync_status")
        self.status_table.setToolTip(self.tr(
            "Satu baris per situs induk atau anak. Arahkan tetikus ke baris untuk rinciannya; "
            "klik dua kali untuk menyiapkan kiriman ke situs itu."))
        self.status_table.doubleClicked.connect(self._status_double_clicked)
        self.status_table.setMinimumHeight(80)

        self.empty = QWidget()
        self.empty.setObjectName("sync_kosong")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("sync_kosong_teks")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_tulis = QPushButton(self.tr("1. Tulis kartu kunci…"))
        self.empty_tulis.setToolTip(self.tr(
            "Menulis kartu kunci situs ini ke folder atau flashdisk, lalu menampilkan sidik "
            "jari yang dibacakan lewat telepon."))
        self.empty_tulis.clicked.connect(self.tulis_kartu)
        self.empty_terima = QPushButton(self.tr("2. Terima kartu kunci…"))
        self.empty_terima.setToolTip(self.tr(
            "Membuka kartu kunci (.kinerja-kunci) dari situs induk atau anak dan memeriksanya "
            "dengan sidik jari yang dibacakan lewat telepon."))
        self.empty_terima.clicked.connect(self.terima_kartu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_tulis)
        buttons.addWidget(self.empty_terima)
        buttons.addStretch(1)
        el = QVBoxLayout(self.empty)
        el.setContentsMargins(8, 4, 8, 4)
        el.addWidget(self.empty_label)
        el.addLayout(buttons)
        el.addStretch(1)

        self.status_stack = QStackedWidget()
        self.status_stack.addWidget(self.status_table)
        self.status_stack.addWidget(self.empty)
        self.status_box = QGroupBox(self.tr("Status per situs"))
        self.status_box.setToolTip(self.tr(
            "Keadaan pertukaran paket dengan setiap situs induk dan anak."))
        self.tanpa_pengirim = QLabel()
        self.tanpa_pengirim.setObjectName("sync_tanpa_pengirim")
        self.tanpa_pengirim.setWordWrap(True)
        self.tanpa_pengirim.setStyleSheet("color: #b3261e;")
        self.tanpa_pengirim.setToolTip(self.tr(
            "Berkas yang rusak atau bukan paket tidak dapat dipastikan pengirimnya, jadi tidak "
            "dihitung pada situs mana pun. Alasannya ada di tab Riwayat."))
        self.tanpa_pengirim.linkActivated.connect(
            lambda _link: self.tabs.setCurrentIndex(TAB_RIWAYAT))
        self.tanpa_pengirim.hide()
        self.versi_peringatan = QLabel()
        self.versi_peringatan.setObjectName("sync_versi_terlalu_lama")
        self.versi_peringatan.setWordWrap(True)
        self.versi_peringatan.setStyleSheet(
            "QLabel { color: #b3261e; background: #fde7e4; border: 1px solid #b3261e; "
            "padding: 4px; font-weight: bold; }")
        self.versi_peringatan.setToolTip(self.tr(
            "Situs induk hanya menerima paket dari Kinerja Desktop versi minimal ini atau "
            "lebih baru. Minta pemasang aplikasi versi terbaru; data di sini tidak hilang."))
        self.versi_peringatan.hide()
        self.laptop_info = QLabel()
        self.laptop_info.setObjectName("sync_laptop_info")
        self.laptop_info.setWordWrap(True)
        self.laptop_info.setTextFormat(Qt.TextFormat.RichText)
        self.laptop_info.setToolTip(self.tr(
            "Penugasan laptop ini ditentukan admin kantor induk dan ikut paket dari sana; "
            "rinciannya di tab Laptop penilai."))
        self.laptop_info.hide()
        sl = QVBoxLayout(self.status_box)
        sl.setContentsMargins(6, 6, 6, 6)
        sl.addWidget(self.versi_peringatan)
        sl.addWidget(self.status_stack)
        sl.addWidget(self.laptop_info)
        sl.addWidget(self.tanpa_pengirim)

    def _build_kirim(self) -> None:
        page = QWidget()
        self.peer_combo = QComboBox()
        self.peer_combo.setObjectName("sync_penerima")
        self.peer_combo.setToolTip(self.tr(
            "Situs tujuan paket. Bawaannya situs induk (misalnya BKD provinsi); situs anak "
            "(kantor atau laptop penilai) dipilih di sini."))
        self.peer_combo.setMinimumContentsLength(30)
        self.peer_combo.setMaximumWidth(600)
        self.peer_combo.currentIndexChanged.connect(self._peer_changed)
        self.peer_label = QLabel(self.tr("Kirim ke:"))
        self.isi_label = QLabel()
        self.isi_label.setObjectName("sync_isi_kiriman")
        self.isi_label.setWordWrap(True)
        self.isi_label.setToolTip(self.tr(
            "Paket bersifat kumulatif: berisi semua perubahan yang belum dikonfirmasi situs "
            "tujuan, jadi paket yang hilang tergantikan oleh paket berikutnya."))
        form = QFormLayout()
        form.addRow(self.peer_label, self.peer_combo)
        form.addRow(self.tr("Yang dikirim:"), self.isi_label)
        self.kirim_form = form

        self.kirim_button = QPushButton(self.tr("Kirim paket…"))
        self.kirim_button.setObjectName("sync_kirim")
        self.kirim_button.setToolTip(self.tr(
            "Menulis paket untuk situs tujuan ke folder pilihan Anda, misalnya flashdisk "
            "(Ctrl+E). Folder terakhir diingat."))
        self.kirim_button.clicked.connect(self.kirim_paket)
        self.kirim_button.setEnabled(False)  # until the peers are read
        self.drive_row = QHBoxLayout()
        self.drive_buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addWidget(self.kirim_button)
        row.addLayout(self.drive_row)
        row.addStretch(1)

        self.hasil_kirim = QLabel(self.tr("Belum ada paket yang ditulis sejak aplikasi dibuka."))
        self.hasil_kirim.setObjectName("sync_hasil_kirim")
        self.hasil_kirim.setWordWrap(True)
        self.hasil_kirim.setTextFormat(Qt.TextFormat.RichText)
        self.hasil_kirim.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hasil_kirim.setToolTip(self.tr(
            "Berkas paket terakhir yang ditulis dan isinya. Serahkan berkas itu ke situs "
            "tujuan (flashdisk, surel, atau folder bersama)."))
        self.buka_folder_button = QPushButton(self.tr("Buka folder"))
        self.buka_folder_button.setToolTip(self.tr(
            "Membuka folder tempat paket terakhir ditulis."))
        self.buka_folder_button.clicked.connect(self._open_last_folder)
        self.buka_folder_button.hide()
        box = QGroupBox(self.tr("Paket terakhir"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.hasil_kirim)
        bl.addWidget(self.buka_folder_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(1)
        self.tabs.addTab(page, self.tr("&Kirim"))
        self.tabs.setTabToolTip(TAB_KIRIM, self.tr(
            "Menulis paket berisi perubahan di sini untuk situs induk atau anak."))

    def _build_terima(self) -> None:
        page = QWidget()
        self.drop_zone = DropZone(self.tr(
            "Seret berkas paket .kinerja ke halaman ini (boleh beberapa sekaligus, atau satu "
            "folder), atau pilih dengan tombol Impor paket. Setiap paket diperiksa tanda "
            "tangannya lebih dulu; paket yang ditolak disalin ke karantina dan tidak mengubah "
            "apa pun."))
        self.impor_button = QPushButton(self.tr("Impor paket…"))
        self.impor_button.setObjectName("sync_impor")
        self.impor_button.setToolTip(self.tr(
            "Memilih satu atau beberapa berkas .kinerja dari situs induk atau anak lalu "
            "mengimpornya satu per satu (Ctrl+O)."))
        self.impor_button.clicked.connect(self.impor_paket)
        self.drop_zone.layout_.addWidget(self.impor_button)
        self.kotak_masuk_button = QPushButton(self.tr("Kotak masuk…"))
        self.kotak_masuk_button.setObjectName("sync_kotak_masuk")
        self.kotak_masuk_button.setToolTip(self.tr(
            "Memilih satu folder (folder bersama atau flashdisk berisi paket dari banyak "
            "kantor) lalu mengimpor semua paket .kinerja di dalamnya: per kantor, urut nomor "
            "paket. Paket yang rusak dikarantina tanpa menghentikan yang lain."))
        self.kotak_masuk_button.clicked.connect(self.kotak_masuk)
        self.drop_zone.layout_.addWidget(self.kotak_masuk_button)
        self.kotak_masuk_button.setVisible(self.is_provinsi)
        self.ringkasan_impor = QLabel(self.tr("Belum ada paket yang diimpor sejak aplikasi "
                                              "dibuka."))
        self.ringkasan_impor.setObjectName("sync_ringkasan_impor")
        self.ringkasan_impor.setWordWrap(True)
        self.hasil_model = self.kolom.hasil_model(self)
        self.hasil_table = tabel(self.hasil_model, "sync_hasil_impor")
        self.hasil_table.setWordWrap(True)  # the reason of a refusal is read in full
        self.hasil_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # sender and number
        self.hasil_model.modelReset.connect(self.hasil_table.resizeRowsToContents)
        self.hasil_table.setToolTip(self.tr(
            "Hasil setiap berkas yang diimpor. Arahkan tetikus ke baris untuk pesan "
            "lengkapnya dan letak salinan karantina."))
        self.karantina_button = QPushButton(self.tr("Buka folder karantina"))
        self.karantina_button.setObjectName("sync_buka_karantina")
        self.karantina_button.setToolTip(self.tr(
            "Membuka folder tempat salinan paket yang ditolak disimpan ({path}).").format(
                path=str(karantina_folder())))
        self.karantina_button.clicked.connect(self._open_karantina)
        summary = QHBoxLayout()
        summary.addWidget(self.ringkasan_impor, 1)
        summary.addWidget(self.karantina_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.drop_zone)
        layout.addLayout(summary)
        layout.addWidget(self.hasil_table, 1)
        self.tabs.addTab(page, self.tr("&Terima"))
        self.tabs.setTabToolTip(TAB_TERIMA, self.tr(
            "Mengimpor paket dari situs induk atau anak."))

    def _build_riwayat(self) -> None:
        self.riwayat_model = self.kolom.riwayat_model(self)
        self.riwayat_table = tabel(self.riwayat_model, "sync_riwayat")
        self.riwayat_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.riwayat_table.setToolTip(self.tr(
            "Paket yang ditulis dan diimpor di sini, terbaru di atas ({n} terakhir).").format(
                n=RIWAYAT_BATAS))
        self.tabs.addTab(self.riwayat_table, self.tr("&Riwayat"))
        self.tabs.setTabToolTip(TAB_RIWAYAT, self.tr(
            "Setiap paket keluar dan masuk: kapan, dengan situs mana, hasilnya."))

    def _build_konflik(self) -> None:
        self.konflik_model = self.kolom.konflik_model(self)
        self.konflik_table = tabel(self.konflik_model, "sync_konflik")
        self.konflik_table.setToolTip(self.tr(
            "Baris yang diubah di dua situs sebelum saling menerima paket. Pilih baris untuk "
            "melihat isi versi yang kalah."))
        self.konflik_table.selectionModel().selectionChanged.connect(self._konflik_selected)
        self.konflik_empty = QLabel(self.tr("Tidak ada konflik."))
        self.konflik_detail = QLabel(self.tr("Pilih konflik di kiri untuk melihat rinciannya."))
        self.konflik_detail.setObjectName("sync_konflik_rinci")
        self.konflik_detail.setWordWrap(True)
        self.konflik_detail.setTextFormat(Qt.TextFormat.RichText)
        self.isian_model = self.kolom.isian_model(self)
        self.isian_table = tabel(self.isian_model, "sync_isian_kalah")
        self.isian_table.setWordWrap(True)
        self.isian_table.setToolTip(self.tr(
            "Versi yang disimpan di samping versi yang kalah, kolom demi kolom; kolom yang "
            "berbeda ditandai \"berbeda\", disorot, dan ditampilkan paling atas."))
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(4, 0, 0, 0)
        dl.addWidget(self.konflik_detail)
        dl.addWidget(self.isian_table, 1)
        self.konflik_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.konflik_splitter.addWidget(self.konflik_table)
        self.konflik_splitter.addWidget(detail)
        self.konflik_splitter.setSizes([520, 640])
        self.konflik_splitter.setChildrenCollapsible(False)
        self.tabs.addTab(self.konflik_splitter, self.tr("K&onflik"))
        self.tabs.setTabToolTip(TAB_KONFLIK, self.tr(
            "Laporan konflik: versi mana yang disimpan, mengapa, dan isi versi yang kalah."))

    def _build_tidak_diterima(self) -> None:
        self.tidak_model = self.kolom.tidak_diterima_model(self)
        self.tidak_table = tabel(self.tidak_model, "sync_tidak_diterima")
        self.tidak_table.setWordWrap(True)  # the peer's reason, in full
        self.tidak_model.modelReset.connect(self.tidak_table.resizeRowsToContents)
        self.tidak_table.setToolTip(self.tr(
            "Perubahan dari situs ini yang ditolak situs lain atau kalah konflik di sana, "
            "menurut konfirmasi yang dikirim balik."))
        self.tabs.addTab(self.tidak_table, self.tr("Tidak &diterima"))
        self.tabs.setTabToolTip(TAB_TIDAK, self.tr(
            "Perubahan situs ini yang tidak diterima situs induk atau anak, dengan alasannya."))

    @property
    def _site_role(self) -> SiteRole | None:
        site = self.ctx.site
        return site.role if site is not None else None

    @property
    def is_provinsi(self) -> bool:
        return self._site_role is SiteRole.PROVINCE

    @property
    def is_laptop(self) -> bool:
        return self._site_role is SiteRole.LAPTOP

    @property
    def is_admin(self) -> bool:
        return self.ctx.actor.role is Role.ADMIN

    def _build_laptop(self) -> None:
        self.laptop_tab = LaptopTab(self.ctx, self.kolom, laptop_ini=self.is_laptop)
        self.laptop_tab.pesan.connect(self.banner.show_message)
        self.laptop_tab.berubah.connect(self.reload)
        self.laptop_tab.kirim_ke.connect(self.kirim_ke_laptop)
        self.laptop_tab.terima_kartu.connect(self.terima_kartu)
        i = self.tabs.addTab(self.laptop_tab, self.tr("&Laptop penilai"))
        self.tabs.setTabToolTip(i, self.tr(
            "Laptop ini memegang pekerjaan penilaian siapa (ditentukan kantor induk).")
            if self.is_laptop else self.tr(
            "Penilai yang pekerjaan penilaiannya dibawa laptop penilai: menugaskan, "
            "mengakhiri, dan mengirim paket ke laptop itu."))

    def _build_versi(self) -> None:
        self.versi_tab = VersiTab(self.ctx)
        self.versi_tab.pesan.connect(self.banner.show_message)
        self.versi_tab.berubah.connect(self.reload)
        i = self.tabs.addTab(self.versi_tab, self.tr("&Versi aplikasi"))
        self.tabs.setTabToolTip(i, self.tr(
            "Versi minimal aplikasi yang paketnya diterima, dan dari situs mana aturan itu."))

    def _build_provinsi(self) -> None:
        self.provinsi_tab = ProvinsiTab(self.ctx)
        self.tabs.addTab(self.provinsi_tab, self.tr("Rekap &provinsi"))
        self.tabs.setTabToolTip(TAB_PROVINSI, self.tr(
            "Status setiap kantor (paket terakhir, jeda, konflik, karantina) dan sebaran "
            "predikat per kantor untuk satu periode."))

    def _tab_changed(self, index: int) -> None:
        settings.set(TAB_TERAKHIR, index)
        if index == TAB_PROVINSI and self.provinsi_tab is not None \
                and self.provinsi_tab.data is None and not self.provinsi_tab.loading:
            self.provinsi_tab.reload()

    def _build_kunci(self) -> None:
        self.kunci_tab = KunciTab(self.ctx, self.kolom)
        self.kunci_tab.pesan.connect(self.banner.show_message)
        self.kunci_tab.kartu_ditulis.connect(lambda: self.tabs.setCurrentIndex(TAB_KUNCI))
        self.kunci_tab.kartu_diterima.connect(self._kartu_diterima)
        self.kunci_tab.kunci_berubah.connect(self.reload)
        self.tabs.addTab(self.kunci_tab, self.tr("K&unci"))
        self.tabs.setTabToolTip(TAB_KUNCI, self.tr(
            "Sidik jari situs ini, bertukar kartu kunci, dan daftar kunci situs terdaftar."))

    def _make_actions(self) -> None:
        self.kirim_action = QAction(self.tr("Kirim paket…"), self)
        self.kirim_action.setShortcut(QKeySequence("Ctrl+E"))
        self.kirim_action.triggered.connect(self.kirim_paket)
        self.impor_action = QAction(self.tr("Impor paket…"), self)
        self.impor_action.setShortcut(QKeySequence("Ctrl+O"))
        self.impor_action.triggered.connect(self.impor_paket)
        for action in (self.kirim_action, self.impor_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _set_title(self) -> None:
        site = self.ctx.site
        if site is None:
            self.title.setText(self.tr("Sinkronisasi"))
        else:
            self.title.setText(self.tr("Sinkronisasi — {kode} ({peran})").format(
                kode=site.code, peran=site.role.label))

    # --- loading --------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loader.running

    def reload(self) -> None:
        """Re-reads status, history, conflicts and keys in the background (F5)."""
        db, actor = self.ctx.db, self.ctx.actor
        with_tugas = self.laptop_tab is not None

        def work(progress: JobProgress) -> DataSinkron:
            del progress  # a few quick queries
            return DataSinkron(status_kanal(db, actor), riwayat(db, actor, RIWAYAT_BATAS),
                               daftar_konflik(db, actor), tidak_diterima(db, actor),
                               daftar_kunci(db, actor),
                               daftar_tugas(db, actor) if with_tugas else [],
                               aturan_versi(db))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.banner.show_message(str(exc), "error")
            else:
                show_error(self, exc)
            self.loaded.emit()

        self.load_job = self._loader.start(self.tr("Membaca status sinkronisasi"), work,
                                           self._show, failed, show_dialog=False)
        if self.provinsi_tab is not None and (
                self.provinsi_tab.data is not None or self.tabs.currentIndex() == TAB_PROVINSI):
            self.provinsi_tab.reload()

    def _show(self, data: DataSinkron) -> None:
        self.data = data
        self.status_model.set_rows(data.status)
        self.riwayat_model.set_rows(data.riwayat)
        keep = self.selected_konflik()
        self.konflik_model.set_rows(data.konflik)
        self.tidak_model.set_rows(data.tidak_diterima)
        self.kunci_tab.set_kunci(data.kunci)
        self._fill_peers(data.status)
        self._show_status_state(data)
        tanpa = sum(1 for r in data.riwayat if r.status == KARANTINA and r.situs is None)
        self.tanpa_pengirim.setText(self.tr(
            "{n} paket ditolak tanpa pengirim yang dapat dipastikan (berkas rusak atau bukan "
            "paket); <a href=\"riwayat\">lihat alasannya di Riwayat</a>.").format(n=tanpa))
        self.tanpa_pengirim.setVisible(bool(tanpa))
        self._update_tab_titles(data)
        self._show_laptop_versi(data)
        if data.konflik:
            row = next((i for i, k in enumerate(data.konflik) if keep is not None
                        and (k.id, k.dilaporkan) == (keep.id, keep.dilaporkan)), 0)
            self.konflik_table.selectRow(row)
        else:
            self._show_konflik(None)
        self._fill_drives()
        self.loaded.emit()

    def _show_status_state(self, data: DataSinkron) -> None:
        if data.status:
            self.status_stack.setCurrentWidget(self.status_table)
            return
        self.status_stack.setCurrentWidget(self.empty)
        site = self.ctx.site
        target = site.parent_code if site is not None and site.parent_code else None
        siapa = (self.tr("situs induk {kode}").format(kode=target) if target
                 else self.tr("situs induk atau anak"))
        self.empty_label.setText(self.tr(
            "<b>Belum ada situs induk atau anak yang terdaftar.</b> Paket baru dapat dikirim "
            "sesudah kedua situs bertukar kartu kunci (cukup sekali):<ol>"
            "<li>Tulis kartu kunci situs ini dan serahkan berkasnya ke {siapa} (flashdisk "
            "atau surel).</li>"
            "<li>Terima kartu kunci dari {siapa}: telepon operatornya dan ketik sidik jari "
            "yang ia bacakan.</li>"
            "<li>Saat mereka menerima kartu Anda, bacakan sidik jari situs ini (tab Kunci)."
            "</li></ol>Setelah itu gunakan <b>Kirim paket</b> dan <b>Impor paket</b>.").format(
                siapa=siapa))

    def _show_laptop_versi(self, data: DataSinkron) -> None:
        site = self.ctx.site
        kode = site.code if site is not None else None
        dicabut = {k.situs for k in data.kunci if k.dicabut}
        laptops = [(r.situs, r.nama) for r in data.status
                   if not r.induk and r.peran is SiteRole.LAPTOP and r.situs not in dicabut]
        if self.is_laptop and site is not None:
            laptops = [(site.code, site.name)]  # for the names in the read-only list
        if self.laptop_tab is not None:
            self.laptop_tab.set_data(data.tugas, laptops, kode)
        if self.is_laptop:
            aktif = [t for t in data.tugas if t.aktif and t.laptop == kode]
            self.laptop_info.setText(self.tr(
                "Laptop ini memegang pekerjaan penilaian {siapa}.").format(
                    siapa="; ".join(self.tr("<b>{nama}</b> tahun {tahun}").format(
                        nama=t.penilai_nama, tahun=t.tahun) for t in aktif)) if aktif
                else self.tr("Laptop ini belum memegang pekerjaan penilaian siapa pun; "
                             "tunggu paket dari kantor induk."))
            self.laptop_info.show()
        punya_anak = self.is_provinsi or any(not r.induk for r in data.status)
        if self.versi_tab is not None:
            self.versi_tab.set_data(data.aturan, punya_anak=punya_anak)
        aturan = data.aturan
        lama = terlalu_lama_di_sini(aturan)
        if lama and aturan.dari is not None and aturan.dari != kode:
            self.versi_peringatan.setText(self.tr(
                "Aplikasi ini versi {app}, sedangkan situs induk {induk} mewajibkan versi "
                "{minimal} atau lebih baru. Paket ke {induk} akan ditolak sampai aplikasi ini "
                "diperbarui ke versi {minimal} atau lebih baru.").format(
                    app=versi_aplikasi(), induk=aturan.dari, minimal=aturan.versi))
        elif lama:
            self.versi_peringatan.setText(self.tr(
                "Aplikasi ini versi {app}, lebih lama dari versi minimal {minimal} yang "
                "ditetapkan di sini. Paket dari situs ini akan ditolak sampai aplikasi ini "
                "diperbarui.").format(app=versi_aplikasi(), minimal=aturan.versi))
        self.versi_peringatan.setVisible(lama)

    def _update_tab_titles(self, data: DataSinkron) -> None:
        self.tabs.setTabText(TAB_KONFLIK, self.tr("K&onflik ({n})").format(n=len(data.konflik))
                             if data.konflik else self.tr("K&onflik"))
        self.tabs.setTabText(TAB_TIDAK, self.tr("Tidak &diterima ({n})").format(
            n=len(data.tidak_diterima)) if data.tidak_diterima else self.tr("Tidak &diterima"))

    # --- Kirim ----------------------------------------------------------------------------------
    def _fill_peers(self, status: Sequence[StatusKanal]) -> None:
        keep = self.peer_combo.currentData()
        self.peer_combo.blockSignals(True)
        self.peer_combo.clear()
        dicabut = self._dicabut()
        for r in sorted(status, key=lambda r: (not r.induk, r.situs)):
            text = self.tr("{kode} — {nama} ({hubungan})").format(
                kode=r.situs, nama=r.nama, hubungan=self.kolom.hubungan(r))
            if r.situs in dicabut:
                text += " " + self.tr("— kunci dicabut")
            self.peer_combo.addItem(text, r.situs)
        pos = self.peer_combo.findData(keep) if keep else -1
        self.peer_combo.setCurrentIndex(pos if pos >= 0 else 0 if status else -1)
        self.peer_combo.blockSignals(False)
        self.peer_combo.setEnabled(len(status) > 1)  # one peer: shown, nothing to choose
        self.kirim_button.setEnabled(bool(status))
        self._peer_changed()

    def penerima(self) -> str | None:
        return data_teks(self.peer_combo)

    def set_penerima(self, kode: str) -> None:
        pilih_data(self.peer_combo, kode)

    def kirim_ke_laptop(self, kode: str) -> JobHandle[HasilEkspor] | None:
        """The Kirim flow with the laptop preselected: its tab, then the folder asked."""
        self.set_penerima(kode)
        self.tabs.setCurrentIndex(TAB_KIRIM)
        if self.penerima() != kode:
            self.banner.show_message(self.tr(
                "Laptop {kode} tidak ada di daftar tujuan. Pastikan kartu kuncinya sudah "
                "diterima di tab Kunci.").format(kode=kode), "warning")
            return None
        return self.kirim_paket()

    def _status_of(self, kode: str | None) -> StatusKanal | None:
        if self.data is None or kode is None:
            return None
        return next((r for r in self.data.status if r.situs == kode), None)

    def _dicabut(self) -> set[str]:
        return {k.situs for k in self.data.kunci if k.dicabut} if self.data else set()

    def _peer_changed(self) -> None:
        r = self._status_of(self.penerima())
        if r is None:
            self.isi_label.setText(self.tr(
                "Belum ada situs tujuan: tukar kartu kunci dulu di tab Kunci."))
            return
        if r.situs in self._dicabut():
            self.isi_label.setText(self.tr(
                "Kunci situs {kode} sudah dicabut: paket untuknya tidak dapat ditulis. Bila "
                "situs itu mengganti kuncinya, terima kartu kunci barunya di tab Kunci.").format(
                    kode=r.situs))
            return
        if r.menunggu:
            text = self.tr(
                "{n} baris data yang berubah dan belum dikonfirmasi {kode} (sampai nomor "
                "{sampai}; dikonfirmasi sampai {konfirmasi}).").format(
                    n=r.menunggu, kode=r.situs, sampai=max(r.terkirim_sampai,
                                                           r.dikonfirmasi_sampai),
                    konfirmasi=r.dikonfirmasi_sampai)
        else:
            text = self.tr("Tidak ada perubahan baru untuk {kode}: paket hanya berisi "
                           "konfirmasi.").format(kode=r.situs)
        text += " " + self.tr("Ikut juga konfirmasi bahwa perubahan dari {kode} sudah "
                              "diterapkan di sini sampai nomor {n}.").format(
                                  kode=r.situs, n=r.diterima_sampai)
        if r.minta_ulang_dari is not None:
            text += " " + self.tr("Paket ini meminta {kode} mengirim ulang dari nomor {n}."
                                  ).format(kode=r.situs, n=r.minta_ulang_dari)
        self.isi_label.setText(text)

    def _fill_drives(self) -> None:
        for button in self.drive_buttons:
            self.drive_row.removeWidget(button)
            button.deleteLater()
        self.drive_buttons = []
        if not self.kirim_button.isEnabled():
            return
        for label, root in drive_lepasan():
            button = QPushButton(self.tr("Kirim ke flashdisk {drive}").format(drive=label))
            button.setToolTip(self.tr(
                "Menulis paket langsung ke flashdisk yang terpasang: {path}").format(
                    path=str(root)))
            button.clicked.connect(lambda _=False, folder=root: self.kirim_ke(folder))
            self.drive_row.addWidget(button)
            self.drive_buttons.append(button)

    def _status_double_clicked(self) -> None:
        rows = self.status_table.selectionModel().selectedRows()
        if rows:
            self.set_penerima(self.status_model.row_at(rows[0].row()).situs)
            self.tabs.setCurrentIndex(TAB_KIRIM)

    def kirim_paket(self) -> JobHandle[HasilEkspor] | None:
        """Asks for the folder (the last one first), then writes the package there."""
        if not self.kirim_button.isEnabled():
            self.banner.show_message(self.tr(
                "Belum ada situs tujuan. Tukar kartu kunci dulu di tab Kunci."), "warning")
            return None
        start = folder_awal(FOLDER_KIRIM)
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder atau flashdisk tujuan paket"), start)
        if not name:
            return None
        return self.kirim_ke(Path(name))

    def kirim_ke(self, folder: Path) -> JobHandle[HasilEkspor] | None:
        """Writes the next package for the chosen peer into ``folder`` (background)."""
        if self.kirim_job is not None and self.kirim_job.running:
            return self.kirim_job
        frasa = frasa_sandi(self, self.ctx)
        if frasa is None:
            return None
        settings.set(FOLDER_KIRIM, str(folder))
        db, actor, penerima = self.ctx.db, self.ctx.actor, self.penerima()

        def work(progress: JobProgress) -> HasilEkspor:
            del progress  # one transaction
            return ekspor(db, actor, frasa, folder, penerima)

        self.banner.hide()
        self.kirim_job = run_job(self, self.tr("Menulis paket sinkronisasi"), work,
                                 self._kirim_selesai, self._gagal)
        return self.kirim_job

    def _kirim_selesai(self, h: HasilEkspor) -> None:
        if not shiboken6.isValid(self):
            return
        self.hasil_ekspor = h
        isi = (self.tr("{n} perubahan (nomor {dari}–{sampai})").format(
            n=h.perubahan, dari=h.dari + 1, sampai=h.sampai) if h.perubahan else
            self.tr("tanpa perubahan baru (hanya konfirmasi)"))
        self.hasil_kirim.setText(self.tr(
            "Paket nomor <b>{nomor}</b> untuk <b>{penerima}</b>: {isi}; konfirmasi kiriman "
            "{penerima} sampai nomor {ack}; {ukuran}.<br>Berkas: <b>{file}</b>").format(
                nomor=h.channel_seq, penerima=h.penerima, isi=isi, ack=h.ack_sampai,
                ukuran=_LOCALE.formattedDataSize(h.ukuran), file=str(h.file)))
        self.buka_folder_button.show()
        self.banner.show_message(self.tr(
            "Paket untuk {penerima} ditulis ke {file}. Serahkan berkas itu ke {penerima}."
        ).format(penerima=h.penerima, file=str(h.file)), "info")
        self.tabs.setCurrentIndex(TAB_KIRIM)
        self.reload()

    def _open_last_folder(self) -> None:
        if self.hasil_ekspor is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.hasil_ekspor.file.parent)))

    def _open_karantina(self) -> None:
        folder = karantina_folder()
        if not folder.is_dir():
            self.banner.show_message(self.tr(
                "Belum ada paket yang dikarantina (folder {path} belum ada).").format(
                    path=str(folder)), "info")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _gagal(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, UserError):
            self.banner.show_message(str(exc), "error")
        else:
            show_error(self, exc)

    # --- Terima ---------------------------------------------------------------------------------
    def impor_paket(self) -> JobHandle[list[HasilImpor]] | None:
        start = folder_awal(FOLDER_IMPOR, FOLDER_KIRIM)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih paket sinkronisasi"), start,
            self.tr("Paket Kinerja (*.kinerja)"))
        if not names:
            return None
        return self.impor_berkas([Path(n) for n in names])

    def impor_berkas(self, files: Sequence[Path]) -> JobHandle[list[HasilImpor]] | None:
        """Imports the packages one by one in the background; Batal stops between files."""
        files = list(files)
        if not files:
            return None
        if self.impor_job is not None and self.impor_job.running:
            self.banner.show_message(self.tr(
                "Impor sebelumnya masih berjalan; tunggu sampai selesai."), "warning")
            return None
        frasa = frasa_sandi(self, self.ctx)
        if frasa is None:
            return None
        settings.set(FOLDER_IMPOR, str(files[0].parent))
        self.tabs.setCurrentIndex(TAB_TERIMA)
        self.banner.hide()
        db, actor, karantina = self.ctx.db, self.ctx.actor, karantina_folder()
        hasil: list[HasilImpor] = []
        self.hasil_impor = hasil
        self.hasil_model.set_rows([])
        self.ringkasan_impor.setText(self.tr("Mengimpor {n} berkas…").format(n=len(files)))
        self.ringkasan_impor.setStyleSheet("")
        langkah = self.tr("Mengimpor {file} ({i} dari {n})")

        def work(progress: JobProgress) -> list[HasilImpor]:
            for i, path in enumerate(files):
                progress.check_cancel()  # Batal between files; a file is all or nothing
                progress.report(i, len(files), langkah.format(file=path.name, i=i + 1,
                                                              n=len(files)))
                try:
                    hasil.append(impor(db, actor, frasa, path, karantina))
                except UserError as exc:  # unreadable, not a package: nothing changed
                    hasil.append(HasilImpor(path.name, GAGAL, str(exc)))
                progress.report(i + 1, len(files), "")
            return hasil

        def progressed(_done: int, _total: int, _text: str) -> None:
            if shiboken6.isValid(self) and len(hasil) != self.hasil_model.rowCount():
                self.hasil_model.set_rows(list(hasil))

        def cancelled() -> None:
            self._impor_selesai(list(hasil), batal=len(files) - len(hasil))

        def failed(exc: BaseException) -> None:
            self._impor_selesai(list(hasil), batal=0)
            self._gagal(exc)

        job = run_job(self, self.tr("Mengimpor paket sinkronisasi"), work,
                      lambda rows: self._impor_selesai(rows, batal=0), failed,
                      on_cancel=cancelled)
        job.progressed.connect(progressed)
        self.impor_job = job
        return job

    def kotak_masuk(self) -> JobHandle[list[HasilImpor]] | None:
        """Asks for the inbox folder, then imports every package in it."""
        start = folder_awal(FOLDER_IMPOR, FOLDER_KIRIM)
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder kotak masuk (paket dari kantor-kantor)"), start)
        if not name:
            return None
        return self.impor_folder(Path(name))

    def impor_folder(self, folder: Path) -> JobHandle[list[HasilImpor]] | None:
        """The inbox (``sync_provinsi.impor_folder``) in the background: by office and
        package number; Batal stops between files."""
        if self.impor_job is not None and self.impor_job.running:
            self.banner.show_message(self.tr(
                "Impor sebelumnya masih berjalan; tunggu sampai selesai."), "warning")
            return None
        frasa = frasa_sandi(self, self.ctx)
        if frasa is None:
            return None
        settings.set(FOLDER_IMPOR, str(folder))
        self.tabs.setCurrentIndex(TAB_TERIMA)
        self.banner.hide()
        db, actor, karantina = self.ctx.db, self.ctx.actor, karantina_folder()
        self.hasil_impor = []
        self.hasil_model.set_rows([])
        self.ringkasan_impor.setText(self.tr("Mengimpor kotak masuk {folder}…").format(
            folder=str(folder)))
        self.ringkasan_impor.setStyleSheet("")
        langkah = self.tr("Mengimpor paket {i} dari {n}")
        jumlah = [0]

        def work(progress: JobProgress) -> list[HasilImpor]:
            def tell(done: int, total: int) -> None:
                jumlah[0] = total
                progress.report(done, total, langkah.format(i=min(done + 1, total), n=total))

            return impor_folder(db, actor, frasa, folder, karantina, progress=tell,
                                batal=progress.is_cancelled)

        def done(rows: list[HasilImpor]) -> None:
            if not shiboken6.isValid(self):
                return
            if not jumlah[0]:
                self.ringkasan_impor.setText(self.tr(
                    "Tidak ada berkas .kinerja di folder {folder}.").format(folder=str(folder)))
                return
            self.hasil_impor = rows
            self._impor_selesai(rows, batal=jumlah[0] - len(rows))

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.ringkasan_impor.setText("")
            self._gagal(exc)

        job = run_job(self, self.tr("Mengimpor kotak masuk"), work, done, failed)
        self.impor_job = job
        return job

    def _impor_selesai(self, rows: list[HasilImpor], *, batal: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.hasil_model.set_rows(rows)
        hitung: dict[str, int] = {}
        for r in rows:
            hitung[r.status] = hitung.get(r.status, 0) + 1
        bagian = [self.tr("{n} diterapkan").format(n=hitung["diterapkan"])
                  if hitung.get("diterapkan") else "",
                  self.tr("{n} duplikat").format(n=hitung["duplikat"])
                  if hitung.get("duplikat") else "",
                  self.tr("{n} karantina").format(n=hitung[KARANTINA])
                  if hitung.get(KARANTINA) else "",
                  self.tr("{n} gagal dibaca").format(n=hitung[GAGAL]) if hitung.get(GAGAL)
                  else "",
                  self.tr("{n} dibatalkan (tidak diimpor)").format(n=batal) if batal else ""]
        text = self.tr("{n} berkas: {rincian}.").format(
            n=len(rows) + batal, rincian=", ".join(b for b in bagian if b) or "—")
        bad = hitung.get(KARANTINA, 0) + hitung.get(GAGAL, 0)
        if bad:
            text += " " + self.tr("Berkas yang ditolak tidak mengubah apa pun; alasannya di "
                                  "kolom Keterangan.")
        self.ringkasan_impor.setText(text)
        color = "#b3261e" if bad else "#8a6d00" if batal else "#1b6e2e"
        self.ringkasan_impor.setStyleSheet(f"color: {color}; font-weight: bold;")
        if rows and self.hasil_table.selectionModel() is not None:
            self.hasil_table.selectRow(0)
        self.reload()
        if hitung.get("diterapkan"):
            self.data_changed.emit()

    # --- drag and drop ----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)  # a QDragEnterEvent is a QDragMoveEvent

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        paket, kartu = berkas_dijatuhkan(event.mimeData())
        if paket or kartu:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paket, kartu = berkas_dijatuhkan(event.mimeData())
        if not paket and not kartu:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop has finished: a dialog (passphrase, key card) must not run inside
        # the drag-and-drop event of the platform.
        if paket:
            QTimer.singleShot(0, lambda: self.impor_berkas(paket))
        else:
            QTimer.singleShot(0, lambda: self.terima_kartu_dari(kartu[0]))

    # --- Konflik --------------------------------------------------------------------------------
    def selected_konflik(self) -> Konflik | None:
        rows = self.konflik_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.konflik_model.row_at(rows[0].row())

    def _konflik_selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_konflik(self.selected_konflik())

    def _show_konflik(self, k: Konflik | None) -> None:
        if k is None:
            self.konflik_detail.setText(
                self.tr("Tidak ada konflik.") if not self.konflik_model.rowCount() else
                self.tr("Pilih konflik di kiri untuk melihat rinciannya."))
            self.isian_model.set_rows([])
            return
        rows = bandingkan(k)
        text = self.tr(
            "<b>{data}</b> {baris}: disimpan versi <b>{menang}</b> (versi {vm}); versi "
            "<b>{kalah}</b> (versi {vk}) kalah karena <i>{dasar}</i>. Di bawah, versi yang "
            "disimpan di samping versi yang kalah; {n} kolom berbeda disorot di atas. Bila "
            "isi yang kalah yang benar, ubah datanya lagi di situs pemiliknya.").format(
                data=entitas_text(k.entitas), baris=nama_baris(k.data_menang or k.data_kalah),
                menang=k.situs_menang, vm=k.versi_menang, kalah=k.situs_kalah,
                vk=k.versi_kalah, dasar=k.dasar, n=sum(1 for r in rows if r.beda))
        if k.dilaporkan:
            text += " " + self.tr(
                "Konflik ini diputuskan di situs {situs} dan dilaporkan dalam paketnya; "
                "versi yang kalah tersimpan di sana.").format(situs=k.diputuskan_di)
        if k.data_menang is None:
            text += " " + self.tr("Baris itu kini tidak ada lagi di situs ini.")
        self.konflik_detail.setText(text)
        self.isian_model.set_rows(rows)

    # --- Kunci ----------------------------------------------------------------------------------
    def tulis_kartu(self) -> JobHandle[tuple[Path, str]] | None:
        return self.kunci_tab.tulis_kartu()

    def tulis_kartu_ke(self, folder: Path) -> JobHandle[tuple[Path, str]] | None:
        return self.kunci_tab.tulis_kartu_ke(folder)

    def terima_kartu(self) -> KunciSitusDTO | None:
        return self.kunci_tab.terima_kartu()

    def terima_kartu_dari(self, path: Path) -> KunciSitusDTO | None:
        return self.kunci_tab.terima_kartu_dari(path)

    def _kartu_diterima(self) -> None:
        self.tabs.setCurrentIndex(TAB_KUNCI)
        self.reload()

    # --- misc -------------------------------------------------------------------------------
    def _save_splitter(self, _pos: int, _index: int) -> None:
        settings.set(PEMBAGI, bytes(self.splitter.saveState().data()))

    def help_text(self) -> str:
        text = self._help_umum() + self.tr(
            "<p><b>Kunci</b> (admin): <b>Ganti kunci situs ini…</b> membuat pasangan kunci "
            "baru dan mencabut yang lama; tulis kartu kunci baru dan minta setiap situs induk "
            "dan anak menerimanya dengan pilihan <b>Ganti kunci situs itu</b>. <b>Cabut "
            "kunci…</b> (misalnya laptop yang hilang) membuat paket dari situs itu ditolak "
            "mulai sekarang; kode situsnya diketik untuk memastikan.</p>"
            "<p><b>Versi aplikasi</b> (admin): versi minimal Kinerja Desktop yang paketnya "
            "diterima. Situs yang punya situs anak dapat menetapkan atau menghapusnya; aturan "
            "itu ikut paket ke situs anak. Bila aplikasi ini lebih lama dari aturan situs "
            "induk, peringatan merah tampil di atas dan paket ke induk ditolak sampai "
            "aplikasi diperbarui.</p>")
        if self.laptop_tab is not None and not self.is_laptop:
            text += self.tr(
                "<p><b>Laptop penilai</b>: laptop seorang pejabat penilai yang dibawa keluar "
                "kantor. Terima dulu kartu kunci laptop itu (tab Kunci), lalu <b>Tugaskan…</b> "
                "penilai dan tahunnya, lalu kirim paket ke laptop itu. Penilaian yang diisi di "
                "laptop kembali lewat paket dari laptop. <b>Akhiri tugas</b> bila laptop tidak "
                "lagi membawa pekerjaan itu (impor dulu paket terakhirnya).</p>")
        elif self.is_laptop:
            text += self.tr(
                "<p><b>Laptop penilai</b>: tab ini menunjukkan pekerjaan penilaian siapa yang "
                "dibawa laptop ini, sebagaimana ditentukan admin kantor induk.</p>")
        if self.is_provinsi:
            text += self.tr(
                "<p><b>Provinsi</b>: <b>Kotak masuk…</b> (tab Terima) mengimpor semua paket "
                "dalam satu folder bersama atau flashdisk, per kantor dan urut nomor paket; "
                "paket yang rusak dikarantina tanpa menghentikan yang lain. Tab <b>Rekap "
                "provinsi</b> menampilkan status setiap kantor (paket terakhir dan jedanya, "
                "konflik, karantina, permintaan kirim ulang) dan sebaran predikat per kantor "
                "untuk periode yang dipilih.</p>")
        return text

    def _help_umum(self) -> str:
        return self.tr(
            "<h3>Sinkronisasi</h3>"
            "<p>Data berpindah antarsitus lewat berkas paket (.kinerja) yang ditandatangani "
            "dan dienkripsi; bawa dengan flashdisk, surel, atau folder bersama. Setiap situs "
            "hanya bertukar paket dengan induk dan anaknya.</p>"
            "<ul><li><b>Status per situs</b>: yang sudah dikirim dan dikonfirmasi, yang "
            "masih menunggu, yang ditolak atau kalah konflik, sampai mana kiriman situs itu "
            "diterapkan, dan paket di karantina.</li>"
            "<li><b>Kirim paket…</b> (Ctrl+E) menulis paket untuk situs tujuan. Paket bersifat "
            "kumulatif: paket yang hilang tergantikan oleh paket berikutnya.</li>"
            "<li><b>Impor paket…</b> (Ctrl+O), atau seret berkas .kinerja ke halaman ini. "
            "Paket yang ditolak (tanda tangan salah, rusak, bukan untuk situs ini, ada paket "
            "yang hilang) disalin ke folder karantina dan tidak mengubah apa pun.</li>"
            "<li><b>Konflik</b>: baris yang diubah di dua situs; versi yang kalah tetap dapat "
            "dilihat. <b>Tidak diterima</b>: perubahan situs ini yang ditolak situs lain.</li>"
            "<li><b>Kunci</b>: bertukar kartu kunci sekali per pasangan situs, sambil "
            "mencocokkan sidik jari lewat telepon.</li></ul>"
            "<p>Frasa sandi kunci situs diminta sekali selama aplikasi terbuka. Pintasan: "
            "Ctrl+E kirim, Ctrl+O impor, F5 muat ulang, Alt+huruf bergaris bawah untuk "
            "berpindah tab.</p>")


__all__ = ["SyncPage", "berkas_dijatuhkan", "drive_lepasan", "karantina_folder"]
