"""Jendela utama: sidebar by role, the pages, menus, global search and status bar."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui import jobs, settings
from kinerja_desktop.gui.beranda_page import BerandaPage
from kinerja_desktop.gui.cetak_page import CetakPage
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.drops import first_xlsx
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.kunci_dialog import lupakan_kunci
from kinerja_desktop.gui.pegawai_page import PegawaiPage
from kinerja_desktop.gui.penilaian_page import PenilaianPage
from kinerja_desktop.gui.rapat_evaluasi_page import RapatEvaluasiPage
from kinerja_desktop.gui.skm_page import SkmPage
from kinerja_desktop.gui.skp_page import SkpPage
from kinerja_desktop.gui.sync_berkas import berkas_dijatuhkan
from kinerja_desktop.gui.sync_page import SyncPage
from kinerja_desktop.gui.tindak_lanjut_page import TindakLanjutPage
from kinerja_desktop.gui.unit_page import UnitPage
from kinerja_desktop.gui.verifikasi_dialog import buka_verifikasi
from kinerja_desktop.gui.year_selector import YearSelector
from kinerja_desktop.logging_setup import current_log_file
from kinerja_desktop.services.demo import make_demo


@runtime_checkable
class Reloadable(Protocol):
    def reload(self) -> None: ...


@runtime_checkable
class HasHelp(Protocol):
    def help_text(self) -> str: ...


@runtime_checkable
class MayClose(Protocol):
    def may_close(self) -> bool: ...


@dataclass(frozen=True)
class NavItem:
    key: str
    title: str
    roles: frozenset[Role]
    available: bool
    tip: str


_ALL = frozenset(Role)
_STAFF = frozenset({Role.ADMIN, Role.PENILAI, Role.OPERATOR})
_LATER = QT_TRANSLATE_NOOP("MainWindow", "Belum tersedia pada versi ini")

# (key, title, roles, available, tip); title and tip are translated in nav_items().
_NAV: tuple[tuple[str, str, frozenset[Role], bool, str], ...] = (
    ("beranda", QT_TRANSLATE_NOOP("MainWindow", "Beranda"), _ALL, True,
     QT_TRANSLATE_NOOP("MainWindow", "Ringkasan situs dan langkah berikutnya")),
    ("pegawai", QT_TRANSLATE_NOOP("MainWindow", "Pegawai"), _STAFF, True,
     QT_TRANSLATE_NOOP("MainWindow", "Daftar pegawai, atasan, impor dan ekspor Excel")),
    ("unit_kerja", QT_TRANSLATE_NOOP("MainWindow", "Unit Kerja"), _STAFF, True,
     QT_TRANSLATE_NOOP("MainWindow", "Susunan unit kerja dan jumlah pegawainya")),
    ("skp", QT_TRANSLATE_NOOP("MainWindow", "SKP"),
     frozenset({Role.ADMIN, Role.PENILAI, Role.PEGAWAI}), True,
     QT_TRANSLATE_NOOP("MainWindow", "Sasaran Kinerja Pegawai: daftar, penyusunan, "
                       "persetujuan dan matriks peran hasil")),
    ("penilaian", QT_TRANSLATE_NOOP("MainWindow", "Penilaian"),
     frozenset({Role.ADMIN, Role.PENILAI}), True,
     QT_TRANSLATE_NOOP("MainWindow", "Rating pegawai per periode dari papan ketik (1/2/3, "
                       "Enter) dengan kurva distribusi predikat")),
    ("tindak_lanjut", QT_TRANSLATE_NOOP("MainWindow", "Tindak Lanjut"), _STAFF, True,
     QT_TRANSLATE_NOOP("MainWindow", "Evaluasi kompetensi, kebutuhan pelatihan, calon "
                       "penghargaan, angka kredit dan tabel tunjangan")),
    ("skm", QT_TRANSLATE_NOOP("MainWindow", "SKM"), _STAFF, True,
     QT_TRANSLATE_NOOP("MainWindow", "Survei kepuasan masyarakat per unit dan periode, dan "
                       "capaian kinerja organisasi")),
    ("rapat_evaluasi", QT_TRANSLATE_NOOP("MainWindow", "Rapat Evaluasi"), _STAFF, True,
     QT_TRANSLATE_NOOP("MainWindow", "Catatan rapat evaluasi unit: peserta, kesimpulan, "
                       "tindak lanjut, dengan rekap unit sebagai agenda")),
    ("cetak", QT_TRANSLATE_NOOP("MainWindow", "Cetak"), _ALL, True,
     QT_TRANSLATE_NOOP("MainWindow", "Pratinjau dan cetak SKP, evaluasi, rekap, penetapan "
                       "predikat dan laporan SKM; cetak massal per unit")),
    ("sinkronisasi", QT_TRANSLATE_NOOP("MainWindow", "Sinkronisasi"),
     frozenset({Role.ADMIN, Role.OPERATOR}), True,
     QT_TRANSLATE_NOOP("MainWindow", "Kirim dan impor paket data dengan situs induk atau "
                       "anak, riwayat, konflik, dan kartu kunci situs")),
    ("pengaturan", QT_TRANSLATE_NOOP("MainWindow", "Pengaturan"),
     frozenset({Role.ADMIN, Role.OPERATOR}), False, _LATER),
)


def nav_items() -> list[NavItem]:
    """The sidebar, in order and in the current language; a role sees only its items."""
    return [
        NavItem(key, QCoreApplication.translate("MainWindow", title), roles, available,
                QCoreApplication.translate("MainWindow", tip))
        for key, title, roles, available, tip in _NAV
    ]


class PlaceholderPage(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    """The pages a role may use, menus (Berkas/Data/Bantuan), search and status bar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = ctx.actor.role is Role.ADMIN
        site = ctx.site
        self.setWindowTitle(self.tr("Kinerja Desktop — {name}").format(name=site.name)
                            if site else self.tr("Kinerja Desktop"))
        self.setAcceptDrops(True)
        self._restored = False

        self.items = [i for i in nav_items() if ctx.actor.role in i.roles]
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.home = BerandaPage(ctx)
        self.home.import_requested.connect(self.choose_import_file)
        self.home.demo_requested.connect(self.make_demo_data)
        self.home.page_requested.connect(self.show_page)
        self.pegawai_page: PegawaiPage | None = None
        self.unit_page: UnitPage | None = None
        self.skp_page: SkpPage | None = None
        self.penilaian_page: PenilaianPage | None = None
        self.sync_page: SyncPage | None = None
        self.periode_dialog: QWidget | None = None
        for item in self.items:
            entry = QListWidgetItem(item.title)
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            entry.setToolTip(item.tip)
            entry.setSizeHint(QSize(0, 30))
            if not item.available:
                entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sidebar.addItem(entry)
            page = self._make_page(item.key) if item.available else None
            if page is not None:
                self.pages[item.key] = page
                self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._row_changed)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        if self.unit_page is not None and self.skp_page is None:
            self.unit_page.sasaran.matriks_button.hide()  # the matriks lives on the SKP page
        ctx.tahun.changed.connect(self._year_changed)
        wanted = settings.get(settings.LAST_PAGE)
        self.show_page(wanted if wanted in self.pages else "beranda")

    # --- pages ----------------------------------------------------------------------------------
    def _make_page(self, key: str) -> QWidget | None:
        if key == "beranda":
            return self.home
        if key == "pegawai":
            self.pegawai_page = PegawaiPage(self.ctx)
            self.pegawai_page.pegawai_changed.connect(self._pegawai_changed)
            self.pegawai_page.demo_requested.connect(self.make_demo_data)
            self.pegawai_page.skp_requested.connect(self.open_skp)
            return self.pegawai_page
        if key == "unit_kerja":
            self.unit_page = UnitPage(self.ctx)
            self.unit_page.units_changed.connect(self._data_changed)
            self.unit_page.matriks_requested.connect(self.show_matriks)
            return self.unit_page
        if key == "skp":
            self.skp_page = SkpPage(self.ctx)
            self.skp_page.skp_changed.connect(self._data_changed)
            self.skp_page.queue_count_changed.connect(self._queue_count_changed)
            self._queue_count_changed(self.skp_page.queue_count)  # read while it was built
            return self.skp_page
        if key == "penilaian":
            self.penilaian_page = PenilaianPage(self.ctx)
            self.penilaian_page.penilaian_changed.connect(self._data_changed)
            self.penilaian_page.page_requested.connect(self.show_page)
            return self.penilaian_page
        if key == "tindak_lanjut":
            tindak_lanjut = TindakLanjutPage(self.ctx)
            tindak_lanjut.page_requested.connect(self.show_page)
            return tindak_lanjut
        if key == "skm":
            return SkmPage(self.ctx)
        if key == "rapat_evaluasi":
            rapat = RapatEvaluasiPage(self.ctx)
            rapat.page_requested.connect(self.show_page)
            return rapat
        if key == "cetak":
            cetak = CetakPage(self.ctx)
            cetak.page_requested.connect(self.show_page)
            return cetak
        if key == "sinkronisasi":
            self.sync_page = SyncPage(self.ctx)
            self.sync_page.data_changed.connect(self.reload_all)
            return self.sync_page
        return PlaceholderPage(self.tr("Belum tersedia pada versi ini"))

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "beranda"

    def current_page(self) -> QWidget:
        return self.stack.currentWidget() or self.home

    def show_page(self, key: str) -> bool:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and key in self.pages:
                self.sidebar.setCurrentRow(row)
                return True
        return False

    def nav_entry(self, key: str) -> QListWidgetItem | None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def _queue_count_changed(self, count: int) -> None:
        """The SKP item shows how many SKPs wait for this account's approval."""
        entry = self.nav_entry("skp")
        if entry is None:
            return
        base = next(i for i in self.items if i.key == "skp")
        if count:
            entry.setText(self.tr("{title}  ({n} menunggu)").format(title=base.title, n=count))
            entry.setToolTip(self.tr("{n} SKP menunggu persetujuan Anda. {tip}").format(
                n=count, tip=base.tip))
        else:
            entry.setText(base.title)
            entry.setToolTip(base.tip)

    def open_skp(self, skp_id: object) -> None:
        """From the Pegawai detail: the SKP in the editor on the SKP page."""
        if self.skp_page is None or not isinstance(skp_id, uuid.UUID):
            return
        if self.show_page("skp"):
            self.skp_page.open_skp(skp_id)

    def show_matriks(self, unit_id: object) -> None:
        """From the Unit Kerja page: the unit's matriks peran hasil on the SKP page."""
        if self.skp_page is None or not isinstance(unit_id, uuid.UUID):
            return
        if self.show_page("skp"):
            self.skp_page.show_matriks(unit_id)

    def _row_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        page = self.pages.get(key)
        if page is not None:
            self.stack.setCurrentWidget(page)
            settings.set(settings.LAST_PAGE, key)

    # --- actions and menus ---------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Keluar"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.import_action = QAction(self.tr("&Impor pegawai dari Excel…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Memilih berkas .xlsx daftar pegawai; pratinjau "
                                              "ditampilkan sebelum disimpan."))
        self.import_action.triggered.connect(self.choose_import_file)
        self.import_action.setEnabled(self.is_admin and self.pegawai_page is not None)
        self.reload_action = QAction(self.tr("&Muat ulang"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.reload_current)
        self.search_action = QAction(self.tr("&Cari pegawai"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.focus_search)
        self.search_action.setEnabled(self.pegawai_page is not None)
        self.demo_action = QAction(self.tr("Buat &data contoh…"), self)
        self.demo_action.triggered.connect(self.make_demo_data)
        self.demo_action.setEnabled(self.is_admin)
        self.help_action = QAction(self.tr("&Bantuan layar ini"), self)
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        self.about_action = QAction(self.tr("&Tentang Kinerja Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        self.periode_action = QAction(self.tr("&Periode penilaian {tahun}…").format(
            tahun=self.ctx.tahun.value), self)
        self.periode_action.setToolTip(
            self.tr("Skema periode (bulanan, triwulanan, semesteran) dan tenggat tahun kerja.")
            if self.is_admin else
            self.tr("Melihat skema periode dan tenggat tahun kerja (hanya admin yang dapat "
                    "mengubahnya)."))
        self.periode_action.triggered.connect(self.show_periode)
        self.verify_action = QAction(self.tr("&Verifikasi dokumen cetak…"), self)
        self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_action.setToolTip(self.tr(
            "Memeriksa keaslian SKP atau dokumen evaluasi tercetak dari kode verifikasinya "
            "atau berkas PDF-nya."))
        self.verify_action.triggered.connect(self.show_verifikasi)
        for action in (self.quit_action, self.import_action, self.reload_action,
                       self.search_action, self.demo_action, self.help_action,
                       self.verify_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addAction(self.import_action)
        berkas.addAction(self.verify_action)
        berkas.addSeparator()
        berkas.addAction(self.quit_action)
        berkas.setToolTipsVisible(True)
        data = bar.addMenu(self.tr("&Data"))
        data.addAction(self.reload_action)
        data.addAction(self.search_action)
        data.addSeparator()
        data.addAction(self.periode_action)
        data.addSeparator()
        data.addAction(self.demo_action)
        data.setToolTipsVisible(True)
        bantuan = bar.addMenu(self.tr("B&antuan"))
        bantuan.addAction(self.help_action)
        bantuan.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Bilah alat"))
        bar.setObjectName("toolbar_utama")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addAction(self.reload_action)
        bar.addWidget(spacer)
        self.year_selector = YearSelector(self.ctx.tahun)
        bar.addWidget(self.year_selector)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("global_search")
        self.search_edit.setPlaceholderText(self.tr("Cari pegawai: nama atau NIP (Ctrl+K)"))
        self.search_edit.setToolTip(self.tr(
            "Ketik nama atau NIP lalu tekan Enter untuk membuka halaman Pegawai dengan "
            "pencarian itu. Contoh: siti, atau 198507122010012003."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setFixedWidth(340)
        self.search_edit.setEnabled(self.pegawai_page is not None)
        self.search_edit.returnPressed.connect(self._search_entered)
        bar.addWidget(self.search_edit)

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        site = self.ctx.site
        if site is not None:
            site_text = self.tr("Situs: {code} ({role})").format(code=site.code,
                                                                 role=site.role.label)
        else:
            site_text = self.tr("Situs: belum disiapkan")
        self.site_status = QLabel(site_text)
        where = self.ctx.db.where
        name = Path(where).name if self.ctx.db.is_sqlite and where else where
        self.db_status = QLabel(self.tr("Basis data: {name}").format(name=name))
        self.db_status.setToolTip(where)
        self.user_status = QLabel(self.tr("Pengguna: {user} — {role}").format(
            user=self.ctx.actor.username, role=self.ctx.actor.role.label))
        for label in (self.site_status, self.db_status, self.user_status):
            label.setContentsMargins(6, 0, 6, 0)
            status.addPermanentWidget(label)

    # --- behaviour ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_entered(self) -> None:
        text = self.search_edit.text().strip()
        if text:
            self.search_pegawai(text)
            self.search_edit.clear()  # the Pegawai page's own search box now holds it

    def search_pegawai(self, text: str) -> None:
        """Opens the Pegawai page filtered by ``text`` (name or NIP)."""
        if self.pegawai_page is None:
            return
        self.show_page("pegawai")
        self.pegawai_page.set_search_text(text)

    def start_import(self, path: Path) -> None:
        if self.pegawai_page is None or not self.is_admin:
            QMessageBox.information(self, self.tr("Impor pegawai"), self.tr(
                "Hanya admin yang dapat mengimpor data pegawai."))
            return
        self.show_page("pegawai")
        self.pegawai_page.start_import(path)

    def choose_import_file(self) -> None:
        if self.pegawai_page is None or not self.is_admin:
            return
        folder = settings.get(settings.LAST_IMPORT_DIR) or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas Excel daftar pegawai"), folder,
            self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            path = Path(name)
            settings.set(settings.LAST_IMPORT_DIR, str(path.parent))
            self.start_import(path)

    def make_demo_data(self) -> None:
        if not self.is_admin:
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("Buat data contoh"),
            self.tr("Jumlah pegawai rekaan yang dibuat (unit kerja ikut dibuat).\n"
                    "Data contoh hanya untuk latihan: jangan di basis data kantor sebenarnya."),
            settings.get(settings.DEMO_COUNT), 1, 5000)
        if not ok:
            return
        settings.set(settings.DEMO_COUNT, count)
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: jobs.JobProgress) -> None:

            def report(done: int, total: int) -> None:
                progress.report(done, total)

            try:
                make_demo(db, actor, pegawai=count, progress=report,
                          should_cancel=progress.is_cancelled)
            except UserError:
                progress.check_cancel()  # Batal pressed: quietly cancelled, nothing made
                raise

        self.demo_job = jobs.run_job(self, self.tr("Membuat data contoh"), work,
                                     lambda _result: self.reload_all(),
                                     on_cancel=self.reload_all)

    def reload_current(self) -> None:
        page = self.current_page()
        if isinstance(page, Reloadable):
            page.reload()
        if page is not self.home:
            self.home.reload()

    def show_verifikasi(self) -> None:
        buka_verifikasi(self, self.ctx)

    def show_periode(self) -> None:
        from kinerja_desktop.gui.periode_dialog import PeriodeDialog

        dialog = PeriodeDialog(self.ctx, self.ctx.tahun.value, self)
        self.periode_dialog = dialog
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            self.periode_dialog = None

    def _year_changed(self, tahun: int) -> None:
        self.home.reload()
        self.periode_action.setText(self.tr("&Periode penilaian {tahun}…").format(tahun=tahun))

    def reload_all(self) -> None:
        for page in self.pages.values():
            if isinstance(page, Reloadable):
                page.reload()

    def _data_changed(self) -> None:
        self.home.reload()

    def _pegawai_changed(self) -> None:
        self.home.reload()
        if self.unit_page is not None:
            self.unit_page.reload()

    def show_help(self) -> None:
        page = self.current_page()
        text = page.help_text() if isinstance(page, HasHelp) else ""
        if not text:
            text = self.tr("<h3>{title}</h3><p>Bantuan untuk layar ini belum tersedia.</p>"
                           ).format(title=self.sidebar.currentItem().text()
                                    if self.sidebar.currentItem() else "")
        text += self.tr(
            "<hr><p><b>Pintasan umum</b>: Ctrl+K cari pegawai · F5 muat ulang · "
            "Ctrl+N baru · Ctrl+Shift+V verifikasi dokumen · F1 bantuan · Ctrl+Q keluar.</p>")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Bantuan"), text,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Tutup"))
        box.exec()
        box.deleteLater()

    def show_about(self) -> None:
        from kinerja_desktop import __version__ as version

        log = current_log_file()
        QMessageBox.about(self, self.tr("Tentang Kinerja Desktop"), self.tr(
            "<h3>Kinerja Desktop {version}</h3><p>Pengelolaan kinerja ASN (SKP, penilaian, "
            "cetak, sinkronisasi) yang bekerja tanpa internet.</p>"
            "<p>Basis data: {db}<br>Log: {log}</p>").format(
                version=version, db=self.ctx.db.where, log=log or "—"))

    # --- drag and drop ----------------------------------------------------------------------------
    @staticmethod
    def _dropped_xlsx(event: QDragEnterEvent | QDropEvent) -> Path | None:
        return first_xlsx(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.sync_page is not None and any(berkas_dijatuhkan(event.mimeData())):
            event.acceptProposedAction()  # a .kinerja package anywhere: sync import
            return
        on_skp = self.skp_page is not None and self.current_key() == "skp"
        if (on_skp or (self.is_admin and self.pegawai_page is not None)) and \
                self._dropped_xlsx(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.sync_page is not None and any(berkas_dijatuhkan(event.mimeData())):
            self.show_page("sinkronisasi")
            self.sync_page.dropEvent(event)
            return
        path = self._dropped_xlsx(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if self.skp_page is not None and self.current_key() == "skp":
            self.skp_page.start_import(path)  # an SKP workbook onto the SKP page
            return
        self.start_import(path)

    # --- window state -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            self.restore_window_state()
        super().showEvent(event)

    def restore_window_state(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)

    def save_window_state(self) -> None:
        settings.set(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(settings.WINDOW_STATE, bytes(self.saveState().data()))

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            if isinstance(page, MayClose) and not page.may_close():
                event.ignore()  # an editor with unsaved changes; the user chose to stay
                return
        # Quiet background loads are simply cancelled; work the user started is asked about.
        running = [job for job in jobs.active_jobs() if job.shows_progress]
        if running:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keluar"), self.tr(
                "{n} pekerjaan masih berjalan ({title}). Batalkan pekerjaan itu dan keluar? "
                "Yang belum selesai tidak disimpan.").format(n=len(running),
                                                               title=running[0].title),
                QMessageBox.StandardButton.NoButton, self)
            quit_button = box.addButton(self.tr("Batalkan dan keluar"),
                                        QMessageBox.ButtonRole.AcceptRole)
            stay = box.addButton(self.tr("Tetap di aplikasi"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(stay)
            box.exec()
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is not quit_button:
                event.ignore()
                return
        jobs.cancel_all()
        jobs.wait_for_jobs()
        lupakan_kunci(self.ctx.db)  # the unlocked site key must not outlive the window
        self.save_window_state()
        super().closeEvent(event)


def fits_screen(window: QWidget, width: int = 1366, height: int = 768) -> bool:
    """Whether the window's layout needs no more than the given size."""
    hint = window.minimumSizeHint()
    return hint.width() <= width and hint.height() <= height


__all__ = ["BerandaPage", "MainWindow", "NavItem", "fits_screen", "nav_items"]

