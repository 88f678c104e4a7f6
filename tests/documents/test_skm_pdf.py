"""The SKM report read back: identity, the nine unsur with NRR and NRR tertimbang (the weakest
marked), IKM, konversi, mutu with its words, the weight used, comma decimals, paper sizes and
embedded fonts."""

from __future__ import annotations

import io
import random
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.documents.pdf_kit import Kop, TandaTangan, TataHalaman
from kinerja_desktop.documents.skm_pdf import (
    JUDUL_SKM,
    KOLOM_UNSUR,
    DokumenSkm,
    tulis_skm_pdf,
)
from kinerja_desktop.domain.skm import UNSUR, BobotUnsur, SumberSkm, hitung_ikm, hitung_skm
from kinerja_desktop.services.skm import format_desimal
from tests.pdf_readback import (
    font_tertanam,
    rapat,
    teks_halaman,
    teks_pdf,
    ukuran_halaman_mm,
    urutan,
)


def _pdf(dok: DokumenSkm, tata: TataHalaman | None = None) -> tuple[bytes, int]:
    buf = io.BytesIO()
    n = tulis_skm_pdf(buf, dok, tata or TataHalaman())
    return buf.getvalue(), n


def _jawaban() -> list[list[int | None]]:
    """137 respondents; unsur 3 (Waktu Penyelesaian) clearly the weakest."""
    rnd = random.Random(7)
    return [[rnd.choice([2, 3, 3]) if u == 2 else rnd.choice([2, 3, 3, 4, 4]) for u in range(9)]
            for _ in range(137)]


def test_the_report_reads_back_with_every_unsur_the_result_and_the_weight() -> None:
    hasil = hitung_skm(_jawaban())
    kepala = TandaTangan("Kepala Dinas", "Ir. Bambang Ṣuharto, M.T.", "19700101 199503 1 001",
                         "Bandar Lampung, 25 November 2026")
    dok = DokumenSkm("Dinas Penanaman Modal dan PTSP", "TRIWULAN I 2026", hasil,
                     layanan="Perizinan Berusaha", sumber=SumberSkm.RESPONS,
                     keterangan="Survei daring & kuesioner di loket.", penandatangan=kepala)
    pdf, halaman = _pdf(dok, TataHalaman(kop=Kop(("PEMERINTAH KOTA METRO",), "Jl. AH Nasution")))
    flat = rapat(teks_pdf(pdf))
    assert halaman == len(teks_halaman(pdf)) == 1
    assert urutan(flat, JUDUL_SKM, "INDEKS KEPUASAN MASYARAKAT (IKM)",
                  "UNIT KERJA", "Dinas Penanaman Modal dan PTSP", "PERIODE", "TRIWULAN I 2026",
                  "JENIS LAYANAN", "Perizinan Berusaha", "JUMLAH RESPONDEN", "137",
                  "SUMBER DATA", "Jawaban responden", "BOBOT", "bobot 1/9 (tepat)",
                  "KETERANGAN", "Survei daring & kuesioner di loket.")
    assert urutan(flat, *KOLOM_UNSUR)
    # The nine unsur in order, each with its NRR and NRR tertimbang (three places, comma).
    potongan: list[str] = []
    for u, nrr, nt in zip(UNSUR, hasil.nrr, hasil.nrr_tertimbang, strict=True):
        potongan += [f"{u.kode} {u.nama}", format_desimal(nrr, 3), format_desimal(nt, 3)]
    assert urutan(flat, *potongan)
    assert [u.kode for u in hasil.unsur_terlemah] == ["U3"]
    assert "U3 Waktu Penyelesaian *" in flat
    assert flat.count("*") == 2  # only the weakest is marked, then the footnote
    assert "* Unsur dengan NRR terendah" in flat
    ikm = format_desimal(hasil.ikm, 3)
    assert urutan(flat, "JUMLAH NRR TERTIMBANG (IKM)", ikm,
                  "Indeks Kepuasan Masyarakat (IKM)", ikm,
                  "Nilai SKM (konversi = IKM × 25)", format_desimal(hasil.konversi),
                  "Mutu pelayanan", f"{hasil.mutu.value} ({hasil.mutu.kinerja})",
                  "Unsur terlemah",
                  f"U3 Waktu Penyelesaian (NRR {format_desimal(hasil.nrr[2], 3)})",
                  "Bobot NRR tertimbang", "bobot 1/9 (tepat)")
    assert urutan(flat, "NILAI PERSEPSI", "NILAI INTERVAL (NRR)", "1", "1,00–2,5996",
                  "25,00–64,99", "D", "Tidak Baik", "4", "3,5324–4,00", "88,31–100,00", "A",
                  "Sangat Baik")
    assert urutan(flat, "Bandar Lampung, 25 November 2026", "Kepala Dinas",
                  "Ir. Bambang Ṣuharto, M.T.", "NIP. 19700101 199503 1 001")
    assert font_tertanam(pdf) == set()


@pytest.mark.parametrize(("nrr", "ikm", "konversi", "mutu"), [
    ("3.50", "3,500", "87,50", "B (Baik)"),
    ("3.60", "3,600", "90,00", "A (Sangat Baik)"),
    ("3.059", "3,059", "76,48", "C (Kurang Baik)"),  # just below 76,61 (DOMAIN §12)
])
def test_the_domain_vectors_print_as_published(nrr: str, ikm: str, konversi: str,
                                               mutu: str) -> None:
    hasil = hitung_ikm([Decimal(nrr)] * 9)
    pdf, _ = _pdf(DokumenSkm("UPT Puskesmas Metro", "SEMESTER I 2026", hasil,
                             sumber=SumberSkm.NRR))
    flat = rapat(teks_pdf(pdf))
    assert urutan(flat, "Indeks Kepuasan Masyarakat (IKM)", ikm, konversi, mutu)
    assert urutan(flat, "JUMLAH RESPONDEN", "– (NRR dimasukkan langsung)",
                  "SUMBER DATA", "NRR per unsur dari laporan yang sudah diterbitkan")
    assert "Seluruh layanan unit kerja" in flat


def test_the_guideline_weight_is_named_and_applied() -> None:
    hasil = hitung_ikm([Decimal("3.5")] * 9, BobotUnsur.PEDOMAN)
    pdf, _ = _pdf(DokumenSkm("Kecamatan Ampenan", "TAHUNAN 2026", hasil))
    flat = rapat(teks_pdf(pdf))
    assert urutan(flat, "BOBOT", "bobot 0,111 (contoh pedoman)")
    assert "0,389" in flat  # 3,5 × 0,111 = 0,3885, half-up
    assert urutan(flat, "Indeks Kepuasan Masyarakat (IKM)", "3,497", "87,41")


@pytest.mark.parametrize(("kertas", "ukuran"), [("A4", (210.0, 297.0)), ("F4", (215.0, 330.0))])
def test_the_report_is_portrait_on_a4_and_f4(kertas: str, ukuran: tuple[float, float],
                                             tmp_path: Path) -> None:
    target = tmp_path / "skm.pdf"
    tulis_skm_pdf(target, DokumenSkm("Unit", "TRIWULAN II 2026", hitung_ikm([3] * 9)),
                  TataHalaman(kertas=kertas))
    assert set(ukuran_halaman_mm(target)) == {ukuran}


