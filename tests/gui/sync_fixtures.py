"""Shared by the sync screen tests. Isolation (import these fixtures into the test
module; they are autouse there): no site key remembered between tests, quarantine in the
test's folder, no removable drives of the machine running the tests. And the making of
Sinkronisasi pages for a test's sites."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui import jobs, sync_page
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.kunci_dialog import lupakan_kunci
from kinerja_desktop.gui.sync_dialogs import simpan_frasa
from kinerja_desktop.gui.sync_page import SyncPage
from kinerja_desktop.services.cetak import buka_kunci
from tests.conftest import PASSPHRASE
from tests.services.sync_net import Situs

PageMaker = Callable[..., SyncPage]


@pytest.fixture(autouse=True)
def no_key_left() -> Iterator[None]:
    lupakan_kunci()
    yield
    jobs.wait_for_jobs()
    lupakan_kunci()


@pytest.fixture(autouse=True)
def karantina(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "karantina"
    monkeypatch.setattr(sync_page, "karantina_folder", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def no_drives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_page, "drive_lepasan", lambda: [])


def wait_loaded(qtbot: QtBot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page.loading and page.data is not None, timeout=20_000)


def halaman_sinkron(qtbot: QtBot, ctx: Callable[[Situs], AppContext]) -> Iterator[PageMaker]:
    """For a ``make_page`` fixture: ``make(situs, unlocked=True)`` gives a loaded page of
    that site, its key unlocked for the session unless ``unlocked`` is False."""
    # Held until the test ends: a page collected as garbage in the middle of a test would
    # take its job handles (and their timers) with it, possibly inside a timer's own event.
    made: list[SyncPage] = []

    def make(situs: Situs, *, unlocked: bool = True) -> SyncPage:
        if unlocked:
            simpan_frasa(situs.db, buka_kunci(situs.db, PASSPHRASE), PASSPHRASE)
        page = SyncPage(ctx(situs))
        qtbot.addWidget(page)
        made.append(page)
        wait_loaded(qtbot, page)
        return page

    yield make
    jobs.wait_for_jobs()
