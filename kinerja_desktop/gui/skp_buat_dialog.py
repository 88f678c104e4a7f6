"""Dialog "Buat SKP <tahun>": an admin picks the pegawai (gui/pegawai_picker.py), a
pegawai makes his own.

The new SKP is a draft; its pejabat penilai is resolved from the atasan on the
start date (``services.skp.buat_skp``). Last year's plan can be the starting
point. A pegawai who already has an SKP that year gets "Buka SKP itu" instead.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.nip import format_nip
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import IsiSKP, Pendekatan
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.pegawai_picker import PegawaiPicker
from kinerja_desktop.gui.skp_list_model import status_tampil, status_text
from kinerja_desktop.services.pegawai import get_pegawai
from kinerja_desktop.services.skp import SkpRingkas, buat_skp, isi_tahun_lalu, list_skp

ERROR_STYLE = "color: #b3261e;"


class BuatSkpDialog(QDialog):
    """Creates one SKP; ``created_id`` (new) or ``open_id`` (existing one to open) after exec."""

    def __init__(self, ctx: AppContext, tahun: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tahun = tahun
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.created_id: uuid.UUID | None = None
        self.open_id: uuid.UUID | None = None
        self._existing: dict[uuid.UUID, SkpRingkas] = {}
        self._last_year: IsiSKP | None = None
        self._own_id: uuid.UUID | None = ctx.actor.pegawai_id
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self.setWindowTitle(self.tr("Buat SKP tahun {tahun}").format(tahun=tahun))

        intro = QLabel(self.tr(
            "SKP baru dibuat sebagai <b>draf</b>. Pejabat penilai kinerja ditentukan otomatis "
            "dari atasan langsung pada tanggal mulai (Plt/Plh diperhitungkan)."))
        intro.setWordWrap(True)
        try:
            self._existing = {r.pegawai_id: r for r in list_skp(ctx.db, ctx.actor, tahun)}
        except UserError as exc:
            self._existing = {}
            intro.setText(intro.text() + " " + str(exc))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.picker: PegawaiPicker | None = None
        self.own_label: QLabel | None = None
        if self.is_admin:
            self.picker = PegawaiPicker(
                "buat_skp", self.tr("&Pegawai:"),
                self.tr("Ketik sebagian nama atau NIP pegawai pemilik SKP. Contoh: budi, atau "
                        "198609262015051001."),
                self.tr("Pilih pegawai aktif yang akan dibuatkan SKP."))
            error = self.picker.load(ctx)
            if error is not None:
                intro.setText(intro.text() + " " + error)
            self.picker.pilihan_berubah.connect(lambda: self._update_for(self.pegawai_id()))
            self.picker.dipilih.connect(self.accept)
            layout.addWidget(self.picker, 1)
        else:
            self.own_label = QLabel()
            self.own_label.setWordWrap(True)
            self.own_label.setToolTip(self.tr("SKP dibuat untuk Anda sendiri."))
            if self._own_id is None:
                self.own_label.setText(self.tr(
                    "Akun ini belum terhubung dengan data pegawai; minta admin "
                    "menghubungkannya, atau minta admin membuatkan SKP Anda."))
            else:
                try:
                    me = get_pegawai(ctx.db, ctx.actor, self._own_id)
                    self.own_label.setText(self.tr("<b>Pegawai:</b> {nama} — NIP {nip}<br>"
                                                   "{jabatan}, {unit}").format(
                        nama=me.nama_lengkap, nip=me.nip_tercetak, jabatan=me.jabatan,
                        unit=me.unit_nama or ""))
                except UserError as exc:
                    self.own_label.setText(str(exc))
            layout.addWidget(self.own_label)

        self.pendekatan = QComboBox()
        self.pendekatan.addItem(self.tr("Kuantitatif"), Pendekatan.KUANTITATIF.value)
        self.pendekatan.addItem(self.tr("Kualitatif"), Pendekatan.KUALITATIF.value)
        self.pendekatan.setToolTip(self.tr(
            "Kuantitatif: target berupa angka dan satuan (contoh: 12 laporan) dengan aspek "
            "kuantitas/kualitas/waktu/biaya. Kualitatif: target berupa uraian (contoh: "
            "dokumen disetujui pimpinan tanpa revisi)."))
        self.mulai = QDateEdit(QDate(tahun, 1, 1))
        self.mulai.setCalendarPopup(True)
        self.mulai.setDisplayFormat("d MMMM yyyy")
        self.mulai.setLocale(self._locale)
        self.mulai.setDateRange(QDate(tahun, 1, 1), QDate(tahun, 12, 31))
        self.mulai.setToolTip(self.tr(
            "Awal periode SKP. Biasanya 1 Januari; untuk pegawai yang pindah jabatan di tengah "
            "tahun, tanggal mulai jabatan baru (contoh: 1 Juli {tahun}).").format(tahun=tahun))
        self.salin = QCheckBox(self.tr("Mulai dari isi SKP tahun {lalu}").format(lalu=tahun - 1))
        self.salin.setToolTip(self.tr(
            "Menyalin RHK, IKI dan target SKP tahun lalu sebagai titik awal; RHK yang "
            "diintervensi dipilih ulang dari SKP pejabat penilai tahun ini."))
        self.salin.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Pe&ndekatan:"), self.pendekatan)
        form.addRow(self.tr("&Mulai:"), self.mulai)
        form.addRow("", self.salin)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("buat_skp_pesan")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.open_button = QPushButton(self.tr("Buka SKP itu"))
        self.open_button.setToolTip(self.tr("Membuka SKP yang sudah ada di editor."))
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_existing)
        self.create_button = QPushButton(self.tr("Buat SKP"))
        self.create_button.setDefault(True)
        self.create_button.setToolTip(self.tr("Membuat SKP draf lalu membukanya di editor."))
        self.create_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Batal"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.resize(760 if self.is_admin else 520, 560 if self.is_admin else 260)
        self._update_for(self.pegawai_id())

    # ---- choice ---------------------------------------------------------------------------
    def pegawai_id(self) -> uuid.UUID | None:
        if self.picker is None:
            return self._own_id
        return self.picker.pegawai_id()

    def select_pegawai(self, pegawai_id: uuid.UUID) -> bool:
        """Selects a pegawai in the admin's list (clears the search when it hides him)."""
        return self.picker is not None and self.picker.select_pegawai(pegawai_id)

    def _update_for(self, pegawai_id: uuid.UUID | None) -> None:
        self.message.hide()
        self.open_button.hide()
        self._last_year = None
        if pegawai_id is None:
            self.create_button.setEnabled(False)
            self.salin.setEnabled(False)
            self.salin.setChecked(False)
            return
        existing = self._existing.get(pegawai_id)
        if existing is not None:
            self.create_button.setEnabled(False)
            self.salin.setEnabled(False)
            self._say(self.tr("{nama} sudah memiliki SKP tahun {tahun} (status {status}). Buka "
                              "SKP itu, atau buat revisinya dari editor bila sudah "
                              "ditetapkan.").format(
                nama=existing.nama, tahun=self.tahun,
                status=status_text(status_tampil(existing)).lower()), error=True)
            self.open_button.show()
            return
        self.create_button.setEnabled(True)
        try:
            self._last_year = isi_tahun_lalu(self.ctx.db, self.ctx.actor, pegawai_id,
                                              self.tahun)
        except UserError:
            self._last_year = None
        self.salin.setEnabled(self._last_year is not None)
        self.salin.setChecked(self._last_year is not None)
        if self._last_year is not None:
            pos = self.pendekatan.findData(self._last_year.pendekatan.value)
            self.pendekatan.setCurrentIndex(max(0, pos))
        if self._last_year is None:
            self.salin.setToolTip(self.tr("Tidak ada SKP tahun {lalu} untuk pegawai ini."
                                          ).format(lalu=self.tahun - 1))

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()

    def _open_existing(self) -> None:
        pegawai_id = self.pegawai_id()
        existing = self._existing.get(pegawai_id) if pegawai_id else None
        if existing is not None:
            self.open_id = existing.id
            super().accept()

    def accept(self) -> None:
        pegawai_id = self.pegawai_id()
        if pegawai_id is None:
            self._say(self.tr("Pilih pegawai pemilik SKP terlebih dahulu."), error=True)
            return
        if pegawai_id in self._existing:
            self._update_for(pegawai_id)
            return
        mulai = self.mulai.date().toPython()
        assert isinstance(mulai, dt.date)
        pendekatan = Pendekatan(str(self.pendekatan.currentData()))
        isi = self._last_year if self.salin.isChecked() else None
        if isi is not None:
            isi.pendekatan = pendekatan
        try:
            self.created_id = buat_skp(self.ctx.db, self.ctx.actor, pegawai_id, self.tahun,
                                       mulai=mulai, pendekatan=pendekatan, isi=isi)
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        super().accept()


def describe(row: SkpRingkas) -> str:
    """"Budi Santoso (NIP 1986…)" for messages."""
    return f"{row.nama} (NIP {format_nip(row.nip)})"

