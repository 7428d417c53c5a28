"""One built-in scenario played through the real window: the trainer starts a session in
the console and opens it as the trainee; the EXERCISE band is on every page; the trainee
selects and inspects the hidden shipment in the queue and sees the findings; the deeper
steps (identification, case, evidence) go through the services, whose dialogs are tested
elsewhere; back to live, the trainer scores the session and writes the debrief. Then the
real-time clock releasing an inject in the trainee's window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from borderdesk import APP_DISPLAY_NAME
from borderdesk.services import seizures
from borderdesk.services.inspections import list_inspections, record_outcome
from borderdesk.services.security_log import list_events
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import exercise_pack
from borderdesk.services.training_console import ENTERED, LEFT, pack_summary
from borderdesk.training.builtin import builtin_folder
from borderdesk.ui import declaration_view
from borderdesk.ui import exercise_dialogs as ask
from borderdesk.ui.declarations_model import ID_ROLE
from borderdesk.ui.exercise_dialogs import StartRequest
from borderdesk.ui.exercise_page import TrainerConsole
from borderdesk.ui.exercise_switch import StationSwitch
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.workers import SyncTaskRunner
from tests.services.roles import sign_in_as, sign_out
from tests.training.helpers import PISTOLS, RealClock
from tests.training.player import Player

TRUCK = "RS-GRA-2026-041107"
SERIAL = "21-0187456"  # marked on the approved pistol's frame: never given as text


@pytest.fixture
def live(tmp_path: Path) -> Iterator[StationSession]:
    """The live station with a trainer signed in, on a real clock the test moves."""
    with open_station(tmp_path / "station.db", actor="trainer-1", clock=RealClock()) as opened:
        yield sign_in_as(opened, "trainer", name="trainer-1")


@pytest.fixture
def switch(live: StationSession, settings: QSettings, tmp_path: Path,
           monkeypatch: Any) -> Iterator[StationSwitch]:
    """The application's switch on the live station; the trainer confirms every switch."""
    monkeypatch.setattr(ask, "confirm_switch", lambda *_args: True)
    made = StationSwitch(live, settings=settings, runner=SyncTaskRunner,
                         exercises=tmp_path / "exercises")
    made.build().show()
    yield made
    window = made.window
    assert window is not None
    window.close()
    running = [t.objectName() or repr(t) for t in window.findChildren(QTimer) if t.isActive()]
    assert not running, f"timers still running after close: {running}"
    made.close()
    window.deleteLater()


def _console(window: MainWindow) -> TrainerConsole:
    window.show_page(window.exercise_page)
    return window.exercise_page.page()


def _start(console: TrainerConsole, monkeypatch: Any, clock: str = "stepped") -> None:
    pack = pack_summary(builtin_folder() / PISTOLS, builtin=True)
    monkeypatch.setattr(ask, "ask_start", lambda *_a: StartRequest(
        pack, ("Ana Petrović",), "Course 7", clock))
    console.buttons["startButton"].click()
    assert [r.info.trainee for r in console.sessions.rows()] == ["Ana Petrović"]
    console.sessions_table.selectRow(0)


def test_a_scenario_played_through_the_window(
        qtbot: Any, switch: StationSwitch, live: StationSession, tmp_path: Path,
        monkeypatch: Any, qtmodeltester: Any) -> None:
    live_window = switch.window
    assert live_window is not None and live_window.exercise_band is None
    console = _console(live_window)
    _start(console, monkeypatch)
    qtmodeltester.check(console.packs)
    qtmodeltester.check(console.sessions)

    # The trainer opens the session as the trainee: a new window on the exercise.
    console.buttons["openButton"].click()
    window = switch.window
    assert window is not None and window is not live_window and window.exercise
    assert not live_window.isVisible()
    assert "EXERCISE" in QApplication.applicationDisplayName()
    for index in range(window.navigation.count()):
        window.navigation.setCurrentIndex(index)
        assert window.exercise_band is not None and window.exercise_band.isVisible(), \
            window.navigation.tabText(index)
    assert window.mode_label.text() == "EXERCISE"
    # The trainee administers nothing: no Administration page in the exercise.
    admin = window.navigation.indexOf(window.admin_page)
    assert not window.navigation.isTabVisible(admin)
    assert live_window.navigation.isTabVisible(live_window.navigation.indexOf(
        live_window.admin_page))
    trainee = window.trainee_page
    assert trainee is not None and trainee.back_button.isVisibleTo(trainee)
    assert not trainee.release_timer.isActive()  # a stepped clock: nothing to wait for

    # The trainee selects the hidden shipment in the queue and inspects it physically.
    window.show_page(window.queue)
    model = window.queue.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == TRUCK)
    window.queue.table.setCurrentIndex(model.index(row, 0))
    monkeypatch.setattr(declaration_view, "ask_inspection_kind", lambda _parent: "physical")
    window.inspection_action.trigger()
    found = trainee.findings_dialog
    assert found is not None and found.isVisible()
    assert len(found.found.items) == 3 and found.found.where
    assert "Item 1:" in found.text() and SERIAL not in found.text()
    assert found.pictures and all(p.pixmap() is not None and not p.pixmap().isNull()
                                  for p in found.pictures)
    assert trainee.declaration_box.currentText() == TRUCK

    # The deeper steps through the services (their dialogs are tested elsewhere).
    exercise = switch.exercise
    assert exercise is not None and exercise.actor == "Ana Petrović"
    [inspection] = list_inspections(exercise, TRUCK)
    player = Player(exercise)
    player.act(2)
    case = record_outcome(exercise, inspection.id, "seizure", "items in the cartons")
    assert case.case_number is not None
    truth = exercise_pack(exercise).truth_of(TRUCK)
    assert truth is not None
    numbers = {}
    for index, item in enumerate(truth.items, start=1):
        player.act()
        identification = player.identify(inspection.id, item, f"Item {index}")
        added = seizures.add_identified_item(exercise, case.case_number, identification)
        numbers[item.id] = (str(added.number), item.kind, identification)
    player.evidence(case.case_number, truth.items, numbers, broken=False)

    # Back to live: the live station again, nothing of the exercise in it.
    trainee.back_button.click()
    back = switch.window
    assert back is not None and back is not window and not back.exercise
    assert back.exercise_band is None and switch.exercise is None
    assert QApplication.applicationDisplayName() == APP_DISPLAY_NAME
    assert back.queue.model.rowCount() == 0 and list_inspections(live) == []

    # The trainer scores the session and writes the debrief from the console.
    console = _console(back)
    console.sessions_table.selectRow(0)
    [progress] = console.selected()
    assert (progress.selected, progress.cases) == ((TRUCK,), 1)
    assert progress.identifications == 3 and progress.evidence_steps > 10
    debrief = tmp_path / "debrief.pdf"
    monkeypatch.setattr(ask, "save_pdf", lambda *_a: debrief)
    console.buttons["debriefButton"].click()
    assert "Ana Petrović: 100.0 of 100" in console.outcome.text()
    assert debrief.read_bytes().startswith(b"%PDF")
    events = [e for e in list_events(sign_out(live)) if e.kind in (ENTERED, LEFT)]
    assert [e.kind for e in events] == [ENTERED, LEFT]
    assert all(e.actor == "trainer-1" for e in events)


def test_a_real_time_clock_releases_injects_in_the_trainees_window(
        qtbot: Any, switch: StationSwitch, live: StationSession, monkeypatch: Any) -> None:
    assert switch.window is not None
    console = _console(switch.window)
    _start(console, monkeypatch, clock="real")
    console.buttons["openButton"].click()
    window = switch.window
    trainee = window.trainee_page
    assert trainee is not None
    timer = trainee.release_timer
    assert timer.isActive() and timer.interval() == 20 * 60_000  # the amendment, at 20

    assert isinstance(live.clock, RealClock)
    live.clock.advance(21)  # the exercise's scenario clock runs from the same real clock
    timer.timeout.emit()
    assert "The broker amends" in trainee.messages.item(0).text()
    assert trainee.notice is not None and trainee.notice.isVisible()
    assert timer.isActive() and timer.interval() == 24 * 60_000  # the next one, at 45
    assert "New: The broker amends" in window.statusBar().currentMessage()
    trainee.notice.close()


def test_a_non_trainer_sees_no_console_actions(
        switch: StationSwitch, live: StationSession, make_window: Any) -> None:
    officer = make_window(sign_in_as(live, "officer"))
    console = _console(officer)
    assert not console.trainer and not console.buttons
    assert "trainer role" in " ".join(
        label.text() for label in console.findChildren(type(officer.count_label)))


def test_without_a_switch_the_console_cannot_open_a_session(
        live: StationSession, make_window: Any) -> None:
    window = make_window(live)
    console = _console(window)
    assert console.trainer and not console.buttons["openButton"].isVisibleTo(console)
    assert console.from_case_action.isEnabled()  # making a scenario needs no switch


def test_the_injects_dialog_releases_only_what_is_to_come(
        qtbot: Any, qtmodeltester: Any, live: StationSession, tmp_path: Path) -> None:
    from borderdesk.services.training_console import (
        session_injects,
        start_sessions,
        step_session_clock,
    )

    [info] = start_sessions(live, builtin_folder() / PISTOLS, ["Ana"], folder=tmp_path)
    assert info.path is not None
    step_session_clock(live, info.path, 25)  # the amendment is released, the call is not
    dialog = ask.InjectsDialog("Ana", session_injects(live, info.path))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.id == "driver-asks"  # the first still to come
    dialog.table.selectRow(0)  # released already: nothing to release
    assert dialog.chosen() is None and not dialog.release_button.isEnabled()


def test_the_switch_needs_the_trainers_password_on_a_protected_station(
        qtbot: Any, live: StationSession) -> None:
    dialog = ask.SwitchDialog(live, "Back to live station", "Sure?")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong")
    dialog.check_and_accept()  # a plain station has no key file: refused in words
    assert dialog.result() != ask.QDialog.DialogCode.Accepted
    assert dialog.problem.text() and dialog.password.text() == ""
    unprotected = ask.SwitchDialog(sign_out(live), "Back to live station", "Sure?")
    qtbot.addWidget(unprotected)
    unprotected.check_and_accept()
    assert unprotected.result() == ask.QDialog.DialogCode.Accepted
