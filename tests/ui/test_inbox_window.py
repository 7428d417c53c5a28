"""The watched inbox folder in the window: scans on a worker, the table, the status bar."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QKeySequence

from borderdesk.services.station import StationSession
from borderdesk.ui import settings as keys
from borderdesk.ui import settings_dialog
from borderdesk.ui.declarations_model import Column
from borderdesk.ui.inbox_flow import InboxController
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.settings_dialog import SettingsDialog
from borderdesk.ui.workers import SyncTaskRunner
from tests.conftest import declaration

MakeWindow = Callable[..., MainWindow]


def listed_ids(window: MainWindow) -> list[str]:
    proxy = window.queue.model
    return [proxy.index(row, Column.DECLARATION).data() for row in range(proxy.rowCount())]


@pytest.fixture
def inbox(tmp_path: Path, settings: QSettings) -> Path:
    """An inbox folder, set in the window's settings."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    keys.INBOX_FOLDER.set(settings, str(folder))
    return folder


def drop(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_good_file_is_imported_screened_and_moved_to_done(
    station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    runner = SyncTaskRunner()
    window = make_window(station, runner=runner)
    assert window.inbox.folder == inbox
    assert window.inbox.active
    drop(inbox, "new.json", [declaration("RS-BAT-2026-000900")])

    assert window.inbox.scan()  # first sighting: left alone until it is stable
    assert "RS-BAT-2026-000900" not in listed_ids(window)
    assert (inbox / "new.json").exists()
    assert window.inbox.scan()

    assert "RS-BAT-2026-000900" in listed_ids(window)
    assert (inbox / "done" / "new.json").exists()
    assert not (inbox / "new.json").exists()
    assert window.statusBar().currentMessage() == "Inbox: 1 file imported"
    assert window.inbox.notice is None
    assert runner.started == 2


def test_a_bad_file_lands_in_rejected_with_its_report(
    station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    drop(inbox, "good.json", [declaration("RS-BAT-2026-000901")])
    drop(inbox, "bad.json", [declaration("RS-BAT-2026-000902", lodged_at="yesterday")])
    window.inbox.scan()
    window.inbox.scan()

    assert (inbox / "rejected" / "bad.json").exists()
    report = inbox / "rejected" / "bad.json.errors.txt"
    assert "bad.json" in report.read_text(encoding="utf-8")
    assert (inbox / "done" / "good.json").exists()
    ids = listed_ids(window)
    assert "RS-BAT-2026-000901" in ids
    assert "RS-BAT-2026-000902" not in ids
    message = window.statusBar().currentMessage()
    assert message == "Inbox: 1 file imported, 1 rejected — see rejected/"
    notice = window.inbox.notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert "bad.json" in notice.detailedText()

    # Another rejected file while the notice is open: added to it, not a second window.
    drop(inbox, "worse.json", [declaration("RS-BAT-2026-000903", lodged_at="never")])
    window.inbox.scan()
    window.inbox.scan()
    assert window.inbox.notice is notice
    assert "worse.json" in notice.detailedText()
    assert window.statusBar().currentMessage() == (
        "Inbox: 0 files imported, 1 rejected — see rejected/")


def test_scans_run_on_a_worker(
    qtbot: Any, station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    window = make_window(station)  # the real thread pool
    drop(inbox, "new.json", [declaration("RS-BAT-2026-000904")])
    for _ in range(2):
        assert window.inbox.scan()
        assert window.inbox.busy
        assert not window.inbox.scan()  # one scan at a time
        qtbot.waitUntil(lambda: not window.inbox.busy)
    assert "RS-BAT-2026-000904" in listed_ids(window)
    assert (inbox / "done" / "new.json").exists()


def test_the_timer_scans_by_itself(
    qtbot: Any, station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    window = make_window(station)
    window.inbox.timer.setInterval(20)
    drop(inbox, "new.json", [declaration("RS-BAT-2026-000905")])
    qtbot.waitUntil(lambda: (inbox / "done" / "new.json").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "RS-BAT-2026-000905" in listed_ids(window), timeout=10_000)


def test_closing_waits_for_a_running_scan(
    station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    window = make_window(station)
    drop(inbox, "new.json", [declaration("RS-BAT-2026-000906")])
    assert window.inbox.scan()
    window.close()
    assert not window.inbox.active
    assert not window.inbox.busy
    assert not window.inbox.scan()  # nothing starts after closing


def test_with_no_folder_nothing_runs(
    station: StationSession, make_window: MakeWindow, tmp_path: Path
) -> None:
    runner = SyncTaskRunner()
    window = make_window(station, runner=runner)
    assert window.inbox.folder is None
    assert not window.inbox.active
    assert not window.inbox.scan()
    assert runner.started == 0


def test_a_missing_folder_is_reported_once(
    station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    runner = SyncTaskRunner()
    window = make_window(station, runner=runner)
    inbox.rmdir()
    assert not window.inbox.scan()
    assert "cannot be found" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    assert not window.inbox.scan()
    assert window.statusBar().currentMessage() == ""
    assert runner.started == 0


def test_configure_remembers_the_folder_and_interval(
    station: StationSession, make_window: MakeWindow, settings: QSettings, tmp_path: Path
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    folder = tmp_path / "drop"
    folder.mkdir()
    window.inbox.configure(folder, 30)
    assert window.inbox.active
    assert window.inbox.timer.interval() == 30_000
    assert keys.INBOX_FOLDER.get(settings) == str(folder)
    assert keys.INBOX_INTERVAL.get(settings) == 30
    window.inbox.configure(None)
    assert not window.inbox.active
    assert keys.INBOX_FOLDER.get(settings) == ""


def test_the_settings_action_is_in_the_file_menu(window: MainWindow) -> None:
    action = window.settings_action
    assert action.shortcut() == QKeySequence("Ctrl+,")
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_the_settings_dialog_chooses_or_turns_off_the_folder(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = SettingsDialog(None, 10)
    qtbot.addWidget(dialog)
    assert dialog.inbox_folder() is None
    assert not dialog.folder_edit.isEnabled()
    monkeypatch.setattr(settings_dialog, "choose_folder", lambda _parent, _start: tmp_path)
    dialog.watch_box.setChecked(True)
    dialog.browse_button.click()
    dialog.interval_spin.setValue(5)
    assert dialog.inbox_folder() == tmp_path
    assert dialog.interval_s() == 5
    dialog.watch_box.setChecked(False)
    assert dialog.inbox_folder() is None


def test_the_controller_without_settings_is_off(
    qtbot: Any, station: StationSession, window: MainWindow
) -> None:
    controller = InboxController(window, station, SyncTaskRunner())
    assert controller.folder is None and not controller.active
    controller.shutdown()


def test_file_settings_turns_the_inbox_on(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, station: StationSession,
    make_window: MakeWindow, settings: QSettings, tmp_path: Path
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    monkeypatch.setattr(settings_dialog, "choose_folder", lambda _parent, _start: tmp_path)

    def answer() -> None:
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None
        dialog.watch_box.setChecked(True)
        dialog.browse_button.click()
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.settings_action.trigger()
    assert window.inbox.folder == tmp_path and window.inbox.active
    assert keys.INBOX_FOLDER.get(settings) == str(tmp_path)
    assert window.statusBar().currentMessage() == f"Inbox: watching {tmp_path}"


def test_the_status_bar_shows_the_inbox_state(
    station: StationSession, make_window: MakeWindow, inbox: Path
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    assert window.inbox_label.text() == "Inbox: watching"
    assert str(inbox) in window.inbox_label.toolTip()
    inbox.rename(inbox.with_name("moved"))
    window.inbox.scan()
    assert window.inbox_label.text() == "Inbox: folder missing"
    window.inbox.configure(None)
    assert window.inbox_label.text() == "Inbox: off"
