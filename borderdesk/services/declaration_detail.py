"""Everything the declaration view shows about one declaration.

The header, parties and vehicle, documents with their validity on the lodging
date, goods lines, every version and what amendments changed, the latest
assessment with each hit's title, explanation and officer instruction (from the
exact profile text that produced it, as stored), officers' lane changes and
inspections, and the watch-list matches the assessment saw (the entry as listed at
screening time, with its score and the list's threshold). A rule's rationale is
for analysts: it is read only when asked for.

The amendments read in words through :mod:`borderdesk.services.amendment_text`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from borderdesk.core.clock import parse_utc
from borderdesk.core.country_names import country_name
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.rules.rule_texts import is_shipped_text, stored_rule_texts
from borderdesk.rules.watchlist import format_score, kind_word
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.declarations import AmendmentRow, list_amendments
from borderdesk.services.inspections import (
    InspectionRecord,
    LaneChange,
    lane_change_of,
    record_of,
)
from borderdesk.services.station import StationSession
from borderdesk.store import inspections_repo

VALID = "valid"
EXPIRED = "expired"
NO_DATE = "no date"


@dataclass(frozen=True)
class PartyView:
    """A party to the declaration (consignor, consignee, declarant or driver)."""

    role: str
    name: str
    country: str | None = None
    country_name: str | None = None
    address: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class VehicleView:
    """The vehicle and trailer."""

    registration: str | None
    country: str | None
    country_name: str | None
    trailer: str | None


@dataclass(frozen=True)
class DocumentView:
    """A document with its validity on the lodging date (valid, expired or no date)."""

    type: str
    reference: str
    valid_until: date | None
    validity: str


@dataclass(frozen=True)
class GoodsLineView:
    """One goods line."""

    line: int
    hs_code: str
    description: str
    quantity: float | None
    unit: str | None
    packages: int | None
    gross_kg: float
    net_kg: float | None
    value: float | None
    currency: str | None


@dataclass(frozen=True)
class VersionView:
    """One stored version of the declaration."""

    version: int
    lodged_at: datetime
    stored_at: datetime


@dataclass(frozen=True)
class HitView:
    """A rule that hit, with what the officer reads; the rationale only for analysts."""

    rule: str
    title: str
    weight: float
    forced_lane: str | None
    explanation: str
    instruction: str
    rationale: str | None = None


@dataclass(frozen=True)
class AssessmentView:
    """The latest assessment and the profile version that made it."""

    lane: str
    score: float
    random: bool
    profile_id: str
    profile_version: int
    assessed_at: datetime
    declaration_version: int
    hits: tuple[HitView, ...]
    #: Whether the profile is one borderdesk ships: its rules' texts are then shown in
    #: the reader's language (rules/rule_texts.py); an analyst's are shown as written.
    profile_shipped: bool = False


@dataclass(frozen=True)
class WatchMatchView:
    """A watch-list entry that matched one of the declaration's parties or plates.

    Stored with the assessment: the entry as listed when it was screened, even if
    the list has changed since.
    """

    #: consignor, consignee, declarant, driver, vehicle or trailer.
    role: str
    #: The declaration's name or plate, as written in it.
    name: str
    entry_kind: str  # person, company or vehicle
    entry_name: str
    entry_note: str
    score: float  # 0 to 100
    threshold: float  # the list's threshold when it was screened


@dataclass(frozen=True)
class DeclarationDetail:
    """The whole declaration view."""

    declaration_id: str
    lodged_at: datetime  # aware, with the offset it was written with
    version: int
    crossing: str
    procedure: str
    transport_mode: str
    route: tuple[tuple[str, str], ...]  # (code, country name) in order
    origin_country: str
    dispatch_country: str | None
    destination_country: str
    parties: tuple[PartyView, ...]
    vehicle: VehicleView | None
    seals: tuple[str, ...]
    documents: tuple[DocumentView, ...]
    goods: tuple[GoodsLineView, ...]
    versions: tuple[VersionView, ...]
    amendments: tuple[AmendmentRow, ...]
    assessment: AssessmentView | None
    lane_changes: tuple[LaneChange, ...] = ()
    inspections: tuple[InspectionRecord, ...] = ()
    #: The lane in force: an officer's latest change since the assessment, else its lane.
    lane: str | None = None
    #: The latest assessment's watch-list matches (none when it saw none).
    watch_matches: tuple[WatchMatchView, ...] = ()
    analyst: bool = field(default=False)

    def to_json(self) -> dict[str, Any]:
        """The view as a JSON-ready object (no rationale unless read as an analyst)."""
        data = asdict(self)
        data["route"] = [{"code": code, "name": name} for code, name in self.route]
        if self.assessment is not None and not self.analyst:
            for hit in data["assessment"]["hits"]:
                del hit["rationale"]
        data["lane_changes"] = [c.to_json() for c in self.lane_changes]
        data["inspections"] = [i.to_json() for i in self.inspections]
        plain: dict[str, Any] = _plain(data)
        return plain


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def route_of(content: dict[str, Any]) -> tuple[str, ...]:
    """The countries in order: the itinerary, else origin, dispatch and destination."""
    itinerary = tuple(content.get("itinerary") or ())
    if itinerary:
        return itinerary
    route: list[str] = []
    for stop in (content["origin_country"], content.get("dispatch_country"),
                 content["destination_country"]):
        if stop and (not route or route[-1] != stop):
            route.append(stop)
    return tuple(route)


def validity(valid_until: date | None, lodged_on: date) -> str:
    """A document's validity on the lodging date."""
    if valid_until is None:
        return NO_DATE
    return VALID if valid_until >= lodged_on else EXPIRED


def _name(code: str | None) -> str | None:
    return None if code is None else country_name(code)


def _parties(content: dict[str, Any]) -> tuple[PartyView, ...]:
    parties = []
    for role in ("consignor", "consignee", "declarant"):
        party = content.get(role)
        if party:
            parties.append(PartyView(role, party["name"], party.get("country"),
                                     _name(party.get("country")), party.get("address"),
                                     party.get("kind")))
    driver = content.get("driver")
    if driver:
        parties.append(PartyView("driver", driver["name"], driver.get("nationality"),
                                 _name(driver.get("nationality"))))
    return tuple(parties)


def _assessment(session: StationSession, declaration_ref: str,
                analyst: bool) -> tuple[AssessmentView | None, tuple[WatchMatchView, ...]]:
    row = session.database.query_one(
        "SELECT a.id, a.lane, a.score, a.random, a.created_at, a.declaration_version,"
        " p.profile_id, p.version, p.source_text FROM assessments a"
        " JOIN profiles p ON p.id = a.profile_ref WHERE a.declaration_ref = ?"
        " ORDER BY a.rowid DESC LIMIT 1", (declaration_ref,))
    if row is None:
        return None, ()
    texts = stored_rule_texts(row["source_text"])
    hits = []
    for hit in session.database.query(
            "SELECT rule_id, weight, forced_lane, explanation FROM assessment_hits"
            " WHERE assessment_ref = ? ORDER BY rowid", (row["id"],)):
        text = texts.get(hit["rule_id"], {})
        hits.append(HitView(hit["rule_id"], text.get("title", ""), hit["weight"],
                            hit["forced_lane"], hit["explanation"],
                            text.get("instruction", ""),
                            text.get("rationale", "") if analyst else None))
    view = AssessmentView(row["lane"], row["score"], bool(row["random"]), row["profile_id"],
                          row["version"], parse_utc(row["created_at"]),
                          row["declaration_version"], tuple(hits),
                          is_shipped_text(row["source_text"]))
    return view, _watch_matches(session, row["id"])


def _role_of(field_path: str) -> str:
    """``consignee.name`` -> ``consignee``; ``vehicle.trailer`` -> ``trailer``."""
    section, _, rest = field_path.partition(".")
    return "trailer" if (section, rest) == ("vehicle", "trailer") else section


def _watch_matches(session: StationSession,
                   assessment_ref: str) -> tuple[WatchMatchView, ...]:
    return tuple(
        WatchMatchView(_role_of(r["field"]), r["value"], r["entry_kind"], r["entry_name"],
                       r["entry_note"], r["score"], r["threshold"])
        for r in session.database.query(
            "SELECT field, value, entry_kind, entry_name, entry_note, score, threshold"
            " FROM assessment_watch_matches WHERE assessment_ref = ?"
            " ORDER BY score DESC, rowid", (assessment_ref,)))


def match_words(match: WatchMatchView) -> str:
    """A watch-list match in words: the entry as listed and the score against the threshold."""
    return tr("watch-list {kind} '{name}', score {score} (threshold {threshold})",
              kind=kind_word(match.entry_kind), name=match.entry_name,
              score=format_score(match.score), threshold=format_score(match.threshold))


@requires(Permission.VIEW)
def get_declaration(session: StationSession, declaration_id: str, *,
                    analyst: bool = False) -> DeclarationDetail:
    """The declaration view of a stored declaration (its latest version)."""
    conn = session.database.conn
    refs = inspections_repo.find_declaration(conn, declaration_id.strip())
    if refs is None:
        raise UserInputError(tr("there is no declaration '{id}' at this station",
                                id=declaration_id))
    version_rows = session.database.query(
        "SELECT id, version, lodged_at_utc, created_at, content FROM declaration_versions"
        " WHERE declaration_ref = ? ORDER BY version", (refs.ref,))
    latest = next(row for row in version_rows if row["id"] == refs.version_ref)
    content: dict[str, Any] = json.loads(latest["content"])
    lodged_at = datetime.fromisoformat(content["lodged_at"])
    vehicle = content.get("vehicle")
    assessment, watch_matches = _assessment(session, refs.ref, analyst)
    return DeclarationDetail(
        declaration_id=content["declaration_id"],
        lodged_at=lodged_at,
        version=refs.version,
        crossing=content["crossing"],
        procedure=content["procedure"],
        transport_mode=content["transport_mode"],
        route=tuple((code, country_name(code)) for code in route_of(content)),
        origin_country=content["origin_country"],
        dispatch_country=content.get("dispatch_country"),
        destination_country=content["destination_country"],
        parties=_parties(content),
        vehicle=None if not vehicle else VehicleView(
            vehicle.get("registration"), vehicle.get("country"),
            _name(vehicle.get("country")), vehicle.get("trailer")),
        seals=tuple(content.get("seals") or ()),
        documents=tuple(
            DocumentView(doc["type"], doc["reference"], until,
                         validity(until, lodged_at.date()))
            for doc in content.get("documents") or ()
            for until in [date.fromisoformat(doc["valid_until"])
                          if doc.get("valid_until") else None]),
        goods=tuple(GoodsLineView(
            item["line"], item["hs_code"], item["description"], item.get("quantity"),
            item.get("unit"), item.get("packages"), item["gross_kg"], item.get("net_kg"),
            item.get("value"), item.get("currency")) for item in content["items"]),
        versions=tuple(VersionView(
            row["version"], datetime.fromisoformat(json.loads(row["content"])["lodged_at"]),
            parse_utc(row["created_at"])) for row in version_rows),
        amendments=tuple(list_amendments(session, refs.declaration_id)),
        assessment=assessment,
        watch_matches=watch_matches,
        lane_changes=tuple(lane_change_of(row) for row in
                           inspections_repo.list_lane_changes(conn, refs.ref)),
        lane=inspections_repo.current_lane(conn, refs.ref)[1],
        inspections=tuple(record_of(row)
                          for row in inspections_repo.list_inspections(conn, refs.ref)),
        analyst=analyst,
    )

