"""Every user setting, declared once (key, type, default, title), over QSettings.

Read and write only through ``get(SETTING)`` / ``set(SETTING, value)``; a value
of the wrong type or outside ``choices`` falls back to the default when read
and is refused when written. The file is an INI file in the user's config
folder (organisation and application "KinerjaDesktop"); tests point it
elsewhere with ``use_file(path)`` or the ``KINERJA_SETTINGS_FILE`` variable.

Upgrades: ``UPGRADES[i]`` turns a version-``i`` file into version ``i + 1``;
``upgrade()`` runs the missing ones at start-up and stamps ``SETTINGS_VERSION``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

log = logging.getLogger("kinerja_desktop.gui.settings")

ORGANIZATION = "KinerjaDesktop"
APPLICATION = "KinerjaDesktop"
ENV_FILE = "KINERJA_SETTINGS_FILE"

T = TypeVar("T", bool, int, str, bytes)

REGISTRY: dict[str, Setting[Any]] = {}


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    title: str  # Indonesian; shown through label()
    choices: tuple[T, ...] = ()

    def __post_init__(self) -> None:
        if self.key in REGISTRY:
            raise ValueError(f"Setting {self.key!r} declared twice")
        if not isinstance(self.default, self.type):
            raise TypeError(f"Default of {self.key!r} is not {self.type.__name__}")
        REGISTRY[self.key] = self

    def label(self) -> str:
        return QCoreApplication.translate("Setting", self.title)


# --- declarations ---------------------------------------------------------------------------
VERSION = Setting("meta/versi", int, 0, "Versi berkas pengaturan")

WINDOW_GEOMETRY = Setting("jendela/geometri", bytes, b"", "Ukuran dan posisi jendela utama")
WINDOW_STATE = Setting("jendela/keadaan", bytes, b"", "Letak bilah alat jendela utama")
LAST_PAGE = Setting("jendela/halaman_terakhir", str, "beranda", "Halaman terakhir dibuka")
UNIT_SPLITTER = Setting("unit_kerja/pembagi", bytes, b"", "Lebar panel halaman Unit Kerja")
UNIT_COLUMNS = Setting("unit_kerja/kolom", bytes, b"", "Lebar kolom pohon Unit Kerja")
LAST_UNIT_FILTER = Setting("pegawai/filter_unit", str, "", "Filter unit terakhir (kode unit)")
LAST_IMPORT_DIR = Setting("pegawai/folder_impor", str, "", "Folder impor Excel terakhir")
LAST_USER = Setting("masuk/pengguna_terakhir", str, "admin", "Nama pengguna terakhir")
PAPER_SIZE = Setting("cetak/ukuran_kertas", str, "A4", "Ukuran kertas (A4 atau F4/Folio)",
                     choices=("A4", "F4"))
MARGIN_MM = Setting("cetak/margin_mm", int, 15, "Margin halaman cetak (mm)")
TEMPAT_CETAK = Setting("cetak/tempat", str, "",
                       "Tempat pada baris tanggal tanda tangan (kosong = tempat penetapan)")
LANGUAGE = Setting("umum/bahasa", str, "id", "Bahasa tampilan", choices=("id", "en"))
BACKUP_DIR = Setting("cadangan/folder", str, "", "Folder cadangan basis data")
DEMO_COUNT = Setting("data_contoh/jumlah", int, 50, "Jumlah pegawai data contoh")
TAHUN_KERJA = Setting("umum/tahun_kerja", int, 0,
                      "Tahun kerja yang diikuti semua layar (0 = tahun berjalan)")


# --- storage ----------------------------------------------------------------------------------
_file_override: Path | None = None


def use_file(path: Path | None) -> None:
    """Keep settings in this INI file (tests, portable installs); None = the default place."""
    global _file_override
    _file_override = Path(path) if path is not None else None


def store() -> QSettings:
    """The QSettings behind the registry (INI format everywhere)."""
    target = _file_override or (Path(os.environ[ENV_FILE]) if os.environ.get(ENV_FILE) else None)
    if target is not None:
        return QSettings(str(target), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def settings_file() -> Path:
    return Path(store().fileName())


def _coerce(setting: Setting[T], raw: object) -> T:
    kind: type[Any] = setting.type
    value: object
    if kind is bool:
        if isinstance(raw, bool):
            value = raw
        elif isinstance(raw, str) and raw.lower() in ("true", "1", "ya", "yes"):
            value = True
        elif isinstance(raw, str) and raw.lower() in ("false", "0", "tidak", "no"):
            value = False
        else:
            return setting.default
    elif kind is int:
        if isinstance(raw, bool):
            return setting.default
        try:
            value = int(cast(Any, raw))
        except (TypeError, ValueError):
            return setting.default
    elif kind is bytes:
        if isinstance(raw, QByteArray):
            value = raw.data()
        elif isinstance(raw, bytes):
            value = raw
        else:
            return setting.default
    else:
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            return setting.default
        value = str(raw)
    if setting.choices and value not in setting.choices:
        return setting.default
    return cast(T, value)


def get(setting: Setting[T]) -> T:
    raw = store().value(setting.key)
    if raw is None:
        return setting.default
    return _coerce(setting, raw)


def set(setting: Setting[T], value: T) -> None:
    if not isinstance(value, setting.type) or (
        setting.type is int and isinstance(value, bool)
    ):
        raise TypeError(f"{setting.key} menerima {setting.type.__name__}, bukan {value!r}")
    if setting.choices and value not in setting.choices:
        raise ValueError(f"{setting.key}: {value!r} bukan salah satu dari {setting.choices}")
    qs = store()
    qs.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)
    qs.sync()


def reset(setting: Setting[Any]) -> None:
    qs = store()
    qs.remove(setting.key)
    qs.sync()


# --- upgrades ---------------------------------------------------------------------------------
def _v0_to_v1(qs: QSettings) -> None:
    """Version 0 (no version stamp): "Folio" is now spelled F4; drop unknown paper names."""
    paper = qs.value(PAPER_SIZE.key)
    if isinstance(paper, str):
        normal = {"FOLIO": "F4", "F4": "F4", "A4": "A4"}.get(paper.strip().upper())
        if normal is None:
            qs.remove(PAPER_SIZE.key)
        else:
            qs.setValue(PAPER_SIZE.key, normal)


UPGRADES: list[Callable[[QSettings], None]] = [_v0_to_v1]
SETTINGS_VERSION = len(UPGRADES)


def upgrade() -> int:
    """Applies the missing upgrade functions in order; returns the version now stored."""
    qs = store()
    current = _coerce(VERSION, qs.value(VERSION.key, 0))
    if current > SETTINGS_VERSION:
        log.warning("Berkas pengaturan %s versi %d lebih baru dari aplikasi (versi %d); "
                    "dibiarkan apa adanya.", qs.fileName(), current, SETTINGS_VERSION)
        return current
    for version in range(current, SETTINGS_VERSION):
        UPGRADES[version](qs)
        qs.setValue(VERSION.key, version + 1)
        log.info("Pengaturan dinaikkan ke versi %d", version + 1)
    if current == SETTINGS_VERSION and qs.value(VERSION.key) is None:
        qs.setValue(VERSION.key, SETTINGS_VERSION)
    qs.sync()
    return SETTINGS_VERSION
