"""The background-job runner and the error presenter (errors.show_error)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.gui import errors, jobs
from kinerja_desktop.logging_setup import current_log_file, setup_logging, teardown_logging


class Boxes:
    """Records QMessageBox.warning/critical instead of blocking on a modal box."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []

        def warning(parent: object, title: str, text: str, *a: object) -> object:
            self.shown.append(("warning", text))
            return QMessageBox.StandardButton.Ok

        def critical(parent: object, title: str, text: str, *a: object) -> object:
            self.shown.append(("critical", text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = setup_logging(tmp_path / "log")
    yield path
    teardown_logging()


def test_result_and_progress_delivered_on_ui_thread(qtbot: QtBot, parent: QWidget) -> None:
    results: list[int] = []
    threads: list[threading.Thread] = []

    def work(progress: jobs.JobProgress) -> int:
        threads.append(threading.current_thread())
        for i in range(1, 201):
            progress.report(i, 200, f"baris {i}")
        return 42

    def done(value: int) -> None:
        threads.append(threading.current_thread())
        results.append(value)

    handle = jobs.run_job(parent, "Uji", work, done)
    seen: list[tuple[int, int, str]] = []
    handle.progressed.connect(lambda d, t, s: seen.append((d, t, s)))
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert results == [42]
    assert handle.result == 42 and not handle.running
    assert threads[0] is not threading.main_thread()
    assert threads[1] is threading.main_thread()
    # Throttled, but the last step always arrives.
    assert handle.last_progress == (200, 200, "baris 200")
    assert seen[-1] == (200, 200, "baris 200")
    assert len(seen) < 200
    assert jobs.active_jobs() == []


def test_cancel_button_stops_the_job(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: jobs.JobProgress) -> str:
        started.set()
        step = 0
        while True:
            step += 1
            progress.report(step, 0, "menunggu")
            progress.check_cancel()
            threading.Event().wait(0.005)  # the worker idles; the test itself never sleeps

    handle = jobs.run_job(parent, "Panjang", work, outcome.append,
                          on_cancel=lambda: outcome.append("batal"))
    try:
        qtbot.waitUntil(started.is_set)
        assert handle.dialog is not None
        qtbot.waitUntil(handle.dialog.isVisible, timeout=5_000)
        assert handle.dialog.windowTitle() == "Panjang"
        with qtbot.waitSignal(handle.finished, timeout=10_000):
            handle.dialog.cancel_button.click()
    finally:
        handle.cancel()  # never leave an endless job behind, even when the test fails
    assert outcome == ["batal"]
    assert handle.was_cancelled and handle.error is None
    assert handle.dialog is None


def test_user_error_is_shown_as_warning(qtbot: QtBot, parent: QWidget, boxes: Boxes) -> None:
    def work(progress: jobs.JobProgress) -> None:
        raise ValidationError("NIP harus 18 digit angka; baris 7 berisi 17 digit.")

    handle = jobs.run_job(parent, "Impor", work, lambda _: None)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert boxes.shown == [("warning", "NIP harus 18 digit angka; baris 7 berisi 17 digit.")]
    assert isinstance(handle.error, ValidationError)


def test_bug_is_logged_and_apologised(qtbot: QtBot, parent: QWidget, boxes: Boxes,
                                      log_file: Path) -> None:
    def work(progress: jobs.JobProgress) -> None:
        raise ZeroDivisionError("pembagi nol di langkah rahasia")

    handle = jobs.run_job(parent, "Hitung", work, lambda _: None)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert len(boxes.shown) == 1
    kind, text = boxes.shown[0]
    assert kind == "critical"
    assert text.startswith("Maaf, terjadi kesalahan tak terduga.")
    assert str(log_file) in text
    assert "pembagi nol" not in text  # no raw error in the dialog
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError" in logged and "in work" in logged


def test_on_error_replaces_default(qtbot: QtBot, parent: QWidget, boxes: Boxes) -> None:
    caught: list[BaseException] = []

    def work(progress: jobs.JobProgress) -> None:
        raise ValidationError("salah")

    handle = jobs.run_job(parent, "x", work, lambda _: None, caught.append)
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass
    assert [str(e) for e in caught] == ["salah"]
    assert boxes.shown == []


def test_wait_for_jobs_and_no_dialog(qtbot: QtBot) -> None:
    out: list[int] = []
    handle = jobs.run_job(None, "tanpa dialog", lambda p: 7, out.append, show_dialog=False)
    assert handle.dialog is None
    assert jobs.wait_for_jobs(10_000)
    assert out == [7]


def test_caller_may_drop_the_handle_in_on_done(qtbot: QtBot, parent: QWidget) -> None:
    """The first-run wizard forgets its handle in on_done: that once deleted the handle
    inside its own slot while the worker thread destroyed the bridge (a segfault)."""

    class Caller:
        def __init__(self) -> None:
            self.handle: jobs.JobHandle[int] | None = None
            self.results: list[int] = []

        def start(self, n: int) -> None:
            self.handle = jobs.run_job(parent, "x", lambda p: n, self.done, show_dialog=False)
            # only the UI thread may destroy the bridge: it dies with its handle
            assert self.handle._bridge.parent() is self.handle

        def done(self, value: int) -> None:
            self.handle = None
            self.results.append(value)

    caller = Caller()
    for n in range(200):
        caller.start(n)
        assert jobs.wait_for_jobs(10_000)
    qtbot.waitUntil(lambda: not jobs._retired)  # released once the event loop ran again
    assert caller.results == list(range(200))


def test_the_job_callable_dies_on_the_ui_thread(qtbot: QtBot) -> None:
    """A job's closure often holds a page; freed on a pool thread, its widgets were
    destroyed there and deadlocked Qt's connection lock against the GIL in CI."""
    freed_in: list[threading.Thread] = []

    class Page:
        def __del__(self) -> None:
            freed_in.append(threading.current_thread())

    def start() -> None:
        page = Page()
        jobs.run_job(None, "x", lambda p: id(page), lambda v: None, show_dialog=False)

    for _ in range(50):
        start()
        assert jobs.wait_for_jobs(10_000)
    qtbot.waitUntil(lambda: len(freed_in) == 50 and not jobs._retired)
    assert {t.name for t in freed_in} == {threading.main_thread().name}


def test_estimate_and_wording() -> None:
    assert jobs.format_remaining(4.2) == "sekitar 4 detik lagi"
    assert jobs.format_remaining(125) == "sekitar 2 menit 5 detik lagi"
    assert jobs.format_remaining(20 * 60 + 40) == "sekitar 21 menit lagi"
    assert jobs.format_remaining(3 * 3600 + 600) == "sekitar 3 jam 10 menit lagi"


def test_progress_object_reports_cancel() -> None:
    bridge = jobs._Bridge()
    progress = jobs.JobProgress(bridge)
    assert not progress.cancelled and not progress.is_cancelled()
    progress.check_cancel()
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(jobs.JobCancelled):
        progress.check_cancel()


def test_excepthook_routes_to_show_error(qtbot: QtBot, boxes: Boxes, log_file: Path) -> None:
    previous = errors.install_excepthook()
    try:
        assert sys.excepthook is not previous
        try:
            raise KeyError("kunci")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        try:
            raise ValidationError("Tanggal tidak valid.")
        except ValidationError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        errors.restore_excepthook(previous)
    assert sys.excepthook is previous
    assert [k for k, _ in boxes.shown] == ["critical", "warning"]
    assert "KeyError" in log_file.read_text(encoding="utf-8")
    assert current_log_file() == log_file


def test_logging_setup_rotates(tmp_path: Path) -> None:
    from logging.handlers import RotatingFileHandler

    path = setup_logging(tmp_path / "a")
    try:
        handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        assert len(handlers) == 1
        assert handlers[0].maxBytes == 1_000_000 and handlers[0].backupCount == 5
        # Calling again replaces, never duplicates.
        path2 = setup_logging(tmp_path / "b")
        handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        assert len(handlers) == 1 and path2 != path
    finally:
        teardown_logging()
    assert current_log_file() is None
