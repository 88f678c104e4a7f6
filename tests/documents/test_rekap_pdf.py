"""The unit recap PDF read back: title block, every pegawai row, the distribution against the
curve, the chart, signature, paper sizes, embedded fonts and a 300-row recap over pages."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.documents.kurva_pdf import judul_kurva_teks
from kinerja_desktop.documents.pdf_kit import Kop, TandaTangan, TataHalaman
from kinerja_desktop.documents.rekap_pdf import (
    JUDUL_REKAP,
    KOLOM_REKAP,
    BarisRekap,
    DistribusiBaris,
    DokumenRekap,
    persen_teks,
    tulis_rekap_pdf,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from tests.pdf_readback import (
    font_tertanam,
    rapat,
    teks_halaman,
    teks_mentah,
    teks_pdf,
    ukuran_halaman_mm,
    urutan,
)

A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
_NILAI = [(A, A, Predikat.SANGAT_BAIK), (A, S, Predikat.BAIK), (S, S, Predikat.BAIK),
          (B, S, Predikat.BUTUH_PERBAIKAN), (S, B, Predikat.KURANG)]


def _baris(n: int) -> tuple[BarisRekap, ...]:
    out = []
    for i in range(n):
        if i % 9 == 8:
            out.append(BarisRekap(f"Pegawai Baru {i:03d}", "", "Pengadministrasi Umum",
                                  "Subbagian Umum", None, None, None, "SKP belum ditetapkan"))
            continue
        hk, pk, p = _NILAI[i % len(_NILAI)]
        out.append(BarisRekap(f"Pegawai Nomor {i:03d}", f"19850101 201001 1 {i:03d}",
                              "Analis Kebijakan Ahli Muda", "Bidang Pembinaan SMA", hk, pk, p,
                              "Dinilai"))
    return tuple(out)


def _dokumen(baris: tuple[BarisRekap, ...], capaian: PredikatOrganisasi | None,
             kurva_teks: tuple[str, ...] = ("Capaian kinerja organisasi: Baik.",
                                            "Distribusi sesuai pola kurva."),
             pimpinan: TandaTangan | None = None) -> DokumenRekap:
    counts = Counter(b.predikat for b in baris if b.predikat is not None)
    dinilai = sum(counts.values())
    distribusi = tuple(
        DistribusiBaris(p, counts[p], (Decimal(counts[p] * 100) / dinilai).quantize(
            Decimal("0.01")) if dinilai else Decimal("0.00"))
        for p in Predikat)
    return DokumenRekap(
        unit_nama="Dinas Pendidikan dan Kebudayaan", periode="TRIWULAN I 2026",
        mulai=dt.date(2026, 1, 1), selesai=dt.date(2026, 3, 31), baris=baris,
        distribusi=distribusi, dinilai=dinilai, belum_dinilai=0,
        tanpa_skp=sum(1 for b in baris if b.predikat is None),
        predikat_organisasi=capaian, kurva_teks=kurva_teks, pimpinan=pimpinan)


def _pdf(dok: DokumenRekap, tata: TataHalaman | None = None) -> tuple[bytes, int]:
    buf = io.BytesIO()
    n = tulis_rekap_pdf(buf, dok, tata or TataHalaman())
    return buf.getvalue(), n


def test_the_recap_reads_back_in_order_with_every_row_and_the_distribution() -> None:
    pimpinan = TandaTangan("Kepala Dinas Pendidikan dan Kebudayaan", "Drs. Sulpakar, M.M.",
                           "19680101 199003 1 004", "Bandar Lampung, 25 November 2026")
    baris = _baris(10)
    kurva_teks = ("Capaian kinerja organisasi: Baik.", "Peringatan (hanya pertimbangan):",
                  "- Baik paling banyak 70% (6 dari 9 pegawai), saat ini 7 pegawai.")
    pdf, halaman = _pdf(_dokumen(baris, PredikatOrganisasi.BAIK, kurva_teks, pimpinan))
    text = teks_pdf(pdf)
    flat = rapat(text)
    assert halaman == len(teks_halaman(pdf))
    assert urutan(flat, JUDUL_REKAP, "UNIT KERJA", "Dinas Pendidikan dan Kebudayaan (beserta "
                  "sub-unit)", "PERIODE", "TRIWULAN I 2026 (1 Januari 2026 s.d. 31 Maret 2026)",
                  "CAPAIAN KINERJA ORGANISASI", "BAIK")
    # Content-stream order reads the wrapped header cells whole, left to right.
    assert " ".join(KOLOM_REKAP) in rapat(teks_mentah(pdf))
    # Every pegawai, in order, with NIP (none for the one without an SKP), and its cells.
    assert urutan(flat, *(b.nama for b in baris))
    assert "NIP. 19850101 201001 1 000" in flat
    assert urutan(flat, "Pegawai Nomor 000", "NIP. 19850101 201001 1 000", "Di Atas Ekspektasi",
                  "Di Atas Ekspektasi", "Sangat Baik", "Dinilai")
    assert urutan(flat, "Pegawai Baru 008", "Pengadministrasi Umum", "Subbagian Umum", "–", "–",
                  "–", "SKP belum ditetapkan")
    assert "Jumlah pegawai: 10; sudah dinilai: 9; belum dinilai: 0; SKP belum ditetapkan: 1." \
        in flat
    # Distribution: 2 SB, 4 Baik, 1 BP, 2 Kurang of 9 rated; the curve's rule beside each.
    assert urutan(flat, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI", "PREDIKAT KINERJA",
                  "JUMLAH PEGAWAI", "PERSENTASE", "POLA KURVA CAPAIAN KINERJA ORGANISASI BAIK",
                  "Sangat Baik", "2", "22,22%", "boleh ada",
                  "Baik", "4", "44,44%", "terbanyak; paling banyak 70% (≤ 6)",
                  "Butuh Perbaikan", "1", "11,11%", "harus ada (bersama Kurang/Misconduct)",
                  "Kurang/Misconduct", "2", "22,22%", "harus ada (bersama Butuh Perbaikan)",
                  "Sangat Kurang", "0", "0,00%", "boleh ada",
                  "JUMLAH PEGAWAI DINILAI", "9", "100,00%")
    assert urutan(flat, "Peringatan (hanya pertimbangan):",
                  "• Baik paling banyak 70% (6 dari 9 pegawai), saat ini 7 pegawai.")
    # The chart's own texts, then the signature of the unit head.
    assert urutan(flat, judul_kurva_teks(PredikatOrganisasi.BAIK), "Frekuensi Pegawai",
                  "Bandar Lampung, 25 November 2026", "Kepala Dinas Pendidikan dan Kebudayaan",
                  "Drs. Sulpakar, M.M.", "NIP. 19680101 199003 1 004")
    assert font_tertanam(pdf) == set()


@pytest.mark.parametrize(("kertas", "ukuran"), [("A4", (297.0, 210.0)), ("F4", (330.0, 215.0))])
def test_the_recap_is_landscape_on_a4_and_f4(kertas: str, ukuran: tuple[float, float]) -> None:
    pdf, _ = _pdf(_dokumen(_baris(3), None), TataHalaman(kertas=kertas, mendatar=False))
    assert set(ukuran_halaman_mm(pdf)) == {ukuran}


def test_a_recap_of_300_pegawai_spans_pages_and_repeats_the_header() -> None:
    baris = _baris(300)
    pdf, halaman = _pdf(_dokumen(baris, PredikatOrganisasi.BAIK),
                        TataHalaman(kertas="F4", margin_mm=(20, 15, 20, 25)))
    pages = teks_halaman(pdf)
    assert halaman == len(pages) > 5
    table_pages = [p for p in pages if "Pegawai Nomor" in p or "Pegawai Baru" in p]
    assert len(table_pages) > 5
    for page in table_pages:
        assert urutan(rapat(page), "NO NAMA / NIP JABATAN UNIT")
        assert "Halaman" in page
    assert urutan(rapat(teks_pdf(pdf)), *(b.nama for b in baris))
    assert f"Halaman {halaman} dari {halaman}" in pages[-1]


def test_names_with_diacritics_and_apostrophes_print_as_given(tmp_path: Path) -> None:
    nama = ("Ni Luh Ayu Kusumawardhani-O'Brien, S.Pd.", "Dr. Muhammad Nu'man Ḥasan, M.Kom.",
            "Çağlar Ümit & <Sutrisno>")
    baris = tuple(BarisRekap(n, "", "Guru Ahli Pertama", "SMA Negeri 1 Metro", A, S,
                             Predikat.BAIK, "Dinilai") for n in nama)
    target = tmp_path / "rekap.pdf"
    tulis_rekap_pdf(target, _dokumen(baris, PredikatOrganisasi.BAIK),
                    TataHalaman(kop=Kop(("PEMERINTAH PROVINSI LAMPUNG",))))
    flat = rapat(teks_mentah(target))  # a wrapped cell reads whole in stream order
    for n in nama:
        assert n in flat
    assert font_tertanam(target) == set()


def test_without_capaian_the_curve_rule_column_is_left_out() -> None:
    pdf, _ = _pdf(_dokumen(_baris(4), None, (
        "Capaian kinerja organisasi unit ini untuk periode ini belum ditetapkan; distribusi "
        "tidak diperiksa terhadap kurva.",)))
    flat = rapat(teks_pdf(pdf))
    assert urutan(flat, "CAPAIAN KINERJA ORGANISASI", "belum ditetapkan")
    assert "POLA KURVA" not in flat
    assert "distribusi tidak diperiksa terhadap kurva" in flat
    assert urutan(flat, "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI",
                  "(capaian kinerja organisasi belum ditetapkan)")


def test_a_unit_without_pegawai_still_prints_a_complete_recap() -> None:
    pdf, halaman = _pdf(_dokumen((), PredikatOrganisasi.ISTIMEWA))
    flat = rapat(teks_pdf(pdf))
    assert halaman >= 1
    assert "Tidak ada pegawai aktif di unit ini." in flat
    assert urutan(flat, "JUMLAH PEGAWAI DINILAI", "0", "0,00%")


def test_percentages_print_with_a_decimal_comma_rounded_half_up() -> None:
    assert persen_teks(Decimal("12.5")) == "12,50%"
    assert persen_teks(Decimal("33.335")) == "33,34%"
    assert persen_teks(Decimal("100")) == "100,00%"
    assert KOLOM_REKAP[0] == "NO" and KOLOM_REKAP[-1] == "STATUS"
