"""Kinds of jabatan and the jenjang of jabatan fungsional (DOMAIN §3.4)."""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import TypeVar

from kinerja_desktop.domain.errors import ValidationError


class KategoriJabatan(StrEnum):
    JPT_UTAMA = "JPT Utama"
    JPT_MADYA = "JPT Madya"
    JPT_PRATAMA = "JPT Pratama"
    ADMINISTRATOR = "Administrator"
    PENGAWAS = "Pengawas"
    PELAKSANA = "Pelaksana"
    FUNGSIONAL = "Fungsional"

    @property
    def is_jpt(self) -> bool:
        return self in (KategoriJabatan.JPT_UTAMA, KategoriJabatan.JPT_MADYA,
                        KategoriJabatan.JPT_PRATAMA)

    @property
    def is_struktural(self) -> bool:
        return self.is_jpt or self in (KategoriJabatan.ADMINISTRATOR, KategoriJabatan.PENGAWAS)


class JenjangFungsional(StrEnum):
    AHLI_PERTAMA = "Ahli Pertama"
    AHLI_MUDA = "Ahli Muda"
    AHLI_MADYA = "Ahli Madya"
    AHLI_UTAMA = "Ahli Utama"
    PEMULA = "Pemula"
    TERAMPIL = "Terampil"
    MAHIR = "Mahir"
    PENYELIA = "Penyelia"


E = TypeVar("E", bound=StrEnum)


@functools.cache
def _names(enum: type[StrEnum]) -> dict[str, StrEnum]:
    """Accepted spellings: the printed value and the enum name, folded."""
    table: dict[str, StrEnum] = {}
    for member in enum:
        table[member.value.casefold()] = member
        table[member.name.casefold().replace("_", " ")] = member
    return table


def _lookup(enum: type[E], raw: str, what: str) -> E:
    key = " ".join(str(raw).replace("_", " ").split()).casefold()
    found = _names(enum).get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    pilihan = ", ".join(m.value for m in enum)
    raise ValidationError(f"{what} '{raw}' tidak dikenal; pilih salah satu: {pilihan}.")


def parse_kategori(raw: str) -> KategoriJabatan:
    return _lookup(KategoriJabatan, raw, "Kategori jabatan")


def parse_jenjang(raw: str) -> JenjangFungsional:
    return _lookup(JenjangFungsional, raw, "Jenjang fungsional")


def check_jenjang(kategori: KategoriJabatan, jenjang: JenjangFungsional | None) -> None:
    """Jabatan fungsional needs a jenjang; other kinds must not have one."""
    if kategori is KategoriJabatan.FUNGSIONAL and jenjang is None:
        raise ValidationError("Jabatan fungsional wajib memiliki jenjang (contoh: Ahli Pertama).")
    if kategori is not KategoriJabatan.FUNGSIONAL and jenjang is not None:
        raise ValidationError(
            f"Jenjang hanya untuk jabatan fungsional, bukan untuk {kategori.value}."
        )
