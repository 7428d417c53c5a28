"""Running slow work off the GUI thread (Picard's ``run_task``, Anki's progress habits).

A *job* is a plain function ``job(on_progress, cancel) -> result`` that knows
nothing about Qt: it reports ``on_progress(done, total)`` and checks its
:class:`~borderdesk.core.progress.CancelToken`. :meth:`ThreadPoolRunner.run_task`
runs it on a worker thread and posts the progress, the result or the exception
back to the GUI thread, where the caller's callbacks run.

A job that touches the station database must open its own session inside the
job (a connection belongs to the thread that opened it) and close it before it
returns. Tests may pass :class:`SyncTaskRunner` instead, which runs the job at
once on the calling thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from borderdesk.core.progress import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A job: runs on a worker, reports progress, checks the token, returns a result.
Job = Callable[[ProgressCallback, CancelToken], T]

#: How often a job's progress reaches the GUI at most (seconds); more would flood the queue.
PROGRESS_INTERVAL = 0.05

#: How long closing the window waits for cancelled jobs to stop (milliseconds).
SHUTDOWN_WAIT_MS = 30_000


class TaskRunner(Protocol):
    """Where the window sends slow work (a thread pool, or a synchronous fake in tests)."""

    def run_task(
        self,
        job: Job[T],
        *,
        on_finished: Callable[[T], None],
        on_failed: Callable[[Exception], None],
        on_progress: ProgressCallback | None = None,
        token: CancelToken | None = None,
    ) -> CancelToken:
        """Start ``job`` (with ``token``, or a new one); return the token that cancels it."""
        ...

    def active_count(self) -> int:
        """How many started jobs have not delivered their outcome yet."""
        ...

    def shutdown(self) -> None:
        """Cancel every job, wait for the workers to stop and drop pending outcomes."""
        ...


class _Task(QObject):
    """One job's mailbox: lives on the GUI thread, receives signals emitted by the worker."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    raised = Signal(object)

    def __init__(
        self,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_progress: ProgressCallback | None,
        on_done: Callable[[_Task], None],
        parent: QObject,
        token: CancelToken,
    ) -> None:
        # A parent (not Python) owns the mailbox, so that dropping the last Python
        # reference inside one of its own slots cannot delete it mid-delivery.
        super().__init__(parent)
        self.token = token
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._on_progress = on_progress
        self._on_done = on_done
        self._abandoned = False
        # Queued explicitly: the worker emits, the GUI thread (this object's thread) runs.
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._deliver_progress, queued)
        self.succeeded.connect(self._deliver_result, queued)
        self.raised.connect(self._deliver_exception, queued)

    def abandon(self) -> None:
        """Deliver nothing more (whoever asked for the job is gone)."""
        self._abandoned = True
        self.token.cancel()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self.token.cancelled:
            self._on_progress(done, total)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        if not self._abandoned:
            self._on_done(self)
            self._on_finished(result)

    @Slot(object)
    def _deliver_exception(self, exc: Exception) -> None:
        if not self._abandoned:
            self._on_done(self)
            self._on_failed(exc)


class _Runnable(QRunnable):
    """The part that runs on the worker thread."""

    def __init__(self, task: _Task, job: Job[Any]) -> None:
        super().__init__()
        self._task = task
        self._job = job
        self._last_report = 0.0

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if (total > 0 and done >= total) or now - self._last_report >= PROGRESS_INTERVAL:
            self._last_report = now
            self._task.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._job(self._report, self._task.token)
        except Exception as exc:  # the GUI thread decides: expected error or bug
            self._task.raised.emit(exc)
        else:
            self._task.succeeded.emit(result)


class ThreadPoolRunner(QObject):
    """Runs jobs on its own small thread pool and reports back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[_Task] = set()
        self._closed = False

    def run_task(
        self,
        job: Job[T],
        *,
        on_finished: Callable[[T], None],
        on_failed: Callable[[Exception], None],
        on_progress: ProgressCallback | None = None,
        token: CancelToken | None = None,
    ) -> CancelToken:
        """Start ``job`` on a worker thread; the callbacks run later on the GUI thread."""
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        task = _Task(on_finished, on_failed, on_progress, self._task_done, self,
                     token or CancelToken())
        self._tasks.add(task)
        self._pool.start(_Runnable(task, job))
        return task.token

    def _task_done(self, task: _Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    def active_count(self) -> int:
        """How many started jobs have not delivered their outcome yet."""
        return len(self._tasks)

    def shutdown(self) -> None:
        """Cancel every job, wait for the workers to stop and drop pending outcomes."""
        if self._closed:
            return
        self._closed = True
        for task in self._tasks:
            task.abandon()
        if not self._pool.waitForDone(SHUTDOWN_WAIT_MS):
            log.error("a worker did not stop within %d ms of being cancelled", SHUTDOWN_WAIT_MS)
        for task in self._tasks:
            # Deleting the mailbox also discards its queued, undelivered signals.
            task.deleteLater()
        self._tasks.clear()


class SyncTaskRunner:
    """Runs each job at once on the calling thread (for tests and scripts).

    The callbacks run before :meth:`run_task` returns, so callers must set up
    their state before starting a job, not after.
    """

    def __init__(self) -> None:
        self.started = 0

    def run_task(
        self,
        job: Job[T],
        *,
        on_finished: Callable[[T], None],
        on_failed: Callable[[Exception], None],
        on_progress: ProgressCallback | None = None,
        token: CancelToken | None = None,
    ) -> CancelToken:
        """Run ``job`` now and call ``on_finished`` or ``on_failed`` with its outcome."""
        self.started += 1
        token = token or CancelToken()

        def report(done: int, total: int) -> None:
            if on_progress is not None:
                on_progress(done, total)

        try:
            result = job(report, token)
        except Exception as exc:
            on_failed(exc)
        else:
            on_finished(result)
        return token

    def active_count(self) -> int:
        """Always 0: a synchronous job is over when :meth:`run_task` returns."""
        return 0

    def shutdown(self) -> None:
        """Nothing to stop."""
