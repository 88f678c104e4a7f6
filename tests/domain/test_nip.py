from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.nip import (
    JenisKelamin,
    JenisPegawai,
    format_nip,
    is_valid_nip,
    normalize_nip,
    parse_nip,
)

_GENDER = {"L": JenisKelamin.LAKI_LAKI, "P": JenisKelamin.PEREMPUAN}

# Words each fixture reason must find in the error message, so the user is
# told which part of the NIP is wrong.
_REASON_WORDS = {
    "tanggal lahir tidak valid": "tanggal lahir",
    "panjang bukan 18 digit": "18 digit",
    "digit jenis kelamin bukan 1/2": "jenis kelamin",
    "nomor urut 000": "nomor urut",
    "bukan angka": "angka",
}


def test_valid_vector(nip_valid: dict[str, Any]) -> None:
    info = parse_nip(nip_valid["nip"])
    normalized = nip_valid.get("normalized", nip_valid["nip"])
    assert normalize_nip(nip_valid["nip"]) == normalized
    assert info.nip == normalized
    assert info.jenis is JenisPegawai(nip_valid["jenis"])
    assert info.tanggal_lahir == dt.date.fromisoformat(nip_valid["lahir"])
    assert info.jenis_kelamin is _GENDER[nip_valid["gender"]]
    if "tmt" in nip_valid:
        assert f"{info.tahun_pengangkatan:04d}-{info.bulan_tmt:02d}" == nip_valid["tmt"]
    assert info.warnings == ()


def test_invalid_vector(nip_invalid: dict[str, Any]) -> None:
    word = _REASON_WORDS[nip_invalid["reason"]]
    with pytest.raises(ValidationError, match=re.compile(word, re.IGNORECASE)):
        parse_nip(nip_invalid["nip"])
    assert not is_valid_nip(nip_invalid["nip"])


def test_pppk_vector_parts() -> None:
    info = parse_nip("199009132025242014")
    assert info.tahun_pengangkatan == 2025
    assert info.bulan_tmt is None
    assert info.nomor_urut == 14
    assert info.printed == "19900913 2025 24 2 014"


def test_pns_printed_with_spaces() -> None:
    assert format_nip("198609262015051001") == "19860926 201505 1 001"
    assert parse_nip("198609262015051001").printed == "19860926 201505 1 001"


def test_typed_separators_are_dropped() -> None:
    assert normalize_nip(" 19860926.201505-1\u00a0001\t") == "198609262015051001"


def test_pppk_marker_contradicts_explicit_pns() -> None:
    with pytest.raises(ValidationError, match="NI PPPK"):
        parse_nip("199009132025242014", JenisPegawai.PNS)


def test_explicit_pppk_wins_when_digits_could_be_a_month() -> None:
    info = parse_nip("199009132025052014", JenisPegawai.PPPK)
    assert info.jenis is JenisPegawai.PPPK
    assert info.bulan_tmt is None
    assert parse_nip("199009132025052014").jenis is JenisPegawai.PNS


def test_pns_month_zero_is_invalid() -> None:
    with pytest.raises(ValidationError, match="Bulan TMT"):
        parse_nip("198609262015001001")


def test_empty_nip() -> None:
    with pytest.raises(ValidationError, match="wajib diisi"):
        parse_nip("  ")


def test_early_tmt_is_a_warning_not_an_error() -> None:
    info = parse_nip("198609262000051001")
    assert len(info.warnings) == 1
    assert "17 tahun" in info.warnings[0]


@st.composite
def _valid_nip(draw: st.DrawFn) -> tuple[str, JenisPegawai, dt.date, int, int, str, int]:
    jenis = draw(st.sampled_from(JenisPegawai))
    lahir = draw(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2008, 12, 31)))
    tahun = draw(st.integers(lahir.year + 17, lahir.year + 60))
    # PNS: a month; PPPK: two digits of unsettled meaning, any value
    tengah = draw(st.integers(1, 12) if jenis is JenisPegawai.PNS else st.integers(0, 99))
    gender = draw(st.sampled_from("12"))
    urut = draw(st.integers(1, 999))
    nip = f"{lahir:%Y%m%d}{tahun:04d}{tengah:02d}{gender}{urut:03d}"
    return nip, jenis, lahir, tahun, tengah, gender, urut


@given(_valid_nip())
def test_valid_nip_round_trips(
    case: tuple[str, JenisPegawai, dt.date, int, int, str, int],
) -> None:
    nip, jenis, lahir, tahun, tengah, gender, urut = case
    printed = format_nip(nip, jenis)
    assert " " in printed
    assert normalize_nip(printed) == nip
    info = parse_nip(printed, jenis)
    assert info.nip == nip
    assert info.jenis is jenis
    assert info.printed == printed
    assert info.tanggal_lahir == lahir
    assert info.tahun_pengangkatan == tahun
    assert info.bulan_tmt == (tengah if jenis is JenisPegawai.PNS else None)
    assert info.jenis_kelamin is _GENDER["L" if gender == "1" else "P"]
    assert info.nomor_urut == urut
    assert info.warnings == ()
    if jenis is JenisPegawai.PNS or tengah >= 13:
        # Without a stated kind the digits alone decide, and here they are unambiguous.
        assert parse_nip(printed).jenis is jenis


def _parse_or_validation_error(raw: str) -> None:
    try:
        info = parse_nip(raw)
    except ValidationError as exc:
        assert str(exc)
    else:
        assert len(info.nip) == 18
        assert info.nip.isdigit()


@given(st.text())
def test_any_text_only_raises_validation_error(raw: str) -> None:
    _parse_or_validation_error(raw)


@given(st.text(alphabet="0123456789 .-", min_size=15, max_size=24))
def test_digit_like_text_only_raises_validation_error(raw: str) -> None:
    _parse_or_validation_error(raw)


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_any_18_digits_only_raise_validation_error(raw: str) -> None:
    _parse_or_validation_error(raw)
