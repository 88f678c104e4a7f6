"""DOKUMEN EVALUASI KINERJA PEGAWAI PDF (DOMAIN §8.4, §14): built by hand, read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image as PilImage
from pypdf import PdfReader

from kinerja_desktop.documents.dokumen_evaluasi_pdf import (
    LembarDokumenEvaluasi,
    tulis_dokumen_evaluasi_pdf,
)
from kinerja_desktop.documents.evaluasi_pdf import baris_periode
from kinerja_desktop.documents.pdf_kit import Pengesahan, TataHalaman, baca_pengesahan_pdf
from kinerja_desktop.documents.skp_workbook import Orang
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.periode import AturanPeriode, SkemaPeriode, find_periode
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from tests.pdf_readback import (
    baca_qr,
    font_tertanam,
    rapat,
    teks_halaman,
    teks_mentah,
    teks_pdf,
    ukuran_halaman_mm,
    urutan,
)

PEGAWAI = Orang("I Gusti Ayu Ṅurul 'Aisyah", "19900303 201503 2 002", "Penata Muda Tk. I (III/b)",
                "Pranata Komputer Ahli Pertama", "Bidang Pembinaan SMA")
PENILAI = Orang("Drs. Bambang O'Neil Déwantara", "19700202 199503 1 001", "Pembina (IV/a)",
                "Kepala Bidang Pembinaan SMA", "Dinas Pendidikan dan Kebudayaan")
ATASAN = Orang("Dr. Hj. Sulpakar, M.M.", "19680808 199303 1 004", "Pembina Utama Muda (IV/c)",
               "Kepala Dinas", "Dinas Pendidikan dan Kebudayaan")
HONORER = Orang("Rahmat Hidayat", "", "", "", "Bidang Pembinaan SMA")
QR = "KV1.0192f3a4-7c1e-7b2a-9d3e-5f6a7b8c9d0f.ab12cd34ef.situs-1.c2lnbmF0dXJl"


def png(w: int = 200, h: int = 220) -> bytes:
    buf = io.BytesIO()
    PilImage.new("RGB", (w, h), (200, 160, 20)).save(buf, "PNG")
    return buf.getvalue()


def lembar(**kw: object) -> LembarDokumenEvaluasi:
    periode = find_periode(AturanPeriode(2026), "2026-TW3")
    base = LembarDokumenEvaluasi(
        periode=baris_periode(periode),
        periode_mulai=periode.mulai,
        periode_selesai=periode.selesai,
        instansi="Dinas Pendidikan dan Kebudayaan Provinsi Lampung",
        pegawai=PEGAWAI,
        penilai=PENILAI,
        atasan_penilai=ATASAN,
        capaian_organisasi=PredikatOrganisasi.BAIK,
        predikat=Predikat.SANGAT_BAIK,
        catatan="CatatanAwal diusulkan mengikuti pelatihan analis data.\nCatatanAkhir.",
        tempat="Bandar Lampung",
        tanggal=dt.date(2026, 10, 7),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def cetak(tmp_path: Path, data: LembarDokumenEvaluasi | None = None, *,
          tata: TataHalaman | None = None, pengesahan: Pengesahan | None = None,
          draf: bool = False, nama: str = "dokumen.pdf") -> tuple[Path, int]:
    path = tmp_path / nama
    n = tulis_dokumen_evaluasi_pdf(path, data or lembar(), tata or TataHalaman(), pengesahan,
                                   draf=draf)
    return path, n


def gambar_di_halaman(path: Path) -> int:
    """Number of image XObjects on the first page."""
    page = PdfReader(path).pages[0]
    xobjects = page["/Resources"].get("/XObject")
    if xobjects is None:
        return 0
    return sum(1 for x in xobjects.get_object().values()
               if x.get_object().get("/Subtype") == "/Image")


def test_blok_berurutan_satu_halaman(tmp_path: Path) -> None:
    path, n = cetak(tmp_path)
    assert n == 1
    mentah = rapat(teks_mentah(path))
    assert urutan(
        mentah,
        "DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: TRIWULAN I/II/III/IV-AKHIR",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI LAMPUNG",
        "PERIODE PENILAIAN: 01 JULI SD 30 SEPTEMBER TAHUN 2026",
        "1", "PEGAWAI YANG DINILAI",
        "NAMA", PEGAWAI.nama, "NIP", PEGAWAI.nip, "PANGKAT/GOL RUANG", PEGAWAI.pangkat_gol,
        "JABATAN", PEGAWAI.jabatan, "UNIT KERJA", PEGAWAI.unit_kerja,
        "2", "PEJABAT PENILAI KINERJA",
        "NAMA", PENILAI.nama, "NIP", PENILAI.nip, "PANGKAT/GOL RUANG", PENILAI.pangkat_gol,
        "JABATAN", PENILAI.jabatan, "UNIT KERJA", PENILAI.unit_kerja,
        "3", "ATASAN PEJABAT PENILAI KINERJA",
        "NAMA", ATASAN.nama, "NIP", ATASAN.nip, "PANGKAT/GOL RUANG", ATASAN.pangkat_gol,
        "JABATAN", ATASAN.jabatan,
        "4", "EVALUASI KINERJA", "CAPAIAN KINERJA ORGANISASI", "BAIK",
        "PREDIKAT KINERJA PEGAWAI", "SANGAT BAIK",
        "5", "CATATAN/REKOMENDASI", "CatatanAwal diusulkan mengikuti pelatihan analis data.",
        "CatatanAkhir.",
    ), mentah
    layout = teks_pdf(path)
    # two signatures side by side, each with place and date
    assert layout.count("Bandar Lampung, 7 Oktober 2026") == 2
    assert urutan(rapat(layout), "Pegawai yang Dinilai", "Pejabat Penilai Kinerja",
                  PEGAWAI.nama, PENILAI.nama, f"NIP. {PEGAWAI.nip}", f"NIP. {PENILAI.nip}")


@pytest.mark.parametrize(("skema", "key", "baris"), [
    (SkemaPeriode.TRIWULANAN, "2026-TW1", "PERIODE: TRIWULAN I/II/III/IV-AKHIR"),
    (SkemaPeriode.SEMESTERAN, "2026-S1", "PERIODE: SEMESTER I/II-AKHIR"),
    (SkemaPeriode.BULANAN, "2026-B11", "PERIODE: BULAN NOVEMBER"),
    (SkemaPeriode.SEMESTERAN, "2026-TAHUNAN", "PERIODE: TAHUN 2026"),
])
def test_baris_periode(tmp_path: Path, skema: SkemaPeriode, key: str, baris: str) -> None:
    periode = find_periode(AturanPeriode(2026, skema), key)
    path, _n = cetak(tmp_path, lembar(periode=baris_periode(periode),
                                      periode_mulai=periode.mulai,
                                      periode_selesai=periode.selesai))
    layout = rapat(teks_pdf(path))
    assert baris in layout
    mulai = f"{periode.mulai.day:02d}"
    assert f"PERIODE PENILAIAN: {mulai} " in layout


@pytest.mark.parametrize(("predikat", "tercetak"), [
    (Predikat.SANGAT_BAIK, "SANGAT BAIK"), (Predikat.BAIK, "BAIK"),
    (Predikat.BUTUH_PERBAIKAN, "BUTUH PERBAIKAN"), (Predikat.KURANG, "KURANG/MISCONDUCT"),
    (Predikat.SANGAT_KURANG, "SANGAT KURANG"),
])
def test_predikat_tercetak_sebagai_label_formulir(tmp_path: Path, predikat: Predikat,
                                                  tercetak: str) -> None:
    path, _n = cetak(tmp_path, lembar(predikat=predikat,
                                      capaian_organisasi=PredikatOrganisasi.ISTIMEWA))
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "CAPAIAN KINERJA ORGANISASI", "ISTIMEWA",
                  "PREDIKAT KINERJA PEGAWAI", tercetak, "CATATAN/REKOMENDASI")


def test_non_asn_tanpa_nip_dan_pangkat(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(pegawai=HONORER))
    layout = teks_pdf(path)
    baris = [b.strip() for b in layout.splitlines()]
    # the identity rows stay, empty
    assert baris.count("NIP") == 1  # the pegawai's, with nothing after it
    assert baris.count("PANGKAT/GOL RUANG") == 1
    # only the penilai's signature has a NIP line
    assert layout.count("NIP. ") == 1
    assert f"NIP. {PENILAI.nip}" in layout
    assert HONORER.nama in layout


def test_atasan_penilai_kosong_tetap_berblok(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(atasan_penilai=None))
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "3", "ATASAN PEJABAT PENILAI KINERJA", "NAMA", "NIP",
                  "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA", "4", "EVALUASI KINERJA")
    assert ATASAN.nama not in mentah


@pytest.mark.parametrize(("kertas", "ukuran"), [("A4", (210.0, 297.0)), ("F4", (215.0, 330.0))])
def test_kertas_selalu_tegak_dan_font_tertanam(tmp_path: Path, kertas: str,
                                               ukuran: tuple[float, float]) -> None:
    path, n = cetak(tmp_path, tata=TataHalaman(kertas=kertas, mendatar=True))
    assert ukuran_halaman_mm(path) == [ukuran] * n
    assert font_tertanam(path) == set()
    layout = teks_pdf(path)
    assert PEGAWAI.nama in layout and PENILAI.nama in layout  # diacritics and apostrophes


def test_lambang_dari_pemanggil_atau_ruang_kosong(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(lambang=png()), nama="lambang.pdf")
    assert gambar_di_halaman(path) == 1
    path, _n = cetak(tmp_path, nama="tanpa.pdf")
    assert gambar_di_halaman(path) == 0
    target = tmp_path / "rusak.pdf"
    with pytest.raises(ValidationError, match="Gambar lambang bukan gambar PNG/JPEG"):
        tulis_dokumen_evaluasi_pdf(target, lembar(lambang=png()[:50]), TataHalaman(), None)
    assert not target.exists()


def test_spesimen_kedua_penanda_tangan(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(spesimen_pegawai=png(300, 100),
                                      spesimen_penilai=png(300, 110)))
    assert gambar_di_halaman(path) == 2


def test_qr_dan_kode_verifikasi(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, pengesahan=Pengesahan("DE4P-77KQ-M2", QR))
    assert baca_qr(path, 0) == [QR]
    assert baca_pengesahan_pdf(path) == QR
    assert "Kode verifikasi: DE4P-77KQ-M2" in teks_pdf(path)
    assert "DRAF" not in teks_mentah(path)


def test_draf(tmp_path: Path) -> None:
    path, n = cetak(tmp_path, lembar(predikat=None), draf=True)
    assert teks_mentah(path).count("DRAF") == n
    assert baca_qr(path, 0) == []
    assert baca_pengesahan_pdf(path) is None


def test_tanpa_penilai_hanya_draf(tmp_path: Path) -> None:
    target = tmp_path / "tanpa-penilai.pdf"
    with pytest.raises(ValidationError, match="belum memiliki Pejabat Penilai Kinerja") as exc:
        tulis_dokumen_evaluasi_pdf(target, lembar(penilai=None), TataHalaman(), None)
    assert PEGAWAI.nama in exc.value.message
    assert not target.exists()
    path, _n = cetak(tmp_path, lembar(penilai=None), draf=True)
    assert "Pejabat Penilai Kinerja" in teks_pdf(path)


def test_catatan_panjang_berlanjut(tmp_path: Path) -> None:
    catatan = "CatAwal " + "rekomendasi pengembangan kompetensi yang rinci. " * 400 + "CatAkhir"
    path, n = cetak(tmp_path, lembar(catatan=catatan))
    assert n >= 2
    halaman = teks_halaman(path)
    assert "CatAwal" in halaman[0]
    assert "CatAkhir" in halaman[-1] or "CatAkhir" in halaman[-2]
    assert urutan(rapat(teks_mentah(path)), "CatAwal", "CatAkhir", "Pegawai yang Dinilai")
