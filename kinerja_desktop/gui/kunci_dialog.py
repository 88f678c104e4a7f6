"""Unlocking the site signing key for printing signed documents (issue 5 point 4).

An official SKP or evaluation carries a verification code signed with the site key,
which is stored encrypted with the passphrase chosen at set-up. ``kunci_situs`` asks
for the passphrase once and keeps the unlocked key for the rest of the session (per
database), so printing a whole unit asks only once. A wrong passphrase is said in the
dialog itself and the user tries again; Batal prints nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.services.cetak import KunciSitus, buka_kunci
from kinerja_desktop.storage.engine import Database

_unlocked: dict[str, KunciSitus] = {}
"""Unlocked keys of this session by database identity; never written anywhere."""


def _identity(db: Database) -> str:
    where = db.url.render_as_string(hide_password=True)
    # Two in-memory databases share a URL but not their keys.
    return f"{where}#{id(db)}" if not db.where or db.where == ":memory:" else where


def kunci_tersimpan(db: Database) -> KunciSitus | None:
    """The key unlocked earlier in this session for ``db``, if any."""
    return _unlocked.get(_identity(db))


def simpan_kunci(db: Database, kunci: KunciSitus) -> None:
    _unlocked[_identity(db)] = kunci


def lupakan_kunci(db: Database | None = None) -> None:
    """Forgets the unlocked key of ``db`` (every key when None): logout, tests."""
    if db is None:
        _unlocked.clear()
    else:
        _unlocked.pop(_identity(db), None)


class KunciDialog(QDialog):
    """A password field with the explanation; Buka kunci checks the passphrase."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kunci: KunciSitus | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Kunci situs"))
        explanation = QLabel(self.tr(
            "Dokumen resmi diberi kode verifikasi yang ditandatangani dengan kunci situs. "
            "Masukkan frasa sandi kunci situs (dibuat saat penyiapan aplikasi)."))
        explanation.setWordWrap(True)
        note = QLabel(self.tr(
            "Frasa sandi diminta sekali saja selama aplikasi terbuka. Draf SKP dicetak tanpa "
            "kode verifikasi dan tidak memerlukannya."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("frasa_sandi")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setToolTip(self.tr(
            "Frasa sandi kunci situs, bukan kata sandi akun Anda. Ditanyakan pada wizard "
            "pertama kali; tanyakan kepada admin situs bila lupa."))
        self.passphrase.textEdited.connect(self._edited)
        self.error_label = QLabel()
        self.error_label.setObjectName("kunci_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Frasa sandi:"), self.passphrase)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Buka kunci"))
        ok.setToolTip(self.tr("Memeriksa frasa sandi lalu melanjutkan pencetakan."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        cancel.setToolTip(self.tr("Tidak mencetak apa pun."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _edited(self, _text: str) -> None:
        self.error_label.hide()

    def accept(self) -> None:
        """Unlocks the key; a wrong passphrase stays in the dialog with the reason."""
        text = self.passphrase.text()
        if not text:
            self._fail(self.tr("Frasa sandi belum diisi."))
            return
        self.attempts += 1
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kunci = buka_kunci(self.db, text)
        except UserError as exc:
            self._fail(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.kunci = kunci
        super().accept()

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()


def kunci_situs(parent: QWidget | None, ctx: AppContext) -> KunciSitus | None:
    """The unlocked site key: from this session, or asked now. None when the user cancels."""
    kunci = kunci_tersimpan(ctx.db)
    if kunci is not None:
        return kunci
    dialog = KunciDialog(ctx.db, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.kunci is None:
            return None
        simpan_kunci(ctx.db, dialog.kunci)
        return dialog.kunci
    finally:
        dialog.deleteLater()
