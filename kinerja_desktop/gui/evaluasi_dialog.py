"""The evaluation form of one SKP for one period (SCREENS §8, issue 4 points 1–3).

Opened from the Penilaian page (double-click) as
``EvaluasiDialog(ctx, skp_id, periode_key, parent).exec()``. A header names the
pegawai, the penilai, the period and its status (text plus colour); three tabs:
Realisasi (owner/admin), Umpan balik and Penilaian (the penilai, Plt/Plh, admin).
Whoever may only read sees everything disabled, with a banner saying why.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import ConflictError, UserError
from kinerja_desktop.domain.evaluasi import MIN_ALASAN_OVERRIDE, StatusEvaluasi
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi, predikat_kinerja
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.evaluasi_tabs import (
    ERROR,
    RealisasiTab,
    UmpanBalikTab,
    color,
    hint_label,
)
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.skp_editor_tabs import BANNER_COLORS
from kinerja_desktop.services import penilaian as penilaian_service
from kinerja_desktop.services import realisasi as realisasi_service
from kinerja_desktop.services import umpan_balik as umpan_balik_service
from kinerja_desktop.services.penilaian import PenilaianDTO
from kinerja_desktop.services.realisasi import EvaluasiDTO
from kinerja_desktop.services.skp import Identitas
from kinerja_desktop.services.umpan_balik import FrasaDTO, UmpanBalikDTO

# (background, text) per status: text plus colour, never colour alone (SCREENS rules).
STATUS_COLORS: dict[StatusEvaluasi, tuple[str, str]] = {
    StatusEvaluasi.BELUM_DIISI: ("#e4e4e4", "#333333"),  # abu-abu
    StatusEvaluasi.REALISASI_DIISI: ("#e0f2f1", "#00695c"),  # hijau kebiruan
    StatusEvaluasi.DIAJUKAN: ("#fff4ce", "#5c4400"),  # kuning
    StatusEvaluasi.DINILAI: ("#e3f0fd", "#0d47a1"),  # biru
    StatusEvaluasi.DITUTUP: ("#e6f4ea", "#1b6e2e"),  # hijau
}
RATINGS = (Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI)


def today() -> dt.date:
    """The date the form compares the period's end with (tests may replace it)."""
    return dt.date.today()


def _orang(p: Identitas | None) -> str:
    if p is None:
        return "–"
    parts = [p.nama, f"NIP {p.nip}" if p.nip else "", p.jabatan]
    return " · ".join(x for x in parts if x)


class EvaluasiDialog(QDialog):
    def __init__(self, ctx: AppContext, skp_id: uuid.UUID, periode_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.skp_id = skp_id
        self.periode_key = periode_key
        self.ev: EvaluasiDTO | None = None
        self.pen: PenilaianDTO | None = None
        self.umpan_balik: list[UmpanBalikDTO] = []
        self.frasa: list[FrasaDTO] = []
        self.boleh_nilai = False
        self.setWindowTitle(self.tr("Evaluasi kinerja"))
        self.resize(1300, 700)
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._build_header())
        self.banner = QLabel()
        self.banner.setObjectName("evaluasi_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.realisasi_tab = RealisasiTab(self)
        self.umpan_balik_tab = UmpanBalikTab(self)
        self.penilaian_tab = self._build_penilaian()
        self.tabs.addTab(self.realisasi_tab, self.tr("Realisasi"))
        self.tabs.addTab(self.umpan_balik_tab, self.tr("Umpan balik"))
        self.tabs.addTab(self.penilaian_tab, self.tr("Penilaian"))
        self.tabs.setTabToolTip(0, self.tr(
            "Realisasi tiap indikator (IKI) dengan bukti dukung, diisi pegawai lalu diajukan"))
        self.tabs.setTabToolTip(1, self.tr(
            "Umpan balik pejabat penilai per RHK dan per core value BerAKHLAK"))
        self.tabs.setTabToolTip(2, self.tr(
            "Rating hasil kerja dan perilaku, predikat, catatan/rekomendasi (setelah periode "
            "berakhir)"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(self.tr("Muat ulang"),
                                               QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip(self.tr("Membaca ulang data dari basis data (F5)"))
        self.reload_button.setShortcut("F5")
        self.reload_button.clicked.connect(self.reload)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _build_header(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("evaluasi_header")
        grid = QGridLayout(frame)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(2)

        def caption(text: str, tip: str, row: int, col: int) -> QLabel:
            label = hint_label(text)
            label.setToolTip(tip)
            grid.addWidget(label, row, col)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setToolTip(tip)
            grid.addWidget(value, row, col + 1)
            return value

        self.pegawai_label = caption(self.tr("Pegawai yang dinilai"), self.tr(
            "Pemilik SKP, mis. Budi Santoso · NIP 19860926 201505 1 001 · Pengadministrasi "
            "Umum"), 0, 0)
        self.penilai_label = caption(self.tr("Pejabat penilai kinerja"), self.tr(
            "Yang menilai periode ini (atau Plt/Plh-nya), mis. Siti Aminah · Sekretaris"), 1, 0)
        self.periode_label = caption(self.tr("Periode"), self.tr(
            "Periode penilaian dan tanggalnya, mis. TRIWULAN I · 1 Januari 2025 – "
            "31 Maret 2025"), 0, 2)
        self.atasan_label = caption(self.tr("Atasan pejabat penilai"), self.tr(
            "Tercetak pada Dokumen Evaluasi; diambil dari SKP, mis. Ahmad Fauzi · Kepala "
            "Dinas"), 1, 2)
        self.badge = QLabel()
        self.badge.setObjectName("evaluasi_status")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(140)
        self.badge.setToolTip(self.tr(
            "Status periode: Belum diisi (abu-abu) → Realisasi diisi → Diajukan (kuning) → "
            "Dinilai (biru) → Ditutup (hijau)."))
        grid.addWidget(self.badge, 0, 4, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return frame

    def _build_penilaian(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(8, 6, 8, 6)
        self.nilai_banner = QLabel()
        self.nilai_banner.setObjectName("penilaian_banner")
        self.nilai_banner.setWordWrap(True)
        self.nilai_banner.hide()
        outer.addWidget(self.nilai_banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rating_groups: dict[str, QButtonGroup] = {}
        tips = {
            "hasil": self.tr(
                "Rating hasil kerja: seberapa jauh realisasi RHK/IKI memenuhi ekspektasi, mis. "
                "'Sesuai Ekspektasi' bila semua target tercapai."),
            "perilaku": self.tr(
                "Rating perilaku kerja atas tujuh core value BerAKHLAK, mis. 'Di Atas "
                "Ekspektasi' bila perilakunya menjadi teladan."),
        }
        for key, caption in (("hasil", self.tr("Rating hasil kerja")),
                             ("perilaku", self.tr("Rating perilaku kerja"))):
            group = QButtonGroup(tab)
            row = QHBoxLayout()
            for i, rating in enumerate(RATINGS):
                radio = QRadioButton(rating.label)
                radio.setObjectName(f"rating_{key}_{i + 1}")
                radio.setToolTip(tips[key])
                group.addButton(radio, i)
                row.addWidget(radio)
            row.addStretch(1)
            group.idToggled.connect(self._rating_toggled)
            self.rating_groups[key] = group
            label = QLabel(caption)
            label.setToolTip(tips[key])
            form.addRow(label, row)
        self.matriks_label = QLabel("–")
        self.matriks_label.setObjectName("predikat_matriks")
        f = self.matriks_label.font()
        f.setBold(True)
        self.matriks_label.setFont(f)
        matriks_tip = self.tr(
            "Dihitung otomatis dari kedua rating menurut matriks Permenpan RB 6/2022, mis. "
            "Sesuai + Sesuai = Baik.")
        self.matriks_label.setToolTip(matriks_tip)
        cap = QLabel(self.tr("Predikat menurut matriks"))
        cap.setToolTip(matriks_tip)
        form.addRow(cap, self.matriks_label)

        self.override_combo = QComboBox()
        self.override_combo.setObjectName("predikat_override")
        self.override_combo.addItem(self.tr("Sesuai matriks"), None)
        for p in Predikat:
            self.override_combo.addItem(p.label, p.value)
        override_tip = self.tr(
            "Biasanya 'Sesuai matriks'. Pilih predikat lain hanya dengan alasan tertulis yang "
            "disimpan, mis. Sangat Baik karena menyelesaikan tugas darurat di luar rencana.")
        self.override_combo.setToolTip(override_tip)
        self.override_combo.currentIndexChanged.connect(lambda _i: self._update_predikat())
        cap = QLabel(self.tr("Predikat ditetapkan"))
        cap.setToolTip(override_tip)
        form.addRow(cap, self.override_combo)
        self.alasan_edit = QLineEdit()
        self.alasan_edit.setObjectName("alasan_override")
        self.alasan_edit.setPlaceholderText(self.tr(
            "mis. Menyelesaikan kurikulum darurat di luar rencana kerja"))
        self.alasan_edit.setToolTip(self.tr(
            "Wajib bila predikat berbeda dari matriks, paling sedikit {n} huruf; tercatat "
            "pada riwayat dan dokumen evaluasi.").format(n=MIN_ALASAN_OVERRIDE))
        self.alasan_edit.textChanged.connect(lambda _t: self._update_predikat())
        self.alasan_rule = QLabel()
        self.alasan_rule.setObjectName("alasan_rule")
        self.alasan_rule.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(self.alasan_edit)
        box.addWidget(self.alasan_rule)
        cap = QLabel(self.tr("Alasan perubahan predikat"))
        cap.setToolTip(self.alasan_edit.toolTip())
        form.addRow(cap, box)

        self.organisasi_combo = QComboBox()
        self.organisasi_combo.setObjectName("capaian_organisasi")
        self.organisasi_combo.addItem(self.tr("Tidak diisi"), None)
        for o in PredikatOrganisasi:
            self.organisasi_combo.addItem(o.label, o.value)
        self.organisasi_combo.setToolTip(self.tr(
            "Capaian kinerja organisasi unit pada periode ini (opsional), mis. 'Baik'; bagi "
            "pimpinan organisasi menentukan rating hasil kerjanya."))
        cap = QLabel(self.tr("Capaian kinerja organisasi"))
        cap.setToolTip(self.organisasi_combo.toolTip())
        form.addRow(cap, self.organisasi_combo)
        self.catatan_edit = QPlainTextEdit()
        self.catatan_edit.setObjectName("catatan_rekomendasi")
        self.catatan_edit.setTabChangesFocus(True)
        self.catatan_edit.setMaximumHeight(90)
        for w in (self.override_combo, self.organisasi_combo):
            w.setMaximumWidth(320)
        self.alasan_edit.setMaximumWidth(640)
        self.catatan_edit.setMaximumWidth(640)
        self.catatan_edit.setToolTip(self.tr(
            "Catatan dan rekomendasi pejabat penilai, mis. 'Diusulkan mengikuti pelatihan "
            "penyusunan laporan keuangan.'"))
        cap = QLabel(self.tr("Catatan/rekomendasi"))
        cap.setToolTip(self.catatan_edit.toolTip())
        form.addRow(cap, self.catatan_edit)
        self.atasan_nilai_label = QLabel()
        self.atasan_nilai_label.setToolTip(self.atasan_label.toolTip())
        cap = QLabel(self.tr("Atasan pejabat penilai"))
        cap.setToolTip(self.atasan_label.toolTip())
        form.addRow(cap, self.atasan_nilai_label)
        self.dinilai_label = hint_label()
        form.addRow("", self.dinilai_label)
        outer.addLayout(form)
        outer.addStretch(1)

        row = QHBoxLayout()
        self.nilai_pesan = hint_label()
        self.nilai_pesan.setObjectName("penilaian_pesan")
        row.addWidget(self.nilai_pesan, 1)
        self.simpan_nilai_button = QPushButton(self.tr("Simpan penilaian"))
        self.simpan_nilai_button.setObjectName("simpan_penilaian")
        self.simpan_nilai_button.setToolTip(self.tr(
            "Menyimpan rating dan predikat (Ctrl+S); dapat diubah lagi sampai periode ditutup."))
        self.simpan_nilai_button.setShortcut("Ctrl+S")
        self.simpan_nilai_button.clicked.connect(self.simpan_penilaian)
        self.tutup_button = QPushButton(self.tr("Tutup periode"))
        self.tutup_button.setObjectName("tutup_periode")
        self.tutup_button.setToolTip(self.tr(
            "Mengunci penilaian periode ini sehingga tidak dapat diubah lagi."))
        self.tutup_button.clicked.connect(self.tutup_periode)
        self.kembalikan_button = QPushButton(self.tr("Kembalikan ke pegawai…"))
        self.kembalikan_button.setObjectName("kembalikan_realisasi")
        self.kembalikan_button.setToolTip(self.tr(
            "Mengembalikan realisasi yang diajukan agar pegawai memperbaiki realisasi atau "
            "bukti dukungnya; alasan Anda ditampilkan kepadanya. Contoh: \"Bukti IKI 2 belum "
            "memuat daftar hadir.\""))
        self.kembalikan_button.clicked.connect(self.kembalikan_realisasi)
        row.addWidget(self.kembalikan_button)
        row.addWidget(self.simpan_nilai_button)
        row.addWidget(self.tutup_button)
        outer.addLayout(row)
        return tab

    # --- data -----------------------------------------------------------

    def evaluasi(self) -> EvaluasiDTO | None:
        return self.ev

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        try:
            self.ev = realisasi_service.get_evaluasi(db, actor, self.skp_id, self.periode_key)
            self.pen = penilaian_service.get_penilaian(db, actor, self.skp_id,
                                                       self.periode_key)
            self.umpan_balik = umpan_balik_service.list_umpan_balik(
                db, actor, self.skp_id, self.periode_key)
            self.frasa = umpan_balik_service.list_frasa(db, actor)
            self.boleh_nilai = self.pen.boleh_nilai
        except UserError as exc:
            self.ev = self.pen = None
            self._set_banner(self.banner, self.tr("Evaluasi tidak dapat dibuka: {pesan}").format(
                pesan=exc.message), "error")
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self._show_header()
        self.realisasi_tab.populate(self.ev)
        self._populate_umpan_balik()
        self._populate_penilaian()

    def _populate_umpan_balik(self) -> None:
        assert self.ev is not None
        ditutup = self.ev.status is StatusEvaluasi.DITUTUP
        boleh = self.boleh_nilai and not ditutup
        alasan = "" if boleh else (
            self.tr("Periode sudah ditutup; umpan balik hanya untuk dibaca.") if ditutup else
            self.tr("Hanya pejabat penilai (atau Plt/Plh-nya) dan admin yang memberi umpan "
                    "balik; Anda dapat membacanya."))
        self.umpan_balik_tab.populate(self.ev, self.umpan_balik, self.frasa, boleh, alasan)

    def _show_header(self) -> None:
        ev, pen = self.ev, self.pen
        assert ev is not None and pen is not None
        self.pegawai_label.setText(_orang(pen.pegawai))
        self.penilai_label.setText(_orang(pen.penilai))
        self.atasan_label.setText(_orang(pen.atasan_penilai))
        self.periode_label.setText(f"{ev.periode_label} · {tanggal(ev.mulai)} – "
                                   f"{tanggal(ev.selesai)}")
        bg, fg = STATUS_COLORS[ev.status]
        self.badge.setText(ev.status.label.upper())
        self.badge.setProperty("status", ev.status.value)
        self.badge.setStyleSheet(
            f"QLabel#evaluasi_status {{ background: {bg}; color: {fg}; border: 1px solid "
            f"{fg}; border-radius: 4px; padding: 4px 10px; font-weight: bold; }}")
        if ev.alasan_dikembalikan and ev.boleh_ubah:
            self._set_banner(self.banner, self.tr(
                "Realisasi dikembalikan pejabat penilai: \u201c{alasan}\u201d. Perbaiki lalu "
                "ajukan kembali.").format(alasan=ev.alasan_dikembalikan), "error")
        elif not ev.boleh_ubah and not self.boleh_nilai:
            self._set_banner(self.banner, self.tr(
                "Anda hanya dapat membaca evaluasi ini: realisasi diisi pegawai pemilik SKP "
                "(atau admin), umpan balik dan penilaian oleh pejabat penilai."), "info")
        else:
            self.banner.hide()

    def _populate_penilaian(self) -> None:
        pen = self.pen
        assert pen is not None
        for key, value in (("hasil", pen.rating_hasil_kerja),
                           ("perilaku", pen.rating_perilaku)):
            group = self.rating_groups[key]
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
            if value is not None:
                group.button(RATINGS.index(value)).setChecked(True)
        self.override_combo.setCurrentIndex(
            self.override_combo.findData(pen.predikat.value) if pen.di_override and pen.predikat
            else 0)
        self.alasan_edit.setText(pen.alasan_override)
        self.organisasi_combo.setCurrentIndex(
            self.organisasi_combo.findData(pen.capaian_organisasi.value)
            if pen.capaian_organisasi else 0)
        self.catatan_edit.setPlainText(pen.catatan)
        self.atasan_nilai_label.setText(_orang(pen.atasan_penilai))
        self.dinilai_label.setText(self.tr("Dinilai pada {tgl}.").format(
            tgl=tanggal(pen.tanggal_penilaian)) if pen.tanggal_penilaian else "")
        ended = today() > pen.selesai
        ditutup = pen.status is StatusEvaluasi.DITUTUP
        if not ended:
            mulai = pen.selesai + dt.timedelta(days=1)
            self._set_banner(self.nilai_banner, self.tr(
                "Periode {periode} baru berakhir {selesai}; penilaian dapat diisi mulai "
                "{mulai}. Sampai saat itu tab ini hanya untuk dibaca.").format(
                periode=pen.periode_label, selesai=tanggal(pen.selesai), mulai=tanggal(mulai)),
                "warning")
        elif ditutup:
            self._set_banner(self.nilai_banner, self.tr(
                "Periode sudah ditutup; penilaian tidak dapat diubah lagi."), "info")
        elif not self.boleh_nilai:
            self._set_banner(self.nilai_banner, self.tr(
                "Hanya pejabat penilai (atau Plt/Plh-nya) dan admin yang dapat mengisi "
                "penilaian ini; Anda dapat membacanya."), "info")
        else:
            self.nilai_banner.hide()
        editable = ended and not ditutup and self.boleh_nilai
        for group in self.rating_groups.values():
            for b in group.buttons():
                b.setEnabled(editable)
        for w in (self.override_combo, self.organisasi_combo, self.simpan_nilai_button):
            w.setEnabled(editable)
        self.alasan_edit.setReadOnly(not editable)
        self.catatan_edit.setReadOnly(not editable)
        self.tutup_button.setEnabled(
            ended and self.boleh_nilai and pen.status is StatusEvaluasi.DINILAI)
        self.kembalikan_button.setEnabled(
            self.boleh_nilai and pen.status is StatusEvaluasi.DIAJUKAN)
        self.nilai_pesan.clear()
        self._update_predikat()

    def _rating_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._update_predikat()

    def rating(self, key: str) -> Rating | None:
        i = self.rating_groups[key].checkedId()
        return RATINGS[i] if i >= 0 else None

    def override(self) -> Predikat | None:
        value = self.override_combo.currentData()
        return Predikat(value) if value else None

    def _update_predikat(self) -> None:
        hasil, perilaku = self.rating("hasil"), self.rating("perilaku")
        matriks = predikat_kinerja(hasil, perilaku) if hasil and perilaku else None
        self.matriks_label.setText(matriks.label if matriks else self.tr(
            "– (pilih kedua rating)"))
        override = self.override()
        differs = override is not None and override is not matriks
        self.alasan_edit.setEnabled(differs or bool(self.alasan_edit.text()))
        if not differs:
            self.alasan_rule.setText(self.tr(
                "Alasan hanya diperlukan bila predikat ditetapkan berbeda dari matriks."))
            color(self.alasan_rule, "#555555")
            return
        n = len(self.alasan_edit.text().strip())
        assert override is not None
        self.alasan_rule.setText(self.tr(
            "Predikat {pilih} berbeda dari matriks ({matriks}): alasan wajib, paling sedikit "
            "{min} huruf (sekarang {n}).").format(
            pilih=override.label, matriks=matriks.label if matriks else "–",
            min=MIN_ALASAN_OVERRIDE, n=n))
        color(self.alasan_rule, ERROR if n < MIN_ALASAN_OVERRIDE else "#1b6e2e")

    def _set_banner(self, label: QLabel, text: str, level: str) -> None:
        bg, fg = BANNER_COLORS.get(level, BANNER_COLORS["info"])
        label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid "
                            f"{fg}; padding: 4px 6px; }}")
        label.setProperty("level", level)
        label.setText(text)
        label.show()

    def banner_text(self, label: QLabel | None = None) -> str:
        label = label or self.banner
        return label.text() if not label.isHidden() else ""

    # --- actions --------------------------------------------------------

    def run(self, call: Callable[[], EvaluasiDTO]) -> EvaluasiDTO | None:
        """Runs a realisasi service call; on success shows the new state."""
        try:
            dto = call()
        except ConflictError as exc:
            self._conflict(exc)
            return None
        except UserError as exc:
            show_error(self, exc)
            return None
        self.ev = dto
        try:  # the evaluation row's version moved; keep the rating form's input
            self.pen = penilaian_service.get_penilaian(self.ctx.db, self.ctx.actor,
                                                       self.skp_id, self.periode_key)
        except UserError as exc:
            show_error(self, exc)
        self._show_header()
        self.realisasi_tab.populate(dto)
        return dto

    def _conflict(self, exc: ConflictError) -> None:
        answer = QMessageBox.question(
            self, self.tr("Diubah orang lain"),
            self.tr("{pesan}\n\nMuat ulang sekarang? Isian yang belum disimpan akan hilang.")
            .format(pesan=exc.message))
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()

    def umpan_balik_dikirim(self) -> None:
        try:
            self.umpan_balik = umpan_balik_service.list_umpan_balik(
                self.ctx.db, self.ctx.actor, self.skp_id, self.periode_key)
        except UserError as exc:
            show_error(self, exc)
            return
        self._populate_umpan_balik()

    def simpan_penilaian(self) -> bool:
        pen = self.pen
        hasil, perilaku = self.rating("hasil"), self.rating("perilaku")
        if pen is None:
            return False
        if hasil is None or perilaku is None:
            self.nilai_pesan.setText(self.tr("Pilih rating hasil kerja dan rating perilaku."))
            color(self.nilai_pesan, ERROR)
            return False
        organisasi = self.organisasi_combo.currentData()
        try:
            self.pen = penilaian_service.nilai(
                self.ctx.db, self.ctx.actor, self.skp_id, self.periode_key,
                rating_hasil_kerja=hasil, rating_perilaku=perilaku,
                predikat_override=self.override(), alasan_override=self.alasan_edit.text(),
                capaian_organisasi=PredikatOrganisasi(organisasi) if organisasi else None,
                catatan=self.catatan_edit.toPlainText(), today=today(),
                expected_version=pen.version)
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except UserError as exc:
            self.nilai_pesan.setText(self.tr("Belum disimpan: {pesan}").format(
                pesan=exc.message))
            color(self.nilai_pesan, ERROR)
            show_error(self, exc)
            return False
        self._after_penilaian()
        self.nilai_pesan.setText(self.tr("Penilaian tersimpan: predikat {p}.").format(
            p=self.pen.predikat_label))
        color(self.nilai_pesan, "#1b6e2e")
        return True

    def tutup_periode(self) -> bool:
        pen = self.pen
        if pen is None or pen.evaluasi_id is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Tutup periode"),
            self.tr("Tutup penilaian {periode}? Setelah ditutup rating, predikat dan umpan "
                    "balik tidak dapat diubah lagi.").format(periode=pen.periode_label))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.pen = penilaian_service.tutup_periode(self.ctx.db, self.ctx.actor,
                                                       pen.evaluasi_id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._after_penilaian()
        return True

    def kembalikan_realisasi(self) -> bool:
        pen = self.pen
        if pen is None or pen.evaluasi_id is None:
            return False
        alasan, ok = QInputDialog.getMultiLineText(
            self, self.tr("Kembalikan realisasi"),
            self.tr("Alasan pengembalian (ditampilkan kepada {nama}):").format(
                nama=pen.pegawai.nama))
        if not ok:
            return False
        try:
            self.pen = penilaian_service.kembalikan_realisasi(
                self.ctx.db, self.ctx.actor, pen.evaluasi_id, alasan,
                expected_version=pen.version)
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self._after_penilaian()
        return True

    def _after_penilaian(self) -> None:
        try:
            self.ev = realisasi_service.get_evaluasi(self.ctx.db, self.ctx.actor,
                                                     self.skp_id, self.periode_key)
        except UserError as exc:
            show_error(self, exc)
            return
        self._show_header()
        self.realisasi_tab.populate(self.ev)
        self._populate_umpan_balik()
        self._populate_penilaian()
