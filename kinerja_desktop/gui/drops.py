"""What a drag carries: the first local .xlsx file (imports start from a drop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def first_xlsx(mime: QMimeData) -> Path | None:
    """The first local .xlsx file among dragged URLs, or None."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".xlsx"):
            return Path(url.toLocalFile())
    return None
