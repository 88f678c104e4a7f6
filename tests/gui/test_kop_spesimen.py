"""The kop logo on the Unit Kerja page and the signature specimen on the Pegawai page
(issue 5 points 2–3): set, refused when corrupt (message, nothing changed), removed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui import jobs, unit_page
from kinerja_desktop.gui.pegawai_page import PegawaiPage
from kinerja_desktop.gui.unit_page import UnitPage
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.storage.models import Pegawai, UnitKerja
from tests.gui.conftest import NIPS, Office


def _png(path: Path) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (80, 40), "white").save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the pages would show in a dialog (no modal box in tests)."""
    shown: list[str] = []

    def show(_parent: object, exc: BaseException, *_a: object, **_k: object) -> None:
        shown.append(exc.message if isinstance(exc, UserError) else str(exc))

    monkeypatch.setattr(unit_page, "show_error", show)
    from kinerja_desktop.gui import pegawai_page

    monkeypatch.setattr(pegawai_page, "show_error", show)
    return shown


def _logo(office: Office) -> str | None:
    with office.site.db.read() as s:
        return s.scalar(select(UnitKerja.logo_sha256).where(
            UnitKerja.id == office.units["dinas"].id))


def test_unit_logo_set_refused_and_removed(qtbot: QtBot, gui_office: Office, tmp_path: Path,
                                           errors: list[str]) -> None:
    page = UnitPage(gui_office.site.ctx())
    qtbot.addWidget(page)
    page.select_unit(gui_office.units["dinas"].id)
    assert page.logo_action.isEnabled() and not page.remove_logo_action.isEnabled()
    assert page.detail_fields["logo"].text().startswith("belum ada")

    rusak = tmp_path / "rusak.png"
    rusak.write_bytes(b"\x89PNG\r\n\x1a\nbukan gambar")
    page.logo_file = lambda: rusak  # type: ignore[method-assign]
    page.choose_logo()
    assert errors and "rusak.png" in errors[0] and "bukan gambar PNG/JPEG" in errors[0]
    assert _logo(gui_office) is None

    page.logo_file = lambda: _png(tmp_path / "logo.png")  # type: ignore[method-assign]
    page.choose_logo()
    assert _logo(gui_office) is not None
    assert page.detail_fields["logo"].text() == "terpasang"
    assert page.remove_logo_action.isEnabled()
    page.remove_logo()
    assert _logo(gui_office) is None


def test_pegawai_specimen_set_and_removed(qtbot: QtBot, gui_office: Office, tmp_path: Path,
                                          errors: list[str]) -> None:
    db, admin = gui_office.site.db, gui_office.site.admin
    page = PegawaiPage(gui_office.site.ctx())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.is_loading, timeout=20_000)
    budi = find_pegawai_by_nip(db, admin, NIPS[2])
    assert page.select_pegawai(budi.id)
    qtbot.waitUntil(lambda: page.form.detail is not None, timeout=20_000)
    assert page.spesimen_action.isEnabled() and not page.remove_spesimen_action.isEnabled()
    page.spesimen_file = lambda: tmp_path / "tidak-ada.png"  # type: ignore[method-assign]
    page.choose_spesimen()
    assert errors and "tidak ditemukan" in errors[0]
    page.spesimen_file = lambda: _png(tmp_path / "ttd.png")  # type: ignore[method-assign]
    page.choose_spesimen()
    with db.read() as s:
        assert s.scalar(select(Pegawai.spesimen_ttd_sha256).where(
            Pegawai.id == budi.id)) is not None
    qtbot.waitUntil(lambda: page.form.detail is not None and page.form.detail.ada_spesimen,
                    timeout=20_000)
    assert page.remove_spesimen_action.isEnabled()
    page.remove_spesimen()
    with db.read() as s:
        assert s.scalar(select(Pegawai.spesimen_ttd_sha256).where(
            Pegawai.id == budi.id)) is None
    assert jobs.wait_for_jobs(20_000)
