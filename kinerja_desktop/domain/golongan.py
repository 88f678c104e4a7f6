"""Golongan ruang PNS (SIASN ids, DOMAIN §3.3) and golongan PPPK I–XVII (§14).

Fixed by regulation, so they live here as data rather than in a table.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.nip import JenisPegawai


@dataclass(frozen=True, slots=True)
class Golongan:
    kode: str  # "III/a" for PNS, "IX" for PPPK
    jenis: JenisPegawai
    pangkat: str | None
    siasn_id: int | None
    urutan: int

    @property
    def label(self) -> str:
        """As printed on forms: ``Pembina Tingkat I, IV/b``; PPPK: ``IX``."""
        return f"{self.pangkat}, {self.kode}" if self.pangkat else self.kode


_PNS = [
    (11, "I/a", "Juru Muda"),
    (12, "I/b", "Juru Muda Tingkat I"),
    (13, "I/c", "Juru"),
    (14, "I/d", "Juru Tingkat I"),
    (21, "II/a", "Pengatur Muda"),
    (22, "II/b", "Pengatur Muda Tingkat I"),
    (23, "II/c", "Pengatur"),
    (24, "II/d", "Pengatur Tingkat I"),
    (31, "III/a", "Penata Muda"),
    (32, "III/b", "Penata Muda Tingkat I"),
    (33, "III/c", "Penata"),
    (34, "III/d", "Penata Tingkat I"),
    (41, "IV/a", "Pembina"),
    (42, "IV/b", "Pembina Tingkat I"),
    (43, "IV/c", "Pembina Utama Muda"),
    (44, "IV/d", "Pembina Utama Madya"),
    (45, "IV/e", "Pembina Utama"),
]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
          "XIV", "XV", "XVI", "XVII"]

GOLONGAN_PNS: tuple[Golongan, ...] = tuple(
    Golongan(kode, JenisPegawai.PNS, pangkat, sid, i) for i, (sid, kode, pangkat) in enumerate(_PNS)
)
GOLONGAN_PPPK: tuple[Golongan, ...] = tuple(
    Golongan(kode, JenisPegawai.PPPK, None, None, i) for i, kode in enumerate(_ROMAN)
)
_BY_KEY: dict[tuple[JenisPegawai, str], Golongan] = {
    (g.jenis, g.kode.upper()): g for g in GOLONGAN_PNS + GOLONGAN_PPPK
}


def golongan_for(jenis: JenisPegawai) -> tuple[Golongan, ...]:
    return GOLONGAN_PNS if jenis is JenisPegawai.PNS else GOLONGAN_PPPK


def find_golongan(jenis: JenisPegawai, kode: str) -> Golongan:
    """Accepts ``III/a``, ``iii/A``, ``III/A`` and, for PPPK, ``IX``."""
    key = str(kode).strip().replace(" ", "").upper()
    found = _BY_KEY.get((jenis, key))
    if found is None:
        contoh = "III/a" if jenis is JenisPegawai.PNS else "IX"
        raise ValidationError(
            f"Golongan '{kode}' tidak dikenal untuk {jenis.value} (contoh yang benar: {contoh})."
        )
    return found
