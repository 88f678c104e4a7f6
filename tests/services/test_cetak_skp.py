"""Printing an SKP (issue 5): the PDF read back, the verification code, what is written."""

from __future__ import annotations

import dataclasses
import io
import uuid
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.verifikasi import IsiQr, baca_qr
from kinerja_desktop.services.cetak import (
    KunciDiperlukan,
    OpsiCetak,
    buka_kunci,
    cetak_skp,
    simpan_pdf,
)
from kinerja_desktop.services.kop_surat import set_logo_unit
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.skp_workflow import ajukan, buat_revisi, tetapkan
from kinerja_desktop.services.verifikasi import (
    StatusVerifikasi,
    verifikasi_kode,
    verifikasi_pdf,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import AuditLog, Berkas, DokumenCetak, Outbox, UnitKerja
from tests.conftest import PASSPHRASE
from tests.pdf_readback import baca_qr as qr_di_pdf
from tests.pdf_readback import font_tertanam, teks_mentah, teks_pdf, ukuran_halaman_mm, urutan
from tests.services.test_penilaian import rantai  # noqa: F401
from tests.services.test_skp_service import Kantor, isi_lengkap, skp_dengan_isi

Rantai = tuple[Kantor, dict[str, SkpDetail]]


def keadaan(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        a, b, c = (s.scalar(select(func.count()).select_from(m)) or 0
                   for m in (DokumenCetak, Outbox, AuditLog))
    return a, b, c


def rata(pdf: bytes) -> str:
    """The text in content order with whitespace squashed: wrapped cells read as typed."""
    return " ".join(teks_mentah(pdf).split())


def _png(warna: str = "navy") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 120), warna).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def kantor(rantai: Rantai) -> Rantai:  # noqa: F811
    return rantai


def test_a_ditetapkan_skp_prints_with_a_code_that_verifies(kantor: Rantai) -> None:
    k, skp = kantor
    kasi = skp["kasi"]
    kunci = buka_kunci(k.db, PASSPHRASE)
    before = keadaan(k.db)
    dok = cetak_skp(k.db, k.admin, kasi.id, OpsiCetak(), kunci)
    assert dok.kode and not dok.draf and dok.halaman >= 2
    teks = teks_pdf(dok.data)
    assert urutan(teks, "SASARAN KINERJA PEGAWAI", "PEGAWAI YANG DINILAI",
                  "PEJABAT PENILAI KINERJA", "HASIL KERJA", "PERILAKU KERJA",
                  "Pegawai yang Dinilai", "LAMPIRAN SASARAN KINERJA PEGAWAI")
    isi = rata(dok.data)
    for rhk in kasi.isi.rhk:
        assert rhk.uraian in isi
        for iki in rhk.iki:
            assert iki.uraian in isi
    assert f"Kode verifikasi: {dok.kode}" in isi
    assert font_tertanam(dok.data) == set()
    w, h = ukuran_halaman_mm(dok.data)[0]
    assert (round(w), round(h)) == (297, 210)  # A4 landscape
    # The QR decodes to a payload that verifies, and so does the printed code.
    (payload,) = qr_di_pdf(dok.data)
    assert verifikasi_kode(k.db, payload).status is StatusVerifikasi.ASLI
    hasil = verifikasi_kode(k.db, dok.kode)
    assert hasil.asli, hasil.pesan
    rincian = dict(hasil.rincian)
    assert rincian["NIP"] and rincian["Dokumen"] == "SKP dan Lampiran"
    # One register row, with its outbox and audit rows.
    assert keadaan(k.db) == (before[0] + 1, before[1] + 1, before[2] + 1)
    # A reprint of the same data is the same document: same code, nothing new written.
    again = cetak_skp(k.db, k.admin, kasi.id, OpsiCetak(kertas="F4"), kunci)
    assert again.kode == dok.kode
    assert keadaan(k.db) == (before[0] + 1, before[1] + 1, before[2] + 1)
    w, h = ukuran_halaman_mm(again.data)[0]
    assert (round(w), round(h)) == (330, 215)  # F4 landscape


def test_the_pdf_file_verifies_and_a_foreign_pdf_does_not(kantor: Rantai, tmp_path: Path) -> None:
    k, skp = kantor
    dok = cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), buka_kunci(k.db, PASSPHRASE))
    path = simpan_pdf(dok, tmp_path / "skp.pdf")
    assert verifikasi_pdf(k.db, path).asli
    from reportlab.pdfgen.canvas import Canvas

    asing = tmp_path / "asing.pdf"
    c = Canvas(str(asing))
    c.drawString(100, 700, "SASARAN KINERJA PEGAWAI")
    c.save()
    hasil = verifikasi_pdf(k.db, asing)
    assert hasil.status is StatusVerifikasi.BUKAN_DOKUMEN and "asing.pdf" in hasil.pesan
    bukan_pdf = tmp_path / "surat.pdf"
    bukan_pdf.write_text("bukan pdf")
    assert verifikasi_pdf(k.db, bukan_pdf).status is StatusVerifikasi.BUKAN_DOKUMEN


def test_altered_codes_fail_with_the_reason(kantor: Rantai) -> None:
    k, skp = kantor
    dok = cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), buka_kunci(k.db, PASSPHRASE))
    assert dok.kode is not None
    situs, body = dok.kode.split("/")
    ganti = "X" if body[0] != "X" else "Y"
    salah = verifikasi_kode(k.db, f"{situs}/{ganti}{body[1:]}")
    assert salah.status is StatusVerifikasi.KODE_SALAH and "salah ketik" in salah.pesan
    (payload,) = qr_di_pdf(dok.data)
    isi = baca_qr(payload)
    palsu = dataclasses.replace(isi, sha256="0" * 64).teks()
    assert verifikasi_kode(k.db, palsu).status is StatusVerifikasi.DIUBAH
    asing = IsiQr("KANTOR-LAIN", isi.dokumen_id, isi.sha256, isi.tanda_tangan).teks()
    assert verifikasi_kode(k.db, asing).status is StatusVerifikasi.SITUS_TIDAK_DIKENAL
    # A well-formed code nobody printed.
    from kinerja_desktop.domain.verifikasi import kode_pendek

    tak_dikenal = verifikasi_kode(k.db, kode_pendek(situs, uuid.uuid4()))
    assert tak_dikenal.status is StatusVerifikasi.TIDAK_DIKENAL
    assert verifikasi_kode(k.db, kode_pendek("KANTOR-LAIN", uuid.uuid4())).status is (
        StatusVerifikasi.SITUS_TIDAK_DIKENAL)


def test_a_revised_skp_supersedes_the_printed_one(kantor: Rantai) -> None:
    k, skp = kantor
    kunci = buka_kunci(k.db, PASSPHRASE)
    lama = cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), kunci)
    assert lama.kode is not None
    kabid = k.akun("kabid", Role.PENILAI)
    baru = buat_revisi(k.db, k.admin, skp["kasi"].id, "Perubahan target")
    ajukan(k.db, k.admin, baru)
    tetapkan(k.db, kabid, baru, tempat="Kota Agung")
    hasil = verifikasi_kode(k.db, lama.kode)
    assert hasil.status is StatusVerifikasi.DIGANTIKAN and "revisi" in hasil.pesan


def test_a_draft_prints_with_a_watermark_without_code_or_key(kantor: Rantai) -> None:
    k, _ = kantor
    draf = skp_dengan_isi(k, "staf", isi_lengkap(uraian="Rencana draf"))
    before = keadaan(k.db)
    dok = cetak_skp(k.db, k.admin, draf.id, OpsiCetak(), None)
    assert dok.draf and dok.kode is None
    isi = rata(dok.data)
    assert "DRAF" in isi and "Rencana draf" in isi
    assert "Kode verifikasi" not in isi
    assert PdfReader(io.BytesIO(dok.data)).metadata.get("/Keywords") in (None, "")
    assert keadaan(k.db) == before


def test_signed_print_needs_the_key_and_the_right_passphrase(kantor: Rantai) -> None:
    k, skp = kantor
    before = keadaan(k.db)
    with pytest.raises(KunciDiperlukan, match="frasa sandi"):
        cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), None)
    with pytest.raises(Exception, match="Frasa sandi kunci situs salah"):
        buka_kunci(k.db, "bukan-frasanya")
    assert keadaan(k.db) == before


def test_a_pegawai_without_penilai_is_refused_by_name(kantor: Rantai) -> None:
    k, _ = kantor
    draf = skp_dengan_isi(k, "kabid2", isi_lengkap(uraian="Tanpa penilai"))
    from kinerja_desktop.storage.models import Skp

    with k.db.write() as s:
        row = s.get(Skp, draf.id)
        assert row is not None
        row.penilai_id = None
        row.penilai_luar = None
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="belum punya Pejabat Penilai Kinerja"):
        cetak_skp(k.db, k.admin, draf.id, OpsiCetak(), None)
    assert keadaan(k.db) == before


def test_logo_in_the_kop_and_a_corrupt_logo_is_named(kantor: Rantai) -> None:
    k, skp = kantor
    kunci = buka_kunci(k.db, PASSPHRASE)
    with pytest.raises(ValidationError, match=r"Logo unit .* bukan gambar"):
        set_logo_unit(k.db, k.admin, k.units["1"], b"\x89PNG\r\n\x1a\n rusak")
    set_logo_unit(k.db, k.admin, k.units["1"], _png())
    dok = cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), kunci)
    images = [img for page in PdfReader(io.BytesIO(dok.data)).pages[:1] for img in page.images]
    assert images, "the kop logo is drawn on the first page"
    # Damage the stored bytes behind the service's back (a disk error, a bad restore).
    with k.db.write() as s:
        unit = s.get(UnitKerja, k.units["1"])
        assert unit is not None
        rusak = Berkas(sha256="f" * 64, ukuran=5, mime="image/png", data=b"rusak")
        s.add(rusak)
        s.flush()
        unit.logo_sha256 = rusak.sha256
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"Logo unit .* bukan gambar PNG/JPEG"):
        cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), kunci)
    assert keadaan(k.db) == before


def test_paper_and_margin_options_are_checked(kantor: Rantai) -> None:
    k, skp = kantor
    with pytest.raises(ValidationError, match="A4 atau F4"):
        cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(kertas="Letter"),
                  buka_kunci(k.db, PASSPHRASE))


def test_pdf_save_refuses_a_missing_folder_and_leaves_nothing(kantor: Rantai,
                                                              tmp_path: Path) -> None:
    k, skp = kantor
    dok = cetak_skp(k.db, k.admin, skp["kasi"].id, OpsiCetak(), buka_kunci(k.db, PASSPHRASE))
    out = tmp_path / "keluaran"
    out.mkdir()
    with pytest.raises(Exception, match="tidak ditemukan"):
        simpan_pdf(dok, out / "tidak-ada" / "skp.pdf")
    with pytest.raises(Exception, match=r"berakhiran \.pdf"):
        simpan_pdf(dok, out / "skp.xlsx")
    assert list(out.iterdir()) == []
