"""Masuk: user name, password, this site's name and role; lockout and Caps Lock hints."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui import settings
from kinerja_desktop.services.auth import AccountLocked, LoginFailed, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.site import SiteInfo
from kinerja_desktop.storage.engine import Database

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #8a5a00;"


def looks_like_caps_lock(password: str) -> bool:
    """True when every letter typed is upper case (at least two letters)."""
    letters = [c for c in password if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class LoginDialog(QDialog):
    """``exec()`` returns Accepted once ``login`` succeeded; the result is ``actor``."""

    def __init__(self, db: Database, site: SiteInfo | None, parent: QWidget | None = None,
                 username: str | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self._caps_from_keys = False
        self.setWindowTitle(self.tr("Masuk — Kinerja Desktop"))

        heading = QLabel(self.tr("Kinerja Desktop"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        if site is not None:
            site_text = self.tr("{name}\nKode situs {code} · Peran: {role}").format(
                name=site.name, code=site.code, role=site.role.label)
        else:
            site_text = self.tr("Situs belum disiapkan.")
        self.site_label = QLabel(site_text)
        self.site_label.setWordWrap(True)
        self.site_label.setToolTip(self.tr(
            "Kantor dan peran situs dari basis data yang sedang dibuka. Jika ini bukan kantor "
            "Anda, tutup aplikasi dan buka basis data yang benar."))

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("contoh: admin"))
        self.user_edit.setToolTip(self.tr(
            "Nama pengguna yang dibuat oleh admin kantor, contoh: admin atau budi.santoso. "
            "Huruf besar dan kecil tidak dibedakan."))
        self.user_edit.setText(username if username is not None
                               else settings.get(settings.LAST_USER))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(self.tr(
            "Kata sandi akun Anda (minimal 8 karakter). Huruf besar dan kecil dibedakan. "
            "Setelah 5 kali salah, akun dikunci 15 menit."))
        self.password_edit.installEventFilter(self)
        self.password_edit.textChanged.connect(self._update_caps_hint)
        self.user_edit.textEdited.connect(self._clear_error)
        self.password_edit.textEdited.connect(self._clear_error)

        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.user_edit)
        form.addRow(self.tr("&Kata sandi:"), self.password_edit)

        self.caps_label = QLabel(self.tr(
            "Caps Lock tampaknya menyala: kata sandi diketik dengan huruf besar semua."))
        self.caps_label.setStyleSheet(HINT_STYLE)
        self.caps_label.setWordWrap(True)
        self.caps_label.hide()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Masuk"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.site_label)
        layout.addWidget(line)
        layout.addLayout(form)
        layout.addWidget(self.caps_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    # --- hints -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.password_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                # An upper-case letter without Shift (or lower case with it): Caps Lock.
                self._caps_from_keys = text.isupper() != shift
        return super().eventFilter(watched, event)

    def _update_caps_hint(self) -> None:
        text = self.password_edit.text()
        on = bool(text) and (self._caps_from_keys or looks_like_caps_lock(text))
        self.caps_label.setVisible(on)

    def _clear_error(self) -> None:
        self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- submit ----------------------------------------------------------------------------------
    def accept(self) -> None:
        username = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.show_error(self.tr("Isi nama pengguna."))
            self.user_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Isi kata sandi."))
            self.password_edit.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = login(self._db, username, password)
        except AccountLocked as exc:
            minutes = max(1, math.ceil(exc.remaining.total_seconds() / 60))
            self.show_error(self.tr(
                "Akun '{user}' dikunci sementara karena terlalu banyak percobaan gagal. "
                "Coba lagi dalam {minutes} menit, atau minta admin membukanya."
            ).format(user=username, minutes=minutes))
            self.password_edit.clear()
            return
        except LoginFailed:
            self.show_error(self.tr(
                "Nama pengguna atau kata sandi salah. Periksa juga Caps Lock."))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        except UserError as exc:  # e.g. the database is locked by another program
            self.show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password_edit.clear()
        settings.set(settings.LAST_USER, username)
        super().accept()
