"""A bug shows the apology with the log's path and a Copy details button; a bug in
another thread reaches the same handler and is shown on the window's thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QRunnable, Qt, QThreadPool, qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from borderdesk import __version__
from borderdesk.ui.crash import CrashDialog, ExceptHook, log_path


@pytest.fixture
def hook() -> Iterator[ExceptHook]:
    installed = ExceptHook(headless=False)
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _raise_in_gui(hook: ExceptHook) -> None:
    try:
        raise ZeroDivisionError("a deliberate bug in the window")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)


def test_the_apology_says_where_the_log_is_and_copies_the_details(
    hook: ExceptHook, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    QGuiApplication.clipboard().clear()
    _raise_in_gui(hook)
    dialog = hook.dialog
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible()
    assert str(log_path()) in dialog.message.text()
    assert "ZeroDivisionError" in caplog.text  # logged before it is shown
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details
    assert copied.startswith(f"borderdesk {__version__}")
    assert f"Qt {qVersion()}, PySide6 {pyside_version}" in copied
    assert f"Log: {log_path()}" in copied
    assert "Traceback (most recent call last):" in copied
    assert copied.rstrip().endswith("ZeroDivisionError: a deliberate bug in the window")
    assert dialog.copy_button.text() == "Details copied"
    assert dialog.isVisible()  # copying does not close it
    # A second bug while the box is open is logged, not stacked on top.
    _raise_in_gui(hook)
    assert hook.dialog is dialog
    dialog.reject()
    qtbot.waitUntil(lambda: hook.dialog is None)


def test_a_bug_in_a_thread_reaches_the_same_dialog(
    hook: ExceptHook, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def work() -> None:
        raise KeyError("lost in a worker")

    thread = threading.Thread(target=work, name="import-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.dialog is not None)
    assert hook.dialog is not None
    assert "KeyError: 'lost in a worker'" in hook.dialog.details
    assert "unexpected error in thread import-worker" in caplog.text


def test_a_bug_in_a_qt_worker_reaches_the_same_dialog(hook: ExceptHook, qtbot: QtBot) -> None:
    class Broken(QRunnable):
        def run(self) -> None:
            raise ValueError("a worker's bug")

    QThreadPool.globalInstance().start(Broken())
    qtbot.waitUntil(lambda: hook.dialog is not None, timeout=10_000)
    assert hook.dialog is not None
    assert "ValueError: a worker's bug" in hook.dialog.details
    QThreadPool.globalInstance().waitForDone()


def test_the_hooks_are_given_back() -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    hook = ExceptHook(headless=True)
    hook.install()
    assert threading.excepthook == hook.thread_hook
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == (before, before_thread)
