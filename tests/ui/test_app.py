"""Starting the window: the smoke test, screenshots, expected errors and bugs."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from borderdesk.services.assessments import screen_imported
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.ui import exercise_switch
from borderdesk.ui.app import HEADLESS_SIZE, run_gui, top_scored_declaration
from borderdesk.ui.crash import ExceptHook, log_path
from tests.ui.conftest import SAMPLE


def test_smoke_test_builds_the_window_and_quits(station: StationSession) -> None:
    assert run_gui(station.path, smoke_test=True) == 0


def test_smoke_test_without_a_database_uses_a_temporary_one(tmp_path: Path) -> None:
    assert run_gui(None, smoke_test=True) == 0


def test_screenshot_is_saved(station: StationSession, tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "main.png"
    assert run_gui(station.path, screenshot=shot) == 0
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_the_queue_is_the_default_view_of_a_screenshot(
    station: StationSession, tmp_path: Path
) -> None:
    shot = tmp_path / "queue.png"
    assert run_gui(station.path, screenshot=shot, view="queue") == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == HEADLESS_SIZE


@pytest.fixture
def screened(session: StationSession, write_file: Callable[[str, str], Path]) -> StationSession:
    """The :data:`SAMPLE` declarations imported and screened with the active profile."""
    report = import_files(session, [write_file("sample.json", json.dumps(SAMPLE))])
    assert report.ok, report
    assert screen_imported(session, report) is not None
    return session


def test_the_declaration_screenshot_shows_the_highest_score(
    screened: StationSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert top_scored_declaration(screened) == "RS-BAT-2026-000124"  # the shotguns
    shot = tmp_path / "declaration.png"
    assert run_gui(screened.path, screenshot=shot, view="declaration") == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == HEADLESS_SIZE
    assert str(shot) in capsys.readouterr().out


def test_a_declaration_screenshot_needs_a_screened_declaration(
    session: StationSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "declaration.png"
    assert run_gui(session.path, screenshot=shot, view="declaration") == 2
    assert "No declaration has been screened yet" in capsys.readouterr().err
    assert not shot.exists()


def test_views_that_do_not_exist_are_refused(
    station: StationSession, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    shot = tmp_path / "nonsense.png"
    assert run_gui(station.path, screenshot=shot, view="nonsense") == 2
    assert "choose one of: queue, declaration, backtest" in capsys.readouterr().err
    assert not shot.exists()


def test_the_backtest_screenshot_shows_the_analysis_page(
    screened: StationSession, tmp_path: Path
) -> None:
    shot = tmp_path / "backtest.png"
    assert run_gui(screened.path, screenshot=shot, view="backtest") == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == HEADLESS_SIZE


def test_a_backtest_screenshot_needs_declarations(
    session: StationSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "backtest.png"
    assert run_gui(session.path, screenshot=shot, view="backtest") == 2
    assert "nothing to back-test" in capsys.readouterr().err
    assert not shot.exists()


def test_a_missing_database_is_an_expected_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_gui(tmp_path / "nowhere.db", smoke_test=True) == 2
    assert "nowhere.db" in capsys.readouterr().err


def test_a_database_of_another_program_is_an_expected_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    assert run_gui(other, smoke_test=True) == 2
    assert "cannot start" in capsys.readouterr().err


def test_a_bug_at_start_is_logged_with_its_traceback(
    station: StationSession, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken_window(*_args: Any, **_kwargs: Any) -> None:
        raise ZeroDivisionError("a deliberate bug")

    monkeypatch.setattr(exercise_switch, "MainWindow", broken_window)  # builds the windows
    assert run_gui(station.path, smoke_test=True) == 1
    assert str(log_path()) in capsys.readouterr().err
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "ZeroDivisionError: a deliberate bug" in logged


def test_the_except_hook_logs_apologises_and_steps_aside(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    before = sys.excepthook
    hook = ExceptHook(headless=True)
    hook.install()
    try:
        assert sys.excepthook is hook
        try:
            raise KeyError("lost")
        except KeyError as exc:
            hook(type(exc), exc, exc.__traceback__)
    finally:
        hook.uninstall()
    assert sys.excepthook is before
    assert "KeyError" in caplog.text
    assert "Sorry" in capsys.readouterr().err
