"""Dialogs of the SKP editor: the intervened RHK, and the workflow prompts.

``IntervensiDialog`` lists ``services.skp.pilihan_intervensi`` (the RHK of the
penilai's SKP and, for a head of unit, the unit's goals) with their indicators,
filtered as the user types; a free text is offered when the leader sits outside
this office. ``AlasanDialog`` asks a required reason (kembalikan, revisi);
``TetapkanDialog`` asks the place of approval.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.services.skp import PilihanIntervensi

ChoiceRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Intervensi:
    """What an RHK intervenes: one of the ids, or a text, or nothing (all empty)."""

    rhk_id: uuid.UUID | None = None
    sasaran_id: uuid.UUID | None = None
    teks: str = ""


class _WordsFilter(QSortFilterProxyModel):
    """Keeps rows whose search text contains every typed word (any case, any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        hay = str(source.data(source.index(source_row, 0, source_parent), SearchRole) or "")
        return all(w in hay for w in self._words)


class IntervensiDialog(QDialog):
    """Picks the leader's RHK (or unit goal) that an RHK supports."""

    def __init__(self, pilihan: list[PilihanIntervensi], current: Intervensi, *,
                 rhk_uraian: str, penilai_nama: str, allow_teks: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pilih RHK pimpinan yang diintervensi"))
        self.resize(720, 520)
        self.chosen: Intervensi | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "RHK <b>{rhk}</b> mendukung rencana hasil kerja pimpinan mana? Pilih dari SKP "
            "pejabat penilai ({penilai}); kepala unit juga dapat memilih sasaran unitnya."
        ).format(rhk=html.escape(rhk_uraian) or self.tr("(belum diberi uraian)"),
                 penilai=html.escape(penilai_nama) or self.tr("belum ditentukan")))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Cari: ketik kata dari uraian, indikator atau nama, mis. laporan keuangan"))
        self.search.setToolTip(self.tr(
            "Menyaring daftar; semua kata harus ada, urutan bebas. Mis. 'laporan keuangan'."))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        self.source = QStandardItemModel(self)
        for p in pilihan:
            if p.jenis == "sasaran":
                head = self.tr("Sasaran unit {unit}").format(unit=p.pemilik)
            else:
                head = self.tr("RHK {nama}").format(nama=p.pemilik)
            detail = self.tr("Indikator: {ind}").format(ind=p.keterangan) if p.keterangan \
                else self.tr("(belum ada indikator)")
            item = QStandardItem(f"{p.uraian}\n{head} · {detail}")
            item.setEditable(False)
            item.setData(p, ChoiceRole)
            item.setData(f"{p.uraian} {p.keterangan} {p.pemilik} {head}".casefold(),
                         SearchRole)
            item.setToolTip(f"{p.uraian}\n{head}\n{detail}")
            self.source.appendRow(item)
        self.proxy = _WordsFilter(self)
        self.proxy.setSourceModel(self.source)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setToolTip(self.tr("Klik dua kali untuk memilih."))
        self.search.textChanged.connect(self._filter)
        self.list.doubleClicked.connect(self._double_clicked)

        self.empty = QLabel(self.tr(
            "Belum ada yang dapat dipilih: pejabat penilai ({penilai}) belum memiliki SKP "
            "tahun ini. Minta pejabat penilai menyusun SKP-nya dulu, lalu buka lagi daftar "
            "ini.").format(penilai=penilai_nama or self.tr("belum ditentukan")))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not pilihan)

        self.from_list = QRadioButton(self.tr("Pilih dari daftar"))
        self.from_text = QRadioButton(self.tr(
            "Pimpinan di luar kantor ini — tulis RHK pimpinan yang diintervensi"))
        self.from_text.setToolTip(self.tr(
            "Bila pejabat penilai berada di instansi lain (mis. Sekretaris Daerah), tulis "
            "RHK-nya seperti pada SKP beliau, mis. 'Meningkatnya kualitas pelayanan "
            "pendidikan'."))
        group = QButtonGroup(self)
        group.addButton(self.from_list)
        group.addButton(self.from_text)
        self.teks = QPlainTextEdit()
        self.teks.setPlaceholderText(self.tr(
            "mis. Meningkatnya kualitas pelayanan pendidikan dasar"))
        self.teks.setMaximumHeight(70)
        self.teks.setPlainText(current.teks)
        if allow_teks:
            layout.addWidget(self.from_list)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        if allow_teks:
            layout.addWidget(self.from_text)
            layout.addWidget(self.teks)
        else:
            self.from_text.hide()
            self.from_list.hide()
            self.teks.hide()
        (self.from_text if allow_teks and (current.teks or not pilihan)
         else self.from_list).setChecked(True)
        self.from_list.toggled.connect(self._sync)

        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Pilih"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.clear_button = QPushButton(self.tr("Kosongkan"))
        self.clear_button.setToolTip(self.tr("Menghapus pilihan RHK pimpinan dari RHK ini."))
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(self._sync)
        self.teks.textChanged.connect(self._sync)

        wanted = current.rhk_id or current.sasaran_id
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            choice = index.data(ChoiceRole)
            if isinstance(choice, PilihanIntervensi) and choice.id == wanted:
                self.list.setCurrentIndex(index)
                break
        self._sync()
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _selected(self) -> PilihanIntervensi | None:
        choice = self.list.currentIndex().data(ChoiceRole)
        return choice if isinstance(choice, PilihanIntervensi) else None

    def _sync(self) -> None:
        by_text = self.from_text.isChecked()
        self.list.setEnabled(not by_text)
        self.search.setEnabled(not by_text)
        self.teks.setEnabled(by_text)
        self.ok.setEnabled(bool(self.teks.toPlainText().strip()) if by_text
                           else self._selected() is not None)

    def _double_clicked(self, _index: QModelIndex) -> None:
        if self._selected() is not None and not self.from_text.isChecked():
            self._accept()

    def choose(self, choice_id: uuid.UUID) -> bool:
        """Selects the choice with this id (as a click would); False when not listed."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            choice = index.data(ChoiceRole)
            if isinstance(choice, PilihanIntervensi) and choice.id == choice_id:
                self.from_list.setChecked(True)
                self.list.setCurrentIndex(index)
                return True
        return False

    def _accept(self) -> None:
        if self.from_text.isChecked():
            text = self.teks.toPlainText().strip()
            if not text:
                return
            self.chosen = Intervensi(teks=text)
        else:
            choice = self._selected()
            if choice is None:
                return
            self.chosen = (Intervensi(sasaran_id=choice.id) if choice.jenis == "sasaran"
                           else Intervensi(rhk_id=choice.id))
        self.accept()

    def _clear(self) -> None:
        self.chosen = Intervensi()
        self.accept()


class AlasanDialog(QDialog):
    """A required reason (at least ``min_len`` letters); OK stays off until then."""

    def __init__(self, title: str, prompt: str, placeholder: str, ok_text: str, *,
                 min_len: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 260)
        self._min = min_len
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setToolTip(self.tr(
            "Alasan disimpan di riwayat SKP dan terlihat oleh pegawai, mis. '{contoh}'."
        ).format(contoh=placeholder))
        layout.addWidget(self.text, 1)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555555;")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._sync)
        self._sync()

    def alasan(self) -> str:
        return self.text.toPlainText().strip()

    def _sync(self) -> None:
        missing = self._min - len(self.alasan())
        self.ok.setEnabled(missing <= 0)
        self.hint.setText(self.tr("Alasan wajib diisi: {n} huruf lagi.").format(n=missing)
                          if missing > 0 else "")

    def _accept(self) -> None:
        if len(self.alasan()) >= self._min:
            self.accept()


class TetapkanDialog(QDialog):
    """Asks where the SKP is approved; the date is today."""

    def __init__(self, pegawai_nama: str, tempat: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setujui dan tetapkan SKP"))
        self.resize(460, 200)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "SKP {nama} akan ditetapkan dan tidak dapat diubah lagi (perubahan sesudahnya "
            "melalui revisi). Tempat dan tanggal tercetak di atas tanda tangan."
        ).format(nama=pegawai_nama))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.tempat = QLineEdit(tempat)
        self.tempat.setPlaceholderText(self.tr("mis. Kalianda"))
        self.tempat.setToolTip(self.tr("Nama kota tempat penetapan, mis. Kalianda."))
        form.addRow(self.tr("&Tempat"), self.tempat)
        self.tanggal = QLabel(tanggal(today))
        self.tanggal.setToolTip(self.tr("SKP ditetapkan dengan tanggal hari ini."))
        form.addRow(self.tr("Tanggal"), self.tanggal)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Tetapkan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tempat.textChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.ok.setEnabled(bool(self.tempat.text().strip()))

    def _accept(self) -> None:
        if self.tempat.text().strip():
            self.accept()
