"""Where the app keeps its files by default (platformdirs), overridable by env."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "KinerjaDesktop"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    env = os.environ.get("KINERJA_DB")
    return Path(env) if env else data_dir() / "kinerja.sqlite"


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """resources/ beside the package: in a checkout and in the PyInstaller bundle alike."""
    return Path(__file__).resolve().parent.parent / "resources"
