"""The task runners: results, errors and progress reach the GUI thread; cancel; shutdown."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from borderdesk.core.errors import Cancelled
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.ui.workers import SyncTaskRunner, ThreadPoolRunner


class Outcome:
    """Collects what a runner delivers, and on which thread."""

    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[Exception] = []
        self.progress: list[tuple[int, int]] = []
        self.threads: set[int] = set()

    def finished(self, result: Any) -> None:
        self.threads.add(threading.get_ident())
        self.results.append(result)

    def failed(self, exc: Exception) -> None:
        self.threads.add(threading.get_ident())
        self.errors.append(exc)

    def progressed(self, done: int, total: int) -> None:
        self.threads.add(threading.get_ident())
        self.progress.append((done, total))

    @property
    def done(self) -> bool:
        return bool(self.results or self.errors)


@pytest.fixture
def runner() -> Iterator[ThreadPoolRunner]:
    pool = ThreadPoolRunner()
    yield pool
    pool.shutdown()
    assert pool.active_count() == 0


def counting_job(on_progress: ProgressCallback, cancel: CancelToken) -> str:
    for done in range(1, 101):
        cancel.raise_if_cancelled()
        on_progress(done, 100)
    return threading.current_thread().name


def test_result_and_progress_arrive_on_the_gui_thread(
    qtbot: Any, runner: ThreadPoolRunner
) -> None:
    outcome = Outcome()
    job_thread: list[int] = []

    def job(on_progress: ProgressCallback, cancel: CancelToken) -> int:
        job_thread.append(threading.get_ident())
        counting_job(on_progress, cancel)
        return 42

    runner.run_task(job, on_finished=outcome.finished, on_failed=outcome.failed,
                    on_progress=outcome.progressed)
    qtbot.waitUntil(lambda: outcome.done)
    assert outcome.results == [42]
    assert outcome.threads == {threading.get_ident()}
    assert job_thread != [threading.get_ident()]
    assert outcome.progress[-1] == (100, 100)  # the last report is never dropped
    assert len(outcome.progress) < 100  # but the rest are thinned out
    assert runner.active_count() == 0


def test_an_exception_is_delivered_not_raised(qtbot: Any, runner: ThreadPoolRunner) -> None:
    outcome = Outcome()

    def job(_on_progress: ProgressCallback, _cancel: CancelToken) -> None:
        raise ValueError("broken")

    runner.run_task(job, on_finished=outcome.finished, on_failed=outcome.failed)
    qtbot.waitUntil(lambda: outcome.done)
    assert [str(exc) for exc in outcome.errors] == ["broken"]
    assert outcome.errors[0].__traceback__ is not None  # kept for the log


def test_cancel_stops_the_job(qtbot: Any, runner: ThreadPoolRunner) -> None:
    outcome = Outcome()
    started = threading.Event()

    def job(_on_progress: ProgressCallback, cancel: CancelToken) -> None:
        started.set()
        while not cancel.cancelled:
            time.sleep(0.01)
        cancel.raise_if_cancelled()

    token = runner.run_task(job, on_finished=outcome.finished, on_failed=outcome.failed)
    assert started.wait(5)
    token.cancel()
    qtbot.waitUntil(lambda: outcome.done)
    assert isinstance(outcome.errors[0], Cancelled)


def test_shutdown_cancels_waits_and_drops_outcomes(qtbot: Any) -> None:
    runner = ThreadPoolRunner()
    outcome = Outcome()
    started = threading.Event()
    stopped = threading.Event()

    def job(_on_progress: ProgressCallback, cancel: CancelToken) -> None:
        started.set()
        while not cancel.cancelled:
            time.sleep(0.01)
        stopped.set()

    runner.run_task(job, on_finished=outcome.finished, on_failed=outcome.failed)
    assert started.wait(5)
    runner.shutdown()
    assert stopped.is_set()
    assert runner.active_count() == 0
    qtbot.wait(20)
    assert not outcome.done  # the window that asked is gone: nobody is told
    with pytest.raises(RuntimeError):
        runner.run_task(job, on_finished=outcome.finished, on_failed=outcome.failed)


def test_the_synchronous_runner_calls_back_before_returning() -> None:
    runner = SyncTaskRunner()
    outcome = Outcome()
    runner.run_task(counting_job, on_finished=outcome.finished, on_failed=outcome.failed,
                    on_progress=outcome.progressed)
    assert outcome.results == [threading.current_thread().name]
    assert len(outcome.progress) == 100
    assert runner.active_count() == 0
