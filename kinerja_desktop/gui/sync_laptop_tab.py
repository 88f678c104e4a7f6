"""The "Laptop penilai" tab of the Sinkronisasi page (issue 6 point 7).

At an office, for the admin: the assignments (``sync_laptop.daftar_tugas``);
"Tugaskan…" hands a penilai's year to an enrolled laptop (``TugaskanDialog``: the
laptop, the penilai picked from a searchable list (gui/pegawai_picker.py), the year);
"Akhiri tugas" takes it back after one confirmation; after assigning, the next step (a
package to that laptop) is offered with the laptop preselected. With no assignment,
what a laptop penilai is and the steps to get one. At a laptop, read-only: whose
assessment work it holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.combo_data import data_teks, pilih_data
from kinerja_desktop.gui.context import MAX_YEAR, MIN_YEAR, AppContext
from kinerja_desktop.gui.pegawai_picker import PegawaiPicker
from kinerja_desktop.gui.sync_dialogs import konfirmasi
from kinerja_desktop.gui.sync_models import SyncKolom, tabel
from kinerja_desktop.services.skp import list_skp
from kinerja_desktop.services.sync_laptop import TugasLaptop, tugaskan_laptop

ERROR_STYLE = "color: #b3261e;"


class TugaskanDialog(QDialog):
    """Laptop, penilai (searchable list of active pegawai) and year; "Tugaskan" stores the
    assignment (``hasil``) or says inline why not, changing nothing."""

    def __init__(self, ctx: AppContext, laptops: Sequence[tuple[str, str]], tahun: int,
                 parent: QWidget | None = None, *, laptop: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hasil: TugasLaptop | None = None
        self._dinilai: dict[int, dict[uuid.UUID, list[str]]] = {}  # year → penilai → names
        self.setWindowTitle(self.tr("Tugaskan laptop penilai"))
        intro = QLabel(self.tr(
            "Pilih laptop, pejabat penilai, dan tahunnya. Paket berikutnya ke laptop itu "
            "membawa SKP pegawai yang dinilai penilai itu pada tahun tersebut; penilaian yang "
            "diisi di laptop diterima kembali di sini."))
        intro.setWordWrap(True)

        self.laptop_combo = QComboBox()
        self.laptop_combo.setObjectName("sync_tugas_laptop")
        self.laptop_combo.setToolTip(self.tr(
            "Laptop penilai yang kartu kuncinya sudah diterima di situs ini (situs anak "
            "berperan Laptop penilai)."))
        for kode, nama in laptops:
            self.laptop_combo.addItem(f"{kode} — {nama}" if nama else kode, kode)
        if laptop is not None:
            pilih_data(self.laptop_combo, laptop)

        self.picker = PegawaiPicker(
            "sync_tugas", self.tr("&Penilai:"),
            self.tr("Ketik sebagian nama atau NIP pejabat penilai. Contoh: rina, atau "
                    "198609262015051001."),
            self.tr("Pejabat penilai: pegawai yang menilai SKP bawahannya pada tahun itu "
                    "(termasuk sebagai Plt/Plh). Klik dua kali untuk langsung menugaskan."))
        error = self.picker.load(ctx)
        if error is not None:
            intro.setText(intro.text() + " " + error)
        self.picker.pilihan_berubah.connect(self._selected)
        self.picker.dipilih.connect(self.accept)

        self.tahun = QSpinBox()
        self.tahun.setObjectName("sync_tugas_tahun")
        self.tahun.setRange(MIN_YEAR, MAX_YEAR)
        self.tahun.setValue(tahun)
        self.tahun.setToolTip(self.tr(
            "Tahun SKP yang dibawa laptop; bawaannya tahun kerja yang dipilih di jendela "
            "utama (contoh: {tahun}).").format(tahun=tahun))
        self.tahun.valueChanged.connect(self._update_info)

        form = QFormLayout()
        form.addRow(self.tr("&Laptop:"), self.laptop_combo)
        form.addRow(self.tr("&Tahun:"), self.tahun)

        self.info = QLabel()
        self.info.setObjectName("sync_tugas_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setToolTip(self.tr(
            "SKP tahun itu yang pejabat penilainya pegawai terpilih: yang akan dibawa laptop."))
        self.message = QLabel()
        self.message.setObjectName("sync_tugas_pesan")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Tugaskan"))
        ok.setToolTip(self.tr(
            "Menyimpan penugasan. Sesudahnya kirim paket ke laptop itu agar pekerjaannya "
            "terbawa."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        cancel.setToolTip(self.tr("Tidak menyimpan apa pun."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(780, 560)
        self._update_info()

    def laptop(self) -> str | None:
        return data_teks(self.laptop_combo)

    def penilai_id(self) -> uuid.UUID | None:
        return self.picker.pegawai_id()

    def select_penilai(self, pegawai_id: uuid.UUID) -> bool:
        """Selects a pegawai in the list (clears the search when it hides him)."""
        return self.picker.select_pegawai(pegawai_id)

    def _selected(self) -> None:
        self.message.hide()
        self._update_info()

    def dinilai(self, penilai: uuid.UUID, tahun: int) -> list[str]:
        """Names of the pegawai whose SKP of ``tahun`` ``penilai`` assesses."""
        if tahun not in self._dinilai:
            per: dict[uuid.UUID, list[str]] = {}
            try:
                rows = list_skp(self.ctx.db, self.ctx.actor, tahun)
            except UserError:
                rows = []
            for r in rows:
                if r.penilai_id is not None:
                    per.setdefault(r.penilai_id, []).append(r.nama)
            self._dinilai[tahun] = per
        return self._dinilai[tahun].get(penilai, [])

    def _update_info(self, *_args: object) -> None:
        penilai, tahun = self.picker.pegawai(), self.tahun.value()
        if penilai is None:
            self.info.setText(self.tr("Pilih pejabat penilai di daftar."))
            self.info.setStyleSheet("")
            return
        nama = penilai.nama
        names = self.dinilai(penilai.id, tahun)
        if names:
            shown = ", ".join(names[:5]) + (self.tr(", dan {n} lainnya").format(
                n=len(names) - 5) if len(names) > 5 else "")
            self.info.setText(self.tr(
                "{nama} menilai <b>{n} SKP</b> tahun {tahun}: {daftar}. SKP itu (dan SKP atasan "
                "dalam cascading-nya) dibawa laptop.").format(
                    nama=nama, n=len(names), tahun=tahun, daftar=shown))
            self.info.setStyleSheet("")
        else:
            self.info.setText(self.tr(
                "{nama} belum menjadi pejabat penilai SKP mana pun tahun {tahun}: laptop tidak "
                "akan membawa SKP untuk dinilai sampai ada SKP dengan penilai ini.").format(
                    nama=nama, tahun=tahun))
            self.info.setStyleSheet("color: #8a6d00;")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        laptop, penilai = self.laptop(), self.penilai_id()
        if laptop is None:
            self._say(self.tr(
                "Belum ada laptop penilai yang terdaftar di sini. Terima dulu kartu kunci "
                "laptop itu di tab Kunci. Tidak ada yang disimpan."))
            return
        if penilai is None:
            self._say(self.tr(
                "Pilih pejabat penilai di daftar (cari nama atau NIP-nya). Tidak ada yang "
                "disimpan."))
            self.picker.search.setFocus()
            return
        try:
            self.hasil = tugaskan_laptop(self.ctx.db, self.ctx.actor, laptop, penilai,
                                         self.tahun.value())
        except UserError as exc:
            self._say(str(exc))
            return
        super().accept()


class LaptopTab(QWidget):
    """Assignments of penilai to laptops (office admin), or this laptop's (read-only)."""

    pesan = Signal(str, str)  # text, level for the page's bar
    berubah = Signal()  # an assignment was made or ended: the page reloads
    kirim_ke = Signal(str)  # open the Kirim flow with this laptop preselected
    terima_kartu = Signal()  # the empty state's "Terima kartu kunci laptop…"

    def __init__(self, ctx: AppContext, kolom: SyncKolom, *, laptop_ini: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kolom = kolom
        self.laptop_ini = laptop_ini  # True: this site is a laptop (read-only view)
        self.laptops: list[tuple[str, str]] = []  # enrolled laptops: (code, name)
        self.tugas: list[TugasLaptop] = []
        self.terakhir: TugasLaptop | None = None  # the assignment just made
        self.dialog: TugaskanDialog | None = None
        self.model = kolom.tugas_model(self, self._nama_laptop)
        self.table = tabel(self.model, "sync_tugas")
        self.table.setToolTip(self.tr(
            "Penilai yang pekerjaan penilaiannya dibawa laptop penilai, per tahun. Pilih "
            "baris untuk mengakhiri tugas atau mengirim paket ke laptopnya."))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        if laptop_ini:
            self._build_laptop(layout)
        else:
            self._build_kantor(layout)

    # --- building ---------------------------------------------------------------------------
    def _build_laptop(self, layout: QVBoxLayout) -> None:
        self.pemegang = QLabel()
        self.pemegang.setObjectName("sync_laptop_pemegang")
        self.pemegang.setWordWrap(True)
        self.pemegang.setTextFormat(Qt.TextFormat.RichText)
        self.pemegang.setToolTip(self.tr(
            "Ditentukan oleh admin kantor induk; ikut paket dari kantor. Hanya dapat diubah "
            "di kantor induk."))
        self.table.setToolTip(self.tr(
            "Penugasan laptop ini menurut paket terakhir dari kantor induk (hanya dibaca)."))
        layout.addWidget(self.pemegang)
        layout.addWidget(self.table, 1)

    def _build_kantor(self, layout: QVBoxLayout) -> None:
        self.tugaskan_button = QPushButton(self.tr("Tugaskan…"))
        self.tugaskan_button.setObjectName("sync_tugaskan")
        self.tugaskan_button.setToolTip(self.tr(
            "Menugaskan seorang pejabat penilai dan tahunnya ke laptop penilai yang sudah "
            "terdaftar; paket berikutnya ke laptop itu membawa pekerjaannya."))
        self.tugaskan_button.clicked.connect(self.tugaskan)
        self.akhiri_button = QPushButton(self.tr("Akhiri tugas"))
        self.akhiri_button.setObjectName("sync_akhiri_tugas")
        self.akhiri_button.setToolTip(self.tr(
            "Mengakhiri penugasan yang dipilih: paket ke laptop itu tidak lagi membawa "
            "pekerjaan penilai itu, dan perubahannya dari laptop tidak diterima lagi."))
        self.akhiri_button.clicked.connect(self.akhiri)
        self.kirim_button = QPushButton(self.tr("Kirim paket ke laptop…"))
        self.kirim_button.setObjectName("sync_kirim_laptop")
        self.kirim_button.setToolTip(self.tr(
            "Membuka tab Kirim dengan laptop dari baris yang dipilih sebagai tujuan, lalu "
            "menanyakan folder atau flashdisk tujuan paket."))
        self.kirim_button.clicked.connect(self._kirim_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tugaskan_button)
        buttons.addWidget(self.akhiri_button)
        buttons.addWidget(self.kirim_button)
        buttons.addStretch(1)

        # After assigning: the next step, with its button.
        self.langkah = QFrame()
        self.langkah.setObjectName("sync_tugas_langkah")
        self.langkah.setFrameShape(QFrame.Shape.StyledPanel)
        self.langkah.setStyleSheet("QFrame#sync_tugas_langkah { background: #e3f0fb; "
                                   "border: 1px solid #0b5394; border-radius: 4px; }")
        self.langkah_label = QLabel()
        self.langkah_label.setObjectName("sync_tugas_langkah_teks")
        self.langkah_label.setWordWrap(True)
        self.langkah_label.setTextFormat(Qt.TextFormat.RichText)
        self.langkah_label.setStyleSheet("color: #0b5394;")
        self.langkah_kirim = QPushButton()
        self.langkah_kirim.setObjectName("sync_tugas_kirim")
        self.langkah_kirim.setToolTip(self.tr(
            "Membuka tab Kirim dengan laptop itu sebagai tujuan, lalu menanyakan folder atau "
            "flashdisk tujuan paket."))
        self.langkah_kirim.clicked.connect(self._kirim_terakhir)
        ll = QHBoxLayout(self.langkah)
        ll.setContentsMargins(10, 6, 10, 6)
        ll.addWidget(self.langkah_label, 1)
        ll.addWidget(self.langkah_kirim)
        self.langkah.hide()

        self.empty = QWidget()
        self.empty.setObjectName("sync_tugas_kosong")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("sync_tugas_kosong_teks")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_terima = QPushButton(self.tr("Terima kartu kunci laptop…"))
        self.empty_terima.setObjectName("sync_tugas_terima_kartu")
        self.empty_terima.setToolTip(self.tr(
            "Membuka kartu kunci (.kinerja-kunci) laptop penilai dan memeriksanya dengan "
            "sidik jari yang dibacakan operatornya."))
        self.empty_terima.clicked.connect(self.terima_kartu)
        self.empty_tugaskan = QPushButton(self.tr("Tugaskan…"))
        self.empty_tugaskan.setObjectName("sync_tugas_kosong_tugaskan")
        self.empty_tugaskan.setToolTip(self.tugaskan_button.toolTip())
        self.empty_tugaskan.clicked.connect(self.tugaskan)
        eb = QHBoxLayout()
        eb.addWidget(self.empty_terima)
        eb.addWidget(self.empty_tugaskan)
        eb.addStretch(1)
        el = QVBoxLayout(self.empty)
        el.setContentsMargins(4, 4, 4, 4)
        el.addWidget(self.empty_label)
        el.addLayout(eb)
        el.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.langkah)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # --- data -------------------------------------------------------------------------------
    def _nama_laptop(self, kode: str) -> str:
        return next((nama for k, nama in self.laptops if k == kode), "")

    def set_data(self, tugas: Sequence[TugasLaptop], laptops: Sequence[tuple[str, str]],
                 situs: str | None) -> None:
        """Shows the assignments; ``laptops`` are the enrolled ones (code, name);
        ``situs`` this site's code (a laptop shows only its own)."""
        keep = self.selected()
        self.laptops = list(laptops)
        if self.laptop_ini:
            tugas = [t for t in tugas if t.laptop == situs]
        # Active ones first; then by laptop, newest year, name (the service's order).
        self.tugas = sorted(tugas, key=lambda t: (not t.aktif, t.laptop, -t.tahun))
        self.model.set_rows(self.tugas)
        if keep is not None:
            pos = next((i for i, t in enumerate(self.tugas) if t.id == keep.id), -1)
            if pos >= 0:
                self.table.selectRow(pos)
        if self.laptop_ini:
            self._show_pemegang(situs)
        else:
            self._show_kantor()

    def _show_pemegang(self, situs: str | None) -> None:
        aktif = [t for t in self.tugas if t.aktif]
        if aktif:
            siapa = "; ".join(self.tr("<b>{nama}</b> (tahun {tahun})").format(
                nama=t.penilai_nama, tahun=t.tahun) for t in aktif)
            self.pemegang.setText(self.tr(
                "Laptop ini ({kode}) memegang pekerjaan penilaian {siapa}: SKP pegawai yang "
                "dinilainya dan evaluasinya. Isi penilaian di sini, lalu kirim paket ke "
                "kantor induk.").format(kode=situs or "", siapa=siapa))
        else:
            self.pemegang.setText(self.tr(
                "<b>Laptop ini ({kode}) belum memegang pekerjaan penilaian siapa pun.</b> "
                "Admin kantor induk menugaskan seorang penilai ke laptop ini lalu mengirim "
                "paket; impor paket itu di tab Terima.").format(kode=situs or ""))
        self.table.setVisible(bool(self.tugas))

    def _show_kantor(self) -> None:
        if self.tugas:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.empty)
            if self.laptops:
                daftar = ", ".join(k for k, _n in self.laptops)
                langkah = self.tr(
                    "Laptop penilai yang sudah terdaftar: <b>{daftar}</b>. Tekan "
                    "<b>Tugaskan…</b>, pilih laptop, penilai, dan tahunnya, lalu kirim paket "
                    "ke laptop itu.").format(daftar=daftar)
            else:
                langkah = self.tr(
                    "Belum ada laptop penilai yang terdaftar. Siapkan aplikasi di laptop itu "
                    "dengan peran Laptop penilai dan situs ini sebagai induknya, lalu "
                    "bertukar kartu kunci: <b>kartu kunci laptop itu harus diterima di sini "
                    "dulu</b> (tab Kunci), sambil mencocokkan sidik jarinya lewat telepon.")
            self.empty_label.setText(self.tr(
                "<b>Belum ada laptop penilai yang ditugaskan.</b><br>Laptop penilai adalah "
                "laptop seorang pejabat penilai yang dibawa keluar kantor: kantor mengirim "
                "paket berisi SKP pegawai yang dinilainya, penilai mengisi penilaian tanpa "
                "jaringan, lalu paket dari laptop membawa hasilnya kembali ke sini.<br><br>"
                "{langkah}").format(langkah=langkah))
            self.empty_tugaskan.setVisible(bool(self.laptops))
        self._update_buttons()

    def selected(self) -> TugasLaptop | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def _update_buttons(self, *_args: object) -> None:
        if self.laptop_ini:
            return
        t = self.selected()
        self.akhiri_button.setEnabled(t is not None and t.aktif)
        self.kirim_button.setEnabled(t is not None)
        self.tugaskan_button.setEnabled(bool(self.laptops))
        self.tugaskan_button.setToolTip(self.tr(
            "Menugaskan seorang pejabat penilai dan tahunnya ke laptop penilai yang sudah "
            "terdaftar; paket berikutnya ke laptop itu membawa pekerjaannya.")
            if self.laptops else self.tr(
            "Belum ada laptop penilai yang terdaftar: terima dulu kartu kunci laptop itu di "
            "tab Kunci."))

    # --- actions ----------------------------------------------------------------------------
    def tugaskan(self) -> TugasLaptop | None:
        """Opens ``TugaskanDialog``; after an assignment, offers the package to the laptop."""
        if not self.laptops:
            self.pesan.emit(self.tr(
                "Belum ada laptop penilai yang terdaftar. Terima dulu kartu kunci laptop itu "
                "di tab Kunci."), "warning")
            return None
        t = self.selected()
        dialog = TugaskanDialog(self.ctx, self.laptops, self.ctx.tahun.value, self,
                                laptop=t.laptop if t is not None else None)
        self.dialog = dialog
        try:
            dialog.exec()
            hasil = dialog.hasil
        finally:
            self.dialog = None
            dialog.deleteLater()
        if hasil is None:
            return None
        self.terakhir = hasil
        self.langkah_label.setText(self.tr(
            "<b>Penilaian {nama} tahun {tahun} ditugaskan ke laptop {laptop}.</b> Langkah "
            "berikutnya: kirim paket ke laptop itu (flashdisk), lalu impor paket itu di "
            "laptop. Sebelum paket itu diimpor, laptop belum memegang pekerjaannya.").format(
                nama=hasil.penilai_nama, tahun=hasil.tahun, laptop=hasil.laptop))
        self.langkah_kirim.setText(self.tr("Kirim paket ke {laptop}…").format(
            laptop=hasil.laptop))
        self.langkah.show()
        self.pesan.emit(self.tr(
            "Penilaian {nama} tahun {tahun} ditugaskan ke laptop {laptop}. Kirim paket ke "
            "laptop itu agar pekerjaannya terbawa.").format(
                nama=hasil.penilai_nama, tahun=hasil.tahun, laptop=hasil.laptop), "info")
        self.berubah.emit()
        return hasil

    def akhiri(self) -> TugasLaptop | None:
        """Ends the selected assignment after one confirmation."""
        t = self.selected()
        if t is None or not t.aktif:
            self.pesan.emit(self.tr("Pilih penugasan yang masih aktif di tabel dulu."),
                            "warning")
            return None
        if not konfirmasi(self, self.tr("Akhiri tugas laptop {laptop}").format(
                laptop=t.laptop), self.tr(
                "Penugasan <b>{nama}</b> tahun {tahun} ke laptop <b>{laptop}</b> diakhiri. "
                "Paket berikutnya ke laptop itu tidak lagi membawa pekerjaannya, dan "
                "<b>perubahan penilaian dari laptop itu atas SKP tersebut ditolak mulai "
                "sekarang</b>.<br><br>Impor dulu paket terakhir dari laptop itu bila masih "
                "ada penilaian yang belum masuk. Data yang sudah diterima di sini tidak "
                "hilang; penugasan dapat dibuat lagi.").format(
                    nama=t.penilai_nama, tahun=t.tahun, laptop=t.laptop),
                self.tr("Akhiri tugas")):
            return None
        try:
            hasil = tugaskan_laptop(self.ctx.db, self.ctx.actor, t.laptop, t.penilai_id,
                                    t.tahun, aktif=False)
        except UserError as exc:
            self.pesan.emit(str(exc), "error")
            return None
        if self.terakhir is not None and self.terakhir.id == t.id:
            self.langkah.hide()
        self.pesan.emit(self.tr(
            "Tugas laptop {laptop} untuk penilaian {nama} tahun {tahun} diakhiri.").format(
                laptop=t.laptop, nama=t.penilai_nama, tahun=t.tahun), "info")
        self.berubah.emit()
        return hasil

    def _kirim_selected(self) -> None:
        t = self.selected()
        if t is not None:
            self.kirim_ke.emit(t.laptop)

    def _kirim_terakhir(self) -> None:
        if self.terakhir is not None:
            self.kirim_ke.emit(self.terakhir.laptop)
