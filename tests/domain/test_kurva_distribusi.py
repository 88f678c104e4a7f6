from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.kurva_distribusi import (
    URUTAN_SUMBU_X,
    KodePeringatan,
    batas_maksimum,
    batas_minimum,
    judul_kurva,
    periksa_distribusi,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi

SB = Predikat.SANGAT_BAIK
BK = Predikat.BAIK
BP = Predikat.BUTUH_PERBAIKAN
KR = Predikat.KURANG
SK = Predikat.SANGAT_KURANG


def _codes(org: PredikatOrganisasi, counts: dict[Predikat, int]) -> list[KodePeringatan]:
    return [w.kode for w in periksa_distribusi(org, counts)]


def test_fixture_case(kurva_case: dict[str, Any]) -> None:
    counts = {Predikat(k): v for k, v in kurva_case["counts"].items()}
    warnings = periksa_distribusi(PredikatOrganisasi(kurva_case["predikat_organisasi"]), counts)
    assert len(warnings) == kurva_case["warnings"]
    for w in warnings:
        assert w.pesan and w.predikat


def test_baik_over_70_percent() -> None:
    [w] = periksa_distribusi(PredikatOrganisasi.BAIK, {BK: 8, BP: 2})
    assert (w.kode, w.predikat) == (KodePeringatan.MELEBIHI_MAKSIMUM, (BK,))
    assert "70%" in w.pesan and "7 dari 10" in w.pesan


def test_baik_needs_butuh_perbaikan_or_kurang() -> None:
    [w] = periksa_distribusi(PredikatOrganisasi.BAIK, {BK: 7, SB: 3})
    assert (w.kode, w.predikat) == (KodePeringatan.WAJIB_ADA, (BP, KR))
    assert "Butuh Perbaikan dan/atau Kurang/Misconduct" in w.pesan
    assert periksa_distribusi(PredikatOrganisasi.BAIK, {BK: 7, SB: 2, KR: 1}) == []


def test_sangat_kurang_forbids_sangat_baik() -> None:
    [w] = periksa_distribusi(PredikatOrganisasi.SANGAT_KURANG, {SK: 6, KR: 1, BK: 2, SB: 1})
    assert (w.kode, w.predikat) == (KodePeringatan.TIDAK_BOLEH_ADA, (SB,))


def test_sangat_kurang_minimums() -> None:
    codes = _codes(PredikatOrganisasi.SANGAT_KURANG, {SK: 5, BK: 5})
    assert codes == [KodePeringatan.KURANG_DARI_MINIMUM, KodePeringatan.KURANG_DARI_MINIMUM]
    # Butuh Perbaikan counts towards the 10% as well as Kurang
    assert periksa_distribusi(PredikatOrganisasi.SANGAT_KURANG, {SK: 6, BP: 1, BK: 3}) == []


def test_istimewa_sangat_baik_most_and_max_70() -> None:
    assert periksa_distribusi(PredikatOrganisasi.ISTIMEWA, {SB: 7, BK: 3}) == []
    assert _codes(PredikatOrganisasi.ISTIMEWA, {SB: 8, BK: 2}) == [KodePeringatan.MELEBIHI_MAKSIMUM]
    [w] = periksa_distribusi(PredikatOrganisasi.ISTIMEWA, {SB: 3, BK: 4, BP: 3})
    assert w.kode is KodePeringatan.BUKAN_TERBANYAK
    assert "Baik (4 pegawai" in w.pesan


def test_a_tie_for_first_counts_as_most() -> None:
    assert periksa_distribusi(PredikatOrganisasi.ISTIMEWA, {SB: 4, BK: 4, BP: 2}) == []


def test_butuh_perbaikan_min_uses_ceil() -> None:
    # 60% of 9 is 5.4: six are needed
    assert _codes(PredikatOrganisasi.BUTUH_PERBAIKAN, {BP: 5, BK: 4}) == [
        KodePeringatan.KURANG_DARI_MINIMUM
    ]
    assert periksa_distribusi(PredikatOrganisasi.BUTUH_PERBAIKAN, {BP: 6, BK: 3}) == []


def test_sangat_baik_max_uses_floor() -> None:
    # 10% of 19 is 1.9: one is allowed, two are not
    assert periksa_distribusi(PredikatOrganisasi.BUTUH_PERBAIKAN, {BP: 12, BK: 6, SB: 1}) == []
    [w] = periksa_distribusi(PredikatOrganisasi.BUTUH_PERBAIKAN, {BP: 12, BK: 5, SB: 2})
    assert (w.kode, w.predikat) == (KodePeringatan.MELEBIHI_MAKSIMUM, (SB,))


def test_kurang_rules() -> None:
    assert periksa_distribusi(PredikatOrganisasi.KURANG, {KR: 7, BP: 2, BK: 1}) == []
    # 10% of 11 needs 2 Butuh Perbaikan
    assert _codes(PredikatOrganisasi.KURANG, {KR: 7, BP: 1, BK: 3}) == [
        KodePeringatan.KURANG_DARI_MINIMUM
    ]
    assert _codes(PredikatOrganisasi.KURANG, {KR: 5, BP: 1, SB: 4}) == [
        KodePeringatan.KURANG_DARI_MINIMUM,
        KodePeringatan.MELEBIHI_MAKSIMUM,
    ]


def test_bounds_are_integer_exact() -> None:
    # in floats 0.1 * 30 is 3.0000000000000004, whose ceil would be 4
    assert batas_minimum(10, 30) == 3
    assert batas_maksimum(70, 10) == 7
    assert batas_maksimum(70, 9) == 6
    assert batas_minimum(60, 9) == 6
    assert batas_minimum(10, 1) == 1
    assert batas_maksimum(10, 9) == 0


def test_empty_unit_has_no_warnings() -> None:
    for org in PredikatOrganisasi:
        assert periksa_distribusi(org, {}) == []


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValidationError, match="negatif"):
        periksa_distribusi(PredikatOrganisasi.BAIK, {BK: 3, SB: -1})


def test_printed_curve_title_and_axis() -> None:
    assert judul_kurva(PredikatOrganisasi.BAIK) == (
        "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK"
    )
    assert [p.label for p in URUTAN_SUMBU_X] == [
        "Sangat Kurang",
        "Kurang/Misconduct",
        "Butuh Perbaikan",
        "Baik",
        "Sangat Baik",
    ]


@given(
    st.sampled_from(PredikatOrganisasi),
    st.dictionaries(st.sampled_from(Predikat), st.integers(0, 500)),
)
def test_never_blocks_and_names_the_predikat(
    org: PredikatOrganisasi, counts: dict[Predikat, int]
) -> None:
    warnings = periksa_distribusi(org, counts)
    for w in warnings:
        assert any(p.label in w.pesan for p in w.predikat)
    # a predikat listed with 0 is the same as one left out
    without_zeros = {p: n for p, n in counts.items() if n}
    assert periksa_distribusi(org, without_zeros) == warnings
