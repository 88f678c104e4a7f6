"""The English translation: the .ts is complete where it matters and the .qm works.

Source strings are Indonesian; ``resources/translations/kinerja_en.ts`` (made by
``packaging/update_translations.sh``) holds English, compiled to ``kinerja_en.qm``
which ``app._install_translations`` loads when the language setting is ``en``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import kinerja_desktop
from kinerja_desktop import app
from kinerja_desktop.gui import jobs, settings
from kinerja_desktop.gui.login_dialog import LoginDialog
from kinerja_desktop.gui.main_window import nav_items
from kinerja_desktop.gui.skp_editor import SkpEditor
from kinerja_desktop.gui.skp_list_model import Column
from kinerja_desktop.gui.skp_page import SkpPage
from kinerja_desktop.gui.skp_tree_model import SkpTreeModel
from tests.gui.conftest import Office, SiteDb
from tests.gui.skp_fixtures import TAHUN, make_skps, settle

FOLDER = Path(kinerja_desktop.__file__).resolve().parent.parent / "resources" / "translations"
TS = FOLDER / "kinerja_en.ts"
QM = FOLDER / "kinerja_en.qm"

# (context, Indonesian source) -> expected English. Every string is extracted into
# the context it is looked up in at run time (no empty context, no fix-up step).
KEY_CHROME = {
    ("MainWindow", "Beranda"): "Home",
    ("MainWindow", "Pegawai"): "Employees",
    ("MainWindow", "Unit Kerja"): "Work Units",
    ("MainWindow", "SKP"): "SKP",
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
    ("jobs", "sekitar {m} menit lagi"): "about {m} minutes left",
    ("SkpPage", "Daftar SKP"): "SKP list",
    ("SkpEditor", "Hasil Kerja"): "Work Results",
    ("SkpStatus", "Ditetapkan"): "Approved",
}

PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")


def _accelerators(text: str) -> int:
    """Mnemonics ("&File"); "&&" is a literal ampersand, "&amp;" an HTML entity."""
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))


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
    for key, english_text in KEY_CHROME.items():
        message = messages.get(key)
        assert message is not None, f"{key} missing from the .ts (source string changed?)"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, key
        assert translation.text == english_text, key


def test_ts_is_complete_with_no_empty_context() -> None:
    """Every message is translated: run packaging/update_translations.sh, then translate."""
    root = ET.parse(TS).getroot()
    contexts = [context.findtext("name") or "" for context in root.iter("context")]
    assert "" not in contexts  # a string lupdate could not file under its run-time context
    assert len(contexts) == len(set(contexts))
    unfinished: list[tuple[str, str]] = []
    for (context, source), message in _ts_messages().items():
        translation = message.find("translation")
        if (translation is None or translation.get("type") is not None
                or not (translation.text or "").strip()):
            unfinished.append((context, source))
    assert unfinished == [], f"{len(unfinished)} untranslated: {unfinished[:10]}"


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong: list[str] = []
    for (context, source), message in _ts_messages().items():
        english = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
            wrong.append(f"[{context}] placeholders: {source!r} -> {english!r}")
        if _accelerators(source) != _accelerators(english):
            wrong.append(f"[{context}] accelerator: {source!r} -> {english!r}")
    assert wrong == []


def test_qm_translates_the_runtime_lookups(english: QTranslator) -> None:
    tr = QCoreApplication.translate
    assert tr("LoginDialog", "&Nama pengguna:") == "&User name:"
    assert tr("MainWindow", "&Berkas") == "&File"
    # The sidebar (QT_TRANSLATE_NOOP table) and the job time estimates.
    assert tr("MainWindow", "Pegawai") == "Employees"
    assert tr("jobs", "sekitar {m} menit lagi") == "about {m} minutes left"
    titles = {item.key: item.title for item in nav_items()}
    assert titles["pegawai"] == "Employees"
    assert titles["beranda"] == "Home"
    assert titles["unit_kerja"] == "Work Units"
    tips = {item.key: item.tip for item in nav_items()}
    assert tips["pengaturan"] == "Not available in this version yet"
    assert titles["cetak"] == "Print"
    assert jobs.format_remaining(125) == "about 2 min 5 s left"


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


def test_skp_page_in_english(english: QTranslator, qtbot: QtBot, gui_office: Office) -> None:
    data = make_skps(gui_office)
    ctx = data.office.site.ctx(data.office.penilai)  # Siti: list, queue and matriks tabs
    ctx.tahun.set(TAHUN)
    page = SkpPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 660)
    with qtbot.waitExposed(page):
        page.show()
    settle()
    assert page.title.text() == f"SKP {TAHUN}"
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["SKP list", "Awaiting approval (1)", "Role and result matrix"]
    assert page.new_action.text() == "Create SKP…"
    assert page.export_action.text() == "Export to Excel…"
    assert page.old_check.text() == "Old versions"
    header = page.proxy.headerData(Column.STATUS, Qt.Orientation.Horizontal)
    assert header == "Status"
    assert page.proxy.headerData(Column.PENILAI, Qt.Orientation.Horizontal) == (
        "Appraising official")
    statuses = {page.proxy.data(page.proxy.index(r, Column.STATUS))
                for r in range(page.proxy.rowCount())}
    assert statuses and statuses <= {"Draft", "Submitted", "Approved", "Returned",
                                     "Superseded"}, statuses
    assert jobs.wait_for_jobs(20_000)


def test_skp_editor_in_english(english: QTranslator, qtbot: QtBot, gui_office: Office) -> None:
    data = make_skps(gui_office)
    ctx = data.office.site.ctx()
    ctx.tahun.set(TAHUN)
    editor = SkpEditor(ctx, data.ids["budi"])  # submitted, waiting for Siti
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    editor.show()
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [
        "Work Results", "Work Behaviour", "Appendix", "History"]
    assert editor.badge.text() == "SUBMITTED"
    model = editor.model
    assert model.data(model.index(0, 0)) == "A. MAIN (1 RHK)"
    assert model.data(model.index(1, 0)) == "B. ADDITIONAL (0 RHK)"
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(SkpTreeModel.COL_INTERVENSI, horizontal) == (
        "Superior's RHK supported")
    assert model.headerData(SkpTreeModel.COL_ASPEK, horizontal) == "Aspect"
    assert editor.tree_buttons["tambah_rhk"].text() == "Add RHK"
    assert "e.g." in editor.tree_buttons["tambah_iki"].toolTip()
