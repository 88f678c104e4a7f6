"""Sinkronisasi page, laptops, keys and rules (issue 6 points 1, 6 and 7) against real
SQLite databases: an office (parent BKD-PROV) with SKPs down a cascade, its penilai's
laptop, and the province, enrolled through real key cards (tests/services/sync_net.py).

Assigning a laptop through the dialog makes the next package to the laptop carry the
penilai's SKPs; ending it; replacing this site's keys (the fingerprint changes) and a
peer accepting the new card only through "Ganti kunci situs itu"; revoking a site (its
packages are then quarantined); the minimum app version set, cleared, and the red
warning when this app is older than the parent's rule. Every refusal says why in
Indonesian and changes nothing. Dialogs are replaced on their class (never shown)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import kinerja_desktop
from kinerja_desktop import __version__
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.gui.context import AppContext, TahunKerja
from kinerja_desktop.gui.kunci_dialog import kunci_tersimpan
from kinerja_desktop.gui.main_window import MainWindow, fits_screen
from kinerja_desktop.gui.sync_dialogs import (
    KonfirmasiDialog,
    SidikJariDialog,
    TerimaKartuDialog,
    frasa_tersimpan,
    simpan_frasa,
)
from kinerja_desktop.gui.sync_laptop_tab import TugaskanDialog
from kinerja_desktop.gui.sync_page import TAB_KIRIM, TAB_KUNCI, SyncPage
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.cetak import buka_kunci
from kinerja_desktop.services.site import get_site
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.sync_kunci import daftar_kunci, tulis_kartu
from kinerja_desktop.services.sync_laptop import daftar_tugas, tugaskan_laptop
from kinerja_desktop.services.sync_referensi import versi_minimal
from tests.conftest import PASSPHRASE, make_site
from tests.gui.skp_fixtures import save_shot
from tests.gui.sync_fixtures import (  # noqa: F401
    PageMaker,
    halaman_sinkron,
    karantina,
    no_drives,
    no_key_left,
    wait_loaded,
)
from tests.gui.test_sync_page import _db, texts, wait_job
from tests.services.sync_net import Situs, baris_sinkron, kenalkan
from tests.services.test_skp_service import TAHUN, Kantor, build_kantor, tetapkan_rantai

PROV, KANTOR, LAPTOP = "BKD-PROV", "LPG-DINAS1", "LPG-LAPTOP1"
OUTPUT = Path(__file__).resolve().parent / "output"


@dataclass
class Tiga:
    kantor: Situs
    laptop: Situs
    prov: Situs
    k: Kantor
    skp: dict[str, SkpDetail]

    def ctx(self, situs: Situs) -> AppContext:
        return AppContext(db=situs.db, actor=situs.admin, site=get_site(situs.db),
                          tahun=TahunKerja(TAHUN))


@pytest.fixture
def tiga(tmp_path: Path, _sqlite_template: Path) -> Iterator[Tiga]:
    """Office with a cascade of SKPs, its laptop and the province, all enrolled."""
    kdb = _db(_sqlite_template, tmp_path / "kantor")
    ldb = _db(_sqlite_template, tmp_path / "laptop")
    pdb = _db(_sqlite_template, tmp_path / "prov")
    try:
        usb = tmp_path / "usb"
        usb.mkdir()
        kantor = Situs(KANTOR, kdb, make_site(kdb, KANTOR, parent=PROV), usb)
        laptop = Situs(LAPTOP, ldb, make_site(ldb, LAPTOP, role=SiteRole.LAPTOP,
                                              parent=KANTOR, name="Laptop Kabid"), usb)
        prov = Situs(PROV, pdb, make_site(pdb, PROV, role=SiteRole.PROVINCE,
                                          name="BKD Provinsi Contoh"), usb)
        kenalkan(kantor, laptop)
        kenalkan(kantor, prov)
        k = build_kantor(kdb, kantor.admin)
        yield Tiga(kantor, laptop, prov, k, tetapkan_rantai(k))
    finally:
        for db in (kdb, ldb, pdb):
            db.dispose()


@pytest.fixture
def make_page(qtbot: QtBot, tiga: Tiga) -> Iterator[PageMaker]:
    yield from halaman_sinkron(qtbot, tiga.ctx)


def reload(qtbot: QtBot, page: SyncPage) -> None:
    page.reload()
    wait_loaded(qtbot, page)


def confirm(monkeypatch: pytest.MonkeyPatch, answers: list[str | bool]) -> list[str]:
    """``KonfirmasiDialog`` answered from ``answers`` (True/False, or the code typed);
    returns the texts it showed, then any refusal said inside the dialog."""
    shown: list[str] = []

    def fake_exec(self: KonfirmasiDialog) -> int:
        shown.append(self.windowTitle() + ": " + self.teks.text())
        answer = answers.pop(0)
        if answer is False:
            self.reject()
            return self.result()
        if isinstance(answer, str):
            assert self.kode_edit is not None
            self.kode_edit.setText(answer)
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            shown.append("ERROR: " + self.error_label.text())
            self.reject()
        return self.result()

    monkeypatch.setattr(KonfirmasiDialog, "exec", fake_exec)
    return shown


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a: str(folder)))


def _sidik(situs: Situs) -> str:
    return next(r.sidik_jari for r in daftar_kunci(situs.db, situs.admin) if r.lokal)


# --- laptop penilai --------------------------------------------------------------------------
def test_assign_a_laptop_through_the_dialog_then_send_it_the_penilais_work(
        qtbot: QtBot, tiga: Tiga, make_page: PageMaker, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester: ModelTester) -> None:
    kantor, laptop = tiga.kantor, tiga.laptop
    office = make_page(kantor)
    tab = office.laptop_tab
    assert tab is not None and office.tabs.indexOf(tab) >= 0
    # Nothing assigned yet: what a laptop penilai is, and the enrolled laptop.
    assert tab.stack.currentWidget() is tab.empty
    text = tab.empty_label.text()
    assert "Laptop penilai adalah" in text and LAPTOP in text
    assert tab.tugaskan_button.isEnabled() and not tab.akhiri_button.isEnabled()
    office.tabs.setCurrentWidget(tab)
    office.resize(1366 - 190, 768 - 90)
    save_shot(office, OUTPUT, "sync_laptop_kosong_1366x768.png")

    seen: list[TugaskanDialog] = []

    def fake_exec(self: TugaskanDialog) -> int:
        seen.append(self)
        assert self.laptop() == LAPTOP and self.tahun.value() == TAHUN  # the working year
        # No penilai chosen: said in the dialog, nothing stored.
        self.accept()
        assert self.result() != QDialog.DialogCode.Accepted
        assert "Pilih pejabat penilai" in self.message.text() and self.message.isVisibleTo(
            self)
        assert daftar_tugas(kantor.db, kantor.admin) == []
        # Searching narrows the list; the kabid is picked.
        self.picker.search.setText("Rina")
        assert self.picker.proxy.rowCount() == 1
        assert self.select_penilai(tiga.k.ids["kabid"])
        # What the laptop will carry: the SKP the kabid assesses that year.
        assert "menilai <b>1 SKP</b>" in self.info.text() and "Budi Santoso" in (
            self.info.text())
        self.tahun.setValue(TAHUN + 1)
        assert "belum menjadi pejabat penilai" in self.info.text()
        self.tahun.setValue(TAHUN)
        save_shot(self, OUTPUT, "sync_tugaskan_dialog.png")
        self.accept()
        return self.result()

    monkeypatch.setattr(TugaskanDialog, "exec", fake_exec)
    hasil = tab.tugaskan()
    assert hasil is not None and seen and seen[0].hasil == hasil
    assert (hasil.laptop, hasil.penilai_nama, hasil.tahun, hasil.aktif) == (
        LAPTOP, "Rina Marlina", TAHUN, True)
    # The next step is said, with its button; the list shows the assignment.
    assert "Kirim paket ke laptop itu" in office.banner.label.text()
    assert tab.langkah.isVisibleTo(tab) and LAPTOP in tab.langkah_kirim.text()
    wait_loaded(qtbot, office)
    assert tab.stack.currentWidget() is tab.table
    assert texts(tab.model, 1) == ["Rina Marlina"] and texts(tab.model, 3) == ["Aktif"]
    assert texts(tab.model, 0) == [f"{LAPTOP} — Laptop Kabid"]
    qtmodeltester.check(tab.model)  # type: ignore[no-untyped-call]

    # "Kirim paket ke LPG-LAPTOP1…": the Kirim flow with the laptop preselected.
    choose_folder(monkeypatch, kantor.folder)
    office.tabs.setCurrentIndex(TAB_KUNCI)
    tab.langkah_kirim.click()
    assert office.tabs.currentIndex() == TAB_KIRIM and office.penerima() == LAPTOP
    wait_job(qtbot, office.kirim_job)  # type: ignore[arg-type]
    wait_loaded(qtbot, office)
    assert office.hasil_ekspor is not None and office.hasil_ekspor.penerima == LAPTOP
    got = laptop.terima(office.hasil_ekspor.file)
    assert got.ok, got.pesan
    held = baris_sinkron(laptop.db, ("skp",))["skp"]
    assert str(tiga.skp["kasi"].id) in held  # the SKP the kabid assesses
    assert str(tiga.skp["kabid"].id) in held  # and the cascade above it

    # The laptop shows whose work it holds, read-only.
    on_laptop = make_page(laptop)
    ltab = on_laptop.laptop_tab
    assert ltab is not None and ltab.laptop_ini
    assert "Rina Marlina" in ltab.pemegang.text() and str(TAHUN) in ltab.pemegang.text()
    assert "Rina Marlina" in on_laptop.laptop_info.text()
    assert on_laptop.laptop_info.isVisibleTo(on_laptop)
    assert not hasattr(ltab, "tugaskan_button")
    assert texts(ltab.model, 0) == [f"{LAPTOP} — Laptop Kabid"]
    on_laptop.tabs.setCurrentWidget(ltab)
    on_laptop.resize(1366 - 190, 768 - 90)
    save_shot(on_laptop, OUTPUT, "sync_laptop_situs_1366x768.png")
    assert on_laptop.versi_tab is not None and on_laptop.versi_tab.atur_box.isHidden()


def test_a_laptop_assignment_is_refused_with_its_reason(
        qtbot: QtBot, tiga: Tiga, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    office = make_page(tiga.kantor)
    tab = office.laptop_tab
    assert tab is not None
    messages: list[str] = []

    def fake_exec(self: TugaskanDialog) -> int:
        self.select_penilai(tiga.k.ids["kabid"])
        self.laptop_combo.setItemData(0, "LPG-LAPTOP9")  # not (or no longer) enrolled
        self.accept()
        messages.append(self.message.text())
        self.reject()
        return self.result()

    monkeypatch.setattr(TugaskanDialog, "exec", fake_exec)
    assert tab.tugaskan() is None
    assert "LPG-LAPTOP9 belum terdaftar" in messages[0]
    assert daftar_tugas(tiga.kantor.db, tiga.kantor.admin) == []
    assert not tab.langkah.isVisibleTo(tab)


def test_end_an_assignment(qtbot: QtBot, tiga: Tiga, make_page: PageMaker,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    kantor = tiga.kantor
    tugaskan_laptop(kantor.db, kantor.admin, LAPTOP, tiga.k.ids["kabid"], TAHUN)
    office = make_page(kantor)
    tab = office.laptop_tab
    assert tab is not None and texts(tab.model, 3) == ["Aktif"]
    tab.table.selectRow(0)
    assert tab.akhiri_button.isEnabled()
    shown = confirm(monkeypatch, [False, True])
    assert tab.akhiri() is None  # Batal: nothing changes
    assert [t.aktif for t in daftar_tugas(kantor.db, kantor.admin)] == [True]
    assert "Rina Marlina" in shown[0] and "ditolak" in shown[0]
    ended = tab.akhiri()
    assert ended is not None and not ended.aktif
    assert [t.aktif for t in daftar_tugas(kantor.db, kantor.admin)] == [False]
    wait_loaded(qtbot, office)
    assert texts(tab.model, 3) == ["Berakhir"]
    tab.table.selectRow(0)
    assert not tab.akhiri_button.isEnabled() and tab.kirim_button.isEnabled()
    assert "diakhiri" in office.banner.label.text()


def test_the_laptop_tab_is_for_the_office_admin(qtbot: QtBot, tiga: Tiga) -> None:
    kantor = tiga.kantor
    create_account(kantor.db, kantor.admin, "operator1", "operator-rahasia-1", Role.OPERATOR)
    operator = login(kantor.db, "operator1", "operator-rahasia-1")
    page = SyncPage(AppContext(kantor.db, operator, get_site(kantor.db)))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    assert page.laptop_tab is None and page.versi_tab is None
    assert page.kunci_tab.putar_button.isHidden() and page.kunci_tab.cabut_button.isHidden()


# --- keys ------------------------------------------------------------------------------------
def test_replace_this_sites_keys_and_the_province_accepts_the_new_card(
        qtbot: QtBot, tiga: Tiga, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kantor, prov = tiga.kantor, tiga.prov
    lama = _sidik(kantor)
    office = make_page(kantor)
    kunci_lama = kunci_tersimpan(kantor.db)
    shown = confirm(monkeypatch, [False, True])
    assert office.kunci_tab.putar_kunci() is None  # Batal: the keys stay
    assert _sidik(kantor) == lama
    assert "harus menerima kartu kunci baru" in shown[0]
    handle = office.kunci_tab.putar_kunci()
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    baru = _sidik(kantor)
    assert baru != lama
    dialog = office.kunci_tab.sidik_dialog
    assert isinstance(dialog, SidikJariDialog) and dialog.isVisible()
    assert dialog.sidik_label.text() == baru and dialog.tulis_button is not None
    assert dialog.sidik_label.font().pointSizeF() > office.font().pointSizeF() * 1.5
    assert office.kunci_tab.sidik_label.text() == baru
    # Printing and sync now sign with the new key (the passphrase is kept).
    assert kunci_tersimpan(kantor.db) is not kunci_lama
    assert frasa_tersimpan(kantor.db) == PASSPHRASE
    dialog.close()
    wait_loaded(qtbot, office)
    assert texts(office.kunci_tab.kunci_model, 4)[0] == baru

    # The province: the office's new card conflicts with the known keys.
    signed_new = kantor.kirim().file
    kartu = tulis_kartu(kantor.db, kantor.admin, PASSPHRASE, kantor.folder)
    province = make_page(prov)
    answers = [False, True]
    seen: list[tuple[str, bool]] = []

    def fake_exec(self: TerimaKartuDialog) -> int:
        self.sidik_edit.setText(baru)
        self.accept()
        assert self.result() != QDialog.DialogCode.Accepted
        seen.append((self.error_label.text(), self.ganti_button.isVisibleTo(self)))
        assert [k.sidik_jari for k in daftar_kunci(prov.db, prov.admin)
                if k.situs == KANTOR] == [lama]  # nothing changed yet
        confirm(monkeypatch, [answers.pop(0)])
        self.ganti_button.click()  # first declined, then confirmed
        if self.result() != QDialog.DialogCode.Accepted:
            assert [k.sidik_jari for k in daftar_kunci(prov.db, prov.admin)
                    if k.situs == KANTOR] == [lama]
            self.reject()
        return self.result()

    monkeypatch.setattr(TerimaKartuDialog, "exec", fake_exec)
    assert province.terima_kartu_dari(kartu) is None  # declined
    assert province.terima_kartu_dari(kartu) is not None  # replaced
    error, offered = seen[0]
    assert offered and "sudah terdaftar di sini dengan kunci lain" in error
    assert "Belum ada yang diubah" in error and "--ganti" not in error
    assert "Kunci baru situs LPG-DINAS1" in province.banner.label.text()
    assert [(k.sidik_jari, k.dicabut) for k in daftar_kunci(prov.db, prov.admin)
            if k.situs == KANTOR] == [(baru, False)]
    assert prov.terima(signed_new).status == "diterapkan"


def test_revoke_a_laptop_then_its_packages_are_quarantined(
        qtbot: QtBot, tiga: Tiga, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kantor, laptop = tiga.kantor, tiga.laptop
    office = make_page(kantor)
    kunci = office.kunci_tab
    assert not kunci.cabut_button.isEnabled()  # nothing selected
    assert kunci.select_situs(KANTOR) and not kunci.cabut_button.isEnabled()  # own site
    assert kunci.select_situs(LAPTOP) and kunci.cabut_button.isEnabled()
    shown = confirm(monkeypatch, ["LPG-LAPTOP", ""])
    # A wrong code (and then none) typed: said in the dialog, nothing revoked.
    assert kunci.cabut_kunci() is None
    assert "tidak sama dengan kode situs LPG-LAPTOP1" in shown[1]
    assert "Tidak ada yang diubah" in shown[1]
    assert kunci.cabut_kunci() is None
    assert "Ketik kode situs LPG-LAPTOP1 dulu" in shown[3]
    assert [k.dicabut for k in daftar_kunci(kantor.db, kantor.admin)
            if k.situs == LAPTOP] == [False]
    confirm(monkeypatch, ["lpg-laptop1"])  # case does not matter
    assert kunci.cabut_kunci() == 2
    wait_loaded(qtbot, office)
    row = [k.situs for k in kunci.kunci_model.rows].index(LAPTOP)
    assert kunci.kunci_model.index(row, 5).data() == "Dicabut"
    assert not kunci.cabut_button.isEnabled()  # still selected, already revoked
    office.tabs.setCurrentIndex(TAB_KUNCI)
    office.resize(1366 - 190, 768 - 90)
    save_shot(office, OUTPUT, "sync_kunci_dicabut_1366x768.png")
    # Its next package is quarantined, with the reason.
    paket = laptop.kirim().file
    handle = office.impor_berkas([paket])
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    wait_loaded(qtbot, office)
    [hasil] = office.hasil_model.rows
    assert hasil.status == "karantina" and hasil.alasan == "kunci_dicabut", hasil.pesan
    # Sending to it is not offered as if nothing happened.
    office.set_penerima(LAPTOP)
    assert "kunci dicabut" in office.peer_combo.currentText()
    assert "sudah dicabut" in office.isi_label.text()
    # A revoked laptop is no longer offered for an assignment.
    assert office.laptop_tab is not None and office.laptop_tab.laptops == []


# --- minimum app version -----------------------------------------------------------------------
def test_minimum_version_set_cleared_and_the_warning_when_this_app_is_older(
        qtbot: QtBot, tiga: Tiga, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kantor, prov = tiga.kantor, tiga.prov
    province = make_page(prov)
    tab = province.versi_tab
    assert tab is not None and tab.atur_box.isVisibleTo(tab)
    assert "tidak ada" in tab.aturan_label.text() and not tab.hapus_button.isEnabled()
    # Bad input: said next to the field, nothing changes.
    for typed, says in (("", "Ketik versi minimal"), ("versi dua", "tidak sah"),
                        ("999.0", "lebih baru daripada aplikasi ini")):
        tab.versi_edit.setText(typed)
        assert not tab.simpan()
        assert says in tab.error_label.text() and "Tidak ada yang diubah" in (
            tab.error_label.text()), typed
        with prov.db.read() as s:
            assert versi_minimal(s) is None
    tab.versi_edit.setText(__version__)
    assert tab.simpan()
    assert tab.error_label.isHidden()
    wait_loaded(qtbot, province)
    assert __version__ in tab.aturan_label.text()
    assert tab.asal_label.text() == f"situs ini ({PROV})"
    assert not province.versi_peringatan.isVisibleTo(province)

    # The rule reaches the office with the province's next package.
    assert kantor.terima(prov.kirim(KANTOR).file).ok
    office = make_page(kantor)
    otab = office.versi_tab
    assert otab is not None
    assert __version__ in otab.aturan_label.text()
    assert otab.asal_label.text() == f"situs induk {PROV}"
    # The office has a laptop: it may set a rule, told the parent's replaces it.
    assert otab.atur_box.isVisibleTo(otab) and PROV in otab.catatan_induk.text()
    assert not office.versi_peringatan.isVisibleTo(office)
    # This app older than the parent's rule: the status area says it in red.
    monkeypatch.setattr(kinerja_desktop, "__version__", "0.0.1")
    reload(qtbot, office)
    warning = office.versi_peringatan
    assert warning.isVisibleTo(office) and "#b3261e" in warning.styleSheet()
    assert "0.0.1" in warning.text() and PROV in warning.text()
    assert "akan ditolak sampai aplikasi ini diperbarui" in warning.text()
    assert otab.peringatan.isVisibleTo(otab)
    office.resize(1366 - 190, 768 - 90)
    save_shot(office, OUTPUT, "sync_versi_1366x768.png")
    monkeypatch.setattr(kinerja_desktop, "__version__", __version__)

    # The province lifts its rule.
    assert tab.hapus()
    wait_loaded(qtbot, province)
    with prov.db.read() as s:
        assert versi_minimal(s) is None
    assert "tidak ada" in tab.aturan_label.text() and tab.asal_label.text() == "—"


# --- the screen ------------------------------------------------------------------------------
def test_screenshot_laptop_tab_1366x768(qtbot: QtBot, tiga: Tiga) -> None:
    kantor = tiga.kantor
    tugaskan_laptop(kantor.db, kantor.admin, LAPTOP, tiga.k.ids["kabid"], TAHUN)
    tugaskan_laptop(kantor.db, kantor.admin, LAPTOP, tiga.k.ids["kasi"], TAHUN)
    tugaskan_laptop(kantor.db, kantor.admin, LAPTOP, tiga.k.ids["kasi"], TAHUN, aktif=False)
    simpan_frasa(kantor.db, buka_kunci(kantor.db, PASSPHRASE), PASSPHRASE)
    window = MainWindow(tiga.ctx(kantor))
    qtbot.addWidget(window)
    assert window.show_page("sinkronisasi") and window.sync_page is not None
    page = window.sync_page
    wait_loaded(qtbot, page)
    tab = page.laptop_tab
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    window.resize(1366, 768)
    window.show()
    assert fits_screen(window)
    save_shot(window, Path("/tmp"), "sync_laptop.png")
    save_shot(window, OUTPUT, "sync_laptop_1366x768.png")


@pytest.mark.parametrize("situs", ["kantor", "laptop", "prov"])
def test_every_new_control_has_a_tooltip(qtbot: QtBot, tiga: Tiga, make_page: PageMaker,
                                         situs: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QTableView

    page = make_page(getattr(tiga, situs))
    kinds = (QAbstractButton, QComboBox, QTableView, QLineEdit, QSpinBox)

    def missing(root: QDialog | SyncPage) -> list[str]:
        return [w.objectName() or (w.text() if isinstance(w, QAbstractButton) else "?")
                for kind in kinds for w in root.findChildren(kind)
                if not w.toolTip() and w.isVisibleTo(root)
                and type(w).__name__ not in ("QToolButton",)
                and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QSpinBox))]

    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        assert page.tabs.tabToolTip(i), page.tabs.tabText(i)
        assert missing(page) == [], page.tabs.tabText(i)
    assert "Laptop penilai" in page.help_text() or situs == "prov"
    if situs == "kantor":
        dialog = TugaskanDialog(page.ctx, [(LAPTOP, "Laptop Kabid")], TAHUN, page)
        dialog.show()
        assert missing(dialog) == []
        # Keyboard: Tab goes laptop → tahun → search → list; Alt+P ("&Penilai") searches.
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.laptop_combo.setFocus()
        order = []
        for _ in range(3):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            order.append(dialog.focusWidget())
        assert order == [dialog.tahun, dialog.picker.search, dialog.picker.table]
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is dialog.picker.search
        dialog.close()
        konfirmasi = KonfirmasiDialog("Judul", "Teks", "Lanjut", page, ketik=LAPTOP)
        konfirmasi.show()
        assert missing(konfirmasi) == []
        konfirmasi.close()
