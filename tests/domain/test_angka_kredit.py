from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from kinerja_desktop.domain.angka_kredit import KOEFISIEN, PERSENTASE, angka_kredit
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.jabatan import JenjangFungsional, parse_jenjang
from kinerja_desktop.domain.predikat import Predikat


def test_fixture_case(angka_kredit_case: dict[str, Any]) -> None:
    ak = angka_kredit(
        parse_jenjang(angka_kredit_case["jenjang"]),
        Predikat(angka_kredit_case["predikat"]),
        angka_kredit_case["bulan"],
    )
    assert ak == Decimal(angka_kredit_case["angka_kredit"])
    assert str(ak) == angka_kredit_case["angka_kredit"]


def test_tables_cover_every_jenjang_and_predikat() -> None:
    assert set(KOEFISIEN) == set(JenjangFungsional)
    assert set(PERSENTASE) == set(Predikat)
    assert [PERSENTASE[p] for p in Predikat] == [150, 100, 75, 50, 25]
    assert KOEFISIEN[JenjangFungsional.AHLI_MADYA] == Decimal("37.5")
    assert KOEFISIEN[JenjangFungsional.PEMULA] == Decimal("3.75")


@pytest.mark.parametrize("jenjang", list(JenjangFungsional))
def test_a_full_year_baik_earns_the_koefisien(jenjang: JenjangFungsional) -> None:
    assert angka_kredit(jenjang, Predikat.BAIK, 12) == KOEFISIEN[jenjang]


def test_rounds_half_up() -> None:
    # 5 × 150% / 12 = 0.625 exactly; banker's rounding would give 0.62
    assert angka_kredit(JenjangFungsional.TERAMPIL, Predikat.SANGAT_BAIK, 1) == Decimal("0.63")
    # 3.75 × 75% / 12 = 0.234375
    assert angka_kredit(JenjangFungsional.PEMULA, Predikat.BUTUH_PERBAIKAN, 1) == Decimal("0.23")
    assert angka_kredit(JenjangFungsional.AHLI_UTAMA, Predikat.SANGAT_KURANG, 7) == Decimal("7.29")


@pytest.mark.parametrize("bulan", [0, 13, -1, True])
def test_month_count_is_checked(bulan: int) -> None:
    with pytest.raises(ValidationError, match="1 sampai 12"):
        angka_kredit(JenjangFungsional.AHLI_MUDA, Predikat.BAIK, bulan)
