"""Files and folders of the Sinkronisasi page: the remembered folders, the quarantine
folder, what a drag carries (packages, key cards, folders of packages), and flash drives
to write a package onto."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QStorageInfo

from kinerja_desktop import paths
from kinerja_desktop.gui import settings
from kinerja_desktop.services.sync_impor import KARANTINA
from kinerja_desktop.sync.key_card import SUFFIX as SUFFIX_KARTU
from kinerja_desktop.sync.package import SUFFIX as SUFFIX_PAKET

FOLDER_KIRIM = settings.Setting("sinkronisasi/folder_kirim", str, "",
                                "Folder atau flashdisk tujuan paket sinkronisasi terakhir")
FOLDER_IMPOR = settings.Setting("sinkronisasi/folder_impor", str, "",
                                "Folder paket sinkronisasi yang terakhir diimpor")
PEMBAGI = settings.Setting("sinkronisasi/pembagi", bytes, b"",
                           "Tinggi panel status dan tab halaman Sinkronisasi")
TAB_TERAKHIR = settings.Setting("sinkronisasi/tab", int, 0,
                                "Tab terakhir halaman Sinkronisasi")

_FAT = ("vfat", "fat", "fat32", "exfat", "msdos")
_MEDIA = ("/media/", "/run/media/", "/Volumes/")


def folder_awal(*pilihan: settings.Setting[str]) -> str:
    """The first remembered folder that still exists, else the home folder."""
    for setting in pilihan:
        folder = settings.get(setting)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def karantina_folder() -> Path:
    """Where refused packages are copied (the CLI's default too)."""
    return paths.data_dir() / KARANTINA


def berkas_dijatuhkan(mime: QMimeData) -> tuple[list[Path], list[Path]]:
    """Dragged local files: (.kinerja packages, .kinerja-kunci cards). A folder stands
    for the packages in it, oldest name first (as ``kinerja sync import`` does)."""
    paket: list[Path] = []
    kartu: list[Path] = []
    if not mime.hasUrls():
        return paket, kartu
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        name = path.name.lower()
        if path.is_dir():
            paket.extend(sorted(p for p in path.iterdir()
                                if p.name.lower().endswith(SUFFIX_PAKET)))
        elif name.endswith(SUFFIX_PAKET):
            paket.append(path)
        elif name.endswith(SUFFIX_KARTU):
            kartu.append(path)
    return paket, kartu


def drive_lepasan() -> list[tuple[str, Path]]:
    """Mounted volumes that look like flash drives: (label, root), writable and ready.

    Qt does not say "removable"; FAT/exFAT volumes and mounts under /media, /run/media
    or /Volumes are what a USB stick looks like on Windows, Linux and macOS.
    """
    out: list[tuple[str, Path]] = []
    system = QStorageInfo.root().rootPath()
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if root == system:
            continue
        fs = bytes(volume.fileSystemType().data()).decode(errors="replace").lower()
        if fs in _FAT or root.startswith(_MEDIA):
            label = volume.displayName() or root
            out.append((f"{label} ({root})" if label != root else root, Path(root)))
    return out
