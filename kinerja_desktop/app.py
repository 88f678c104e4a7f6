"""``kinerja-desktop``: the GUI entry point.

Flow: log file → QApplication → settings upgrade → open the database (a
StorageError is shown and exits 1) → first-run wizard when this database has
no site yet → login → main window.

``--smoke`` opens the main window (offscreen-capable), lets the event loop run
once and exits 0: no wizard, no login dialog; it logs in as ``--user`` with
``KINERJA_PASSWORD`` when that is set, otherwise acts as the set-up account.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import kinerja_desktop
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui import jobs, settings
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.errors import install_excepthook, restore_excepthook, show_error
from kinerja_desktop.logging_setup import setup_logging, teardown_logging
from kinerja_desktop.paths import resources_dir
from kinerja_desktop.services.auth import login
from kinerja_desktop.services.context import SYSTEM, Actor
from kinerja_desktop.services.database import open_database
from kinerja_desktop.services.site import SiteInfo, get_site
from kinerja_desktop.storage.engine import Database

log = logging.getLogger("kinerja_desktop.app")

APP_NAME = "KinerjaDesktop"
PASSWORD_ENV = "KINERJA_PASSWORD"


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kinerja-desktop",
        description="Kinerja Desktop: pengelolaan kinerja ASN tanpa internet.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", type=Path,
                       help="berkas basis data SQLite (bawaan: folder data pengguna atau "
                            "KINERJA_DB)")
    where.add_argument("--db-url", metavar="URL",
                       help="URL basis data SQLAlchemy, mis. postgresql+psycopg://...")
    parser.add_argument("--user", metavar="NAME", default="admin",
                        help="akun untuk --smoke (kata sandi dari KINERJA_PASSWORD)")
    parser.add_argument("--smoke", action="store_true",
                        help="membuka jendela utama lalu langsung keluar (uji mulai)")
    return parser.parse_args(None if argv is None else list(argv))


def _install_translations(app: QApplication) -> list[QTranslator]:
    """English UI when chosen in settings; Indonesian source strings otherwise."""
    language = settings.get(settings.LANGUAGE)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    loaded: list[QTranslator] = []
    if language == "id":
        return loaded
    folder = resources_dir() / "translations"
    candidates = [
        (folder, f"kinerja_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
    ]
    for directory, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def _make_app() -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(kinerja_desktop.__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Kinerja Desktop")
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return app


def _fatal(smoke: bool, text: str) -> int:
    log.error("%s", text)
    if smoke:
        print(text, file=sys.stderr)
    else:
        QMessageBox.critical(None, _tr("Kinerja Desktop"), text)
    return 1


def _smoke_actor(db: Database, user: str) -> Actor:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return login(db, user, password)
    return SYSTEM


def _run_wizard(db: Database) -> SiteInfo | None:
    from kinerja_desktop.gui.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(db)
    try:
        wizard.exec()
        username = wizard.admin_page.username.text().strip()
    finally:
        wizard.deleteLater()
    site = get_site(db)
    if site is not None:
        settings.set(settings.LAST_USER, username or "admin")
    return site


def _login(db: Database, site: SiteInfo | None) -> Actor | None:
    from kinerja_desktop.gui.login_dialog import LoginDialog

    dialog = LoginDialog(db, site)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    finally:
        dialog.deleteLater()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    log_file = setup_logging()
    log.info("Kinerja Desktop %s dimulai; log: %s", kinerja_desktop.__version__, log_file)
    app = _make_app()
    previous_hook = install_excepthook() if not args.smoke else None
    translators = _install_translations(app)
    db: Database | None = None
    window: QWidget | None = None
    try:
        settings.upgrade()
        try:
            db, upgrade = open_database(args.db, args.db_url)
        except UserError as exc:
            return _fatal(args.smoke, str(exc))
        log.info("Basis data %s dibuka (%s)", db.where, upgrade)
        site = get_site(db)
        if args.smoke:
            try:
                actor: Actor | None = _smoke_actor(db, args.user)
            except UserError as exc:
                return _fatal(True, str(exc))
        else:
            if site is None:
                site = _run_wizard(db)
                if site is None:
                    log.info("Wizard pertama kali dibatalkan; keluar.")
                    return 0
            actor = _login(db, site)
            if actor is None:
                return 0
        assert actor is not None
        from kinerja_desktop.gui.main_window import MainWindow

        main_window = MainWindow(AppContext(db=db, actor=actor, site=site))
        window = main_window
        main_window.show()
        if args.smoke:
            # One pass of an event loop, without QApplication.quit(): the caller (a test,
            # a script) may keep using the same QApplication afterwards.
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            code = loop.exec()
        else:
            code = app.exec()
        log.info("Keluar dengan kode %d", code)
        return int(code)
    except Exception as exc:  # a bug before the event loop: logged, apology shown
        if args.smoke:
            log.exception("Gagal memulai")
            print(f"Gagal memulai: {exc!r}", file=sys.stderr)
        else:
            show_error(None, exc)
        return 1
    finally:
        jobs.cancel_all()
        jobs.wait_for_jobs(10_000)
        if window is not None:
            window.close()
            window.deleteLater()
        if db is not None:
            db.dispose()
        for translator in translators:
            app.removeTranslator(translator)
        if previous_hook is not None:
            restore_excepthook(previous_hook)
        teardown_logging()


if __name__ == "__main__":
    sys.exit(main())
