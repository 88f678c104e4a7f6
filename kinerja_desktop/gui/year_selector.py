"""The working-year selector of the main window (SCREENS §3): every screen follows it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kinerja_desktop.gui.context import MAX_YEAR, MIN_YEAR, YEAR_SPAN, TahunKerja


def year_choices(current: int, today: dt.date | None = None) -> list[int]:
    """The calendar year ±2, plus ``current`` when it lies outside (kept from the settings)."""
    now = (today or dt.date.today()).year
    years = {y for y in range(now - YEAR_SPAN, now + YEAR_SPAN + 1) if MIN_YEAR <= y <= MAX_YEAR}
    years.add(current)
    return sorted(years)


class YearSelector(QWidget):
    """"Tahun: [2026 ▾]" bound to a ``TahunKerja``; choosing a year changes it for all pages."""

    def __init__(self, tahun: TahunKerja, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tahun = tahun
        self.label = QLabel(self.tr("Tahun:"))
        self.combo = QComboBox()
        self.combo.setObjectName("tahun_kerja")
        self.combo.setToolTip(self.tr(
            "Tahun kerja yang ditampilkan semua layar: SKP, antrean persetujuan, sasaran "
            "unit dan periode penilaian. Contoh: pilih 2027 untuk menyusun SKP tahun depan."))
        self.label.setBuddy(self.combo)
        self.label.setToolTip(self.combo.toolTip())
        self._fill(tahun.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._picked)
        tahun.changed.connect(self._follow)

    def _fill(self, current: int) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for year in year_choices(current):
            self.combo.addItem(str(year), year)
        self.combo.setCurrentIndex(self.combo.findData(current))
        self.combo.blockSignals(False)

    def year(self) -> int:
        return int(self.combo.currentData())

    def set_year(self, year: int) -> None:
        """Selects ``year`` (as if the user had chosen it)."""
        if self.combo.findData(year) < 0:
            self._fill(year)
        self._tahun.set(year)

    def _picked(self, index: int) -> None:
        if index >= 0:
            self._tahun.set(int(self.combo.itemData(index)))

    def _follow(self, year: int) -> None:
        pos = self.combo.findData(year)
        if pos < 0:
            self._fill(year)
        elif pos != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(pos)
            self.combo.blockSignals(False)
