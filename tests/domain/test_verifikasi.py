"""Verification codes: canonical data, the QR payload, the short code's check characters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal
from enum import StrEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.verifikasi import (
    ALFABET,
    IsiQr,
    baca_kode_pendek,
    baca_qr,
    canonical_bytes,
    is_qr,
    kode_pendek,
    sha256_data,
)


class _Warna(StrEnum):
    MERAH = "merah"


@dataclasses.dataclass(frozen=True)
class _Data:
    nama: str
    tanggal: dt.date
    nilai: Decimal
    warna: _Warna
    id: uuid.UUID
    daftar: tuple[str, ...]


def _data(**kw: object) -> _Data:
    base: dict[str, object] = dict(
        nama="Dra. Siti Nur'aini", tanggal=dt.date(2026, 1, 2), nilai=Decimal("12.50"),
        warna=_Warna.MERAH, id=uuid.UUID(int=7), daftar=("a", "b"))
    base.update(kw)
    return _Data(**base)  # type: ignore[arg-type]


def test_canonical_bytes_are_sorted_json_of_plain_values() -> None:
    raw = canonical_bytes(_data())
    assert raw == (
        b'{"daftar":["a","b"],"id":"00000000-0000-0000-0000-000000000007",'
        b'"nama":"Dra. Siti Nur\'aini","nilai":"12.50","tanggal":"2026-01-02",'
        b'"warna":"merah"}')


def test_the_hash_changes_with_any_field_and_not_otherwise() -> None:
    assert sha256_data(_data()) == sha256_data(_data())
    assert sha256_data(_data(nama="Siti")) != sha256_data(_data())
    assert sha256_data(_data(daftar=("b", "a"))) != sha256_data(_data())


def test_floats_are_refused_because_they_print_differently() -> None:
    with pytest.raises(TypeError, match="float"):
        canonical_bytes({"nilai": 1.5})


def test_qr_payload_round_trips_and_is_alphanumeric() -> None:
    isi = IsiQr("BKD-LPG01", uuid.uuid4(), "ab" * 32, bytes(range(64)))
    teks = isi.teks()
    assert is_qr(teks)
    assert set(teks) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-")
    assert baca_qr(teks) == isi
    assert baca_qr(teks.lower()) == isi


def test_a_truncated_qr_payload_is_refused_with_a_reason() -> None:
    teks = IsiQr("BKD", uuid.uuid4(), "cd" * 32, bytes(64)).teks()
    with pytest.raises(ValidationError, match="terpotong"):
        baca_qr(teks[:-8])
    with pytest.raises(ValidationError, match="bukan kode verifikasi"):
        baca_qr("https://example.org/skp")


def test_short_code_has_the_site_ten_characters_and_two_check_characters() -> None:
    doc = uuid.UUID(int=123456789)
    kode = kode_pendek("BKD-LPG01", doc)
    situs, _, rest = kode.partition("/")
    assert situs == "BKD-LPG01"
    assert len(rest.replace("-", "")) == 12
    assert kode_pendek("BKD-LPG01", doc) == kode  # the same document, the same code
    assert baca_kode_pendek(kode).teks() == kode


def test_typed_codes_are_normalised_before_checking() -> None:
    kode = kode_pendek("LPG01", uuid.UUID(int=42))
    typed = "  " + kode.lower().replace("-", " ") + " "
    assert baca_kode_pendek(typed).teks() == kode
    # O for 0 and I/L for 1: what people misread on paper.
    kode_nol = next(k for k in (kode_pendek("LPG01", uuid.UUID(int=n)) for n in range(200))
                    if "0" in k.split("/")[1] and "1" in k.split("/")[1])
    situs, body = kode_nol.split("/")
    salah_baca = body.replace("0", "O").replace("1", "l")
    assert baca_kode_pendek(f"{situs}/{salah_baca}").teks() == kode_nol


def test_every_single_changed_character_is_caught() -> None:
    kode = kode_pendek("BKD-LPG01", uuid.UUID(int=99))
    situs, body = kode.split("/")
    for i, ch in enumerate(body):
        if ch == "-":
            continue
        for other in ALFABET:
            if other == ch:
                continue
            changed = f"{situs}/{body[:i]}{other}{body[i + 1:]}"
            with pytest.raises(ValidationError, match="salah ketik"):
                baca_kode_pendek(changed)


def test_a_changed_site_is_caught() -> None:
    kode = kode_pendek("BKD-LPG01", uuid.UUID(int=5))
    with pytest.raises(ValidationError, match="salah ketik"):
        baca_kode_pendek(kode.replace("LPG01", "LPG02"))


@given(st.uuids(), st.integers(min_value=0, max_value=10))
def test_swapping_neighbours_is_caught(doc: uuid.UUID, pos: int) -> None:
    kode = kode_pendek("OPD", doc)
    situs, rest = kode.split("/")
    chars = rest.replace("-", "")
    if chars[pos] == chars[pos + 1]:
        return
    swapped = chars[:pos] + chars[pos + 1] + chars[pos] + chars[pos + 2:]
    with pytest.raises(ValidationError):
        baca_kode_pendek(f"{situs}/{swapped}")


def test_malformed_codes_say_what_is_wrong() -> None:
    with pytest.raises(ValidationError, match="garis miring"):
        baca_kode_pendek("ABCDE-FGHJK-MN")
    with pytest.raises(ValidationError, match="12 huruf"):
        baca_kode_pendek("OPD/ABC")
    with pytest.raises(ValidationError, match="tidak dipakai"):
        baca_kode_pendek("OPD/ABCDE-FGHJK-M*")
