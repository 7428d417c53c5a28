"""A training scenario made from a closed, signed live case (docs/training.md, "Scenario from
a signed case"; issue 10).

:func:`scenario_from_case` reads the case's whole record and every version of its
declaration, builds a scenario pack with every nominal value invented
(:mod:`borderdesk.training.anonymise`), checks that no name, plate or number of the case
is left in any file of it, writes it whole or not at all, and records the export as a
security event (the case number, the pack's id and file name, the seed: no names).
"""

from __future__ import annotations

import json
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.evidence.signoff import SIGNED_OFF
from borderdesk.security.permissions import Permission
from borderdesk.services.assessments import ACTIVE_PROFILE_SETTING, NEW_STATION_PROFILE
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import refuse_if_exercise
from borderdesk.services.security_log import record_event
from borderdesk.services.seizures import case_document, get_case
from borderdesk.services.station import StationSession
from borderdesk.store.screening_repo import get_setting
from borderdesk.training.anonymise import build_scenario
from borderdesk.training.anonymise_case import CaseSource
from borderdesk.training.anonymise_check import write_pack
from borderdesk.training.pack import ScenarioPack, StationSetup


@requires(Permission.RUN_EXERCISES)
def scenario_from_case(session: StationSession, case_id: str, destination: Path, *,
                       seed: int = 1) -> ScenarioPack:
    """Write a scenario pack made from the signed case ``case_id`` (its id, the beginning
    of it, or its case number) at ``destination`` (a new folder, or a zip when the name
    ends in ``.zip``); the pack as loaded back. Refused on an exercise's database, for a
    case not signed off, and when a nominal value of the case would be left in it."""
    refuse_if_exercise(session, tr("making a scenario from a live case"))
    case = get_case(session, case_id)
    summary = case.summary
    if summary.status != SIGNED_OFF:
        raise UserInputError(tr(
            "case {number} is not signed off: only a closed, signed case can become a "
            "scenario", number=summary.case_number))
    source = CaseSource(document=case_document(session, summary.id),
                        versions=_versions(session, summary.declaration_id),
                        station=_station(session),
                        watch_fields=_watch_fields(session, summary.declaration_id),
                        profile=_profile(session))
    built = build_scenario(source, seed=seed)
    with session.database.transaction():
        record_event(session, "export", subject=summary.case_number, details={
            "document": "scenario", "pack": built.pack_id, "file": destination.name,
            "seed": seed})
        # In the transaction: a refused or failed write records nothing.
        return write_pack(built.files, built.values, destination)


def _versions(session: StationSession, declaration_id: str) -> tuple[dict[str, object], ...]:
    rows = session.database.query(
        "SELECT v.content FROM declaration_versions v JOIN declarations d"
        " ON d.id = v.declaration_ref WHERE d.declaration_id = ? ORDER BY v.version",
        (declaration_id,))
    versions = tuple(json.loads(row["content"]) for row in rows)
    if not versions:
        raise UserInputError(tr("the declaration '{id}' of the case is not at this station",
                                id=declaration_id))
    return versions


def _watch_fields(session: StationSession, declaration_id: str) -> tuple[str, ...]:
    rows = session.database.query(
        "SELECT DISTINCT m.field FROM assessment_watch_matches m"
        " JOIN assessments a ON a.id = m.assessment_ref"
        " JOIN declarations d ON d.id = a.declaration_ref"
        " WHERE d.declaration_id = ? ORDER BY m.field", (declaration_id,))
    return tuple(str(row["field"]) for row in rows)


def _station(session: StationSession) -> StationSetup:
    station = session.station
    return StationSetup(station.name, station.crossing_code or "", station.country,
                        station.time_zone)


def _profile(session: StationSession) -> str:
    """The station's active profile when it is a shipped one (a scenario names a shipped
    profile), else the one a new station starts with."""
    active = get_setting(session.database, ACTIVE_PROFILE_SETTING)
    if active and resource_path("profiles", f"{active}.yaml").is_file():
        return active
    return NEW_STATION_PROFILE
