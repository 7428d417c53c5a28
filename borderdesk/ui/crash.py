"""Bugs in the window: log them with their traceback, apologise in a few words.

Expected errors (:class:`~borderdesk.core.errors.BorderdeskError`) are shown
where they happen, in plain words. Anything else that escapes into Qt's event
loop reaches :class:`ExceptHook`, which writes the traceback to the log file in
the data folder and tells the user where that file is.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from borderdesk.core.paths import data_dir

log = logging.getLogger("borderdesk")

LOG_FILE_NAME = "borderdesk.log"
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_path() -> Path:
    """The log file in the data folder."""
    return data_dir() / LOG_FILE_NAME


def open_log_file(level: int = logging.INFO) -> logging.Handler:
    """Send the ``borderdesk`` loggers to the log file; remove the handler when done."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_LOG_FORMAT))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > level:
        log.setLevel(level)
    return handler


def close_log_file(handler: logging.Handler) -> None:
    """Undo :func:`open_log_file`."""
    log.removeHandler(handler)
    handler.close()


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
        if issubclass(kind, KeyboardInterrupt) and QThread.currentThread().loopLevel() > 0:
            QApplication.exit(130)
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
