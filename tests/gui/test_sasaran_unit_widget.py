"""Kepala unit and the unit goals of the working year (Unit Kerja page, second tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui.sasaran_unit_widget import KepalaUnitDialog, SasaranUnitWidget
from kinerja_desktop.gui.unit_page import UnitPage
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.sasaran_unit import (
    Indikator,
    Sasaran,
    get_sasaran_unit,
    simpan_sasaran_unit,
)
from tests.gui.conftest import NIPS, Office
from tests.gui.skp_fixtures import TAHUN, click_button, on_modal


def _widget(qtbot: QtBot, office: Office, admin: bool = True) -> SasaranUnitWidget:
    ctx = office.site.ctx(None if admin else office.penilai)
    ctx.tahun.set(TAHUN)
    widget = SasaranUnitWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_admin_adds_goals_with_undo_and_inline_validation(qtbot: QtBot,
                                                          gui_office: Office) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    unit = gui_office.units["sekretariat"].id
    widget = _widget(qtbot, gui_office)
    widget.set_unit(unit)
    assert widget.title.text() == "Sasaran unit 2026"
    assert widget.snapshot() == ()
    assert "Belum ada sasaran unit tahun 2026" in widget.tree.topLevelItem(0).text(0)
    assert widget.kepala_label.text() == "Siti Aminah (diperkirakan dari susunan atasan)"

    widget.add_sasaran()
    assert widget.is_dirty() and widget.save_action.isEnabled()
    assert widget.snapshot() == (Sasaran("", (Indikator("", ""),)),)
    # Saving now is refused next to the tree, and nothing is written.
    assert not widget.save()
    assert "Sasaran 1: uraian sasaran masih kosong." in widget.message.text()
    assert "indikator 1: uraian indikator masih kosong" in widget.message.text()
    assert get_sasaran_unit(db, admin, unit, TAHUN).sasaran == []

    top = widget.tree.topLevelItem(0)
    top.setText(0, "Terselenggaranya administrasi yang tertib")
    top.child(0).setText(0, "Persentase surat selesai tepat waktu")
    top.child(0).setText(1, "95 %")
    assert widget.undo_stack.count() == 4  # tambah + three cell edits
    widget.undo_stack.undo()
    assert widget.snapshot()[0].indikator[0].target == ""
    widget.undo_stack.redo()
    assert widget.snapshot()[0].indikator[0].target == "95 %"
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0))  # undo/redo rebuilt the tree
    widget.add_indikator()
    widget.tree.topLevelItem(0).child(1).setText(0, "Jumlah arsip tertata")
    widget.tree.topLevelItem(0).child(1).setText(1, "1.200 berkas")
    with qtbot.waitSignal(widget.changed):
        assert widget.save()
    assert not widget.is_dirty()
    saved = get_sasaran_unit(db, admin, unit, TAHUN).sasaran
    assert [(s.uraian, [(i.uraian, i.target) for i in s.indikator]) for s in saved] == [
        ("Terselenggaranya administrasi yang tertib",
         [("Persentase surat selesai tepat waktu", "95 %"),
          ("Jumlah arsip tertata", "1.200 berkas")])]
    assert "tersimpan (1 sasaran)" in widget.message.text()

    # Remove an indicator, undo it: the tree follows.
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0).child(1))
    widget.remove_current()
    assert len(widget.snapshot()[0].indikator) == 1
    widget.undo_action.trigger()
    assert len(widget.snapshot()[0].indikator) == 2
    assert not widget.is_dirty()


def test_other_roles_read_only(qtbot: QtBot, gui_office: Office) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    unit = gui_office.units["dinas"].id
    simpan_sasaran_unit(db, admin, unit, TAHUN, [
        Sasaran("Meningkatnya mutu layanan", (Indikator("Indeks kepuasan", "85"),))])
    widget = _widget(qtbot, gui_office, admin=False)
    widget.set_unit(unit)
    assert widget.tree.topLevelItem(0).text(0) == "Meningkatnya mutu layanan"
    assert widget.tree.topLevelItem(0).child(0).text(1) == "85"
    assert widget.tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not widget.tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEditable
    assert not widget.kepala_button.isVisible()
    assert not any(b.isVisible() for b in widget.buttons.values())
    assert widget.note.isVisible()
    widget.add_sasaran()
    assert not widget.save() and len(get_sasaran_unit(db, admin, unit, TAHUN).sasaran) == 1


def test_admin_names_the_head_of_unit(qtbot: QtBot, gui_office: Office) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    unit = gui_office.units["umum"].id  # Budi and Dewi: no obvious head
    widget = _widget(qtbot, gui_office)
    widget.set_unit(unit)
    assert "belum ditentukan" in widget.kepala_label.text()
    dewi = find_pegawai_by_nip(db, admin, NIPS[3]).id
    choices: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, KepalaUnitDialog)
        choices.extend(dialog.combo.itemText(i) for i in range(dialog.combo.count()))
        dialog.combo.setCurrentIndex(dialog.combo.findData(str(dewi)))
        click_button(dialog, "Simpan")

    problems = on_modal(choose)
    with qtbot.waitSignal(widget.changed):
        widget.kepala_button.click()
    assert problems == []
    assert len(choices) == 3 and choices[0] == "(otomatis dari susunan atasan)"
    assert widget.kepala_label.text() == "Dewi Lestari (ditentukan admin)"
    assert get_sasaran_unit(db, admin, unit, TAHUN).kepala_id == dewi


def test_year_and_unit_changes_offer_to_save(qtbot: QtBot, gui_office: Office) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    widget = _widget(qtbot, gui_office)
    widget.set_unit(gui_office.units["sd"].id)
    widget.add_sasaran()
    widget.tree.topLevelItem(0).setText(0, "Meningkatnya mutu SD")
    widget.tree.topLevelItem(0).child(0).setText(0, "Nilai rata-rata asesmen")
    texts: list[str] = []

    def discard(box: QWidget) -> None:
        texts.append(box.property("text") or "")
        click_button(box, "Buang perubahan")

    problems = on_modal(discard)
    widget.ctx.tahun.set(2027)
    assert problems == [] and "belum disimpan" in texts[0]
    assert widget.title.text() == "Sasaran unit 2027"
    assert widget.snapshot() == () and not widget.is_dirty()
    assert get_sasaran_unit(db, admin, gui_office.units["sd"].id, TAHUN).sasaran == []


def test_unit_page_shows_the_tab(qtbot: QtBot, gui_office: Office) -> None:
    ctx = gui_office.site.ctx()
    page = UnitPage(ctx)
    qtbot.addWidget(page)
    page.select_unit(gui_office.units["sekretariat"].id)
    assert page.detail_tabs.tabText(1) == "Kepala && sasaran unit"
    assert page.detail_tabs.tabToolTip(1)
    assert page.sasaran.unit_id == gui_office.units["sekretariat"].id
    assert "Siti Aminah" in page.sasaran.kepala_label.text()
    with qtbot.waitSignal(page.matriks_requested) as asked:
        page.sasaran.matriks_button.click()
    assert asked.args == [gui_office.units["sekretariat"].id]
