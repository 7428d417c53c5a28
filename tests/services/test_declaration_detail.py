"""The declaration view: header, parties, documents, goods, history, risk, inspections."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.amendment_text import field_words, value_words
from borderdesk.services.assessments import screen_imported
from borderdesk.services.declaration_detail import (
    EXPIRED,
    NO_DATE,
    VALID,
    WatchMatchView,
    get_declaration,
    match_words,
)
from borderdesk.services.inspections import change_lane, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.services.watchlists import import_watchlist
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


WATCH_CSV = ("kind,name_or_plate,note\n"
             "person,Dragan Petrović,Check identity papers against the Interpol notice\n"
             "vehicle,BG-9876-XY,\n")


def watched(session: StationSession, write_json: Any, tmp_path: Path) -> None:
    """WATCH-1: the consignee is a listed person written in Cyrillic, the trailer a listed
    plate written with spaces; screened with that list, which is then replaced."""
    csv_path = tmp_path / "watch.csv"
    csv_path.write_text(WATCH_CSV, encoding="utf-8")
    import_watchlist(session, csv_path, threshold=85)
    data = declaration("WATCH-1", consignee={"name": "Петровић Драган", "country": "RS",
                                             "kind": "private"})
    report = import_files(session, [write_json([data])])
    assert screen_imported(session, report) is not None
    csv_path.write_text("kind,name_or_plate,note\nperson,Someone Else,\n", encoding="utf-8")
    import_watchlist(session, csv_path, threshold=95)


def test_watch_list_matches_keep_the_entry_score_and_threshold_of_screening(
        session: StationSession, write_json: Any, tmp_path: Path) -> None:
    watched(session, write_json, tmp_path)
    detail = get_declaration(session, "WATCH-1")
    assert detail.assessment is not None
    assert "FA-06" in {hit.rule for hit in detail.assessment.hits}
    person, plate = detail.watch_matches
    assert person == WatchMatchView(
        "consignee", "Петровић Драган", "person", "Dragan Petrović",
        "Check identity papers against the Interpol notice", 100.0, 85.0)
    assert (plate.role, plate.name, plate.entry_kind, plate.entry_name, plate.score) == (
        "trailer", "BG 9876 XY", "vehicle", "BG-9876-XY", 100.0)
    assert match_words(person) == (
        "watch-list person 'Dragan Petrović', score 100 (threshold 85)")
    data = detail.to_json()
    assert data["watch_matches"][0] == {
        "role": "consignee", "name": "Петровић Драган", "entry_kind": "person",
        "entry_name": "Dragan Petrović",
        "entry_note": "Check identity papers against the Interpol notice",
        "score": 100.0, "threshold": 85.0}


def test_a_fuzzy_match_has_its_score_below_100(session: StationSession, write_json: Any,
                                               tmp_path: Path) -> None:
    csv_path = tmp_path / "watch.csv"
    csv_path.write_text("kind,name_or_plate,note\ncompany,Balkan Trejd Grup d.o.o.,\n",
                        encoding="utf-8")
    import_watchlist(session, csv_path)
    data = declaration("WATCH-2", consignor={"name": "Balkan Trade Grup d.o.o.",
                                             "country": "RS"})
    report = import_files(session, [write_json([data])])
    assert screen_imported(session, report) is not None
    [match] = get_declaration(session, "WATCH-2").watch_matches
    assert match.role == "consignor" and match.entry_kind == "company"
    assert 90 <= match.score < 100 and match.threshold == 90


def test_no_watch_list_means_no_matches(session: StationSession, write_json: Any) -> None:
    stored(session, write_json)
    detail = get_declaration(session, "RED-1")
    assert detail.watch_matches == ()
    assert detail.to_json()["watch_matches"] == []


def test_matches_are_append_only(session: StationSession, write_json: Any,
                                 tmp_path: Path) -> None:
    watched(session, write_json, tmp_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        session.database.conn.execute("DELETE FROM assessment_watch_matches")


def test_the_rationale_never_reaches_an_officer(session: StationSession, write_json: Any,
                                               tmp_path: Path) -> None:
    watched(session, write_json, tmp_path)
    stored(session, write_json)
    for declaration_id in ("WATCH-1", "RED-1"):
        officer = get_declaration(session, declaration_id)
        assert officer.assessment is not None and officer.assessment.hits
        assert all(hit.rationale is None for hit in officer.assessment.hits)
        text = json.dumps(officer.to_json(), ensure_ascii=False)
        assert "rationale" not in text and "A listed party" not in text
        analyst = get_declaration(session, declaration_id, analyst=True)
        assert analyst.assessment is not None
        assert all(hit.rationale for hit in analyst.assessment.hits)


@pytest.mark.parametrize(("path", "words"), [
    ("consignee.name", "Consignee: name"),
    ("vehicle.trailer", "Vehicle: trailer"),
    ("items[2].gross_kg", "Goods line 2: gross mass (kg)"),
    ("items[3]", "Goods line 3"),
    ("documents[1].valid_until", "Document 1: valid until"),
    ("itinerary", "Route"),
    ("lodged_at", "Lodged"),
    ("something_new", "something new"),
])
def test_amended_fields_read_in_words(path: str, words: str) -> None:
    assert field_words(path) == words


def test_amended_values_read_in_words() -> None:
    assert value_words("consignee.name", None) == "–"
    assert value_words("consignee.country", "RS") == "Serbia (RS)"
    assert value_words("itinerary", '["TR", "BG", "RS"]') == (
        "Turkey (TR) › Bulgaria (BG) › Serbia (RS)")
    line = json.dumps({"line": 3, "hs_code": "930200", "description": "revolvers",
                       "quantity": 4, "unit": "pcs", "gross_kg": 5.5})
    assert value_words("items[3]", line) == "930200 revolvers, 4 pcs, 5.5 kg"
    document = json.dumps({"type": "arms_licence", "reference": "IMP-1",
                           "valid_until": "2027-01-31"})
    assert value_words("documents[2]", document) == "arms_licence IMP-1, valid until 2027-01-31"
    assert value_words("seals", '["A1", "B2"]') == "A1, B2"
    assert value_words("items[1].description", "cotton") == "cotton"


def test_a_lodging_time_reads_as_lodged() -> None:
    assert value_words("lodged_at", "2026-11-27T17:27:00+01:00") == "2026-11-27 17:27 +01:00"
    assert value_words("lodged_at", "not a time") == "not a time"
