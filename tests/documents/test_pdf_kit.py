"""The shared PDF kit on real files, read back with pdftotext, pypdf, pypdfium2 and zxing."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from PIL import Image as PilImage
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kinerja_desktop.documents.pdf_kit import (
    KEYWORDS_PREFIX,
    Kop,
    Pengesahan,
    TandaTangan,
    TataHalaman,
    baca_pengesahan_pdf,
    bangun_pdf,
    blok_tanda_tangan,
    gabung_pdf,
    gambar,
    gaya,
    lebar_isi,
    tabel,
    tanggal_indonesia,
    tanggal_indonesia_besar,
    teks,
    tempat_tanggal,
)
from kinerja_desktop.domain.errors import UserError, ValidationError
from tests.pdf_readback import (
    baca_qr,
    font_tertanam,
    nama_font,
    rapat,
    teks_halaman,
    teks_mentah,
    teks_pdf,
    tinta_mm,
    ukuran_halaman_mm,
    urutan,
)

NAMA_SULIT = ("Ni Luh Ayu Ṣaraswatī", "Dra. Siti Nur'aini, M.Pd.", "Muhammad Al-Fātiḥ")
PAYLOAD = "KINERJA1:7Q2K9D0V3X:ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGHJKMNPQRSTVWXYZ01234567"


def png(w: int = 240, h: int = 300, warna: tuple[int, int, int] = (180, 20, 20)) -> bytes:
    buf = io.BytesIO()
    PilImage.new("RGB", (w, h), warna).save(buf, "PNG")
    return buf.getvalue()


def isi_tabel(tata: TataHalaman, baris: int) -> list[Flowable]:
    g = gaya()
    lebar = lebar_isi(tata)
    data: list[list[Flowable]] = [[teks("NO", g.kepala), teks("URAIAN KEGIATAN", g.kepala),
                                   teks("KETERANGAN", g.kepala)]]
    data += [[teks(str(i), g.sel_tengah), teks(f"Kegiatan nomor {i}", g.sel),
              teks("selesai", g.sel)] for i in range(1, baris + 1)]
    return [tabel(data, [12 * mm, lebar - 52 * mm, 40 * mm])]


def bangun(tmp_path: Path, cerita: list[Flowable], tata: TataHalaman | None = None,
           nama: str = "uji.pdf", **kw: object) -> tuple[Path, int]:
    target = tmp_path / nama
    n = bangun_pdf(target, cerita, tata or TataHalaman(), judul="Dokumen Uji", **kw)  # type: ignore[arg-type]
    return target, n


# ---------------------------------------------------------------------------
# Paper and margins


@pytest.mark.parametrize(("kertas", "mendatar", "ukuran"), [
    ("A4", False, (210.0, 297.0)),
    ("A4", True, (297.0, 210.0)),
    ("F4", False, (215.0, 330.0)),
    ("F4", True, (330.0, 215.0)),
])
def test_ukuran_kertas(tmp_path: Path, kertas: str, mendatar: bool,
                       ukuran: tuple[float, float]) -> None:
    tata = TataHalaman(kertas=kertas, mendatar=mendatar)
    path, n = bangun(tmp_path, isi_tabel(tata, 150), tata)
    assert n >= 2
    assert ukuran_halaman_mm(path) == [ukuran] * n


def test_kertas_tidak_dikenal(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Ukuran kertas 'Letter' tidak dikenal"):
        bangun(tmp_path, [Spacer(1, 1)], TataHalaman(kertas="Letter"))
    assert not (tmp_path / "uji.pdf").exists()


def test_margin_dipatuhi(tmp_path: Path) -> None:
    # Uneven margins so a swapped pair would show.
    tata = TataHalaman(kertas="A4", margin_mm=(20, 10, 25, 30))
    path, n = bangun(tmp_path, isi_tabel(tata, 120), tata)
    assert n >= 2
    for halaman in range(n):
        kiri, atas, kanan, bawah = tinta_mm(path, halaman)
        # The table fills the frame: its grid starts at the left margin and ends at the
        # right one; the first row sits at the top margin; nothing enters the bottom one.
        assert kiri == pytest.approx(30, abs=0.8)
        assert kanan == pytest.approx(210 - 10, abs=0.8)
        assert atas == pytest.approx(20, abs=0.8)
        assert bawah <= 297 - 25 + 0.5


def test_margin_tidak_masuk_akal() -> None:
    with pytest.raises(ValidationError, match="Margin halaman"):
        bangun_pdf(io.BytesIO(), [Spacer(1, 1)], TataHalaman(margin_mm=(15, 100, 15, 100)),
                   judul="x")


# ---------------------------------------------------------------------------
# Fonts, tables, page numbers


def test_semua_font_tertanam(tmp_path: Path) -> None:
    g = gaya()
    path, _n = bangun(tmp_path, [teks("Judul", g.judul), teks("Isi biasa", g.teks),
                                 teks("miring", g.kecil), *isi_tabel(TataHalaman(), 5)],
                      pengesahan=Pengesahan("ABCD-1234", PAYLOAD))
    assert font_tertanam(path) == set()
    fonts = nama_font(path)
    assert fonts, "tidak ada font"
    assert all("DejaVuSansCondensed" in f for f in fonts), fonts


def test_tabel_tiga_halaman_mengulang_kepala(tmp_path: Path) -> None:
    tata = TataHalaman()
    path, n = bangun(tmp_path, isi_tabel(tata, 120), tata)
    assert n == 3
    pages = teks_halaman(path)
    assert len(pages) == 3
    for i, page in enumerate(pages, start=1):
        assert urutan(page, "NO", "URAIAN KEGIATAN", "KETERANGAN", "Kegiatan nomor"), i
        assert f"Halaman {i} dari 3" in page
    # Every row once, in order, across the pages.
    semua = teks_pdf(path)
    assert urutan(semua, *(f"Kegiatan nomor {i} " for i in range(1, 121)))
    assert semua.count("Kegiatan nomor 60 ") == 1


def test_baris_lebih_tinggi_dari_halaman_terpecah(tmp_path: Path) -> None:
    g = gaya()
    tata = TataHalaman()
    panjang = " ".join(f"kata{i:04d}" for i in range(1400))
    data = [[teks("NO", g.kepala), teks("URAIAN", g.kepala)],
            [teks("1", g.sel_tengah), teks(panjang, g.sel)]]
    path, n = bangun(tmp_path, [tabel(data, [12 * mm, lebar_isi(tata) - 12 * mm])], tata)
    assert n >= 2
    mentah = rapat(teks_mentah(path))
    assert "kata0000" in mentah and "kata1399" in mentah
    for page in teks_halaman(path):
        assert "URAIAN" in page


# ---------------------------------------------------------------------------
# Kop, images


def test_kop_dengan_logo_hanya_di_halaman_pertama(tmp_path: Path) -> None:
    kop = Kop(("PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN"),
              "Jl. Drs. Warsito No. 72, Telukbetung Utara, Bandar Lampung 35215", png())
    tata = TataHalaman(kop=kop)
    g = gaya()
    path, n = bangun(tmp_path, [teks("SASARAN KINERJA PEGAWAI", g.judul),
                                *isi_tabel(tata, 120)], tata)
    assert n >= 2
    pages = teks_halaman(path)
    assert urutan(pages[0], "PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                  "Jl. Drs. Warsito No. 72", "SASARAN KINERJA PEGAWAI", "Kegiatan nomor 1")
    assert "PEMERINTAH PROVINSI LAMPUNG" not in pages[1]
    reader = PdfReader(path)
    gambar_per_halaman = [len(p.images) for p in reader.pages]
    assert gambar_per_halaman[0] == 1
    assert sum(gambar_per_halaman[1:]) == 0
    # The logo sits at the left margin, at the top (centred on the kop lines).
    img = reader.pages[0].images[0]
    assert img.image is not None and img.image.size == (240, 300)
    kiri, atas, _kanan, _bawah = tinta_mm(path)
    assert kiri == pytest.approx(15, abs=0.8)
    assert 15 - 0.5 <= atas <= 18


@pytest.mark.parametrize("rusak", [
    b"",
    b"bukan gambar sama sekali",
    png()[:60],  # cut off inside the PNG
    b"GIF89a" + bytes(40),
], ids=["kosong", "teks", "terpotong", "gif"])
def test_logo_rusak_ditolak_tanpa_berkas(tmp_path: Path, rusak: bytes) -> None:
    tata = TataHalaman(kop=Kop(("DINAS UJI",), logo=rusak))
    with pytest.raises(ValidationError, match="Logo kop surat bukan gambar PNG/JPEG"):
        bangun(tmp_path, [teks("isi", gaya().teks)], tata)
    assert list(tmp_path.iterdir()) == []


def test_logo_terpotong_di_tengah_data(tmp_path: Path) -> None:
    # A large noisy PNG cut in half: the header reads fine, the pixels do not.
    buf = io.BytesIO()
    PilImage.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3)).save(buf, "PNG")
    data = buf.getvalue()
    with pytest.raises(ValidationError, match=r"Logo kop surat .*terpotong"):
        gambar(data[: len(data) // 2], "Logo kop surat", 20 * mm, 20 * mm)
    assert gambar(data, "Logo kop surat", 20 * mm, 10 * mm).drawHeight == pytest.approx(10 * mm)


def test_spesimen_rusak_menyebut_pejabat() -> None:
    ttd = TandaTangan("Pejabat Penilai Kinerja", "Rina Marlina", spesimen=b"\x89PNG rusak")
    with pytest.raises(ValidationError, match="Spesimen tanda tangan Rina Marlina"):
        blok_tanda_tangan(None, ttd, 180 * mm)


# ---------------------------------------------------------------------------
# Draft, verification, metadata


def test_draf_bertanda_air_tanpa_qr(tmp_path: Path) -> None:
    tata = TataHalaman(mendatar=True)
    path, n = bangun(tmp_path, isi_tabel(tata, 80), tata, draf=True)
    assert n >= 2
    mentah = teks_mentah(path).split("\f")
    for i in range(n):
        assert "DRAF" in mentah[i].split(), i
    assert baca_qr(path, 0) == []
    assert "Kode verifikasi" not in teks_pdf(path)
    assert baca_pengesahan_pdf(path) is None


def test_draf_dengan_pengesahan_ditolak() -> None:
    with pytest.raises(ValueError, match="DRAF"):
        bangun_pdf(io.BytesIO(), [Spacer(1, 1)], TataHalaman(), judul="x", draf=True,
                   pengesahan=Pengesahan("ABCD", PAYLOAD))


def test_pengesahan_qr_kode_dan_metadata(tmp_path: Path) -> None:
    tata = TataHalaman()
    sah = Pengesahan("7Q2K-9D0V-3X", PAYLOAD)
    path, n = bangun(tmp_path, isi_tabel(tata, 100), tata, pengesahan=sah, subjek="SKP 2026")
    assert n >= 2
    for halaman in (0, n - 1):
        assert baca_qr(path, halaman) == [PAYLOAD]
    for page in teks_halaman(path):
        assert "Kode verifikasi: 7Q2K-9D0V-3X" in page
        assert "kinerja verify 7Q2K-9D0V-3X" in page
    assert baca_pengesahan_pdf(path) == PAYLOAD
    assert baca_pengesahan_pdf(path.read_bytes()) == PAYLOAD
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == "Dokumen Uji"
    assert meta.author == "Kinerja Desktop"
    assert meta.subject == "SKP 2026"
    assert meta["/Keywords"] == KEYWORDS_PREFIX + PAYLOAD


def test_tanpa_pengesahan_tanpa_kata_kunci(tmp_path: Path) -> None:
    path, _n = bangun(tmp_path, [teks("isi", gaya().teks)])
    assert baca_pengesahan_pdf(path) is None
    assert baca_qr(path) == []
    assert "Halaman 1 dari 1" in teks_pdf(path)


@pytest.mark.parametrize("isi", [b"", b"PK\x03\x04 ini zip", b"%PDF-1.7\nterpotong"],
                         ids=["kosong", "zip", "pdf-rusak"])
def test_bukan_pdf_ditolak(tmp_path: Path, isi: bytes) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(isi)
    with pytest.raises(ValidationError, match=r"Berkas laporan\.pdf bukan PDF yang dapat dibaca"):
        baca_pengesahan_pdf(path)
    with pytest.raises(ValidationError, match="bukan PDF yang dapat dibaca"):
        baca_pengesahan_pdf(isi)


def test_berkas_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"Berkas hilang\.pdf bukan PDF"):
        baca_pengesahan_pdf(tmp_path / "hilang.pdf")


def test_folder_tujuan_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ditemukan"):
        bangun_pdf(tmp_path / "tidak-ada" / "x.pdf", [Spacer(1, 1)], TataHalaman(), judul="x")


# ---------------------------------------------------------------------------
# Names, signatures, dates, merging


def test_nama_diakritik_dan_apostrof_terbaca_utuh(tmp_path: Path) -> None:
    g = gaya()
    tata = TataHalaman()
    lebar = lebar_isi(tata)
    data = [[teks("NAMA", g.kepala)], *([teks(n, g.sel)] for n in NAMA_SULIT)]
    ttd = blok_tanda_tangan(
        TandaTangan("Pegawai yang Dinilai", NAMA_SULIT[0], "19900101 201505 2 001",
                    tempat_tanggal=""),
        TandaTangan("Pejabat Penilai Kinerja", NAMA_SULIT[1], "19800101 200501 1 002",
                    tempat_tanggal=tempat_tanggal("Bandar Lampung", dt.date(2026, 11, 25)),
                    spesimen=png(300, 120, (20, 20, 120))),
        lebar,
        tengah=TandaTangan("Atasan Pejabat Penilai Kinerja", NAMA_SULIT[2]),
    )
    path, _n = bangun(tmp_path, [tabel(data, [lebar]), ttd], tata)
    text = teks_pdf(path)
    lines = [ln.strip() for ln in text.splitlines()]
    for nama in NAMA_SULIT:
        assert nama in lines, nama  # the table cell
        assert text.count(nama) == 2, nama  # and the signature
    assert urutan(text, "Bandar Lampung, 25 November 2026", NAMA_SULIT[0],
                  "NIP. 19900101 201505 2 001", NAMA_SULIT[2])
    assert urutan(text, "Pegawai yang Dinilai", NAMA_SULIT[0])
    assert urutan(text, "Pejabat Penilai Kinerja", NAMA_SULIT[1], "NIP. 19800101 200501 1 002")
    assert urutan(text, "Atasan Pejabat Penilai Kinerja", NAMA_SULIT[2])
    # No NIP line for the official without one (non-ASN).
    assert text.count("NIP.") == 2
    assert len(PdfReader(path).pages[0].images) == 1  # the specimen


def test_teks_meloloskan_markup(tmp_path: Path) -> None:
    path, _n = bangun(tmp_path, [teks("A & B <i>bukan miring</i>\nbaris kedua", gaya().teks)])
    text = teks_pdf(path)
    assert "A & B <i>bukan miring</i>" in text
    assert urutan(text, "A & B", "\nbaris kedua")


def test_tanggal_indonesia() -> None:
    assert tanggal_indonesia(dt.date(2026, 11, 25)) == "25 November 2026"
    assert tanggal_indonesia(dt.date(2026, 3, 1)) == "1 Maret 2026"
    assert tanggal_indonesia_besar(dt.date(2026, 1, 1)) == "01 JANUARI 2026"
    assert tempat_tanggal("Bandar Lampung", dt.date(2026, 11, 25)) == (
        "Bandar Lampung, 25 November 2026")
    assert tempat_tanggal("", dt.date(2026, 8, 17)) == "17 Agustus 2026"
    assert tempat_tanggal("Metro", None).startswith("Metro, ")
    assert tempat_tanggal("", None) == ""


def test_gabung_pdf(tmp_path: Path) -> None:
    tata = TataHalaman()
    a, na = bangun(tmp_path, isi_tabel(tata, 120), tata, nama="a.pdf")
    b, nb = bangun(tmp_path, [teks("satu halaman", gaya().teks)], tata, nama="b.pdf",
                   pengesahan=Pengesahan("KODE", PAYLOAD))
    target = tmp_path / "gabung.pdf"
    gabung_pdf([a, b.read_bytes(), a], target)
    assert len(PdfReader(target).pages) == na + nb + na == 7
    pages = teks_halaman(target)
    assert "Halaman 3 dari 3" in pages[2] and "satu halaman" in pages[3]


def test_gabung_menolak_bukan_pdf(tmp_path: Path) -> None:
    a, _n = bangun(tmp_path, [teks("isi", gaya().teks)], nama="a.pdf")
    target = tmp_path / "gabung.pdf"
    with pytest.raises(ValidationError, match="bukan PDF"):
        gabung_pdf([a, b"bukan pdf"], target)
    assert not target.exists()


def test_qr_panjang_terbaca_pada_resolusi_pindai(tmp_path: Path) -> None:
    # An uppercase payload (alphanumeric mode) of a realistic length still reads at the
    # 150 dpi of an ordinary office scan.
    payload = "KINERJA1:" + "7Q2K9D0V3XABCDEFGHJKMNPQRSTVWXYZ" * 4
    path, _n = bangun(tmp_path, [teks("isi", gaya().teks)],
                      pengesahan=Pengesahan("7Q2K-9D0V", payload))
    assert baca_qr(path, 0, dpi=150) == [payload]
