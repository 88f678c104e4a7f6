"""Masuk: wrong password inline, lockout with the remaining minutes, Enter submits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui import settings
from kinerja_desktop.gui.login_dialog import LoginDialog, looks_like_caps_lock
from kinerja_desktop.services.auth import MAX_FAILED_ATTEMPTS
from tests.gui.conftest import ADMIN_PASSWORD, SiteDb


def _dialog(qtbot: QtBot, gui_site: SiteDb, user: str = "admin") -> LoginDialog:
    dialog = LoginDialog(gui_site.db, gui_site.site, username=user)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_shows_site_and_role(qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = _dialog(qtbot, gui_site)
    assert "Dinas Pendidikan Kabupaten Contoh" in dialog.site_label.text()
    assert "DISDIK-LS" in dialog.site_label.text()
    assert "Kantor" in dialog.site_label.text()
    assert dialog.user_edit.toolTip() and dialog.password_edit.toolTip()


def test_wrong_password_inline(qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = _dialog(qtbot, gui_site)
    qtbot.keyClicks(dialog.password_edit, "bukan-sandinya")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.error_label.isVisible()
    assert "salah" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    # Typing again clears the message.
    qtbot.keyClicks(dialog.password_edit, "x")
    assert not dialog.error_label.isVisible()


def test_enter_submits_and_remembers_user(qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = _dialog(qtbot, gui_site, user="ADMIN")
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert settings.get(settings.LAST_USER) == "ADMIN"


def test_locked_account_says_how_long(qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = _dialog(qtbot, gui_site)
    for _ in range(MAX_FAILED_ATTEMPTS):
        dialog.password_edit.setText("salah-terus-1")
        dialog.ok_button.click()
    dialog.password_edit.setText(ADMIN_PASSWORD)  # even the right one waits
    dialog.ok_button.click()
    text = dialog.error_label.text()
    assert dialog.actor is None
    assert "dikunci" in text and "15 menit" in text


def test_caps_lock_hint(qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = _dialog(qtbot, gui_site)
    qtbot.keyClicks(dialog.password_edit, "RAHASIA")
    assert dialog.caps_label.isVisible()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "rahasia")
    assert not dialog.caps_label.isVisible()
    assert looks_like_caps_lock("ABC-123")
    assert not looks_like_caps_lock("Abc-123")
    assert not looks_like_caps_lock("1234")


def test_empty_fields_are_named(qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = _dialog(qtbot, gui_site, user="")
    dialog.ok_button.click()
    assert dialog.error_label.text() == "Isi nama pengguna."
    dialog.user_edit.setText("admin")
    dialog.ok_button.click()
    assert dialog.error_label.text() == "Isi kata sandi."
