"""Isolation every sync screen test needs (import these into the test module; they are
autouse there): no site key remembered between tests, quarantine in the test's folder,
no removable drives of the machine running the tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kinerja_desktop.gui import jobs, sync_page
from kinerja_desktop.gui.kunci_dialog import lupakan_kunci


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
