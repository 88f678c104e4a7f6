"""The bold heading at the top of a page ("Penilaian tahun 2026"), the same on every page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

TITLE_SCALE = 1.3


def page_title(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label
