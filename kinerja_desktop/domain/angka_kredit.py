"""Angka kredit jabatan fungsional from the predikat (Peraturan BKN 3/2023, DOMAIN §7.3).

AK = persentase predikat × koefisien jenjang × bulan/12, rounded half-up to two
decimals (Ahli Pertama, Baik, 2 bulan: 12,5 × 2/12 = 2,0833… → 2,08).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.jabatan import JenjangFungsional
from kinerja_desktop.domain.predikat import Predikat

PERSENTASE: dict[Predikat, Decimal] = {
    Predikat.SANGAT_BAIK: Decimal(150),
    Predikat.BAIK: Decimal(100),
    Predikat.BUTUH_PERBAIKAN: Decimal(75),
    Predikat.KURANG: Decimal(50),
    Predikat.SANGAT_KURANG: Decimal(25),
}

# Koefisien per tahun.
KOEFISIEN: dict[JenjangFungsional, Decimal] = {
    JenjangFungsional.AHLI_PERTAMA: Decimal("12.5"),
    JenjangFungsional.AHLI_MUDA: Decimal(25),
    JenjangFungsional.AHLI_MADYA: Decimal("37.5"),
    JenjangFungsional.AHLI_UTAMA: Decimal(50),
    JenjangFungsional.PEMULA: Decimal("3.75"),
    JenjangFungsional.TERAMPIL: Decimal(5),
    JenjangFungsional.MAHIR: Decimal("12.5"),
    JenjangFungsional.PENYELIA: Decimal(25),
}


def angka_kredit(jenjang: JenjangFungsional, predikat: Predikat, bulan: int) -> Decimal:
    """Angka kredit earned in ``bulan`` months (1–12) of one year."""
    if isinstance(bulan, bool) or not isinstance(bulan, int) or not 1 <= bulan <= 12:
        raise ValidationError(
            f"Jumlah bulan penilaian angka kredit harus 1 sampai 12, bukan {bulan!r}."
        )
    # One division at the end: the numerator is exact, and a quotient that does
    # not terminate cannot sit on a half-cent, so half-up rounding is exact.
    pembilang = PERSENTASE[predikat] * KOEFISIEN[jenjang] * bulan
    return (pembilang / Decimal(1200)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
