"""Exercise mode at the station: an exercise database made from a scenario pack, its clock,
its injects and what a trainee finds.

Each trainee plays on their own exercise database (one file per trainee session, made
from the pack by :func:`create_exercise`): the live screens and services then work on it
unchanged, no record needs a trainee column, and nothing a trainee does can be seen by
another or reach the live station. The file holds the ``exercise`` row that marks it
(``services/exercise_guard.py``), the pack's files as checked, and the trainer's acts.
Its session's clock is the scenario clock (``services/station.open_station``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from borderdesk.core.clock import Clock, SystemClock, format_utc, parse_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.identify.refpack_archive import member_problem
from borderdesk.security.permissions import Permission
from borderdesk.services.assessments import activate_profile, screen_stored
from borderdesk.services.authz import exempt, requires
from borderdesk.services.exercise_guard import is_exercise
from borderdesk.services.intake import import_records
from borderdesk.services.station import StationSession, configure_station, open_station
from borderdesk.services.watchlists import import_watchlist
from borderdesk.store import exercise_repo
from borderdesk.store.exercise_repo import ExerciseRow
from borderdesk.training.clock import CLOCK_MODES, ClockState, ScenarioClock, minutes_between
from borderdesk.training.pack import ScenarioPack
from borderdesk.training.pack_load import load_pack
from borderdesk.training.pack_source import PackSource


@dataclass(frozen=True)
class ExerciseInfo:
    """An exercise database: which pack, which trainee, and where its clock stands."""

    path: Path | None
    id: str
    pack_id: str
    pack_version: str
    pack_title: str
    trainee: str
    cohort: str
    starts_at: datetime
    now: datetime
    clock_mode: str
    #: The station's time zone (scenario times are shown in it).
    time_zone: str = "UTC"

    def local(self, moment: datetime) -> datetime:
        """``moment`` in the station's time zone."""
        return moment.astimezone(ZoneInfo(self.time_zone))

    @property
    def minutes(self) -> float:
        """Scenario minutes since the start."""
        return minutes_between(self.starts_at, self.now)

    def to_json(self) -> dict[str, object]:
        """The exercise as a JSON object."""
        return {"id": self.id, "path": str(self.path) if self.path else None,
                "pack": self.pack_id, "version": self.pack_version, "title": self.pack_title,
                "trainee": self.trainee, "cohort": self.cohort,
                "starts_at": self.local(self.starts_at).isoformat(),
                "now": self.local(self.now).isoformat(),
                "minutes": round(self.minutes, 1), "clock": self.clock_mode}


@exempt("the real clock behind the session's; reads no station data")
def real_clock(session: StationSession) -> Clock:
    """The real clock under the session's scenario clock (the clock itself on a live one)."""
    clock = session.clock
    return clock.real if isinstance(clock, ScenarioClock) else clock


def _exercise_row(session: StationSession) -> ExerciseRow:
    row = exercise_repo.get_exercise(session.database.conn)
    if row is None:
        raise UserInputError(tr("{path} is a live station database, not an exercise",
                                path=session.path or tr("this station")))
    return row


def create_exercise(pack_path: Path, destination: Path, *, trainee: str, cohort: str = "",
                    clock_mode: str = "stepped", actor: str | None = None,
                    clock: Clock | None = None) -> ExerciseInfo:
    """Make a new exercise database at ``destination`` from the pack at ``pack_path`` for
    ``trainee``: the station as the pack describes it, its profile and watch list, the
    declarations of the start (screened), and the clock at the scenario's start.

    Never overwrites a file; made beside the destination and moved into place when whole.
    """
    name = " ".join(trainee.split())
    if not name:
        raise UserInputError(tr("name the trainee"))
    if clock_mode not in CLOCK_MODES:
        raise UserInputError(tr("the clock runs 'real' or 'stepped', not '{mode}'",
                                mode=clock_mode))
    if destination.exists():
        raise UserInputError(tr("{path} already exists; an exercise never overwrites a "
                                "database", path=destination))
    pack = load_pack(pack_path)
    with PackSource(pack_path) as source:
        files = {n: (pack.files[n], source.read(n)) for n in source.names}
    real = clock or SystemClock()
    partial = destination.with_name(f".{destination.name}.part")
    _remove(partial)
    try:
        with open_station(partial, actor=actor, clock=real) as session:
            configure_station(session, name=pack.station.name,
                              crossing_code=pack.station.crossing,
                              country=pack.station.country, time_zone=pack.station.time_zone)
            row = ExerciseRow(new_id(), pack.id, pack.version, pack.title, pack.sha256, name,
                              " ".join(cohort.split()), format_utc(pack.starts_at), "", "")
            with session.database.transaction() as conn:
                exercise_repo.insert_exercise(conn, session.write_context(), row, files)
                exercise_repo.add_event(conn, session.write_context(), kind="clock",
                                        how="start", real_at=format_utc(real.now()),
                                        scenario_at=row.starts_at, clock_mode=clock_mode)
        with open_station(partial, actor=actor, clock=real) as session:
            _set_up(session, pack, pack_path)
            info = exercise_info(session)
        try:
            os.link(partial, destination)  # fails, rather than replaces, if one appeared
        except FileExistsError:
            raise UserInputError(tr("{path} already exists; an exercise never overwrites a "
                                    "database", path=destination)) from None
        partial.unlink()
    except BaseException:
        _remove(partial)
        raise
    return replace(info, path=destination)


def _set_up(session: StationSession, pack: ScenarioPack, pack_path: Path) -> None:
    """The profile, the watch list and the declarations of the start, screened; in the
    scenario's time."""
    activate_profile(session, pack.profile)
    if pack.watchlist:
        with PackSource(pack_path) as source, source.as_file(pack.watchlist) as listed:
            import_watchlist(session, listed)
    # One import for the start, as the national system's first batch of the shift.
    import_records(session, f"{pack.id}: {', '.join(pack.declaration_files)}",
                   [(d, n) for n, d in enumerate(pack.declarations, start=1)])
    screen_stored(session)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------- the pack of an exercise
@requires(Permission.VIEW)
def exercise_pack(session: StationSession) -> ScenarioPack:
    """The scenario pack of the exercise, read back from the files stored with it (and
    checked again: the database could have been changed outside borderdesk). Kept in
    memory by its SHA-256, since every exercise command needs it."""
    row = _exercise_row(session)
    cached = _PACKS.get(row.pack_sha256)
    if cached is not None:
        return cached
    with tempfile.TemporaryDirectory(prefix="borderdesk-scenario-") as folder:
        root = Path(folder) / "pack"
        for name, (_digest, data) in exercise_repo.pack_files(session.database.conn).items():
            if member_problem(name) is not None:  # a database changed outside borderdesk
                raise UserInputError(tr("{path} holds a scenario file named '{name}', which "
                                        "a pack may not hold", path=session.path, name=name))
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        pack = load_pack(root)
    if pack.sha256 != row.pack_sha256:
        raise UserInputError(tr("the scenario pack stored in {path} was changed after the "
                                "exercise was made", path=session.path))
    if len(_PACKS) >= 8:
        _PACKS.pop(next(iter(_PACKS)))
    _PACKS[row.pack_sha256] = pack
    return pack


_PACKS: dict[str, ScenarioPack] = {}


@requires(Permission.VIEW)
def exercise_info(session: StationSession) -> ExerciseInfo:
    """The exercise of this database and where its clock stands."""
    row = _exercise_row(session)
    anchor = exercise_repo.latest_clock(session.database)
    return ExerciseInfo(session.path, row.id, row.pack_id, row.pack_version, row.pack_title,
                        row.trainee, row.cohort, parse_utc(row.starts_at), session.clock.now(),
                        anchor.clock_mode if anchor and anchor.clock_mode else "stepped",
                        session.station.time_zone)


@requires(Permission.VIEW)
def exercise_info_or_none(session: StationSession) -> ExerciseInfo | None:
    """The exercise, or None on a live station (for screens that show the mode)."""
    return exercise_info(session) if is_exercise(session) else None


# ---------------------------------------------------------------- the clock
def _clock_state(session: StationSession) -> ClockState:
    anchor = exercise_repo.latest_clock(session.database)
    assert anchor is not None and anchor.clock_mode is not None, "made with a start anchor"
    return ClockState(anchor.clock_mode, parse_utc(anchor.real_at),
                      parse_utc(anchor.scenario_at))


@requires(Permission.RUN_EXERCISES)
def step_clock(session: StationSession, minutes: float) -> list[str]:
    """Move the scenario clock ``minutes`` forward (the trainer); then release the injects
    that became due. Returns their ids."""
    from borderdesk.training.clock import stepped

    _exercise_row(session)
    if not 0 < minutes <= 24 * 60:
        raise UserInputError(tr("step the clock forward by more than 0 and at most 1440 "
                                "minutes, not {minutes}", minutes=minutes))
    real_now = real_clock(session).now()
    state = stepped(_clock_state(session), real_now, minutes)
    with session.database.transaction() as conn:
        exercise_repo.add_event(conn, session.write_context(), kind="clock", how="step",
                                real_at=format_utc(real_now),
                                scenario_at=format_utc(state.scenario_anchor),
                                clock_mode=state.mode, detail={"minutes": minutes})
    return release_due(session)


@requires(Permission.RUN_EXERCISES)
def set_clock_mode(session: StationSession, mode: str) -> ExerciseInfo:
    """Let the scenario clock run in real time, or stand still until stepped."""
    from borderdesk.training.clock import with_mode

    _exercise_row(session)
    if mode not in CLOCK_MODES:
        raise UserInputError(tr("the clock runs 'real' or 'stepped', not '{mode}'", mode=mode))
    real_now = real_clock(session).now()
    state = with_mode(_clock_state(session), real_now, mode)
    with session.database.transaction() as conn:
        exercise_repo.add_event(conn, session.write_context(), kind="clock", how="mode",
                                real_at=format_utc(real_now),
                                scenario_at=format_utc(state.scenario_anchor), clock_mode=mode)
    return exercise_info(session)


# ---------------------------------------------------------------- injects
@dataclass(frozen=True)
class InjectState:
    """An inject of the scenario: when it is due, and whether and how it was released."""

    id: str
    kind: str
    title: str
    at_minutes: int
    released_at: datetime | None
    how: str | None
    text: str
    sender: str

    def to_json(self) -> dict[str, object]:
        """The inject as a JSON object."""
        return {"id": self.id, "kind": self.kind, "title": self.title, "at": self.at_minutes,
                "released_at": self.released_at.isoformat() if self.released_at else None,
                "how": self.how, "text": self.text, "from": self.sender}


@requires(Permission.VIEW)
def injects(session: StationSession) -> list[InjectState]:
    """Every inject of the scenario, in the order they are due."""
    pack = exercise_pack(session)
    released = {e.inject_ref: e for e in exercise_repo.events(session.database.conn, "inject")}
    result = []
    for inject in pack.injects:
        event = released.get(inject.id)
        result.append(InjectState(inject.id, inject.kind, inject.title, inject.at_minutes,
                                  parse_utc(event.scenario_at) if event else None,
                                  event.how if event else None, inject.text, inject.sender))
    return result


@requires(Permission.RUN_EXERCISES)
def release_due(session: StationSession) -> list[str]:
    """Release every inject whose time has come and that was not released yet."""
    info = exercise_info(session)
    due = [i.id for i in injects(session) if i.released_at is None
           and i.at_minutes <= info.minutes + 1e-9]
    for ident in due:
        release_inject(session, ident, how="due")
    return due


@requires(Permission.RUN_EXERCISES)
def release_inject(session: StationSession, inject_id: str, *, how: str = "by_hand") -> InjectState:
    """Release one inject now (the trainer may release one before its time): import its
    declarations and screen them, add its watch-list entries and screen the queue again,
    or deliver its message. All of it, or nothing, in one transaction."""
    from borderdesk.services.assessments import screen_imported
    from borderdesk.services.intake import ImportReport
    from borderdesk.services.watchlists import add_watchlist_entry

    pack = exercise_pack(session)
    inject = pack.inject(inject_id.strip())
    if inject is None:
        raise UserInputError(tr("the scenario has no inject '{id}' (it has: {known})",
                                id=inject_id, known=", ".join(i.id for i in pack.injects)))
    now = session.clock.now()
    with session.database.transaction() as conn:
        # Checked inside the write transaction: two trainers cannot both release it.
        if any(e.inject_ref == inject.id for e in exercise_repo.events(conn, "inject")):
            raise UserInputError(tr("inject '{id}' was already released", id=inject.id))
        if inject.declarations:
            result = import_records(session, f"{pack.id}: {', '.join(inject.files)}",
                                    [(d, n) for n, d in enumerate(inject.declarations, 1)])
            screen_imported(session, ImportReport((result,)))
        added = []
        for entry in inject.entries:
            # Listed already (by the trainee): the list holds it either way.
            with contextlib.suppress(UserInputError):
                added.append(add_watchlist_entry(session, entry.kind, entry.name,
                                                 entry.note).id)
        if inject.entries:
            screen_stored(session)
        exercise_repo.add_event(conn, session.write_context(), kind="inject", how=how,
                                real_at=format_utc(real_clock(session).now()),
                                scenario_at=format_utc(now), inject_ref=inject.id,
                                detail={"entries": added})
    return next(i for i in injects(session) if i.id == inject.id)


@requires(Permission.VIEW)
def available_at(session: StationSession) -> dict[str, datetime | None]:
    """When each declaration of the scenario reached the queue (None: not yet)."""
    pack = exercise_pack(session)
    start = pack.starts_at
    released = {i.id: i.released_at for i in injects(session)}
    result: dict[str, datetime | None] = {d.declaration_id: start for d in pack.declarations}
    for inject in pack.injects:
        if inject.kind == "arrival":
            for declaration in inject.declarations:
                result.setdefault(declaration.declaration_id, released.get(inject.id))
    return result

