"""Evaluation periods per scheme, deadlines and the admin's rules (DOMAIN §1, §14)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.periode import (
    AturanPeriode,
    SkemaPeriode,
    check_aturan,
    find_periode,
    periode_on,
    periods,
)

D = dt.date


def test_triwulanan_is_the_default() -> None:
    aturan = AturanPeriode(2025)
    assert aturan.skema is SkemaPeriode.TRIWULANAN
    assert aturan.batas_skp == D(2025, 1, 31)
    got = periods(aturan)
    assert [(p.key, p.label, p.mulai, p.selesai) for p in got] == [
        ("2025-TW1", "TRIWULAN I", D(2025, 1, 1), D(2025, 3, 31)),
        ("2025-TW2", "TRIWULAN II", D(2025, 4, 1), D(2025, 6, 30)),
        ("2025-TW3", "TRIWULAN III", D(2025, 7, 1), D(2025, 9, 30)),
        ("2025-TW4", "TRIWULAN IV", D(2025, 10, 1), D(2025, 12, 31)),
        ("2025-TAHUNAN", "TAHUNAN", D(2025, 1, 1), D(2025, 12, 31)),
    ]
    # default deadlines: realisasi 5 days, penilaian 10 days after the end
    assert (got[0].batas_realisasi, got[0].batas_penilaian) == (D(2025, 4, 5), D(2025, 4, 10))
    assert (got[-1].batas_realisasi, got[-1].batas_penilaian) == (D(2026, 1, 5), D(2026, 1, 10))
    assert got[-1].skema is None and got[0].tahun == 2025


def test_semesteran() -> None:
    got = periods(AturanPeriode(2025, SkemaPeriode.SEMESTERAN, hari_realisasi=7,
                                hari_penilaian=14))
    assert [(p.key, p.label, p.mulai, p.selesai, p.batas_realisasi, p.batas_penilaian)
            for p in got] == [
        ("2025-S1", "SEMESTER I", D(2025, 1, 1), D(2025, 6, 30), D(2025, 7, 7), D(2025, 7, 14)),
        ("2025-S2", "SEMESTER II", D(2025, 7, 1), D(2025, 12, 31), D(2026, 1, 7),
         D(2026, 1, 14)),
        ("2025-TAHUNAN", "TAHUNAN", D(2025, 1, 1), D(2025, 12, 31), D(2026, 1, 7),
         D(2026, 1, 14)),
    ]


def test_bulanan_in_a_leap_year() -> None:
    got = periods(AturanPeriode(2024, SkemaPeriode.BULANAN, hari_realisasi=0, hari_penilaian=3))
    assert len(got) == 13
    assert [p.key for p in got[:3]] == ["2024-B1", "2024-B2", "2024-B3"]
    assert [p.label for p in got[:12]] == [
        "JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS",
        "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER"]
    feb = got[1]
    assert (feb.mulai, feb.selesai, feb.batas_realisasi, feb.batas_penilaian) == (
        D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 29), D(2024, 3, 3))
    # the months tile the year without gaps
    for a, b in itertools.pairwise(got[:12]):
        assert b.mulai == a.selesai + dt.timedelta(days=1)
    assert got[11].selesai == D(2024, 12, 31) and got[12].key == "2024-TAHUNAN"


@pytest.mark.parametrize(("skema", "n"), [
    (SkemaPeriode.BULANAN, 12), (SkemaPeriode.TRIWULANAN, 4), (SkemaPeriode.SEMESTERAN, 2)])
def test_count_per_scheme(skema: SkemaPeriode, n: int) -> None:
    assert len(periods(AturanPeriode(2026, skema))) == n + 1
    assert skema.bulan_per_periode * n == 12


def test_labels_of_schemes() -> None:
    assert [s.label for s in SkemaPeriode] == ["Bulanan", "Triwulanan", "Semesteran"]


def test_batas_penetapan_may_be_set() -> None:
    assert AturanPeriode(2025, batas_penetapan_skp=D(2025, 2, 15)).batas_skp == D(2025, 2, 15)
    check_aturan(AturanPeriode(2025, batas_penetapan_skp=D(2024, 12, 20)))


@pytest.mark.parametrize(("aturan", "message"), [
    (AturanPeriode(1999), "Tahun 1999 di luar rentang 2000–2100."),
    (AturanPeriode(2101), "Tahun 2101 di luar rentang 2000–2100."),
    (AturanPeriode(2025, hari_realisasi=61, hari_penilaian=70),
     "Tenggat realisasi harus 0–60 hari dan tenggat penilaian 0–90 hari"),
    (AturanPeriode(2025, hari_realisasi=-1), "Tenggat realisasi harus 0–60 hari"),
    (AturanPeriode(2025, hari_realisasi=5, hari_penilaian=91), "tenggat penilaian 0–90 hari"),
    (AturanPeriode(2025, hari_realisasi=10, hari_penilaian=5),
     "Tenggat penilaian tidak boleh lebih awal dari tenggat pengisian realisasi."),
    (AturanPeriode(2025, batas_penetapan_skp=D(2026, 1, 31)),
     "Batas penetapan SKP 2026-01-31 harus pada tahun 2025 atau akhir tahun sebelumnya."),
    (AturanPeriode(2025, batas_penetapan_skp=D(2023, 12, 31)), "Batas penetapan SKP 2023-12-31"),
])
def test_check_aturan_refuses(aturan: AturanPeriode, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_aturan(aturan)
    assert message in str(err.value)


def test_check_aturan_accepts_edges() -> None:
    check_aturan(AturanPeriode(2000, hari_realisasi=0, hari_penilaian=0))
    check_aturan(AturanPeriode(2100, hari_realisasi=60, hari_penilaian=90))


def test_find_periode_any_case_and_spaces() -> None:
    aturan = AturanPeriode(2025)
    assert find_periode(aturan, " 2025-tw3 ").label == "TRIWULAN III"
    assert find_periode(aturan, "2025-TAHUNAN").skema is None


def test_find_periode_lists_the_keys_of_the_year() -> None:
    with pytest.raises(ValidationError) as err:
        find_periode(AturanPeriode(2025, SkemaPeriode.SEMESTERAN), "2025-TW1")
    assert str(err.value) == ("Periode '2025-TW1' tidak ada pada tahun 2025; pilih: 2025-S1, "
                              "2025-S2, 2025-TAHUNAN.")


@pytest.mark.parametrize(("skema", "day", "key"), [
    (SkemaPeriode.TRIWULANAN, D(2025, 1, 1), "2025-TW1"),
    (SkemaPeriode.TRIWULANAN, D(2025, 3, 31), "2025-TW1"),
    (SkemaPeriode.TRIWULANAN, D(2025, 4, 1), "2025-TW2"),
    (SkemaPeriode.SEMESTERAN, D(2025, 12, 31), "2025-S2"),
    (SkemaPeriode.BULANAN, D(2025, 2, 28), "2025-B2"),
])
def test_periode_on(skema: SkemaPeriode, day: dt.date, key: str) -> None:
    found = periode_on(AturanPeriode(2025, skema), day)
    assert found is not None and found.key == key


def test_periode_on_outside_the_year_is_none() -> None:
    assert periode_on(AturanPeriode(2025), D(2026, 1, 1)) is None
    assert periode_on(AturanPeriode(2025), D(2024, 12, 31)) is None
