"""Sinkronisasi page against real databases: an office (parent BKD-PROV) and the province,
enrolled with each other through the real key cards (tests/services/sync_net.py), and the
real sync services. Export writes a file; the province imports it ("diterapkan"); a
tampered file is quarantined with its reason and changes nothing; dropped files import;
enrollment with a wrong fingerprint stores nothing; the passphrase is asked once.
Dialogs are replaced on their class or module attribute (never shown)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableView,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.gui import jobs, settings, sync_page
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.kunci_dialog import kunci_tersimpan, lupakan_kunci
from kinerja_desktop.gui.main_window import MainWindow, fits_screen
from kinerja_desktop.gui.sync_berkas import FOLDER_IMPOR, FOLDER_KIRIM, berkas_dijatuhkan
from kinerja_desktop.gui.sync_dialogs import (
    SidikJariDialog,
    SyncKunciDialog,
    TerimaKartuDialog,
    frasa_tersimpan,
    simpan_frasa,
)
from kinerja_desktop.gui.sync_page import TAB_KONFLIK, TAB_PROVINSI, SyncPage
from kinerja_desktop.gui.sync_provinsi_tab import ProvinsiTab
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.cetak import buka_kunci
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.pegawai import get_pegawai, save_pegawai
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.site import get_site
from kinerja_desktop.services.skp import buat_skp, get_skp, simpan_isi
from kinerja_desktop.services.skp_workflow import ajukan, tetapkan
from kinerja_desktop.services.sync_impor import HasilImpor
from kinerja_desktop.services.sync_impor import impor as impor_paket
from kinerja_desktop.services.sync_kunci import daftar_kunci
from kinerja_desktop.services.sync_provinsi import impor_folder
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from tests.conftest import PASSPHRASE, make_site
from tests.gui.conftest import NIPS
from tests.gui.skp_fixtures import save_shot
from tests.gui.sync_fixtures import (  # noqa: F401
    PageMaker,
    halaman_sinkron,
    karantina,
    no_drives,
    no_key_left,
    wait_loaded,
)
from tests.services.sync_net import Situs, baris_sinkron, kenalkan
from tests.services.test_skp_service import HARI, TAHUN, isi_lengkap

PROV = "BKD-PROV"
KANTOR = "LPG-DINAS1"
OUTPUT = Path(__file__).resolve().parent / "output"


@dataclass
class Jaringan:
    kantor: Situs
    prov: Situs
    pegawai: list[str]  # ids of the office's pegawai

    def ctx(self, situs: Situs) -> AppContext:
        return AppContext(db=situs.db, actor=situs.admin, site=get_site(situs.db))


def _db(template: Path, folder: Path) -> Database:
    folder.mkdir(parents=True)
    target = folder / "kinerja.sqlite"
    shutil.copyfile(template, target)
    db, _ = open_database(target)
    return db


def _isi_kantor(db: Database, admin: Actor) -> list[str]:
    dinas = save_unit(db, admin, UnitInput("1", "Dinas Pendidikan"))
    ids = []
    for nip, nama, atasan in ((NIPS[0], "Ahmad Fauzi", ""), (NIPS[1], "Siti Aminah", NIPS[0]),
                              (NIPS[2], "Budi Santoso", NIPS[1])):
        p = save_pegawai(db, admin, PegawaiInput(
            nip=nip, nama=nama, golongan="III/b", jabatan="Analis", kategori_jabatan="Pelaksana",
            jenjang="", unit_kode=dinas.kode, atasan_nip=atasan))
        ids.append(str(p.id))
    return ids


def _situs_pair(tmp_path: Path, template: Path) -> tuple[Situs, Situs]:
    kdb = _db(template, tmp_path / "kantor")
    pdb = _db(template, tmp_path / "prov")
    kantor = Situs(KANTOR, kdb, make_site(kdb, KANTOR, parent=PROV), tmp_path / "usb-kantor")
    prov = Situs(PROV, pdb, make_site(pdb, PROV, role=SiteRole.PROVINCE,
                                      name="BKD Provinsi Contoh"), tmp_path / "usb-prov")
    kantor.folder.mkdir()
    prov.folder.mkdir()
    return kantor, prov


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any message box is a test failure waiting to be reported (they would block)."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information", "question"):
        def show(*args: object, _kind: str = kind) -> QMessageBox.StandardButton:
            shown.append(f"{_kind}: {args[2] if len(args) > 2 else args}")
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return shown


@pytest.fixture
def pasangan(tmp_path: Path, _sqlite_template: Path) -> Iterator[tuple[Situs, Situs]]:
    """An office and the province, not yet enrolled."""
    kantor, prov = _situs_pair(tmp_path, _sqlite_template)
    try:
        yield kantor, prov
    finally:
        kantor.db.dispose()
        prov.db.dispose()


@pytest.fixture
def jaringan(pasangan: tuple[Situs, Situs]) -> Jaringan:
    """Enrolled with each other; the office has a unit and three pegawai."""
    kantor, prov = pasangan
    kenalkan(kantor, prov)
    return Jaringan(kantor, prov, _isi_kantor(kantor.db, kantor.admin))


@pytest.fixture
def make_page(qtbot: QtBot, jaringan: Jaringan, boxes: list[str]) -> Iterator[PageMaker]:
    yield from halaman_sinkron(qtbot, jaringan.ctx)


def wait_job(qtbot: QtBot, handle: jobs.JobHandle[object] | None) -> None:
    assert handle is not None
    qtbot.waitUntil(lambda: not handle.running, timeout=20_000)


def texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def kirim(qtbot: QtBot, page: SyncPage, folder: Path) -> Path:
    handle = page.kirim_ke(folder)
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    wait_loaded(qtbot, page)
    assert page.hasil_ekspor is not None
    return page.hasil_ekspor.file


def impor(qtbot: QtBot, page: SyncPage, *files: Path) -> None:
    handle = page.impor_berkas(list(files))
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    wait_loaded(qtbot, page)


# --- the tests ------------------------------------------------------------------------------
def test_export_from_the_page_and_import_on_the_province_page(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker, boxes: list[str]) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    page = make_page(kantor)
    assert page.status_stack.currentWidget() is page.status_table
    assert texts(page.status_model, 0) == [f"{PROV} — BKD Provinsi Contoh (induk)"]
    assert page.penerima() == PROV and not page.peer_combo.isEnabled()
    assert "belum dikonfirmasi BKD-PROV" in page.isi_label.text()

    file = kirim(qtbot, page, kantor.folder)
    assert file.parent == kantor.folder and file.exists() and file.suffix == ".kinerja"
    assert file.name in page.hasil_kirim.text() and "BKD-PROV" in page.hasil_kirim.text()
    assert settings.get(FOLDER_KIRIM) == str(kantor.folder)
    assert texts(page.riwayat_model, 5) == ["Dikirim"]
    assert texts(page.riwayat_model, 6) == ["Belum"]  # not confirmed yet
    assert texts(page.status_model, 1) == ["Menunggu konfirmasi"]

    province = make_page(prov)
    assert texts(province.status_model, 0) == [f"{KANTOR} — Dinas Pendidikan Kabupaten Contoh"]
    impor(qtbot, province, file)
    assert province.hasil_model.rowCount() == 1
    [hasil] = province.hasil_model.rows
    assert hasil.status == "diterapkan", hasil.pesan
    assert texts(province.hasil_model, 1) == ["Diterapkan"]
    assert texts(province.hasil_model, 3)[0].startswith(f"Dari {KANTOR}: ")
    assert "diterapkan" in texts(province.hasil_model, 3)[0]
    assert "1 diterapkan" in province.ringkasan_impor.text()
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    [status] = province.status_model.rows
    assert status.situs == KANTOR and status.diterima_sampai > 0
    assert texts(province.riwayat_model, 5) == ["Diterapkan"]
    assert texts(province.riwayat_model, 6) == ["—"]  # received: nothing to confirm

    # The acknowledgement travels back; the office is then in sync.
    ack = kirim(qtbot, province, prov.folder)
    impor(qtbot, page, ack)
    assert texts(page.status_model, 1) == ["Sinkron"]
    # The sent package is now confirmed (the newest row is the received ack).
    assert texts(page.riwayat_model, 6) == ["—", "Ya"]
    assert page.riwayat_model.index(1, 6).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert boxes == []


def test_tampered_package_is_quarantined_and_changes_nothing(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker, karantina: Path,  # noqa: F811
        boxes: list[str]) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    file = kirim(qtbot, make_page(kantor), kantor.folder)
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a flipped byte inside the ZIP
    rusak = prov.folder / file.name
    rusak.write_bytes(bytes(data))
    before = baris_sinkron(prov.db)
    province = make_page(prov)
    impor(qtbot, province, rusak)
    [hasil] = province.hasil_model.rows
    assert hasil.status == "karantina" and not hasil.ok
    assert hasil.pesan.startswith(f"Paket {rusak.name} ditolak")
    assert texts(province.hasil_model, 1) == ["Karantina (ditolak)"]
    # The reason as the service says it (without the file name, which has its column).
    assert texts(province.hasil_model, 3) == ["Ditolak: " + hasil.pesan.split(" ditolak: ")[1]]
    assert province.hasil_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole).startswith(
        hasil.pesan)
    assert "1 karantina" in province.ringkasan_impor.text()
    assert "tidak mengubah apa pun" in province.ringkasan_impor.text()
    assert baris_sinkron(prov.db) == before
    assert (karantina / rusak.name).read_bytes() == bytes(data)
    # The sender cannot be trusted from a damaged file: the refusal is in the history.
    assert texts(province.status_model, 9) == ["0"]
    assert "1 paket ditolak" in province.tanpa_pengirim.text()
    assert texts(province.riwayat_model, 5) == ["Karantina (ditolak)"]
    # A file that is not a package at all: said per file, the others still import.
    bukan = prov.folder / "catatan.kinerja"
    bukan.write_text("bukan paket")
    impor(qtbot, province, bukan, file)
    assert [r.status for r in province.hasil_model.rows] == ["karantina", "diterapkan"]
    assert boxes == []


def _drop(page: SyncPage, files: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(page.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    return drop


def test_dropping_packages_imports_them(qtbot: QtBot, jaringan: Jaringan,
                                        make_page: PageMaker, boxes: list[str]) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    office = make_page(kantor)
    first = kirim(qtbot, office, kantor.folder)
    second = kirim(qtbot, office, kantor.folder)  # cumulative: carries everything again
    province = make_page(prov)
    drop = _drop(province, [first, second])
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: province.impor_job is not None)  # started once the drop is over
    wait_job(qtbot, province.impor_job)  # type: ignore[arg-type]
    wait_loaded(qtbot, province)
    assert [r.status for r in province.hasil_model.rows] == ["diterapkan", "duplikat"]
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    # Anything else is refused at the door.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(prov.folder / "daftar.xlsx"))])
    assert berkas_dijatuhkan(mime) == ([], [])
    enter = QDragEnterEvent(province.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(province, enter)
    assert not enter.isAccepted()
    # A folder stands for the packages in it.
    mime.setUrls([QUrl.fromLocalFile(str(kantor.folder))])
    assert berkas_dijatuhkan(mime)[0] == sorted([first, second])
    assert boxes == []


def test_cancel_between_files_keeps_what_was_imported(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch, boxes: list[str]) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    office = make_page(kantor)
    first = kirim(qtbot, office, kantor.folder)
    second = kirim(qtbot, office, kantor.folder)
    province = make_page(prov)
    started = threading.Event()
    handles: list[jobs.JobHandle[list[HasilImpor]]] = []

    def import_then_press_batal(*args: Any) -> HasilImpor:
        result = impor_paket(*args)
        started.wait()  # until the test holds the handle (no timing involved)
        handles[0].cancel()  # Batal pressed while the first file was being imported
        return result

    monkeypatch.setattr(sync_page, "impor", import_then_press_batal)
    handle = province.impor_berkas([first, second])
    assert handle is not None
    handles.append(handle)
    started.set()
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    wait_loaded(qtbot, province)
    # The first file is imported completely; the second was never started.
    assert handle.was_cancelled
    assert [r.status for r in province.hasil_model.rows] == ["diterapkan"]
    assert "1 diterapkan, 1 dibatalkan" in province.ringkasan_impor.text()
    assert baris_sinkron(prov.db) == baris_sinkron(kantor.db)
    assert boxes == []


def test_enrollment_wrong_fingerprint_stores_nothing(
        qtbot: QtBot, pasangan: tuple[Situs, Situs], monkeypatch: pytest.MonkeyPatch,
        boxes: list[str], tmp_path: Path) -> None:
    kantor, prov = pasangan
    ctx_k = AppContext(kantor.db, kantor.admin, get_site(kantor.db))
    ctx_p = AppContext(prov.db, prov.admin, get_site(prov.db))
    for situs in (kantor, prov):
        simpan_frasa(situs.db, buka_kunci(situs.db, PASSPHRASE), PASSPHRASE)
    office = SyncPage(ctx_k)
    qtbot.addWidget(office)
    province = SyncPage(ctx_p)
    qtbot.addWidget(province)
    wait_loaded(qtbot, office)
    wait_loaded(qtbot, province)
    # No peer yet: the page explains the steps, with the buttons right there.
    assert office.status_stack.currentWidget() is office.empty
    assert "Belum ada situs induk atau anak" in office.empty_label.text()
    assert "situs induk BKD-PROV" in office.empty_label.text()
    assert not office.kirim_button.isEnabled()
    assert "tukar kartu kunci" in office.isi_label.text()

    # The province writes its card and sees its fingerprint, big.
    handle = province.tulis_kartu_ke(prov.folder)
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    dialog = province.kunci_tab.sidik_dialog
    assert isinstance(dialog, SidikJariDialog) and dialog.isVisible()
    own = next(k for k in daftar_kunci(prov.db, prov.admin) if k.lokal)
    assert dialog.sidik_label.text() == own.sidik_jari
    assert dialog.sidik_label.font().pointSizeF() > office.font().pointSizeF() * 1.5
    assert province.kunci_tab.sidik_label.text() == own.sidik_jari
    card = prov.folder / f"{PROV}.kinerja-kunci"
    assert card.exists()
    dialog.close()

    # The office types what it heard; a wrong fingerprint keeps the dialog open.
    seen: list[TerimaKartuDialog] = []
    typed = ["0000 1111 2222 3333 4444 5555 6666 7777"]

    def fake_exec(self: TerimaKartuDialog) -> int:
        seen.append(self)
        shown = " ".join(label.text() for label in self.findChildren(QLabel))
        assert PROV in shown and "BKD Provinsi Contoh" in shown and "Provinsi" in shown
        self.sidik_edit.setText(typed[0])
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.error_text = self.error_label.text()  # type: ignore[attr-defined]
            self.reject()
        return self.result()

    monkeypatch.setattr(TerimaKartuDialog, "exec", fake_exec)
    assert office.terima_kartu_dari(card) is None
    assert "tidak sama dengan kartu" in seen[0].error_text  # type: ignore[attr-defined]
    assert [k.situs for k in daftar_kunci(kantor.db, kantor.admin)] == [KANTOR]
    assert seen[0].kartu.situs == PROV and seen[0].warning.isHidden()  # it is our parent
    # The right one (spaces and case do not matter) stores it; the card dropped on the page.
    typed[0] = own.sidik_jari.lower().replace(" ", "")
    _drop(office, [card])
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1].hasil is not None and seen[1].hasil.situs == PROV
    wait_loaded(qtbot, office)
    assert [k.situs for k in daftar_kunci(kantor.db, kantor.admin)] == [KANTOR, PROV]
    assert office.status_stack.currentWidget() is office.status_table
    assert office.kirim_button.isEnabled()
    assert texts(office.kunci_tab.kunci_model, 0) == [KANTOR, PROV]
    assert boxes == []


def test_a_damaged_card_is_refused_with_its_reason(
        qtbot: QtBot, pasangan: tuple[Situs, Situs], boxes: list[str]) -> None:
    kantor, _prov = pasangan
    office = SyncPage(AppContext(kantor.db, kantor.admin, get_site(kantor.db)))
    qtbot.addWidget(office)
    wait_loaded(qtbot, office)
    card = kantor.folder / "palsu.kinerja-kunci"
    card.write_text("{}")
    assert office.terima_kartu_dari(card) is None
    assert "palsu.kinerja-kunci" in office.banner.label.text()
    assert [k.situs for k in daftar_kunci(kantor.db, kantor.admin)] == [KANTOR]
    assert boxes == []


def test_passphrase_asked_once_and_shared_with_printing(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch, boxes: list[str]) -> None:
    kantor = jaringan.kantor
    asked: list[str] = []
    answers = ["salah sekali", PASSPHRASE]

    def fake_exec(self: SyncKunciDialog) -> int:
        asked.append(self.findChildren(type(self.error_label))[0].text())
        for answer in answers:
            self.passphrase.setText(answer)
            self.accept()
            if self.kunci is not None:
                return int(QDialog.DialogCode.Accepted)
            assert not self.error_label.isHidden()  # wrong: said in the dialog itself
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SyncKunciDialog, "exec", fake_exec)
    page = make_page(kantor, unlocked=False)
    kirim(qtbot, page, kantor.folder)
    kirim(qtbot, page, kantor.folder)
    assert len(asked) == 1 and "Paket sinkronisasi" in asked[0]
    assert kunci_tersimpan(kantor.db) is not None  # printing will not ask again
    assert frasa_tersimpan(kantor.db) == PASSPHRASE
    lupakan_kunci(kantor.db)  # logout / window closed: forgotten with the key
    assert frasa_tersimpan(kantor.db) is None
    # Cancelled: nothing is written.
    answers.clear()
    before = sorted(kantor.folder.iterdir())
    assert page.kirim_ke(kantor.folder) is None
    assert sorted(kantor.folder.iterdir()) == before
    assert boxes == []


def _ubah_nama_di_dua_situs(jaringan: Jaringan) -> str:
    """The office and the province in step, then both rename the same staff member
    before hearing from each other; the staff member's id."""
    kantor, prov = jaringan.kantor, jaringan.prov
    assert prov.terima(kantor.kirim().file).ok
    assert kantor.terima(prov.kirim(KANTOR).file).ok
    staf = jaringan.pegawai[2]
    for situs, nama in ((kantor, "Nama Versi Kantor"), (prov, "Nama Versi Provinsi")):
        p = get_pegawai(situs.db, situs.admin, uuid.UUID(staf))
        save_pegawai(situs.db, situs.admin, _renamed(p.to_input(), nama), p.id, p.version)
    return staf


def test_conflicts_and_refused_changes(qtbot: QtBot, jaringan: Jaringan,
                                       make_page: PageMaker, boxes: list[str]) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    staf = _ubah_nama_di_dua_situs(jaringan)
    assert prov.terima(kantor.kirim().file).konflik_baru == 1
    assert kantor.terima(prov.kirim(KANTOR).file).ok

    province = make_page(prov)
    assert province.konflik_model.rowCount() == 1
    assert province.tabs.tabText(TAB_KONFLIK) == "K&onflik (1)"
    row = province.konflik_model.rows[0]
    assert texts(province.konflik_model, 1) == ["Pegawai"]
    assert texts(province.konflik_model, 2)[0] in ("Nama Versi Kantor", "Nama Versi Provinsi")
    province.konflik_table.selectRow(0)
    fields = {r.kolom: r for r in province.isian_model.rows}
    assert fields["nama"].kalah == row.data_kalah["nama"]
    # The kept row beside the losing one: what differs comes first, marked and coloured.
    kept = get_pegawai(prov.db, prov.admin, uuid.UUID(staf)).nama
    assert row.data_menang is not None and fields["nama"].menang == kept
    assert {kept, fields["nama"].kalah} == {"Nama Versi Kantor", "Nama Versi Provinsi"}
    assert fields["nama"].beda and not fields["nip"].beda
    model = province.isian_model
    beda = [r.kolom for r in model.rows if r.beda]
    assert "nama" in beda and [r.kolom for r in model.rows[:len(beda)]] == beda
    i = model.rows.index(fields["nama"])
    assert model.index(i, 1).data() == "berbeda"
    assert model.index(i, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    j = model.rows.index(fields["nip"])
    assert model.index(j, 1).data() == ""
    assert model.index(j, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert texts(model, 0)[:1] != ["id"]
    assert "Pegawai" in province.konflik_detail.text()
    assert row.situs_menang in province.konflik_detail.text()
    assert f"{len(beda)} kolom berbeda" in province.konflik_detail.text()
    assert texts(province.status_model, 8) == ["1"]
    province.tabs.setCurrentIndex(TAB_KONFLIK)
    province.resize(1366 - 190, 768 - 90)
    save_shot(province, OUTPUT, "sync_konflik_1366x768.png")

    office = make_page(kantor)
    assert [(r.entitas, r.status) for r in office.tidak_model.rows] == [("pegawai", "konflik")]
    assert texts(office.tidak_model, 4) == ["Kalah konflik"]
    # The row's name, as the office has it now.
    assert texts(office.tidak_model, 3) == [get_pegawai(kantor.db, kantor.admin,
                                                        uuid.UUID(staf)).nama]
    assert texts(office.status_model, 1) == ["1 perubahan tidak diterima"]
    assert boxes == []



def test_the_province_lists_the_conflicts_an_office_decided(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker) -> None:
    """The office hears of the province's edit first and decides the conflict itself;
    its next package lists it, and the province's Konflik tab shows it, marked with
    where it was decided."""
    kantor, prov = jaringan.kantor, jaringan.prov
    _ubah_nama_di_dua_situs(jaringan)
    assert kantor.terima(prov.kirim(KANTOR).file).konflik_baru == 1
    assert prov.terima(kantor.kirim().file).ok

    province = make_page(prov)
    # The province's edit won at the office (it was later): nothing of the province's
    # is listed as not accepted.
    assert province.tidak_model.rowCount() == 0
    kolom = [province.konflik_model.headerData(c, Qt.Orientation.Horizontal)
             for c in range(province.konflik_model.columnCount())]
    di = kolom.index("Diputuskan di")
    dilaporkan = [i for i, r in enumerate(province.konflik_model.rows) if r.dilaporkan]
    assert len(dilaporkan) == 1
    [i] = dilaporkan
    assert province.konflik_model.index(i, di).data() == KANTOR
    assert province.konflik_model.index(i, di).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert texts(province.konflik_model, 2)[i] in ("Nama Versi Kantor", "Nama Versi Provinsi")
    province.konflik_table.selectRow(i)
    assert f"diputuskan di situs {KANTOR}" in province.konflik_detail.text()
    assert {r.kolom: r for r in province.isian_model.rows}["nama"].beda
    tab = _tab_provinsi(qtbot, province)
    tip = tab.kantor_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 konflik diputuskan di kantor itu sendiri" in tip and "tab Konflik" in tip
    province.tabs.setCurrentIndex(TAB_KONFLIK)
    province.resize(1366 - 190, 768 - 90)
    save_shot(province, OUTPUT, "sync_konflik_kantor_1366x768.png")

def _renamed(data: PegawaiInput, nama: str) -> PegawaiInput:
    return dataclasses.replace(data, nama=nama)


def test_models_pass_the_model_tester(qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker,
                                      qtmodeltester: ModelTester) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    office = make_page(kantor)
    impor(qtbot, make_page(prov), kirim(qtbot, office, kantor.folder))
    office.reload()
    wait_loaded(qtbot, office)
    for model in (office.status_model, office.riwayat_model, office.konflik_model,
                  office.tidak_model, office.kunci_tab.kunci_model, office.hasil_model,
                  office.isian_model):
        qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    for model in (office.status_model, office.riwayat_model, office.kunci_tab.kunci_model):
        assert model.rowCount() > 0
        for col in range(model.columnCount()):
            assert model.headerData(col, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole), (model, col)


@pytest.mark.parametrize("situs", ["kantor", "prov"])
def test_every_control_has_a_tooltip(jaringan: Jaringan, make_page: PageMaker,
                                     situs: str) -> None:
    page = make_page(getattr(jaringan, situs))
    if page.provinsi_tab is not None:
        page.tabs.setCurrentIndex(TAB_PROVINSI)
    missing = [w.objectName() or w.text() if isinstance(w, QAbstractButton) else
               w.objectName() for w in page.findChildren(QAbstractButton)
               + page.findChildren(QComboBox) + page.findChildren(QTableView)
               if not w.toolTip() and w.parent() is not None and w.isVisibleTo(page)
               and type(w).__name__ not in ("QToolButton",)]
    assert missing == []
    for i in range(page.tabs.count()):
        assert page.tabs.tabToolTip(i), page.tabs.tabText(i)


def test_main_window_shows_the_page_to_admin_and_operator_only(
        qtbot: QtBot, jaringan: Jaringan, tmp_path: Path, boxes: list[str]) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    simpan_frasa(prov.db, buka_kunci(prov.db, PASSPHRASE), PASSPHRASE)
    file = kantor.kirim().file
    create_account(prov.db, prov.admin, "operator1", "operator-rahasia-1", Role.OPERATOR)
    create_account(kantor.db, kantor.admin, "penilai1", "penilai-rahasia-1", Role.PENILAI,
                   nip=NIPS[1])
    operator = login(prov.db, "operator1", "operator-rahasia-1")
    window = MainWindow(AppContext(prov.db, operator, get_site(prov.db)))
    qtbot.addWidget(window)
    assert window.show_page("sinkronisasi") and window.sync_page is not None
    page = window.sync_page
    wait_loaded(qtbot, page)
    window.resize(1366, 768)
    window.show()
    assert fits_screen(window)
    # A .kinerja dropped anywhere on the window goes to the sync page.
    window.show_page("beranda")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.current_key() == "sinkronisasi"
    qtbot.waitUntil(lambda: page.impor_job is not None)
    wait_job(qtbot, page.impor_job)  # type: ignore[arg-type]
    wait_loaded(qtbot, page)
    assert [r.status for r in page.hasil_model.rows] == ["diterapkan"]

    penilai = MainWindow(AppContext(kantor.db, login(kantor.db, "penilai1",
                                                      "penilai-rahasia-1"),
                                    get_site(kantor.db)))
    qtbot.addWidget(penilai)
    assert penilai.sync_page is None and not penilai.show_page("sinkronisasi")
    assert boxes == []


def test_screenshot_1366x768(qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker) -> None:
    kantor, prov = jaringan.kantor, jaringan.prov
    office = make_page(kantor)
    file = kirim(qtbot, office, kantor.folder)
    province = make_page(prov)
    impor(qtbot, province, file)
    province.resize(1366 - 190, 768 - 90)  # the page's share of the main window
    assert fits_screen(province, 1366 - 190, 768 - 90)
    save_shot(province, OUTPUT, "sync_page_1366x768.png")


# --- the province: inbox and recap per office --------------------------------------------------
def _nilai_siti(jaringan: Jaringan) -> None:
    """Siti Aminah's SKP ditetapkan by Ahmad Fauzi and rated Baik for TW1 of TAHUN."""
    kantor = jaringan.kantor
    kepala, siti = (uuid.UUID(i) for i in jaringan.pegawai[:2])
    sid = buat_skp(kantor.db, kantor.admin, siti, TAHUN, today=HARI)
    simpan_isi(kantor.db, kantor.admin, sid, isi_lengkap(),
               get_skp(kantor.db, kantor.admin, sid).version)
    ajukan(kantor.db, Actor(None, "siti", Role.PEGAWAI, siti), sid)
    penilai = Actor(None, "ahmad", Role.PENILAI, kepala)
    tetapkan(kantor.db, penilai, sid, tempat="Kota Agung", tanggal=dt.date(TAHUN, 1, 25))
    nilai(kantor.db, penilai, sid, f"{TAHUN}-TW1", rating_hasil_kerja=Rating.SESUAI_EKSPEKTASI,
          rating_perilaku=Rating.SESUAI_EKSPEKTASI, today=dt.date(TAHUN, 4, 1))


def _inbox(jaringan: Jaringan, qtbot: QtBot, page: SyncPage) -> tuple[Path, list[Path]]:
    """Two packages of the office (named so that the name order is wrong) and a damaged
    one in a shared folder."""
    kantor = jaringan.kantor
    inbox = kantor.folder.parent / "folder-bersama"
    inbox.mkdir()
    first = kirim(qtbot, page, kantor.folder).rename(inbox / "zz-pertama.kinerja")
    p = get_pegawai(kantor.db, kantor.admin, uuid.UUID(jaringan.pegawai[2]))
    save_pegawai(kantor.db, kantor.admin, _renamed(p.to_input(), "Budi Berganti Nama"), p.id,
                 p.version)
    second = kirim(qtbot, page, kantor.folder).rename(inbox / "aa-kedua.kinerja")
    rusak = inbox / "rusak.kinerja"
    rusak.write_bytes(b"bukan paket")
    return inbox, [first, second, rusak]


def test_province_inbox_imports_a_folder_in_order(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker, monkeypatch: pytest.MonkeyPatch,
        boxes: list[str]) -> None:
    office = make_page(jaringan.kantor)
    assert office.kotak_masuk_button.isHidden()  # an office has no inbox of many offices
    assert office.provinsi_tab is None
    assert "Rekap &provinsi" not in [office.tabs.tabText(i) for i in range(office.tabs.count())]
    inbox, (first, second, rusak) = _inbox(jaringan, qtbot, office)
    province = make_page(jaringan.prov)
    assert not province.kotak_masuk_button.isHidden()
    assert province.tabs.tabText(TAB_PROVINSI) == "Rekap &provinsi"
    picked: list[str] = []

    def choose(*args: object) -> str:
        picked.append(str(args[1]))
        return str(inbox)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    handle = province.kotak_masuk()
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    wait_loaded(qtbot, province)
    assert picked and "kotak masuk" in picked[0].lower()
    # By package number, not by name: both apply (the second one carries the rename).
    assert [(r.file, r.status) for r in province.hasil_model.rows] == [
        (first.name, "diterapkan"), (second.name, "diterapkan"), (rusak.name, "karantina")]
    assert "2 diterapkan, 1 karantina" in province.ringkasan_impor.text()
    assert baris_sinkron(jaringan.prov.db) == baris_sinkron(jaringan.kantor.db)
    assert settings.get(FOLDER_IMPOR) == str(inbox)
    # An empty folder says so.
    kosong = inbox / "kosong"
    kosong.mkdir()
    wait_job(qtbot, province.impor_folder(kosong))  # type: ignore[arg-type]
    assert "Tidak ada berkas .kinerja" in province.ringkasan_impor.text()
    assert boxes == []


def test_province_inbox_batal_between_files(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker,
        monkeypatch: pytest.MonkeyPatch, boxes: list[str]) -> None:
    inbox, (first, _second, _rusak) = _inbox(jaringan, qtbot, make_page(jaringan.kantor))
    province = make_page(jaringan.prov)
    started = threading.Event()
    handles: list[jobs.JobHandle[list[HasilImpor]]] = []
    real = impor_folder

    def batal_after_the_first(*args: Any, progress: Any, batal: Any) -> list[HasilImpor]:
        def tell(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                started.wait()
                handles[0].cancel()  # Batal pressed while the first file was imported

        return real(*args, progress=tell, batal=batal)

    monkeypatch.setattr("kinerja_desktop.gui.sync_page.impor_folder", batal_after_the_first)
    handle = province.impor_folder(inbox)
    assert handle is not None
    handles.append(handle)
    started.set()
    wait_job(qtbot, handle)  # type: ignore[arg-type]
    wait_loaded(qtbot, province)
    assert [(r.file, r.status) for r in province.hasil_model.rows] == [
        (first.name, "diterapkan")]
    assert "1 diterapkan, 2 dibatalkan" in province.ringkasan_impor.text()
    assert boxes == []


def _tab_provinsi(qtbot: QtBot, page: SyncPage) -> ProvinsiTab:
    tab = page.provinsi_tab
    assert tab is not None
    page.tabs.setCurrentIndex(TAB_PROVINSI)
    qtbot.waitUntil(lambda: not tab.loading and tab.data is not None, timeout=20_000)
    return tab


def test_province_tab_status_and_recap_per_office(
        qtbot: QtBot, jaringan: Jaringan, make_page: PageMaker,
        qtmodeltester: ModelTester, boxes: list[str]) -> None:
    _nilai_siti(jaringan)
    province = make_page(jaringan.prov)
    tab = _tab_provinsi(qtbot, province)
    # Nothing received yet: the office is listed, never heard from.
    assert texts(tab.kantor_model, 0) == [f"{KANTOR} — Dinas Pendidikan Kabupaten Contoh"]
    assert texts(tab.kantor_model, 2) == ["belum pernah"]
    impor(qtbot, province, jaringan.kantor.kirim().file)
    qtbot.waitUntil(lambda: not tab.loading and tab.kantor_model.rows[0].paket_diterima == 1,
                    timeout=20_000)
    [st] = tab.kantor_model.rows
    assert (st.pegawai, st.nomor_terakhir, st.konflik, st.karantina) == (3, 1, 0, 0)
    assert texts(tab.kantor_model, 2) == ["hari ini"]
    assert texts(tab.kantor_model, 1)[0].startswith("nomor 1, ")
    # The recap follows the working year and the chosen period.
    province.ctx.tahun.set(TAHUN)
    qtbot.waitUntil(lambda: not tab.loading and str(tab.periode_key()).startswith(str(TAHUN)),
                    timeout=20_000)
    tab.set_periode(f"{TAHUN}-TW1")
    qtbot.waitUntil(lambda: not tab.loading and tab.data is not None
                    and tab.data.rekap is not None
                    and tab.data.rekap.periode_key == f"{TAHUN}-TW1", timeout=20_000)
    assert texts(tab.rekap_model, 0) == [f"{KANTOR} — Dinas Pendidikan Kabupaten Contoh",
                                         "Jumlah seluruh kantor"]
    assert texts(tab.rekap_model, 1) == ["3", "3"]  # pegawai
    assert texts(tab.rekap_model, 2) == ["1", "1"]  # dinilai
    assert texts(tab.rekap_model, 4) == ["1", "1"]  # Baik
    assert texts(tab.rekap_model, 3) == ["0", "0"]  # Sangat Baik
    assert texts(tab.rekap_model, 10) == ["B 100,00%", "B 100,00%"]
    assert tab.rekap_model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "1 dari 3 pegawai sudah dinilai" in tab.ringkasan.text()
    tab.set_periode(f"{TAHUN}-TAHUNAN")
    qtbot.waitUntil(lambda: not tab.loading and tab.data is not None
                    and tab.data.rekap is not None
                    and tab.data.rekap.periode_key.endswith("TAHUNAN"), timeout=20_000)
    assert texts(tab.rekap_model, 10) == ["belum ada yang dinilai"] * 2
    for model in (tab.kantor_model, tab.rekap_model):
        qtmodeltester.check(model)  # type: ignore[no-untyped-call]
        for col in range(model.columnCount()):
            assert model.headerData(col, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole), (model, col)
    assert boxes == []


def test_province_screenshot_1366x768(qtbot: QtBot, jaringan: Jaringan,
                                      make_page: PageMaker) -> None:
    _nilai_siti(jaringan)
    simpan_frasa(jaringan.prov.db, buka_kunci(jaringan.prov.db, PASSPHRASE), PASSPHRASE)
    assert jaringan.prov.terima(jaringan.kantor.kirim().file).ok
    window = MainWindow(jaringan.ctx(jaringan.prov))
    qtbot.addWidget(window)
    window.ctx.tahun.set(TAHUN)
    assert window.show_page("sinkronisasi") and window.sync_page is not None
    page = window.sync_page
    wait_loaded(qtbot, page)
    tab = _tab_provinsi(qtbot, page)
    tab.set_periode(f"{TAHUN}-TW1")
    qtbot.waitUntil(lambda: not tab.loading and tab.data is not None
                    and tab.data.rekap is not None
                    and tab.data.rekap.periode_key.endswith("TW1"), timeout=20_000)
    window.resize(1366, 768)
    window.show()
    assert fits_screen(window)
    save_shot(window, Path("/tmp"), "sync_prov.png")
    save_shot(window, OUTPUT, "sync_provinsi_1366x768.png")
