"""The English translation: the .ts is complete where it matters and the .qm works.

Source strings are Indonesian; ``resources/translations/kinerja_en.ts`` (made by
``packaging/update_translations.sh``) holds English, compiled to ``kinerja_en.qm``
which ``app._install_translations`` loads when the language setting is ``en``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import kinerja_desktop
from kinerja_desktop import app
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.login_dialog import LoginDialog
from kinerja_desktop.gui.main_window import nav_items
from tests.gui.conftest import SiteDb

FOLDER = Path(kinerja_desktop.__file__).resolve().parent.parent / "resources" / "translations"
TS = FOLDER / "kinerja_en.ts"
QM = FOLDER / "kinerja_en.qm"

# (context as lupdate wrote it in the .ts, Indonesian source) -> expected English.
# The sidebar's nav_items() uses a local tr() helper, so lupdate files its strings
# under the empty context; update_translations.sh copies them to "MainWindow".
KEY_CHROME = {
    ("", "Beranda"): "Home",
    ("", "Pegawai"): "Employees",
    ("", "Unit Kerja"): "Work Units",
    ("MainWindow", "&Berkas"): "&File",
    ("MainWindow", "&Data"): "&Data",
    ("MainWindow", "B&antuan"): "&Help",
    ("MainWindow", "&Keluar"): "E&xit",
    ("MainWindow", "Bilah alat"): "Toolbar",
    ("MainWindow", "Situs: {code} ({role})"): "Site: {code} ({role})",
    ("MainWindow", "Pengguna: {user} — {role}"): "User: {user} — {role}",
    ("LoginDialog", "Masuk — Kinerja Desktop"): "Sign in — Kinerja Desktop",
    ("LoginDialog", "&Nama pengguna:"): "&User name:",
    ("LoginDialog", "&Kata sandi:"): "&Password:",
    ("LoginDialog", "Masuk"): "Sign in",
    ("FirstRunWizard", "&Lanjut >"): "&Next >",
    ("PegawaiPage", "Baru"): "New",
    ("PegawaiPage", "Simpan"): "Save",
    ("UnitPage", "Tambah sub-unit"): "Add sub-unit",
}


def _ts_messages() -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TS).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_ts_has_no_obsolete_and_key_chrome_is_finished() -> None:
    text = TS.read_text(encoding="utf-8")
    assert 'type="obsolete"' not in text
    assert 'type="vanished"' not in text
    messages = _ts_messages()
    root = ET.parse(TS).getroot()
    assert root.get("language") == "en" and root.get("sourcelanguage") == "id"
    translations = [m.find("translation") for m in root.iter("message")]
    unfinished = sum(1 for t in translations if t is None or t.get("type") == "unfinished")
    share = unfinished / len(translations)
    print(f"kinerja_en.ts: {len(translations) - unfinished}/{len(translations)} translated, "
          f"{share:.0%} unfinished")
    for key, english_text in KEY_CHROME.items():
        message = messages.get(key)
        assert message is not None, f"{key} missing from the .ts (source string changed?)"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, key
        assert translation.text == english_text, key


def test_qm_translates_the_runtime_lookups(english: QTranslator) -> None:
    tr = QCoreApplication.translate
    assert tr("LoginDialog", "&Nama pengguna:") == "&User name:"
    assert tr("MainWindow", "&Berkas") == "&File"
    # The sidebar and the job time estimates are looked up in these contexts at run
    # time even though lupdate filed them under the empty one.
    assert tr("MainWindow", "Pegawai") == "Employees"
    assert tr("jobs", "sekitar {m} menit lagi") == "about {m} minutes left"
    titles = {item.key: item.title for item in nav_items()}
    assert titles["pegawai"] == "Employees"
    assert titles["beranda"] == "Home"
    assert titles["unit_kerja"] == "Work Units"


def test_login_dialog_in_english(english: QTranslator, qtbot: QtBot, gui_site: SiteDb) -> None:
    dialog = LoginDialog(gui_site.db, gui_site.site)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in — Kinerja Desktop"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&User name:" in labels
    assert "&Password:" in labels


def test_app_installs_english_only_when_chosen(qapp: QApplication) -> None:
    assert app._install_translations(qapp) == []  # Indonesian default: nothing to load
    settings.set(settings.LANGUAGE, "en")
    translators = app._install_translations(qapp)
    try:
        assert translators
        assert QCoreApplication.translate("LoginDialog", "Masuk") == "Sign in"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("LoginDialog", "Masuk") == "Masuk"
