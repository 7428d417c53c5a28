"""The declaration view: header, parties, documents, goods, history, risk, inspections."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.assessments import screen_imported
from borderdesk.services.declaration_detail import EXPIRED, NO_DATE, VALID, get_declaration
from borderdesk.services.inspections import change_lane, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from tests.conftest import declaration
from tests.rules.helpers import item

DOCUMENTS = [
    {"type": "arms_licence", "reference": "IMP-2025-0001", "valid_until": "2026-01-31"},
    {"type": "invoice", "reference": "INV-7", "valid_until": None},
    {"type": "cmr", "reference": "CMR-9", "valid_until": "2026-11-28"},
]


def stored(session: StationSession, write_json: Any) -> None:
    """RED-1 (revolvers, an expired licence) amended once to another consignee, screened."""
    first = declaration("RED-1", items=[item(hs_code="930200", description="revolvers")],
                        documents=DOCUMENTS)
    import_files(session, [write_json([first], "v1.json")])
    second = dict(first, consignee={"name": "Petrović Milan", "country": "RS",
                                    "kind": "private"},
                  lodged_at="2026-11-28T10:00:00+01:00")
    report = import_files(session, [write_json([second], "v2.json")])
    assert screen_imported(session, report) is not None


def test_the_header_parties_documents_and_goods(session: StationSession,
                                                write_json: Any) -> None:
    stored(session, write_json)
    detail = get_declaration(session, "RED-1")
    assert detail.declaration_id == "RED-1" and detail.version == 2
    assert detail.lodged_at.isoformat() == "2026-11-28T10:00:00+01:00"
    assert (detail.procedure, detail.transport_mode, detail.crossing) == (
        "import", "truck", "RS-BAT")
    assert [code for code, _ in detail.route] == ["TR", "BG", "RS"]
    assert all(name and name != code for code, name in detail.route)
    roles = {p.role: p for p in detail.parties}
    assert set(roles) == {"consignor", "consignee", "declarant", "driver"}
    assert roles["consignee"].name == "Petrović Milan"
    assert roles["consignee"].kind == "private"
    assert detail.vehicle is not None and detail.vehicle.registration == "BG 1234 AB"
    assert detail.seals == ("TR123456",)
    assert [(d.reference, d.validity) for d in detail.documents] == [
        ("IMP-2025-0001", EXPIRED), ("INV-7", NO_DATE), ("CMR-9", VALID)]
    assert detail.documents[0].valid_until == date(2026, 1, 31)
    [line] = detail.goods
    assert (line.hs_code, line.description) == ("930200", "revolvers")


def test_versions_and_the_amendment_history(session: StationSession, write_json: Any) -> None:
    stored(session, write_json)
    detail = get_declaration(session, "RED-1")
    assert [v.version for v in detail.versions] == [1, 2]
    changed = {a.field: (a.old_value, a.new_value, a.to_version) for a in detail.amendments}
    assert any("consignee" in field for field in changed)
    assert all(version == 2 for _, _, version in changed.values())


def test_hits_show_title_and_instruction_and_rationale_only_for_analysts(
        session: StationSession, write_json: Any) -> None:
    stored(session, write_json)
    officer = get_declaration(session, "RED-1")
    assessment = officer.assessment
    assert assessment is not None
    assert assessment.lane == "red" and officer.lane == "red"
    assert (assessment.profile_id, assessment.profile_version) == ("firearms-extended", 1)
    assert assessment.declaration_version == 2
    hits = {hit.rule: hit for hit in assessment.hits}
    assert hits["FA-01"].title == "Chapter 93 without a valid arms licence"
    assert hits["FA-01"].instruction.startswith("Physical inspection.")
    assert hits["FA-01"].explanation
    assert all(hit.rationale is None for hit in assessment.hits)
    text = json.dumps(officer.to_json(), ensure_ascii=False)
    assert "rationale" not in text and "may only cross" not in text

    analyst = get_declaration(session, "RED-1", analyst=True)
    assert analyst.assessment is not None
    fa01 = next(hit for hit in analyst.assessment.hits if hit.rule == "FA-01")
    assert fa01.rationale == "Arms (HS chapter 93) may only cross with a valid licence."
    assert "may only cross" in json.dumps(analyst.to_json(), ensure_ascii=False)


def test_lane_changes_and_inspections_are_shown(session: StationSession,
                                                write_json: Any) -> None:
    stored(session, write_json)
    change_lane(session, "RED-1", "yellow", "licence shown at the window")
    inspection = start_inspection(session, "RED-1", "documents")
    record_outcome(session, inspection.id, "nothing_found")
    detail = get_declaration(session, "RED-1")
    assert detail.lane == "yellow"
    assert detail.assessment is not None and detail.assessment.lane == "red"
    assert [(c.from_lane, c.to_lane, c.reason) for c in detail.lane_changes] == [
        ("red", "yellow", "licence shown at the window")]
    assert [(i.kind, i.outcome, i.declaration_version) for i in detail.inspections] == [
        ("documents", "nothing_found", 2)]
    data = detail.to_json()
    assert data["lane"] == "yellow"
    assert data["inspections"][0]["outcome"] == "nothing_found"
    assert data["route"][0]["code"] == "TR"


def test_an_unscreened_declaration_has_no_assessment(session: StationSession,
                                                     write_json: Any) -> None:
    import_files(session, [write_json([declaration("PLAIN-1")])])
    detail = get_declaration(session, "PLAIN-1")
    assert detail.assessment is None and detail.lane is None
    with pytest.raises(UserInputError, match="no declaration 'NOPE'"):
        get_declaration(session, "NOPE")
