"""Progress reports and cancellation for long jobs, without any GUI types.

Core functions that take long accept ``on_progress(done, total)`` and a
:class:`CancelToken`; the window turns them into signals and a cancel button.
``total`` may be 0 when the size of the job is not known yet.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from borderdesk.core.errors import Cancelled
from borderdesk.core.i18n import tr

ProgressCallback = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """A progress callback that ignores every report."""


class CancelToken:
    """A flag that one thread sets and a long job checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` if the job was asked to stop."""
        if self._event.is_set():
            raise Cancelled(tr("Cancelled: the work in progress was not kept."))
