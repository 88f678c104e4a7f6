"""The admin's dialogs for another penilai (inside or outside the office) and a mutasi."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.skp_penilai_dialog import GantiPenilaiDialog, MutasiDialog
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.skp import SkpDetail, buat_skp, get_skp, list_skp
from kinerja_desktop.services.skp_workflow import riwayat
from tests.gui.conftest import NIPS, Office

YEAR = dt.date.today().year


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: object, title: str, text: str, *a: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def _skp_of(office: Office, nip: str) -> tuple[AppContext, SkpDetail]:
    ctx = office.site.ctx()
    pegawai = find_pegawai_by_nip(ctx.db, ctx.actor, nip)
    skp_id = buat_skp(ctx.db, ctx.actor, pegawai.id, YEAR, today=dt.date(YEAR, 1, 5))
    return ctx, get_skp(ctx.db, ctx.actor, skp_id)


def test_outside_penilai_for_the_head_of_office(
    qtbot: QtBot, gui_office: Office, warnings: list[str]
) -> None:
    ctx, skp = _skp_of(gui_office, NIPS[0])  # the Kepala Dinas: nobody above him here
    assert skp.penilai is None
    dialog = GantiPenilaiDialog(ctx, skp)
    qtbot.addWidget(dialog)
    assert dialog.luar.isChecked() and not dialog.nip.isEnabled()
    dialog.luar_fields["nama"].setText("Drs. H. Ahmad Yani, M.Si.")
    dialog.luar_fields["jabatan"].setText("Sekretaris Daerah")
    dialog._save()  # no reason yet: refused, nothing saved
    assert warnings and "alasan" in warnings[-1]
    assert get_skp(ctx.db, ctx.actor, skp.id).penilai is None
    dialog.alasan.setPlainText("Kepala dinas dinilai Sekretaris Daerah")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = get_skp(ctx.db, ctx.actor, skp.id)
    assert saved.penilai is not None and saved.penilai.nama == "Drs. H. Ahmad Yani, M.Si."
    assert saved.penilai_alasan == "Kepala dinas dinilai Sekretaris Daerah"


def test_penilai_from_the_office_by_nip(qtbot: QtBot, gui_office: Office) -> None:
    ctx, skp = _skp_of(gui_office, NIPS[2])  # Budi; atasan Siti
    dialog = GantiPenilaiDialog(ctx, skp)
    qtbot.addWidget(dialog)
    assert dialog.dalam.isChecked()
    dialog.nip.setText(NIPS[0])
    assert dialog.nip_nama.text() == "Ahmad Fauzi"
    dialog.nip.setText(NIPS[0][:10])
    assert "10 dari 18" in dialog.nip_nama.text()
    dialog.nip.setText(NIPS[0])
    dialog.alasan.setPlainText("Sekretaris sedang tugas belajar")
    dialog._save()
    saved = get_skp(ctx.db, ctx.actor, skp.id)
    assert saved.penilai is not None and saved.penilai.nama == "Ahmad Fauzi"


def test_mutasi_closes_and_opens_a_new_draft(qtbot: QtBot, gui_office: Office) -> None:
    ctx, skp = _skp_of(gui_office, NIPS[3])
    dialog = MutasiDialog(ctx, skp)
    qtbot.addWidget(dialog)
    day = dt.date(YEAR, 7, 1)
    dialog.tanggal.setDate(QDate(day.year, day.month, day.day))
    dialog._save()
    assert dialog.new_skp_id is not None
    old = get_skp(ctx.db, ctx.actor, skp.id)
    new = get_skp(ctx.db, ctx.actor, dialog.new_skp_id)
    assert old.ditutup_pada == dt.date(YEAR, 6, 30)
    assert new.periode_mulai == day and new.status.value == "DRAFT"
    assert [r.id for r in list_skp(ctx.db, ctx.actor, YEAR)
            if r.pegawai_id == old.pegawai.pegawai_id] == [new.id]
    assert any(t.aksi.value == "tutup" for t in riwayat(ctx.db, ctx.actor, old.id))


def test_editor_buttons_open_the_dialogs(
    qtbot: QtBot, gui_office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kinerja_desktop.gui import skp_editor

    ctx, skp = _skp_of(gui_office, NIPS[0])
    editor = skp_editor.SkpEditor(ctx, skp.id)
    qtbot.addWidget(editor)
    assert editor.ganti_penilai_action.isVisible() and editor.mutasi_action.isVisible()
    assert editor.ganti_penilai_action.isEnabled()

    def fill(self: GantiPenilaiDialog) -> int:
        self.luar_fields["nama"].setText("Drs. Sekda")
        self.alasan.setPlainText("Dinilai Sekretaris Daerah")
        self._save()
        return int(self.result())

    monkeypatch.setattr(GantiPenilaiDialog, "exec", fill)
    assert editor.ganti_penilai()
    assert editor.detail is not None and editor.detail.penilai is not None
    assert editor.detail.penilai.nama == "Drs. Sekda"

    def move(self: MutasiDialog) -> int:
        self.tanggal.setDate(QDate(YEAR, 3, 1))
        self._save()
        return int(self.result())

    monkeypatch.setattr(MutasiDialog, "exec", move)
    with qtbot.waitSignal(editor.status_changed) as signal:
        new_id = editor.catat_mutasi()
    assert new_id is not None and signal.args == [new_id]
    assert editor.detail is not None and editor.detail.id == new_id
    assert editor.detail.periode_mulai == dt.date(YEAR, 3, 1)


def test_a_pegawai_sees_neither_button(qtbot: QtBot, gui_office: Office) -> None:
    from kinerja_desktop.gui import skp_editor

    _ctx, skp = _skp_of(gui_office, NIPS[2])
    pegawai_ctx = gui_office.site.ctx(gui_office.penilai)  # Siti: penilai of Budi, not admin
    editor = skp_editor.SkpEditor(pegawai_ctx, skp.id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.ganti_penilai_action.isVisible()
    assert not editor.mutasi_action.isVisible()
    assert editor.catat_mutasi() is None and not editor.ganti_penilai()
