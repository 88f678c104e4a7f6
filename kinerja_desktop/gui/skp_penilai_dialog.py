"""Dialogs for the admin's exceptions to the hierarchy: another penilai, and a mutasi.

The penilai of an SKP comes from the atasan hierarchy on the date (Plt/Plh
honoured). The admin may name someone else — a pegawai of this office or an
official outside it (the Sekda who assesses a head of office) — always with a
reason that is kept. A mutasi closes the SKP and opens a new one.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.nip import normalize_nip
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.skp import Identitas, SkpDetail
from kinerja_desktop.services.skp_workflow import ganti_penilai, tutup_mutasi


class GantiPenilaiDialog(QDialog):
    """Names another pejabat penilai (and optionally his atasan) with a kept reason."""

    def __init__(self, ctx: AppContext, skp: SkpDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skp = skp
        self.result_detail: SkpDetail | None = None
        self.setWindowTitle(self.tr("Ganti pejabat penilai kinerja"))
        layout = QVBoxLayout(self)
        now = skp.penilai.nama if skp.penilai else self.tr("(belum ada)")
        intro = QLabel(self.tr(
            "Pejabat penilai SKP {nama} saat ini: <b>{penilai}</b>. Biasanya ditentukan dari "
            "atasan langsung (atau Plt/Plh) pada tanggalnya; ganti hanya bila memang berbeda, "
            "dan tuliskan alasannya."
        ).format(nama=skp.pegawai.nama, penilai=now))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.dalam = QRadioButton(self.tr("Pegawai kantor ini"))
        self.luar = QRadioButton(self.tr("Pejabat dari luar kantor (mis. Sekretaris Daerah)"))
        self.dalam.setToolTip(self.tr("Pejabat penilai terdaftar sebagai pegawai di kantor ini."))
        self.luar.setToolTip(self.tr(
            "Untuk kepala kantor yang dinilai pejabat di instansi lain; persetujuan SKP lalu "
            "dicatat oleh admin atas nama pejabat itu."
        ))
        group = QButtonGroup(self)
        group.addButton(self.dalam)
        group.addButton(self.luar)
        layout.addWidget(self.dalam)

        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("NIP 18 digit, mis. 19700101 199003 1 001"))
        self.nip.setToolTip(self.tr("NIP pejabat penilai; namanya muncul di bawah bila terdaftar."))
        self.nip_nama = QLabel()
        self.nip.textChanged.connect(self._lookup)
        inner = QFormLayout()
        inner.addRow(self.tr("NIP pejabat penilai"), self.nip)
        inner.addRow("", self.nip_nama)
        layout.addLayout(inner)

        layout.addWidget(self.luar)
        self.luar_fields: dict[str, QLineEdit] = {}
        outer = QFormLayout()
        for key, label, tip in (
            ("nama", self.tr("Nama dan gelar"), self.tr("Mis. Drs. H. Ahmad Fauzi, M.Si.")),
            ("nip", self.tr("NIP"), self.tr("Boleh dikosongkan bila bukan ASN.")),
            ("pangkat_gol", self.tr("Pangkat/gol. ruang"),
             self.tr("Seperti tercetak, mis. Pembina Utama Madya, IV/d")),
            ("jabatan", self.tr("Jabatan"), self.tr("Mis. Sekretaris Daerah")),
            ("unit_kerja", self.tr("Instansi / unit kerja"),
             self.tr("Mis. Sekretariat Daerah Kabupaten Tanggamus")),
        ):
            edit = QLineEdit()
            edit.setToolTip(tip)
            edit.setPlaceholderText(tip)
            self.luar_fields[key] = edit
            outer.addRow(label, edit)
        layout.addLayout(outer)

        self.alasan = QPlainTextEdit()
        self.alasan.setPlaceholderText(self.tr(
            "Mis. Kepala dinas dinilai oleh Sekretaris Daerah (Perbup No. 12 Tahun 2026)."
        ))
        self.alasan.setToolTip(self.tr("Alasan disimpan dan terlihat di riwayat SKP."))
        self.alasan.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Alasan"), self.alasan)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.dalam.toggled.connect(self._sync_enabled)
        (self.luar if skp.penilai is None or skp.penilai.pegawai_id is None
         else self.dalam).setChecked(True)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        inside = self.dalam.isChecked()
        self.nip.setEnabled(inside)
        for edit in self.luar_fields.values():
            edit.setEnabled(not inside)

    def _lookup(self, text: str) -> None:
        digits = normalize_nip(text)
        if len(digits) != 18:
            self.nip_nama.setText(self.tr("{n} dari 18 digit").format(n=len(digits)))
            return
        try:
            found = find_pegawai_by_nip(self.ctx.db, self.ctx.actor, digits)
        except UserError:
            self.nip_nama.setText(self.tr("NIP ini belum terdaftar di kantor ini."))
            return
        self.nip_nama.setText(found.nama_lengkap)

    def _save(self) -> None:
        alasan = self.alasan.toPlainText()
        try:
            if self.dalam.isChecked():
                found = find_pegawai_by_nip(self.ctx.db, self.ctx.actor, self.nip.text())
                detail = ganti_penilai(self.ctx.db, self.ctx.actor, self.skp.id, alasan,
                                       penilai_id=found.id)
            else:
                f = {k: e.text().strip() for k, e in self.luar_fields.items()}
                luar = Identitas(None, f["nama"], f["nip"], f["pangkat_gol"], f["jabatan"],
                                 f["unit_kerja"])
                detail = ganti_penilai(self.ctx.db, self.ctx.actor, self.skp.id, alasan,
                                       penilai_luar=luar)
        except Exception as exc:
            show_error(self, exc)
            return
        self.result_detail = detail
        self.accept()


class MutasiDialog(QDialog):
    """Closes the SKP on a move and opens a new draft for the new position."""

    def __init__(self, ctx: AppContext, skp: SkpDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skp = skp
        self.new_skp_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Catat mutasi pegawai"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "SKP {nama} tahun {tahun} ditutup sehari sebelum tanggal mutasi, lalu SKP baru "
            "(draf) dibuat untuk jabatan baru mulai tanggal itu. Simpan dulu unit kerja, "
            "jabatan dan atasan yang baru di halaman Pegawai; pejabat penilai SKP baru "
            "diambil dari data itu."
        ).format(nama=skp.pegawai.nama, tahun=skp.tahun))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.tanggal = QDateEdit()
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("dd-MM-yyyy")
        first = skp.periode_mulai + dt.timedelta(days=1)
        self.tanggal.setDateRange(QDate(first.year, first.month, first.day),
                                  QDate(skp.periode_selesai.year, skp.periode_selesai.month,
                                        skp.periode_selesai.day))
        today = min(max(dt.date.today(), first), skp.periode_selesai)
        self.tanggal.setDate(QDate(today.year, today.month, today.day))
        self.tanggal.setToolTip(self.tr("Tanggal mulai bertugas di jabatan baru (TMT mutasi)."))
        form = QFormLayout()
        form.addRow(self.tr("Tanggal mutasi (TMT)"), self.tanggal)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Tutup dan buat SKP baru"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _save(self) -> None:
        d = self.tanggal.date()
        try:
            self.new_skp_id = tutup_mutasi(self.ctx.db, self.ctx.actor, self.skp.id,
                                           dt.date(d.year(), d.month(), d.day()))
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
