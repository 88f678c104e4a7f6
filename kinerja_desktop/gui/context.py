"""What every screen needs: the database, who is logged in, this site, the working year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from kinerja_desktop.gui import settings
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.site import SiteInfo
from kinerja_desktop.storage.engine import Database

# The years offered around the current one (SCREENS §3: the year selector).
YEAR_SPAN = 2
MIN_YEAR, MAX_YEAR = 2000, 2100


def default_year() -> int:
    """The stored working year, or the current calendar year (setting 0 or out of range)."""
    stored = settings.get(settings.TAHUN_KERJA)
    return stored if MIN_YEAR <= stored <= MAX_YEAR else dt.date.today().year


class TahunKerja(QObject):
    """The working year every screen follows; ``changed(year)`` when the user picks another."""

    changed = Signal(int)

    def __init__(self, tahun: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tahun = tahun if tahun is not None else default_year()

    @property
    def value(self) -> int:
        return self._tahun

    def set(self, tahun: int) -> None:
        """Makes ``tahun`` the working year (remembered for the next start)."""
        if not MIN_YEAR <= tahun <= MAX_YEAR:
            raise ValueError(f"Tahun {tahun} di luar rentang {MIN_YEAR}–{MAX_YEAR}")
        if tahun == self._tahun:
            return
        self._tahun = tahun
        settings.set(settings.TAHUN_KERJA, tahun)
        self.changed.emit(tahun)


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    site: SiteInfo | None
    tahun: TahunKerja = field(default_factory=TahunKerja, compare=False)
