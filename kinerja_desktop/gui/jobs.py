"""The one background-job runner of the app: work off the UI thread, with progress.

A job is a plain callable ``fn(progress: JobProgress) -> T``. It runs on the
global ``QThreadPool``; it may call ``progress.report(done, total, text)`` as
often as it likes (thread-safe, throttled) and should call
``progress.check_cancel()`` (or read ``progress.cancelled``) between steps. The
result or the exception is delivered on the UI thread::

    def work(progress: JobProgress) -> int:
        return make_demo(db, actor, pegawai=50, progress=progress.report,
                         should_cancel=progress.is_cancelled)

    handle = run_job(self, self.tr("Membuat data contoh"), work, on_done=self._shown)

``run_job`` shows a window-modal progress dialog (only when the job takes more
than a moment) with a bar, an estimate of the time left and a "Batal" button;
the event loop keeps running, so the window repaints and stays responsive.
Errors go to ``on_error`` when given, otherwise to ``errors.show_error``
(a UserError as a warning box, a bug logged with its traceback plus an
apology). A cancelled job calls ``on_cancel`` (if given) and nothing else.

A page that reloads in the background (F5, another unit, the next item in a list)
starts its loads through a ``LatestJob`` it owns instead: each ``start()`` makes
every earlier load stale, and only the newest one's outcome reaches the page, and
only while the page still exists::

    self.loader = LatestJob(self)
    ...
    self.list_job = self.loader.start(self.tr("Membaca daftar"), work, self._show_rows,
                                      failed, show_dialog=False)

Tests wait with ``qtbot.waitSignal(handle.finished)`` or ``wait_for_jobs()``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.gui.errors import show_error

T = TypeVar("T")

REPORT_INTERVAL = 0.05
"""Minimum time between two progress signals (seconds); the last step always goes through."""
DIALOG_DELAY_MS = 400
"""A job quicker than this never shows its dialog (milliseconds)."""

_active: set[JobHandle[Any]] = set()
_retired: list[JobHandle[Any]] = []


class JobCancelled(Exception):
    """Raised by ``JobProgress.check_cancel()`` once the user pressed Batal."""


class _Bridge(QObject):
    """Carries values from the worker thread to the UI thread (queued signals)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    released = Signal()  # the worker holds no reference to the job any more


class JobProgress:
    """What a running job sees: report progress, ask whether it was cancelled."""

    def __init__(self, bridge: _Bridge, interval: float = REPORT_INTERVAL) -> None:
        self._bridge = bridge
        self._interval = interval
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._last_emit = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` steps (``total`` 0 = unknown); callable from any thread."""
        now = time.monotonic()
        with self._lock:
            final = total > 0 and done >= total
            if not final and now - self._last_emit < self._interval:
                return
            self._last_emit = now
        try:
            self._bridge.progressed.emit(int(done), int(total), str(text))
        except RuntimeError:  # the UI side is gone (application closing): stop quietly
            self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """The same as ``cancelled``, as a callable for ``should_cancel=`` parameters."""
        return self._cancel.is_set()

    def check_cancel(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled

    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    """Runs the job on a pool thread and lets go of everything before it says so.

    The job's callable (a closure, often over a page) and its outcome are also held
    by the JobHandle on the UI thread. The worker drops its own references first
    and only then emits ``released``: were the worker's reference the last one, the
    page would be destroyed on the pool thread, which deadlocks Qt's connection
    lock against the GIL (seen in CI while a combo box was being deleted).
    """

    def __init__(self, fn: Callable[[JobProgress], Any], progress: JobProgress,
                 bridge: _Bridge) -> None:
        super().__init__()
        self._fn: Callable[[JobProgress], Any] | None = fn
        self._progress = progress
        self._bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None
        signal: Any = self._bridge.succeeded
        value: object
        try:
            value = fn(self._progress)
        except BaseException as exc:  # delivered to the UI thread, never lost
            signal, value = self._bridge.failed, exc
        del fn
        self._deliver(signal, value)
        del value
        with contextlib.suppress(RuntimeError):  # the handle is gone: nobody waits
            self._bridge.released.emit()

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiving side was deleted while the job ran
            logging.getLogger("kinerja_desktop.gui.jobs").warning(
                "Hasil pekerjaan latar belakang tidak dapat diantar: %r", value)


def format_remaining(seconds: float) -> str:
    """``sekitar 2 menit 5 detik lagi`` (Indonesian source string, translatable)."""
    total = max(1, round(seconds))
    if total < 60:
        return QCoreApplication.translate("jobs", "sekitar {s} detik lagi").format(s=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if secs and minutes < 10:
            return QCoreApplication.translate(
                "jobs", "sekitar {m} menit {s} detik lagi").format(m=minutes, s=secs)
        return QCoreApplication.translate(
            "jobs", "sekitar {m} menit lagi").format(m=minutes + (secs >= 30))
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate(
        "jobs", "sekitar {h} jam {m} menit lagi").format(h=hours, m=minutes)


class ProgressDialog(QDialog):
    """Title, what is happening, a bar, the time left, and Batal."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self._title = QLabel(title)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel(self.tr("Menyiapkan…"))
        self._text.setWordWrap(True)
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)
        self._eta = QLabel(self.tr("Menghitung perkiraan waktu…"))
        self._eta.setObjectName("eta")
        self._cancel = QPushButton(self.tr("Batal"))
        self._cancel.setToolTip(self.tr(
            "Menghentikan pekerjaan ini. Yang belum selesai tidak disimpan."))
        self._cancel.clicked.connect(self._on_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self._eta, 1)
        buttons.addWidget(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addWidget(self._bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self._closing = False

    @property
    def cancel_button(self) -> QPushButton:
        return self._cancel

    def set_progress(self, done: int, total: int, text: str, eta: str) -> None:
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(max(0, min(done, total)))
        else:
            self._bar.setRange(0, 0)
        if text:
            self._text.setText(text)
        if eta:
            self._eta.setText(eta)

    def _on_cancel(self) -> None:
        self._cancel.setEnabled(False)
        self._cancel.setText(self.tr("Membatalkan…"))
        self._eta.setText(self.tr("Menunggu langkah yang sedang berjalan selesai…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self._closing = True
        self.close()

    def reject(self) -> None:  # Escape
        self._on_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        if self._cancel.isEnabled():
            self._on_cancel()


class JobHandle(QObject, Generic[T]):
    """One running job. ``finished`` fires on the UI thread after any outcome."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        show_dialog: bool,
    ) -> None:
        super().__init__(None)
        self.title = title
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancel = on_cancel
        # A child of the handle, so only the UI thread ever destroys it; owned by Python,
        # the worker thread's last reference would destroy it there, racing the handle.
        self._bridge = _Bridge(self)
        self.progress = JobProgress(self._bridge)
        self._started = time.monotonic()
        self._running = True
        self.result: T | None = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self.shows_progress = show_dialog  # False: a quiet background load
        self.dialog: ProgressDialog | None = None
        if show_dialog:
            self.dialog = ProgressDialog(title, parent)
            self.dialog.cancel_requested.connect(self.cancel)
            self._show_timer = QTimer(self)
            self._show_timer.setSingleShot(True)
            self._show_timer.timeout.connect(self._show_dialog)
            self._show_timer.start(DIALOG_DELAY_MS)
        self._bridge.progressed.connect(self._on_progress)
        self._bridge.succeeded.connect(self._on_succeeded)
        self._bridge.failed.connect(self._on_failed)
        self._bridge.released.connect(self._on_released)
        self._fn: Callable[[JobProgress], Any] | None = None  # see _Runnable
        self._delivered = False
        self._worker_released = False

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Asks the job to stop; it does at its next ``check_cancel()``."""
        self.progress.cancel()

    def estimate_remaining(self, done: int, total: int) -> float | None:
        """Seconds left by the average speed so far, or None while unknown."""
        elapsed = time.monotonic() - self._started
        if total <= 0 or done <= 0 or elapsed < 0.5:
            return None
        return max(0.0, elapsed / done * (total - done))

    def _show_dialog(self) -> None:
        if self._running and self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.last_progress = (done, total, text)
        self.progressed.emit(done, total, text)
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            left = self.estimate_remaining(done, total)
            eta = "" if left is None else format_remaining(left)
            if total > 0 and not text:
                text = self.tr("{done} dari {total}").format(done=done, total=total)
            self.dialog.set_progress(done, total, text, eta)

    def _end(self) -> None:
        self._running = False
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.finish()
            self.dialog.deleteLater()
        self.dialog = None

    def _parent_widget(self) -> QWidget | None:
        if self._parent is not None and shiboken6.isValid(self._parent):
            return self._parent
        return None

    def _on_succeeded(self, result: Any) -> None:
        self._end()
        self.result = result
        try:
            self._on_done(result)
        finally:
            self._finish()

    def _on_failed(self, exc: BaseException) -> None:
        self._end()
        try:
            if isinstance(exc, JobCancelled):
                self.was_cancelled = True
                if self._on_cancel is not None:
                    self._on_cancel()
                return
            self.error = exc
            if self._on_error is not None:
                self._on_error(exc)
            else:
                show_error(self._parent_widget(), exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        _active.discard(self)
        self._delivered = True
        # The caller often drops its reference in on_done; this handle (and the job's
        # callable it holds) must outlive both this slot (deleting a QObject inside its
        # own event handler crashes) and the worker's references (see _Runnable).
        if self not in _retired:
            _retired.append(self)
        self._retire_later()
        self.finished.emit()

    def _on_released(self) -> None:
        self._worker_released = True
        self._retire_later()

    def _retire_later(self) -> None:
        if self._delivered and self._worker_released:
            QTimer.singleShot(0, _release_retired)


def _release_retired() -> None:
    """Lets go of the handles whose outcome was delivered and whose worker is done."""
    _retired[:] = [h for h in _retired
                   if not (h._delivered and h._worker_released)]


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[JobProgress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    on_cancel: Callable[[], None] | None = None,
    show_dialog: bool = True,
) -> JobHandle[T]:
    """Runs ``fn(progress)`` on the thread pool; ``on_done(result)`` on the UI thread.

    ``on_error`` replaces the default error handling (``errors.show_error``);
    call ``show_error`` yourself inside it if the user should still see it.
    """
    handle: JobHandle[T] = JobHandle(parent, title, on_done, on_error, on_cancel, show_dialog)
    handle._fn = fn
    _active.add(handle)
    QThreadPool.globalInstance().start(_Runnable(fn, handle.progress, handle._bridge))
    return handle


class LatestJob:
    """The background loads of one owner widget, of which only the newest counts.

    ``start()`` runs a job through ``run_job`` (same parameters, same progress dialog
    or quiet load, same Batal) and makes every load started before it stale;
    ``invalidate()`` makes the running one stale without starting another.
    ``on_done``, ``on_error`` and ``on_cancel`` of a stale load, and every callback once
    the owner has been destroyed, are not called: a result the user no longer waits
    for must not overwrite a newer one, and its error is not shown either (the newer
    load reports its own). A stale load is not cancelled (its work may be nearly
    done); ``cancel()`` asks it to stop.
    """

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._generation = 0
        self._handle: JobHandle[Any] | None = None

    @property
    def handle(self) -> JobHandle[Any] | None:
        """The last started job, stale or not; None before the first ``start()``."""
        return self._handle

    @property
    def running(self) -> bool:
        """Whether the last started job is still running, even if it is stale by now."""
        return self._handle is not None and self._handle.running

    def invalidate(self) -> None:
        """Drops the outcome of every load started so far."""
        self._generation += 1

    def cancel(self) -> None:
        """Asks the last started job to stop (see ``JobHandle.cancel``)."""
        if self._handle is not None:
            self._handle.cancel()

    def start(
        self,
        title: str,
        fn: Callable[[JobProgress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_cancel: Callable[[], None] | None = None,
        on_settled: Callable[[], None] | None = None,
        show_dialog: bool = True,
    ) -> JobHandle[T]:
        """``run_job(owner, title, fn, ...)`` whose callbacks only reach the newest load.

        ``on_error`` defaults to ``errors.show_error``, as in ``run_job``.
        ``on_settled`` runs after every result or error while the owner lives, stale
        ones included (after ``on_done``/``on_error`` when those run): for an owner
        that waits for a running load to end before it starts the next one.
        """
        self._generation += 1
        generation = self._generation
        owner = self._owner

        def current() -> bool:
            return shiboken6.isValid(owner) and generation == self._generation

        def settled() -> None:
            if on_settled is not None and shiboken6.isValid(owner):
                on_settled()

        def done(result: T) -> None:
            if current():
                on_done(result)
            settled()

        def failed(exc: BaseException) -> None:
            if current():
                if on_error is not None:
                    on_error(exc)
                else:
                    show_error(owner, exc)
            settled()

        def cancelled() -> None:
            if on_cancel is not None and current():
                on_cancel()

        handle = run_job(owner, title, fn, done, failed,
                         on_cancel=cancelled if on_cancel is not None else None,
                         show_dialog=show_dialog)
        self._handle = handle
        return handle


def active_jobs() -> list[JobHandle[Any]]:
    return list(_active)


def cancel_all() -> None:
    for handle in list(_active):
        handle.cancel()


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Processes events until every job has delivered its outcome; False on timeout."""
    deadline = time.monotonic() + timeout_ms / 1000
    while _active:
        if time.monotonic() > deadline:
            return False
        QThreadPool.globalInstance().waitForDone(10)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return True
