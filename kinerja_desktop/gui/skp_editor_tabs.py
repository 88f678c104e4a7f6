"""The SKP editor's tabs and side panel: Perilaku Kerja, Lampiran, Riwayat, Kelengkapan."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.skp import (
    StatusSKP,
)
from kinerja_desktop.gui import settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.gui.skp_tree_model import (
    LAMPIRAN_KINDS,
    SkpTreeModel,
)
from kinerja_desktop.services import skp_workflow
from kinerja_desktop.services.skp import SkpDetail

AnyIndex = QModelIndex | QPersistentModelIndex

# Last place typed when approving an SKP ("Kalianda"); the next approval offers it.
TEMPAT_PENETAPAN = settings.Setting(
    "skp/tempat_penetapan", str, "", "Tempat penetapan SKP terakhir (nama kota)")
SPLITTER = settings.Setting(
    "skp/editor_pembagi", bytes, b"", "Lebar panel Kelengkapan editor SKP")
COLUMNS = settings.Setting(
    "skp/editor_kolom", bytes, b"", "Lebar kolom Hasil Kerja editor SKP")

# (background, text) per shown status: text plus colour, never colour alone.
BADGE_COLORS = {
    "draf": ("#e4e4e4", "#333333"),
    "diajukan": ("#fff4ce", "#5c4400"),
    "ditetapkan": ("#e6f4ea", "#1b6e2e"),
    "dikembalikan": ("#fde7e4", "#b3261e"),
    "digantikan": ("#ede7f6", "#4a3b6b"),
}
BANNER_COLORS = {"info": ("#e8f0fe", "#1a4c8b"), "warning": ("#fff4ce", "#5c4400"),
                 "error": ("#fde7e4", "#b3261e"), "ok": ("#e6f4ea", "#1b6e2e")}


HINT = "#555555"


def _color(label: QLabel, color: str) -> None:
    """Text colour through the palette (a style sheet per label makes opening slower)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)


def _badge_key(detail: SkpDetail) -> str:
    if detail.dikembalikan:
        return "dikembalikan"
    return {StatusSKP.DRAFT: "draf", StatusSKP.DIAJUKAN: "diajukan",
            StatusSKP.DITETAPKAN: "ditetapkan", StatusSKP.DIGANTIKAN: "digantikan"}[detail.status]


def _waktu(at: dt.datetime) -> str:
    local = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone()
    return f"{tanggal(local.date())} {local:%H.%M}"


def default_tempat(ctx: AppContext) -> str:
    """The place offered when approving: the last one typed, else the site's town."""
    saved = str(settings.get(TEMPAT_PENETAPAN)).strip()
    if saved:
        return saved
    name = ctx.site.name if ctx.site is not None else ""
    found = re.search(r"\b(?:Kabupaten|Kota|Provinsi)\s+(.+)$", name)
    return found.group(1).strip() if found else ""


class _EkspektasiEdit(QPlainTextEdit):
    """A short text that commits when the user leaves it."""

    committed = Signal()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.committed.emit()


class PerilakuTab(QScrollArea):
    """The seven BerAKHLAK rows with their panduan and the ekspektasi khusus pimpinan.

    Built when first shown (or first asked for its fields): most openings of an SKP
    never look at this tab, and its wrapped rich-text rows are the dearest to lay out.
    """

    def __init__(self, model: SkpTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setWidgetResizable(True)
        self._edits: dict[int, _EkspektasiEdit] = {}
        self._editable = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        model.ekspektasi_changed.connect(self.refresh)

    @property
    def edits(self) -> dict[int, _EkspektasiEdit]:
        """The ekspektasi field per core value number 1–7."""
        self._ensure_built()
        return self._edits

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_built()
        super().showEvent(event)

    def _ensure_built(self) -> None:
        if self._edits:
            return
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.addWidget(self.note, 0, 0, 1, 2)
        head_value = QLabel(self.tr("<b>Perilaku kerja (Core Values ASN BerAKHLAK)</b>"))
        head_eksp = QLabel(self.tr("<b>Ekspektasi khusus pimpinan</b> (boleh kosong)"))
        head_eksp.setToolTip(self.tr(
            "Harapan khusus pejabat penilai atas perilaku ini, mis. 'Menyelesaikan "
            "permintaan data dari bidang lain paling lambat 2 hari kerja'."))
        grid.addWidget(head_value, 1, 0)
        grid.addWidget(head_eksp, 1, 1)
        for value in CORE_VALUES:
            panduan = "".join(f"<br>• {p}" for p in value.panduan)
            label = QLabel(f"<b>{value.no}. {value.nama}</b>{panduan}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            edit = _EkspektasiEdit()
            edit.setPlaceholderText(self.tr("mis. Menanggapi keluhan layanan di hari yang sama"))
            edit.setToolTip(self.tr(
                "Ekspektasi khusus pimpinan untuk '{nama}', mis. 'Menanggapi keluhan layanan "
                "di hari yang sama'. Kosongkan bila tidak ada.").format(nama=value.nama))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setProperty("no", value.no)
            edit.setReadOnly(not self._editable)
            edit.setPlainText(self._model.ekspektasi.get(value.no, ""))
            edit.committed.connect(self._commit)
            self._edits[value.no] = edit
            grid.addWidget(label, value.no + 1, 0)
            grid.addWidget(edit, value.no + 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(CORE_VALUES) + 2, 1)
        self.setWidget(inner)

    def set_editable(self, editable: bool, why: str) -> None:
        self._editable = editable
        for edit in self._edits.values():
            edit.setReadOnly(not editable)
        self.note.setText(why)
        self.note.setVisible(bool(why))

    def refresh(self) -> None:
        for no, edit in self._edits.items():
            text = self._model.ekspektasi.get(no, "")
            if edit.toPlainText() != text:
                edit.setPlainText(text)

    def _commit(self) -> None:
        edit = self.sender()
        if isinstance(edit, _EkspektasiEdit) and not edit.isReadOnly():
            self._model.set_ekspektasi(int(edit.property("no")), edit.toPlainText())

    def commit_pending(self) -> None:
        for no, edit in self._edits.items():
            if not edit.isReadOnly() and edit.toPlainText().strip() != \
                    self._model.ekspektasi.get(no, ""):
                self._model.set_ekspektasi(no, edit.toPlainText())

    def pending(self) -> bool:
        return any(not e.isReadOnly() and e.toPlainText().strip() != self._model.ekspektasi.get(
            no, "") for no, e in self._edits.items())


class LampiranList(QFrame):
    """One editable numbered list of the lampiran (double-click an item to edit it)."""

    def __init__(self, model: SkpTreeModel, kind: str, title: str, example: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.kind = kind
        self._example = example
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QLabel(f"<b>{title}</b>")
        head.setToolTip(self.tr("{title}, mis. '{contoh}'.").format(title=title, contoh=example))
        layout.addWidget(head)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr(
            "Satu butir per baris; klik dua kali untuk mengubah, mis. '{contoh}'.").format(
            contoh=example))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Tambah"))
        self.add_button.setToolTip(self.tr("Menambah butir baru, mis. '{contoh}'.").format(
            contoh=example))
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Hapus"))
        self.remove_button.setToolTip(self.tr("Menghapus butir yang dipilih (Ctrl+Z membatalkan)."))
        self.up_button = QToolButton()
        self.up_button.setText(self.tr("Naik"))
        self.up_button.setToolTip(self.tr("Memindahkan butir yang dipilih ke atas."))
        self.down_button = QToolButton()
        self.down_button.setText(self.tr("Turun"))
        self.down_button.setToolTip(self.tr("Memindahkan butir yang dipilih ke bawah."))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(self._up)
        self.down_button.clicked.connect(self._down)
        self.list.itemChanged.connect(self._edited)
        self.list.itemDelegate().closeEditor.connect(self._editor_closed)
        self._editable = True
        self._filling = False

    def items(self) -> list[str]:
        return list(getattr(self._model.lampiran, self.kind))

    def refresh(self) -> None:
        shown = [self.list.item(i).text() for i in range(self.list.count())]
        if shown == self.items() and self._flags_ok():
            return  # e.g. right after the user's own edit: keep the list (and its editor)
        self._filling = True
        try:
            current = self.list.currentRow()
            self.list.clear()
            for text in self.items():
                item = QListWidgetItem(text)
                if self._editable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            if 0 <= current < self.list.count():
                self.list.setCurrentRow(current)
        finally:
            self._filling = False

    def _flags_ok(self) -> bool:
        return all(bool(self.list.item(i).flags() & Qt.ItemFlag.ItemIsEditable) == self._editable
                   for i in range(self.list.count()))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setVisible(editable)
        self.refresh()

    def _edited(self, _item: QListWidgetItem) -> None:
        if self._filling:
            return
        texts = [self.list.item(i).text().strip() for i in range(self.list.count())]
        self._model.set_lampiran(self.kind, [t for t in texts if t])

    def add_item(self, text: str = "") -> None:
        """Adds ``text``; without it, opens an empty line to type in (kept once typed)."""
        if text.strip():
            self._model.set_lampiran(self.kind, [*self.items(), text.strip()])
            self.list.setCurrentRow(self.list.count() - 1)
            return
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._filling = True
        self.list.addItem(item)
        self._filling = False
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _add_clicked(self) -> None:
        self.add_item()

    def _editor_closed(self) -> None:
        if any(not self.list.item(i).text().strip() for i in range(self.list.count())):
            self.refresh()  # an empty line left as it was: it was never part of the list

    def remove_item(self) -> None:
        row = self.list.currentRow()
        items = self.items()
        if 0 <= row < len(items):
            del items[row]
            self._model.set_lampiran(self.kind, items)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        items = self.items()
        if 0 <= row < len(items) and 0 <= row + delta < len(items):
            items[row], items[row + delta] = items[row + delta], items[row]
            self._model.set_lampiran(self.kind, items)
            self.list.setCurrentRow(row + delta)

    def _up(self) -> None:
        self._move(-1)

    def _down(self) -> None:
        self._move(+1)


class LampiranTab(QWidget):
    def __init__(self, model: SkpTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.lists = {
            "dukungan_sumber_daya": LampiranList(
                model, "dukungan_sumber_daya", self.tr("Dukungan sumber daya"),
                self.tr("Aplikasi SAKTI dan satu unit komputer")),
            "skema_pertanggungjawaban": LampiranList(
                model, "skema_pertanggungjawaban", self.tr("Skema pertanggungjawaban"),
                self.tr("Laporan triwulan kepada Sekretaris")),
            "konsekuensi": LampiranList(
                model, "konsekuensi", self.tr("Konsekuensi"),
                self.tr("Laporan terlambat menunda pencairan anggaran")),
        }
        for kind in LAMPIRAN_KINDS:
            layout.addWidget(self.lists[kind], 1)
        model.lampiran_changed.connect(self.refresh)

    def refresh(self) -> None:
        for widget in self.lists.values():
            widget.refresh()

    def set_editable(self, editable: bool) -> None:
        for widget in self.lists.values():
            widget.set_editable(editable)


class RiwayatTab(QTableWidget):
    """``skp_workflow.riwayat``: every step of this SKP and the versions it revises."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Waktu"), self.tr("Aksi"), self.tr("Dari"), self.tr("Ke"),
            self.tr("Oleh"), self.tr("Atas nama"), self.tr("Alasan")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((190, 120, 90, 90, 170, 150)):
            self.setColumnWidth(col, width)
        self.setToolTip(self.tr(
            "Riwayat SKP: siapa mengubah status, kapan, dan alasannya, mis. 'Dikembalikan — "
            "target IKI 2 belum terukur'."))
        self.stale = True

    def show_rows(self, rows: list[skp_workflow.TransisiDTO]) -> None:
        self.setRowCount(len(rows))
        for r, t in enumerate(rows):
            oleh = t.oleh_nama or t.username
            if t.oleh_nama and t.username:
                oleh = f"{t.oleh_nama} ({t.username})"
            values = (_waktu(t.at), t.aksi.label, t.dari.label if t.dari else "—", t.ke.label,
                      oleh, t.atas_nama, t.alasan)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        self.stale = False


class KelengkapanPanel(QFrame):
    """What is still missing before the SKP can be submitted; click to go there."""

    picked = Signal(int)  # row in model.kekurangan()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Kelengkapan</b>"))
        title.setToolTip(self.tr(
            "Daftar yang masih kurang sebelum SKP dapat diajukan, mis. 'RHK utama 1: belum "
            "ada indikator kinerja individu (IKI)'. Klik untuk menuju barisnya."))
        layout.addWidget(title)
        self.hint = QLabel(self.tr("Yang masih kurang sebelum SKP dapat diajukan; klik untuk "
                                   "menuju barisnya."))
        self.hint.setWordWrap(True)
        _color(self.hint, HINT)
        layout.addWidget(self.hint)
        self.ok = QLabel(self.tr("✔ Lengkap, siap diajukan"))
        self.ok.setObjectName("kelengkapan_ok")
        self.ok.setWordWrap(True)
        self.ok.setStyleSheet("QLabel#kelengkapan_ok { background: #e6f4ea; color: #1b6e2e; "
                              "border: 1px solid #1b6e2e; padding: 6px; font-weight: bold; }")
        self.ok.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.ok)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # takes the height while the list is hidden

    def show_items(self, messages: list[str], draft: bool = True) -> None:
        self.list.clear()
        for text in messages:
            item = QListWidgetItem(f"• {text}")
            item.setToolTip(text)
            self.list.addItem(item)
        self.ok.setText(self.tr("✔ Lengkap, siap diajukan") if draft else self.tr("✔ Lengkap"))
        self.ok.setVisible(not messages)
        self.list.setVisible(bool(messages))
        self.hint.setVisible(bool(messages))

    def messages(self) -> list[str]:
        return [self.list.item(i).text()[2:] for i in range(self.list.count())]

    def _clicked(self, item: QListWidgetItem) -> None:
        self.picked.emit(self.list.row(item))


# ---------------------------------------------------------------------------------------
