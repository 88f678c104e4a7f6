"""Where the app writes xlsx files: checked before work starts, saved atomically."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from openpyxl import Workbook

from kinerja_desktop.domain.errors import UserError


def check_target(path: Path | str) -> Path:
    """Refuses a target that cannot become an xlsx file, before any work is done."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"Nama file {path.name} harus berakhiran .xlsx.")
    if not path.parent.is_dir():
        raise UserError(f"Folder {path.parent} tidak ditemukan.")
    if path.is_dir():
        raise UserError(f"{path} adalah folder; pilih nama file .xlsx.")
    return path


def save_atomic(wb: Workbook, path: Path) -> Path:
    """Writes next to ``path`` then renames, so a failed save leaves no half-written file."""
    path = check_target(path)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            f"File {path.name} tidak dapat ditulis: izin ditolak, atau file itu sedang dibuka "
            "di Excel. Tutup file tersebut lalu coba lagi."
        ) from None
    except OSError as exc:
        raise UserError(f"File {path.name} tidak dapat ditulis: {exc.strerror or exc}.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return path
