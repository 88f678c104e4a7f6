"""Kurva distribusi predikat kinerja pegawai (DOMAIN §7.2, §14).

SE MenPANRB 3/2023 uses the pattern "sebagai pertimbangan", so a deviation
is a warning for the penilai and the pimpinan, never a refusal. Percentages
of N pegawai become whole pegawai, floor() for a maximum and ceil() for a
minimum, so the percentage itself is never crossed (70% of 9 allows 6, 60%
of 9 needs 6). "Most <predikat>" means that predikat is the modal one; a tie
for first place counts as modal, because a warning should only fire on a
clear deviation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi


class KodePeringatan(StrEnum):
    BUKAN_TERBANYAK = "BUKAN_TERBANYAK"  # the expected predikat is not the modal one
    MELEBIHI_MAKSIMUM = "MELEBIHI_MAKSIMUM"
    KURANG_DARI_MINIMUM = "KURANG_DARI_MINIMUM"
    WAJIB_ADA = "WAJIB_ADA"  # "harus ada" one of the listed predikat
    TIDAK_BOLEH_ADA = "TIDAK_BOLEH_ADA"


@dataclass(frozen=True, slots=True)
class PeringatanKurva:
    kode: KodePeringatan
    predikat: tuple[Predikat, ...]  # the predikat the rule is about
    pesan: str


def batas_maksimum(persen: int, jumlah: int) -> int:
    """floor(persen% × jumlah) in integers: 0.1 × 30 in floats is 3.0000000000000004."""
    return persen * jumlah // 100


def batas_minimum(persen: int, jumlah: int) -> int:
    """ceil(persen% × jumlah) in integers."""
    return -(-persen * jumlah // 100)


# One rule of the table: (count per predikat, total) -> a warning or None.
_Aturan: TypeAlias = Callable[[Mapping[Predikat, int], int], PeringatanKurva | None]


def _nama(predikat: tuple[Predikat, ...]) -> str:
    return " dan/atau ".join(p.label for p in predikat)


def _terbanyak(p: Predikat) -> _Aturan:
    def rule(n: Mapping[Predikat, int], total: int) -> PeringatanKurva | None:
        if n[p] > 0 and all(n[p] >= n[q] for q in Predikat):
            return None
        modus = max(Predikat, key=lambda q: n[q])
        return PeringatanKurva(
            KodePeringatan.BUKAN_TERBANYAK,
            (p,),
            f"Predikat terbanyak seharusnya {p.label}, tetapi yang terbanyak {modus.label} "
            f"({n[modus]} pegawai; {p.label} {n[p]} pegawai).",
        )

    return rule


def _maksimum(persen: int, *ps: Predikat) -> _Aturan:
    def rule(n: Mapping[Predikat, int], total: int) -> PeringatanKurva | None:
        jumlah = sum(n[p] for p in ps)
        batas = batas_maksimum(persen, total)
        if jumlah <= batas:
            return None
        return PeringatanKurva(
            KodePeringatan.MELEBIHI_MAKSIMUM,
            ps,
            f"{_nama(ps)} paling banyak {persen}% ({batas} dari {total} pegawai), "
            f"saat ini {jumlah} pegawai.",
        )

    return rule


def _minimum(persen: int, *ps: Predikat) -> _Aturan:
    def rule(n: Mapping[Predikat, int], total: int) -> PeringatanKurva | None:
        jumlah = sum(n[p] for p in ps)
        batas = batas_minimum(persen, total)
        if jumlah >= batas:
            return None
        return PeringatanKurva(
            KodePeringatan.KURANG_DARI_MINIMUM,
            ps,
            f"{_nama(ps)} paling sedikit {persen}% ({batas} dari {total} pegawai), "
            f"saat ini {jumlah} pegawai.",
        )

    return rule


def _wajib_ada(*ps: Predikat) -> _Aturan:
    def rule(n: Mapping[Predikat, int], total: int) -> PeringatanKurva | None:
        if any(n[p] > 0 for p in ps):
            return None
        return PeringatanKurva(
            KodePeringatan.WAJIB_ADA,
            ps,
            f"Harus ada pegawai dengan predikat {_nama(ps)}, saat ini tidak ada.",
        )

    return rule


def _tidak_boleh_ada(p: Predikat) -> _Aturan:
    def rule(n: Mapping[Predikat, int], total: int) -> PeringatanKurva | None:
        if n[p] == 0:
            return None
        return PeringatanKurva(
            KodePeringatan.TIDAK_BOLEH_ADA,
            (p,),
            f"Tidak boleh ada pegawai dengan predikat {p.label}, saat ini {n[p]} pegawai.",
        )

    return rule


_SB = Predikat.SANGAT_BAIK
_BK = Predikat.BAIK
_BP = Predikat.BUTUH_PERBAIKAN
_KR = Predikat.KURANG
_SK = Predikat.SANGAT_KURANG

# The table of §7.2; predikat the SE lists as "others may be" need no rule.
_ATURAN: dict[PredikatOrganisasi, tuple[_Aturan, ...]] = {
    PredikatOrganisasi.ISTIMEWA: (_terbanyak(_SB), _maksimum(70, _SB)),
    PredikatOrganisasi.BAIK: (_terbanyak(_BK), _maksimum(70, _BK), _wajib_ada(_BP, _KR)),
    PredikatOrganisasi.BUTUH_PERBAIKAN: (_minimum(60, _BP), _maksimum(10, _SB)),
    PredikatOrganisasi.KURANG: (_minimum(60, _KR), _minimum(10, _BP), _maksimum(10, _SB)),
    PredikatOrganisasi.SANGAT_KURANG: (
        _minimum(60, _SK),
        _minimum(10, _KR, _BP),
        _tidak_boleh_ada(_SB),
    ),
}


def periksa_distribusi(
    predikat_organisasi: PredikatOrganisasi, jumlah: Mapping[Predikat, int]
) -> list[PeringatanKurva]:
    """Warnings for the counts per predikat; an empty list means the pattern is met.

    Predikat missing from ``jumlah`` count as 0; no pegawai gives no warnings.
    """
    for predikat, n in jumlah.items():
        if n < 0:
            raise ValidationError(
                f"Jumlah pegawai dengan predikat {predikat.label} tidak boleh negatif ({n})."
            )
    n_per = {p: jumlah.get(p, 0) for p in Predikat}
    total = sum(n_per.values())
    if total == 0:
        return []
    found = (rule(n_per, total) for rule in _ATURAN[predikat_organisasi])
    return [w for w in found if w is not None]


def judul_kurva(predikat_organisasi: PredikatOrganisasi) -> str:
    """Title of the printed curve (§14)."""
    return (
        "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI "
        + predikat_organisasi.value
    )


# Left to right on the printed curve (§14): worst first.
URUTAN_SUMBU_X: tuple[Predikat, ...] = (_SK, _KR, _BP, _BK, _SB)
