from __future__ import annotations

from typing import Any

import pytest

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.golongan import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    find_golongan,
    golongan_for,
)
from kinerja_desktop.domain.nip import JenisPegawai

_ROMAWI = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
]


def test_pns_vector(golongan_pns_case: dict[str, Any]) -> None:
    g = find_golongan(JenisPegawai.PNS, golongan_pns_case["golongan"])
    assert g.kode == golongan_pns_case["golongan"]
    assert g.siasn_id == golongan_pns_case["siasn_id"]
    assert g.pangkat == golongan_pns_case["pangkat"]
    assert g.jenis is JenisPegawai.PNS
    assert g.label == f"{golongan_pns_case['pangkat']}, {golongan_pns_case['golongan']}"


def test_pns_table_is_the_fixture_in_order(fixture_json: Any) -> None:
    expected = [
        (x["siasn_id"], x["golongan"], x["pangkat"])
        for x in fixture_json("golongan_pns.json")["golongan"]
    ]
    assert [(g.siasn_id, g.kode, g.pangkat) for g in GOLONGAN_PNS] == expected
    assert [g.urutan for g in GOLONGAN_PNS] == list(range(17))


@pytest.mark.parametrize("typed", ["iii/a", "III/A", " III / a ", "iii/A"])
def test_pns_code_is_case_and_space_insensitive(typed: str) -> None:
    assert find_golongan(JenisPegawai.PNS, typed).siasn_id == 31


def test_pppk_has_seventeen_roman_golongan() -> None:
    assert [g.kode for g in GOLONGAN_PPPK] == _ROMAWI
    for i, kode in enumerate(_ROMAWI):
        g = find_golongan(JenisPegawai.PPPK, kode.lower())
        assert g.kode == kode
        assert g.jenis is JenisPegawai.PPPK
        assert g.pangkat is None
        assert g.siasn_id is None
        assert g.urutan == i
        assert g.label == kode


def test_golongan_for_picks_the_table() -> None:
    assert golongan_for(JenisPegawai.PNS) is GOLONGAN_PNS
    assert golongan_for(JenisPegawai.PPPK) is GOLONGAN_PPPK


@pytest.mark.parametrize(
    ("jenis", "kode"),
    [
        (JenisPegawai.PNS, "III/f"),
        (JenisPegawai.PNS, "V/a"),
        (JenisPegawai.PNS, "IX"),
        (JenisPegawai.PNS, ""),
        (JenisPegawai.PNS, "31"),
        (JenisPegawai.PPPK, "XVIII"),
        (JenisPegawai.PPPK, "III/a"),
        (JenisPegawai.PPPK, "0"),
        (JenisPegawai.PPPK, "IIII"),
    ],
)
def test_bad_code_is_refused_with_an_example(jenis: JenisPegawai, kode: str) -> None:
    with pytest.raises(ValidationError, match="tidak dikenal") as exc:
        find_golongan(jenis, kode)
    assert ("III/a" if jenis is JenisPegawai.PNS else "IX") in str(exc.value)
