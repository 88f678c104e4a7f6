"""The Format Penetapan Predikat Kinerja read back: header, the decisions per pegawai with the
matrix beside them and the reason of a change, the distribution against the curve, the
"Ditetapkan di … pada tanggal …" lines and the signatures."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from kinerja_desktop.documents.kurva_pdf import judul_kurva_teks
from kinerja_desktop.documents.pdf_kit import TandaTangan, TataHalaman
from kinerja_desktop.documents.penetapan_pdf import (
    JUDUL_PENETAPAN,
    KOLOM_PENETAPAN,
    BarisPenetapan,
    DokumenPenetapan,
    ditetapkan_teks,
    tulis_penetapan_pdf,
)
from kinerja_desktop.documents.rekap_pdf import DistribusiBaris
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
SB, BK, BP = Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN
ALASAN = "Kuota Sangat Baik sudah penuh; hasil rapat evaluasi tanggal 3 April 2026."
BARIS = (
    BarisPenetapan("Dr. Ir. Hj. Siti Nur'aini, M.Si.", "19700101 199503 2 001",
                   "Kepala Bidang Pembinaan SMA", A, A, SB),
    BarisPenetapan("Made Wirawan Ḥasan", "19850101 201001 1 003", "Analis Kebijakan Ahli Muda",
                   A, A, BK, ALASAN),
    BarisPenetapan("Andi Saputra", "19900101 201501 1 002", "Pengelola Data", S, S, BK),
    BarisPenetapan("Rina Oktaviani", "", "Tenaga Pendukung", B, S, BP),
    BarisPenetapan("Yusuf O'Neil", "19920101 202001 1 002", "Pranata Komputer Ahli Pertama",
                   None, None, None, status="SKP belum ditetapkan"),
)
DISTRIBUSI = (
    DistribusiBaris(SB, 1, Decimal("25.00")), DistribusiBaris(BK, 2, Decimal("50.00")),
    DistribusiBaris(BP, 1, Decimal("25.00")), DistribusiBaris(Predikat.KURANG, 0, Decimal(0)),
    DistribusiBaris(Predikat.SANGAT_KURANG, 0, Decimal(0)),
)
PIMPINAN = TandaTangan("Kepala Dinas Pendidikan dan Kebudayaan", "Drs. Sulpakar, M.M.",
                       "19680101 199003 1 004", tempat_tanggal="dibuang: bukan tanggal penetapan")


def _dok(baris: tuple[BarisPenetapan, ...] = BARIS, *, tempat: str = "Bandar Lampung",
         tanggal: dt.date | None = dt.date(2026, 4, 6), penilai: TandaTangan | None = None,
         dengan_kurva: bool = True) -> DokumenPenetapan:
    return DokumenPenetapan(
        unit_nama="Bidang Pembinaan SMA", periode="TRIWULAN I 2026", mulai=dt.date(2026, 1, 1),
        selesai=dt.date(2026, 3, 31), predikat_organisasi=PredikatOrganisasi.BAIK, baris=baris,
        distribusi=DISTRIBUSI, dinilai=4,
        kurva_teks=("Capaian kinerja organisasi: Baik.", "Distribusi sesuai pola kurva."),
        tempat=tempat, tanggal=tanggal, pimpinan=PIMPINAN, penilai=penilai,
        capaian_keterangan="ditetapkan oleh Kepala Dinas pada 5 April 2026",
        dengan_kurva=dengan_kurva)


def _pdf(dok: DokumenPenetapan, tata: TataHalaman | None = None) -> tuple[bytes, int]:
    buf = io.BytesIO()
    n = tulis_penetapan_pdf(buf, dok, tata or TataHalaman())
    return buf.getvalue(), n


def test_the_form_records_each_decision_beside_the_matrix_with_the_reason() -> None:
    ketua = TandaTangan("Ketua Rapat Evaluasi", "Dr. Ir. Hj. Siti Nur'aini, M.Si.",
                        "19700101 199503 2 001")
    pdf, halaman = _pdf(_dok(penilai=ketua))
    flat = rapat(teks_pdf(pdf))
    mentah = rapat(teks_mentah(pdf))  # wrapped cells read whole in stream order
    assert halaman == len(teks_halaman(pdf))
    assert urutan(flat, JUDUL_PENETAPAN, "UNIT KERJA", "Bidang Pembinaan SMA (beserta sub-unit)",
                  "PERIODE", "TRIWULAN I 2026 (1 Januari 2026 s.d. 31 Maret 2026)",
                  "CAPAIAN KINERJA ORGANISASI",
                  "BAIK (ditetapkan oleh Kepala Dinas pada 5 April 2026)")
    assert " ".join(KOLOM_PENETAPAN) in mentah
    # Matrix (A, A) gives Sangat Baik; the row set to Baik carries its reason.
    assert urutan(mentah, "Made Wirawan Ḥasan", "19850101 201001 1 003", "Di Atas Ekspektasi",
                  "Di Atas Ekspektasi", "Sangat Baik", "Baik", ALASAN)
    assert urutan(mentah, "Rina Oktaviani", "–", "Tenaga Pendukung", "Di Bawah Ekspektasi",
                  "Sesuai Ekspektasi", "Butuh Perbaikan", "Butuh Perbaikan", "–")
    assert urutan(mentah, "Yusuf O'Neil", "– – – –", "Belum ditetapkan: SKP belum ditetapkan")
    assert urutan(mentah, *(b.nama for b in BARIS))
    assert "Jumlah pegawai: 5; predikat ditetapkan: 4; berbeda dari matriks: 1." in flat
    assert urutan(flat, "DISTRIBUSI PREDIKAT DITETAPKAN TERHADAP KURVA",
                  "POLA KURVA CAPAIAN KINERJA ORGANISASI BAIK", "Sangat Baik", "1", "25,00%",
                  "Baik", "2", "50,00%", "terbanyak; paling banyak 70% (≤ 2)",
                  "JUMLAH PEGAWAI DINILAI", "4", "100,00%", "Distribusi sesuai pola kurva.",
                  judul_kurva_teks(PredikatOrganisasi.BAIK))
    # One date, the penetapan's: the pimpinan's own tempat_tanggal is replaced.
    assert "dibuang" not in flat
    assert urutan(mentah, "Ketua Rapat Evaluasi", "Dr. Ir. Hj. Siti Nur'aini, M.Si.")
    assert urutan(mentah, "Ditetapkan di Bandar Lampung", "pada tanggal 6 April 2026",
                  "Kepala Dinas Pendidikan dan Kebudayaan", "Drs. Sulpakar, M.M.",
                  "NIP. 19680101 199003 1 004")
    assert font_tertanam(pdf) == set()


def test_without_place_and_date_the_form_leaves_room_to_write_them() -> None:
    assert ditetapkan_teks("", None) == ("Ditetapkan di " + "…" * 12 + "\npada tanggal "
                                         + "…" * 12)
    pdf, _ = _pdf(_dok(tempat=" ", tanggal=None, dengan_kurva=False))
    flat = rapat(teks_pdf(pdf))
    assert urutan(flat, "Ditetapkan di …", "pada tanggal …", "Drs. Sulpakar, M.M.")
    assert "KURVA DISTRIBUSI PREDIKAT" not in flat  # the chart left out on request


@pytest.mark.parametrize(("kertas", "ukuran"), [("A4", (297.0, 210.0)), ("F4", (330.0, 215.0))])
def test_the_form_is_landscape_on_a4_and_f4(kertas: str, ukuran: tuple[float, float]) -> None:
    pdf, _ = _pdf(_dok(), TataHalaman(kertas=kertas))
    assert set(ukuran_halaman_mm(pdf)) == {ukuran}


def test_a_long_form_repeats_its_header_on_every_page() -> None:
    baris = tuple(BarisPenetapan(f"Pegawai {i:03d}", f"19850101 201001 1 {i:03d}",
                                 "Guru Ahli Pertama", S, S, BK) for i in range(120))
    pdf, halaman = _pdf(_dok(baris))
    pages = teks_halaman(pdf)
    assert halaman == len(pages) >= 3
    for page in pages:
        if "Pegawai 0" in page or "Pegawai 1" in page:
            assert "ALASAN PERUBAHAN" in page and "PREDIKAT" in page
    assert urutan(rapat(teks_pdf(pdf)), *(b.nama for b in baris))


def test_a_changed_predikat_without_a_stored_reason_says_so() -> None:
    pdf, _ = _pdf(_dok((BarisPenetapan("Andi", "", "Guru", S, S, SB),)))
    assert urutan(rapat(teks_pdf(pdf)), "Andi", "Baik", "Sangat Baik", "(alasan tidak tercatat)")
