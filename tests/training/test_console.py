"""The trainer console's services: packs, a cohort's sessions and their progress, the
trainer's acts through the live session, reset, debriefs, and the switch's record in the
live station's security log."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.inspections import start_inspection
from borderdesk.services.security_log import list_events
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training_console import (
    ENTERED,
    LEFT,
    cohort_summary,
    debrief_session,
    delete_session,
    list_packs,
    list_progress,
    record_switch,
    release_session_inject,
    reset_session,
    session_injects,
    session_progress,
    set_session_clock,
    start_sessions,
    step_session_clock,
)
from borderdesk.training.builtin import builtin_folder
from tests.conftest import dump_database
from tests.services.roles import sign_in_as, sign_out
from tests.training.helpers import AMMUNITION, PARTS, PISTOLS, pack_copy, zipped

TRUCK = "RS-GRA-2026-041107"


@pytest.fixture
def trainer(session: StationSession) -> StationSession:
    """The live station, with a trainer signed in."""
    return sign_in_as(session, "trainer", name="trainer-1")


def _cohort(trainer: StationSession, folder: Path) -> list[Path]:
    made = start_sessions(trainer, builtin_folder() / PISTOLS,
                          ["Ana Petrović", "  Marko   Jović ", "Ana Petrović", ""],
                          cohort="Course 7", folder=folder)
    return [info.path for info in made if info.path is not None]


def test_the_console_lists_the_shipped_packs_and_a_chosen_one(
        trainer: StationSession, tmp_path: Path) -> None:
    chosen = zipped(pack_copy(tmp_path, PARTS, replace=("version: 1", "version: 2")),
                    tmp_path / "parts-2.zip")
    packs = list_packs(trainer, [chosen])
    assert [(p.id, p.builtin) for p in packs] == [
        (AMMUNITION, True), (PISTOLS, True), (PARTS, True), (PARTS, False)]
    assert packs[-1].version == "2" and packs[-1].path == chosen
    assert packs[1].hidden_items > 0 and packs[1].injects == 2 and packs[1].learning_goals
    broken = pack_copy(tmp_path, PISTOLS, replace=("version: 1", "version: one"),
                       name="broken")
    with pytest.raises(BorderdeskError, match=r"manifest\.yaml:4: version"):
        list_packs(trainer, [broken])


def test_a_cohort_starts_and_its_progress_follows_the_trainees_work(
        trainer: StationSession, tmp_path: Path, db_path: Path) -> None:
    live_before = dump_database(db_path)
    ana, marko = _cohort(trainer, tmp_path / "exercises")  # one session per name
    rows = list_progress(trainer, tmp_path / "exercises", cohort="Course 7")
    assert [(r.info.trainee, r.inspections, r.selected, r.injects_released, r.injects_total)
            for r in rows] == [("Ana Petrović", 0, (), 0, 2), ("Marko Jović", 0, (), 0, 2)]

    with open_station(ana, actor="Ana Petrović", create=False) as exercise:
        start_inspection(exercise, TRUCK, "documents")  # a document check selects nothing
        start_inspection(exercise, TRUCK, "physical")
    progress = session_progress(trainer, ana)
    assert (progress.inspections, progress.selected) == (2, (TRUCK,))
    assert session_progress(trainer, marko).inspections == 0  # one trainee's work only

    # The trainer's acts go through the live session's role, on the exercise database.
    assert step_session_clock(trainer, ana, 25) == ["broker-amends-041107"]
    [first, second] = session_injects(trainer, ana)
    assert first.released_at is not None and first.how == "due"
    assert second.released_at is None
    assert release_session_inject(trainer, ana, second.id).how == "by_hand"
    assert set_session_clock(trainer, ana, "real").clock_mode == "real"
    assert session_progress(trainer, ana).injects_released == 2
    assert session_progress(trainer, marko).injects_released == 0
    assert dump_database(db_path) == live_before  # the live station never changed


def test_reset_makes_a_fresh_session_and_keeps_or_deletes_the_old(
        trainer: StationSession, tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    ana, _marko = _cohort(trainer, folder)
    with open_station(ana, create=False) as exercise:
        start_inspection(exercise, TRUCK, "physical")
    step_session_clock(trainer, ana, 10)

    kept = reset_session(trainer, ana, delete_old=False)
    assert kept.path is not None and kept.path != ana and ana.exists()
    assert (kept.trainee, kept.cohort, kept.pack_id, kept.minutes) == (
        "Ana Petrović", "Course 7", PISTOLS, 0)
    fresh = session_progress(trainer, kept.path)
    assert (fresh.inspections, fresh.injects_released) == (0, 0)
    assert len(list_progress(trainer, folder)) == 3

    replaced = reset_session(trainer, kept.path, delete_old=True)
    assert replaced.path is not None and replaced.path.exists()
    assert not kept.path.exists()
    delete_session(trainer, ana)
    assert [r.info.trainee for r in list_progress(trainer, folder)] == [
        "Ana Petrović", "Marko Jović"]
    with pytest.raises(UserInputError, match="not an exercise"):
        delete_session(trainer, trainer.path or Path())  # never the live station


def test_debriefs_and_the_cohort_summary_are_written(
        trainer: StationSession, tmp_path: Path) -> None:
    ana, marko = _cohort(trainer, tmp_path / "exercises")
    score = debrief_session(trainer, ana, tmp_path / "ana.pdf")
    assert score.trainee == "Ana Petrović" and score.total < 100
    assert (tmp_path / "ana.pdf").read_bytes().startswith(b"%PDF")
    scores = cohort_summary(trainer, [ana, marko], tmp_path / "cohort.pdf")
    assert {s.trainee for s in scores} == {"Ana Petrović", "Marko Jović"}
    assert (tmp_path / "cohort.pdf").read_bytes().startswith(b"%PDF")


def test_the_switch_is_recorded_in_the_live_security_log_without_names(
        trainer: StationSession, tmp_path: Path) -> None:
    [info] = start_sessions(trainer, builtin_folder() / PISTOLS, ["Ana Petrović"],
                            folder=tmp_path)
    record_switch(trainer, info, entered=True)
    record_switch(trainer, info, entered=False, how="back")
    events = list_events(sign_out(trainer))
    assert [(e.kind, e.actor, e.subject) for e in events] == [
        (ENTERED, "trainer-1", info.id), (LEFT, "trainer-1", info.id)]
    assert events[1].details == {"exercise": info.id, "pack": PISTOLS, "version": "1",
                                 "how": "back"}
    assert all("Petrovi" not in str(e.to_json()) for e in events)


@pytest.mark.parametrize("role", ["officer", "supervisor", "administrator"])
def test_only_a_trainer_runs_the_console(session: StationSession, tmp_path: Path,
                                         role: str) -> None:
    [info] = start_sessions(session, builtin_folder() / PISTOLS, ["Ana"], folder=tmp_path)
    assert info.path is not None
    sign_in_as(session, role)
    with pytest.raises(PermissionDenied, match="trainer"):
        list_progress(session, tmp_path)
    with pytest.raises(PermissionDenied):
        step_session_clock(session, info.path, 5)
    with pytest.raises(PermissionDenied):
        record_switch(session, info, entered=True)
    kinds = [e.kind for e in list_events(sign_out(session))]
    assert kinds == ["permission_denied"] * 3
