"""Screening stored declarations and keeping the assessments.

The station's active profile is a setting (``firearms-extended`` in a new
station). Imported declarations are screened with it automatically; each
assessment is stored with the exact profile text that produced it, and
screening again adds a new assessment without touching the old ones.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from borderdesk.core.gc_pause import collection_paused
from borderdesk.core.i18n import tr
from borderdesk.rules.engine import Assessment
from borderdesk.rules.facts import AmendmentFacts, DeclarationFacts, DocumentFacts, LineFacts
from borderdesk.rules.profile import Profile
from borderdesk.rules.watchlist import WatchEntry, WatchList
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.intake import ImportReport
from borderdesk.services.screening import find_profile, open_profile, screen_declarations
from borderdesk.services.station import StationSession
from borderdesk.services.sync_profiles import INSTALLED_PREFIX, installed_profile
from borderdesk.services.watchlists import DEFAULT_WATCHLIST
from borderdesk.store.screening_repo import (
    AssessmentRow,
    WatchMatchRow,
    get_setting,
    load_watchlist,
    remember_profile,
    set_setting,
    store_assessments,
)

ACTIVE_PROFILE_SETTING = "active_profile"
NEW_STATION_PROFILE = "firearms-extended"


@requires(Permission.VIEW)
def active_profile(session: StationSession) -> Profile:
    """The station's active profile (firearms-extended until another is activated, or
    one installed from headquarters)."""
    setting = get_setting(session.database, ACTIVE_PROFILE_SETTING)
    if setting is not None and setting.startswith(INSTALLED_PREFIX):
        return installed_profile(session.database, setting)
    return open_profile(setting or NEW_STATION_PROFILE)


@requires(Permission.EDIT_PROFILES)
def activate_profile(session: StationSession, path_or_id: str) -> Profile:
    """Check a profile and make it the station's active one (a bad one changes nothing)."""
    path = find_profile(path_or_id)
    profile = open_profile(str(path))
    shipped = path.parent.name == "profiles" and path.stem == profile.id
    set_setting(session.database, session.write_context(), ACTIVE_PROFILE_SETTING,
                profile.id if shipped else str(path.resolve()))
    return profile


@requires(Permission.VIEW)
def station_watchlist(session: StationSession) -> WatchList | None:
    """The station's watch list, if one was imported."""
    stored = load_watchlist(session.database, DEFAULT_WATCHLIST)
    if stored is None:
        return None
    threshold, entries = stored
    return WatchList([WatchEntry(e.kind, e.name, e.note, e.line)  # type: ignore[arg-type]
                      for e in entries], threshold)


def facts_from_canonical(content: dict[str, Any], version: int = 1,
                         amendments: Sequence[AmendmentFacts] = ()) -> DeclarationFacts:
    """The engine's view of a stored version (its canonical JSON, already validated)."""
    def party(role: str, key: str) -> Any:
        return (content.get(role) or {}).get(key)

    vehicle = content.get("vehicle") or {}
    return DeclarationFacts(
        declaration_id=content["declaration_id"],
        lodged_at=datetime.fromisoformat(content["lodged_at"]),
        procedure=content["procedure"], transport_mode=content["transport_mode"],
        consignor_name=party("consignor", "name"), consignee_name=party("consignee", "name"),
        origin_country=content["origin_country"],
        destination_country=content["destination_country"],
        lines=tuple(LineFacts.make(
            item["line"], item["hs_code"], item["description"], item["gross_kg"],
            quantity=item.get("quantity"), unit=item.get("unit"),
            packages=item.get("packages"), net_kg=item.get("net_kg"),
            value=item.get("value"), currency=item.get("currency"))
            for item in content["items"]),
        consignor_country=party("consignor", "country"),
        consignee_country=party("consignee", "country"),
        consignee_kind=party("consignee", "kind"), declarant_name=party("declarant", "name"),
        driver_name=party("driver", "name"), driver_nationality=party("driver", "nationality"),
        vehicle_registration=vehicle.get("registration"), vehicle_country=vehicle.get("country"),
        trailer_registration=vehicle.get("trailer"),
        dispatch_country=content.get("dispatch_country"),
        itinerary=tuple(content.get("itinerary") or ()),
        documents=tuple(DocumentFacts(doc["type"], doc["reference"],
                                      date.fromisoformat(doc["valid_until"])
                                      if doc.get("valid_until") else None)
                        for doc in content.get("documents") or ()),
        seals=tuple(content.get("seals") or ()), version=version,
        amendments=tuple(amendments))


@requires(Permission.VIEW)
def stored_facts(session: StationSession,
                 refs: Sequence[str] | None = None) -> dict[str, DeclarationFacts]:
    """The stored declarations' latest versions as facts, with what amendments changed:
    every declaration's, or only those whose record ids are in ``refs``."""
    conn = session.database.conn
    if refs is None:
        among, params = "", []
    else:
        among, params = " AND declaration_ref IN (SELECT value FROM json_each(?))", [
            json.dumps(list(refs))]
    first_lodged = {row[0]: datetime.fromisoformat(row[1].replace("Z", "+00:00")) for row in
                    conn.execute("SELECT declaration_ref, lodged_at_utc FROM"
                                 f" declaration_versions WHERE version = 1{among}", params)}
    lodged_by_version = {(row[0], row[1]): datetime.fromisoformat(row[2].replace("Z", "+00:00"))
                         for row in conn.execute(
                             "SELECT declaration_ref, version, lodged_at_utc"
                             f" FROM declaration_versions WHERE version > 1{among}", params)}
    changes: dict[str, list[AmendmentFacts]] = defaultdict(list)
    for ref, version, field, old, new in conn.execute(
            "SELECT declaration_ref, to_version, field, old_value, new_value FROM amendments"
            f" WHERE 1{among} ORDER BY to_version, rowid", params):
        first = first_lodged.get(ref)
        lodged = lodged_by_version.get((ref, version))
        hours = (lodged - first).total_seconds() / 3600 if first and lodged else None
        changes[ref].append(AmendmentFacts(version, field, old, new, hours))
    facts = {}
    among = among.replace("declaration_ref", "d.id")
    for ref, version, content in conn.execute(
            "SELECT d.id, d.latest_version, v.content FROM declarations d"
            f" JOIN declaration_versions v ON v.id = d.latest_version_ref WHERE 1{among}"
            " ORDER BY d.rowid", params):
        fact = facts_from_canonical(json.loads(content), version, changes.get(ref, ()))
        facts[fact.declaration_id] = fact
    return facts


# The record ids of the declarations named (by declaration id) and of every other
# declaration whose latest version has one of their parties in the same role: all the
# history that screening them can ask about (rules.history keys on role and name).
_WITH_SHARED_PARTIES = """
WITH chosen(ref, version_ref) AS (
    SELECT id, latest_version_ref FROM declarations
    WHERE declaration_id IN (SELECT value FROM json_each(?))),
keys(role, name_folded) AS (
    SELECT DISTINCT p.role, p.name_folded FROM chosen c JOIN parties p
    ON p.version_ref = c.version_ref WHERE p.name_folded != '')
SELECT ref FROM chosen
UNION
SELECT d.id FROM keys k
JOIN parties p ON p.name_folded = k.name_folded AND p.role = k.role
JOIN declaration_versions v ON v.id = p.version_ref
JOIN declarations d ON d.id = v.declaration_ref AND d.latest_version_ref = v.id"""


def _history_refs(session: StationSession, declaration_ids: Sequence[str]) -> list[str]:
    return [row[0] for row in session.database.conn.execute(
        _WITH_SHARED_PARTIES, [json.dumps(list(declaration_ids))])]


@dataclass(frozen=True)
class ScreeningReport:
    """What screening stored declarations did."""

    profile_id: str
    profile_version: int
    assessments: tuple[Assessment, ...]

    def lanes(self) -> dict[str, int]:
        """How many declarations went to each lane."""
        counts = {"red": 0, "yellow": 0, "green": 0}
        for assessment in self.assessments:
            counts[assessment.lane.value] += 1
        return counts


@requires(Permission.SCREEN)
def screen_stored(session: StationSession, declaration_ids: Sequence[str] | None = None, *,
                  profile: Profile | None = None,
                  on_progress: Callable[[int, int], None] | None = None) -> ScreeningReport:
    """Screen stored declarations (all, or those named) and store the assessments."""
    # Facts and assessments for up to the whole station: no full collections meanwhile
    # (core.gc_pause), they held the window's thread for up to 0.9 s.
    with collection_paused():
        return _screen_stored(session, declaration_ids, profile, on_progress)


def _screen_stored(session: StationSession, declaration_ids: Sequence[str] | None,
                   profile: Profile | None,
                   on_progress: Callable[[int, int], None] | None) -> ScreeningReport:
    profile = profile or active_profile(session)
    # Screening a few new declarations must not decode all 100,000 stored ones: only
    # those that share a party with them can be their history.
    facts = stored_facts(session, None if declaration_ids is None
                         else _history_refs(session, declaration_ids))
    wanted = list(facts) if declaration_ids is None else [
        d for d in declaration_ids if d in facts]
    chosen = [facts[d] for d in wanted]
    wanted_set = set(wanted)
    others = [fact for key, fact in facts.items() if key not in wanted_set]
    watch = station_watchlist(session)
    threshold = watch.threshold if watch is not None else 0.0
    result = screen_declarations(profile, chosen, earlier=others, on_progress=on_progress,
                                 watch=watch)
    del chosen, others
    _release(facts)
    context = session.write_context()
    source_text = profile.source.source if profile.source is not None else ""
    with session.database.transaction() as conn:
        profile_ref = remember_profile(conn, context, profile.id, profile.version,
                                       profile.path, source_text)
        store_assessments(conn, context, profile_ref, [
            AssessmentRow(a.declaration_id, a.score, a.lane.value, a.random,
                          [(h.rule, h.weight, h.lane.value if h.lane else None, h.explanation)
                           for h in a.hits],
                          [WatchMatchRow(w.field, w.value, w.entry.kind, w.entry.name,
                                         w.entry.note, w.entry.line, w.score, threshold)
                           for w in a.watch_hits])
            for a in result.assessments])
    return ScreeningReport(profile.id, profile.version, result.assessments)


def _release(facts: dict[str, DeclarationFacts]) -> None:
    # Dropping 100,000 facts at once is one C call (~0.4 s) that holds the GIL and
    # freezes the window; one at a time, the interpreter can switch threads between.
    while facts:
        facts.popitem()


@requires(Permission.SCREEN)
def screen_imported(session: StationSession, report: ImportReport, *,
                    on_progress: Callable[[int, int], None] | None = None,
                    ) -> ScreeningReport | None:
    """Screen what an import added or amended (None when it stored nothing new)."""
    refs = [r.import_ref for r in report.files if r.import_ref and (r.new or r.amended)]
    if not refs:
        return None
    marks = ",".join("?" * len(refs))
    ids = [row[0] for row in session.database.query(
        "SELECT d.declaration_id FROM declarations d"
        " JOIN declaration_versions v ON v.id = d.latest_version_ref"
        f" WHERE v.import_ref IN ({marks}) ORDER BY d.rowid", refs)]
    return screen_stored(session, ids, on_progress=on_progress)


def describe(report: ScreeningReport) -> str:
    """A one-line summary of a screening run."""
    lanes = report.lanes()
    return tr("screened {count} with {profile} v{version}: {red} red, {yellow} yellow, "
              "{green} green", count=len(report.assessments), profile=report.profile_id,
              version=report.profile_version, red=lanes["red"], yellow=lanes["yellow"],
              green=lanes["green"])
