"""Where the app writes files (xlsx, pdf): checked before work starts, saved atomically."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from kinerja_desktop.domain.errors import UserError


def check_target(path: Path | str, suffix: str = ".xlsx") -> Path:
    """Refuses a target that cannot become a ``suffix`` file, before any work is done."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise UserError(f"Nama file {path.name} harus berakhiran {suffix}.")
    if not path.parent.is_dir():
        raise UserError(f"Folder {path.parent} tidak ditemukan.")
    if path.is_dir():
        raise UserError(f"{path} adalah folder; pilih nama file {suffix}.")
    return path


def _atomic(path: Path, write: Callable[[Path], None], suffix: str) -> Path:
    """Writes next to ``path`` then renames, so a failed save leaves no half-written file."""
    path = check_target(path, suffix)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{suffix}")
    try:
        write(tmp)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            f"File {path.name} tidak dapat ditulis: izin ditolak, atau file itu sedang dibuka "
            "di aplikasi lain. Tutup file tersebut lalu coba lagi."
        ) from None
    except OSError as exc:
        raise UserError(f"File {path.name} tidak dapat ditulis: {exc.strerror or exc}.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return path


def save_atomic(wb: Workbook, path: Path) -> Path:
    return _atomic(Path(path), wb.save, ".xlsx")


def write_bytes_atomic(data: bytes, path: Path | str, suffix: str = ".pdf") -> Path:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return _atomic(Path(path), write, suffix)
