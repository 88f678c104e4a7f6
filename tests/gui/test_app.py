"""``kinerja-desktop`` entry: --smoke starts the real window on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kinerja_desktop import app
from kinerja_desktop.gui import settings
from kinerja_desktop.logging_setup import current_log_file
from kinerja_desktop.services.site import get_site
from tests.gui.conftest import ADMIN_PASSWORD, SiteDb


def test_smoke_on_a_site_database(qapp: QApplication, gui_site: SiteDb, gui_log_dir: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(app.PASSWORD_ENV, raising=False)
    assert app.main(["--db", str(gui_site.path), "--smoke"]) == 0
    log = (gui_log_dir / "kinerja-desktop.log").read_text(encoding="utf-8")
    assert "Keluar dengan kode 0" in log
    assert current_log_file() is None  # the handler was removed again
    assert settings.get(settings.VERSION) == settings.SETTINGS_VERSION
    assert settings.get(settings.WINDOW_GEOMETRY)  # the window saved its state on close
    assert QApplication.organizationName() == "KinerjaDesktop"


def test_smoke_logs_in_with_password_from_env(qapp: QApplication, gui_site: SiteDb,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(app.PASSWORD_ENV, ADMIN_PASSWORD)
    assert app.main(["--db", str(gui_site.path), "--smoke", "--user", "admin"]) == 0
    monkeypatch.setenv(app.PASSWORD_ENV, "bukan-sandinya")
    assert app.main(["--db", str(gui_site.path), "--smoke"]) == 1
    assert "kata sandi salah" in capsys.readouterr().err


def test_smoke_on_a_new_database(qapp: QApplication, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(app.PASSWORD_ENV, raising=False)
    path = tmp_path / "baru.sqlite"
    assert app.main(["--db", str(path), "--smoke"]) == 0
    assert path.exists()
    from kinerja_desktop.services.database import open_database

    db, _ = open_database(path)
    try:
        assert get_site(db) is None  # smoke never runs the wizard
    finally:
        db.dispose()


def test_unusable_database_exits_1(qapp: QApplication, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "tidak-ada" / "kinerja.sqlite"
    assert app.main(["--db", str(missing), "--smoke"]) == 1
    assert "Folder basis data tidak ditemukan" in capsys.readouterr().err
    not_db = tmp_path / "bukan.sqlite"
    not_db.write_bytes(b"ini bukan basis data SQLite sama sekali" * 100)
    assert app.main(["--db", str(not_db), "--smoke"]) == 1


def test_usage_error_exits_2(qapp: QApplication) -> None:
    with pytest.raises(SystemExit) as info:
        app.main(["--tidak-dikenal"])
    assert info.value.code == 2
