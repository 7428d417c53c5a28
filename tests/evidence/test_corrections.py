"""Corrections of packages, seals and custody events: the mistaken entry is kept, a new
entry refers to it with the reason, who and when; the chain check and the refusal rules
judge the current entries; the audit chain stays clean."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.audit import verify_station
from borderdesk.services.custody import (
    check_custody,
    create_package,
    custody_events,
    get_package,
    list_packages,
    seal_package,
    transfer,
)
from borderdesk.services.evidence_corrections import (
    correct_package,
    correct_seal,
    correct_transfer,
    withdraw_package,
    withdraw_seal,
    withdraw_transfer,
)
from borderdesk.services.evidence_steps import checklist_state, timeline
from borderdesk.services.station import StationSession
from tests.evidence.test_steps_support import at, packing_case_station, sealed

ME = "Ana Petrović"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[StationSession, str]]:
    session, number = packing_case_station(tmp_path / "station.db")
    with session:
        yield session, number


def _clean(session: StationSession) -> None:
    assert verify_station(session) == []


def _current(session: StationSession, number: str, step: str) -> list[str | None]:
    return sorted((r.item for r in timeline(session, number) if r.step == step and r.current),
                  key=str)


def test_a_transfer_to_the_wrong_person_is_corrected_and_the_chain_follows(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    transfer(session, package.label, ME, "Marko Jovic", "storage", "safe", at=at(20))
    fixed = correct_transfer(session, package.label, 1, received_by="Milan Ilić",
                             reason="the safe was handed to the shift leader, not Marko")
    assert fixed.event.received_by == "Milan Ilić" and fixed.later_problems == ()
    [correction] = fixed.event.corrections
    assert correction.previous == {"received_by": "Marko Jovic"}
    assert correction.reason.startswith("the safe was handed") and correction.recorded_by == ME
    # The refusal rules see the current holder: Marko no longer holds it.
    with pytest.raises(UserInputError, match="Milan Ilić holds the package"):
        transfer(session, package.label, "Marko Jovic", "Lab", "laboratory", "lab", at=at(30))
    transfer(session, package.label, "Milan Ilic", "Lab Clerk", "laboratory", "lab", at=at(30))
    assert check_custody(session, number) == []
    # The original stays as it was stored.
    stored = session.database.conn.execute(
        "SELECT received_by FROM custody_events WHERE seq = 1").fetchone()[0]
    assert stored == "Marko Jovic"
    _clean(session)


def test_a_correction_that_breaks_the_chain_at_its_own_event_is_refused(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    transfer(session, package.label, ME, "Marko Jović", "storage", "safe", at=at(20))
    with pytest.raises(UserInputError, match="holds the package"):
        correct_transfer(session, package.label, 1, released_by="Someone Else",
                         reason="typo")
    with pytest.raises(UserInputError, match="times never go backwards"):
        correct_transfer(session, package.label, 1, at=at(11), reason="wrong time")
    with pytest.raises(UserInputError, match="needs a reason"):
        correct_transfer(session, package.label, 1, place="office", reason="  ")
    with pytest.raises(UserInputError, match="nothing to correct"):
        correct_transfer(session, package.label, 1, place="safe", reason="same")
    assert session.database.conn.execute(
        "SELECT count(*) FROM evidence_corrections").fetchone()[0] == 0


def test_a_correction_that_leaves_a_later_event_out_of_line_says_so_until_fixed(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    transfer(session, package.label, ME, "Marko Jović", "storage", "safe", at=at(20))
    transfer(session, package.label, "Marko Jović", "Lab", "laboratory", "lab", at=at(30))
    fixed = correct_transfer(session, package.label, 1, received_by="Milan Ilić",
                             reason="Milan took it, not Marko")
    assert len(fixed.later_problems) == 1 and "event 2" in fixed.later_problems[0]
    assert [g.seq for g in check_custody(session, number)] == [2]
    correct_transfer(session, package.label, 2, released_by="Milan Ilić",
                     reason="follows the correction of event 1")
    assert check_custody(session, number) == []
    _clean(session)


def test_a_transfer_on_the_wrong_package_is_withdrawn_and_recorded_again(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    first = sealed(session, number)
    second = sealed(session, number, "RS 0002", item="2")
    transfer(session, first.label, ME, "Marko Jović", "storage", "safe", at=at(20))
    assert _current(session, number, "custody_started") == ["1"]
    withdrawn = withdraw_transfer(session, first.label, 1, reason="it was package P02")
    assert withdrawn.event.withdrawn
    assert get_package(session, first.label).holder == ME
    assert _current(session, number, "custody_started") == []
    transfer(session, second.label, ME, "Marko Jović", "storage", "safe", at=at(20))
    # The withdrawn event keeps its number: the next one on P01 is 2, and no gap is seen.
    event = transfer(session, first.label, ME, "Milan Ilić", "storage", "safe", at=at(25))
    assert event.seq == 2 and check_custody(session, number) == []
    shown = custody_events(session, first.label, include_withdrawn=True)
    assert [(e.seq, e.withdrawn) for e in shown] == [(1, True), (2, False)]
    assert [e.seq for e in custody_events(session, first.label)] == [2]
    assert _current(session, number, "custody_started") == ["1", "2"]
    _clean(session)


def test_a_wrong_seal_number_is_corrected_and_freed_for_its_real_package(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    first = sealed(session, number, "RS 0007")
    package = correct_seal(session, first.label, "rs-0007", number="RS 0001",
                           reason="7 was read for 1")
    [seal] = package.seals
    assert seal.number == "RS 0001" and seal.corrections[0].previous["seal_number"] == "RS 0007"
    second = create_package(session, number, ["2"], "firearm", at=at(10))
    seal_package(session, second.label, ["RS 0007"], at=at(12))  # the real seal 7
    with pytest.raises(UserInputError, match="already on package"):
        correct_seal(session, second.label, "RS 0007", number="RS-0001", reason="again")
    with pytest.raises(UserInputError, match="already on package"):
        seal_package(session, second.label, ["rs 0001"], at=at(13))
    _clean(session)


def test_a_seal_withdrawn_is_kept_and_the_last_seal_of_a_moved_package_stays(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    seal_package(session, package.label, ["RS 0002"], at=at(13))
    package = withdraw_seal(session, package.label, "RS 0002", reason="recorded twice")
    assert [s.number for s in package.seals] == ["RS 0001"]
    assert [s.number for s in package.withdrawn_seals] == ["RS 0002"]
    transfer(session, package.label, ME, "Marko Jović", "storage", "safe", at=at(20))
    with pytest.raises(UserInputError, match="last on package"):
        withdraw_seal(session, package.label, "RS 0001", reason="wrong")
    with pytest.raises(UserInputError, match="has no seal"):
        withdraw_seal(session, package.label, "RS 0002", reason="again")
    _clean(session)


def test_a_package_made_for_the_wrong_item_is_corrected_with_its_steps(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    assert _current(session, number, "packaging") == ["1"]
    fixed = correct_package(session, package.label, items=["2"], contents="revolver",
                            reason="the revolver is in this bag, not the pistol")
    assert fixed.items == ("2",) and fixed.contents == "revolver"
    assert fixed.corrections[0].previous == {"items": ["1"], "contents": "pistol"}
    assert _current(session, number, "packaging") == ["2"]
    assert _current(session, number, "seal_label") == ["2"]
    state = {(s.step, s.item): s.done for s in checklist_state(session, number)}
    assert state[("packaging", "2")] and not state[("packaging", "1")]
    with pytest.raises(UserInputError, match="has no item 9"):
        correct_package(session, package.label, items=["9"], reason="x")
    _clean(session)


def test_a_withdrawn_package_is_history_and_cannot_change_hands(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    transfer(session, package.label, ME, "Marko Jović", "storage", "safe", at=at(20))
    with pytest.raises(UserInputError, match="withdraw them first"):
        withdraw_package(session, package.label, reason="made twice")
    withdraw_transfer(session, package.label, 1, reason="made twice")
    withdraw_package(session, package.label, reason="made twice")
    assert list_packages(session, number) == []
    assert [p.withdrawn for p in list_packages(session, number, include_withdrawn=True)] == [
        True]
    assert _current(session, number, "packaging") == []
    with pytest.raises(UserInputError, match="was withdrawn"):
        transfer(session, package.label, ME, "Marko Jović", "storage", "safe", at=at(30))
    with pytest.raises(UserInputError, match="was withdrawn"):
        correct_package(session, package.label, contents="x", reason="x")
    _clean(session)


def test_a_correction_changed_with_plain_sqlite_is_named_by_audit_verify(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    correct_package(session, package.label, contents="pistol in a paper bag", reason="more")
    conn: sqlite3.Connection = session.database.conn
    conn.execute("DROP TRIGGER evidence_corrections_no_update")
    conn.execute("UPDATE evidence_corrections SET reason = 'nothing'")
    conn.commit()
    problems = verify_station(session)
    assert problems and "evidence_corrections" in " ".join(map(str, problems))
