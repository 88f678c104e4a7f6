from __future__ import annotations

import pytest

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.jabatan import (
    JenjangFungsional,
    KategoriJabatan,
    check_jenjang,
    parse_jenjang,
    parse_kategori,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ahli Pertama", JenjangFungsional.AHLI_PERTAMA),
        ("  ahli   PERTAMA ", JenjangFungsional.AHLI_PERTAMA),
        ("AHLI_MADYA", JenjangFungsional.AHLI_MADYA),
        ("penyelia", JenjangFungsional.PENYELIA),
        ("Terampil", JenjangFungsional.TERAMPIL),
    ],
)
def test_parse_jenjang(raw: str, expected: JenjangFungsional) -> None:
    assert parse_jenjang(raw) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("JPT Pratama", KategoriJabatan.JPT_PRATAMA),
        ("jpt_utama", KategoriJabatan.JPT_UTAMA),
        ("administrator", KategoriJabatan.ADMINISTRATOR),
        ("Fungsional", KategoriJabatan.FUNGSIONAL),
    ],
)
def test_parse_kategori(raw: str, expected: KategoriJabatan) -> None:
    assert parse_kategori(raw) is expected


def test_unknown_jenjang_lists_the_choices() -> None:
    with pytest.raises(ValidationError, match="Ahli Pertama, Ahli Muda"):
        parse_jenjang("Ahli Senior")


def test_unknown_kategori_is_refused() -> None:
    with pytest.raises(ValidationError, match="Kategori jabatan 'Eselon II'"):
        parse_kategori("Eselon II")


def test_fungsional_needs_a_jenjang() -> None:
    with pytest.raises(ValidationError, match="wajib memiliki jenjang"):
        check_jenjang(KategoriJabatan.FUNGSIONAL, None)
    check_jenjang(KategoriJabatan.FUNGSIONAL, JenjangFungsional.MAHIR)


@pytest.mark.parametrize(
    "kategori", [k for k in KategoriJabatan if k is not KategoriJabatan.FUNGSIONAL]
)
def test_only_fungsional_has_a_jenjang(kategori: KategoriJabatan) -> None:
    check_jenjang(kategori, None)
    with pytest.raises(ValidationError, match=kategori.value):
        check_jenjang(kategori, JenjangFungsional.AHLI_MUDA)


def test_kinds_of_kategori() -> None:
    jpt = {k for k in KategoriJabatan if k.is_jpt}
    struktural = {k for k in KategoriJabatan if k.is_struktural}
    assert jpt == {
        KategoriJabatan.JPT_UTAMA,
        KategoriJabatan.JPT_MADYA,
        KategoriJabatan.JPT_PRATAMA,
    }
    assert struktural == jpt | {KategoriJabatan.ADMINISTRATOR, KategoriJabatan.PENGAWAS}
