"""The kurva distribusi chart: its pattern against the domain's rules, and the drawing read back
from a real PDF (title, axes left to right, counts, legend, embedded fonts)."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from reportlab.lib.units import mm

from kinerja_desktop.documents.kurva_pdf import (
    JUDUL_TANPA_CAPAIAN,
    KETENTUAN,
    POLA_PERSEN,
    SUMBU_Y,
    JenisKetentuan,
    ketentuan_pola,
    kurva_drawing,
)
from kinerja_desktop.documents.pdf_kit import TataHalaman, bangun_pdf
from kinerja_desktop.domain.kurva_distribusi import (
    URUTAN_SUMBU_X,
    KodePeringatan,
    judul_kurva,
    periksa_distribusi,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from tests.pdf_readback import font_tertanam, rapat, teks_pdf, urutan

SB, BK, BP, KR, SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN,
                      Predikat.KURANG, Predikat.SANGAT_KURANG)


def _pdf(*drawings: object, mendatar: bool = True) -> bytes:
    buf = io.BytesIO()
    bangun_pdf(buf, list(drawings), TataHalaman(mendatar=mendatar), judul="Kurva")
    return buf.getvalue()


@pytest.mark.parametrize("capaian", list(PredikatOrganisasi))
@pytest.mark.parametrize("total", [20, 100])
def test_the_drawn_pattern_meets_every_rule_of_its_capaian(capaian: PredikatOrganisasi,
                                                            total: int) -> None:
    persen = POLA_PERSEN[capaian]
    assert sum(persen.values()) == 100
    jumlah = {p: persen[p] * total // 100 for p in Predikat}
    assert sum(jumlah.values()) == total  # whole pegawai at these sizes
    assert periksa_distribusi(capaian, jumlah) == []


_KODE = {
    JenisKetentuan.TERBANYAK: KodePeringatan.BUKAN_TERBANYAK,
    JenisKetentuan.MAKSIMUM: KodePeringatan.MELEBIHI_MAKSIMUM,
    JenisKetentuan.MINIMUM: KodePeringatan.KURANG_DARI_MINIMUM,
    JenisKetentuan.WAJIB_ADA: KodePeringatan.WAJIB_ADA,
    JenisKetentuan.TIDAK_BOLEH_ADA: KodePeringatan.TIDAK_BOLEH_ADA,
}


@pytest.mark.parametrize("capaian", list(PredikatOrganisasi))
def test_the_printed_rules_are_exactly_the_rules_the_domain_checks(
        capaian: PredikatOrganisasi) -> None:
    """Every distribution of 10 pegawai: the warnings that can fire are the printed rules."""
    dicetak = {(_KODE[k.jenis], k.predikat, k.persen) for k in KETENTUAN[capaian]}
    terlihat: set[tuple[KodePeringatan, tuple[Predikat, ...], int]] = set()
    for bagi in itertools.combinations(range(14), 4):  # stars and bars: 5 counts summing to 10
        batas = (-1, *bagi, 14)
        counts = [batas[i + 1] - batas[i] - 1 for i in range(5)]
        for w in periksa_distribusi(capaian, dict(zip(Predikat, counts, strict=True))):
            angka = re.search(r"(\d+)%", w.pesan)
            terlihat.add((w.kode, w.predikat, int(angka.group(1)) if angka else 0))
    assert terlihat == dicetak


def test_the_rules_in_words_give_the_limits_in_pegawai() -> None:
    baik = ketentuan_pola(PredikatOrganisasi.BAIK, 10)
    assert list(baik) == list(Predikat)  # best first, as the tables list them
    assert baik[BK] == "terbanyak; paling banyak 70% (≤ 7)"
    assert baik[BP] == "harus ada (bersama Kurang/Misconduct)"
    assert baik[KR] == "harus ada (bersama Butuh Perbaikan)"
    assert baik[SB] == baik[SK] == "boleh ada"
    sk = ketentuan_pola(PredikatOrganisasi.SANGAT_KURANG, 9)
    assert sk[SK] == "paling sedikit 60% (≥ 6)"  # ceil(5.4)
    assert sk[KR] == "paling sedikit 10% (≥ 1) (bersama Butuh Perbaikan)"
    assert sk[SB] == "tidak boleh ada"
    # Without a count the percentages alone.
    assert ketentuan_pola(PredikatOrganisasi.KURANG)[SB] == "paling banyak 10%"


def test_the_chart_reads_back_with_title_axes_left_to_right_counts_and_legend() -> None:
    jumlah = {SB: 2, BK: 7, BP: 1}
    pdf = _pdf(kurva_drawing(jumlah, PredikatOrganisasi.BAIK, 250 * mm, 90 * mm))
    text = teks_pdf(pdf)
    assert judul_kurva(PredikatOrganisasi.BAIK) in rapat(text)
    assert SUMBU_Y in text
    label_line = next(line for line in text.splitlines() if "Sangat Kurang" in line)
    assert urutan(label_line, *(p.label for p in URUTAN_SUMBU_X))
    assert "Jumlah pegawai per predikat (dinilai: 10)" in text
    assert "Pola kurva capaian Baik (ilustrasi)" in text
    # The bar labels: the counts of the five predikat, 0 included.
    for n in ("7", "2", "1", "0"):
        assert re.search(rf"(?<!\d){n}(?!\d)", text)
    assert font_tertanam(pdf) == set()


def test_a_narrow_chart_wraps_the_title_and_the_long_axis_label() -> None:
    pdf = _pdf(kurva_drawing({KR: 3}, PredikatOrganisasi.SANGAT_KURANG, 110 * mm, 70 * mm),
               mendatar=False)
    text = teks_pdf(pdf)
    assert judul_kurva(PredikatOrganisasi.SANGAT_KURANG) in rapat(text)
    assert "Kurang/" in text and "Misconduct" in text


def test_without_capaian_the_bars_stand_alone_under_the_generic_title() -> None:
    pdf = _pdf(kurva_drawing({BK: 250, SB: 30, KR: 20}, None, 180 * mm, 70 * mm))
    text = rapat(teks_pdf(pdf))
    assert JUDUL_TANPA_CAPAIAN in text
    assert "DENGAN CAPAIAN" not in text
    assert "(capaian kinerja organisasi belum ditetapkan)" in text
    assert "Pola kurva" not in text
    assert "250" in text and "dinilai: 300" in text


@pytest.mark.parametrize("jumlah", [None, {}])
def test_without_pegawai_rated_the_pattern_is_drawn_in_percent(
        jumlah: dict[Predikat, int] | None) -> None:
    pdf = _pdf(kurva_drawing(jumlah, PredikatOrganisasi.ISTIMEWA, 120 * mm, 60 * mm))
    text = teks_pdf(pdf)
    assert "60%" in text and "Frekuensi Pegawai (%)" in text
    assert "Jumlah pegawai per predikat" not in text
    assert ("Belum ada pegawai yang dinilai." in text) == (jumlah is not None)


def test_a_drawing_too_small_for_a_plot_keeps_its_title() -> None:
    d = kurva_drawing({BK: 1}, PredikatOrganisasi.BAIK, 60 * mm, 15 * mm)
    assert (d.width, d.height) == (60 * mm, 15 * mm)
    assert "KURVA DISTRIBUSI" in rapat(teks_pdf(_pdf(d)))


def test_with_neither_counts_nor_capaian_the_chart_says_why_it_is_empty() -> None:
    text = rapat(teks_pdf(_pdf(kurva_drawing(None, None, 125 * mm, 55 * mm))))
    assert urutan(text, JUDUL_TANPA_CAPAIAN, "(capaian kinerja organisasi belum ditetapkan)",
                  "Pola distribusi tampil setelah capaian kinerja organisasi ditetapkan")
    assert "Sangat Kurang" in text and "%" not in text
