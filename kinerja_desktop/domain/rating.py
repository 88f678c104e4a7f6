"""Rating hasil kerja and rating perilaku kerja (DOMAIN §5.1)."""

from __future__ import annotations

from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError


class Rating(StrEnum):
    """The value is the text printed on the forms."""

    DI_ATAS_EKSPEKTASI = "DI ATAS EKSPEKTASI"
    SESUAI_EKSPEKTASI = "SESUAI EKSPEKTASI"
    DI_BAWAH_EKSPEKTASI = "DI BAWAH EKSPEKTASI"

    @property
    def siasn_code(self) -> int:
        """``hasilKinerjaNilai`` / ``perilakuKerjaNilai`` in the SIASN payload."""
        return _SIASN_CODE[self]

    @property
    def label(self) -> str:
        """Title case for screens: ``Di Atas Ekspektasi``."""
        return self.value.title()

    @classmethod
    def from_siasn(cls, code: int) -> Rating:
        for rating, kode in _SIASN_CODE.items():
            if kode == code:
                return rating
        raise ValidationError(f"Kode rating SIASN '{code}' tidak dikenal; pilih 1, 2, atau 3.")


_SIASN_CODE: dict[Rating, int] = {
    Rating.DI_ATAS_EKSPEKTASI: 1,
    Rating.SESUAI_EKSPEKTASI: 2,
    Rating.DI_BAWAH_EKSPEKTASI: 3,
}

# SIASN's reference list spells them without the space and as "ESPEKTASI";
# files exported from it come back in that spelling.
_ALIASES: dict[str, Rating] = {
    "DIATAS ESPEKTASI": Rating.DI_ATAS_EKSPEKTASI,
    "SESUAI ESPEKTASI": Rating.SESUAI_EKSPEKTASI,
    "DIBAWAH ESPEKTASI": Rating.DI_BAWAH_EKSPEKTASI,
    "DIATAS EKSPEKTASI": Rating.DI_ATAS_EKSPEKTASI,
    "DIBAWAH EKSPEKTASI": Rating.DI_BAWAH_EKSPEKTASI,
}


def parse_rating(raw: str) -> Rating:
    """Accepts the printed text in any case, the SIASN spelling and the code 1–3."""
    key = " ".join(str(raw).replace("_", " ").split()).upper()
    if key in {"1", "2", "3"}:
        return Rating.from_siasn(int(key))
    for rating in Rating:
        if rating.value == key:
            return rating
    found = _ALIASES.get(key)
    if found is None:
        pilihan = ", ".join(r.value for r in Rating)
        raise ValidationError(f"Rating '{raw}' tidak dikenal; pilih salah satu: {pilihan}.")
    return found
