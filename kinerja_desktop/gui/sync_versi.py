"""The minimum app version rule on the Sinkronisasi page (issue 6 point 6).

The rule (``sync_referensi``) says from which Kinerja Desktop version this site accepts
packages from its children; it travels down with every package and is handed on. The
"Versi aplikasi" tab shows it and where it came from; a site with children (a province,
an office with laptops) sets or lifts it. When the rule came from the parent and this
app is older, the page warns in red that packages will be refused until it is updated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import kinerja_desktop
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.services.context import SYSTEM
from kinerja_desktop.services.sync_referensi import (
    AturanVersi,
    atur_versi_minimal,
    aturan_versi_minimal,
    terlalu_lama,
)
from kinerja_desktop.storage.engine import Database

ERROR_STYLE = "color: #b3261e;"


def aturan_versi(db: Database) -> AturanVersi:
    """The rule in force here and the site it comes from."""
    return aturan_versi_minimal(db, SYSTEM)


def versi_aplikasi() -> str:
    """This app's version, read when asked (tests replace ``kinerja_desktop.__version__``)."""
    return kinerja_desktop.__version__


def terlalu_lama_di_sini(aturan: AturanVersi) -> bool:
    return terlalu_lama(versi_aplikasi(), aturan.versi)


class VersiTab(QWidget):
    """The rule, its origin, and (with children) setting or lifting it."""

    pesan = Signal(str, str)  # text, level for the page's bar
    berubah = Signal()  # the rule changed: the page reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.aturan = AturanVersi(None, None)
        self.boleh_atur = False
        self.app_label = QLabel()
        self.app_label.setObjectName("sync_versi_aplikasi")
        self.app_label.setToolTip(self.tr("Versi Kinerja Desktop yang terpasang di komputer "
                                          "ini."))
        self.aturan_label = QLabel()
        self.aturan_label.setObjectName("sync_versi_minimal")
        self.aturan_label.setWordWrap(True)
        self.aturan_label.setTextFormat(Qt.TextFormat.RichText)
        self.aturan_label.setToolTip(self.tr(
            "Paket dari situs anak yang dibuat dengan aplikasi lebih lama dari versi ini "
            "ditolak (disalin ke karantina) dengan alasannya."))
        self.asal_label = QLabel()
        self.asal_label.setObjectName("sync_versi_asal")
        self.asal_label.setWordWrap(True)
        self.asal_label.setToolTip(self.tr(
            "Situs yang menetapkan aturan ini: situs ini sendiri, atau situs induk yang "
            "mengirimkannya bersama paketnya."))
        self.peringatan = QLabel()
        self.peringatan.setObjectName("sync_versi_peringatan")
        self.peringatan.setWordWrap(True)
        self.peringatan.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.peringatan.hide()
        info = QGroupBox(self.tr("Versi minimal aplikasi"))
        info.setToolTip(self.aturan_label.toolTip())
        form = QFormLayout(info)
        form.addRow(self.tr("Aplikasi ini:"), self.app_label)
        form.addRow(self.tr("Versi minimal:"), self.aturan_label)
        form.addRow(self.tr("Ditetapkan oleh:"), self.asal_label)
        form.addRow(self.peringatan)
        penjelasan = QLabel(self.tr(
            "Aturan ini ikut setiap paket ke situs anak dan diteruskan ke anak-anaknya. Situs "
            "anak dengan aplikasi yang lebih lama tidak dapat mengirim paket sampai "
            "aplikasinya diperbarui; paketnya ditolak dengan alasan yang jelas."))
        penjelasan.setWordWrap(True)
        form.addRow(penjelasan)

        self.atur_box = QGroupBox(self.tr("Atur versi minimal untuk situs anak"))
        self.atur_box.setToolTip(self.tr(
            "Hanya situs yang punya situs anak (provinsi, atau kantor dengan laptop penilai) "
            "yang menetapkan aturan ini."))
        self.error_label = QLabel()
        self.error_label.setObjectName("sync_versi_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.versi_edit = QLineEdit()
        self.versi_edit.setObjectName("sync_versi_edit")
        self.versi_edit.setMaxLength(24)
        self.versi_edit.setToolTip(self.tr(
            "Versi terendah yang paketnya diterima: angka dipisah titik, contoh 0.2.0. Tidak "
            "boleh lebih baru daripada aplikasi ini."))
        self.versi_edit.textEdited.connect(lambda _t: self.error_label.hide())
        self.versi_edit.returnPressed.connect(self.simpan)
        self.simpan_button = QPushButton(self.tr("Tetapkan"))
        self.simpan_button.setObjectName("sync_versi_simpan")
        self.simpan_button.setToolTip(self.tr(
            "Menetapkan versi minimal yang diketik; berlaku di sini sekarang dan di situs anak "
            "sesudah paket berikutnya diimpor di sana."))
        self.simpan_button.clicked.connect(self.simpan)
        self.hapus_button = QPushButton(self.tr("Hapus aturan"))
        self.hapus_button.setObjectName("sync_versi_hapus")
        self.hapus_button.setToolTip(self.tr(
            "Menghapus aturan: paket dari aplikasi versi berapa pun diterima lagi."))
        self.hapus_button.clicked.connect(self.hapus)
        self.catatan_induk = QLabel()
        self.catatan_induk.setObjectName("sync_versi_catatan")
        self.catatan_induk.setWordWrap(True)
        self.catatan_induk.setStyleSheet("color: #8a6d00;")
        self.catatan_induk.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Versi minimal:")))
        row.addWidget(self.versi_edit)
        row.addWidget(self.simpan_button)
        row.addWidget(self.hapus_button)
        row.addStretch(1)
        al = QVBoxLayout(self.atur_box)
        al.addLayout(row)
        al.addWidget(self.error_label)
        al.addWidget(self.catatan_induk)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.atur_box)
        layout.addStretch(1)

    def set_data(self, aturan: AturanVersi, *, punya_anak: bool) -> None:
        self.aturan = aturan
        self.boleh_atur = punya_anak
        site = self.ctx.site
        kode = site.code if site is not None else ""
        induk = site.parent_code if site is not None else None
        app = versi_aplikasi()
        self.app_label.setText(app)
        self.aturan_label.setText(f"<b>{aturan.versi}</b>" if aturan.versi else self.tr(
            "tidak ada (paket dari aplikasi versi berapa pun diterima)"))
        if aturan.versi is None:
            self.asal_label.setText("—")
        elif aturan.dari == kode:
            self.asal_label.setText(self.tr("situs ini ({kode})").format(kode=kode))
        else:
            self.asal_label.setText(self.tr("situs induk {kode}").format(
                kode=aturan.dari or induk or "?"))
        lama = terlalu_lama_di_sini(aturan)
        self.peringatan.setText(self.tr(
            "Aplikasi ini (versi {app}) lebih lama dari versi minimal {minimal}: paket dari "
            "situs ini ditolak sampai aplikasinya diperbarui.").format(
                app=app, minimal=aturan.versi) if lama else "")
        self.peringatan.setVisible(lama)
        self.atur_box.setVisible(punya_anak)
        if punya_anak and not self.versi_edit.hasFocus():
            self.versi_edit.setText(aturan.versi or "")
            self.versi_edit.setPlaceholderText(app)
        self.hapus_button.setEnabled(aturan.versi is not None)
        if punya_anak and induk:
            self.catatan_induk.setText(self.tr(
                "Situs ini juga punya situs induk ({induk}): aturan dari induk menggantikan "
                "aturan yang ditetapkan di sini saat paket induk berikutnya diimpor.").format(
                    induk=induk))
            self.catatan_induk.show()
        else:
            self.catatan_induk.hide()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def simpan(self) -> bool:
        """Sets the typed version; a bad one is said inline and nothing changes."""
        if not self.boleh_atur:
            return False
        versi = self.versi_edit.text().strip()
        if not versi:
            self._say(self.tr(
                "Ketik versi minimal, contoh 0.2.0, atau tekan Hapus aturan untuk menerima "
                "paket dari aplikasi versi berapa pun. Tidak ada yang diubah."))
            return False
        return self._atur(versi)

    def hapus(self) -> bool:
        if not self.boleh_atur:
            return False
        return self._atur(None)

    def _atur(self, versi: str | None) -> bool:
        try:
            atur_versi_minimal(self.ctx.db, self.ctx.actor, versi)
        except UserError as exc:
            self._say(self.tr("{pesan} Tidak ada yang diubah.").format(pesan=str(exc)))
            self.versi_edit.setFocus()
            self.versi_edit.selectAll()
            return False
        self.error_label.hide()
        self.pesan.emit(self.tr(
            "Versi minimal aplikasi ditetapkan: {versi}. Berlaku di situs anak sesudah paket "
            "berikutnya diimpor di sana.").format(versi=versi) if versi else self.tr(
            "Aturan versi minimal dihapus. Situs anak mengetahuinya lewat paket berikutnya."),
            "info")
        self.berubah.emit()
        return True
