"""Wizard pertama kali: driven by its fields and buttons, it creates a real site."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.gui.first_run_wizard import FirstRunWizard
from kinerja_desktop.services.auth import login
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.pegawai import count_pegawai
from kinerja_desktop.services.site import get_site
from kinerja_desktop.storage.engine import Database


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(tmp_path / "baru.sqlite")
    yield db
    db.dispose()


def _wizard(qtbot: QtBot, db: Database) -> FirstRunWizard:
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


def _next(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _fill_to_pegawai_page(qtbot: QtBot, wizard: FirstRunWizard, role: SiteRole,
                          parent: str = "") -> None:
    wizard.role_page.buttons[role].click()
    _next(wizard)
    assert wizard.currentId() == FirstRunWizard.IDENTITY
    page = wizard.identity_page
    qtbot.keyClicks(page.kode, "disdik-ls")  # typed lower case, kept upper case
    assert page.kode.text() == "DISDIK-LS"
    page.nama.setText("Dinas Pendidikan Kabupaten Lampung Selatan")
    page.alamat.setText("Jl. Mustafa Kemal No. 1, Kalianda")
    page.induk.setText(parent)
    _next(wizard)
    assert wizard.currentId() == FirstRunWizard.ADMIN
    admin = wizard.admin_page
    admin.username.setText("siti.admin")
    for edit in (admin.password, admin.password2):
        edit.setText("rahasia-admin-1")
    for edit in (admin.passphrase, admin.passphrase2):
        edit.setText("bukit hijau pagi 2026")
    _next(wizard)
    assert wizard.currentId() == FirstRunWizard.PEGAWAI


def test_completes_and_creates_the_site(qtbot: QtBot, empty_db: Database) -> None:
    wizard = _wizard(qtbot, empty_db)
    assert all(w.toolTip() for w in (wizard.identity_page.kode, wizard.identity_page.nama,
                                     wizard.identity_page.alamat, wizard.admin_page.password,
                                     wizard.admin_page.passphrase, wizard.pegawai_page.count))
    _fill_to_pegawai_page(qtbot, wizard, SiteRole.OFFICE)
    assert "DISDIK-LS" in wizard.pegawai_page.summary.text()
    assert wizard.pegawai_page.later.isChecked()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Siapkan situs"
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.DONE, timeout=30_000)

    site = get_site(empty_db)
    assert site is not None
    assert (site.code, site.role, site.alamat) == ("DISDIK-LS", SiteRole.OFFICE,
                                                    "Jl. Mustafa Kemal No. 1, Kalianda")
    assert wizard.site == site
    assert wizard.done_page.fingerprint.text() == site.fingerprint
    assert "operator provinsi" in wizard.done_page.fingerprint_intro.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert login(empty_db, "siti.admin", "rahasia-admin-1").username == "siti.admin"
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def test_inline_validation_blocks_next(qtbot: QtBot, empty_db: Database) -> None:
    wizard = _wizard(qtbot, empty_db)
    wizard.role_page.buttons[SiteRole.LAPTOP].click()
    _next(wizard)
    page = wizard.identity_page
    page.kode.setText("X")
    _next(wizard)  # refused: every problem shown next to its field
    assert wizard.currentId() == FirstRunWizard.IDENTITY
    assert "2–32" in page.kode_msg.text() and page.kode_msg.isVisible()
    assert "wajib" in page.nama_msg.text() and page.nama_msg.isVisible()
    assert "kantor induk" in page.induk_msg.text()
    page.kode.setText("LAPTOP-07")
    page.nama.setText("Laptop Kabid SD")
    page.induk.setText("DISDIK-LS")
    assert not page.kode_msg.isVisible() and not page.induk_msg.isVisible()
    _next(wizard)
    assert wizard.currentId() == FirstRunWizard.ADMIN
    admin = wizard.admin_page
    admin.password.setText("pendek")
    admin.passphrase.setText("frasa-panjang-1")
    admin.passphrase2.setText("frasa-panjang-2")
    _next(wizard)
    assert wizard.currentId() == FirstRunWizard.ADMIN
    assert "minimal 8" in admin.password_msg.text()
    assert "belum sama" in admin.passphrase_msg.text()
    assert get_site(empty_db) is None


def test_init_error_keeps_the_page(qtbot: QtBot, empty_db: Database,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    wizard = _wizard(qtbot, empty_db)
    _fill_to_pegawai_page(qtbot, wizard, SiteRole.OFFICE)
    # Another program set the site up meanwhile: init_site refuses, nothing changes.
    from kinerja_desktop.services.site import init_site

    init_site(empty_db, code="LAIN-01", name="Kantor Lain", role=SiteRole.OFFICE,
              admin_username="admin", admin_password="rahasia-admin-2",
              passphrase="frasa sandi lain")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "sudah disiapkan" in shown[0]
    assert wizard.currentId() == FirstRunWizard.PEGAWAI


@pytest.mark.skipif(importlib.util.find_spec("kinerja_desktop.services.demo") is None,
                    reason="services.demo belum ada")
def test_demo_data_option(qtbot: QtBot, empty_db: Database) -> None:
    wizard = _wizard(qtbot, empty_db)
    _fill_to_pegawai_page(qtbot, wizard, SiteRole.OFFICE)
    wizard.pegawai_page.demo.click()
    wizard.pegawai_page.count.setValue(12)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == FirstRunWizard.DONE, timeout=60_000)
    outcome = wizard.outcome
    assert outcome is not None and outcome.demo_done, outcome
    assert count_pegawai(empty_db, outcome.actor) == outcome.pegawai_count >= 12
    assert "12" in wizard.done_page.demo_label.text() or str(outcome.pegawai_count) in (
        wizard.done_page.demo_label.text())
