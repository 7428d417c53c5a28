"""The demo station's three seizure cases: recorded through the real services, complete
enough to show every part of a case, consistent with their declarations, and never
later than the demo's last moment."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import DataFileError
from borderdesk.demo.generator import generate_demo
from borderdesk.demo.seizures import act_moment, fill, load_demo_seizures, plan_start
from borderdesk.services import audit, custody, seizure_tracing, seizures
from borderdesk.services.demo import create_demo_station
from borderdesk.services.evidence_steps import sign_off_blockers
from borderdesk.services.photos import original_bytes
from borderdesk.services.station import StationSession, open_station

TODAY = date(2026, 11, 28)
ZONE = ZoneInfo("Europe/Belgrade")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StationSession]:
    """The demo station of seed 1 on TODAY, made once for this module (read only)."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_station(db, today=TODAY)
    with open_station(db, create=False) as session:
        yield session


@functools.cache
def _scenario_of() -> dict[str, str]:
    return generate_demo(1, TODAY).scenario_of


def cases(session: StationSession) -> dict[str, dict[str, Any]]:
    """The cases' whole documents (``seizure show``), by the scenario of their declaration."""
    scenario_of = _scenario_of()
    return {scenario_of[c.declaration_id]: seizures.case_document(session, c.id)
            for c in seizures.list_cases(session)}


def test_the_demo_has_three_cases_one_signed_off(demo: StationSession) -> None:
    found = cases(demo)
    assert set(found) == {"firearm-words-latin", "heavy-airsoft-pistols",
                          "alarm-pistols-to-private-person"}
    status = {scenario: doc["case"]["status"] for scenario, doc in found.items()}
    assert status == {"firearm-words-latin": "signed_off", "heavy-airsoft-pistols": "open",
                      "alarm-pistols-to-private-person": "open"}
    signed = found["firearm-words-latin"]["case"]
    assert signed["signed_off_by"] == "Vesna Radović"
    # The case numbers follow the order the finds happened in.
    by_time = sorted(found.values(), key=lambda d: d["case"]["opened_at"])
    assert [d["case"]["case_number"] for d in by_time] == [
        f"RS-BAT-2026-{n:05d}" for n in (1, 2, 3)]


def test_each_case_has_the_event_fields_of_its_declaration(demo: StationSession) -> None:
    data = generate_demo(1, TODAY)
    declared = {d["declaration_id"]: d for d in data.first_versions}
    for doc in cases(demo).values():
        fields = doc["case"]["fields"]
        declaration = declared[doc["case"]["declaration_id"]]
        assert fields["event_type"] == "seized"
        assert fields["detection_method"] == "risk_rules" and doc["case"]["rules_hit"]
        assert {"direction", "legal_justification", "criminal_context", "concealment",
                "conveyance", "occurred_at", "gps", "national_number"} <= set(fields)
        route = declaration["itinerary"]
        assert (fields["route_departure"], fields["route_transit"],
                fields["route_destination"]) == (route[0], route[1:-1], route[-1])
        assert fields["conveyance_id"].startswith(declaration["vehicle"]["registration"])
        [driver] = doc["persons"]
        assert (driver["role"], driver["name"], driver["nationality"]) == (
            "driver", declaration["driver"]["name"], declaration["driver"]["nationality"])
        assert driver["nominal"] is True


def test_items_are_identified_with_their_markings_and_serials(demo: StationSession) -> None:
    found = cases(demo)
    kinds = {s: [i["kind"] for i in d["items"]] for s, d in found.items()}
    assert kinds == {"firearm-words-latin": ["ammunition", "parts", "parts"],
                     "heavy-airsoft-pistols": ["firearm", "firearm"],
                     "alarm-pistols-to-private-person": ["firearm", "ammunition"]}
    for doc in found.values():
        assert all(item["identification_id"] and item["record"] for item in doc["items"])
    pistols = found["heavy-airsoft-pistols"]["items"]
    serials = [(m["place"], m["status"], m.get("text", "")) for item in pistols
               for m in item["markings"] if m["kind"] == "serial"]
    assert ("frame", "obliterated", "") in [(p, s, t or "") for p, s, t in serials]
    assert ("frame", "partially_marked", "…173") in serials
    assert ("barrel", "fully_marked", "012173") in serials
    converted = found["alarm-pistols-to-private-person"]["items"][0]
    assert "converted" in converted["record"]["flags"]
    barrels = found["firearm-words-latin"]["items"][1]
    assert (barrels["component"], barrels["quantity"]) == ("barrel", 2)


def test_steps_are_in_order_with_one_recorded_deviation(demo: StationSession) -> None:
    found = cases(demo)
    deviating = {s: [r for r in d["steps"] if r["deviations"]] for s, d in found.items()}
    assert [s for s, records in deviating.items() if records] == ["heavy-airsoft-pistols"]
    for record in deviating["heavy-airsoft-pistols"]:
        assert record["step"] in ("made_safe", "photograph_in_place")
        assert "made safe at once" in record["deviation_reason"]
    for doc in found.values():
        done = [r["done_at"] for r in doc["steps"]]
        assert done == sorted(done)
        assert doc["steps"][0]["step"] == "secure_scene"
        # Every step was typed in when, or after, it was done: never before.
        assert all(r["recorded_at"] >= r["done_at"] for r in doc["steps"])
    # Every case has its minimum steps; the signed-off one could be signed off.
    for case in seizures.list_cases(demo):
        assert sign_off_blockers(demo, case.id) == []


def test_packages_are_sealed_and_their_custody_has_no_gap(demo: StationSession) -> None:
    found = cases(demo)
    for scenario, doc in found.items():
        assert doc["packages"], scenario
        assert all(p["seals"] and p["holder"] for p in doc["packages"])
        assert custody.check_custody(demo, doc["case"]["id"]) == []
        transfers = [p["transfers"] for p in doc["packages"]]
        assert transfers == ([2, 2] if scenario == "firearm-words-latin"
                             else [1] * len(transfers))
    seals = [s["number"] for d in found.values() for p in d["packages"] for s in p["seals"]]
    assert len(seals) == len(set(seals))


def test_photos_are_generated_jpegs_linked_to_items_steps_and_packages(
        demo: StationSession) -> None:
    found = cases(demo)
    photos = [p for d in found.values() for p in d["photos"]]
    assert 6 <= len(photos) <= 12, "few photos: the demo stays fast"
    for photo in photos:
        data = original_bytes(demo, photo["id"])
        assert data.startswith(b"\xff\xd8") and hashlib.sha256(data).hexdigest() == \
            photo["sha256"]
        assert photo["exif"]["camera_make"] == "Canon" and photo["exif"]["gps_lat"]
        assert photo["caption"] and "{" not in photo["caption"]
    for doc in found.values():
        items = {i["id"] for i in doc["items"]}
        steps = {r["id"]: r["step"] for r in doc["steps"]}
        packages = {p["id"] for p in doc["packages"]}
        linked = doc["photos"]
        assert all(p["step"] in steps for p in linked if p["step"])
        assert all(p["item"] in items for p in linked if p["item"])
        assert all(p["package"] in packages for p in linked if p["package"])
        assert any(steps.get(p["step"]) == "photograph_in_place" for p in linked)
        # The markings name the camera files of the case's photos.
        names = {p["file_name"] for p in linked}
        refs = {m["photo"] for i in doc["items"] for m in i["markings"] if m.get("photo")}
        assert refs <= names
    assert any(p["package"] for p in photos)


def test_tracing_is_in_progress_in_one_case(demo: StationSession) -> None:
    found = cases(demo)
    requests = [r for d in found.values() for item in d["tracing"]
                for r in item["trace_requests"]]
    [request] = requests
    assert (request["country"], request["status"], request["answered"]) == (
        "AT", "acknowledged", False)
    checks = [c["registry_result"] for item in found["heavy-airsoft-pistols"]["tracing"]
              for c in item["registry_checks"]]
    assert checks == ["reported_stolen"]
    signed = found["firearm-words-latin"]
    assert [e["stage"] for e in signed["follow_up"]] == ["arrested"]
    history = [e["value"] for e in found["heavy-airsoft-pistols"]["history"]["fields"]
               if e["field"] == "criminal_context"]
    assert history == ["unknown", "organised_crime"], "learnt later, kept with its history"


def test_the_demo_passes_the_audit_check(demo: StationSession) -> None:
    assert audit.verify_station(demo) == []
    names = {p.name for p in seizure_tracing.list_persons(demo, "RS-BAT-2026-00001")}
    assert names


def test_nothing_of_the_cases_lies_after_now(tmp_path: Path) -> None:
    """Made on the morning of the demo's own day, the cases end by now (the newest
    declarations are lodged later that day)."""
    now = datetime(2026, 11, 28, 9, 30, tzinfo=ZONE)
    db = tmp_path / "demo.db"
    create_demo_station(db, today=TODAY, clock=FixedClock(now))
    with open_station(db, create=False) as session:
        documents = [seizures.case_document(session, c.id)
                     for c in seizures.list_cases(session)]
        assert len(documents) == 3
        limit = now.astimezone(UTC).isoformat()
        for doc in documents:
            stamps = [r["recorded_at"] for r in doc["steps"]]
            stamps += [e["at"] for e in doc["custody"]]
            stamps += [p["imported_at"] for p in doc["photos"]]
            assert all(_utc(s) <= _utc(limit) for s in stamps)
        assert audit.verify_station(session) == []


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# --------------------------------------------------------------------------- the file
def test_the_shipped_file_reads_and_fills_its_placeholders() -> None:
    plan = load_demo_seizures()
    assert [c.scenario for c in plan.cases] == [
        "firearm-words-latin", "heavy-airsoft-pistols", "alarm-pistols-to-private-person"]
    assert fill({"a": ["{driver} at {vehicle}", 3]}, {"driver": "Ana", "vehicle": "BG 1"}) \
        == {"a": ["Ana at BG 1", 3]}


def test_a_case_is_moved_earlier_when_its_day_would_end_after_the_last_moment() -> None:
    case = load_demo_seizures().cases[0]
    last = datetime(2026, 11, 28, 22, 59, tzinfo=UTC)
    early = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    assert plan_start(early, case, last) == early + timedelta(
        minutes=case.inspection.after_lodging)
    late = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    start = plan_start(late, case, last)
    assert start + timedelta(minutes=case.first_day()) == last
    # Entries days later (tracing) are kept on the last moment.
    assert act_moment(start, 4 * 24 * 60, last) == last


@pytest.mark.parametrize(("old", "new", "problem", "where"), [
    ("      - {identify: [1, 2, 3], at: 95}", "      - {identify: [1, 2], at: 95}",
     "step: item 3 is not identified yet", "      - {step: condition_recorded, items: [1, 2, 3]"),
    ("      - {seal: 1, numbers: [\"UC-RS 0412871\"]",
     "      - {seal: 7, numbers: [\"UC-RS 0412871\"]", "seal: refers to number 7", None),
    ("      - {follow_up: 1, stage: arrested",
     "      - {follow_up: 1, colour: red, stage: arrested", "colour: not a field", None),
    ("      - {tracing: registry_check, item: 2,",
     "      - {trace: registry_check, item: 2,", "trace: an act starts with one of", None),
    ("          - {file: IMG_3308.JPG,", "          - {file: IMG_3301.JPG,",
     "photos: photo file IMG_3301.JPG appears twice",
     "      - photos:\n          - {file: IMG_3308.JPG"),
])
def test_a_mistake_in_the_file_is_named_with_its_line(tmp_path: Path, old: str, new: str,
                                                      problem: str, where: str | None) -> None:
    shipped = Path(load_demo_seizures().path).read_text(encoding="utf-8")
    assert old in shipped
    broken = tmp_path / "seizures.yaml"
    broken.write_text(shipped.replace(old, new, 1), encoding="utf-8")
    line = shipped[:shipped.index(where or old)].count("\n") + 1
    with pytest.raises(DataFileError) as caught:
        load_demo_seizures(broken)
    assert f"seizures.yaml:{line}: {problem}" in str(caught.value)
