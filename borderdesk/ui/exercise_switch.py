"""Switching the window between the live station and a trainee's exercise.

:class:`StationSwitch` holds the live session (signed in as the trainer) for as long as
the application runs, and the one main window shown. "Open session as trainee" makes a
new main window on the exercise's database, with the trainee as the acting user, and
closes the live one; "Back to live station" does the reverse and closes the exercise's
database. A whole new window rather than pages swapped inside one: every page, model,
timer and worker of the one is gone before the other shows, so nothing read from one
database can appear in the other. Each switch is recorded in the live station's security
log (``services.training_console.record_switch``) and needs the trainer's role there;
the confirmation is asked by the caller (:func:`~borderdesk.ui.exercise_dialogs.confirm_switch`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import ExerciseInfo, exercise_info
from borderdesk.services.training_console import record_switch
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.permissions import Permission, permitted
from borderdesk.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class StationSwitch(QObject):
    """The live session, the exercise open (if any) and the window that shows one."""

    #: The window now shown (a new :class:`MainWindow`).
    window_changed = Signal(object)

    def __init__(self, live: StationSession, *, settings: QSettings | None = None,
                 runner: Callable[[], TaskRunner | None] = lambda: None,
                 exercises: Path | None = None) -> None:
        super().__init__()
        self.live = live
        self.exercise: StationSession | None = None
        self.info: ExerciseInfo | None = None
        self.window: MainWindow | None = None
        #: Where the console looks for sessions (None: the data folder's exercises/).
        self.exercises = exercises
        self._settings = settings
        self._runner = runner

    @property
    def may_switch(self) -> bool:
        """Whether the live station's user holds the trainer's permission."""
        return permitted(self.live, Permission.RUN_EXERCISES)

    def build(self) -> MainWindow:
        """The first window: on the live station."""
        self.window = self._window_on(self.live)
        return self.window

    def _window_on(self, session: StationSession) -> MainWindow:
        return MainWindow(session, runner=self._runner(), settings=self._settings,
                          switch=self)

    def open_exercise(self, path: Path) -> MainWindow:
        """Show the exercise at ``path`` in a new window, as its trainee would work it;
        the trainer's role is checked and the switch recorded in the live station."""
        opened = open_station(path, create=False, clock=self.live.clock)
        try:
            info = exercise_info(opened)
            opened.actor = info.trainee  # what the trainee records carries their name
            record_switch(self.live, info, entered=True)
        except BaseException:
            opened.close()
            raise
        self._close_exercise()
        self.exercise, self.info = opened, info
        log.info("window switched to the exercise %s", path)
        return self._replace_window(opened)

    def back_to_live(self) -> MainWindow:
        """Close the exercise and show the live station again (recorded)."""
        if self.info is not None:
            record_switch(self.live, self.info, entered=False, how="back")
        window = self._replace_window(self.live, closing_exercise=True)
        log.info("window switched back to the live station")
        return window

    def _replace_window(self, session: StationSession, *,
                        closing_exercise: bool = False) -> MainWindow:
        old = self.window
        # The new window first: closing the old one then is never the last window's
        # closing (which would quit), and the exercise band's title mark follows the
        # newest window (a closing exercise window puts the live title back).
        window = self._window_on(session)
        if old is not None:
            window.setGeometry(old.geometry())
        self.window = window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        if closing_exercise:
            self._close_exercise()
        self.window_changed.emit(window)
        return window

    def _close_exercise(self) -> None:
        if self.exercise is not None:
            self.exercise.close()
        self.exercise, self.info = None, None

    def close(self) -> None:
        """The application ends: an exercise still open is left (recorded) and closed."""
        if self.info is not None:
            try:
                record_switch(self.live, self.info, entered=False, how="closed")
            except Exception:  # the application is ending: say so in the log, close anyway
                log.warning("leaving the exercise could not be recorded", exc_info=True)
        self._close_exercise()
