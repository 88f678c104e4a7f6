"""The "Riwayat" tab of the Pegawai detail: this pegawai's evaluated periods."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.services.penilaian import RiwayatPenilaian, riwayat_pegawai


class PegawaiRiwayatTab(QWidget):
    """Period, status, both ratings and the predikat, newest first (read-only)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pegawai_id: uuid.UUID | None = None
        self.rows: list[RiwayatPenilaian] = []
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Periode"), self.tr("Tanggal"), self.tr("Status"),
            self.tr("Rating hasil kerja"), self.tr("Rating perilaku"), self.tr("Predikat")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr(
            "Penilaian pegawai ini per periode. Penilaian diisi di halaman Penilaian; "
            "dokumennya dicetak di halaman Cetak."))
        layout.addWidget(self.table, 1)

    def show_pegawai(self, pegawai_id: uuid.UUID | None) -> None:
        self.pegawai_id = pegawai_id
        self.rows = []
        if pegawai_id is not None:
            try:
                self.rows = riwayat_pegawai(self.ctx.db, self.ctx.actor, pegawai_id)
            except UserError as exc:
                show_error(self, exc)
        self.table.setRowCount(len(self.rows))
        fmt = "d MMM yyyy"
        for r, row in enumerate(self.rows):
            tanggal = " – ".join(
                self._locale.toString(QDate(d.year, d.month, d.day), fmt)
                for d in (row.mulai, row.selesai))
            cells = (f"{row.periode_label} {row.tahun}", tanggal, row.status.label,
                     row.rating_hasil_kerja.label if row.rating_hasil_kerja else "—",
                     row.rating_perilaku.label if row.rating_perilaku else "—",
                     row.predikat.label if row.predikat else "—")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if pegawai_id is None:
            self.hint.setText(self.tr("Pilih pegawai untuk melihat riwayat penilaiannya."))
        elif not self.rows:
            self.hint.setText(self.tr(
                "Belum ada periode yang dinilai untuk pegawai ini. Penilaian muncul di sini "
                "setelah realisasi diisi atau penilai memberi rating di halaman Penilaian."))
        else:
            self.hint.setText(self.tr("{n} periode penilaian, terbaru di atas.").format(
                n=len(self.rows)))
