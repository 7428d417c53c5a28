"""EXERCISE is unmistakable in the window: the band, the mode label and every title."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from borderdesk import APP_DISPLAY_NAME
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import create_exercise
from borderdesk.training.builtin import builtin_folder
from borderdesk.ui.main_window import MainWindow
from tests.training.helpers import PISTOLS, RealClock


def test_an_exercise_window_shows_the_band_and_the_titles_say_so(
        qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "exercise.db"
    create_exercise(builtin_folder() / PISTOLS, path, trainee="Ana Petrović",
                    clock=RealClock())
    with open_station(path, actor="ana", clock=RealClock()) as session:
        window = MainWindow(session, settings=None)
        qtbot.addWidget(window)
        window.show()
        assert window.exercise_band is not None and window.exercise_band.isVisible()
        assert window.mode_label.text() == "EXERCISE"
        assert "EXERCISE" in QApplication.applicationDisplayName()
        window.close()
    assert QApplication.applicationDisplayName() == APP_DISPLAY_NAME


def test_a_live_window_says_live_and_has_no_band(
        qtbot: Any, make_window: Callable[..., MainWindow], station: StationSession) -> None:
    window = make_window(station)
    assert window.exercise_band is None and window.mode_label.text() == "LIVE"
    assert "EXERCISE" not in QApplication.applicationDisplayName()
