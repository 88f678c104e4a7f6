"""What every screen needs: the database, who is logged in, and this site."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.site import SiteInfo
from kinerja_desktop.storage.engine import Database


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    site: SiteInfo | None
