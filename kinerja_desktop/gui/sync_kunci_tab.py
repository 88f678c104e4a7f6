"""The Kunci tab of the Sinkronisasi page: this site's fingerprint, big enough to read
aloud; "Tulis kartu kunci…" (the card into a folder, then the fingerprint in a dialog);
"Terima kartu kunci…" (who the card claims to be, the fingerprint heard on the phone,
stored only when equal; a known site's new keys only with "Ganti kunci situs itu…");
and the enrolled keys (issue 6 points 1 and 9). For the admin: "Ganti kunci situs
ini…" (a new key pair, the new fingerprint shown big) and "Cabut kunci…" of another
site (the site's code typed to confirm)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job
from kinerja_desktop.gui.sync_berkas import FOLDER_IMPOR, FOLDER_KIRIM, folder_awal
from kinerja_desktop.gui.sync_dialogs import (
    SidikJariDialog,
    TerimaKartuDialog,
    frasa_sandi,
    konfirmasi,
    simpan_frasa,
)
from kinerja_desktop.gui.sync_models import SyncKolom, font_sidik_jari, tabel
from kinerja_desktop.services.cetak import KunciSitus, buka_kunci
from kinerja_desktop.services.sync_kunci import (
    KunciSitusDTO,
    cabut_kunci,
    periksa_kartu,
    putar_kunci,
    tulis_kartu,
)
from kinerja_desktop.sync.key_card import SUFFIX as SUFFIX_KARTU


class KunciTab(QWidget):
    """Own fingerprint, writing and accepting key cards, the key list."""

    pesan = Signal(str, str)  # text, level ("info" | "warning" | "error") for the page's bar
    kartu_ditulis = Signal()
    kartu_diterima = Signal()  # a new peer: the page reloads
    kunci_berubah = Signal()  # rotated or revoked: the page reloads

    def __init__(self, ctx: AppContext, kolom: SyncKolom, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kartu_job: JobHandle[tuple[Path, str]] | None = None
        self.putar_job: JobHandle[tuple[KunciSitusDTO, KunciSitus]] | None = None
        self.sidik_dialog: SidikJariDialog | None = None
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.sidik_label = QLabel("—")
        self.sidik_label.setObjectName("sync_sidik_jari")
        self.sidik_label.setFont(font_sidik_jari(1.6))
        self.sidik_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sidik_label.setToolTip(self.tr(
            "Sidik jari kunci situs ini. Bacakan lewat telepon kepada operator situs induk "
            "atau anak saat mereka menerima kartu kunci situs ini."))
        self.tulis_button = QPushButton(self.tr("Tulis kartu kunci…"))
        self.tulis_button.setObjectName("sync_tulis_kartu")
        self.tulis_button.setToolTip(self.tr(
            "Menulis kartu kunci situs ini (.kinerja-kunci) ke folder atau flashdisk untuk "
            "dikirim ke situs induk atau anak."))
        self.tulis_button.clicked.connect(self.tulis_kartu)
        self.terima_button = QPushButton(self.tr("Terima kartu kunci…"))
        self.terima_button.setObjectName("sync_terima_kartu")
        self.terima_button.setToolTip(self.tr(
            "Membuka kartu kunci situs lain, menampilkan siapa pengirimnya, dan menyimpannya "
            "hanya bila sidik jari yang Anda dengar lewat telepon sama."))
        self.terima_button.clicked.connect(self.terima_kartu)
        self.putar_button = QPushButton(self.tr("Ganti kunci situs ini…"))
        self.putar_button.setObjectName("sync_putar_kunci")
        self.putar_button.setToolTip(self.tr(
            "Membuat pasangan kunci baru untuk situs ini (misalnya bila kunci lama mungkin "
            "bocor) dan mencabut yang lama. Sesudahnya situs induk dan anak harus menerima "
            "kartu kunci baru situs ini."))
        self.putar_button.clicked.connect(self.putar_kunci)
        self.putar_button.setVisible(self.is_admin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tulis_button)
        buttons.addWidget(self.terima_button)
        buttons.addStretch(1)
        buttons.addWidget(self.putar_button)
        steps = QLabel(self.tr(
            "Bertukar kartu kunci cukup sekali per pasangan situs: masing-masing menulis "
            "kartunya dan mengirimkannya, lalu menerima kartu pasangannya sambil mencocokkan "
            "sidik jari yang dibacakan lewat telepon."))
        steps.setWordWrap(True)
        own = QGroupBox(self.tr("Sidik jari situs ini"))
        ol = QVBoxLayout(own)
        ol.addWidget(self.sidik_label)
        ol.addLayout(buttons)
        ol.addWidget(steps)
        self.kunci_model = kolom.kunci_model(self)
        self.kunci_table = tabel(self.kunci_model, "sync_kunci")
        self.kunci_table.setToolTip(self.tr(
            "Situs ini dan situs yang kartunya sudah diterima, dengan sidik jarinya."))
        self.kunci_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.cabut_button = QPushButton(self.tr("Cabut kunci…"))
        self.cabut_button.setObjectName("sync_cabut_kunci")
        self.cabut_button.setToolTip(self.tr(
            "Mencabut kunci situs yang dipilih di tabel (misalnya laptop yang hilang): paket "
            "dari situs itu ditolak mulai sekarang, dan situs anak situs ini diberi tahu lewat "
            "paket berikutnya. Kode situsnya diketik untuk memastikan."))
        self.cabut_button.clicked.connect(self.cabut_kunci)
        self.cabut_button.setVisible(self.is_admin)
        self.cabut_button.setEnabled(False)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.cabut_button)
        table_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(self.kunci_table, 1)
        layout.addLayout(table_buttons)

    def set_kunci(self, rows: list[KunciSitusDTO]) -> None:
        keep = self.selected()
        self.kunci_model.set_rows(rows)
        own = next((k for k in rows if k.lokal), None)
        self.sidik_label.setText(own.sidik_jari if own else self.tr("(situs belum disiapkan)"))
        if keep is not None:
            pos = next((i for i, k in enumerate(rows) if k.situs == keep.situs), -1)
            if pos >= 0:
                self.kunci_table.selectRow(pos)
        self._update_buttons()

    def selected(self) -> KunciSitusDTO | None:
        rows = self.kunci_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.kunci_model.row_at(rows[0].row())

    def select_situs(self, kode: str) -> bool:
        pos = next((i for i, k in enumerate(self.kunci_model.rows) if k.situs == kode), -1)
        if pos >= 0:
            self.kunci_table.selectRow(pos)
        return pos >= 0

    def _update_buttons(self, *_args: object) -> None:
        k = self.selected()
        self.cabut_button.setEnabled(k is not None and not k.lokal and not k.dicabut)
        if k is None or k.lokal:
            tip = self.tr("Pilih situs lain di tabel untuk mencabut kuncinya.")
        elif k.dicabut:
            tip = self.tr("Kunci situs {kode} sudah dicabut.").format(kode=k.situs)
        else:
            tip = self.tr(
                "Mencabut kunci situs {kode}: paket dari situs itu ditolak mulai sekarang, dan "
                "situs anak situs ini diberi tahu lewat paket berikutnya. Kode situsnya "
                "diketik untuk memastikan.").format(kode=k.situs)
        self.cabut_button.setToolTip(tip)

    def _gagal(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, UserError):
            self.pesan.emit(str(exc), "error")
        else:
            show_error(self, exc)

    # --- writing this site's card ---------------------------------------------------------------
    def tulis_kartu(self) -> JobHandle[tuple[Path, str]] | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder atau flashdisk untuk kartu kunci"), folder_awal(FOLDER_KIRIM))
        if not name:
            return None
        return self.tulis_kartu_ke(Path(name))

    def tulis_kartu_ke(self, folder: Path) -> JobHandle[tuple[Path, str]] | None:
        """Writes this site's key card into ``folder``, then shows the fingerprint big."""
        frasa = frasa_sandi(self, self.ctx)
        if frasa is None:
            return None
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: JobProgress) -> tuple[Path, str]:
            del progress
            path = tulis_kartu(db, actor, frasa, folder)
            return path, periksa_kartu(path).sidik_jari

        def done(result: tuple[Path, str]) -> None:
            if not shiboken6.isValid(self):
                return
            path, sidik = result
            self.pesan.emit(self.tr(
                "Kartu kunci ditulis ke {path}. Bacakan sidik jarinya kepada penerima lewat "
                "telepon.").format(path=str(path)), "info")
            self.kartu_ditulis.emit()
            dialog = SidikJariDialog(sidik, path, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.sidik_dialog = dialog
            dialog.finished.connect(self._sidik_closed)
            dialog.open()

        self.kartu_job = run_job(self, self.tr("Menulis kartu kunci"), work, done, self._gagal)
        return self.kartu_job

    def _sidik_closed(self) -> None:
        self.sidik_dialog = None

    # --- a new key pair for this site ---------------------------------------------------------
    def putar_kunci(self) -> JobHandle[tuple[KunciSitusDTO, KunciSitus]] | None:
        """Asks once, then makes a new key pair and shows the new fingerprint big."""
        if not konfirmasi(self, self.tr("Ganti kunci situs ini"), self.tr(
                "Situs ini mendapat pasangan kunci baru, dan kunci lamanya dicabut. Paket yang "
                "sudah dalam perjalanan ke situs ini tetap dapat dibuka.<br><br><b>Sesudahnya "
                "setiap situs induk dan anak harus menerima kartu kunci baru situs ini</b> "
                "(dengan pilihan Ganti kunci situs itu, sambil mencocokkan sidik jari baru "
                "lewat telepon). Sampai itu dilakukan, paket dari situs ini ditolak di sana."),
                self.tr("Ganti kunci")):
            return None
        frasa = frasa_sandi(self, self.ctx)
        if frasa is None:
            return None
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: JobProgress) -> tuple[KunciSitusDTO, KunciSitus]:
            del progress
            baru = putar_kunci(db, actor, frasa)
            return baru, buka_kunci(db, frasa)  # printing and sync sign with the new key

        def done(result: tuple[KunciSitusDTO, KunciSitus]) -> None:
            baru, kunci = result
            simpan_frasa(db, kunci, frasa)
            if not shiboken6.isValid(self):
                return
            self.sidik_label.setText(baru.sidik_jari)
            self.pesan.emit(self.tr(
                "Kunci situs {kode} diganti. Tulis kartu kunci baru dan kirim ke situs induk "
                "dan anak; mereka harus menerimanya sebelum paket berikutnya dari situs ini "
                "dapat diperiksa.").format(kode=baru.situs), "warning")
            self.kunci_berubah.emit()
            dialog = SidikJariDialog(baru.sidik_jari, None, self, tulis=self.tulis_kartu)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.sidik_dialog = dialog
            dialog.finished.connect(self._sidik_closed)
            dialog.open()

        self.putar_job = run_job(self, self.tr("Membuat kunci baru situs ini"), work, done,
                                 self._gagal)
        return self.putar_job

    # --- revoking another site's keys -------------------------------------------------------
    def cabut_kunci(self) -> int | None:
        """Revokes the selected site's keys after its code was typed; None when not done."""
        k = self.selected()
        if k is None or k.lokal:
            self.pesan.emit(self.tr(
                "Pilih situs lain di tabel kunci dulu; kunci situs ini sendiri diganti dengan "
                "Ganti kunci situs ini, bukan dicabut."), "warning")
            return None
        if k.dicabut:
            self.pesan.emit(self.tr("Kunci situs {kode} sudah dicabut.").format(kode=k.situs),
                            "info")
            return None
        if not konfirmasi(self, self.tr("Cabut kunci situs {kode}").format(kode=k.situs),
                          self.tr(
                "Kunci situs <b>{kode}</b> ({nama}) dicabut: <b>setiap paket dari situs itu "
                "ditolak mulai sekarang</b> (disalin ke karantina), dan situs anak situs ini "
                "diberi tahu lewat paket berikutnya. Perubahan dari {kode} yang belum diimpor "
                "tidak akan masuk.<br><br>Untuk memakai situs itu lagi, ia harus mengganti "
                "kuncinya dan kartunya diterima lagi di sini.").format(kode=k.situs,
                                                                       nama=k.nama),
                          self.tr("Cabut kunci"), ketik=k.situs):
            return None
        try:
            n = cabut_kunci(self.ctx.db, self.ctx.actor, k.situs)
        except UserError as exc:
            self.pesan.emit(str(exc), "error")
            return None
        self.pesan.emit(self.tr(
            "Kunci situs {kode} dicabut ({n} kunci). Paket dari situs itu ditolak mulai "
            "sekarang.").format(kode=k.situs, n=n), "warning")
        self.kunci_berubah.emit()
        return n

    # --- accepting another site's card ---------------------------------------------------------
    def terima_kartu(self) -> KunciSitusDTO | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih kartu kunci situs lain"),
            folder_awal(FOLDER_IMPOR, FOLDER_KIRIM),
            self.tr("Kartu kunci Kinerja (*{suffix})").format(suffix=SUFFIX_KARTU))
        if not name:
            return None
        return self.terima_kartu_dari(Path(name))

    def terima_kartu_dari(self, path: Path) -> KunciSitusDTO | None:
        """Shows who the card claims to be and stores it only with the right fingerprint."""
        try:
            kartu = periksa_kartu(path)
        except UserError as exc:
            self.pesan.emit(str(exc), "error")
            return None
        dialog = TerimaKartuDialog(self.ctx, path, kartu, self)
        try:
            dialog.exec()
            hasil, diganti = dialog.hasil, dialog.diganti
        finally:
            dialog.deleteLater()
        if hasil is None:
            return None
        if diganti:
            self.pesan.emit(self.tr(
                "Kunci baru situs {kode} ({nama}) diterima; kunci lamanya dicabut. Paket "
                "bertanda tangan kunci baru kini dapat diperiksa.").format(
                    kode=hasil.situs, nama=hasil.nama), "info")
        else:
            self.pesan.emit(self.tr(
                "Kunci situs {kode} ({nama}) diterima. Paket dari dan ke situs itu kini dapat "
                "diperiksa dan dikirim.").format(kode=hasil.situs, nama=hasil.nama), "info")
        self.kartu_diterima.emit()
        return hasil
