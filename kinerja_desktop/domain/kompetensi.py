"""Evaluasi kompetensi (PermenPANRB 6/2022 form B.1.9): competencies rated 1–5.

Each competency has the level the jabatan asks for (standar) and the level the
penilai observed (nilai), both on the same 1–5 scale; the gap (standar − nilai)
is what the training-needs list is made of.
"""

from __future__ import annotations

from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError

LEVEL_MIN = 1
LEVEL_MAX = 5


class JenisKompetensi(StrEnum):
    TEKNIS = "TEKNIS"
    MANAJERIAL = "MANAJERIAL"
    SOSIAL_KULTURAL = "SOSIAL KULTURAL"

    @property
    def label(self) -> str:
        return self.value.title()


def check_level(nilai: int, what: str) -> int:
    """A level 1–5, or a ValidationError naming ``what`` (e.g. "Nilai 'Integritas'")."""
    if isinstance(nilai, bool) or not isinstance(nilai, int) or not LEVEL_MIN <= nilai <= LEVEL_MAX:
        raise ValidationError(
            f"{what} harus angka bulat {LEVEL_MIN}–{LEVEL_MAX}; tertulis {nilai!r}.")
    return nilai


def kesenjangan(standar: int, nilai: int) -> int:
    """How many levels below the standard (0 when at or above it)."""
    return max(0, standar - nilai)
