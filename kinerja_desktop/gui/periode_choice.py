"""The period chooser every assessment page shares: read, fill, keep the choice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.periode import Periode, periode_bawaan
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.services.aturan_periode import list_periode


def periode_nama(p: Periode) -> str:
    """"Triwulan II", "Semester I", "Januari", "Tahunan" (the form's label, roman kept)."""
    if p.skema is None:
        return QCoreApplication.translate("PeriodeTableModel", "Tahunan")
    word, _, rest = p.label.partition(" ")
    return f"{word.title()} {rest}".strip()


def periode_text(p: Periode) -> str:
    """``TRIWULAN I (01-01 – 31-03-2026)``."""
    return QCoreApplication.translate("periode_choice", "{label} ({mulai} – {selesai})").format(
        label=p.label, mulai=f"{p.mulai:%d-%m}", selesai=f"{p.selesai:%d-%m-%Y}")


def read_periods(parent: QWidget, ctx: AppContext, tahun: int) -> list[Periode]:
    """The year's periods; a refusal is shown and gives none."""
    try:
        return list_periode(ctx.db, ctx.actor, tahun)
    except UserError as exc:
        show_error(parent, exc)
        return []


def fill_periode_combo(combo: QComboBox, periods: Sequence[Periode], keep: object,
                       today: dt.date, *, dates: bool = True) -> None:
    """Refills ``combo`` (data: the period key) without emitting signals; keeps the period
    ``keep`` when it is still offered, else selects ``periode_bawaan``."""
    combo.blockSignals(True)
    try:
        combo.clear()
        for p in periods:
            combo.addItem(periode_text(p) if dates else periode_nama(p), p.key)
        if periods:
            pos = combo.findData(keep) if isinstance(keep, str) and keep else -1
            if pos < 0:
                pos = combo.findData(periode_bawaan(periods, today).key)
            combo.setCurrentIndex(pos)
    finally:
        combo.blockSignals(False)
