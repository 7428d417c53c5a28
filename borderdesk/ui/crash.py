"""Bugs in the window: log them with their traceback, apologise in a few words.

Expected errors (:class:`~borderdesk.core.errors.BorderdeskError`) are shown
where they happen, in plain words. Anything else that escapes into Qt's event
loop, or out of any other thread (a worker, a ``threading.Thread``), reaches
:class:`ExceptHook`, which writes the traceback to the log file in the data
folder and shows :class:`CrashDialog`: where that file is, and a *Copy details*
button that puts the version, platform, traceback and log path on the clipboard
for the support contact. Another thread's bug is logged there and shown on the
window's thread (widgets live there).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback as tb
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from borderdesk import __version__
from borderdesk.core.logs import log_path

log = logging.getLogger("borderdesk")

__all__ = ["CrashDialog", "ExceptHook", "apology", "crash_details", "log_path"]

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def apology(path: Path) -> str:
    """The short message shown for a bug."""
    return QCoreApplication.translate(
        "crash",
        "Sorry, something went wrong inside borderdesk. This is a fault in the program, "
        "not in what you did.\n\nThe details were written to:\n{path}\n\n"
        "Please send that file to your support contact.",
    ).format(path=path)


def crash_details(error: _ExcInfo | None, path: Path) -> str:
    """What *Copy details* copies: versions, platform, when, the log's path, the traceback.

    Plain text in English whatever the window's language: it is read by support staff.
    """
    lines = [f"borderdesk {__version__}" + (" (frozen build)" if getattr(sys, "frozen", False)
                                            else ""),
             f"Platform: {platform.platform()}",
             f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
             f"Time: {datetime.now(UTC).isoformat(timespec='seconds')}",
             f"Log: {path}", ""]
    if error is not None:
        lines += "".join(tb.format_exception(*error)).rstrip().splitlines()
    return "\n".join(lines)


class CrashDialog(QDialog):
    """The apology: what happened in a few words, where the log is, *Copy details*."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("borderdesk: internal error"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        # The log's path is selectable: it may have to be typed into a file manager.
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr(
            "Copy the version, the platform, the error and the log's location, to paste "
            "into a message to your support contact"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    @Slot()
    def copy_details(self) -> None:
        """Put the details on the clipboard and say so on the button."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))


class _Relay(QObject):
    """Carries a bug from another thread to the window's thread."""

    reported = Signal(str)


class ExceptHook:
    """A ``sys.excepthook`` and ``threading.excepthook`` that logs bugs and apologises.

    With ``headless`` (smoke test, screenshot) the apology goes to stderr and the
    event loop stops with exit code 1; otherwise :class:`CrashDialog` shows it.
    """

    def __init__(self, *, headless: bool, parent: QWidget | None = None) -> None:
        self.headless = headless
        self.parent = parent
        self.dialog: CrashDialog | None = None
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._relay: _Relay | None = None

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (call on the window's
        thread: other threads' bugs are shown there)."""
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._relay = _Relay()
        self._relay.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        sys.excepthook = self
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        """Give both hooks back to whoever had them."""
        if sys.excepthook is self:
            sys.excepthook = self._previous
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self._previous_thread_hook
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None

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
        self._dispatch(crash_details((kind, value, traceback), log_path()))

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a bug in another thread, logged and shown."""
        if issubclass(args.exc_type, SystemExit):  # as Python's own hook: a quiet end
            return
        value = args.exc_value if args.exc_value is not None else args.exc_type()
        name = args.thread.name if args.thread is not None else "?"
        log.critical("unexpected error in thread %s", name,
                     exc_info=(args.exc_type, value, args.exc_traceback))
        self._dispatch(crash_details((args.exc_type, value, args.exc_traceback), log_path()))

    def _dispatch(self, details: str) -> None:
        app = QCoreApplication.instance()
        on_gui_thread = app is None or QThread.currentThread() == app.thread()
        if on_gui_thread or self._relay is None:
            self.report(details, wait=False)
        else:  # widgets only on the window's thread
            self._relay.reported.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        self.report(details, wait=False)

    def report(self, details: str | None = None, *, wait: bool = True) -> None:
        """Tell the user (the error is already logged). Without ``details``, those of the
        exception being handled, if any. ``wait``: until the dialog is closed (a bug at
        start, with no event loop to keep it open); a bug inside the running window shows
        it without stopping there."""
        if details is None:
            error = sys.exc_info()
            details = crash_details(error if error[0] is not None else None, log_path())
        message = apology(log_path())
        if self.headless:
            print(message, file=sys.stderr)
            # Outside a running loop exit() would only leave a flag that ends the next one.
            if QThread.currentThread().loopLevel() > 0:
                QApplication.exit(1)
            return
        if self.dialog is not None:  # a bug while the box is open (e.g. in painting): log only
            return
        self.dialog = CrashDialog(message, details, self.parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        if wait:
            self.dialog.exec()
        else:
            self.dialog.open()

    @Slot()
    def _closed(self) -> None:
        self.dialog = None
