"""Marks table strings for translation where they are defined.

pyside6-lupdate extracts ``QT_TRANSLATE_NOOP("Context", "text")`` by name; this
typed version returns the text unchanged (PySide6's own returns ``object``), and
the code translates it with ``QCoreApplication.translate("Context", text)`` where
it is shown.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
