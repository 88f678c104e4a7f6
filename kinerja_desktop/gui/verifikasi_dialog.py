"""Verifikasi Dokumen: is this printout genuine? (issue 5 point 4, SCREENS §12)

Type the short code printed under the QR code (or let a handheld scanner type the QR
text and Enter), or open / drop the PDF. The answer is a large green "ASLI" or a red
"TIDAK SAH" with the reason in one sentence, and the document's key data to compare
with the paper. Everything is checked against the local database (services/verifikasi).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.services.verifikasi import (
    HasilVerifikasi,
    StatusVerifikasi,
    verifikasi_kode,
    verifikasi_pdf,
)

_CTX = "VerifikasiDialog"
GREEN, RED = "#1b6e2e", "#b3261e"
GREEN_BG, RED_BG = "#e6f4ea", "#fde7e4"

STATUS_TEXT: dict[StatusVerifikasi, str] = {
    StatusVerifikasi.ASLI: QT_TRANSLATE_NOOP("VerifikasiDialog", "Asli"),
    StatusVerifikasi.DIUBAH: QT_TRANSLATE_NOOP("VerifikasiDialog", "Data diubah"),
    StatusVerifikasi.DIGANTIKAN: QT_TRANSLATE_NOOP(
        "VerifikasiDialog", "Sudah digantikan versi yang lebih baru"),
    StatusVerifikasi.SITUS_TIDAK_DIKENAL: QT_TRANSLATE_NOOP(
        "VerifikasiDialog", "Situs penanda tangan tidak dikenal"),
    StatusVerifikasi.TIDAK_DIKENAL: QT_TRANSLATE_NOOP("VerifikasiDialog",
                                                      "Kode tidak terdaftar"),
    StatusVerifikasi.BUKAN_DOKUMEN: QT_TRANSLATE_NOOP("VerifikasiDialog",
                                                      "Bukan dokumen Kinerja Desktop"),
    StatusVerifikasi.KODE_SALAH: QT_TRANSLATE_NOOP("VerifikasiDialog", "Kode salah ketik"),
}


def status_text(status: StatusVerifikasi) -> str:
    return QCoreApplication.translate(_CTX, STATUS_TEXT[status])


def dropped_pdf(urls: list[Path]) -> Path | None:
    """The first local .pdf among dropped files."""
    return next((p for p in urls if p.suffix.lower() == ".pdf"), None)


class VerifikasiDialog(QDialog):
    """Checks a verification code or a PDF and shows the verdict with the key data."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hasil: HasilVerifikasi | None = None
        self.setWindowTitle(self.tr("Verifikasi Dokumen"))
        self.setAcceptDrops(True)

        intro = QLabel(self.tr(
            "Periksa keaslian SKP atau dokumen evaluasi yang dicetak Kinerja Desktop. Ketik "
            "kode verifikasi yang tercetak di bawah kode QR, pindai kode QR dengan pemindai "
            "(hasilnya terketik di kotak kode), atau buka berkas PDF-nya. Berkas PDF juga "
            "dapat diseret ke jendela ini."))
        intro.setWordWrap(True)

        self.kode_edit = QLineEdit()
        self.kode_edit.setObjectName("kode_verifikasi")
        self.kode_edit.setPlaceholderText(self.tr(
            "contoh: DISDIK-LS/7KQ2M-X9P4T-3H, atau pindai kode QR"))
        self.kode_edit.setClearButtonEnabled(True)
        self.kode_edit.setToolTip(self.tr(
            "Kode verifikasi tercetak di setiap halaman dokumen, di samping kode QR, dengan "
            "bentuk SITUS/XXXXX-XXXXX-CC. Huruf besar/kecil dan spasi tidak berpengaruh; "
            "huruf O dibaca angka 0, huruf I dan L dibaca angka 1. Pemindai kode QR yang "
            "mengetik hasilnya juga dapat dipakai: isi kode QR diperiksa seutuhnya."))
        self.kode_edit.returnPressed.connect(self.periksa)
        self.periksa_button = QPushButton(self.tr("Periksa"))
        self.periksa_button.setToolTip(self.tr("Memeriksa kode yang diketik (Enter)."))
        self.periksa_button.clicked.connect(self.periksa)
        self.pdf_button = QPushButton(self.tr("Buka PDF…"))
        self.pdf_button.setShortcut(QKeySequence("Ctrl+O"))
        self.pdf_button.setToolTip(self.tr(
            "Memilih berkas PDF dokumen (Ctrl+O); kode verifikasinya dibaca dari berkas. "
            "Dokumen draf tidak mempunyai kode."))
        self.pdf_button.clicked.connect(self.buka_pdf)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kode:")))
        row.addWidget(self.kode_edit, 1)
        row.addWidget(self.periksa_button)
        row.addWidget(self.pdf_button)

        # --- the verdict
        self.panel = QFrame()
        self.panel.setObjectName("hasil_panel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.verdict.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_verifikasi")
        bold = self.status_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.status_label.setFont(bold)
        self.pesan_label = QLabel()
        self.pesan_label.setObjectName("pesan_verifikasi")
        self.pesan_label.setWordWrap(True)
        self.pesan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rincian_box = QWidget()
        self.rincian = QFormLayout(self.rincian_box)
        self.rincian.setContentsMargins(0, 6, 0, 0)
        self.rincian.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addWidget(self.verdict)
        panel_layout.addWidget(self.status_label)
        panel_layout.addWidget(self.pesan_label)
        panel_layout.addWidget(self.rincian_box)
        panel_layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(620, 460)
        self.show_empty()

    # --- showing -------------------------------------------------------------------------------
    def _panel_colors(self, fg: str, bg: str) -> None:
        self.panel.setStyleSheet(
            f"QFrame#hasil_panel {{ background: {bg}; border: 1px solid {fg}; }}")
        self.verdict.setStyleSheet(f"color: {fg};")
        self.status_label.setStyleSheet(f"color: {fg};")

    def _clear_rincian(self) -> None:
        while self.rincian.rowCount():
            self.rincian.removeRow(0)

    def show_empty(self) -> None:
        """Before the first check: what to do."""
        self.hasil = None
        self.panel.setStyleSheet("")
        self.verdict.setStyleSheet("color: #555555;")
        self.verdict.setText(self.tr("Belum diperiksa"))
        self.status_label.setText("")
        self.pesan_label.setText(self.tr(
            "Ketik atau pindai kode verifikasi lalu tekan Enter, atau buka / seret berkas PDF "
            "dokumen ke jendela ini."))
        self._clear_rincian()
        self.rincian_box.hide()

    def show_result(self, hasil: HasilVerifikasi) -> None:
        self.hasil = hasil
        if hasil.asli:
            self._panel_colors(GREEN, GREEN_BG)
            self.verdict.setText(self.tr("✔ ASLI"))
        else:
            self._panel_colors(RED, RED_BG)
            self.verdict.setText(self.tr("✘ TIDAK SAH"))
        self.status_label.setText(status_text(hasil.status))
        self.status_label.setVisible(not hasil.asli)  # "ASLI" already says it
        self.pesan_label.setText(hasil.pesan)
        self._clear_rincian()
        for label, value in hasil.rincian:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rincian.addRow(self.tr("{label}:").format(label=label), text)
        self.rincian_box.setVisible(bool(hasil.rincian))

    def rincian_rows(self) -> list[tuple[str, str]]:
        """The key data as shown (label without the colon, value)."""
        rows: list[tuple[str, str]] = []
        for r in range(self.rincian.rowCount()):
            label_item = self.rincian.itemAt(r, QFormLayout.ItemRole.LabelRole)
            value_item = self.rincian.itemAt(r, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            value = value_item.widget() if value_item is not None else None
            if isinstance(label, QLabel) and isinstance(value, QLabel):
                rows.append((label.text().rstrip(":"), value.text()))
        return rows

    # --- checking ------------------------------------------------------------------------------
    def periksa(self) -> HasilVerifikasi | None:
        """Checks the typed code (or QR text)."""
        return self.periksa_kode(self.kode_edit.text())

    def periksa_kode(self, teks: str) -> HasilVerifikasi | None:
        if self.kode_edit.text() != teks:
            self.kode_edit.setText(teks)
        try:
            hasil = verifikasi_kode(self.ctx.db, teks)
        except UserError as exc:
            show_error(self, exc)
            return None
        self.show_result(hasil)
        self.kode_edit.selectAll()  # the next scan replaces it
        return hasil

    def ask_pdf_path(self) -> Path | None:
        """The file dialog of "Buka PDF…" (tests replace this method)."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih PDF yang akan diperiksa"),
                                              "", self.tr("Dokumen PDF (*.pdf)"))
        return Path(name) if name else None

    def buka_pdf(self) -> HasilVerifikasi | None:
        path = self.ask_pdf_path()
        return self.periksa_pdf(path) if path is not None else None

    def periksa_pdf(self, path: Path) -> HasilVerifikasi | None:
        try:
            hasil = verifikasi_pdf(self.ctx.db, Path(path))
        except UserError as exc:
            show_error(self, exc)
            return None
        self.kode_edit.setText(hasil.kode)
        self.show_result(hasil)
        return hasil

    # --- drag and drop --------------------------------------------------------------------------
    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_pdf(self._paths(event)) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_pdf(self._paths(event))
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.periksa_pdf(path)


def buka_verifikasi(parent: QWidget | None, ctx: AppContext) -> VerifikasiDialog:
    """Opens the dialog without blocking (the menu entry and the Cetak page use this)."""
    dialog = VerifikasiDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.activateWindow()
    return dialog
