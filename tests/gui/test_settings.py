"""The settings registry: typed get/set over an INI file, and versioned upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kinerja_desktop.gui import settings


def test_defaults_and_round_trip(gui_settings: Path) -> None:
    assert settings.get(settings.PAPER_SIZE) == "A4"
    assert settings.get(settings.WINDOW_GEOMETRY) == b""
    settings.set(settings.PAPER_SIZE, "F4")
    settings.set(settings.WINDOW_GEOMETRY, b"\x00\x01binary\xff")
    settings.set(settings.DEMO_COUNT, 120)
    assert settings.get(settings.PAPER_SIZE) == "F4"
    assert settings.get(settings.WINDOW_GEOMETRY) == b"\x00\x01binary\xff"
    assert settings.get(settings.DEMO_COUNT) == 120
    assert settings.settings_file() == gui_settings
    assert gui_settings.exists()
    settings.reset(settings.PAPER_SIZE)
    assert settings.get(settings.PAPER_SIZE) == "A4"


def test_wrong_values_refused_or_ignored(gui_settings: Path) -> None:
    with pytest.raises(TypeError):
        settings.set(settings.DEMO_COUNT, "lima puluh")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        settings.set(settings.PAPER_SIZE, "Letter")
    # A hand-edited file with nonsense falls back to the defaults.
    raw = QSettings(str(gui_settings), QSettings.Format.IniFormat)
    raw.setValue(settings.PAPER_SIZE.key, "B5")
    raw.setValue(settings.DEMO_COUNT.key, "banyak")
    raw.sync()
    assert settings.get(settings.PAPER_SIZE) == "A4"
    assert settings.get(settings.DEMO_COUNT) == 50


def test_registry_declares_each_key_once() -> None:
    assert settings.REGISTRY[settings.PAPER_SIZE.key] is settings.PAPER_SIZE
    assert all(s.title for s in settings.REGISTRY.values())
    with pytest.raises(ValueError):
        settings.Setting(settings.PAPER_SIZE.key, str, "A4", "dua kali")


def test_upgrade_from_unversioned_file(gui_settings: Path) -> None:
    raw = QSettings(str(gui_settings), QSettings.Format.IniFormat)
    raw.setValue(settings.PAPER_SIZE.key, "folio")
    raw.sync()
    assert settings.upgrade() == settings.SETTINGS_VERSION
    assert settings.get(settings.PAPER_SIZE) == "F4"
    assert settings.get(settings.VERSION) == settings.SETTINGS_VERSION
    # Idempotent.
    assert settings.upgrade() == settings.SETTINGS_VERSION


def test_newer_file_left_alone(gui_settings: Path) -> None:
    raw = QSettings(str(gui_settings), QSettings.Format.IniFormat)
    raw.setValue(settings.VERSION.key, settings.SETTINGS_VERSION + 5)
    raw.setValue(settings.PAPER_SIZE.key, "folio")
    raw.sync()
    assert settings.upgrade() == settings.SETTINGS_VERSION + 5
    assert QSettings(str(gui_settings), QSettings.Format.IniFormat).value(
        settings.PAPER_SIZE.key) == "folio"


def test_env_variable_points_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.use_file(None)
    target = tmp_path / "lain.ini"
    monkeypatch.setenv(settings.ENV_FILE, str(target))
    settings.set(settings.LANGUAGE, "en")
    assert settings.settings_file() == target
    assert "bahasa=en" in target.read_text(encoding="utf-8")
