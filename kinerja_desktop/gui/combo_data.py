"""Reading and setting a combo box by its items' data (a code or key as text).

For combos whose items carry a code as their data: the peer of a package (sync page),
the period of the province recap, the laptop of an assignment. Empty data ("") means
"nothing chosen", as the "Semua …" first items of the filters have it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def data_teks(combo: QComboBox) -> str | None:
    """The current item's data when it is non-empty text, else None."""
    data = combo.currentData()
    return data if isinstance(data, str) and data else None


def pilih_data(combo: QComboBox, data: object) -> bool:
    """Makes the item with ``data`` current; False (nothing changed) when none has it."""
    pos = combo.findData(data)
    if pos >= 0:
        combo.setCurrentIndex(pos)
    return pos >= 0
