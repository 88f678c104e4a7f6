"""Evaluation periods of a year: the scheme the admin picks and the deadlines (DOMAIN §1, §14).

The regulation fixes no frequency; forms default to quarterly. The admin sets
per year BULANAN, TRIWULANAN or SEMESTERAN; the annual evaluation always follows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember",
)
_ROMAWI = ("I", "II", "III", "IV")


class SkemaPeriode(StrEnum):
    BULANAN = "BULANAN"
    TRIWULANAN = "TRIWULANAN"
    SEMESTERAN = "SEMESTERAN"

    @property
    def label(self) -> str:
        return self.value.title()

    @property
    def bulan_per_periode(self) -> int:
        return {SkemaPeriode.BULANAN: 1, SkemaPeriode.TRIWULANAN: 3,
                SkemaPeriode.SEMESTERAN: 6}[self]


@dataclass(frozen=True, slots=True)
class Periode:
    """One evaluation period; ``key`` is what the CLI and files use (``2026-TW1``)."""

    tahun: int
    skema: SkemaPeriode | None  # None: the annual evaluation
    ke: int
    mulai: dt.date
    selesai: dt.date
    batas_realisasi: dt.date
    batas_penilaian: dt.date

    @property
    def key(self) -> str:
        if self.skema is None:
            return f"{self.tahun}-TAHUNAN"
        code = {SkemaPeriode.BULANAN: "B", SkemaPeriode.TRIWULANAN: "TW",
                SkemaPeriode.SEMESTERAN: "S"}[self.skema]
        return f"{self.tahun}-{code}{self.ke}"

    @property
    def label(self) -> str:
        """As printed on the forms: "TRIWULAN I", "SEMESTER II", "JANUARI", "TAHUNAN"."""
        if self.skema is None:
            return "TAHUNAN"
        if self.skema is SkemaPeriode.BULANAN:
            return BULAN[self.ke - 1].upper()
        word = "TRIWULAN" if self.skema is SkemaPeriode.TRIWULANAN else "SEMESTER"
        return f"{word} {_ROMAWI[self.ke - 1]}"


@dataclass(frozen=True, slots=True)
class AturanPeriode:
    """The admin's choice for one year."""

    tahun: int
    skema: SkemaPeriode = SkemaPeriode.TRIWULANAN
    batas_penetapan_skp: dt.date | None = None  # default: 31 January (DOMAIN §1)
    hari_realisasi: int = 5  # days after the period ends to fill realisasi
    hari_penilaian: int = 10  # days after the period ends for the penilai's rating

    @property
    def batas_skp(self) -> dt.date:
        return self.batas_penetapan_skp or dt.date(self.tahun, 1, 31)


def check_aturan(aturan: AturanPeriode) -> None:
    if not 2000 <= aturan.tahun <= 2100:
        raise ValidationError(f"Tahun {aturan.tahun} di luar rentang 2000–2100.")
    if not 0 <= aturan.hari_realisasi <= 60 or not 0 <= aturan.hari_penilaian <= 90:
        raise ValidationError(
            "Tenggat realisasi harus 0–60 hari dan tenggat penilaian 0–90 hari "
            "setelah periode berakhir."
        )
    if aturan.hari_penilaian < aturan.hari_realisasi:
        raise ValidationError(
            "Tenggat penilaian tidak boleh lebih awal dari tenggat pengisian realisasi."
        )
    batas = aturan.batas_skp
    if batas.year not in (aturan.tahun - 1, aturan.tahun):
        raise ValidationError(
            f"Batas penetapan SKP {batas.isoformat()} harus pada tahun {aturan.tahun} "
            "atau akhir tahun sebelumnya."
        )


def _end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def periods(aturan: AturanPeriode) -> list[Periode]:
    """The periods of the year in order, the annual evaluation last."""
    step = aturan.skema.bulan_per_periode
    out: list[Periode] = []
    for ke, first_month in enumerate(range(1, 13, step), 1):
        mulai = dt.date(aturan.tahun, first_month, 1)
        selesai = _end_of_month(aturan.tahun, first_month + step - 1)
        out.append(Periode(
            aturan.tahun, aturan.skema, ke, mulai, selesai,
            selesai + dt.timedelta(days=aturan.hari_realisasi),
            selesai + dt.timedelta(days=aturan.hari_penilaian),
        ))
    end = dt.date(aturan.tahun, 12, 31)
    out.append(Periode(
        aturan.tahun, None, 1, dt.date(aturan.tahun, 1, 1), end,
        end + dt.timedelta(days=aturan.hari_realisasi),
        end + dt.timedelta(days=aturan.hari_penilaian),
    ))
    return out


def find_periode(aturan: AturanPeriode, key: str) -> Periode:
    for p in periods(aturan):
        if p.key.casefold() == key.strip().casefold():
            return p
    keys = ", ".join(p.key for p in periods(aturan))
    raise ValidationError(f"Periode '{key}' tidak ada pada tahun {aturan.tahun}; pilih: {keys}.")


def periode_on(aturan: AturanPeriode, day: dt.date) -> Periode | None:
    """The running (non-annual) period that contains ``day``."""
    for p in periods(aturan)[:-1]:
        if p.mulai <= day <= p.selesai:
            return p
    return None


def periode_bawaan(daftar: Sequence[Periode], today: dt.date) -> Periode:
    """The period a screen opens on: the last one that has ended (the annual one when it
    ends on the same day as the last quarter), else the running one, else the first."""
    if not daftar:
        raise ValueError("daftar periode kosong")
    ended = [p for p in daftar if p.selesai < today]
    if ended:
        return max(ended, key=lambda p: (p.selesai, p.skema is None))
    running = [p for p in daftar if p.skema is not None and p.mulai <= today <= p.selesai]
    return running[0] if running else daftar[0]
