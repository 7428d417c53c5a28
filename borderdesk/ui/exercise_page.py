"""The trainer console: the Exercise page of the live station's window.

Above, the scenario packs (the shipped ones and any the trainer added); below, the
trainee sessions with what each trainee has done so far, and the trainer's acts on the
selected sessions: step the clock, let it run in real time, release an inject, reset,
score and write the debrief, sum up a cohort, and open a session as its trainee
(:class:`~borderdesk.ui.exercise_switch.StationSwitch`). Everything goes through
:mod:`borderdesk.services.training_console` with the live session (whose user must hold
``run_exercises``); reading the sessions, starting them, scoring and PDFs run on a worker
with its own connection, never on the window's thread. A user without the trainer's
role sees what the page is for and no action.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.services import training_console as console
from borderdesk.services.station import StationSession
from borderdesk.services.training_console import PackSummary, SessionProgress
from borderdesk.services.training_sessions import slug
from borderdesk.ui import exercise_dialogs as ask
from borderdesk.ui.exercise_from_case import new_scenario_from_case
from borderdesk.ui.exercise_sessions_model import packs_model, sessions_model
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.permissions import Permission, permitted
from borderdesk.ui.reports_actions import documents_folder
from borderdesk.ui.rows_model import compact_rows
from borderdesk.ui.session_work import SessionWork, Work
from borderdesk.ui.workers import TaskRunner

if TYPE_CHECKING:
    from borderdesk.ui.exercise_switch import StationSwitch

T = TypeVar("T")


class TrainerConsole(QWidget):
    """Scenario packs, trainee sessions and the trainer's acts on them."""

    #: A short message for the window's status bar.
    status_message = Signal(str)

    def __init__(self, session: StationSession, runner: TaskRunner,
                 switch: StationSwitch | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerConsole")
        self._session = session
        self._runner = runner
        self._switch = switch
        self._folder = switch.exercises if switch is not None else None
        self._extra_packs: list[Path] = []
        self._work = SessionWork(self, session, runner, self.tr("Exercise"), self.say)
        self.trainer = permitted(session, Permission.RUN_EXERCISES)
        heading = QLabel(self.tr("Trainer console"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Each trainee plays a scenario on a database of their own, with the same "
            "screens as live work; nothing of an exercise reaches the live station or "
            "headquarters.") if self.trainer else self.tr(
            "Training exercises are run here by a trainer (the trainer role). They play on "
            "databases of their own and never touch the live station."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.outcome = QLabel()
        self.outcome.setObjectName("consoleOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.packs = packs_model(self)
        self.sessions = sessions_model(self)
        self.buttons: dict[str, QPushButton] = {}
        #: "New scenario from a signed case…": a place for the case anonymiser's action.
        self.from_case_action = QAction(self.tr("New scenario from a signed &case…"), self)
        self.from_case_action.setObjectName("fromCaseAction")
        self.from_case_action.setToolTip(self.tr(
            "Turn a closed, signed live case into a scenario with every name, plate and "
            "number replaced"))
        self.from_case_action.setEnabled(self.trainer)
        self.from_case_action.triggered.connect(
            lambda: new_scenario_from_case(self, self._session))
        if not self.trainer:
            layout.addStretch(1)
            return
        layout.addWidget(self._packs_box())
        layout.addWidget(self._sessions_box(), 1)
        layout.addWidget(self.outcome)
        self.refresh()

    # -- building --------------------------------------------------------------
    def _button(self, name: str, text: str, tip: str, slot: Callable[[], Any],
                row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        self.buttons[name] = button
        return button

    def _table(self, model: Any, selection: QAbstractItemView.SelectionMode) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(selection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Every column as wide as its title and figures need, at any scaling or language.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        compact_rows(table)
        return table

    def _packs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scenario packs"))
        self.packs_table = self._table(self.packs,
                                       QAbstractItemView.SelectionMode.SingleSelection)
        self.packs_table.setObjectName("packsTable")
        self.packs_table.setMaximumHeight(150)
        row = QHBoxLayout()
        self._button("startButton", self.tr("&Start sessions…"), self.tr(
            "Start the selected scenario for named trainees (a database each)"),
            self.start_sessions, row)
        self._button("addPackButton", self.tr("&Add pack…"), self.tr(
            "Add a scenario pack: a folder with manifest.yaml, or a zip"), self.add_pack, row)
        from_case = QPushButton(self.from_case_action.text())
        from_case.setObjectName("fromCaseButton")
        from_case.setToolTip(self.from_case_action.toolTip())
        from_case.setEnabled(self.from_case_action.isEnabled())
        from_case.clicked.connect(self.from_case_action.trigger)
        self.from_case_action.changed.connect(
            lambda: from_case.setEnabled(self.from_case_action.isEnabled()))
        row.addWidget(from_case)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.packs_table)
        layout.addLayout(row)
        return box

    def _sessions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trainee sessions"))
        self.sessions_table = self._table(
            self.sessions, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sessions_table.setObjectName("sessionsTable")
        # Short figures: the last column sized to them, not stretched across the page.
        self.sessions_table.horizontalHeader().setStretchLastSection(False)
        self.sessions_table.doubleClicked.connect(lambda _index: self.open_as_trainee())
        row = QHBoxLayout()
        self._button("refreshButton", self.tr("Re&fresh"), self.tr(
            "Read every session's progress again"), self.refresh, row)
        self._button("stepButton", self.tr("S&tep clock…"), self.tr(
            "Move the selected sessions' scenario time forward; injects that fall due are "
            "released"), self.step_clock, row)
        self._button("realTimeButton", self.tr("Real &time"), self.tr(
            "Let the selected sessions' clocks run in real time"),
            lambda: self.set_clock("real"), row)
        self._button("stopClockButton", self.tr("Stand &still"), self.tr(
            "Stop the selected sessions' clocks until stepped"),
            lambda: self.set_clock("stepped"), row)
        self._button("injectsButton", self.tr("&Injects…"), self.tr(
            "See the selected session's injects and release one now"), self.release, row)
        self._button("resetButton", self.tr("R&eset…"), self.tr(
            "Start the selected session again from the beginning"), self.reset, row)
        row.addStretch(1)
        second = QHBoxLayout()
        self._button("debriefButton", self.tr("Score and &debrief…"), self.tr(
            "Score the selected session and write its debrief PDF"), self.debrief, second)
        self._button("cohortButton", self.tr("&Cohort summary…"), self.tr(
            "The summary PDF of the selected sessions (all shown when none is selected)"),
            self.cohort_summary, second)
        second.addStretch(1)
        self._button("openButton", self.tr("&Open session as trainee…"), self.tr(
            "Show the selected session in this window, as its trainee works it"),
            self.open_as_trainee, second)
        self.buttons["openButton"].setVisible(self._switch is not None)
        layout = QVBoxLayout(box)
        layout.addWidget(self.sessions_table)
        layout.addLayout(row)
        layout.addLayout(second)
        return box

    # -- work on a worker ------------------------------------------------------
    def run_work(self, label: str, work: Work[T], done: Callable[[T], None]) -> bool:
        """Run ``work`` with a live session of its own on a worker; ``done`` gets the
        result on the window's thread. False while other work runs."""
        return self._work.run(label, work, done)

    @property
    def busy(self) -> bool:
        """Whether work of the console is running."""
        return self._work.busy

    def say(self, text: str) -> None:
        """Write what came of an act under the tables and in the status bar."""
        self.outcome.setText(text)
        self.status_message.emit(text.splitlines()[0] if text else "")

    # -- reading ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the packs and every session's progress again (on a worker)."""
        if not self.trainer:
            return
        extra, folder = list(self._extra_packs), self._folder

        def work(live: StationSession, _p: ProgressCallback, _c: CancelToken
                 ) -> tuple[list[PackSummary], list[SessionProgress]]:
            return console.list_packs(live, extra), console.list_progress(live, folder)

        self.run_work(self.tr("Reading the sessions…"), work, self._show)

    def _show(self, read: tuple[list[PackSummary], list[SessionProgress]]) -> None:
        packs, sessions = read
        chosen = {r.path for r in self.selected()}
        pack_row = self.packs_table.currentIndex().row()
        self.packs.set_rows(packs)
        self.sessions.set_rows(sessions)
        self.packs_table.selectRow(max(0, pack_row))
        selection = self.sessions_table.selectionModel()
        for row, progress in enumerate(sessions):
            if progress.path in chosen:
                selection.select(self.sessions.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
        self.sessions_table.resizeColumnsToContents()
        self.packs_table.resizeColumnsToContents()

    def selected(self) -> list[SessionProgress]:
        """The sessions selected, in the table's order."""
        if not self.trainer:
            return []
        rows = sorted(index.row() for index in
                      self.sessions_table.selectionModel().selectedRows())
        return [self.sessions.row_value(row) for row in rows]

    def _one(self) -> SessionProgress | None:
        chosen = self.selected()
        if len(chosen) != 1:
            self.say(self.tr("Select one session first."))
            return None
        return chosen[0]

    def _some(self) -> list[SessionProgress]:
        chosen = self.selected()
        if not chosen:
            self.say(self.tr("Select one or more sessions first."))
        return chosen

    # -- the trainer's acts ----------------------------------------------------
    def add_pack(self) -> None:
        """Add a scenario pack from a folder or zip (checked before it is listed)."""
        path = ask.choose_pack(self)
        if path is None:
            return
        try:
            summary = console.pack_summary(path)
        except BorderdeskError as exc:
            self.say(plain_error(exc))
            return
        self.add_pack_path(path)
        self.say(self.tr("Scenario {id} version {version} added.").format(
            id=summary.id, version=summary.version))

    def add_pack_path(self, path: Path) -> None:
        """List the pack at ``path`` with the shipped ones (read again at once)."""
        if path not in self._extra_packs:
            self._extra_packs.append(path)
        self.refresh()

    def start_sessions(self) -> None:
        """Start the chosen scenario for named trainees, a database each."""
        packs = self.packs.rows()
        request = ask.ask_start(self, packs, max(0, self.packs_table.currentIndex().row()))
        if request is None:
            return
        folder = self._folder

        def work(live: StationSession, progress: ProgressCallback, cancel: CancelToken
                 ) -> list[Any]:
            return console.start_sessions(live, request.pack.path, request.trainees,
                                          cohort=request.cohort,
                                          clock_mode=request.clock_mode, folder=folder,
                                          on_progress=progress, cancel=cancel)

        def done(made: list[Any]) -> None:
            self.say(self.tr("{count} session(s) of {pack} started: {names}.").format(
                count=len(made), pack=request.pack.id,
                names=", ".join(info.trainee for info in made)))
            self.refresh()

        self.run_work(self.tr("Making the trainees' sessions…"), work, done)

    def _act(self, work: Callable[[StationSession], str]) -> None:
        """A short act on the live session on the window's thread (one small write to
        each exercise database), then the progress read again."""
        try:
            text = work(self._session)
        except BorderdeskError as exc:
            self.say(plain_error(exc))
            return
        self.say(text)
        self.refresh()

    def step_clock(self) -> None:
        """Step the selected sessions' clocks."""
        chosen = self._some()
        if not chosen:
            return
        minutes = ask.ask_step_minutes(self, ", ".join(p.info.trainee for p in chosen))
        if minutes is None:
            return

        def work(live: StationSession) -> str:
            lines = []
            for progress in chosen:
                released = console.step_session_clock(live, progress.path, minutes)
                lines.append(self.tr("{trainee}: {minutes} min later{released}").format(
                    trainee=progress.info.trainee, minutes=minutes,
                    released=self.tr("; released: {ids}").format(ids=", ".join(released))
                    if released else ""))
            return "\n".join(lines)

        self._act(work)

    def set_clock(self, mode: str) -> None:
        """Let the selected sessions' clocks run in real time, or stand still."""
        chosen = self._some()

        def work(live: StationSession) -> str:
            for progress in chosen:
                console.set_session_clock(live, progress.path, mode)
            words = self.tr("runs in real time") if mode == "real" else \
                self.tr("stands still until stepped")
            return self.tr("The clock of {trainees} {words}.").format(
                trainees=", ".join(p.info.trainee for p in chosen), words=words)

        if chosen:
            self._act(work)

    def release(self) -> None:
        """Show the selected session's injects; release one now."""
        progress = self._one()
        if progress is None:
            return
        try:
            states = console.session_injects(self._session, progress.path)
        except BorderdeskError as exc:
            self.say(plain_error(exc))
            return
        chosen = ask.choose_inject(self, progress.info.trainee, states)
        if chosen is None:
            return

        def work(live: StationSession) -> str:
            state = console.release_session_inject(live, progress.path, chosen)
            return self.tr("Released for {trainee}: {title}").format(
                trainee=progress.info.trainee, title=state.title)

        self._act(work)

    def reset(self) -> None:
        """Make a fresh session for the selected trainee; keep or delete the old one."""
        progress = self._one()
        if progress is None:
            return
        delete_old = ask.ask_reset(self, progress.info.trainee)
        if delete_old is None:
            return

        def work(live: StationSession, _p: ProgressCallback, _c: CancelToken) -> Any:
            return console.reset_session(live, progress.path, delete_old=delete_old)

        def done(made: Any) -> None:
            kept = self.tr("the old one deleted") if delete_old else \
                self.tr("the old one kept")
            self.say(self.tr("{trainee} starts again: a fresh session, {kept}.").format(
                trainee=made.trainee, kept=kept))
            self.refresh()

        self.run_work(self.tr("Making a fresh session…"), work, done)

    def debrief(self) -> None:
        """Score the selected session and write its debrief PDF."""
        progress = self._one()
        if progress is None:
            return
        info = progress.info
        name = f"debrief-{slug(info.trainee)}-{info.pack_id}.pdf"
        destination = ask.save_pdf(self, self.tr("Save the debrief"),
                                   documents_folder() / name)
        if destination is None:
            return

        def work(live: StationSession, _p: ProgressCallback, _c: CancelToken) -> Any:
            return console.debrief_session(live, progress.path, destination)

        def done(score: Any) -> None:
            self.say(self.tr("{trainee}: {total} of 100. Debrief saved as {path}.").format(
                trainee=score.trainee, total=f"{score.total:.1f}", path=destination))

        self.run_work(self.tr("Scoring and writing the debrief…"), work, done)

    def cohort_summary(self) -> None:
        """Write the summary PDF of the selected sessions (or of all shown)."""
        chosen = self.selected() or self.sessions.rows()
        if not chosen:
            self.say(self.tr("There is no session to sum up."))
            return
        cohort = chosen[0].info.cohort or chosen[0].info.pack_id
        destination = ask.save_pdf(self, self.tr("Save the cohort summary"),
                                   documents_folder() / f"cohort-{slug(cohort)}.pdf")
        if destination is None:
            return
        paths = [p.path for p in chosen]

        def work(live: StationSession, _p: ProgressCallback, _c: CancelToken) -> Any:
            return console.cohort_summary(live, paths, destination)

        def done(scores: Any) -> None:
            self.say(self.tr("Summary of {count} session(s) saved as {path}.").format(
                count=len(scores), path=destination))

        self.run_work(self.tr("Writing the cohort summary…"), work, done)

    def open_as_trainee(self) -> None:
        """Show the selected session in the window, as its trainee works it."""
        progress = self._one()
        if progress is None or self._switch is None:
            return
        if not ask.confirm_switch(self, self._session, self.tr("Open session as trainee"),
                                  self.tr(
            "Show {trainee}'s exercise in this window? The live station's pages close; "
            "everything recorded until you come back goes to the exercise only.").format(
                trainee=progress.info.trainee)):
            return
        try:
            self._switch.open_exercise(progress.path)
        except BorderdeskError as exc:
            self.say(plain_error(exc))

    def shutdown(self) -> None:
        """The window closes: nothing of the console's keeps running."""
        self._work.end()
