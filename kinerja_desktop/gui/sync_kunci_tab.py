"""The Kunci tab of the Sinkronisasi page: this site's fingerprint, big enough to read
aloud; "Tulis kartu kunci…" (the card into a folder, then the fingerprint in a dialog);
"Terima kartu kunci…" (who the card claims to be, the fingerprint heard on the phone,
stored only when equal); and the enrolled keys (issue 6 points 1 and 9)."""

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
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job
from kinerja_desktop.gui.sync_berkas import FOLDER_IMPOR, FOLDER_KIRIM, folder_awal
from kinerja_desktop.gui.sync_dialogs import SidikJariDialog, TerimaKartuDialog, frasa_sandi
from kinerja_desktop.gui.sync_models import SyncKolom, font_sidik_jari, tabel
from kinerja_desktop.services.sync_kunci import (
    KunciSitusDTO,
    periksa_kartu,
    tulis_kartu,
)
from kinerja_desktop.sync.key_card import SUFFIX as SUFFIX_KARTU


class KunciTab(QWidget):
    """Own fingerprint, writing and accepting key cards, the key list."""

    pesan = Signal(str, str)  # text, level ("info" | "warning" | "error") for the page's bar
    kartu_ditulis = Signal()
    kartu_diterima = Signal()  # a new peer: the page reloads

    def __init__(self, ctx: AppContext, kolom: SyncKolom, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kartu_job: JobHandle[tuple[Path, str]] | None = None
        self.sidik_dialog: SidikJariDialog | None = None
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.tulis_button)
        buttons.addWidget(self.terima_button)
        buttons.addStretch(1)
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
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(self.kunci_table, 1)

    def set_kunci(self, rows: list[KunciSitusDTO]) -> None:
        self.kunci_model.set_rows(rows)
        own = next((k for k in rows if k.lokal), None)
        self.sidik_label.setText(own.sidik_jari if own else self.tr("(situs belum disiapkan)"))

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
            hasil = dialog.hasil
        finally:
            dialog.deleteLater()
        if hasil is None:
            return None
        self.pesan.emit(self.tr(
            "Kunci situs {kode} ({nama}) diterima. Paket dari dan ke situs itu kini dapat "
            "diperiksa dan dikirim.").format(kode=hasil.situs, nama=hasil.nama), "info")
        self.kartu_diterima.emit()
        return hasil
