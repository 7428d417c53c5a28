"""Steps per item asked by the item's kind: a group of rounds or parts has no condition
before making safe and is not made safe, so those steps are neither listed nor demanded
for it, and recording one as done for it is refused in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.custody import create_package
from borderdesk.services.evidence_steps import (
    checklist_state,
    record_step,
    resolve_case,
    sign_off_blockers,
    timeline,
)
from borderdesk.services.seizures import add_ammunition_group, add_part_group
from borderdesk.services.station import StationSession
from tests.evidence.helpers import record_minimum_evidence
from tests.evidence.test_steps_support import MovingClock, at, open_case_station


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[StationSession, str]]:
    """Items 1 and 2 are firearms, 3 a group of rounds, 4 a group of parts."""
    clock = MovingClock()
    clock.advance(120)  # the steps below happened in the last two hours
    session, number = open_case_station(tmp_path / "station.db", clock)
    with session:
        case_id = resolve_case(session.database.conn, number).id
        add_ammunition_group(session, case_id, "9x19mm", 15, "rounds from item 1")
        add_part_group(session, case_id, "magazine", 2, "spare magazines")
        yield session, number


def _items_of(session: StationSession, number: str, step: str) -> list[str | None]:
    return [line.item for line in checklist_state(session, number) if line.step == step]


def test_the_checklist_asks_the_condition_and_making_safe_of_firearms_only(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    assert _items_of(session, number, "condition_recorded") == ["1", "2"]
    assert _items_of(session, number, "made_safe") == ["1", "2"]
    assert _items_of(session, number, "packaging") == ["1", "2", "3", "4"]
    blockers = sign_off_blockers(session, number)
    assert any("'Made safe by the qualified person' is not recorded for item 2" in b
               for b in blockers)
    assert not any("item 3" in b and "Made safe" in b for b in blockers)
    assert not any("item 4" in b and "condition" in b for b in blockers)


def test_a_case_with_rounds_and_parts_signs_off_without_making_them_safe(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    record_minimum_evidence(session, number, ["1", "2", "3", "4"])
    assert sign_off_blockers(session, number) == []


@pytest.mark.parametrize(("step", "item", "kind"), [
    ("made_safe", "3", "a group of rounds"),
    ("condition_recorded", "4", "a group of parts"),
])
def test_recording_a_firearm_step_for_a_group_is_refused_in_words(
        case: tuple[StationSession, str], step: str, item: str, kind: str) -> None:
    session, number = case
    with pytest.raises(UserInputError) as refused:
        record_step(session, number, step, {"qualified_person": "Igor Ilić", "loaded": "no"},
                    item=item, at=at(20))
    assert f"is not asked for item {item} ({kind}): it applies to firearms only" in str(
        refused.value)
    assert timeline(session, number) == []


def test_a_not_applicable_record_for_a_group_is_kept_and_changes_nothing(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    record = record_step(session, number, "made_safe", {}, item="3", at=at(20),
                         not_applicable="loose rounds: nothing to make safe")
    assert record.not_applicable == "loose rounds: nothing to make safe"
    assert _items_of(session, number, "made_safe") == ["1", "2"]


def test_packing_rounds_asks_no_making_safe_first(case: tuple[StationSession, str]) -> None:
    session, number = case
    record_step(session, number, "secure_scene", {
        "discovered_at": at(5), "place": "lane 2", "officers_present": ["Ana Petrović"]},
        at=at(5))
    record_step(session, number, "photograph_in_place", {"views": ["wide"]}, at=at(10))
    record_step(session, number, "identification", {"identification": "box"}, item="3",
                at=at(40))
    record_step(session, number, "forensic_requests", {"requests": "none"}, item="3",
                at=at(41))
    package = create_package(session, number, ["3"], "ammunition", at=at(45))
    [record] = [r for r in timeline(session, number) if r.step == "packaging"]
    assert record.deviations == () and package.items == ("3",)
