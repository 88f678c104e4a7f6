"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 dropped a reference to None on every void call; on Python 3.11
the app then aborted after a few thousand calls (seen on F5 with 4,000 units).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText("x")
        combo.addItem("unit")
        combo.setItemData(i, i)
    assert sys.getrefcount(None) >= before - 50
