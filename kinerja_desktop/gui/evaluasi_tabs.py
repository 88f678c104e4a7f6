"""The Realisasi and Umpan balik tabs of the evaluation form (SCREENS §8, issue 4 points 1–2).

Both tabs work through their host (``EvaluasiDialog``), which owns the data, runs
the service calls and turns errors into messages (a ConflictError offers a reload).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.skp import format_angka, parse_angka
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.services import realisasi as realisasi_service
from kinerja_desktop.services.berkas import baca_berkas, berkas_dari_file, format_ukuran
from kinerja_desktop.services.realisasi import BuktiDTO, EvaluasiDTO, RealisasiDTO
from kinerja_desktop.services.umpan_balik import FrasaDTO, UmpanBalikDTO, beri_umpan_balik

HINT = "#555555"
ERROR = "#b3261e"
ID_ROLE = Qt.ItemDataRole.UserRole


def color(label: QLabel, value: str) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(value))
    label.setPalette(palette)


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    color(label, HINT)
    return label


class Host(Protocol):
    """What the tabs need from the dialog."""

    ctx: AppContext

    def evaluasi(self) -> EvaluasiDTO | None: ...

    def run(self, call: Callable[[], EvaluasiDTO]) -> EvaluasiDTO | None: ...

    def umpan_balik_dikirim(self) -> None: ...


# ---------------------------------------------------------------------------
# Realisasi


class RealisasiTab(QWidget):
    """RHK → IKI with target and realisasi on the left; the chosen IKI's editor and
    evidence on the right; Ajukan realisasi below."""

    COLUMNS = 4

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._current: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.tree = QTreeWidget()
        self.tree.setObjectName("realisasi_tree")
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([
            self.tr("Rencana hasil kerja / indikator"), self.tr("Target"),
            self.tr("Realisasi"), self.tr("Bukti")])
        self.tree.setToolTip(self.tr(
            "Setiap indikator kinerja individu (IKI) SKP dengan targetnya; pilih satu untuk "
            "mengisi realisasi dan bukti dukungnya, mis. target '4 dokumen', realisasi '3'."))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 120), (2, 120), (3, 50)):
            header.resizeSection(col, width)
        self.tree.currentItemChanged.connect(self._picked)

        side = QWidget()
        form_box = QVBoxLayout(side)
        form_box.setContentsMargins(4, 0, 0, 0)
        self.iki_label = QLabel()
        self.iki_label.setObjectName("iki_label")
        self.iki_label.setWordWrap(True)
        self.iki_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.iki_label.font()
        font.setBold(True)
        self.iki_label.setFont(font)
        form_box.addWidget(self.iki_label)

        isi = QGroupBox(self.tr("Realisasi"))
        form = QFormLayout(isi)
        self.target_label = QLabel()
        self.target_label.setToolTip(self.tr("Target IKI menurut SKP, mis. '4 dokumen'."))
        form.addRow(self.tr("Target"), self.target_label)
        self.angka_edit = QLineEdit()
        self.angka_edit.setObjectName("realisasi_angka")
        self.angka_edit.setPlaceholderText(self.tr("mis. 3 atau 12,5"))
        self.angka_edit.setToolTip(self.tr(
            "Jumlah yang tercapai dalam periode ini, dengan koma untuk desimal, "
            "mis. '3' atau '87,5' (satuannya sama dengan target)."))
        self.satuan_label = QLabel()
        angka_row = QHBoxLayout()
        angka_row.addWidget(self.angka_edit, 1)
        angka_row.addWidget(self.satuan_label)
        self.angka_caption = QLabel(self.tr("Angka realisasi"))
        self.angka_caption.setToolTip(self.angka_edit.toolTip())
        form.addRow(self.angka_caption, angka_row)
        self.teks_edit = QPlainTextEdit()
        self.teks_edit.setObjectName("realisasi_teks")
        self.teks_edit.setMaximumHeight(70)
        self.teks_edit.setTabChangesFocus(True)
        self.teks_edit.setToolTip(self.tr(
            "Uraian capaian; wajib untuk IKI kualitatif, mis. 'Laporan diterima pimpinan "
            "tanpa revisi pada 28 Maret'. Untuk IKI berangka boleh dikosongkan."))
        self.teks_caption = QLabel(self.tr("Uraian capaian"))
        self.teks_caption.setToolTip(self.teks_edit.toolTip())
        form.addRow(self.teks_caption, self.teks_edit)
        self.simpan_button = QPushButton(self.tr("Simpan realisasi"))
        self.simpan_button.setToolTip(self.tr(
            "Menyimpan realisasi indikator ini; status periode menjadi 'Realisasi diisi'."))
        self.simpan_button.clicked.connect(self.simpan)
        self.pesan = QLabel()
        self.pesan.setObjectName("realisasi_pesan")
        self.pesan.setWordWrap(True)
        color(self.pesan, ERROR)
        row = QHBoxLayout()
        row.addWidget(self.simpan_button)
        row.addWidget(self.pesan, 1)
        form.addRow(row)
        form_box.addWidget(isi)

        bukti = QGroupBox(self.tr("Bukti dukung"))
        bukti.setToolTip(self.tr(
            "Berkas (PDF, foto, dokumen; paling besar 20 MB) atau tautan yang membuktikan "
            "realisasi, mis. 'notulen_rapat_maret.pdf' atau https://drive.example.go.id/…"))
        bukti_box = QVBoxLayout(bukti)
        self.bukti_list = QListWidget()
        self.bukti_list.setObjectName("bukti_list")
        self.bukti_list.setToolTip(bukti.toolTip())
        self.bukti_list.itemDoubleClicked.connect(lambda _item: self.buka())
        self.bukti_list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        bukti_box.addWidget(self.bukti_list)
        buttons = QHBoxLayout()
        self.tambah_berkas_button = QPushButton(self.tr("Tambah berkas…"))
        self.tambah_berkas_button.setToolTip(self.tr(
            "Memilih berkas dari komputer ini, mis. scan surat tugas (PDF, paling besar 20 MB)"))
        self.tambah_berkas_button.clicked.connect(self.tambah_berkas)
        self.tambah_tautan_button = QPushButton(self.tr("Tambah tautan…"))
        self.tambah_tautan_button.setToolTip(self.tr(
            "Alamat web bukti, mis. https://drive.example.go.id/berkas/123"))
        self.tambah_tautan_button.clicked.connect(self.tambah_tautan)
        self.hapus_button = QPushButton(self.tr("Hapus"))
        self.hapus_button.setToolTip(self.tr("Melepas bukti yang dipilih dari realisasi ini"))
        self.hapus_button.clicked.connect(self.hapus)
        self.buka_button = QPushButton(self.tr("Buka"))
        self.buka_button.setToolTip(self.tr(
            "Membuka bukti yang dipilih dengan aplikasi bawaan komputer (atau peramban untuk "
            "tautan)"))
        self.buka_button.clicked.connect(self.buka)
        for b in (self.tambah_berkas_button, self.tambah_tautan_button, self.hapus_button,
                  self.buka_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        bukti_box.addLayout(buttons)
        form_box.addWidget(bukti, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 540])
        self.splitter.setCollapsible(0, False)
        layout.addWidget(self.splitter, 1)

        bottom = QHBoxLayout()
        self.ajukan_hint = hint_label()
        bottom.addWidget(self.ajukan_hint, 1)
        self.ajukan_button = QPushButton(self.tr("Ajukan realisasi"))
        self.ajukan_button.setObjectName("ajukan_realisasi")
        self.ajukan_button.setToolTip(self.tr(
            "Mengirim realisasi periode ini kepada pejabat penilai; setelah diajukan "
            "realisasi tidak dapat diubah lagi kecuali dikembalikan."))
        font = self.ajukan_button.font()
        font.setBold(True)
        self.ajukan_button.setFont(font)
        self.ajukan_button.clicked.connect(self.ajukan)
        bottom.addWidget(self.ajukan_button)
        layout.addLayout(bottom)

    # --- data -----------------------------------------------------------

    def populate(self, ev: EvaluasiDTO) -> None:
        keep = self._current
        self.tree.blockSignals(True)
        self.tree.clear()
        parents: dict[uuid.UUID, QTreeWidgetItem] = {}
        select: QTreeWidgetItem | None = None
        first: QTreeWidgetItem | None = None
        for r in ev.realisasi:
            parent = parents.get(r.rhk_id)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [f"{r.rhk_label}: {r.rhk_uraian}"])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setFirstColumnSpanned(True)
                f = parent.font(0)
                f.setBold(True)
                parent.setFont(0, f)
                parents[r.rhk_id] = parent
            item = QTreeWidgetItem(parent, [
                r.iki_uraian, r.target, _realisasi_text(r),
                str(len(r.bukti)) if r.bukti else "–"])
            item.setData(0, ID_ROLE, str(r.iki_id))
            item.setToolTip(0, r.iki_uraian)
            if not r.terisi:
                item.setText(2, self.tr("belum diisi"))
                item.setForeground(2, QColor(ERROR))
            first = first or item
            if r.iki_id == keep:
                select = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        target = select or first
        if target is not None:
            self.tree.setCurrentItem(target)
            self._picked(target, None)
        else:
            self._show(None)
        kosong = len(ev.belum_terisi)
        if ev.boleh_ajukan or ev.boleh_ubah:
            self.ajukan_hint.setText(
                self.tr("Semua indikator sudah diisi; tekan Ajukan realisasi agar pejabat "
                        "penilai dapat menilai.") if kosong == 0 else
                self.tr("{n} indikator belum diisi; isi semuanya sebelum mengajukan.").format(
                    n=kosong))
        else:
            self.ajukan_hint.setText(self.tr(
                "Realisasi hanya dapat diisi pegawai pemilik SKP (atau admin) selama statusnya "
                "'Belum diisi' atau 'Realisasi diisi'."))
        self.ajukan_button.setEnabled(ev.boleh_ajukan)

    def current(self) -> RealisasiDTO | None:
        ev = self.host.evaluasi()
        if ev is None or self._current is None:
            return None
        return next((r for r in ev.realisasi if r.iki_id == self._current), None)

    def select_iki(self, iki_id: uuid.UUID) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None and child.data(0, ID_ROLE) == str(iki_id):
                    self.tree.setCurrentItem(child)

    def _picked(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        raw = item.data(0, ID_ROLE) if item is not None else None
        self._current = uuid.UUID(raw) if raw else None
        self._show(self.current())

    def _show(self, r: RealisasiDTO | None) -> None:
        ev = self.host.evaluasi()
        ubah = ev is not None and ev.boleh_ubah and r is not None
        self.pesan.clear()
        self.bukti_list.clear()
        if r is None:
            self.iki_label.setText(self.tr("Pilih indikator di sebelah kiri."))
            self.target_label.clear()
            self.angka_edit.clear()
            self.teks_edit.clear()
        else:
            self.iki_label.setText(f"{r.rhk_label} · {r.iki_uraian}")
            self.target_label.setText(r.target or "–")
            numeric = r.target_nilai is not None
            self.angka_edit.setText(
                format_angka(r.realisasi_nilai) if r.realisasi_nilai is not None else "")
            self.satuan_label.setText(r.target.removeprefix(
                format_angka(r.target_nilai)).strip() if numeric and r.target_nilai else "")
            for w in (self.angka_edit, self.angka_caption, self.satuan_label):
                w.setVisible(numeric)
            self.teks_caption.setText(
                self.tr("Keterangan") if numeric else self.tr("Uraian capaian"))
            self.teks_edit.setPlainText(r.realisasi_teks)
            for b in r.bukti:
                item = QListWidgetItem(_bukti_text(b))
                item.setData(ID_ROLE, str(b.id))
                item.setToolTip(b.tautan or b.nama_file)
                self.bukti_list.addItem(item)
            if not r.bukti:
                empty = QListWidgetItem(self.tr(
                    "Belum ada bukti. Tekan Tambah berkas… atau Tambah tautan…") if ubah else
                    self.tr("Belum ada bukti."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.bukti_list.addItem(empty)
        self.angka_edit.setReadOnly(not ubah)
        self.teks_edit.setReadOnly(not ubah)
        for button in (self.simpan_button, self.tambah_berkas_button,
                       self.tambah_tautan_button):
            button.setEnabled(ubah)
        self._sync_buttons()

    def _bukti(self) -> BuktiDTO | None:
        r = self.current()
        item = self.bukti_list.currentItem()
        raw = item.data(ID_ROLE) if item is not None else None
        if r is None or not raw:
            return None
        return next((b for b in r.bukti if str(b.id) == raw), None)

    def _sync_buttons(self) -> None:
        ev = self.host.evaluasi()
        b = self._bukti()
        self.hapus_button.setEnabled(b is not None and ev is not None and ev.boleh_ubah)
        self.buka_button.setEnabled(b is not None)

    # --- actions --------------------------------------------------------

    def simpan(self) -> bool:
        ev, r = self.host.evaluasi(), self.current()
        if ev is None or r is None:
            return False
        teks = self.teks_edit.toPlainText().strip()
        nilai: Decimal | None = None
        if r.target_nilai is not None:
            text = self.angka_edit.text().strip()
            if not text:
                self.pesan.setText(self.tr(
                    "Isi angka realisasi, mis. {contoh}.").format(contoh=r.target or "4"))
                self.angka_edit.setFocus()
                return False
            try:
                nilai = parse_angka(text)
            except UserError as exc:
                self.pesan.setText(exc.message)
                self.angka_edit.setFocus()
                return False
        elif not teks:
            self.pesan.setText(self.tr(
                "Tulis uraian capaian, mis. 'Laporan diterima tanpa revisi'."))
            self.teks_edit.setFocus()
            return False
        iki_id = r.iki_id
        return self.host.run(lambda: realisasi_service.isi_realisasi(
            self.host.ctx.db, self.host.ctx.actor, ev.id, iki_id, nilai=nilai, teks=teks,
            expected_version=ev.version)) is not None

    def tambah_berkas(self) -> bool:
        ev, r = self.host.evaluasi(), self.current()
        if ev is None or r is None:
            return False
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas bukti dukung"), "",
            self.tr("Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt);;"
                    "Semua berkas (*)"))
        if not name:
            return False
        path = Path(name)
        try:
            data, mime = berkas_dari_file(path)
        except UserError as exc:
            show_error(self, exc)
            return False
        iki_id = r.iki_id
        return self.host.run(lambda: realisasi_service.tambah_bukti(
            self.host.ctx.db, self.host.ctx.actor, ev.id, iki_id, data=data,
            nama_file=path.name, mime=mime, expected_version=ev.version)) is not None

    def tambah_tautan(self) -> bool:
        ev, r = self.host.evaluasi(), self.current()
        if ev is None or r is None:
            return False
        text, ok = QInputDialog.getText(
            self, self.tr("Tambah tautan bukti"),
            self.tr("Alamat lengkap bukti, mis. https://drive.example.go.id/berkas/123"),
            QLineEdit.EchoMode.Normal, "https://")
        if not ok or not text.strip() or text.strip() == "https://":
            return False
        iki_id = r.iki_id
        return self.host.run(lambda: realisasi_service.tambah_bukti(
            self.host.ctx.db, self.host.ctx.actor, ev.id, iki_id, tautan=text,
            expected_version=ev.version)) is not None

    def hapus(self) -> bool:
        ev, b = self.host.evaluasi(), self._bukti()
        if ev is None or b is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Hapus bukti"),
            self.tr("Lepaskan bukti \u201c{nama}\u201d dari realisasi ini? Berkasnya tetap "
                    "tersimpan dan dapat dilampirkan lagi.").format(nama=b.tautan or b.nama_file))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        bid = b.id
        return self.host.run(lambda: realisasi_service.hapus_bukti(
            self.host.ctx.db, self.host.ctx.actor, bid, expected_version=ev.version)) \
            is not None

    def buka(self) -> bool:
        b = self._bukti()
        if b is None:
            return False
        if b.tautan:
            url = QUrl(b.tautan)
        else:
            assert b.sha256 is not None
            try:
                data = baca_berkas(self.host.ctx.db, self.host.ctx.actor, b.sha256)
            except UserError as exc:
                show_error(self, exc)
                return False
            folder = Path(tempfile.gettempdir()) / "kinerja-bukti" / b.sha256[:16]
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / (Path(b.nama_file).name or "bukti")
            path.write_bytes(data)
            url = QUrl.fromLocalFile(str(path))
        if not QDesktopServices.openUrl(url):
            show_error(self, UserError(self.tr(
                "Tidak ada aplikasi untuk membuka {nama}.").format(nama=url.toString())))
            return False
        return True

    def ajukan(self) -> bool:
        ev = self.host.evaluasi()
        if ev is None:
            return False
        return self.host.run(lambda: realisasi_service.ajukan_realisasi(
            self.host.ctx.db, self.host.ctx.actor, ev.id, expected_version=ev.version)) \
            is not None


def _realisasi_text(r: RealisasiDTO) -> str:
    if r.realisasi_nilai is not None:
        satuan = r.target.removeprefix(format_angka(r.target_nilai)).strip() \
            if r.target_nilai is not None else ""
        return f"{format_angka(r.realisasi_nilai)} {satuan}".strip()
    return r.realisasi_teks


def _bukti_text(b: BuktiDTO) -> str:
    if b.tautan:
        label = f"🔗 {b.nama_file} – {b.tautan}" if b.nama_file else f"🔗 {b.tautan}"
    else:
        size = f" ({format_ukuran(b.ukuran)})" if b.ukuran is not None else ""
        label = f"📄 {b.nama_file}{size}"
    if b.keterangan:
        label += f" · {b.keterangan}"
    return label


# ---------------------------------------------------------------------------
# Umpan balik


class UmpanBalikTab(QWidget):
    """Feedback per RHK and per core value: the list of targets on the left, the
    feedback so far, a phrase picker and the input on the right."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._items: list[UmpanBalikDTO] = []
        self._frasa: list[FrasaDTO] = []
        self._boleh = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.sasaran_list = QListWidget()
        self.sasaran_list.setObjectName("sasaran_umpan_balik")
        self.sasaran_list.setToolTip(self.tr(
            "Pilih RHK atau core value BerAKHLAK yang diberi umpan balik, mis. "
            "'2. Akuntabel'; angka dalam kurung = banyaknya umpan balik."))
        self.sasaran_list.currentRowChanged.connect(lambda _row: self._show())
        left = QVBoxLayout()
        left.addWidget(hint_label(self.tr("Umpan balik untuk")))
        left.addWidget(self.sasaran_list, 1)
        layout.addLayout(left, 2)

        right = QVBoxLayout()
        self.judul = QLabel()
        self.judul.setObjectName("umpan_balik_judul")
        self.judul.setWordWrap(True)
        font = self.judul.font()
        font.setBold(True)
        self.judul.setFont(font)
        right.addWidget(self.judul)
        self.panduan = hint_label()
        right.addWidget(self.panduan)
        self.riwayat = QListWidget()
        self.riwayat.setObjectName("umpan_balik_riwayat")
        self.riwayat.setWordWrap(True)
        self.riwayat.setToolTip(self.tr(
            "Umpan balik yang sudah diberikan dalam periode ini, terlama di atas, dengan "
            "pemberi dan tanggalnya."))
        right.addWidget(self.riwayat, 1)
        self.frasa_combo = QComboBox()
        self.frasa_combo.setObjectName("frasa_combo")
        self.frasa_combo.setToolTip(self.tr(
            "Frasa siap pakai dari pustaka (diatur admin di Pengaturan); memilih satu "
            "menyisipkannya ke kotak di bawah untuk disunting, mis. 'Bantu rekan yang "
            "kesulitan agar target tim tercapai.'"))
        self.frasa_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.frasa_combo.setMinimumContentsLength(30)
        self.frasa_combo.activated.connect(self._frasa_picked)
        right.addWidget(self.frasa_combo)
        self.input = QPlainTextEdit()
        self.input.setObjectName("umpan_balik_input")
        self.input.setMaximumHeight(90)
        self.input.setTabChangesFocus(True)
        self.input.setPlaceholderText(self.tr(
            "Tulis umpan balik, atau pilih frasa di atas lalu sunting."))
        self.input.setToolTip(self.tr(
            "Umpan balik Anda, mis. 'Laporan rapi; kirim draf dua hari lebih awal.'"))
        right.addWidget(self.input)
        row = QHBoxLayout()
        self.status = hint_label()
        row.addWidget(self.status, 1)
        self.kirim_button = QPushButton(self.tr("Simpan umpan balik"))
        self.kirim_button.setObjectName("kirim_umpan_balik")
        self.kirim_button.setToolTip(self.tr(
            "Menyimpan umpan balik pada RHK/core value terpilih; pegawai dapat membacanya."))
        self.kirim_button.clicked.connect(self.kirim)
        row.addWidget(self.kirim_button)
        right.addLayout(row)
        layout.addLayout(right, 3)

    def populate(self, ev: EvaluasiDTO, items: list[UmpanBalikDTO],
                 frasa: list[FrasaDTO], boleh: bool, alasan: str) -> None:
        self._items, self._frasa, self._boleh = items, frasa, boleh
        row = max(self.sasaran_list.currentRow(), 0)
        self.sasaran_list.blockSignals(True)
        self.sasaran_list.clear()
        seen: set[uuid.UUID] = set()
        for r in ev.realisasi:
            if r.rhk_id in seen:
                continue
            seen.add(r.rhk_id)
            self._add(f"{r.rhk_label}: {r.rhk_uraian}", ("rhk", str(r.rhk_id)), r.rhk_uraian,
                      sum(1 for u in items if u.rhk_id == r.rhk_id))
        for cv in CORE_VALUES:
            self._add(f"{cv.no}. {cv.nama}", ("cv", cv.no), "\n".join(cv.panduan),
                      sum(1 for u in items if u.core_value == cv.no))
        self.sasaran_list.blockSignals(False)
        self.sasaran_list.setCurrentRow(min(row, self.sasaran_list.count() - 1))
        self.status.setText(alasan)
        self._show()

    def _add(self, text: str, key: tuple[str, object], tip: str, n: int) -> None:
        item = QListWidgetItem(f"{text} ({n})" if n else text)
        item.setData(ID_ROLE, key)
        item.setToolTip(tip)
        self.sasaran_list.addItem(item)

    def key(self) -> tuple[str, object] | None:
        item = self.sasaran_list.currentItem()
        if item is None:
            return None
        kind, value = item.data(ID_ROLE)
        return str(kind), value

    def select(self, key: tuple[str, object]) -> None:
        for i in range(self.sasaran_list.count()):
            if tuple(self.sasaran_list.item(i).data(ID_ROLE)) == key:
                self.sasaran_list.setCurrentRow(i)

    def _show(self) -> None:
        key = self.key()
        item = self.sasaran_list.currentItem()
        self.riwayat.clear()
        self.frasa_combo.clear()
        if key is None or item is None:
            return
        kind, value = key
        self.judul.setText(item.text())
        if kind == "cv":
            cv = next(c for c in CORE_VALUES if c.no == value)
            self.panduan.setText(self.tr("Panduan perilaku: {p}").format(
                p="; ".join(cv.panduan)))
            mine = [u for u in self._items if u.core_value == value]
            frasa = [f for f in self._frasa if f.core_value == value]
        else:
            self.panduan.setText(self.tr(
                "Umpan balik atas hasil kerja pada RHK ini (capaian, bukti, ketepatan waktu)."))
            mine = [u for u in self._items if str(u.rhk_id) == value]
            frasa = [f for f in self._frasa if f.core_value is None]
        for u in mine:
            when = tanggal(u.at.date())
            self.riwayat.addItem(f"{u.teks}\n— {u.username}, {when}")
        if not mine:
            empty = QListWidgetItem(self.tr("Belum ada umpan balik."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.riwayat.addItem(empty)
        self.frasa_combo.addItem(self.tr("Pilih frasa untuk disisipkan…"), None)
        for f in frasa:
            self.frasa_combo.addItem(f.teks, f.teks)
            self.frasa_combo.setItemData(self.frasa_combo.count() - 1, f.teks,
                                         Qt.ItemDataRole.ToolTipRole)
        for w in (self.frasa_combo, self.kirim_button):
            w.setEnabled(self._boleh)
        self.input.setReadOnly(not self._boleh)

    def _frasa_picked(self, index: int) -> None:
        teks = self.frasa_combo.itemData(index)
        if not teks:
            return
        current = self.input.toPlainText().rstrip()
        self.input.setPlainText(f"{current} {teks}" if current else str(teks))
        self.input.setFocus()
        self.frasa_combo.setCurrentIndex(0)

    def kirim(self) -> bool:
        key = self.key()
        teks = self.input.toPlainText().strip()
        if key is None or not self._boleh:
            return False
        if not teks:
            self.status.setText(self.tr("Tulis umpan balik atau pilih frasa dulu."))
            return False
        kind, value = key
        rhk_id = uuid.UUID(str(value)) if kind == "rhk" else None
        core_value = int(str(value)) if kind == "cv" else None
        ev = self.host.evaluasi()
        if ev is None:
            return False
        try:
            beri_umpan_balik(self.host.ctx.db, self.host.ctx.actor, ev.skp_id, ev.periode_key,
                             rhk_id=rhk_id, core_value=core_value, teks=teks)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.input.clear()
        self.host.umpan_balik_dikirim()
        self.select(key)
        return True
