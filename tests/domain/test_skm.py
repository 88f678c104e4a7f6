from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.skm import (
    UNSUR,
    BobotUnsur,
    MutuPelayanan,
    format_desimal,
    hitung_ikm,
    hitung_skm,
    mutu_pelayanan,
    nrr_per_unsur,
)

D = Decimal


def test_fixture_case(skm_case: dict[str, Any]) -> None:
    nrr = skm_case["nrr"]
    assert all(isinstance(x, Decimal) for x in nrr)  # the loader never makes floats
    hasil = hitung_ikm(nrr)
    assert hasil.ikm.quantize(D("0.01")) == D(skm_case["ikm"])
    assert str(hasil.konversi) == skm_case["konversi"]
    assert hasil.mutu is MutuPelayanan(skm_case["mutu"])
    assert hasil.bobot is BobotUnsur.TEPAT


def test_average_3_059_is_c_just_below_b() -> None:
    hasil = hitung_ikm([D("3.059")] * 9)
    assert hasil.ikm == D("3.059")
    assert hasil.konversi == D("76.48")  # 76.475 half-up
    assert hasil.mutu is MutuPelayanan.C
    assert hasil.mutu.kinerja == "Kurang Baik"


def test_uneven_nrr_with_the_same_average() -> None:
    nrr = [D(x) for x in ("3.5", "3.2", "2.8", "2.9", "3.1", "3.0", "3.3", "2.731", "3.0")]
    hasil = hitung_ikm(nrr)
    assert hasil.ikm == D("3.059")
    assert hasil.konversi == D("76.48")
    assert hasil.mutu is MutuPelayanan.C
    assert [u.nama for u in hasil.unsur_terlemah] == ["Penanganan Pengaduan, Saran dan Masukan"]
    assert hasil.nrr == tuple(nrr)
    assert sum(hasil.nrr_tertimbang) == pytest.approx(hasil.ikm)
    assert hasil.jumlah_responden is None


def test_exact_weight_is_the_default_and_0_111_is_an_option() -> None:
    nrr = [D("3.5")] * 9
    tepat = hitung_ikm(nrr)
    pedoman = hitung_ikm(nrr, BobotUnsur.PEDOMAN)
    assert tepat.ikm == D("3.5")
    assert pedoman.ikm == D("3.4965")  # 9 × 0.111 × 3.5
    assert pedoman.konversi == D("87.41")
    assert pedoman.konversi < tepat.konversi
    assert pedoman.nrr_tertimbang[0] == D("0.3885")
    assert "0,111" in pedoman.bobot.label
    assert "1/9" in tepat.bobot.label


def test_weight_1_9_is_exact_not_0_111() -> None:
    # all 4: the exact weight reaches 100.00, 0.111 would stop at 99.90
    assert hitung_ikm([D(4)] * 9).konversi == D("100.00")
    assert hitung_ikm([D(4)] * 9, BobotUnsur.PEDOMAN).konversi == D("99.90")
    assert hitung_ikm([D(1)] * 9).konversi == D("25.00")
    assert hitung_ikm([D(1)] * 9).mutu is MutuPelayanan.D


@pytest.mark.parametrize(
    ("konversi", "mutu"),
    [
        ("100.00", MutuPelayanan.A),
        ("88.31", MutuPelayanan.A),
        ("88.305", MutuPelayanan.A),  # rounds to 88.31
        ("88.3049", MutuPelayanan.B),
        ("88.30", MutuPelayanan.B),
        ("76.61", MutuPelayanan.B),
        ("76.605", MutuPelayanan.B),
        ("76.60", MutuPelayanan.C),
        ("65.00", MutuPelayanan.C),
        ("64.995", MutuPelayanan.C),
        ("64.99", MutuPelayanan.D),
        ("25.00", MutuPelayanan.D),
    ],
)
def test_band_by_two_decimal_konversi(konversi: str, mutu: MutuPelayanan) -> None:
    assert mutu_pelayanan(D(konversi)) is mutu


def test_band_labels() -> None:
    assert [(m.value, m.kinerja, m.rentang_konversi) for m in MutuPelayanan] == [
        ("A", "Sangat Baik", "88,31–100,00"),
        ("B", "Baik", "76,61–88,30"),
        ("C", "Kurang Baik", "65,00–76,60"),
        ("D", "Tidak Baik", "25,00–64,99"),
    ]


def test_nine_unsur() -> None:
    assert [u.no for u in UNSUR] == list(range(1, 10))
    assert [u.kode for u in UNSUR][:2] == ["U1", "U2"]
    assert UNSUR[0].nama == "Persyaratan"
    assert UNSUR[3].nama == "Biaya/Tarif"
    assert UNSUR[8].nama == "Sarana dan Prasarana"


JAWABAN: list[list[int | None]] = [
    [4, 4, 3, 3, 4, 3, 4, 3, 4],
    [3, 4, 3, 2, 4, 3, 4, None, 4],
    [4, 3, 3, 3, 3, 3, 4, 3, 3],
]


def test_from_raw_answers() -> None:
    nrr = nrr_per_unsur(JAWABAN)
    assert nrr[2] == D(3)
    assert nrr[3] == D(8) / D(3)
    assert nrr[6] == D(4)
    assert nrr[7] == D(3)  # two answers, the blank one is not counted
    hasil = hitung_skm(JAWABAN)
    assert hasil.nrr == nrr
    assert hasil.jumlah_responden == 3
    # sum of NRR = 91/3, konversi = 91 × 25 / 27 = 84.259…
    assert hasil.konversi == D("84.26")
    assert hasil.mutu is MutuPelayanan.B
    assert [u.kode for u in hasil.unsur_terlemah] == ["U4"]


def test_ties_for_weakest_are_all_listed() -> None:
    assert len(hitung_ikm([D("3.5")] * 9).unsur_terlemah) == 9


@pytest.mark.parametrize("nilai", [5, 0, -1, True, 3.0, "4"])
def test_answer_outside_1_to_4_names_respondent_and_unsur(nilai: Any) -> None:
    jawaban: list[list[Any]] = [list(r) for r in JAWABAN]
    jawaban[1][3] = nilai
    with pytest.raises(ValidationError, match=r"responden ke-2 untuk unsur U4 Biaya/Tarif"):
        hitung_skm(jawaban)


def test_respondent_label_from_the_sheet() -> None:
    jawaban: list[list[int | None]] = [list(r) for r in JAWABAN]
    jawaban[2][0] = 7
    with pytest.raises(ValidationError, match="baris 14 untuk unsur U1 Persyaratan"):
        nrr_per_unsur(jawaban, ["baris 12", "baris 13", "baris 14"])


def test_row_with_wrong_number_of_answers() -> None:
    with pytest.raises(ValidationError, match="responden ke-1 harus berisi 9 unsur, bukan 8"):
        hitung_skm([[4] * 8])


def test_unsur_nobody_answered() -> None:
    with pytest.raises(ValidationError, match="U8 Penanganan Pengaduan"):
        hitung_skm([[4, 4, 4, 4, 4, 4, 4, None, 4]])


def test_no_answers() -> None:
    with pytest.raises(ValidationError, match="Belum ada jawaban"):
        hitung_skm([])


@pytest.mark.parametrize(
    ("nrr", "pesan"),
    [
        ([D(3)] * 8, "9 unsur"),
        ([D(3)] * 8 + [D("4.01")], "U9 Sarana dan Prasarana harus antara 1,00 dan 4,00"),
        ([D("0.99")] + [D(3)] * 8, "U1 Persyaratan"),
        ([3.5] * 9, "harus berupa angka"),
        ([D("NaN")] * 9, "harus berupa angka"),
    ],
)
def test_entered_nrr_is_checked(nrr: list[Any], pesan: str) -> None:
    with pytest.raises(ValidationError, match=pesan):
        hitung_ikm(nrr)


def test_integer_nrr_is_accepted() -> None:
    assert hitung_ikm([3] * 9).konversi == D("75.00")


@pytest.mark.parametrize(("nilai", "tempat", "teks"), [
    ("87.5", 2, "87,50"), ("0.3885", 3, "0,389"), ("3.0595", 3, "3,060"), ("100", 2, "100,00"),
    ("2.99949", 3, "2,999"), ("76.605", 2, "76,61"),
])
def test_decimals_print_half_up_with_a_comma(nilai: str, tempat: int, teks: str) -> None:
    assert format_desimal(Decimal(nilai), tempat) == teks
