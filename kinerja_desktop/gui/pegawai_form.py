"""The pegawai detail/edit form (tab Data of the Pegawai page), loaded from ui/pegawai_form.ui.

Widgets are named after ``PegawaiInput`` attributes: ``<field>_input`` for the
editor, ``<field>_error`` for the inline message under it, so the
``FieldErrors`` of ``services.pegawai.save_pegawai`` land next to their field.

Every committed field change (a line edit when editing finishes, a combo or the
check box when it changes) is one ``QUndoCommand`` on ``undo_stack``; a change
that forces another field (jenis → golongan, kategori → jenjang) is one macro,
so Ctrl+Z takes both back together.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QIODevice,
    QLocale,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

import kinerja_desktop
from kinerja_desktop.domain.errors import ConflictError, UserError, ValidationError
from kinerja_desktop.domain.golongan import golongan_for
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import JenisKelamin, JenisPegawai, normalize_nip, parse_nip
from kinerja_desktop.domain.pegawai import FieldError, PegawaiInput
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.i18n import QT_TRANSLATE_NOOP
from kinerja_desktop.gui.pegawai_model import tanggal
from kinerja_desktop.services.pegawai import FieldErrors, PegawaiDetail, save_pegawai
from kinerja_desktop.services.pegawai_lookup import JabatanOption, list_jabatan, nama_by_nip
from kinerja_desktop.services.unit_kerja import UnitDTO

W = TypeVar("W", bound=QWidget)

UI_FILE = Path(kinerja_desktop.__file__).resolve().parent.parent / "ui" / "pegawai_form.ui"

TEXT_FIELDS = ("nip", "gelar_depan", "nama", "gelar_belakang", "jabatan", "atasan_nip")
COMBO_FIELDS = ("jenis_pegawai", "golongan", "kategori_jabatan", "jenjang", "unit_kode")
FIELDS: tuple[str, ...] = (
    "nip", "jenis_pegawai", "gelar_depan", "nama", "gelar_belakang", "golongan", "jabatan",
    "kategori_jabatan", "jenjang", "unit_kode", "atasan_nip", "aktif",
)
FIELD_TITLES = {
    "nip": QT_TRANSLATE_NOOP("PegawaiForm", "NIP"),
    "jenis_pegawai": QT_TRANSLATE_NOOP("PegawaiForm", "Jenis pegawai"),
    "gelar_depan": QT_TRANSLATE_NOOP("PegawaiForm", "Gelar depan"),
    "nama": QT_TRANSLATE_NOOP("PegawaiForm", "Nama"),
    "gelar_belakang": QT_TRANSLATE_NOOP("PegawaiForm", "Gelar belakang"),
    "golongan": QT_TRANSLATE_NOOP("PegawaiForm", "Golongan"),
    "jabatan": QT_TRANSLATE_NOOP("PegawaiForm", "Jabatan"),
    "kategori_jabatan": QT_TRANSLATE_NOOP("PegawaiForm", "Kategori jabatan"),
    "jenjang": QT_TRANSLATE_NOOP("PegawaiForm", "Jenjang"),
    "unit_kode": QT_TRANSLATE_NOOP("PegawaiForm", "Unit kerja"),
    "atasan_nip": QT_TRANSLATE_NOOP("PegawaiForm", "NIP atasan"),
    "aktif": QT_TRANSLATE_NOOP("PegawaiForm", "Aktif"),
}

ERROR_COLOR = "#b3261e"
HINT_COLOR = "#555555"
OK_COLOR = "#1b6e2e"
WARN_BG = "#fff4ce"
ERROR_BG = "#fde7e4"

STYLE = f"""
QLabel[role="error"] {{ color: {ERROR_COLOR}; }}
QLabel[role="hint"] {{ color: {HINT_COLOR}; }}
QLabel[role="ok"] {{ color: {OK_COLOR}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {ERROR_COLOR}; }}
QLabel#summary_label[level="error"] {{
    background: {ERROR_BG}; color: {ERROR_COLOR}; border: 1px solid {ERROR_COLOR};
    padding: 4px; }}
QLabel#summary_label[level="warning"] {{
    background: {WARN_BG}; color: #5c4400; border: 1px solid #c9a400; padding: 4px; }}
QLabel#summary_label[level="info"] {{
    background: #e6f4ea; color: {OK_COLOR}; border: 1px solid {OK_COLOR}; padding: 4px; }}
"""

Value = str | bool


def _tr(text: str) -> str:
    return QCoreApplication.translate("PegawaiForm", text)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class FieldEdit(QUndoCommand):
    """One committed change of one field."""

    def __init__(self, form: PegawaiForm, field: str, old: Value, new: Value) -> None:
        super().__init__(QCoreApplication.translate(
            "PegawaiForm", "Ubah {field}").format(field=_tr(FIELD_TITLES[field])))
        self._form = form
        self.field = field
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._form._apply_value(self.field, self.new)

    def undo(self) -> None:
        self._form._apply_value(self.field, self.old)


class PegawaiForm(QWidget):
    """Shows one pegawai (or a new one) for editing; ``save()`` writes it through services."""

    saved = Signal(object)  # PegawaiDetail
    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self._ui = self._load_ui()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._ui)
        self.setStyleSheet(STYLE)

        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._applying = False
        self._committed: dict[str, Value] = {}
        self._detail: PegawaiDetail | None = None
        self._editable = True
        self._jabatan: list[JabatanOption] = []

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for name in FIELDS:
            self.inputs[name] = self._child(QWidget, f"{name}_input")
            label = self._child(QLabel, f"{name}_error")
            label.setProperty("role", "error")
            label.hide()
            self.errors[name] = label
        self.summary = self._child(QLabel, "summary_label")
        self.summary.hide()
        self.nip_info = self._child(QLabel, "nip_info")
        self.nip_info.setProperty("role", "hint")
        self.atasan_nama = self._child(QLabel, "atasan_nama_label")
        self.atasan_nama.setProperty("role", "hint")

        self._fill_static_combos()
        self._completer_names: list[str] = []
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line("jabatan").setCompleter(self._completer)

        # Bound methods only (no lambdas): Qt drops them with the form, so nothing runs
        # against half-destroyed widgets when the page closes.
        self._field_of: dict[QWidget, str] = {w: n for n, w in self.inputs.items()}
        for name in TEXT_FIELDS:
            edit = self.line(name)
            edit.editingFinished.connect(self._editing_finished)
            edit.textEdited.connect(self._text_edited)
        for name in COMBO_FIELDS:
            self.combo(name).currentIndexChanged.connect(self._combo_changed)
        self.check("aktif").toggled.connect(self._commit_check)
        self.line("nip").textChanged.connect(self._validate_nip_live)
        self.line("atasan_nip").textChanged.connect(self._show_atasan_name)
        self._completer.activated.connect(self._completer_activated)

        self.clear()

    # ---- loading the .ui ---------------------------------------------------------------
    def _load_ui(self) -> QWidget:
        loader = QUiLoader(self)
        file = QFile(str(UI_FILE))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise OSError(f"Berkas tampilan tidak ditemukan: {UI_FILE}")
        try:
            widget = loader.load(file, self)
        finally:
            file.close()
        if widget is None:
            raise OSError(f"Berkas tampilan tidak dapat dibaca: {UI_FILE}: {loader.errorString()}")
        return widget

    def _child(self, cls: type[W], name: str) -> W:
        found = self._ui.findChild(cls, name)
        if found is None:
            raise LookupError(f"{UI_FILE.name}: widget {name} tidak ada")
        return found

    def line(self, field: str) -> QLineEdit:
        w = self.inputs[field]
        assert isinstance(w, QLineEdit)
        return w

    def combo(self, field: str) -> QComboBox:
        w = self.inputs[field]
        assert isinstance(w, QComboBox)
        return w

    def check(self, field: str) -> QCheckBox:
        w = self.inputs[field]
        assert isinstance(w, QCheckBox)
        return w

    def _fill_static_combos(self) -> None:
        jenis = self.combo("jenis_pegawai")
        jenis.addItem(QCoreApplication.translate("PegawaiForm", "PNS"), JenisPegawai.PNS.value)
        jenis.addItem(QCoreApplication.translate("PegawaiForm", "PPPK"), JenisPegawai.PPPK.value)
        kategori = self.combo("kategori_jabatan")
        kategori.addItem(QCoreApplication.translate("PegawaiForm", "— pilih kategori —"), "")
        for k in KategoriJabatan:
            kategori.addItem(k.value, k.value)
        jenjang = self.combo("jenjang")
        jenjang.addItem(QCoreApplication.translate("PegawaiForm", "— tanpa jenjang —"), "")
        for j in JenjangFungsional:
            jenjang.addItem(j.value, j.value)
        self._fill_golongan(JenisPegawai.PNS.value)
        unit = self.combo("unit_kode")
        unit.addItem(QCoreApplication.translate("PegawaiForm", "— tanpa unit —"), "")

    def _fill_golongan(self, jenis: str) -> None:
        combo = self.combo("golongan")
        was = self._applying
        self._applying = True
        try:
            combo.clear()
            combo.addItem(QCoreApplication.translate("PegawaiForm", "— pilih golongan —"), "")
            kind = JenisPegawai.PPPK if jenis == JenisPegawai.PPPK.value else JenisPegawai.PNS
            for g in golongan_for(kind):
                text = f"{g.kode} — {g.pangkat}" if g.pangkat else g.kode
                combo.addItem(text, g.kode)
            wanted = self._committed.get("golongan", "")
            self._select_data(combo, str(wanted))
        finally:
            self._applying = was

    # ---- reference data ---------------------------------------------------------------
    def set_units(self, units: Sequence[UnitDTO]) -> None:
        combo = self.combo("unit_kode")
        was = self._applying
        self._applying = True
        try:
            combo.clear()
            combo.addItem(QCoreApplication.translate("PegawaiForm", "— tanpa unit —"), "")
            for u in units:
                combo.addItem(f"{u.kode}  {u.nama}", u.kode)
                combo.setItemData(combo.count() - 1, f"{u.kode} {u.nama}",
                                  Qt.ItemDataRole.ToolTipRole)
            self._select_data(combo, str(self._committed.get("unit_kode", "")))
        finally:
            self._applying = was

    def refresh_jabatan(self) -> None:
        """Reads the known jabatan again (after a save may have added one)."""
        try:
            options = list_jabatan(self.ctx.db, self.ctx.actor)
        except UserError:
            options = []
        self.set_jabatan_options(options)

    def set_jabatan_options(self, options: Sequence[JabatanOption]) -> None:
        """Names for the Jabatan completer; a known name also fills kategori/jenjang."""
        self._jabatan = list(options)
        names = sorted({j.nama for j in self._jabatan}, key=str.casefold)
        if names != self._completer_names:
            self._completer_names = names
            self._completer.setModel(QStringListModel(names, self._completer))

    # ---- state ------------------------------------------------------------------------
    @property
    def detail(self) -> PegawaiDetail | None:
        return self._detail

    @property
    def pegawai_id(self) -> uuid.UUID | None:
        return self._detail.id if self._detail is not None else None

    def is_new(self) -> bool:
        return self._detail is None

    def is_dirty(self) -> bool:
        if not self.undo_stack.isClean():
            return True
        return any(self.line(n).text() != self._committed.get(n, "") for n in TEXT_FIELDS)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for name in FIELDS:
            w = self.inputs[name]
            if isinstance(w, QLineEdit):
                w.setReadOnly(not editable)
            else:
                w.setEnabled(editable)
        self._update_jenjang_enabled()

    def clear(self) -> None:
        """An empty form for a new pegawai."""
        self._detail = None
        self._load(PegawaiInput(nip="", nama="", jenis_pegawai=JenisPegawai.PNS.value))

    def new_pegawai(self, unit_kode: str = "") -> None:
        self._detail = None
        self._load(PegawaiInput(nip="", nama="", jenis_pegawai=JenisPegawai.PNS.value,
                                unit_kode=unit_kode))
        self.line("nip").setFocus()

    def set_detail(self, detail: PegawaiDetail | None) -> None:
        if detail is None:
            self.clear()
            return
        self._detail = detail
        self._load(detail.to_input())

    def _load(self, data: PegawaiInput) -> None:
        values: dict[str, Value] = {
            "nip": data.nip, "jenis_pegawai": data.jenis_pegawai or JenisPegawai.PNS.value,
            "gelar_depan": data.gelar_depan, "nama": data.nama,
            "gelar_belakang": data.gelar_belakang, "golongan": data.golongan,
            "jabatan": data.jabatan, "kategori_jabatan": data.kategori_jabatan,
            "jenjang": data.jenjang, "unit_kode": data.unit_kode,
            "atasan_nip": data.atasan_nip, "aktif": data.aktif,
        }
        self._committed = dict(values)
        for name in FIELDS:
            self._apply_value(name, values[name])
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.clear_errors()
        self._validate_nip_live(self.line("nip").text(), quiet=True)

    # ---- applying values (no commands) -----------------------------------------------
    def _apply_value(self, field: str, value: Value) -> None:
        self._committed[field] = value
        was = self._applying
        self._applying = True
        try:
            w = self.inputs[field]
            if isinstance(w, QLineEdit):
                if w.text() != value:
                    w.setText(str(value))
            elif isinstance(w, QComboBox):
                if field == "jenis_pegawai":
                    self._select_data(w, str(value))
                    self._fill_golongan(str(value))
                else:
                    self._select_data(w, str(value))
                if field == "kategori_jabatan":
                    self._update_jenjang_enabled()
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
        finally:
            self._applying = was
        if field == "nip":
            self._validate_nip_live(self.line("nip").text(), quiet=False)
        elif field == "jenis_pegawai":
            self._validate_nip_live(self.line("nip").text(), quiet=True)

    @staticmethod
    def _select_data(combo: QComboBox, value: str) -> None:
        idx = combo.findData(value)
        if idx < 0 and value:
            # A value the list does not offer (old data): show it rather than hide it.
            combo.addItem(QCoreApplication.translate(
                "PegawaiForm", "{value} (tidak dikenal)").format(value=value), value)
            idx = combo.count() - 1
        combo.setCurrentIndex(max(idx, 0))

    def _update_jenjang_enabled(self) -> None:
        fungsional = self._committed.get("kategori_jabatan") == KategoriJabatan.FUNGSIONAL.value
        self.combo("jenjang").setEnabled(self._editable and fungsional)

    # ---- committing user edits -------------------------------------------------------
    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    def _sender_field(self) -> str | None:
        sender = self.sender()
        return self._field_of.get(sender) if isinstance(sender, QWidget) else None

    def _editing_finished(self) -> None:
        field = self._sender_field()
        if field is not None:
            self._commit_text(field)

    def _text_edited(self, _text: str) -> None:
        field = self._sender_field()
        if field is not None:
            self._clear_error(field)

    def _combo_changed(self, _index: int) -> None:
        field = self._sender_field()
        if field is not None:
            self._commit_combo(field)

    def _completer_activated(self, _text: str) -> None:
        self._commit_text("jabatan")

    def _push(self, field: str, new: Value) -> None:
        old = self._committed.get(field, "")
        if old == new:
            return
        self.undo_stack.push(FieldEdit(self, field, old, new))

    def _commit_text(self, field: str) -> None:
        if self._applying:
            return
        text = self.line(field).text()
        if field == "jabatan" and text != self._committed.get("jabatan"):
            self._commit_jabatan(text)
            return
        self._push(field, text)

    def _commit_jabatan(self, text: str) -> None:
        """A known jabatan also fills an empty kategori/jenjang (one undo step)."""
        key = " ".join(text.split()).casefold()
        matches = {(j.kategori, j.jenjang) for j in self._jabatan if j.nama.casefold() == key}
        if len(matches) == 1 and not self._committed.get("kategori_jabatan"):
            kategori, jenjang = next(iter(matches))
            self.undo_stack.beginMacro(QCoreApplication.translate("PegawaiForm", "Ubah Jabatan"))
            self._push("jabatan", text)
            self._push("kategori_jabatan", kategori.value)
            self._push("jenjang", jenjang.value if jenjang else "")
            self.undo_stack.endMacro()
            return
        self._push("jabatan", text)

    def _commit_combo(self, field: str) -> None:
        if self._applying:
            return
        combo = self.combo(field)
        value = combo.currentData()
        new = str(value) if value is not None else ""
        self._clear_error(field)
        if field == "jenis_pegawai":
            gol = str(self._committed.get("golongan", ""))
            kind = JenisPegawai.PPPK if new == JenisPegawai.PPPK.value else JenisPegawai.PNS
            if gol and gol not in {g.kode for g in golongan_for(kind)}:
                self.undo_stack.beginMacro(QCoreApplication.translate(
                    "PegawaiForm", "Ubah Jenis pegawai"))
                self._push("golongan", "")
                self._push(field, new)
                self.undo_stack.endMacro()
                return
        if field == "kategori_jabatan" and new != KategoriJabatan.FUNGSIONAL.value and \
                self._committed.get("jenjang"):
            self.undo_stack.beginMacro(QCoreApplication.translate(
                "PegawaiForm", "Ubah Kategori jabatan"))
            self._push(field, new)
            self._push("jenjang", "")
            self.undo_stack.endMacro()
            return
        self._push(field, new)

    def _commit_check(self, checked: bool) -> None:
        if self._applying:
            return
        self._push("aktif", checked)

    def commit_pending(self) -> None:
        """Commits text still being typed (Ctrl+S does not end editing)."""
        for name in TEXT_FIELDS:
            if self.line(name).text() != self._committed.get(name, ""):
                self._commit_text(name)

    # ---- live feedback ----------------------------------------------------------------
    def _selected_jenis(self) -> JenisPegawai | None:
        value = self.combo("jenis_pegawai").currentData()
        try:
            return JenisPegawai(str(value)) if value else None
        except ValueError:
            return None

    def _validate_nip_live(self, text: str, quiet: bool = False) -> None:
        """Checks the NIP as it is typed: digit count while short, the exact fault after."""
        digits = normalize_nip(text)
        label = self.errors["nip"]
        if not digits:
            self.nip_info.setText("")
            self.nip_info.hide()
            if not quiet and label.isVisible():
                self._clear_error("nip")
            return
        try:
            info = parse_nip(text, self._selected_jenis())
        except ValidationError as exc:
            still_typing = digits.isdigit() and len(digits) < 18
            if still_typing:
                self._clear_error("nip")
                self.nip_info.setText(QCoreApplication.translate(
                    "PegawaiForm", "{n} dari 18 digit").format(n=len(digits)))
                self.nip_info.show()
            else:
                self.nip_info.hide()
                self._set_error("nip", exc.message)
            return
        self._clear_error("nip")
        lahir = tanggal(info.tanggal_lahir, self._locale)
        kelamin = QCoreApplication.translate(
            "PegawaiForm", "laki-laki") if info.jenis_kelamin is JenisKelamin.LAKI_LAKI \
            else QCoreApplication.translate("PegawaiForm", "perempuan")
        text_info = QCoreApplication.translate(
            "PegawaiForm", "{jenis} · lahir {lahir} · {kelamin} · diangkat {tahun}").format(
            jenis=info.jenis.value, lahir=lahir, kelamin=kelamin, tahun=info.tahun_pengangkatan)
        if info.warnings:
            text_info += "\n" + " ".join(info.warnings)
        self.nip_info.setText(text_info)
        self.nip_info.show()

    def _show_atasan_name(self, text: str) -> None:
        digits = normalize_nip(text)
        if not digits:
            self.atasan_nama.setText("")
            self.atasan_nama.hide()
            return
        if len(digits) != 18 or not digits.isdigit():
            self.atasan_nama.setText(QCoreApplication.translate(
                "PegawaiForm", "{n} dari 18 digit").format(n=len(digits)))
            self.atasan_nama.setProperty("role", "hint")
        else:
            nama = nama_by_nip(self.ctx.db, self.ctx.actor, digits)
            if nama:
                self.atasan_nama.setText(QCoreApplication.translate(
                    "PegawaiForm", "Atasan: {nama}").format(nama=nama))
                self.atasan_nama.setProperty("role", "ok")
            else:
                self.atasan_nama.setText(QCoreApplication.translate(
                    "PegawaiForm", "NIP ini belum terdaftar di kantor ini."))
                self.atasan_nama.setProperty("role", "error")
        _repolish(self.atasan_nama)
        self.atasan_nama.show()

    # ---- errors -----------------------------------------------------------------------
    def _set_error(self, field: str, message: str) -> None:
        label = self.errors[field]
        label.setText(message)
        label.show()
        w = self.inputs[field]
        w.setProperty("invalid", True)
        _repolish(w)

    def _clear_error(self, field: str) -> None:
        label = self.errors[field]
        if label.isHidden() and not self.inputs[field].property("invalid"):
            return
        label.setText("")
        label.hide()
        w = self.inputs[field]
        w.setProperty("invalid", False)
        _repolish(w)

    def clear_errors(self) -> None:
        for name in FIELDS:
            self._clear_error(name)
        self.set_summary("", "")

    def set_summary(self, text: str, level: str = "error") -> None:
        self.summary.setText(text)
        self.summary.setProperty("level", level)
        _repolish(self.summary)
        self.summary.setVisible(bool(text))

    def show_field_errors(self, errors: Iterable[FieldError]) -> None:
        errors = list(errors)
        for name in FIELDS:
            self._clear_error(name)
        by_field: dict[str, list[str]] = {}
        for err in errors:
            field = err.field if err.field in self.inputs else "nip"
            by_field.setdefault(field, []).append(err.message)
        for field, messages in by_field.items():
            if field == "kategori_jabatan" and not self._committed.get(field):
                messages = [QCoreApplication.translate(
                    "PegawaiForm", "Pilih kategori jabatan (contoh: Pelaksana untuk staf, "
                                "Fungsional untuk Analis SDM Aparatur).")]
            self._set_error(field, " ".join(messages))
        if "nip" in by_field:
            self.nip_info.hide()
        titles = [_tr(FIELD_TITLES[f]) for f in FIELDS if f in by_field]
        self.set_summary(
            QCoreApplication.translate(
                "PegawaiForm", "Belum disimpan: {n} isian perlu diperbaiki ({fields}).").format(
                n=len(by_field), fields=", ".join(titles)),
            "error",
        )
        first = next((f for f in FIELDS if f in by_field), None)
        if first is not None:
            self.inputs[first].setFocus()

    def error_text(self, field: str) -> str:
        """The inline message shown for ``field`` ("" when none)."""
        label = self.errors[field]
        return "" if label.isHidden() else label.text()

    # ---- saving -----------------------------------------------------------------------
    def value(self) -> PegawaiInput:
        self.commit_pending()
        c = self._committed
        return PegawaiInput(
            nip=str(c["nip"]), nama=str(c["nama"]), jenis_pegawai=str(c["jenis_pegawai"]),
            gelar_depan=str(c["gelar_depan"]), gelar_belakang=str(c["gelar_belakang"]),
            golongan=str(c["golongan"]), jabatan=str(c["jabatan"]),
            kategori_jabatan=str(c["kategori_jabatan"]), jenjang=str(c["jenjang"]),
            unit_kode=str(c["unit_kode"]), atasan_nip=str(c["atasan_nip"]),
            aktif=bool(c["aktif"]),
        )

    def save(self) -> PegawaiDetail | None:
        """Saves through services; on bad input shows the inline errors and returns None."""
        data = self.value()
        detail = self._detail
        try:
            result = save_pegawai(
                self.ctx.db, self.ctx.actor, data,
                pegawai_id=detail.id if detail else None,
                expected_version=detail.version if detail else None,
            )
        except FieldErrors as exc:
            self.show_field_errors(exc.errors)
            return None
        except ConflictError as exc:
            self.set_summary(
                QCoreApplication.translate(
                    "PegawaiForm",
                    "Belum disimpan. {message} Perubahan Anda masih ada di formulir; "
                    "catat dulu bila perlu, lalu tekan F5 (Muat ulang).").format(
                    message=exc.message), "error")
            return None
        except UserError as exc:
            self.set_summary(QCoreApplication.translate(
                "PegawaiForm", "Belum disimpan: {message}").format(message=exc.message),
                             "error")
            show_error(self, exc)
            return None
        self._detail = result
        self._committed_from(result)
        self.clear_errors()
        if result.warnings:
            self.set_summary(QCoreApplication.translate(
                "PegawaiForm", "Tersimpan, dengan catatan: {w}").format(
                w=" ".join(result.warnings)), "warning")
        self.undo_stack.setClean()
        self.saved.emit(result)
        return result

    def _committed_from(self, detail: PegawaiDetail) -> None:
        """Shows the normalised saved values without touching the undo history."""
        data = detail.to_input()
        for name in FIELDS:
            value: Value = getattr(data, name)
            if name == "jenis_pegawai" and not value:
                value = JenisPegawai.PNS.value
            if self._committed.get(name) != value:
                self._apply_value(name, value)
