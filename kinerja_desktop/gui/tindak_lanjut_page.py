"""Tindak Lanjut (SCREENS §9): competency evaluations, training needs per unit, award
candidates, angka kredit of jabatan fungsional and the tunjangan table; each list exportable.

The unit chosen on top (with its sub-units) and the working year (``ctx.tahun``) apply to
every tab; a tab reads its list the first time it is shown after a change.
"""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.kompetensi_tab import KompetensiTab
from kinerja_desktop.gui.page_title import page_title
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.periode_choice import periode_nama
from kinerja_desktop.gui.tindak_lanjut_lists import DaftarTab, TunjanganTab
from kinerja_desktop.gui.tindak_lanjut_models import (
    PREDIKAT_WARNA,
    TINGKAT_WARNA,
    Kolom,
    angka,
)
from kinerja_desktop.gui.unit_choice import combo_unit, fill_unit_combo
from kinerja_desktop.services.aturan_periode import list_periode
from kinerja_desktop.services.tindak_lanjut import (
    AngkaKreditRow,
    CalonPenghargaan,
    KebutuhanPelatihan,
    PegawaiKebutuhan,
    calon_penghargaan,
    daftar_angka_kredit,
    ekspor_angka_kredit,
    ekspor_calon_penghargaan,
    ekspor_kebutuhan_pelatihan,
    kebutuhan_pelatihan,
)
from kinerja_desktop.services.unit_kerja import UnitDTO, descendants, list_units

BarisKebutuhan = tuple[PegawaiKebutuhan, KebutuhanPelatihan]


def _predikat_warna(p: Predikat | None) -> tuple[str, str] | None:
    return PREDIKAT_WARNA[p] if p is not None else None


class TindakLanjutPage(QWidget):
    """Five tabs over one unit choice and the working year."""

    page_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_admin = ctx.actor.role is Role.ADMIN
        self.units: list[UnitDTO] = []
        self._loaded = False
        self.kompetensi_stale = True

        self.title = page_title()

        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(self.tr(
            "Unit kerja beserta seluruh sub-unitnya (contoh: Sekretariat mencakup Subbagian "
            "Umum). \"Semua unit\" menampilkan semua pegawai yang dapat Anda lihat."))
        self.unit_combo.setMinimumContentsLength(28)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_combo)
        self.reload_action = QAction(self.tr("Muat ulang"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload_action.setToolTip(self.tr("Membaca daftar pada tab ini lagi (F5)"))
        self.reload_action.triggered.connect(self.reload)
        self.addAction(self.reload_action)
        filters = QHBoxLayout()
        filters.addWidget(self.title)
        filters.addStretch(1)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_combo)

        # --- tabs
        self.kompetensi = KompetensiTab(ctx)
        self.periode_combo = QComboBox()
        self.periode_combo.setToolTip(self.tr(
            "Penilaian yang dibaca untuk rating rendah: penilaian tahunan (bawaan) atau satu "
            "periode (contoh: TRIWULAN II). Kesenjangan kompetensi selalu dari evaluasi "
            "kompetensi tahun ini."))
        self.periode_combo.currentIndexChanged.connect(self._periode_changed)
        self.kebutuhan: DaftarTab[BarisKebutuhan] = DaftarTab(
            ctx, self._kolom_kebutuhan(), load=self._load_kebutuhan,
            export=lambda tahun, unit, label, path, periode: ekspor_kebutuhan_pelatihan(
                ctx.db, ctx.actor, tahun, path, unit_id=unit, periode_key=periode,
                unit_label=label),
            opsi=self.periode_key,
            empty_text=lambda tahun, unit: self.tr(
                "Belum ada kebutuhan pelatihan di {unit} untuk {tahun}: tidak ada kesenjangan "
                "kompetensi maupun rating rendah. Isi evaluasi kompetensi di tab pertama, atau "
                "nilai dulu di halaman Penilaian.").format(
                    unit=unit or self.tr("unit ini"), tahun=tahun),
            file_name="kebutuhan_pelatihan", help_text=self.tr(
                "Dari kesenjangan kompetensi (standar − nilai) dan dari rating hasil kerja / "
                "perilaku Di Bawah Ekspektasi atau predikat Butuh Perbaikan, Kurang, Sangat "
                "Kurang. Prioritas: Tinggi (merah), Sedang (kuning), Rendah (abu-abu); yang "
                "paling mendesak di atas."),
            controls=[QLabel(self.tr("Penilaian:")), self.periode_combo], wrap=True)
        self.konsisten = QCheckBox(self.tr("Juga yang Di Atas Ekspektasi di setiap periode"))
        self.konsisten.setToolTip(self.tr(
            "Tambahkan pegawai yang rating hasil kerjanya Di Atas Ekspektasi pada semua periode "
            "yang sudah dinilai tahun ini, walaupun predikat tahunannya bukan Sangat Baik."))
        self.konsisten.toggled.connect(lambda _: self.penghargaan.reload())
        self.penghargaan: DaftarTab[CalonPenghargaan] = DaftarTab(
            ctx, self._kolom_penghargaan(), load=self._load_penghargaan,
            export=lambda tahun, unit, label, path, konsisten: ekspor_calon_penghargaan(
                ctx.db, ctx.actor, tahun, path, unit_id=unit, konsisten=bool(konsisten),
                unit_label=label),
            opsi=self.konsisten.isChecked,
            empty_text=lambda tahun, unit: self.tr(
                "Belum ada calon penghargaan di {unit} untuk {tahun}: belum ada pegawai "
                "berpredikat tahunan Sangat Baik. Bila penilaian tahunan belum dibuat, nilai "
                "dulu di halaman Penilaian.").format(unit=unit or self.tr("unit ini"),
                                                     tahun=tahun),
            file_name="calon_penghargaan", help_text=self.tr(
                "Pegawai berpredikat Sangat Baik pada penilaian tahunan, bahan usulan "
                "penghargaan bagi yang melampaui target."),
            controls=[self.konsisten], wrap=True)
        self.angka_kredit: DaftarTab[AngkaKreditRow] = DaftarTab(
            ctx, self._kolom_angka_kredit(),
            load=lambda tahun, unit, _: daftar_angka_kredit(ctx.db, ctx.actor, tahun,
                                                            unit_id=unit),
            export=lambda tahun, unit, label, path, _: ekspor_angka_kredit(
                ctx.db, ctx.actor, tahun, path, unit_id=unit, unit_label=label),
            empty_text=lambda tahun, unit: self.tr(
                "Tidak ada pegawai jabatan fungsional (berjenjang) di {unit} untuk {tahun}. "
                "Jenjang jabatan fungsional diisi di halaman Pegawai.").format(
                    unit=unit or self.tr("unit ini"), tahun=tahun),
            file_name="angka_kredit", help_text=self.tr(
                "Angka kredit = persentase predikat (Sangat Baik 150%, Baik 100%, Butuh "
                "Perbaikan 75%, Kurang 50%, Sangat Kurang 25%) × koefisien jenjang × bulan/12 "
                "(Peraturan BKN 3/2023). Bulan dihitung dari masa SKP: bulan yang tanggal 15-"
                "nya tercakup."))
        self.tunjangan = TunjanganTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.kompetensi, self.tr("Evaluasi kompetensi"))
        self.tabs.addTab(self.kebutuhan, self.tr("Kebutuhan pelatihan"))
        self.tabs.addTab(self.penghargaan, self.tr("Calon penghargaan"))
        self.tabs.addTab(self.angka_kredit, self.tr("Angka kredit"))
        self.tabs.addTab(self.tunjangan, self.tr("Tabel tunjangan"))
        for i, tip in enumerate((
            self.tr("Formulir B.1.9: kompetensi per pegawai, standar dan nilai 1–5"),
            self.tr("Daftar kebutuhan pelatihan per pegawai, menurut prioritas"),
            self.tr("Pegawai berpredikat tahunan Sangat Baik"),
            self.tr("Angka kredit jabatan fungsional dari predikat tahunan"),
            self.tr("Persen tunjangan per predikat tahun ini dan per pegawai"),
        )):
            self.tabs.setTabToolTip(i, tip)
        for tab in (self.kebutuhan, self.penghargaan, self.angka_kredit, self.tunjangan.daftar):
            tab.page_requested.connect(self.page_requested)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        ctx.tahun.changed.connect(self._year_changed)
        try:
            self.units = list_units(ctx.db, ctx.actor)
        except UserError as exc:
            show_error(self, exc)
        fill_unit_combo(self.unit_combo, self.units, self.tr("Semua unit"))
        self._fill_periods()
        self._apply_unit()
        self._update_title()

    # --- columns -------------------------------------------------------------------------------
    def _kolom_kebutuhan(self) -> list[Kolom[BarisKebutuhan]]:
        return [
            Kolom(self.tr("Nama"), lambda r: r[0].nama, self.tr("Nama pegawai"), lebar=200),
            Kolom(self.tr("NIP"), lambda r: r[0].nip, self.tr("NIP 18 digit"), lebar=150),
            Kolom(self.tr("Prioritas"), lambda r: r[1].tingkat,
                  self.tr("Tinggi: predikat Kurang/Sangat Kurang; Sedang: Butuh Perbaikan, "
                          "rating rendah, atau kesenjangan 2 level ke atas; Rendah: "
                          "kesenjangan 1 level."),
                  lambda r: TINGKAT_WARNA[r[1].tingkat], lebar=80),
            Kolom(self.tr("Kebutuhan"), lambda r: r[1].kebutuhan,
                  self.tr("Kompetensi yang perlu dikembangkan atau alasan dari penilaian"),
                  lebar=250),
            Kolom(self.tr("Rincian"), lambda r: r[1].rincian,
                  self.tr("Standar dan nilai kompetensi, atau rating/predikat yang rendah"),
                  lebar=240),
            Kolom(self.tr("Saran tindak lanjut"), lambda r: r[1].saran,
                  self.tr("Saran pengembangan: pelatihan klasikal, coaching, mentoring, "
                          "e-learning")),
        ]

    def _kolom_penghargaan(self) -> list[Kolom[CalonPenghargaan]]:
        return [
            Kolom(self.tr("Nama"), lambda r: r.nama, self.tr("Nama pegawai"), lebar=210),
            Kolom(self.tr("NIP"), lambda r: r.nip, self.tr("NIP 18 digit"), lebar=150),
            Kolom(self.tr("Jabatan"), lambda r: r.jabatan, self.tr("Jabatan saat ini"),
                  lebar=200),
            Kolom(self.tr("Unit kerja"), lambda r: r.unit, self.tr("Unit pada SKP"),
                  lebar=180),
            Kolom(self.tr("Predikat tahunan"),
                  lambda r: r.predikat.label if r.predikat else self.tr("belum dinilai"),
                  self.tr("Predikat pada penilaian tahunan"),
                  lambda r: _predikat_warna(r.predikat), lebar=130),
            Kolom(self.tr("Alasan"), lambda r: r.alasan, self.tr("Mengapa pegawai ini diusulkan")),
        ]

    def _kolom_angka_kredit(self) -> list[Kolom[AngkaKreditRow]]:
        def masa(r: AngkaKreditRow) -> str:
            if r.mulai is None or r.selesai is None:
                return ""
            return f"{tanggal(r.mulai)} – {tanggal(r.selesai)}"

        return [
            Kolom(self.tr("Nama"), lambda r: r.nama, self.tr("Nama pegawai"), lebar=180),
            Kolom(self.tr("NIP"), lambda r: r.nip, self.tr("NIP 18 digit"), lebar=150),
            Kolom(self.tr("Jenjang"), lambda r: r.jenjang.value,
                  self.tr("Jenjang jabatan fungsional (contoh: Ahli Pertama)"), lebar=100),
            Kolom(self.tr("Masa penilaian"), masa,
                  self.tr("Masa SKP yang dinilai (mutasi: tiap SKP dihitung sendiri)"),
                  lebar=275),
            Kolom(self.tr("Bulan"), lambda r: str(r.bulan) if r.predikat else "",
                  self.tr("Jumlah bulan yang dihitung (bulan yang tanggal 15-nya tercakup)"),
                  kanan=True, lebar=55),
            Kolom(self.tr("Predikat"), lambda r: r.predikat.label if r.predikat else "",
                  self.tr("Predikat tahunan"), lambda r: _predikat_warna(r.predikat),
                  lebar=120),
            Kolom(self.tr("Koefisien"), lambda r: angka(r.koefisien),
                  self.tr("Koefisien per tahun menurut jenjang (Ahli Pertama 12,5 … "
                          "Ahli Utama 50)"), kanan=True, lebar=75),
            Kolom(self.tr("Angka kredit"), lambda r: angka(r.angka_kredit),
                  self.tr("Persentase × koefisien × bulan/12, dibulatkan dua desimal "
                          "(contoh: Ahli Pertama, Baik, 2 bulan → 2,08)"), kanan=True,
                  lebar=95),
            Kolom(self.tr("Keterangan"), lambda r: r.keterangan,
                  self.tr("Mengapa angka kredit belum dapat dihitung")),
        ]

    # --- loaders (run in the background by DaftarTab) ------------------------------------------
    def _load_kebutuhan(self, tahun: int, unit_id: uuid.UUID | None,
                        periode_key: object) -> list[BarisKebutuhan]:
        rows = kebutuhan_pelatihan(self.ctx.db, self.ctx.actor, tahun, unit_id=unit_id,
                                   periode_key=periode_key if isinstance(periode_key, str)
                                   else None)
        return [(p, k) for p in rows for k in p.kebutuhan]

    def _load_penghargaan(self, tahun: int, unit_id: uuid.UUID | None,
                          konsisten: object) -> list[CalonPenghargaan]:
        return calon_penghargaan(self.ctx.db, self.ctx.actor, tahun, unit_id=unit_id,
                                 konsisten=bool(konsisten))

    # --- state ---------------------------------------------------------------------------------
    @property
    def tahun(self) -> int:
        return self.ctx.tahun.value

    def periode_key(self) -> str | None:
        data = self.periode_combo.currentData()
        return data if isinstance(data, str) and data else None

    def _fill_periods(self) -> None:
        self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        try:
            periods = list_periode(self.ctx.db, self.ctx.actor, self.tahun)
        except UserError as exc:
            show_error(self, exc)
            periods = []
        for p in reversed(periods):  # the annual one (last) first
            self.periode_combo.addItem(periode_nama(p), p.key)
        self.periode_combo.setCurrentIndex(0)
        self.periode_combo.blockSignals(False)

    def _update_title(self) -> None:
        self.title.setText(self.tr("Tindak lanjut tahun {tahun}").format(tahun=self.tahun))

    def unit_id(self) -> uuid.UUID | None:
        return combo_unit(self.unit_combo)

    def set_unit(self, unit_id: uuid.UUID | None) -> None:
        pos = self.unit_combo.findData(str(unit_id) if unit_id else "")
        if pos >= 0:
            self.unit_combo.setCurrentIndex(pos)

    def _apply_unit(self) -> None:
        unit_id = self.unit_id()
        label = self.unit_combo.currentText().strip() if unit_id else ""
        for tab in (self.kebutuhan, self.penghargaan, self.angka_kredit, self.tunjangan.daftar):
            tab.set_unit(unit_id, label)
        self.kompetensi.unit_ids = (descendants(self.units, unit_id) if unit_id is not None
                                    else None)
        self.kompetensi_stale = True

    def _unit_changed(self) -> None:
        self._apply_unit()
        if self._loaded:
            self.reload()

    def _periode_changed(self) -> None:
        if self._loaded:
            self.kebutuhan.reload()

    def _year_changed(self, tahun: int) -> None:
        del tahun
        if not shiboken6.isValid(self):
            return
        self._update_title()
        self._fill_periods()
        self._apply_unit()
        self.kompetensi.clear()  # the evaluation shown belongs to the other year
        if self._loaded:
            self.reload()

    def _tab_changed(self, index: int) -> None:
        del index
        if self._loaded:
            self._reload_current(force=False)

    def showEvent(self, event: QShowEvent) -> None:
        """Reads the current tab the first time the page is shown."""
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Reads the current tab again (the others when they are next shown)."""
        self._loaded = True
        self._reload_current(force=True)

    def _reload_current(self, *, force: bool) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.kompetensi:
            if force or self.kompetensi_stale:
                self.kompetensi_stale = False
                self.kompetensi.reload()
        elif tab is self.tunjangan:
            if force or self.tunjangan.daftar.stale:
                self.tunjangan.reload()
        elif isinstance(tab, DaftarTab) and (force or tab.stale):
            tab.reload()

    def help_text(self) -> str:
        return self.tr(
            "<h3>Tindak Lanjut</h3>"
            "<p>Tindak lanjut hasil penilaian kinerja tahun yang dipilih di bilah atas, untuk "
            "unit yang dipilih beserta sub-unitnya.</p><ul>"
            "<li><b>Evaluasi kompetensi</b> (formulir B.1.9): pilih pegawai (Ctrl+F mencari "
            "nama/NIP), isi kompetensi dengan standar dan nilai 1–5. Mulai dari daftar bawaan "
            "(kompetensi manajerial dan sosial kultural) lalu tambah kompetensi teknis. "
            "Ctrl+Z/Ctrl+Y mengurungkan/mengulangi, Ctrl+S menyimpan. Yang mengisi: pejabat "
            "penilai kinerja pegawai itu dan admin.</li>"
            "<li><b>Kebutuhan pelatihan</b>: dari kesenjangan kompetensi dan rating/predikat "
            "yang rendah, dengan saran tindak lanjut.</li>"
            "<li><b>Calon penghargaan</b>: predikat tahunan Sangat Baik.</li>"
            "<li><b>Angka kredit</b>: jabatan fungsional, dari predikat tahunan dan masa "
            "SKP.</li>"
            "<li><b>Tabel tunjangan</b>: persen per predikat (diisi admin) dan persen yang "
            "berlaku per pegawai.</li></ul>"
            "<p>Setiap daftar dapat disimpan sebagai Excel dengan <b>Ekspor Excel…</b>.</p>")
