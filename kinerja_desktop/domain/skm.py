"""Survei Kepuasan Masyarakat: NRR, IKM, konversi and mutu (DOMAIN §12, §14).

PermenPANRB 14/2017: nine unsur, each answered 1–4. NRR per unsur is the
mean of the answers it got; IKM is the weighted sum of the nine NRR; nilai
SKM (konversi) is IKM × 25 and the mutu band is read off the konversi
rounded half-up to two decimals.

The weight 1/9 has no finite decimal, so the sums are carried as exact
fractions and turned into Decimal only for the results: with Decimal
intermediates a konversi lying exactly on a half-cent could round the wrong
way and change band. No float is ever involved.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from kinerja_desktop.domain.errors import ValidationError

JUMLAH_UNSUR = 9
NILAI_MIN = 1
NILAI_MAX = 4
_SEN = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Unsur:
    no: int
    nama: str

    @property
    def kode(self) -> str:
        return f"U{self.no}"


UNSUR: tuple[Unsur, ...] = (
    Unsur(1, "Persyaratan"),
    Unsur(2, "Sistem, Mekanisme, dan Prosedur"),
    Unsur(3, "Waktu Penyelesaian"),
    Unsur(4, "Biaya/Tarif"),
    Unsur(5, "Produk Spesifikasi Jenis Pelayanan"),
    Unsur(6, "Kompetensi Pelaksana"),
    Unsur(7, "Perilaku Pelaksana"),
    Unsur(8, "Penanganan Pengaduan, Saran dan Masukan"),
    Unsur(9, "Sarana dan Prasarana"),
)


class SumberSkm(StrEnum):
    """Where the NRR of a survey came from."""

    RESPONS = "RESPONS"  # raw answers 1–4 per respondent, imported from xlsx
    NRR = "NRR"  # the nine NRR typed in from a published report


class BobotUnsur(StrEnum):
    """Weight of each NRR; the choice is printed next to the result."""

    TEPAT = "TEPAT"  # exactly 1/9 (default)
    PEDOMAN = "PEDOMAN"  # 0,111 as in the guideline's worked example

    @property
    def nilai(self) -> Fraction:
        return Fraction(1, 9) if self is BobotUnsur.TEPAT else Fraction(111, 1000)

    @property
    def label(self) -> str:
        if self is BobotUnsur.TEPAT:
            return "bobot 1/9 (tepat)"
        return "bobot 0,111 (contoh pedoman)"


class MutuPelayanan(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"

    @property
    def kinerja(self) -> str:
        return _KINERJA[self]

    @property
    def rentang_konversi(self) -> str:
        return _RENTANG[self]


_KINERJA: dict[MutuPelayanan, str] = {
    MutuPelayanan.A: "Sangat Baik",
    MutuPelayanan.B: "Baik",
    MutuPelayanan.C: "Kurang Baik",
    MutuPelayanan.D: "Tidak Baik",
}
_RENTANG: dict[MutuPelayanan, str] = {
    MutuPelayanan.A: "88,31–100,00",
    MutuPelayanan.B: "76,61–88,30",
    MutuPelayanan.C: "65,00–76,60",
    MutuPelayanan.D: "25,00–64,99",
}
# Lower bounds of the bands on the two-decimal konversi, best first.
_BATAS_BAWAH: tuple[tuple[Decimal, MutuPelayanan], ...] = (
    (Decimal("88.31"), MutuPelayanan.A),
    (Decimal("76.61"), MutuPelayanan.B),
    (Decimal("65.00"), MutuPelayanan.C),
)


def mutu_pelayanan(konversi: Decimal) -> MutuPelayanan:
    """Band of a konversi; it is first rounded half-up to two decimals, as printed."""
    dua_desimal = konversi.quantize(_SEN, rounding=ROUND_HALF_UP)
    for batas, mutu in _BATAS_BAWAH:
        if dua_desimal >= batas:
            return mutu
    return MutuPelayanan.D


@dataclass(frozen=True, slots=True)
class HasilSkm:
    bobot: BobotUnsur
    nrr: tuple[Decimal, ...]  # per unsur, unrounded
    nrr_tertimbang: tuple[Decimal, ...]  # NRR × bobot, unrounded
    ikm: Decimal  # 1–4, unrounded
    konversi: Decimal  # IKM × 25 rounded half-up to two decimals: the classified value
    mutu: MutuPelayanan
    unsur_terlemah: tuple[Unsur, ...]  # lowest NRR; several when tied
    jumlah_responden: int | None = None  # None when NRR were entered directly


def _desimal(nilai: Fraction) -> Decimal:
    return Decimal(nilai.numerator) / Decimal(nilai.denominator)


def _dua_desimal(nilai: Fraction) -> Decimal:
    # Half-up on the exact value, so no intermediate rounding can move it.
    sen = math.floor(nilai * 100 + Fraction(1, 2))
    return (Decimal(sen) / 100).quantize(_SEN)


def _hitung(nrr: Sequence[Fraction], bobot: BobotUnsur, jumlah_responden: int | None) -> HasilSkm:
    tertimbang = [x * bobot.nilai for x in nrr]
    ikm = sum(tertimbang, Fraction(0))
    konversi = _dua_desimal(ikm * 25)
    terendah = min(nrr)
    return HasilSkm(
        bobot=bobot,
        nrr=tuple(_desimal(x) for x in nrr),
        nrr_tertimbang=tuple(_desimal(x) for x in tertimbang),
        ikm=_desimal(ikm),
        konversi=konversi,
        mutu=mutu_pelayanan(konversi),
        unsur_terlemah=tuple(u for u, x in zip(UNSUR, nrr, strict=True) if x == terendah),
        jumlah_responden=jumlah_responden,
    )


def hitung_ikm(nrr: Sequence[Decimal | int], bobot: BobotUnsur = BobotUnsur.TEPAT) -> HasilSkm:
    """From NRR per unsur entered directly (nine values, each 1,00–4,00)."""
    if len(nrr) != JUMLAH_UNSUR:
        raise ValidationError(
            f"NRR harus diisi untuk {JUMLAH_UNSUR} unsur pelayanan, bukan {len(nrr)}."
        )
    for unsur, nilai in zip(UNSUR, nrr, strict=True):
        # Floats are refused rather than converted: their binary value is not
        # the number the user typed.
        angka = isinstance(nilai, int | Decimal) and not isinstance(nilai, bool)
        if not angka or (isinstance(nilai, Decimal) and not nilai.is_finite()):
            raise ValidationError(
                f"NRR unsur {unsur.kode} {unsur.nama} harus berupa angka, bukan {nilai!r}."
            )
        if not NILAI_MIN <= nilai <= NILAI_MAX:
            raise ValidationError(
                f"NRR unsur {unsur.kode} {unsur.nama} harus antara 1,00 dan 4,00, bukan {nilai}."
            )
    return _hitung([Fraction(x) for x in nrr], bobot, None)


def nrr_per_unsur(
    jawaban: Sequence[Sequence[int | None]], label_responden: Sequence[str] | None = None
) -> tuple[Decimal, ...]:
    """Mean answer per unsur over the respondents who answered it (None = not answered).

    ``label_responden`` names the rows in error messages (e.g. "baris 12" of an
    imported sheet); by default "responden ke-N".
    """
    return tuple(_desimal(x) for x in _nrr_tepat(jawaban, label_responden))


def _nrr_tepat(
    jawaban: Sequence[Sequence[int | None]], label_responden: Sequence[str] | None
) -> tuple[Fraction, ...]:
    if label_responden is not None and len(label_responden) != len(jawaban):
        raise ValueError("label_responden must have one label per respondent")
    if not jawaban:
        raise ValidationError("Belum ada jawaban responden survei.")
    jumlah = [0] * JUMLAH_UNSUR
    banyak = [0] * JUMLAH_UNSUR
    for i, baris in enumerate(jawaban):
        nama = label_responden[i] if label_responden is not None else f"responden ke-{i + 1}"
        if len(baris) != JUMLAH_UNSUR:
            raise ValidationError(
                f"Jawaban {nama} harus berisi {JUMLAH_UNSUR} unsur, bukan {len(baris)}."
            )
        for unsur, nilai in zip(UNSUR, baris, strict=True):
            if nilai is None:
                continue
            if (
                not isinstance(nilai, int)
                or isinstance(nilai, bool)
                or not NILAI_MIN <= nilai <= NILAI_MAX
            ):
                raise ValidationError(
                    f"Jawaban {nama} untuk unsur {unsur.kode} {unsur.nama} harus "
                    f"{NILAI_MIN}, 2, 3, atau {NILAI_MAX}, bukan {nilai!r}."
                )
            jumlah[unsur.no - 1] += nilai
            banyak[unsur.no - 1] += 1
    kosong = [u for u, n in zip(UNSUR, banyak, strict=True) if n == 0]
    if kosong:
        daftar = ", ".join(f"{u.kode} {u.nama}" for u in kosong)
        raise ValidationError(f"Belum ada responden yang menjawab unsur: {daftar}.")
    return tuple(Fraction(s, n) for s, n in zip(jumlah, banyak, strict=True))


def hitung_skm(
    jawaban: Sequence[Sequence[int | None]],
    bobot: BobotUnsur = BobotUnsur.TEPAT,
    label_responden: Sequence[str] | None = None,
) -> HasilSkm:
    """From the raw answers of the respondents (one row of nine answers each)."""
    nrr = _nrr_tepat(jawaban, label_responden)
    return _hitung(nrr, bobot, len(jawaban))


def hitung_nrr_tepat(
    nrr: Sequence[Fraction],
    bobot: BobotUnsur = BobotUnsur.TEPAT,
    jumlah_responden: int | None = None,
) -> HasilSkm:
    """From exact NRR (e.g. rebuilt from stored text); nine values, each 1–4.

    Lets a stored survey give exactly the result its raw answers gave: the means
    are fractions with a denominator of at most the number of respondents.
    """
    if len(nrr) != JUMLAH_UNSUR:
        raise ValidationError(
            f"NRR harus diisi untuk {JUMLAH_UNSUR} unsur pelayanan, bukan {len(nrr)}."
        )
    for unsur, nilai in zip(UNSUR, nrr, strict=True):
        if not NILAI_MIN <= nilai <= NILAI_MAX:
            raise ValidationError(
                f"NRR unsur {unsur.kode} {unsur.nama} harus antara 1,00 dan 4,00, "
                f"bukan {_desimal(nilai)}."
            )
    return _hitung(list(nrr), bobot, jumlah_responden)


def format_desimal(nilai: Decimal, tempat: int = 2) -> str:
    """87.5 → "87,50" (half-up, Indonesian decimal comma, no thousands separator)."""
    q = nilai.quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)
    return f"{q:f}".replace(".", ",")
