"""The "SKP" tab of the Pegawai detail: this pegawai's plans over the years."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.skp_list_model import (
    STATUS_COLORS,
    status_help,
    status_tampil,
    status_text,
)
from kinerja_desktop.services.skp import SkpRingkas, list_skp_pegawai


class PegawaiSkpTab(QWidget):
    """Lists the SKPs of the shown pegawai; double-click opens one on the SKP page."""

    open_requested = Signal(object)  # skp id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pegawai_id: uuid.UUID | None = None
        self.rows: list[SkpRingkas] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tahun"), self.tr("Versi"), self.tr("Status"), self.tr("Pejabat penilai")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Klik dua kali untuk membuka SKP di halaman SKP."))
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Buka SKP"))
        self.open_button.setToolTip(self.tr("Membuka SKP terpilih di halaman SKP."))
        self.open_button.clicked.connect(self.open_current)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_pegawai(self, pegawai_id: uuid.UUID | None) -> None:
        self.pegawai_id = pegawai_id
        self.rows = []
        if pegawai_id is not None:
            try:
                self.rows = list_skp_pegawai(self.ctx.db, self.ctx.actor, pegawai_id)
            except UserError as exc:
                show_error(self, exc)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            versi = (self.tr("Revisi ke-{n}").format(n=row.revisi_ke) if row.revisi_ke
                     else self.tr("Awal"))
            status = status_tampil(row)
            cells = (str(row.tahun), versi, status_text(status), row.penilai_nama or "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c == 2:  # text plus colour, never colour alone
                    fg, bg = STATUS_COLORS[status]
                    item.setForeground(fg)
                    item.setBackground(bg)
                    item.setToolTip(status_help(status))
                self.table.setItem(r, c, item)
        if pegawai_id is None:
            self.hint.setText("")
        elif not self.rows:
            self.hint.setText(self.tr(
                "Pegawai ini belum punya SKP. Buat SKP di halaman SKP (tombol Buat SKP, "
                "Ctrl+N)."))
        else:
            self.hint.setText(self.tr(
                "SKP pegawai ini, tahun terbaru di atas; versi lama yang digantikan revisi "
                "tetap tersimpan."))
        self.open_button.setEnabled(bool(self.rows))
        if self.rows:
            self.table.selectRow(0)

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].id)
