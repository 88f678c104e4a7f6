"""A searchable list of active pegawai to pick one from.

Used where a dialog needs one person: "Buat SKP" (the admin picks the pegawai whose
SKP it is, gui/skp_buat_dialog.py) and "Tugaskan laptop penilai" (the penilai whose
work a laptop carries, gui/sync_laptop_tab.py). A labelled search field (name or NIP,
``PegawaiFilterProxy``) over a one-row-selecting table of NIP, Nama, Jabatan and Unit.
The label's mnemonic focuses the search; Enter in the table goes to the dialog's
default button; a double click emits ``dipilih``. What the pick is for (the label, the
help texts) comes from the dialog.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.pegawai_model import (
    Column,
    PegawaiFilterProxy,
    PegawaiTableModel,
    StatusFilter,
)
from kinerja_desktop.services.pegawai import PegawaiRow, list_pegawai


class PegawaiPicker(QWidget):
    """Label, search field and table of active pegawai; one row can be selected.

    ``nama`` prefixes the object names (``<nama>_cari``, ``<nama>_pegawai``); ``label``
    is the text with its mnemonic (``"&Pegawai:"``); ``cari_tip`` and ``tabel_tip`` are
    the Indonesian help of the search field (also the label's) and of the table.
    """

    pilihan_berubah = Signal()  # the selected pegawai changed (or none is selected now)
    dipilih = Signal()  # a row was double-clicked: the dialog confirms the pick

    def __init__(self, nama: str, label: str, cari_tip: str, tabel_tip: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PegawaiTableModel(self)
        self.proxy = PegawaiFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_status_filter(StatusFilter.AKTIF)

        self.search = QLineEdit()
        self.search.setObjectName(f"{nama}_cari")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(cari_tip)
        self.search.textChanged.connect(self.proxy.set_search_text)

        self.table = QTableView()
        self.table.setObjectName(f"{nama}_pegawai")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setToolTip(tabel_tip)
        for col in (Column.GOLONGAN, Column.ATASAN, Column.STATUS):
            self.table.hideColumn(col)
        header = self.table.horizontalHeader()
        header.resizeSection(Column.NIP, 170)
        header.resizeSection(Column.NAMA, 220)
        header.resizeSection(Column.JABATAN, 200)
        header.setSectionResizeMode(Column.UNIT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self.pilihan_berubah.emit())
        self.table.doubleClicked.connect(lambda _index: self.dipilih.emit())

        self.label = QLabel(label)
        self.label.setBuddy(self.search)
        self.label.setToolTip(cari_tip)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)

    def load(self, ctx: AppContext) -> str | None:
        """Reads the pegawai the actor may see; a refusal's text is returned (the list
        stays empty), to be shown by the dialog."""
        try:
            self.model.set_rows(list_pegawai(ctx.db, ctx.actor))
        except UserError as exc:
            return str(exc)
        return None

    def pegawai(self) -> PegawaiRow | None:
        """The selected pegawai, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def pegawai_id(self) -> uuid.UUID | None:
        row = self.pegawai()
        return row.id if row is not None else None

    def select_pegawai(self, pegawai_id: uuid.UUID) -> bool:
        """Selects a pegawai in the list (clears the search when it hides him)."""
        row = self.proxy.proxy_row_of_id(pegawai_id)
        if row < 0:
            self.search.clear()
            row = self.proxy.proxy_row_of_id(pegawai_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True
