"""The trainer's console, without Qt: scenario packs to choose from, trainee sessions and
their progress, the trainer's acts on a session, and the switch between the live station
and an exercise.

Every function takes the **live** session of the trainer, whose role is checked
(``run_exercises``), and works on the exercise databases by path: an exercise database
has no accounts of its own (its session allows everything), so the trainer's right is
the live station's. The exercise is opened with the trainer as the acting user, so its
``exercise_events`` say who stepped the clock or released an inject. Entering and
leaving an exercise in the window is recorded in the live station's security event log
(:func:`record_switch`): ids only, never the trainee's name.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.identify.refpack_archive import member_problem
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.evidence_steps import timeline
from borderdesk.services.exercise_guard import is_exercise
from borderdesk.services.identification import list_identifications
from borderdesk.services.inspections import list_inspections, list_seizure_cases
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import (
    ExerciseInfo,
    InjectState,
    create_exercise,
    exercise_info,
    injects,
    release_due,
    release_inject,
    set_clock_mode,
    step_clock,
)
from borderdesk.services.training_score import write_cohort_summary, write_debrief
from borderdesk.services.training_sessions import (
    exercises_folder,
    list_sessions,
    new_session_path,
    remove_session,
)
from borderdesk.store import exercise_repo
from borderdesk.training.builtin import builtin_packs
from borderdesk.training.findings import OPENING_KINDS, SCANNING_KINDS
from borderdesk.training.pack_load import load_pack
from borderdesk.training.scoring import Score

#: The security events of switching the window between live and exercise.
ENTERED, LEFT = "exercise_entered", "exercise_left"


@dataclass(frozen=True)
class PackSummary:
    """A scenario pack as the console lists it."""

    path: Path
    id: str
    version: str
    title: str
    description: str
    crossing: str
    declarations: int
    hidden_items: int
    injects: int
    learning_goals: tuple[str, ...]
    builtin: bool


@dataclass(frozen=True)
class SessionProgress:
    """A trainee session and what the trainee has done so far."""

    info: ExerciseInfo
    #: Declarations looked inside (physical, X-ray or dog): the scoring's selections.
    selected: tuple[str, ...]
    inspections: int
    identifications: int
    cases: int
    evidence_steps: int
    injects_released: int
    injects_total: int

    @property
    def path(self) -> Path:
        """The session's database."""
        assert self.info.path is not None, "sessions are listed from their files"
        return self.info.path


def pack_summary(path: Path, *, builtin: bool = False) -> PackSummary:
    """The pack at ``path`` (a folder or zip), checked whole (a problem is a
    :class:`UserInputError` naming the file and line)."""
    pack = load_pack(path)
    return PackSummary(path, pack.id, pack.version, pack.title, pack.description,
                       pack.station.crossing, len(pack.all_declaration_ids()),
                       sum(len(t.items) for t in pack.truth), len(pack.injects),
                       tuple(pack.learning_goals), builtin)


@requires(Permission.RUN_EXERCISES)
def list_packs(session: StationSession, extra: Sequence[Path] = ()) -> list[PackSummary]:
    """The shipped scenario packs, then ``extra`` (folders or zips the trainer chose)."""
    shipped = [pack_summary(path, builtin=True) for path in builtin_packs()]
    return shipped + [pack_summary(path) for path in extra]


@contextmanager
def _exercise(session: StationSession, path: Path) -> Iterator[StationSession]:
    """The exercise database at ``path``, opened with the trainer as the acting user."""
    opened = open_station(path, actor=session.actor, create=False)
    try:
        if not is_exercise(opened):
            raise UserInputError(tr("{path} is not an exercise database", path=path))
        yield opened
    finally:
        opened.close()


def _progress_of(exercise: StationSession) -> SessionProgress:
    inspections = list_inspections(exercise)
    looked_inside = OPENING_KINDS | SCANNING_KINDS
    selected = tuple(dict.fromkeys(i.declaration_id for i in inspections
                                   if i.kind in looked_inside))
    identified = sum(1 for found in list_identifications(exercise) if found.completed)
    cases = list_seizure_cases(exercise)
    steps = sum(1 for case in cases for record in timeline(exercise, case.id)
                if record.current)
    states = injects(exercise)
    return SessionProgress(exercise_info(exercise), selected, len(inspections), identified,
                           len(cases), steps,
                           sum(1 for s in states if s.released_at is not None), len(states))


@requires(Permission.RUN_EXERCISES)
def session_progress(session: StationSession, path: Path) -> SessionProgress:
    """One session's clock and the trainee's work so far (injects that fell due on a
    real-time clock are released first, as ``exercise status`` does)."""
    with _exercise(session, path) as exercise:
        release_due(exercise)
        return _progress_of(exercise)


@requires(Permission.RUN_EXERCISES)
def list_progress(session: StationSession, folder: Path | None = None, *,
                  cohort: str | None = None) -> list[SessionProgress]:
    """Every session in ``folder`` (default: the exercises folder) with its progress,
    by cohort and trainee."""
    found = []
    for info in list_sessions(folder, cohort=cohort):
        if info.path is None:
            continue
        with _exercise(session, info.path) as exercise:
            found.append(_progress_of(exercise))
    return found


@requires(Permission.RUN_EXERCISES)
def start_sessions(session: StationSession, pack_path: Path, trainees: Sequence[str], *,
                   cohort: str = "", clock_mode: str = "stepped", folder: Path | None = None,
                   on_progress: ProgressCallback | None = None,
                   cancel: CancelToken | None = None) -> list[ExerciseInfo]:
    """A new session of the pack for each named trainee (one database each), in
    ``folder`` (default: the exercises folder). Stops between two trainees when
    cancelled; the sessions made until then stay."""
    names = list(dict.fromkeys(" ".join(n.split()) for n in trainees if n.strip()))
    if not names:
        raise UserInputError(tr("name at least one trainee"))
    pack = load_pack(pack_path)
    where = folder or exercises_folder()
    where.mkdir(parents=True, exist_ok=True)
    made: list[ExerciseInfo] = []
    for done, name in enumerate(names):
        if cancel is not None and cancel.cancelled:
            break
        if on_progress is not None:
            on_progress(done, len(names))
        destination = new_session_path(where, pack.id, name, _stamp(session))
        made.append(create_exercise(pack_path, destination, trainee=name, cohort=cohort,
                                    clock_mode=clock_mode, actor=session.actor,
                                    clock=session.clock))
    if on_progress is not None:
        on_progress(len(made), len(names))
    return made


def _stamp(session: StationSession) -> str:
    return session.clock.now().strftime("%Y%m%d-%H%M")


@requires(Permission.RUN_EXERCISES)
def reset_session(session: StationSession, path: Path, *, delete_old: bool) -> ExerciseInfo:
    """A fresh session for the same trainee and cohort from the exact pack the session
    was made from (the files stored in it), beside it, on the live station's real clock
    (as every session the console makes); the old database is deleted
    when ``delete_old``, after the new one is whole, or else kept as it is."""
    with _exercise(session, path) as exercise:
        info = exercise_info(exercise)
        files = exercise_repo.pack_files(exercise.database.conn)
    with tempfile.TemporaryDirectory(prefix="borderdesk-reset-") as folder:
        root = Path(folder) / "pack"
        for name, (_digest, data) in files.items():
            if member_problem(name) is not None:  # a database changed outside borderdesk
                raise UserInputError(tr("{path} holds a scenario file named '{name}', which "
                                        "a pack may not hold", path=path, name=name))
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        destination = new_session_path(path.parent, info.pack_id, info.trainee,
                                       _stamp(session))
        made = create_exercise(root, destination, trainee=info.trainee, cohort=info.cohort,
                               actor=session.actor, clock=session.clock)
    if delete_old:
        remove_session(path)
    return made


@requires(Permission.RUN_EXERCISES)
def delete_session(session: StationSession, path: Path) -> None:
    """Delete a session's database (the trainer confirmed it)."""
    with _exercise(session, path):
        pass  # refuses a file that is not an exercise's
    remove_session(path)


@requires(Permission.RUN_EXERCISES)
def step_session_clock(session: StationSession, path: Path, minutes: float) -> list[str]:
    """Move a session's scenario clock forward; the injects it released."""
    with _exercise(session, path) as exercise:
        return step_clock(exercise, minutes)


@requires(Permission.RUN_EXERCISES)
def set_session_clock(session: StationSession, path: Path, mode: str) -> ExerciseInfo:
    """Let a session's clock run in real time (``real``) or stand still (``stepped``)."""
    with _exercise(session, path) as exercise:
        return set_clock_mode(exercise, mode)


@requires(Permission.RUN_EXERCISES)
def session_injects(session: StationSession, path: Path) -> list[InjectState]:
    """Every inject of a session's scenario and whether it was released."""
    with _exercise(session, path) as exercise:
        return injects(exercise)


@requires(Permission.RUN_EXERCISES)
def release_session_inject(session: StationSession, path: Path,
                           inject_id: str) -> InjectState:
    """Release one inject of a session now, by hand."""
    with _exercise(session, path) as exercise:
        return release_inject(exercise, inject_id)


@requires(Permission.RUN_EXERCISES)
def debrief_session(session: StationSession, path: Path, destination: Path) -> Score:
    """Score a session and write its debrief PDF."""
    with _exercise(session, path) as exercise:
        return write_debrief(exercise, destination)


@requires(Permission.RUN_EXERCISES)
def cohort_summary(session: StationSession, paths: Sequence[Path],
                   destination: Path) -> list[Score]:
    """Write the summary PDF of several sessions of one scenario."""
    if not paths:
        raise UserInputError(tr("choose the sessions to sum up"))
    return write_cohort_summary(list(paths), destination)


@requires(Permission.RUN_EXERCISES)
def record_switch(session: StationSession, info: ExerciseInfo, *, entered: bool,
                  how: str = "") -> None:
    """Record in the live station's security log that the window entered or left the
    exercise ``info`` (its id, scenario and version: no person's name)."""
    details: dict[str, str] = {"exercise": info.id, "pack": info.pack_id,
                               "version": info.pack_version}
    if how:
        details["how"] = how
    record_event(session, ENTERED if entered else LEFT, subject=info.id, details=details)

