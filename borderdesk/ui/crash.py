"""Bugs in the window: log them with their traceback, apologise in a few words.

Expected errors (:class:`~borderdesk.core.errors.BorderdeskError`) are shown
where they happen, in plain words. Anything else that escapes into Qt's event
loop reaches :class:`ExceptHook`, which writes the traceback to the log file in
the data folder and tells the user where that file is.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from borderdesk.core.logs import log_path

log = logging.getLogger("borderdesk")

__all__ = ["ExceptHook", "apology", "log_path"]

def apology(path: Path) -> str:
    """The short message shown for a bug."""
    return QCoreApplication.translate(
        "crash",
        "Sorry, something went wrong inside borderdesk. This is a fault in the program, "
        "not in what you did.\n\nThe details were written to:\n{path}\n\n"
        "Please send that file to your support contact.",
    ).format(path=path)


class ExceptHook:
    """A ``sys.excepthook`` that logs bugs and apologises.

    With ``headless`` (smoke test, screenshot) the apology goes to stderr and the
    event loop stops with exit code 1; otherwise a message box shows it.
    """

    def __init__(self, *, headless: bool, parent: QWidget | None = None) -> None:
        self.headless = headless
        self.parent = parent
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        """Become ``sys.excepthook``."""
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back to whoever had it."""
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if QThread.currentThread().loopLevel() > 0:
                QApplication.exit(130)
            else:
                self._previous(kind, value, traceback)
            return
        log.critical("unexpected error", exc_info=(kind, value, traceback))
        self.report()

    def report(self) -> None:
        """Tell the user (the error is already logged)."""
        message = apology(log_path())
        if self.headless:
            print(message, file=sys.stderr)
            # Outside a running loop exit() would only leave a flag that ends the next one.
            if QThread.currentThread().loopLevel() > 0:
                QApplication.exit(1)
            return
        if self._showing:  # a bug while the box is open (e.g. in painting): log only
            return
        self._showing = True
        try:
            QMessageBox.critical(
                self.parent, QCoreApplication.translate("crash", "borderdesk: internal error"),
                message,
            )
        finally:
            self._showing = False
