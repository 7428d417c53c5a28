"""Screening stored declarations: automatic on import, kept per profile version."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.rules.problems import ProfileError
from borderdesk.services.assessments import (
    activate_profile,
    active_profile,
    screen_imported,
    screen_stored,
)
from borderdesk.services.declarations import list_declarations
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.services.watchlists import import_watchlist
from tests.conftest import declaration
from tests.rules.helpers import item


def test_a_new_station_screens_with_firearms_extended(session: StationSession) -> None:
    assert active_profile(session).id == "firearms-extended"


def test_imported_declarations_are_screened_and_listed_with_their_lane(
        session: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    report = import_files(session, [write_json([
        declaration("RED-1", items=[item(hs_code="930200", description="revolvers")],
                    documents=[]),
        declaration("GREEN-1")])])
    screening = screen_imported(session, report)
    assert screening is not None
    lanes = {row.declaration_id: row.lane for row in list_declarations(session)}
    assert lanes == {"RED-1": "red", "GREEN-1": "green"}
    again = import_files(session, [write_json([declaration("GREEN-1")], "again.json")])
    assert screen_imported(session, again) is None  # nothing new to screen


def test_rescreening_with_another_version_keeps_the_old_assessment(
        session: StationSession, write_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration(
        "T-1", items=[item(description="cotton clothing", packages=1, gross_kg=35.0)])])])
    screen_stored(session)
    source = Path("resources/profiles/firearms-default.yaml").read_text(encoding="utf-8")
    tuned = tmp_path / "tuned.yaml"
    tuned.write_text(source.replace("version: 1", "version: 2", 1)
                     .replace("line.gross_kg / line.packages > 40",
                              "line.gross_kg / line.packages > 30"), encoding="utf-8")
    activate_profile(session, str(tuned))
    screen_stored(session)
    rows = session.database.query(
        "SELECT p.profile_id, p.version, a.lane, a.score FROM assessments a"
        " JOIN profiles p ON p.id = a.profile_ref ORDER BY a.rowid")
    assert [tuple(row) for row in rows] == [
        ("firearms-extended", 1, "green", 0.0), ("firearms-default", 2, "green", 20.0)]
    stored_text = session.database.query_one(
        "SELECT source_text FROM profiles WHERE version = 2")
    assert stored_text is not None
    assert "> 30" in stored_text[0]


def test_a_broken_profile_is_not_activated(session: StationSession, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("profile: {id: x}\n", encoding="utf-8")
    with pytest.raises(ProfileError):
        activate_profile(session, str(broken))
    assert active_profile(session).id == "firearms-extended"


def test_the_watch_list_is_used_when_screening(session: StationSession, write_json,
                                               tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv_path = tmp_path / "watch.csv"
    csv_path.write_text("kind,name_or_plate,note\nperson,Марко Марковић,\n", encoding="utf-8")
    assert import_watchlist(session, csv_path) == 1
    report = import_files(session, [write_json([declaration("W-1")])])
    screening = screen_imported(session, report)
    assert screening is not None
    hits = screening.assessments[0].hits
    assert [hit.rule for hit in hits] == ["FA-06"]
    assert "driver.name" in hits[0].explanation
    with pytest.raises(UserInputError):
        import_watchlist(session, csv_path, threshold=120)


def test_screening_reports_its_progress(session: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    report = import_files(session, [write_json([declaration(f"P-{n}") for n in range(3)])])
    seen: list[tuple[int, int]] = []
    screen_imported(session, report, on_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)
