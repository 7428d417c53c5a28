"""The guide's pictures of the other roles' pages: each is drawn, an exercise pictured
leaves no session behind, and the set-up pictured writes no station."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from borderdesk.core.paths import DATA_DIR_ENV
from borderdesk.services.station import StationSession
from borderdesk.services.training_sessions import exercises_folder
from borderdesk.ui.app import HEADLESS_SIZE, run_gui
from borderdesk.ui.first_run import WIZARD_SIZE


def test_the_exercise_picture_starts_sessions_in_a_folder_that_goes_with_it(
        station: StationSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    shot = tmp_path / "exercise.png"
    assert run_gui(station.path, screenshot=shot, view="exercise") == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == HEADLESS_SIZE
    assert not exercises_folder().exists()  # never the user's exercises


def test_the_set_up_pictured_writes_no_station(station: StationSession,
                                               tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "first-run.png"
    assert run_gui(station.path, screenshot=shot, view="first-run-station") == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == WIZARD_SIZE
    made = [p.name for p in station.path.parent.iterdir() if p.name.startswith("first-run")]
    assert made == []


def test_the_reports_picture_needs_declarations(
        session: StationSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shot = tmp_path / "reports.png"
    assert run_gui(session.path, screenshot=shot, view="reports") == 2
    assert "no figures to show" in capsys.readouterr().err
    assert not shot.exists()
