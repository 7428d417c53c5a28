"""Recording evidence steps: who and when, fields checked, order rules and deviations,
corrections as new records, the sign-off lock, what blocks sign-off, and the audit chain."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.audit import verify_station
from borderdesk.services.custody import create_package, seal_package, transfer
from borderdesk.services.evidence_steps import (
    OrderRuleError,
    checklist_state,
    correct_step,
    get_step,
    record_step,
    sign_off_blockers,
    timeline,
)
from borderdesk.services.station import StationSession
from borderdesk.store import audit_repo
from borderdesk.store.changelog import read_changes
from tests.evidence.test_steps_support import MovingClock, at, open_case_station

SCENE = {"discovered_at": at(5), "place": "lane 2, truck cab",
         "officers_present": ["Ana Petrović", "Marko Jović"]}


@pytest.fixture
def clock() -> MovingClock:
    moving = MovingClock()
    moving.advance(120)  # the officer types the steps in two hours after the find
    return moving


@pytest.fixture
def case(tmp_path: Path, clock: MovingClock) -> Iterator[tuple[StationSession, str]]:
    session, number = open_case_station(tmp_path / "station.db", clock)
    with session:
        yield session, number


def _count(session: StationSession) -> int:
    return int(session.database.conn.execute("SELECT count(*) FROM evidence_steps").fetchone()[0])


def _sign_off(session: StationSession, number: str) -> None:
    # The seizure record's sign-off (another part of issue 6) sets this status.
    with session.database.transaction() as conn:
        conn.execute("UPDATE seizure_cases SET status = 'signed_off' WHERE case_number = ?",
                     (number,))


def _in_order(session: StationSession, number: str, item: str = "1") -> None:
    record_step(session, number, "secure_scene", SCENE, at=at(5))
    record_step(session, number, "qualified_person", {
        "name": "Igor Ilić", "qualification": "police armourer", "requested_at": at(6),
        "arrived_at": at(25)}, at=at(6))
    record_step(session, number, "photograph_in_place", {"views": ["wide", "middle",
                                                                   "close_up"]}, at=at(10))
    record_step(session, number, "condition_recorded", {
        "loaded": "yes", "round_in_chamber": "yes", "hammer": "cocked",
        "magazine_inserted": "yes"}, item=item, at=at(12))
    record_step(session, number, "made_safe", {
        "qualified_person": "Igor Ilić", "rounds_chamber": "1", "rounds_magazine": "7",
        "rounds_packed_separately": "yes"}, item=item, at=at(30), by="Igor Ilić")


def test_a_step_keeps_who_did_it_when_and_its_fields_in_stored_form(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    _in_order(session, number)
    made_safe = next(r for r in timeline(session, number) if r.step == "made_safe")
    assert made_safe.done_by == "Igor Ilić" and made_safe.recorded_by == "Ana Petrović"
    assert made_safe.done_at.isoformat() == "2026-11-28T08:30:00+00:00"
    assert made_safe.recorded_at.isoformat() == "2026-11-28T10:00:00+00:00"
    assert made_safe.fields == {"qualified_person": "Igor Ilić", "rounds_chamber": 1,
                                "rounds_magazine": 7, "rounds_packed_separately": "yes"}
    scene = next(r for r in timeline(session, number) if r.step == "secure_scene")
    assert scene.fields["discovered_at"] == "2026-11-28T08:05:00.000Z"
    assert [r.number for r in timeline(session, number)] == [1, 2, 3, 4, 6]


@pytest.mark.parametrize(("step", "fields", "item", "expected"), [
    ("secure_scene", {"place": "lane 2"}, None, "Time of discovery (discovered_at) is required"),
    ("secure_scene", {**SCENE, "weather": "rain"}, None, "there is no field 'weather'"),
    ("secure_scene", {**SCENE, "discovered_at": "yesterday"}, None,
     "discovered_at: 'yesterday' is not a time"),
    ("secure_scene", {**SCENE, "discovered_at": "2026-11-28T11:00"}, None,
     "discovered_at: 2026-11-28T11:00 is in the future"),
    ("condition_recorded", {"loaded": "maybe"}, "1",
     "loaded: 'maybe' is not one of: yes, no, unknown"),
    ("photograph_in_place", {"views": ["wide", "aerial"]}, None,
     "views: 'aerial' is not one of: wide, middle, close_up"),
    ("photograph_in_place", {"views": "wide", "photo_count": "2.5"}, None,
     "photo_count: must be a whole number"),
    ("careful_handling", {"gloves": "yes", "handlers": " "}, None,
     "handlers: give at least one value"),
    ("qualified_person", {"name": "12345", "qualification": "x", "requested_at": at(1)}, None,
     "name: '12345' is not a person's name"),
    ("condition_recorded", {"loaded": "yes"}, None, "is recorded per item: say which item"),
    ("secure_scene", SCENE, "1", "is recorded for the case as a whole"),
    ("packaging", {"package": "P1"}, "1", "is recorded with the package"),
    ("unpacking", {}, None, "there is no evidence step 'unpacking'"),
])
def test_bad_fields_are_refused_in_words_and_nothing_is_stored(
        case: tuple[StationSession, str], step: str, fields: dict[str, object],
        item: str | None, expected: str) -> None:
    session, number = case
    with pytest.raises(UserInputError) as refused:
        record_step(session, number, step, fields, item=item)  # type: ignore[arg-type]
    assert expected in str(refused.value)
    assert _count(session) == 0


def test_a_time_of_the_act_in_the_future_is_refused(case: tuple[StationSession, str]) -> None:
    session, number = case
    with pytest.raises(UserInputError, match="in the future; record the real time"):
        record_step(session, number, "secure_scene", SCENE, at="2026-11-28T10:01")
    record_step(session, number, "secure_scene", SCENE, at="2026-11-28T09:30+01:00")
    assert timeline(session, number)[0].done_at.isoformat() == "2026-11-28T08:30:00+00:00"


def test_breaking_an_order_rule_needs_a_deviation_reason_kept_with_the_record(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    record_step(session, number, "secure_scene", SCENE, at=at(5))
    record_step(session, number, "qualified_person", {
        "name": "Igor Ilić", "qualification": "armourer", "requested_at": at(6)}, at=at(6))
    record_step(session, number, "condition_recorded", {"loaded": "yes"}, item="1", at=at(8))
    with pytest.raises(OrderRuleError) as refused:
        record_step(session, number, "made_safe", {"qualified_person": "Igor Ilić"},
                    item="1", at=at(9))
    assert [m.split("'")[1] for m in refused.value.messages] == [
        "Photograph in place before anything moves"]
    assert "making safe moves the item" in str(refused.value)
    assert _count(session) == 3
    made_safe = record_step(session, number, "made_safe", {"qualified_person": "Igor Ilić"},
                            item="1", at=at(9),
                            deviation_reason="driver reached for it; made safe at once")
    assert made_safe.deviation_reason == "driver reached for it; made safe at once"
    assert len(made_safe.deviations) == 1 and "photographed in place" in made_safe.deviations[0]
    # photographing afterwards is itself out of order (an item was already moved)
    with pytest.raises(OrderRuleError, match="was already done"):
        record_step(session, number, "photograph_in_place", {"views": "wide"}, at=at(15))
    entry = audit_repo.entries(session.database.conn, entity="evidence_steps",
                               entity_id=made_safe.id)[-1]
    assert entry.reason == "driver reached for it; made safe at once"


def test_a_step_done_once_is_corrected_not_recorded_again(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    first = record_step(session, number, "secure_scene", SCENE, at=at(5))
    with pytest.raises(UserInputError, match=r"already recorded .* correct that record"):
        record_step(session, number, "secure_scene", SCENE, at=at(6))
    with pytest.raises(UserInputError, match="a correction needs a reason"):
        correct_step(session, first.id, {"place": "lane 3"}, reason="  ")
    fixed = correct_step(session, first.id[:20], {"place": "lane 3, trailer"},
                         reason="wrong lane written")
    assert fixed.corrects == first.id and fixed.amendment_reason == "wrong lane written"
    assert fixed.fields["place"] == "lane 3, trailer"
    assert fixed.fields["officers_present"] == SCENE["officers_present"]  # kept
    assert fixed.done_at == first.done_at
    old = get_step(session, first.id)
    assert old.corrected_by == fixed.id and not old.current and old.fields["place"] == SCENE[
        "place"]
    with pytest.raises(UserInputError, match="already corrected by"):
        correct_step(session, first.id, {"place": "lane 4"}, reason="again")
    assert [(r.id, r.current) for r in timeline(session, number)] == [
        (first.id, False), (fixed.id, True)]


def test_a_withdrawn_record_no_longer_counts(case: tuple[StationSession, str]) -> None:
    session, number = case
    scene = record_step(session, number, "secure_scene", SCENE, at=at(5))
    wrong = record_step(session, number, "condition_recorded", {"loaded": "no"}, item="2",
                        at=at(8))
    gone = correct_step(session, wrong.id, {}, reason="recorded against the wrong item",
                        withdraw=True)
    assert gone.withdrawn and not gone.current and not get_step(session, wrong.id).current
    assert [r.id for r in timeline(session, number) if r.current] == [scene.id]


def test_a_correction_that_moves_a_step_out_of_order_needs_a_deviation(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    _in_order(session, number)
    photo = next(r for r in timeline(session, number) if r.step == "photograph_in_place")
    with pytest.raises(OrderRuleError):
        correct_step(session, photo.id, {}, at=at(40), reason="the photos were taken at 08:40")
    moved = correct_step(session, photo.id, {}, at=at(40), reason="photos taken at 08:40",
                         deviation_reason="camera battery was flat")
    assert moved.deviations and moved.done_at.isoformat() == "2026-11-28T08:40:00+00:00"


def test_a_step_that_does_not_apply_is_recorded_with_why(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    record = record_step(session, number, "digital_items", {},
                         not_applicable="no phones or GPS units in the truck")
    assert record.not_applicable == "no phones or GPS units in the truck"


def test_after_sign_off_every_step_needs_a_reason_kept_as_an_amendment(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    _in_order(session, number)
    _sign_off(session, number)
    with pytest.raises(UserInputError, match="signed off: a change needs a reason"):
        record_step(session, number, "storage", {"place": "safe", "access": "chief"})
    stored = record_step(session, number, "storage", {"place": "safe", "access": "chief"},
                         reason="storage was recorded late")
    assert stored.amendment_reason == "storage was recorded late"
    entry = audit_repo.entries(session.database.conn, entity="evidence_steps",
                               entity_id=stored.id)[-1]
    assert entry.reason == "storage was recorded late"


def test_sign_off_is_blocked_until_the_minimum_steps_are_done(
        case: tuple[StationSession, str], clock: MovingClock) -> None:
    session, number = case
    assert "evidence step 1 'Stop and secure the scene' is not recorded" in sign_off_blockers(
        session, number)
    _in_order(session, number, "1")
    _in_order_item(session, number, "2")
    blockers = sign_off_blockers(session, number)
    assert "evidence step 7 'Identify from the item itself' is not recorded for item 2" in \
        blockers
    assert not any("step 4 " in b for b in blockers)
    for item in ("1", "2"):
        record_step(session, number, "identification", {"identification": f"id-{item}"},
                    item=item, at=at(40))
        record_step(session, number, "forensic_requests", {"requests": "fingerprints"},
                    item=item, at=at(41))
        package = create_package(session, number, [item], "firearm", at=at(45))
        seal_package(session, package.label, [f"RS-{item}0001"], at=at(46))
        transfer(session, package.label, "Ana Petrović", "Marko Jović", "storage",
                 "station safe", at=at(50))
    assert sign_off_blockers(session, number) == [
        "evidence step 14 'Notify and hand over to the investigator or prosecutor' is not "
        "recorded"]
    record_step(session, number, "notification", {"notified": "prosecutor",
                                                  "name": "Jelena Savić"}, at=at(60))
    assert sign_off_blockers(session, number) == []
    state = {(s.step, s.item): s.done for s in checklist_state(session, number)}
    assert state[("made_safe", "2")] and not state[("feedback", None)]


def _in_order_item(session: StationSession, number: str, item: str) -> None:
    record_step(session, number, "condition_recorded", {"loaded": "no"}, item=item, at=at(13))
    record_step(session, number, "made_safe", {"qualified_person": "Igor Ilić"}, item=item,
                at=at(31))


def test_a_realistic_case_verifies_and_plain_sqlite_edits_are_named(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    _in_order(session, number)
    record_step(session, number, "identification", {"identification": "id-1"}, item="1",
                at=at(40))
    record_step(session, number, "forensic_requests", {"requests": ["fingerprints", "dna"]},
                item="1", at=at(41))
    package = create_package(session, number, ["1"], "firearm", "pistol M70", at=at(45))
    seal_package(session, package.label, ["RS 000123"], at=at(46))
    transfer(session, package.label, "Ana Petrović", "Marko Jović", "transport", "Batrovci",
             at=at(50))
    assert verify_station(session) == []
    changes = {c.entity for c in read_changes(session.database.conn)}
    assert {"evidence_step", "evidence_package", "evidence_seal", "custody_event"} <= changes

    made_safe = next(r for r in timeline(session, number) if r.step == "made_safe")
    path = session.path
    assert path is not None
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER evidence_steps_no_update")
    raw.execute("UPDATE evidence_steps SET done_by = 'Someone Else' WHERE id = ?",
                (made_safe.id,))
    raw.commit()
    raw.close()
    assert [str(p) for p in verify_station(session)] == [
        f"evidence_steps record {made_safe.id}: changed outside borderdesk since audit entry "
        f"{_entry_of(session, made_safe.id)}"]


def _entry_of(session: StationSession, record_id: str) -> int:
    return audit_repo.entries(session.database.conn, entity="evidence_steps",
                              entity_id=record_id)[-1].seq
