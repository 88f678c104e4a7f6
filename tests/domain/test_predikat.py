from __future__ import annotations

import itertools
from typing import Any

import pytest

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.predikat import (
    Predikat,
    PredikatOrganisasi,
    parse_predikat,
    parse_predikat_organisasi,
    predikat_kinerja,
    rating_hasil_kerja_pimpinan,
)
from kinerja_desktop.domain.rating import Rating, parse_rating


def test_matrix_vector(predikat_case: dict[str, Any]) -> None:
    predikat = predikat_kinerja(
        Rating(predikat_case["rating_hasil_kerja"]), Rating(predikat_case["rating_perilaku_kerja"])
    )
    assert predikat is Predikat(predikat_case["predikat"])
    assert predikat.siasn_kuadran == predikat_case["siasn_kuadran"]


def test_fixture_covers_all_nine_cells(fixture_json: Any) -> None:
    cases = fixture_json("predikat_matrix.json")["cases"]
    pairs = {(c["rating_hasil_kerja"], c["rating_perilaku_kerja"]) for c in cases}
    assert pairs == {(a.value, b.value) for a, b in itertools.product(Rating, Rating)}


def test_good_work_bad_behaviour_is_kurang_not_the_max() -> None:
    # the trap of a max()-based helper: it would give Butuh Perbaikan here
    bawah = Rating.DI_BAWAH_EKSPEKTASI
    assert predikat_kinerja(Rating.DI_ATAS_EKSPEKTASI, bawah) is Predikat.KURANG
    assert predikat_kinerja(Rating.SESUAI_EKSPEKTASI, bawah) is Predikat.KURANG


def test_labels_as_printed() -> None:
    assert [p.label for p in Predikat] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    assert Predikat.KURANG.value == "KURANG"


def test_kuadran_round_trip() -> None:
    assert [p.siasn_kuadran for p in Predikat] == [1, 2, 3, 4, 5]
    for p in Predikat:
        assert Predikat.from_siasn(p.siasn_kuadran) is p


@pytest.mark.parametrize("kuadran", [0, 6, -1])
def test_unknown_kuadran(kuadran: int) -> None:
    with pytest.raises(ValidationError, match="Kuadran"):
        Predikat.from_siasn(kuadran)


def test_rating_codes_and_labels() -> None:
    assert [(r.value, r.siasn_code) for r in Rating] == [
        ("DI ATAS EKSPEKTASI", 1),
        ("SESUAI EKSPEKTASI", 2),
        ("DI BAWAH EKSPEKTASI", 3),
    ]
    assert Rating.DI_ATAS_EKSPEKTASI.label == "Di Atas Ekspektasi"
    for r in Rating:
        assert Rating.from_siasn(r.siasn_code) is r
    with pytest.raises(ValidationError):
        Rating.from_siasn(4)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("di atas ekspektasi", Rating.DI_ATAS_EKSPEKTASI),
        ("DIATAS ESPEKTASI", Rating.DI_ATAS_EKSPEKTASI),
        ("Sesuai  Ekspektasi", Rating.SESUAI_EKSPEKTASI),
        ("DI_BAWAH_EKSPEKTASI", Rating.DI_BAWAH_EKSPEKTASI),
        ("DIBAWAH ESPEKTASI", Rating.DI_BAWAH_EKSPEKTASI),
        ("2", Rating.SESUAI_EKSPEKTASI),
    ],
)
def test_parse_rating(raw: str, expected: Rating) -> None:
    assert parse_rating(raw) is expected


def test_parse_rating_refuses_unknown() -> None:
    with pytest.raises(ValidationError, match="SESUAI EKSPEKTASI"):
        parse_rating("Melampaui")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kurang/Misconduct", Predikat.KURANG),
        ("KURANG", Predikat.KURANG),
        ("sangat baik", Predikat.SANGAT_BAIK),
        ("BUTUH_PERBAIKAN", Predikat.BUTUH_PERBAIKAN),
        ("5", Predikat.SANGAT_KURANG),
    ],
)
def test_parse_predikat(raw: str, expected: Predikat) -> None:
    assert parse_predikat(raw) is expected


def test_parse_predikat_refuses_unknown() -> None:
    with pytest.raises(ValidationError, match="Kurang/Misconduct"):
        parse_predikat("Cukup")


def test_predikat_organisasi_cukup_alias() -> None:
    assert parse_predikat_organisasi("Cukup") is PredikatOrganisasi.BUTUH_PERBAIKAN
    assert parse_predikat_organisasi("istimewa") is PredikatOrganisasi.ISTIMEWA
    assert PredikatOrganisasi.BUTUH_PERBAIKAN.label == "Butuh Perbaikan"
    with pytest.raises(ValidationError, match="Istimewa"):
        parse_predikat_organisasi("Luar Biasa")


@pytest.mark.parametrize(
    ("organisasi", "rating"),
    [
        (PredikatOrganisasi.ISTIMEWA, Rating.DI_ATAS_EKSPEKTASI),
        (PredikatOrganisasi.BAIK, Rating.SESUAI_EKSPEKTASI),
        (PredikatOrganisasi.BUTUH_PERBAIKAN, Rating.DI_BAWAH_EKSPEKTASI),
        (PredikatOrganisasi.KURANG, Rating.DI_BAWAH_EKSPEKTASI),
        (PredikatOrganisasi.SANGAT_KURANG, Rating.DI_BAWAH_EKSPEKTASI),
    ],
)
def test_capaian_organisasi_is_the_heads_rating(
    organisasi: PredikatOrganisasi, rating: Rating
) -> None:
    assert rating_hasil_kerja_pimpinan(organisasi) is rating
