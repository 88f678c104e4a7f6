"""The SKP and its LAMPIRAN as PDF, read back with pdftotext (DOMAIN §8.1, §8.2, §14)."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PilImage
from pypdf import PdfReader

from kinerja_desktop.documents.pdf_kit import Kop, Pengesahan, TandaTangan, TataHalaman
from kinerja_desktop.documents.skp_pdf import (
    UKURAN_KEBERHASILAN,
    UKURAN_KEBERHASILAN_JPT,
    tulis_skp_pdf,
)
from kinerja_desktop.documents.skp_workbook import (
    FOOTNOTES,
    HEADER_ATASAN,
    HEADER_PIMPINAN,
    Orang,
    SkpSheet,
)
from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.skp import (
    Aspek,
    FormFamily,
    Iki,
    IsiSKP,
    JenisRHK,
    Lampiran,
    Pendekatan,
    Perspektif,
    Rhk,
)
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

PEGAWAI = Orang("Ni Luh Ayu Ṣaraswatī, S.Kom.", "19900101 201505 2 001",
                "Penata Muda Tk. I, III/b", "Pranata Komputer Ahli Pertama", "Seksi Kurikulum")
PENILAI = Orang("Dra. Siti Nur'aini, M.Pd.", "19800101 200501 1 002", "Pembina, IV/a",
                "Kepala Bidang Pembinaan SMA", "Bidang Pembinaan SMA")
PAYLOAD = "KINERJA1:7Q2K9D0V3X:ABCDEFGHJKMNPQRSTVWXYZ0123456789"
PANJANG = " ".join(f"uraian{k:04d}" for k in range(600))  # 6,600 characters


def rhk_text(i: int) -> str:
    return f"Terlaksananya pembinaan sekolah gugus {i:02d} sesuai standar nasional pendidikan"


def iki_text(i: int, k: int) -> str:
    return f"Indikator {i:02d}.{k} jumlah sekolah gugus {i:02d} yang dibina tepat waktu"


def isi_skp(pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
            family: FormFamily = FormFamily.JA_JF, n: int = 10, tambahan: int = 2) -> IsiSKP:
    """``n`` RHK (the last ``tambahan`` of them TAMBAHAN) with two IKI each."""
    rhk = []
    for i in range(1, n + 1):
        rhk.append(Rhk(rhk_text(i), JenisRHK.TAMBAHAN if i > n - tambahan else JenisRHK.UTAMA,
                       iki=[
                           Iki(iki_text(i, 1), Aspek.KUANTITAS, Decimal(i), "sekolah",
                               perspektif=Perspektif.PROSES_BISNIS),
                           Iki(iki_text(i, 2), Aspek.KUALITAS, None, "", f"{80 + i}–100 %",
                               perspektif=Perspektif.PENERIMA_LAYANAN),
                       ]))
    return IsiSKP(
        pendekatan=pendekatan, form_family=family, rhk=rhk,
        ekspektasi={1: "Cepat tanggap terhadap pengaduan sekolah", 7: "Melibatkan komite"},
        lampiran=Lampiran(["Laptop dan printer", "Akses Dapodik"],
                          ["Laporan bulanan kepada Kepala Bidang"],
                          ["Teguran lisan", "Tunjangan kinerja dikurangi"]),
    )


def sheet(isi: IsiSKP | None = None, **kw: Any) -> SkpSheet:
    isi = isi or isi_skp()
    values: dict[str, Any] = dict(
        tahun=2026, periode_mulai=dt.date(2026, 1, 1), periode_selesai=dt.date(2026, 12, 31),
        instansi="Dinas Pendidikan dan Kebudayaan Provinsi Lampung", pegawai=PEGAWAI,
        penilai=PENILAI, isi=isi,
        intervensi=[f"Meningkatnya mutu layanan pendidikan menengah {i}"
                    for i in range(1, len(isi.rhk) + 1)],
        tempat="Bandar Lampung", tanggal=dt.date(2026, 1, 5))
    values.update(kw)
    return SkpSheet(**values)


def cetak(data: SkpSheet, tata: TataHalaman | None = None, **kw: Any) -> tuple[bytes, int]:
    buf = io.BytesIO()
    n = tulis_skp_pdf(buf, data, tata or TataHalaman(mendatar=True), **kw)
    return buf.getvalue(), n


def png(w: int, h: int) -> bytes:
    buf = io.BytesIO()
    PilImage.new("RGB", (w, h), (20, 40, 160)).save(buf, "PNG")
    return buf.getvalue()


def mentah(pdf: bytes) -> str:
    """Content order, cell texts whole (their line breaks squashed)."""
    return rapat(teks_mentah(pdf))


# ---------------------------------------------------------------------------
# The JA/JF kuantitatif form, complete


def test_skp_kuantitatif_urutan_lengkap() -> None:
    pdf, n = cetak(sheet())
    assert n >= 3
    assert ukuran_halaman_mm(pdf) == [(297.0, 210.0)] * n
    assert font_tertanam(pdf) == set()
    text = mentah(pdf)
    assert urutan(
        text,
        "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI LAMPUNG",
        "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026",
        "NO PEGAWAI YANG DINILAI NO PEJABAT PENILAI KINERJA",
        f"1 NAMA {PEGAWAI.nama} 1 NAMA {PENILAI.nama}",
        f"2 NIP {PEGAWAI.nip} 2 NIP {PENILAI.nip}",
        f"3 PANGKAT/GOL. RUANG {PEGAWAI.pangkat_gol} 3 PANGKAT/GOL. RUANG {PENILAI.pangkat_gol}",
        f"4 JABATAN {PEGAWAI.jabatan} 4 JABATAN {PENILAI.jabatan}",
        f"5 UNIT KERJA {PEGAWAI.unit_kerja} 5 UNIT KERJA {PENILAI.unit_kerja}",
        "HASIL KERJA",
        f"NO {HEADER_PIMPINAN} RENCANA HASIL KERJA ASPEK INDIKATOR KINERJA INDIVIDU TARGET",
        "(1) (2) (3) (4) (5) (6)",
        "A. UTAMA",
        *(f"{i} Meningkatnya mutu layanan pendidikan menengah {i} {rhk_text(i)} Kuantitas "
          f"{iki_text(i, 1)} {i} sekolah Kualitas {iki_text(i, 2)} {80 + i}–100 %"
          for i in range(1, 9)),
        "B. TAMBAHAN",
        f"1 Meningkatnya mutu layanan pendidikan menengah 9 {rhk_text(9)}",
        f"2 Meningkatnya mutu layanan pendidikan menengah 10 {rhk_text(10)}",
        "PERILAKU KERJA",
        *(f"{cv.no} {cv.nama} " + " ".join(f"- {p}" for p in cv.panduan)
          + " Ekspektasi Khusus Pimpinan:" for cv in CORE_VALUES),
        FOOTNOTES[0], FOOTNOTES[1],
        "LAMPIRAN SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
        "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026",
        "DUKUNGAN SUMBER DAYA 1. Laptop dan printer 2. Akses Dapodik",
        "SKEMA PERTANGGUNGJAWABAN 1. Laporan bulanan kepada Kepala Bidang",
        "KONSEKUENSI 1. Teguran lisan 2. Tunjangan kinerja dikurangi",
    ), text[:3000]
    # Every RHK once (spanning its IKI rows, not repeated per row) and every IKI once.
    for i in range(1, 11):
        assert text.count(rhk_text(i)) == 1, i
        assert text.count(iki_text(i, 1)) == 1 and text.count(iki_text(i, 2)) == 1, i
    assert "Ekspektasi Khusus Pimpinan: Cepat tanggap terhadap pengaduan sekolah" in text
    assert "Ekspektasi Khusus Pimpinan: Melibatkan komite" in text
    assert text.count("Ekspektasi Khusus Pimpinan:") == 7


def test_tanda_tangan_dan_lampiran_halaman_baru() -> None:
    pdf, n = cetak(sheet())
    pages = teks_halaman(pdf)
    assert len(pages) == n
    lampiran = [i for i, p in enumerate(pages) if "LAMPIRAN SASARAN KINERJA PEGAWAI" in p]
    assert lampiran == [n - 1]
    assert "PERILAKU KERJA" not in pages[-1] and "INDIKATOR KINERJA" not in pages[-1]
    for bagian in ("\n".join(pages[:-1]), pages[-1]):
        # Left the pegawai, right place, date and the penilai, each with name and NIP.
        assert urutan(bagian, "Bandar Lampung, 5 Januari 2026")
        assert urutan(bagian, "Pegawai yang Dinilai", PEGAWAI.nama, f"NIP. {PEGAWAI.nip}")
        assert urutan(bagian, "Pejabat Penilai Kinerja", PENILAI.nama, f"NIP. {PENILAI.nip}")
        baris = next(ln for ln in bagian.splitlines() if "Pegawai yang Dinilai" in ln)
        assert baris.index("Pegawai yang Dinilai") < baris.index("Pejabat Penilai Kinerja")
    # The footnotes follow the signatures on the SKP pages.
    skp = rapat("\n".join(pages[:-1]))
    assert urutan(skp, "Pejabat Penilai Kinerja", PENILAI.nama, FOOTNOTES[0], FOOTNOTES[1])


def test_tanpa_lampiran() -> None:
    pdf, n = cetak(sheet(), lampiran=False)
    text = teks_pdf(pdf)
    assert "LAMPIRAN SASARAN KINERJA PEGAWAI" not in text
    assert "DUKUNGAN SUMBER DAYA" not in text
    assert f"Halaman {n} dari {n}" in text


def test_tabel_terpecah_mengulang_kepala() -> None:
    pdf, n = cetak(sheet(isi_skp(n=16, tambahan=0)), lampiran=False)
    pages = [rapat(p) for p in teks_mentah(pdf).split("\f")[:n]]
    hasil = [p for p in pages if any(rhk_text(i) in p for i in range(1, 17))]
    assert len(hasil) >= 2
    assert urutan(" ".join(hasil), *(rhk_text(i) for i in range(1, 17)))
    for page in hasil:
        assert "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI" in page
        assert "(1) (2) (3) (4) (5) (6)" in page
    for i, page in enumerate(pages, start=1):
        assert f"Halaman {i} dari {n}" in page


@pytest.mark.parametrize(("kertas", "mendatar", "ukuran"), [
    ("A4", True, (297.0, 210.0)),
    ("A4", False, (210.0, 297.0)),
    ("F4", True, (330.0, 215.0)),
    ("F4", False, (215.0, 330.0)),
])
def test_ukuran_kertas(kertas: str, mendatar: bool, ukuran: tuple[float, float]) -> None:
    pdf, n = cetak(sheet(), TataHalaman(kertas=kertas, mendatar=mendatar,
                                        margin_mm=(10, 12, 10, 20)))
    assert ukuran_halaman_mm(pdf) == [ukuran] * n
    text = mentah(pdf)
    for i in range(1, 11):
        assert rhk_text(i) in text and iki_text(i, 2) in text
    assert font_tertanam(pdf) == set()


# ---------------------------------------------------------------------------
# Variants


def test_kualitatif_ja_jf() -> None:
    pdf, _n = cetak(sheet(isi_skp(Pendekatan.KUALITATIF)))
    text = mentah(pdf)
    assert urutan(text, "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUALITATIF",
                  "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
                  f"NO {HEADER_PIMPINAN} RENCANA HASIL KERJA", "(1) (2) (3)", "A. UTAMA")
    assert "ASPEK" not in text and "(4)" not in text
    assert text.count(f"{UKURAN_KEBERHASILAN}:") == 10
    for i in range(1, 11):
        no = i if i <= 8 else i - 8
        assert urutan(text, f"{no} Meningkatnya mutu layanan pendidikan menengah {i} "
                            f"{rhk_text(i)} {UKURAN_KEBERHASILAN}: - {iki_text(i, 1)}; "
                            f"Target: {i} sekolah - {iki_text(i, 2)}; Target: {80 + i}–100 %")
    assert urutan(text, "A. UTAMA", rhk_text(8), "B. TAMBAHAN", rhk_text(9), "PERILAKU KERJA")


def test_jpt_kuantitatif() -> None:
    pdf, _n = cetak(sheet(isi_skp(family=FormFamily.JPT)))
    text = mentah(pdf)
    assert urutan(text, "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
                  "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
                  "NO RENCANA HASIL KERJA INDIKATOR KINERJA INDIVIDU TARGET PERSPEKTIF",
                  "(1) (2) (3) (4) (5)", "A. UTAMA",
                  f"1 {rhk_text(1)} {iki_text(1, 1)} 1 sekolah Proses Bisnis "
                  f"{iki_text(1, 2)} 81–100 % Penerima Layanan", "B. TAMBAHAN", rhk_text(10))
    assert HEADER_PIMPINAN not in text and "ASPEK" not in text and "(6)" not in text
    assert "Meningkatnya mutu layanan" not in text  # JPT has no column (2) of JA/JF
    assert text.count("Proses Bisnis") == 10


def test_jpt_kualitatif() -> None:
    pdf, _n = cetak(sheet(isi_skp(Pendekatan.KUALITATIF, FormFamily.JPT)))
    text = mentah(pdf)
    assert urutan(text, "PENDEKATAN HASIL KERJA KUALITATIF",
                  "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
                  "NO RENCANA HASIL KERJA (1) (2)",
                  f"1 {rhk_text(1)} {UKURAN_KEBERHASILAN_JPT}: - {iki_text(1, 1)}; "
                  "Target: 1 sekolah; Perspektif: Proses Bisnis")
    assert text.count(f"{UKURAN_KEBERHASILAN_JPT}:") == 10
    assert f"{UKURAN_KEBERHASILAN}:" not in text


def test_varian_kepala_atasan_dan_kinerja_utama() -> None:
    pdf, _n = cetak(sheet(kolom_atasan=True, bagian_kinerja=True))
    text = mentah(pdf)
    assert urutan(text, f"NO {HEADER_ATASAN} RENCANA HASIL KERJA", "A. KINERJA UTAMA",
                  rhk_text(8), "B. KINERJA TAMBAHAN", rhk_text(9))
    assert HEADER_PIMPINAN not in text and "A. UTAMA" not in text


def test_bagian_b_kosong_ditiadakan() -> None:
    pdf, _n = cetak(sheet(isi_skp(n=3, tambahan=0)))
    text = mentah(pdf)
    assert "A. UTAMA" in text
    assert "B. TAMBAHAN" not in text


# ---------------------------------------------------------------------------
# Draft, verification, kop, names


def test_draf_bertanda_air_tanpa_kode() -> None:
    pdf, n = cetak(sheet(), draf=True)
    pages = teks_mentah(pdf).split("\f")
    for i in range(n):
        assert "DRAF" in pages[i].split(), i
    assert baca_qr(pdf, 0) == []
    assert "Kode verifikasi" not in teks_pdf(pdf)


def test_pengesahan_di_setiap_halaman() -> None:
    pdf, n = cetak(sheet(), pengesahan=Pengesahan("7Q2K-9D0V-3X", PAYLOAD))
    assert baca_qr(pdf, 0) == [PAYLOAD]
    assert baca_qr(pdf, n - 1) == [PAYLOAD]
    for page in teks_halaman(pdf):
        assert "Kode verifikasi: 7Q2K-9D0V-3X" in page
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == f"SASARAN KINERJA PEGAWAI 2026 - {PEGAWAI.nama}"
    assert "DRAF" not in teks_mentah(pdf).split()


def test_kop_dan_spesimen() -> None:
    kop = Kop(("PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN"),
              "Jl. Drs. Warsito No. 72, Bandar Lampung", png(200, 240))
    data = sheet()
    pegawai = TandaTangan("Pegawai yang Dinilai", PEGAWAI.nama, PEGAWAI.nip,
                          spesimen=png(300, 100))
    penilai = TandaTangan("Pejabat Penilai Kinerja", PENILAI.nama, PENILAI.nip,
                          tempat_tanggal="Metro, 2 Februari 2026", spesimen=png(300, 120))
    pdf, n = cetak(data, TataHalaman(mendatar=True, kop=kop), ttd_pegawai=pegawai,
                   ttd_penilai=penilai)
    pages = teks_halaman(pdf)
    assert urutan(pages[0], "PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                  "Jl. Drs. Warsito No. 72", "SASARAN KINERJA PEGAWAI")
    assert not any("PEMERINTAH PROVINSI LAMPUNG" in p for p in pages[1:])
    images = [len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages]
    # The logo on page 1; two specimens under the SKP and again under the LAMPIRAN.
    assert images[0] >= 1 and sum(images) == 1 + 2 + 2
    text = teks_pdf(pdf)
    assert text.count("Metro, 2 Februari 2026") == 2
    assert "Bandar Lampung, 5 Januari 2026" not in text
    assert n == len(pages)


def test_spesimen_rusak_tidak_menulis_berkas(tmp_path: Path) -> None:
    penilai = TandaTangan("Pejabat Penilai Kinerja", PENILAI.nama, PENILAI.nip,
                          spesimen=b"\x89PNG\r\n\x1a\n bukan gambar")
    target = tmp_path / "skp.pdf"
    with pytest.raises(ValidationError, match=r"Spesimen tanda tangan Dra\. Siti Nur'aini"):
        tulis_skp_pdf(target, sheet(), TataHalaman(mendatar=True), ttd_penilai=penilai)
    assert not target.exists()


def test_nama_diakritik_dan_apostrof() -> None:
    fatih = Orang("Muhammad Al-Fātiḥ", "19750505 200003 1 004", "Pembina Utama Muda, IV/c",
                  "Sekretaris Dinas", "Sekretariat")
    pdf, _n = cetak(sheet(penilai=fatih))
    lines = [ln.strip() for ln in teks_pdf(pdf).splitlines()]
    text = "\n".join(lines)
    for nama in (PEGAWAI.nama, fatih.nama):
        # In the identity table and under both signature blocks (SKP and LAMPIRAN).
        assert text.count(nama) == 3, nama
    assert any(ln.startswith(PEGAWAI.nama) and ln.endswith(fatih.nama) for ln in lines)
    assert "Dra. Siti Nur'aini" not in text


def test_tanpa_penilai_baris_kosong() -> None:
    pdf, _n = cetak(sheet(penilai=None))
    text = teks_pdf(pdf)
    assert "Pejabat Penilai Kinerja" in text
    assert "." * 40 in text  # a line to write the name on
    assert "NIP. 19800101" not in text
    assert text.count("NIP.") == 2  # the pegawai's, under the SKP and the LAMPIRAN


# ---------------------------------------------------------------------------
# Long texts


@pytest.mark.parametrize(("pendekatan", "family"), [
    (Pendekatan.KUANTITATIF, FormFamily.JA_JF),
    (Pendekatan.KUALITATIF, FormFamily.JA_JF),
    (Pendekatan.KUANTITATIF, FormFamily.JPT),
    (Pendekatan.KUALITATIF, FormFamily.JPT),
])
@pytest.mark.parametrize("posisi", [0, 4])
def test_rhk_sangat_panjang_melintasi_halaman(pendekatan: Pendekatan, family: FormFamily,
                                              posisi: int) -> None:
    isi = isi_skp(pendekatan, family)
    panjang = PANJANG
    if pendekatan is Pendekatan.KUALITATIF and family is FormFamily.JPT:
        # The RHK column spans the page there: it takes more to fill more than a page.
        panjang = " ".join(f"uraian{k:04d}" for k in range(1500))
    isi.rhk[posisi].uraian = panjang
    _biasa, n_biasa = cetak(sheet(isi_skp(pendekatan, family)), lampiran=False)
    pdf, n = cetak(sheet(isi), lampiran=False)
    assert n > n_biasa
    text = mentah(pdf)
    # Every word, in order, none lost or doubled at the page breaks.
    assert re.findall(r"uraian\d{4}", text) == panjang.split()
    for i in range(1, 11):
        if i != posisi + 1:
            assert text.count(rhk_text(i)) == 1, i
        assert iki_text(i, 1) in text and iki_text(i, 2) in text, i
    # The pages the RHK runs over repeat the table header.
    pages = [rapat(p) for p in teks_mentah(pdf).split("\f")[:n]]
    lanjut = [p for p in pages if "uraian0300" in p or "uraian0599" in p or "uraian1499" in p]
    assert lanjut
    for page in lanjut:
        assert "(1) (2)" in page


def test_rhk_dengan_banyak_iki_melintasi_halaman() -> None:
    isi = isi_skp(n=3, tambahan=0)
    isi.rhk[1].iki = [Iki(f"IKI rinci nomor {k:02d}", Aspek.KUANTITAS, Decimal(k), "dokumen")
                      for k in range(1, 61)]
    pdf, _n = cetak(sheet(isi), lampiran=False)
    text = mentah(pdf)
    assert urutan(text, *(f"IKI rinci nomor {k:02d}" for k in range(1, 61)))
    assert text.count(rhk_text(2)) == 1
