"""The first-run set-up of a station, without Qt: what the set-up window asks for, checked,
and built in one go.

The window (``ui/first_run*.py``) collects a :class:`SetUpPlan` page by page: the
language, the station's details, the first administrator, a recovery key made and
shown before anything is written, an optional enrolment with headquarters and whether
the demo data goes in. :func:`set_up_station` then builds the whole station in a
hidden staging folder beside the target and moves it into place only when every step
worked, the database last (its presence is what says "a station is here"): a failure
or a cancellation leaves the data folder as it was. :func:`set_up_demo_station` is the
one-click demo (the demo data and the demo accounts, as ``borderdesk demo --protect``).
Run again by an administrator, :func:`edit_station` changes the station's details and
language only; the accounts and the database stay.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.clock import Clock, SystemClock
from borderdesk.core.errors import BorderdeskError, StoreError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken, ProgressCallback, no_progress
from borderdesk.security.envelope import KeyPair, recovery_text
from borderdesk.security.keyfile import key_file_path
from borderdesk.security.passwords import check_new_password
from borderdesk.security.permissions import Permission
from borderdesk.security.policy import SecurityPolicy, station_policy
from borderdesk.services.accounts import check_name
from borderdesk.services.authz import requires
from borderdesk.services.first_run_data import language_named
from borderdesk.services.station import (
    StationInfo,
    StationSession,
    configure_station,
    open_station,
)
from borderdesk.store.screening_repo import get_setting, set_setting

#: The station setting that holds the language chosen at set-up.
LANGUAGE_SETTING = "language"
#: What a station keeps beside its database (refused when a leftover is in the way).
_BESIDE = ("photos", "photo-cache", "reference-packs", "installed-codelists")

#: Sends the enrolment to headquarters (``services.sync.EnrolTransport``; tests).
Transport = Callable[[str, dict[str, object]], dict[str, object]]


class EnrolmentFailed(UserInputError):
    """Headquarters did not enrol the station; nothing of the set-up was kept."""


@dataclass(frozen=True, slots=True)
class StationDetails:
    """The station's name, crossing code, country, time zone and language."""

    name: str
    crossing_code: str
    country: str
    time_zone: str
    language: str = "en"

    def check(self) -> None:
        """Refuse empty or unknown values, naming the field."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        from borderdesk.core.codelists import countries

        if not self.name.strip():
            raise UserInputError(tr("the station's name must not be empty"))
        if not self.crossing_code.strip():
            raise UserInputError(tr("the crossing code must not be empty (e.g. RS-BAT)"))
        if self.country.upper() not in countries():
            raise UserInputError(tr("'{code}' is not an ISO 3166 country code",
                                    code=self.country))
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise UserInputError(tr("'{zone}' is not a time zone name (like Europe/Belgrade)",
                                    zone=self.time_zone)) from None
        language_named(self.language)


@dataclass(frozen=True, slots=True)
class Administrator:
    """The station's first administrator account."""

    name: str
    display_name: str
    password: str = ""

    def __repr__(self) -> str:  # never the password, in a log or a traceback
        return f"Administrator(name={self.name!r}, display_name={self.display_name!r})"


@dataclass(frozen=True, slots=True)
class Enrolment:
    """Headquarters' address and the one-time enrolment code it printed."""

    url: str
    code: str


@dataclass(frozen=True)
class SetUpPlan:
    """Everything the set-up window collected; :func:`set_up_station` builds it."""

    station: StationDetails
    administrator: Administrator
    recovery: KeyPair
    enrolment: Enrolment | None = None
    with_demo: bool = False


@dataclass(frozen=True, slots=True)
class SetUpResult:
    """What was built: where, who signs in first, and whether it is enrolled."""

    path: Path
    user: str
    enrolled: bool
    demo: bool


def new_recovery_key() -> tuple[KeyPair, str]:
    """A new recovery key and its text (shown once, written down, never stored)."""
    pair = KeyPair.generate()
    return pair, recovery_text(pair)


def password_problem(administrator: Administrator, again: str, station_name: str = "", *,
                     policy: SecurityPolicy | None = None) -> str:
    """Why the administrator's password would be refused ('' when it is good): the
    set-up window shows it as it is typed."""
    if not administrator.password:
        return tr("Type a password.")
    try:
        check_new_password(administrator.password, policy or station_policy(),
                           context=_context(administrator, station_name))
    except UserInputError as exc:
        return str(exc)
    if administrator.password != again:
        return tr("The two passwords differ.")
    return ""


def check_administrator(administrator: Administrator, again: str, station_name: str = "", *,
                        policy: SecurityPolicy | None = None) -> Administrator:
    """The account with its name checked; refuses a bad name or password in plain words."""
    name = check_name(administrator.name)
    checked = Administrator(name, administrator.display_name.strip(), administrator.password)
    problem = password_problem(checked, again, station_name, policy=policy)
    if problem:
        raise UserInputError(problem)
    return checked


def check_enrolment(enrolment: Enrolment) -> Enrolment:
    """Refuse an address or a code that cannot be right, before anything is sent."""
    from borderdesk.sync.client import clean_url
    from borderdesk.sync.protocol import normalise_code

    url = clean_url(enrolment.url)
    if len(normalise_code(enrolment.code)) < 16:
        raise UserInputError(tr("the enrolment code has 20 letters and digits "
                                "(as headquarters printed it)"))
    return Enrolment(url, enrolment.code.strip())


def _context(administrator: Administrator, station_name: str) -> list[str]:
    return [word for word in (administrator.name, administrator.display_name, station_name,
                              "borderdesk") if word]


def recovery_sheet(station: StationDetails, administrator: str, key_text: str) -> str:
    """The recovery key as a sheet to print or save (plain text)."""
    return "\n".join((
        tr("borderdesk: recovery key of the station {name} ({crossing})",
           name=station.name, crossing=station.crossing_code),
        tr("Administrator: {name}", name=administrator), "",
        "    " + key_text, "",
        tr("With this key an administrator gets back in when every password is lost "
           "('borderdesk recover'). Keep this sheet locked away from the laptop; whoever "
           "holds it can open the station."), ""))


def write_recovery_sheet(target: Path, text: str) -> None:
    """Save the recovery sheet at ``target`` (owner-only), e.g. on a USB stick."""
    from borderdesk.core.durable import write_file_durably

    try:
        write_file_durably(target, text.encode("utf-8"))
    except OSError as exc:
        raise UserInputError(tr("{path}: cannot save the recovery key ({reason})",
                                path=target, reason=exc.strerror or exc)) from None


def station_parts_in_the_way(path: Path) -> list[Path]:
    """What a station left at ``path`` and beside it: a new one is not built over it."""
    candidates = [path, key_file_path(path), Path(f"{path}-wal"),
                  *(path.parent / name for name in _BESIDE)]
    return [part for part in candidates if part.exists()]


def _staging(path: Path) -> Path:
    return path.parent / f".{path.name}.setting-up"


def _build(path: Path, work: Callable[[Path], None]) -> None:
    """Run ``work`` on a database path in a staging folder beside ``path``, then move the
    station into place; on any failure remove everything ``work`` wrote."""
    present = station_parts_in_the_way(path)
    if present:
        raise StoreError(tr(
            "{folder}: a station is there already ({parts}); move it away first",
            folder=path.parent, parts=", ".join(part.name for part in present)))
    made_folder = not path.parent.exists()
    staging = _staging(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)  # what an interrupted set-up left
        staging.mkdir()
        staged = staging / path.name
        work(staged)
        for leftover in (Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            leftover.unlink(missing_ok=True)
        _move_in(staging, staged, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if made_folder:
            with contextlib.suppress(OSError):
                path.parent.rmdir()  # only if empty: nothing else of the user's goes
        raise
    shutil.rmtree(staging, ignore_errors=True)


def _move_in(staging: Path, staged: Path, path: Path) -> None:
    """Move the staged station beside ``path``: its folders, the key file, the database
    last."""
    from borderdesk.core.durable import sync_folder

    keys = key_file_path(staged)
    for part in sorted(staging.iterdir()):
        if part not in (staged, keys):
            part.rename(path.parent / part.name)
    if keys.exists():
        keys.rename(key_file_path(path))
    staged.rename(path)
    sync_folder(path.parent)


def set_up_station(path: Path, plan: SetUpPlan, *, on_progress: ProgressCallback = no_progress,
                   cancel: CancelToken | None = None, policy: SecurityPolicy | None = None,
                   clock: Clock | None = None, transport: Transport | None = None
                   ) -> SetUpResult:
    """Build the station of ``plan`` at ``path`` (which must not exist), in one go.

    Steps: the database (with the demo data when asked), the station's details and
    language, the enrolment with headquarters, then the administrator, encryption and
    the recovery key. Headquarters refusing or not answering raises
    :class:`EnrolmentFailed` with the reason; nothing is kept, so the set-up can be run
    again without the enrolment.
    """
    from borderdesk.services.protection import protect_station

    plan.station.check()
    policy, clock = policy or station_policy(), clock or SystemClock()
    token = cancel or CancelToken()
    admin = plan.administrator
    total = 4 + plan.with_demo

    def work(staged: Path) -> None:
        done = 0

        def step() -> None:
            nonlocal done
            token.raise_if_cancelled()
            done += 1
            on_progress(done, total)

        on_progress(0, total)
        if plan.with_demo:
            from borderdesk.services.demo import create_demo_station

            create_demo_station(staged, actor=admin.name, clock=clock)
            step()
        with open_station(staged, actor=admin.name, clock=clock) as session:
            _configure(session, plan.station)
            step()
            if plan.enrolment is not None:
                _enrol(session, plan.enrolment, transport)
            step()
        protect_station(staged, admin.name, admin.password, display_name=admin.display_name,
                        policy=policy, clock=clock, recovery=plan.recovery)
        step()
        token.raise_if_cancelled()
        on_progress(total, total)

    _build(path, work)
    return SetUpResult(path, admin.name, plan.enrolment is not None, plan.with_demo)


def _configure(session: StationSession, details: StationDetails) -> None:
    configure_station(session, name=details.name.strip(),
                      crossing_code=details.crossing_code.strip().upper(),
                      country=details.country, time_zone=details.time_zone)
    set_setting(session.database, session.write_context(), LANGUAGE_SETTING, details.language)


def _enrol(session: StationSession, enrolment: Enrolment, transport: Transport | None) -> None:
    from borderdesk.services.sync import enrol

    try:
        enrol(session, enrolment.url, enrolment.code, transport=transport)
    except BorderdeskError as exc:
        raise EnrolmentFailed(tr("the station was not enrolled with headquarters: {reason}",
                                 reason=exc)) from exc


def set_up_demo_station(path: Path, *, on_progress: ProgressCallback = no_progress,
                        policy: SecurityPolicy | None = None, clock: Clock | None = None,
                        language: str = "en") -> SetUpResult:
    """The demo station at ``path``: its generated data and one account per role with the
    password the README names (``services.demo_accounts``), built like a real one."""
    from borderdesk.services.demo import create_demo_station
    from borderdesk.services.demo_accounts import DEMO_ACCOUNTS, protect_demo_station

    language_named(language)

    def work(staged: Path) -> None:
        on_progress(0, 3)
        create_demo_station(staged, clock=clock)
        on_progress(1, 3)
        with open_station(staged, clock=clock) as session:
            set_setting(session.database, session.write_context(), LANGUAGE_SETTING, language)
        protect_demo_station(staged, policy=policy)
        on_progress(3, 3)

    _build(path, work)
    return SetUpResult(path, DEMO_ACCOUNTS[0][0], False, True)


@requires(Permission.VIEW)
def station_language(session: StationSession) -> str:
    """The language chosen for the station at set-up ("en" when none was)."""
    return get_setting(session.database, LANGUAGE_SETTING) or "en"


@requires(Permission.ADMINISTER)
def edit_station(session: StationSession, details: StationDetails) -> StationInfo:
    """The set-up run again: change the station's details and language (nothing else)."""
    details.check()
    with session.database.transaction():
        _configure(session, details)
    return session.station


__all__ = ["Administrator", "Enrolment", "EnrolmentFailed",
           "SetUpPlan", "SetUpResult", "StationDetails", "check_administrator",
           "check_enrolment", "edit_station", "new_recovery_key", "password_problem",
           "recovery_sheet", "set_up_demo_station", "set_up_station", "station_language",
           "station_parts_in_the_way", "write_recovery_sheet"]
