"""The one place that turns an exception into what the user sees (ARCHITECTURE §8).

A ``UserError`` (bad input, locked database, disk full...) is shown as is in a
warning box: its message already says what and where. Anything else is a bug:
its traceback goes to the log file and the user gets a short apology naming
that file, never a raw traceback.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.logging_setup import current_log_file

log = logging.getLogger("kinerja_desktop.gui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_showing = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def apology_text() -> str:
    path = current_log_file()
    where = str(path) if path is not None else QCoreApplication.translate(
        "errors", "(log belum disiapkan)")
    return QCoreApplication.translate("errors",
        "Maaf, terjadi kesalahan tak terduga. Rincian sudah dicatat di log: {path}"
    ).format(path=where)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A UserError as a warning box; a bug logged with traceback plus an apology box."""
    global _showing
    if parent is not None and not shiboken6.isValid(parent):
        parent = None
    if isinstance(exc, UserError):
        log.info("Ditolak: %s", exc)
        text, critical = str(exc), False
    else:
        log.error("Kesalahan tak terduga: %r", exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        text, critical = apology_text(), True
    if QApplication.instance() is None or _showing:
        # No GUI (yet), or an error while showing an error: the log has it.
        print(text, file=sys.stderr)
        return
    _showing = True
    try:
        title = QCoreApplication.translate("errors", "Kinerja Desktop")
        if critical:
            QMessageBox.critical(parent, title, text)
        else:
            QMessageBox.warning(parent, title, text)
    finally:
        _showing = False


def _gui_excepthook(exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if threading.current_thread() is not threading.main_thread():
        log.error("Kesalahan tak terduga di thread %s", threading.current_thread().name,
                  exc_info=(exc_type, exc, tb))
        return
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    show_error(parent, exc)


def install_excepthook() -> ExceptHook:
    """Routes uncaught exceptions (e.g. in slots) to ``show_error``; returns the old hook."""
    previous = sys.excepthook
    sys.excepthook = _gui_excepthook
    return previous


def restore_excepthook(previous: ExceptHook) -> None:
    sys.excepthook = previous
