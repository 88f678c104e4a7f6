"""The evaluation form (SCREENS §8, issue 4 points 1–3) on a real SQLite office.

Year 2025 (its quarters have ended): Siti (the penilai account) assesses Budi, whose
SKP is DITETAPKAN with one numeric IKI ("4 dokumen") and one kualitatif IKI. Ahmad
(Kepala Dinas) is Budi's atasan penilai: he may read, not fill or rate. Modal boxes
and file dialogs are replaced by recorders (no real modal blocking).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import Aspek, Iki, IsiSKP, JenisRHK, Rhk
from kinerja_desktop.gui.evaluasi_dialog import EvaluasiDialog
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services import skp_workflow
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.penilaian import get_penilaian
from kinerja_desktop.services.realisasi import ajukan_realisasi, get_evaluasi, isi_realisasi
from kinerja_desktop.services.umpan_balik import list_umpan_balik
from tests.gui.conftest import NIPS, Office
from tests.gui.skp_fixtures import save_shot

TAHUN = 2025
TW1 = f"{TAHUN}-TW1"
PASSWORD = "rahasia-pegawai-1"


class Boxes:
    """QMessageBox / QFileDialog / QInputDialog / QDesktopServices recorders."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.file = ""
        self.link = ""
        self.opened: list[QUrl] = []

        def box(kind: str):  # type: ignore[no-untyped-def]
            def show(parent: object, title: str, text: str, *a: object) -> object:
                self.shown.append((kind, text))
                return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
            return staticmethod(show)

        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, box(kind))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (self.file, "")))
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: (self.link, bool(self.link))))

        def open_url(url: QUrl) -> bool:
            self.opened.append(url)
            return True

        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))

    def texts(self) -> list[str]:
        return [t for _k, t in self.shown]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@dataclass
class Kantor:
    office: Office
    budi_skp: uuid.UUID
    budi: Actor
    siti: Actor
    ahmad: Actor
    rudi: Actor


def _rhk(uraian: str, iki: Iki, rhk: uuid.UUID | None = None) -> Rhk:
    return Rhk(uraian, JenisRHK.UTAMA, [iki], intervensi_rhk_id=rhk)


def build(office: Office, tahun: int) -> Kantor:
    """Ahmad (DRAFT) ← Siti (DITETAPKAN) ← Budi (DITETAPKAN) for ``tahun``."""
    db, admin = office.site.db, office.site.admin
    people = {n: find_pegawai_by_nip(db, admin, nip).id
              for n, nip in zip(("ahmad", "siti", "budi", "dewi", "rudi"), NIPS, strict=True)}

    def create(nama: str, isi: IsiSKP) -> skp_service.SkpDetail:
        sid = skp_service.buat_skp(db, admin, people[nama], tahun)
        return skp_service.simpan_isi(db, admin, sid, isi,
                                      skp_service.get_skp(db, admin, sid).version)

    dokumen = Iki("Jumlah dokumen", Aspek.KUANTITAS, Decimal(4), "dokumen")
    ahmad = create("ahmad", IsiSKP(rhk=[Rhk(
        "Terwujudnya layanan pendidikan bermutu", JenisRHK.UTAMA, [dokumen],
        intervensi_teks="Sasaran Bupati: mutu pendidikan")]))
    siti = create("siti", IsiSKP(rhk=[_rhk("Tersusunnya rencana kerja sekretariat", dokumen,
                                           ahmad.isi.rhk[0].id)]))
    skp_workflow.ajukan(db, admin, siti.id)
    skp_workflow.tetapkan(db, admin, siti.id, tempat="Kota Contoh")
    budi = create("budi", IsiSKP(rhk=[
        _rhk("Terselenggaranya layanan surat menyurat",
             Iki("Jumlah surat diagendakan", Aspek.KUANTITAS, Decimal(4), "dokumen"),
             siti.isi.rhk[0].id),
        _rhk("Tertatanya arsip kepegawaian",
             Iki("Arsip tertata", Aspek.KUALITAS, None, "", "Arsip mudah ditemukan kembali"),
             siti.isi.rhk[0].id)]))
    skp_workflow.ajukan(db, admin, budi.id)
    skp_workflow.tetapkan(db, admin, budi.id, tempat="Kota Contoh")
    accounts = {}
    for nama, nip, role in (("budi", NIPS[2], Role.PEGAWAI), ("ahmad", NIPS[0], Role.PENILAI),
                            ("rudi", NIPS[4], Role.PEGAWAI)):
        create_account(db, admin, nama, PASSWORD, role, nip=nip)
        accounts[nama] = login(db, nama, PASSWORD)
    return Kantor(office, budi.id, accounts["budi"], office.penilai, accounts["ahmad"],
                  accounts["rudi"])


@pytest.fixture
def kantor(gui_office: Office) -> Kantor:
    return build(gui_office, TAHUN)


def dialog(qtbot: QtBot, k: Kantor, actor: Actor, key: str = TW1) -> EvaluasiDialog:
    d = EvaluasiDialog(k.office.site.ctx(actor), k.budi_skp, key)
    qtbot.addWidget(d)
    d.resize(1366, 768)
    d.show()
    qtbot.waitExposed(d)
    return d


def shot(d: EvaluasiDialog, tmp_path: Path, index: int, name: str) -> None:
    d.tabs.setCurrentIndex(index)
    assert save_shot(d, tmp_path, name).stat().st_size != 0


def test_owner_fills_realisasi_with_evidence_and_submits(
    qtbot: QtBot, kantor: Kantor, boxes: Boxes, tmp_path: Path,
) -> None:
    d = dialog(qtbot, kantor, kantor.budi)
    tab = d.realisasi_tab
    assert d.badge.text() == "BELUM DIISI"
    assert "Budi Santoso" in d.pegawai_label.text()
    assert "Siti Aminah" in d.penilai_label.text()
    assert "TRIWULAN I" in d.periode_label.text() and "31 Maret 2025" in d.periode_label.text()
    assert not tab.ajukan_button.isEnabled()
    assert not d.simpan_nilai_button.isEnabled()  # the owner does not rate himself
    assert not d.umpan_balik_tab.kirim_button.isEnabled()
    ev = d.ev
    assert ev is not None
    numeric, teks = ev.realisasi

    # A numeric IKI: a wrong number stays on screen with an inline message.
    tab.select_iki(numeric.iki_id)
    assert tab.angka_edit.isVisible() and tab.target_label.text() == "4 dokumen"
    tab.angka_edit.setText("tiga")
    assert not tab.simpan()
    assert "bukan angka" in tab.pesan.text()
    tab.angka_edit.setText("3,5")
    assert tab.simpan()
    assert d.badge.text() == "REALISASI DIISI"

    # A real file and a link as evidence.
    scan = tmp_path / "surat_tugas.pdf"
    scan.write_bytes(b"%PDF-1.4 bukti surat tugas")
    boxes.file = str(scan)
    assert tab.tambah_berkas()
    boxes.link = "https://drive.example.go.id/berkas/123"
    assert tab.tambah_tautan()
    assert tab.bukti_list.count() == 2
    assert "surat_tugas.pdf" in tab.bukti_list.item(0).text()
    tab.bukti_list.setCurrentRow(0)
    assert tab.buka()
    opened = Path(boxes.opened[-1].toLocalFile())
    assert opened.name == "surat_tugas.pdf" and opened.read_bytes() == scan.read_bytes()

    # The kualitatif IKI takes a text; then the period can be submitted.
    tab.select_iki(teks.iki_id)
    assert not tab.angka_edit.isVisible()
    assert not tab.simpan()  # empty text: inline message
    assert "uraian capaian" in tab.pesan.text()
    tab.teks_edit.setPlainText("Arsip 2025 tertata per bidang dan terindeks")
    assert tab.simpan()
    shot(d, tmp_path, 0, "evaluasi_realisasi.png")
    assert tab.ajukan_button.isEnabled()
    tab.ajukan_button.click()
    assert d.badge.text() == "DIAJUKAN"
    assert boxes.shown == []

    stored = get_evaluasi(kantor.office.site.db, kantor.budi, kantor.budi_skp, TW1)
    assert stored.status is StatusEvaluasi.DIAJUKAN
    by_id = {r.iki_id: r for r in stored.realisasi}
    assert by_id[numeric.iki_id].realisasi_nilai == Decimal("3.5")
    assert by_id[teks.iki_id].realisasi_teks == "Arsip 2025 tertata per bidang dan terindeks"
    bukti = by_id[numeric.iki_id].bukti
    assert [(b.nama_file, b.tautan) for b in bukti] == [
        ("surat_tugas.pdf", None), ("", "https://drive.example.go.id/berkas/123")]
    # Submitted: read-only for the owner now.
    assert not tab.simpan_button.isEnabled() and not tab.tambah_berkas_button.isEnabled()


def test_unreadable_evidence_file_is_refused_and_nothing_stored(
    qtbot: QtBot, kantor: Kantor, boxes: Boxes, tmp_path: Path,
) -> None:
    d = dialog(qtbot, kantor, kantor.budi)
    before = get_evaluasi(kantor.office.site.db, kantor.budi, kantor.budi_skp, TW1)
    boxes.file = str(tmp_path / "hilang.pdf")
    assert not d.realisasi_tab.tambah_berkas()
    [(kind, text)] = boxes.shown
    assert kind == "warning"
    assert "hilang.pdf tidak dapat dibaca" in text and "tidak ditemukan" in text
    after = get_evaluasi(kantor.office.site.db, kantor.budi, kantor.budi_skp, TW1)
    assert after == before and all(not r.bukti for r in after.realisasi)


def test_penilai_gives_feedback_rates_and_overrides_with_reason(
    qtbot: QtBot, kantor: Kantor, boxes: Boxes, tmp_path: Path,
) -> None:
    db = kantor.office.site.db
    d = dialog(qtbot, kantor, kantor.siti)
    assert d.boleh_nilai and d.banner_text() == "" and d.banner_text(d.nilai_banner) == ""
    assert not d.realisasi_tab.simpan_button.isEnabled()  # the penilai does not fill it

    # Feedback on core value 2 (Akuntabel) with a phrase from the library, then edited.
    ub = d.umpan_balik_tab
    ub.select(("cv", 2))
    assert "Akuntabel" in ub.judul.text()
    assert ub.frasa_combo.count() > 1
    phrase = ub.frasa_combo.itemText(1)
    ub.frasa_combo.activated.emit(1)
    assert ub.input.toPlainText() == phrase
    ub.input.setPlainText(phrase + " Pertahankan.")
    assert ub.kirim()
    assert "Akuntabel (1)" in ub.sasaran_list.currentItem().text()
    assert phrase in ub.riwayat.item(0).text()
    # Free text on the first RHK.
    ub.select(("rhk", str(d.ev.realisasi[0].rhk_id)))  # type: ignore[union-attr]
    ub.input.setPlainText("Agenda surat rapi; percepat distribusi disposisi.")
    assert ub.kirim()
    shot(d, tmp_path, 1, "evaluasi_umpan_balik.png")
    stored = list_umpan_balik(db, kantor.siti, kantor.budi_skp, TW1)
    assert [(u.core_value, u.teks) for u in stored] == [
        (2, phrase + " Pertahankan."), (None, "Agenda surat rapi; percepat distribusi "
                                              "disposisi.")]

    # Rating: the matrix predikat is live.
    d.tabs.setCurrentIndex(2)
    d.rating_groups["hasil"].button(1).click()  # Sesuai
    d.rating_groups["perilaku"].button(1).click()
    assert d.matriks_label.text() == "Baik"
    # An override without a reason is refused: message shown, nothing saved.
    d.override_combo.setCurrentIndex(d.override_combo.findData(Predikat.SANGAT_BAIK.value))
    assert "alasan wajib" in d.alasan_rule.text()
    before = get_penilaian(db, kantor.siti, kantor.budi_skp, TW1)
    d.alasan_edit.setText("bagus")
    assert not d.simpan_penilaian()
    assert any("tuliskan alasannya" in t for t in boxes.texts())
    assert "Belum disimpan" in d.nilai_pesan.text()
    assert get_penilaian(db, kantor.siti, kantor.budi_skp, TW1) == before
    # With a reason it is saved, kept and shown again on reopening.
    alasan = "Menata ulang seluruh arsip 2019–2024 di luar rencana kerja"
    d.alasan_edit.setText(alasan)
    d.catatan_edit.setPlainText("Diusulkan mengikuti pelatihan kearsipan.")
    assert d.simpan_penilaian()
    assert d.badge.text() == "DINILAI"
    shot(d, tmp_path, 2, "evaluasi_penilaian.png")
    pen = get_penilaian(db, kantor.siti, kantor.budi_skp, TW1)
    assert (pen.rating_hasil_kerja, pen.rating_perilaku) == (Rating.SESUAI_EKSPEKTASI,
                                                             Rating.SESUAI_EKSPEKTASI)
    assert (pen.predikat, pen.predikat_matriks) == (Predikat.SANGAT_BAIK, Predikat.BAIK)
    assert pen.alasan_override == alasan
    assert pen.catatan == "Diusulkan mengikuti pelatihan kearsipan."
    again = dialog(qtbot, kantor, kantor.siti)
    assert again.override() is Predikat.SANGAT_BAIK and again.alasan_edit.text() == alasan
    assert again.rating("hasil") is Rating.SESUAI_EKSPEKTASI

    # Closing the period makes everything read-only.
    assert again.tutup_button.isEnabled()
    assert again.tutup_periode()
    assert again.badge.text() == "DITUTUP"
    assert not again.simpan_nilai_button.isEnabled()
    assert not again.umpan_balik_tab.kirim_button.isEnabled()
    assert "ditutup" in again.banner_text(again.nilai_banner)


def _all_read_only(d: EvaluasiDialog, *, fields: bool = True) -> None:
    tab = d.realisasi_tab
    for w in (tab.simpan_button, tab.tambah_berkas_button, tab.tambah_tautan_button,
              tab.hapus_button, tab.ajukan_button, d.umpan_balik_tab.kirim_button,
              d.umpan_balik_tab.frasa_combo, d.simpan_nilai_button, d.tutup_button,
              d.override_combo):
        assert not w.isEnabled(), w.objectName() or w.metaObject().className()
    if fields:
        assert tab.angka_edit.isReadOnly() and d.catatan_edit.isReadOnly()
        assert d.umpan_balik_tab.input.isReadOnly() and d.alasan_edit.isReadOnly()
    assert all(not b.isEnabled() for g in d.rating_groups.values() for b in g.buttons())


def test_atasan_penilai_reads_everything_but_changes_nothing(
    qtbot: QtBot, kantor: Kantor, boxes: Boxes,
) -> None:
    d = dialog(qtbot, kantor, kantor.ahmad)
    assert d.ev is not None and len(d.ev.realisasi) == 2
    assert not d.boleh_nilai
    assert "hanya dapat membaca" in d.banner_text()
    _all_read_only(d)
    assert d.umpan_balik_tab.sasaran_list.count() == 2 + 7
    assert "Hanya pejabat penilai" in d.banner_text(d.nilai_banner)
    assert boxes.shown == []


def test_stranger_gets_a_clear_message_and_no_form(
    qtbot: QtBot, kantor: Kantor, boxes: Boxes,
) -> None:
    d = dialog(qtbot, kantor, kantor.rudi)
    assert d.ev is None and not d.tabs.isEnabled()
    assert "tidak berhak melihat" in d.banner_text()
    _all_read_only(d, fields=False)  # the whole tab area is disabled
    assert d.pegawai_label.text() == "" and boxes.shown == []


def test_period_not_ended_makes_rating_read_only_with_banner(
    qtbot: QtBot, gui_office: Office, boxes: Boxes, tmp_path: Path,
) -> None:
    tahun = dt.date.today().year  # its annual period ends on 31 December
    k = build(gui_office, tahun)
    d = dialog(qtbot, k, k.siti, f"{tahun}-TAHUNAN")
    assert d.boleh_nilai
    banner = d.banner_text(d.nilai_banner)
    assert "baru berakhir 31 Desember" in banner and "hanya untuk dibaca" in banner
    assert not d.simpan_nilai_button.isEnabled()
    assert all(not b.isEnabled() for g in d.rating_groups.values() for b in g.buttons())
    # Feedback is continuous: allowed during the period.
    assert d.umpan_balik_tab.kirim_button.isEnabled()
    shot(d, tmp_path, 2, "evaluasi_penilaian_belum_berakhir.png")
    assert boxes.shown == []


def test_penilai_returns_submitted_realisasi_with_a_reason(
    qtbot: QtBot, kantor: Kantor, boxes: Boxes, monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = kantor.office.site.db
    ev = get_evaluasi(db, kantor.budi, kantor.budi_skp, TW1)
    for r in ev.realisasi:
        ev = isi_realisasi(db, kantor.budi, ev.id, r.iki_id, nilai=r.target_nilai,
                           teks="Sesuai target", expected_version=ev.version)
    ajukan_realisasi(db, kantor.budi, ev.id)
    pegawai_view = dialog(qtbot, kantor, kantor.budi)
    assert not pegawai_view.kembalikan_button.isEnabled()  # only the penilai returns it
    d = dialog(qtbot, kantor, kantor.siti)
    assert d.kembalikan_button.isEnabled()
    alasan = "Bukti dukung surat diagendakan belum dilampirkan"
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: (alasan, True)))
    assert d.kembalikan_realisasi()
    assert d.badge.text() == "REALISASI DIISI" and not d.kembalikan_button.isEnabled()
    seen = dialog(qtbot, kantor, kantor.budi)  # the pegawai sees why, and may fix it
    assert alasan in seen.banner_text()
    assert seen.realisasi_tab.ajukan_button.isEnabled()
