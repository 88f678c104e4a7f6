"""LatestJob: of an owner's background loads, only the newest reaches the owner."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kinerja_desktop.gui import jobs

T = TypeVar("T")


class Gates:
    """Events the jobs wait on; all opened at teardown so no pool thread stays blocked."""

    def __init__(self) -> None:
        self._all: list[threading.Event] = []

    def new(self) -> threading.Event:
        gate = threading.Event()
        self._all.append(gate)
        return gate

    def open_all(self) -> None:
        for gate in self._all:
            gate.set()


@pytest.fixture
def gates() -> Iterator[Gates]:
    made = Gates()
    yield made
    made.open_all()
    assert jobs.wait_for_jobs()


@pytest.fixture(autouse=True)
def two_threads() -> Iterator[None]:
    # A job held at its gate must not keep the next one from getting a pool thread.
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(before, 3))
    yield
    pool.setMaxThreadCount(before)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget | None, BaseException]]:
    """What the default error handling (errors.show_error) would have put in a box."""
    seen: list[tuple[QWidget | None, BaseException]] = []

    def record(parent: QWidget | None, exc: BaseException) -> None:
        seen.append((parent, exc))

    monkeypatch.setattr(jobs, "show_error", record)
    return seen


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def returns(value: T, gate: threading.Event | None = None) -> Callable[[jobs.JobProgress], T]:
    def work(progress: jobs.JobProgress) -> T:
        if gate is not None:
            gate.wait()
        progress.check_cancel()
        return value
    return work


def raises(exc: BaseException, gate: threading.Event | None = None,
           ) -> Callable[[jobs.JobProgress], str]:
    def work(progress: jobs.JobProgress) -> str:
        del progress
        if gate is not None:
            gate.wait()
        raise exc
    return work


def test_a_stale_result_arriving_last_is_dropped(qtbot: QtBot, owner: QWidget,
                                                  gates: Gates) -> None:
    loader = jobs.LatestJob(owner)
    got: list[str] = []
    gate = gates.new()
    first = loader.start("Uji", returns("lama", gate), got.append, show_dialog=False)
    second = loader.start("Uji", returns("baru"), got.append, show_dialog=False)
    assert loader.handle is second
    with qtbot.waitSignal(second.finished):
        pass
    assert got == ["baru"]
    with qtbot.waitSignal(first.finished):
        gate.set()
    assert got == ["baru"] and first.result == "lama"


def test_a_stale_result_arriving_first_is_dropped(qtbot: QtBot, owner: QWidget,
                                                   gates: Gates) -> None:
    loader = jobs.LatestJob(owner)
    got: list[str] = []
    first_gate, second_gate = gates.new(), gates.new()
    first = loader.start("Uji", returns("lama", first_gate), got.append, show_dialog=False)
    second = loader.start("Uji", returns("baru", second_gate), got.append,
                          show_dialog=False)
    with qtbot.waitSignal(first.finished):
        first_gate.set()
    assert got == [] and loader.running
    with qtbot.waitSignal(second.finished):
        second_gate.set()
    assert got == ["baru"] and not loader.running


def test_errors_of_stale_jobs_are_dropped_those_of_the_newest_delivered(
        qtbot: QtBot, owner: QWidget, gates: Gates,
        shown: list[tuple[QWidget | None, BaseException]]) -> None:
    loader = jobs.LatestJob(owner)
    errors: list[BaseException] = []
    gate = gates.new()
    stale_own = loader.start("Uji", raises(ValueError("lama"), gate), lambda _r: None,
                             errors.append, show_dialog=False)
    stale_default = loader.start("Uji", raises(ValueError("lama juga"), gate),
                                 lambda _r: None, show_dialog=False)
    newest = loader.start("Uji", raises(ValueError("baru")), lambda _r: None, errors.append,
                          show_dialog=False)
    with qtbot.waitSignal(newest.finished):
        pass
    assert [str(e) for e in errors] == ["baru"]
    gate.set()
    assert jobs.wait_for_jobs()
    assert isinstance(stale_own.error, ValueError) and stale_default.error is not None
    assert [str(e) for e in errors] == ["baru"] and shown == []

    # Without on_error the newest one's error goes to show_error, with the owner as parent.
    last = loader.start("Uji", raises(ValueError("kotak")), lambda _r: None,
                        show_dialog=False)
    with qtbot.waitSignal(last.finished):
        pass
    assert [(parent, str(e)) for parent, e in shown] == [(owner, "kotak")]


def test_a_destroyed_owner_gets_nothing(qtbot: QtBot, gates: Gates,
                                        shown: list[tuple[QWidget | None, BaseException]],
                                        ) -> None:
    widget = QWidget()  # not given to qtbot: it is destroyed below
    results, loads, errors = jobs.LatestJob(widget), jobs.LatestJob(widget), \
        jobs.LatestJob(widget)
    got: list[object] = []
    gate = gates.new()
    results.start("Uji", returns("hasil", gate), got.append, on_settled=lambda: got.append(1),
                  show_dialog=False)
    loads.start("Uji", raises(ValueError("galat"), gate), got.append, got.append,
                show_dialog=False)
    errors.start("Uji", raises(ValueError("kotak"), gate), got.append, show_dialog=False)
    shiboken6.delete(widget)
    gate.set()
    assert jobs.wait_for_jobs()
    assert got == [] and shown == []


def test_invalidate_makes_the_running_one_stale(qtbot: QtBot, owner: QWidget,
                                                gates: Gates) -> None:
    loader = jobs.LatestJob(owner)
    got: list[str] = []
    gate = gates.new()
    handle = loader.start("Uji", returns("lama", gate), got.append,
                          on_settled=lambda: got.append("selesai"), show_dialog=False)
    loader.invalidate()
    assert loader.running  # stale, but its work goes on
    with qtbot.waitSignal(handle.finished):
        gate.set()
    assert got == ["selesai"] and not loader.running


def test_on_settled_follows_every_outcome(qtbot: QtBot, owner: QWidget,
                                          gates: Gates) -> None:
    loader = jobs.LatestJob(owner)
    got: list[str] = []
    gate = gates.new()
    stale = loader.start("Uji", raises(ValueError("lama"), gate), got.append,
                         lambda e: got.append(str(e)),
                         on_settled=lambda: got.append("lama selesai"), show_dialog=False)
    newest = loader.start("Uji", returns("baru"), got.append,
                          on_settled=lambda: got.append("baru selesai"), show_dialog=False)
    with qtbot.waitSignal(newest.finished):
        pass
    with qtbot.waitSignal(stale.finished):
        gate.set()
    assert got == ["baru", "baru selesai", "lama selesai"]


def test_cancel_reaches_only_the_newest(qtbot: QtBot, owner: QWidget, gates: Gates) -> None:
    loader = jobs.LatestJob(owner)
    got: list[str] = []
    first_gate, second_gate = gates.new(), gates.new()
    first = loader.start("Uji", returns("lama", first_gate), got.append,
                         on_cancel=lambda: got.append("lama batal"), show_dialog=False)
    loader.cancel()
    second = loader.start("Uji", returns("baru", second_gate), got.append,
                          on_cancel=lambda: got.append("baru batal"), show_dialog=False)
    with qtbot.waitSignal(first.finished):
        first_gate.set()
    assert first.was_cancelled and got == []
    loader.cancel()
    with qtbot.waitSignal(second.finished):
        second_gate.set()
    assert second.was_cancelled and got == ["baru batal"]
