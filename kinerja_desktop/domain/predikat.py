"""Predikat kinerja pegawai and organisasi (DOMAIN §5.2, §5.3, §7.1, §14)."""

from __future__ import annotations

from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.rating import Rating


class Predikat(StrEnum):
    """The value is SIASN's name (``KURANG``); forms print :attr:`label`."""

    SANGAT_BAIK = "SANGAT BAIK"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT KURANG"

    @property
    def siasn_kuadran(self) -> int:
        """``kuadranKinerjaNilai`` in the SIASN payload."""
        return _KUADRAN[self]

    @property
    def label(self) -> str:
        """As printed: ``Sangat Baik`` … ``Kurang/Misconduct`` … ``Sangat Kurang``."""
        return _LABEL[self]

    @classmethod
    def from_siasn(cls, kuadran: int) -> Predikat:
        for predikat, kode in _KUADRAN.items():
            if kode == kuadran:
                return predikat
        raise ValidationError(f"Kuadran kinerja SIASN '{kuadran}' tidak dikenal; pilih 1–5.")


_KUADRAN: dict[Predikat, int] = {
    Predikat.SANGAT_BAIK: 1,
    Predikat.BAIK: 2,
    Predikat.BUTUH_PERBAIKAN: 3,
    Predikat.KURANG: 4,
    Predikat.SANGAT_KURANG: 5,
}
_LABEL: dict[Predikat, str] = {
    Predikat.SANGAT_BAIK: "Sangat Baik",
    Predikat.BAIK: "Baik",
    Predikat.BUTUH_PERBAIKAN: "Butuh Perbaikan",
    Predikat.KURANG: "Kurang/Misconduct",
    Predikat.SANGAT_KURANG: "Sangat Kurang",
}

_A = Rating.DI_ATAS_EKSPEKTASI
_S = Rating.SESUAI_EKSPEKTASI
_B = Rating.DI_BAWAH_EKSPEKTASI

# (rating hasil kerja, rating perilaku kerja) -> predikat. Written out cell by
# cell because the matrix is not monotone: a max()/min() shortcut gets the
# "good work, bad behaviour" cells (Kurang/Misconduct) wrong.
_MATRIKS: dict[tuple[Rating, Rating], Predikat] = {
    (_A, _A): Predikat.SANGAT_BAIK,
    (_A, _S): Predikat.BAIK,
    (_A, _B): Predikat.KURANG,
    (_S, _A): Predikat.BAIK,
    (_S, _S): Predikat.BAIK,
    (_S, _B): Predikat.KURANG,
    (_B, _A): Predikat.BUTUH_PERBAIKAN,
    (_B, _S): Predikat.BUTUH_PERBAIKAN,
    (_B, _B): Predikat.SANGAT_KURANG,
}


def predikat_kinerja(rating_hasil_kerja: Rating, rating_perilaku: Rating) -> Predikat:
    return _MATRIKS[(rating_hasil_kerja, rating_perilaku)]


def parse_predikat(raw: str) -> Predikat:
    """Accepts the SIASN name, the printed label (any case) and the kuadran 1–5."""
    key = " ".join(str(raw).replace("_", " ").split()).upper()
    if key.isdigit():
        return Predikat.from_siasn(int(key))
    for predikat in Predikat:
        if key in (predikat.value, predikat.label.upper()):
            return predikat
    pilihan = ", ".join(p.label for p in Predikat)
    raise ValidationError(f"Predikat '{raw}' tidak dikenal; pilih salah satu: {pilihan}.")


class PredikatOrganisasi(StrEnum):
    """Capaian kinerja organisasi, set by the leader above the unit (§5.3)."""

    ISTIMEWA = "ISTIMEWA"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT KURANG"

    @property
    def label(self) -> str:
        return self.value.title()


# Older documents call Butuh Perbaikan "Cukup".
_ORGANISASI_ALIAS = {"CUKUP": PredikatOrganisasi.BUTUH_PERBAIKAN}


def parse_predikat_organisasi(raw: str) -> PredikatOrganisasi:
    key = " ".join(str(raw).replace("_", " ").split()).upper()
    for predikat in PredikatOrganisasi:
        if predikat.value == key:
            return predikat
    found = _ORGANISASI_ALIAS.get(key)
    if found is None:
        pilihan = ", ".join(p.label for p in PredikatOrganisasi)
        raise ValidationError(
            f"Predikat kinerja organisasi '{raw}' tidak dikenal; pilih salah satu: {pilihan}."
        )
    return found


def rating_hasil_kerja_pimpinan(capaian_organisasi: PredikatOrganisasi) -> Rating:
    """For the head of a unit the organisation's result is his rating hasil kerja (§7.1)."""
    if capaian_organisasi is PredikatOrganisasi.ISTIMEWA:
        return Rating.DI_ATAS_EKSPEKTASI
    if capaian_organisasi is PredikatOrganisasi.BAIK:
        return Rating.SESUAI_EKSPEKTASI
    return Rating.DI_BAWAH_EKSPEKTASI
