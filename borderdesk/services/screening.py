"""Screening declarations with a risk profile: from files, or stored ones.

The engine in ``rules/`` reads plain facts; this module turns declarations into
those facts, builds the party history (the batch, plus the station's stored
declarations when a database is given) and returns one assessment per
declaration, in input order.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from functools import lru_cache
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.domain.declaration import Declaration
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_declarations
from borderdesk.rules.engine import Assessment, assess_all
from borderdesk.rules.facts import DeclarationFacts, DocumentFacts, LineFacts
from borderdesk.rules.history import PartyHistory
from borderdesk.rules.profile import Profile, load_profile

DEFAULT_PROFILE = "firearms-default"


def facts_of(declaration: Declaration, *, version: int = 1) -> DeclarationFacts:
    """The engine's view of a validated declaration."""
    d = declaration
    return DeclarationFacts(
        declaration_id=d.declaration_id, lodged_at=d.lodged_at, procedure=d.procedure.value,
        transport_mode=d.transport_mode.value, consignor_name=d.consignor.name,
        consignee_name=d.consignee.name, origin_country=sys.intern(d.origin_country),
        destination_country=sys.intern(d.destination_country),
        lines=tuple(
            LineFacts.make(item.line, item.hs_code, item.description, item.gross_kg,
                           quantity=item.quantity, unit=item.unit, packages=item.packages,
                           net_kg=item.net_kg, value=item.value, currency=item.currency)
            for item in d.items),
        consignor_country=d.consignor.country, consignee_country=d.consignee.country,
        consignee_kind=d.consignee.kind.value if d.consignee.kind else None,
        declarant_name=d.declarant.name if d.declarant else None,
        driver_name=d.driver.name if d.driver else None,
        driver_nationality=d.driver.nationality if d.driver else None,
        vehicle_registration=d.vehicle.registration if d.vehicle else None,
        vehicle_country=d.vehicle.country if d.vehicle else None,
        trailer_registration=d.vehicle.trailer if d.vehicle else None,
        dispatch_country=d.dispatch_country, itinerary=d.itinerary,
        documents=tuple(DocumentFacts(doc.type.value, doc.reference, doc.valid_until)
                        for doc in d.documents),
        seals=d.seals, version=version,
    )


def find_profile(path_or_id: str | None) -> Path:
    """The profile file for a path or a shipped profile id (default firearms-default)."""
    name = path_or_id or DEFAULT_PROFILE
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        if not candidate.exists():
            raise UserInputError(tr("{path}: no such profile file", path=candidate))
        return candidate
    shipped = resource_path("profiles", f"{name}.yaml")
    if not shipped.exists():
        raise UserInputError(tr("no profile '{name}' (shipped: {known})", name=name,
                                known=", ".join(shipped_profiles())))
    return shipped


def shipped_profiles() -> list[str]:
    """The ids of the profiles that come with borderdesk."""
    return sorted(path.stem for path in resource_path("profiles").glob("*.yaml"))


def open_profile(path_or_id: str | None,
                 replacements: Mapping[str, tuple[str, ...]] | None = None) -> Profile:
    """Load a profile (raises ProfileError with every problem), lists replaced if asked."""
    path = find_profile(path_or_id)
    stat = path.stat()
    profile = _load_profile_once(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    return profile.with_lists(replacements) if replacements else profile


@lru_cache(maxsize=8)
def _load_profile_once(path: str, _mtime_ns: int, _size: int) -> Profile:
    # Profiles are frozen, so one loaded copy can serve the window's status bar, its
    # analyst view and every screening; an edited file (new time or size) is read again.
    return load_profile(Path(path))


@dataclass(frozen=True)
class ScreeningResult:
    """Assessments in input order."""

    assessments: tuple[Assessment, ...]


def screen_declarations(profile: Profile, declarations: Sequence[DeclarationFacts], *,
                        earlier: Iterable[DeclarationFacts] = (),
                        watch: object | None = None,
                        on_progress: Callable[[int, int], None] | None = None,
                        ) -> ScreeningResult:
    """Screen ``declarations``; history comes from them and from ``earlier`` ones.

    ``on_progress(done, total)`` is called every 1,000 declarations and at the end.
    """
    history = PartyHistory(earlier)
    history.add_all(declarations)
    total = len(declarations)
    assessments = []
    for assessment in assess_all(profile, declarations, history=history, watch=watch):
        assessments.append(assessment)
        if on_progress is not None and len(assessments) % 1000 == 0:
            on_progress(len(assessments), total)
    if on_progress is not None:
        on_progress(total, total)
    return ScreeningResult(tuple(assessments))


@dataclass(frozen=True)
class FileScreening:
    """Screening declaration files without storing them."""

    assessments: tuple[Assessment, ...]
    rejected: tuple[FileImportProblem, ...]


@dataclass(frozen=True)
class FileImportProblem:
    """A file that could not be read, with its errors (``FILE:LINE: field: problem``)."""

    path: Path
    errors: tuple[str, ...]
    more_errors: int


#: Progress of a long screening: (phase "reading" or "screening", done, total).
PhaseProgress = Callable[[str, int, int], None]


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    """Ignore progress reports."""


def read_declaration_files(paths: Sequence[Path], *, encoding: str | None, tz: tzinfo,
                           on_progress: PhaseProgress = _no_progress,
                           ) -> tuple[list[DeclarationFacts], list[FileImportProblem]]:
    """Read and validate files; return the facts of good files' declarations and the bad
    files. Each declaration becomes facts as it is read, so only one form is in memory."""
    facts: list[DeclarationFacts] = []
    rejected: list[FileImportProblem] = []
    for path in paths:
        errors, warnings = ProblemList(), ProblemList()
        found = [facts_of(d) for d, _line in read_declarations(
            path, tz=tz, errors=errors, warnings=warnings, encoding=encoding,
            on_progress=lambda done, total: on_progress("reading", done, total))]
        if errors:
            rejected.append(FileImportProblem(
                path, tuple(p.format(str(path)) for p in errors.listed), errors.unlisted))
        else:
            facts.extend(found)
    return facts, rejected


def screen_files(paths: Sequence[Path], *, profile: Profile, db_path: Path | None = None,
                 watchlist: Path | None = None, encoding: str | None = None,
                 on_progress: PhaseProgress = _no_progress) -> FileScreening:
    """Screen declarations read from files, in input order, storing nothing.

    Without ``db_path`` no station database is read: history comes from the files
    alone. With it, the station's stored declarations count as history too.
    """
    watch = None
    if watchlist is not None:
        from borderdesk.rules.watchlist import WatchList
        from borderdesk.rules.watchlist_csv import read_watchlist_csv

        watch = WatchList(read_watchlist_csv(watchlist))
    earlier: list[DeclarationFacts] = []
    tz: tzinfo = UTC
    if db_path is not None:
        from borderdesk.services.declarations import stored_declarations
        from borderdesk.services.station import open_station

        with open_station(db_path, create=False) as session:
            tz = session.time_zone()
            earlier = [facts_of(d) for d in stored_declarations(session)]
    batch, rejected = read_declaration_files(paths, encoding=encoding, tz=tz,
                                             on_progress=on_progress)
    if rejected:
        return FileScreening((), tuple(rejected))
    batch_ids = {f.declaration_id for f in batch}
    # A declaration in the files replaces its stored version as history.
    earlier = [f for f in earlier if f.declaration_id not in batch_ids]
    result = screen_declarations(profile, batch, earlier=earlier, watch=watch,
                                 on_progress=lambda done, total: on_progress(
                                     "screening", done, total))
    return FileScreening(result.assessments, ())
