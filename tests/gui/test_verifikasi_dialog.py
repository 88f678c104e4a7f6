"""Verifikasi Dokumen dialog on a real database: typed codes, QR text, PDFs opened and
dropped, and a genuine printed SKP (printed through the real services)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from kinerja_desktop.domain.verifikasi import IsiQr, kode_pendek
from kinerja_desktop.gui.verifikasi_dialog import (
    STATUS_TEXT,
    VerifikasiDialog,
    buka_verifikasi,
    dropped_pdf,
)
from kinerja_desktop.services.verifikasi import StatusVerifikasi
from tests.gui.conftest import PASSPHRASE, Office, SiteDb
from tests.gui.skp_fixtures import make_skps, save_shot

OUTPUT = Path(__file__).resolve().parent / "output"


@pytest.fixture
def dialog(qtbot: QtBot, gui_site: SiteDb) -> VerifikasiDialog:
    d = VerifikasiDialog(gui_site.ctx())
    qtbot.addWidget(d)
    return d


def plain_pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Surat biasa, bukan dari Kinerja Desktop")
    c.showPage()
    c.save()
    return path


def red(d: VerifikasiDialog) -> bool:
    return "#b3261e" in d.verdict.styleSheet()


def test_every_status_has_a_text() -> None:
    assert set(STATUS_TEXT) == set(StatusVerifikasi)


def test_empty_state(dialog: VerifikasiDialog) -> None:
    assert dialog.hasil is None
    assert dialog.verdict.text() == "Belum diperiksa"
    assert "seret berkas PDF" in dialog.pesan_label.text()
    assert dialog.rincian_rows() == []
    assert dialog.kode_edit.toolTip() and dialog.pdf_button.toolTip()


def test_typo_in_code(dialog: VerifikasiDialog, gui_site: SiteDb) -> None:
    good = kode_pendek(gui_site.site.code, uuid.uuid4())
    bad = good[:-1] + ("A" if good[-1] != "A" else "B")
    dialog.kode_edit.setText(bad)
    hasil = dialog.periksa()
    assert hasil is not None and hasil.status is StatusVerifikasi.KODE_SALAH
    assert dialog.verdict.text() == "✘ TIDAK SAH" and red(dialog)
    assert dialog.status_label.text() == "Kode salah ketik"
    assert "salah ketik" in dialog.pesan_label.text()


def test_unknown_code_of_this_site(dialog: VerifikasiDialog, gui_site: SiteDb) -> None:
    kode = kode_pendek(gui_site.site.code, uuid.uuid4())
    hasil = dialog.periksa_kode(kode.lower())  # typed in lower case
    assert hasil is not None and hasil.status is StatusVerifikasi.TIDAK_DIKENAL
    assert "tidak terdaftar" in dialog.pesan_label.text()
    assert not hasil.asli and red(dialog)


def test_unknown_site(dialog: VerifikasiDialog) -> None:
    hasil = dialog.periksa_kode(kode_pendek("KANTOR-LAIN", uuid.uuid4()))
    assert hasil is not None and hasil.status is StatusVerifikasi.SITUS_TIDAK_DIKENAL
    assert dialog.status_label.text() == "Situs penanda tangan tidak dikenal"


def test_forged_qr_text(dialog: VerifikasiDialog, gui_site: SiteDb) -> None:
    forged = IsiQr(gui_site.site.code, uuid.uuid4(), "ab" * 32, bytes(64)).teks()
    hasil = dialog.periksa_kode(forged)  # as a handheld scanner would type it
    assert hasil is not None and hasil.status is StatusVerifikasi.DIUBAH
    assert dialog.status_label.text() == "Data diubah"


def test_pdf_that_is_not_ours(dialog: VerifikasiDialog, tmp_path: Path) -> None:
    path = plain_pdf(tmp_path / "surat.pdf")
    dialog.ask_pdf_path = lambda: path  # type: ignore[method-assign]
    hasil = dialog.buka_pdf()
    assert hasil is not None and hasil.status is StatusVerifikasi.BUKAN_DOKUMEN
    assert "surat.pdf" in dialog.pesan_label.text()
    assert dialog.status_label.text() == "Bukan dokumen Kinerja Desktop"
    junk = tmp_path / "rusak.pdf"
    junk.write_bytes(b"bukan pdf sama sekali")
    hasil = dialog.periksa_pdf(junk)
    assert hasil is not None and hasil.status is StatusVerifikasi.BUKAN_DOKUMEN
    dialog.ask_pdf_path = lambda: None  # type: ignore[method-assign]
    assert dialog.buka_pdf() is None  # cancelled file dialog: nothing changes
    assert dialog.hasil is hasil


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_drop_a_pdf(dialog: VerifikasiDialog, tmp_path: Path) -> None:
    pdf = plain_pdf(tmp_path / "seret.pdf")
    txt = tmp_path / "catatan.txt"
    txt.write_text("x")
    assert dropped_pdf([txt, pdf]) == pdf
    only_txt = _mime(txt)  # kept alive: the event does not own its mime data
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, only_txt,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    assert not enter.isAccepted()
    mime = _mime(txt, pdf)
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    assert dialog.hasil is not None and dialog.hasil.status is StatusVerifikasi.BUKAN_DOKUMEN
    assert "seret.pdf" in dialog.pesan_label.text()


def test_opens_without_blocking(qtbot: QtBot, gui_site: SiteDb) -> None:
    d = buka_verifikasi(None, gui_site.ctx())
    qtbot.addWidget(d)
    assert d.isVisible() and not d.isModal()
    assert QApplication.activeModalWidget() is None
    d.close()


# --- a genuine printout (needs services.cetak and documents/skp_pdf) -----------------------
def test_printed_skp_is_genuine(qtbot: QtBot, gui_office: Office, tmp_path: Path) -> None:
    from kinerja_desktop.services.cetak import OpsiCetak, buka_kunci, cetak_skp

    skps = make_skps(gui_office)
    site = gui_office.site
    kunci = buka_kunci(site.db, PASSPHRASE)
    doc = cetak_skp(site.db, site.admin, skps.ids["siti"], OpsiCetak(), kunci)
    assert doc.kode is not None and not doc.draf
    d = VerifikasiDialog(site.ctx())
    qtbot.addWidget(d)
    d.resize(760, 560)
    hasil = d.periksa_kode(doc.kode)
    assert hasil is not None and hasil.asli, hasil
    assert d.verdict.text() == "✔ ASLI" and "#1b6e2e" in d.verdict.styleSheet()
    rows = dict(d.rincian_rows())
    assert rows["Kode"] == doc.kode
    assert any("Siti Aminah" in v for v in rows.values()), rows
    save_shot(d, OUTPUT, "verifikasi_asli.png")
    # The same answer from the PDF file.
    path = tmp_path / doc.nama_file
    path.write_bytes(doc.data)
    hasil = d.periksa_pdf(path)
    assert hasil is not None and hasil.asli
    assert d.kode_edit.text() == doc.kode
    # One character changed: refused, with the reason.
    changed = doc.kode[:-2] + ("0" if doc.kode[-2] != "0" else "1") + doc.kode[-1]
    hasil = d.periksa_kode(changed)
    assert hasil is not None and not hasil.asli
    assert d.verdict.text() == "✘ TIDAK SAH"
    save_shot(d, OUTPUT, "verifikasi_tidak_sah.png")


def test_draft_pdf_has_no_code(qtbot: QtBot, gui_office: Office, tmp_path: Path) -> None:
    from kinerja_desktop.services.cetak import OpsiCetak, cetak_skp

    skps = make_skps(gui_office)
    site = gui_office.site
    doc = cetak_skp(site.db, site.admin, skps.ids["dewi"], OpsiCetak(), None)
    assert doc.draf and doc.kode is None
    path = tmp_path / "draf.pdf"
    path.write_bytes(doc.data)
    d = VerifikasiDialog(site.ctx())
    qtbot.addWidget(d)
    hasil = d.periksa_pdf(path)
    assert hasil is not None and hasil.status is StatusVerifikasi.BUKAN_DOKUMEN
    assert "draf" in d.pesan_label.text()


def test_bytes_helper_is_a_pdf() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.showPage()
    c.save()
    assert buf.getvalue().startswith(b"%PDF")
