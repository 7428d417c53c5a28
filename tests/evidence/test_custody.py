"""Packages, seals and the chain of custody: labels, one package per seal number,
transfers refused when they would leave a gap, and gaps found in stored chains."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.errors import UserInputError
from borderdesk.evidence.custody import CustodyFact, SealFact, walk_chain
from borderdesk.evidence.steps import default_steps
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
from borderdesk.services.evidence_steps import timeline
from borderdesk.services.station import StationSession
from tests.evidence.test_steps_support import at, packing_case_station, sealed


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[StationSession, str]]:
    session, number = packing_case_station(tmp_path / "station.db")
    with session:
        yield session, number


def _events(session: StationSession) -> int:
    return int(session.database.conn.execute("SELECT count(*) FROM custody_events")
               .fetchone()[0])


def test_packages_get_labels_and_record_the_packaging_and_seal_steps(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    first = create_package(session, number, ["1"], "firearm", "pistol M57", at=at(10))
    rounds = create_package(session, number, ["1", "1"], "ammunition", "8 rounds 7.62x25",
                            at=at(11))
    assert (first.label, rounds.label) == (f"{number}-P01", f"{number}-P02")
    assert rounds.items == ("1",) and first.holder is None and not first.seals
    sealed = seal_package(session, rounds.label, ["RS 0002", "RS 0003"], at=at(12),
                          by="Marko Jović")
    assert [s.number for s in sealed.seals] == ["RS 0002", "RS 0003"]
    assert sealed.holder == "Marko Jović"  # the sealing officer holds it first
    steps = [(r.step, r.item, r.fields.get("package")) for r in timeline(session, number)
             if r.package_id]
    assert steps == [("packaging", "1", first.label), ("packaging", "1", rounds.label),
                     ("seal_label", "1", rounds.label)]
    assert [p.label for p in list_packages(session, number)] == [first.label, rounds.label]
    assert get_package(session, rounds.label.lower()).id == rounds.id


@pytest.mark.parametrize(("items", "kind", "expected"), [
    ([], "firearm", "say which item the package holds"),
    (["1"], "box", "'box' is not a kind of package"),
])
def test_a_package_needs_an_item_and_a_known_kind(case: tuple[StationSession, str],
                                                  items: list[str], kind: str,
                                                  expected: str) -> None:
    session, number = case
    with pytest.raises(UserInputError, match=expected):
        create_package(session, number, items, kind)
    assert list_packages(session, number) == []


def test_a_seal_number_belongs_to_one_package(case: tuple[StationSession, str]) -> None:
    session, number = case
    first = sealed(session, number, "RS 0001")
    other = create_package(session, number, ["2"], "firearm", at=at(13))
    with pytest.raises(UserInputError,
                       match=f"seal number rs-0001 is already on package {first.label}"):
        seal_package(session, other.label, ["rs-0001"], at=at(14))
    with pytest.raises(UserInputError, match="given twice"):
        seal_package(session, other.label, ["RS 9", "rs9"], at=at(14))
    assert get_package(session, other.label).seals == ()
    # the same package may carry the number again (e.g. recorded for its second item)
    again = seal_package(session, first.label, ["RS 0001"], at=at(15))
    assert [s.number for s in again.seals] == ["RS 0001", "RS 0001"]
    # whatever writes: the database itself refuses a seal number of another package
    with pytest.raises(sqlite3.IntegrityError, match="a seal number belongs to one package"):
        session.database.conn.execute(
            "INSERT INTO evidence_seals (id, station_id, created_at, updated_at, created_by,"
            " package_ref, seal_number, seal_key, sealed_at, sealed_by) VALUES"
            " ('x', 's', 't', 't', 'me', ?, 'RS 0001', 'rs0001', 't', 'me')", (other.id,))


def test_a_package_is_not_sealed_before_it_was_made(case: tuple[StationSession, str]) -> None:
    session, number = case
    package = create_package(session, number, ["1"], "firearm", at=at(10))
    with pytest.raises(UserInputError, match=r"before package .* was made"):
        seal_package(session, package.label, ["RS 1"], at=at(9))


def test_a_good_chain_names_both_parties_and_folds_names(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    first = transfer(session, package.label, "ana petrovic", "Marko Jović", "transport",
                     "Batrovci", at=at(20), note="sealed box, intact")
    second = transfer(session, package.id, "Marko Jovic", "Лаб Нови Сад", "laboratory",
                      "Novi Sad forensic lab", at=at(90))
    assert (first.seq, second.seq) == (1, 2)
    assert get_package(session, package.label).holder == "Лаб Нови Сад"
    assert [e.id for e in custody_events(session, number)] == [first.id, second.id]
    assert [e.id for e in custody_events(session, package.label)] == [first.id, second.id]
    custody_steps = [r for r in timeline(session, number) if r.step == "custody_started"]
    assert len(custody_steps) == 1 and custody_steps[0].fields["received_by"] == "Marko Jović"
    assert check_custody(session) == [] and verify_station(session) == []


@pytest.mark.parametrize(("released", "received", "purpose", "minutes", "expected"), [
    ("Marko Jović", "Jelena Savić", "transport", 20,
     "released by Marko Jović, but Ana Petrović holds the package"),
    ("Ana Petrović", "ANA PETROVIC", "transport", 20, "released and received by the same"),
    ("Ana Petrović", "Marko Jović", "transport", 11, "times never go backwards"),
    ("Ana Petrović", "Marko Jović", "holiday", 20, "'holiday' is not a custody purpose"),
    ("Ana Petrović", " ", "transport", 20, "both parties must be named"),
])
def test_a_transfer_that_leaves_a_gap_is_refused_in_words(
        case: tuple[StationSession, str], released: str, received: str, purpose: str,
        minutes: int, expected: str) -> None:
    session, number = case
    package = sealed(session, number)
    with pytest.raises(UserInputError) as refused:
        transfer(session, package.label, released, received, purpose, "Batrovci",
                 at=at(minutes))
    assert expected in str(refused.value)
    assert _events(session) == 0


def test_nothing_follows_a_return_or_disposal(case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    transfer(session, package.label, "Ana Petrović", "Owner Name", "return", "Batrovci",
             at=at(20))
    assert get_package(session, package.label).closed
    with pytest.raises(UserInputError, match="closed by 'Return to the owner'"):
        transfer(session, package.label, "Owner Name", "Ana Petrović", "storage", "x",
                 at=at(30))


def test_an_unsealed_package_cannot_change_hands(case: tuple[StationSession, str]) -> None:
    session, number = case
    package = create_package(session, number, ["1"], "firearm", at=at(10))
    with pytest.raises(UserInputError, match="not sealed yet: seal it first"):
        transfer(session, package.label, "Ana Petrović", "Marko Jović", "transport", "x")
    with pytest.raises(UserInputError, match="there is no package"):
        transfer(session, "P99", "Ana Petrović", "Marko Jović", "transport", "x")


def test_custody_goes_on_after_sign_off_but_packages_need_a_reason(
        case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    with session.database.transaction() as conn:
        conn.execute("UPDATE seizure_cases SET status = 'signed_off'")
    transfer(session, package.label, "Ana Petrović", "Court clerk", "court", "Basic court",
             at=at(60))
    with pytest.raises(UserInputError, match="signed off"):
        create_package(session, number, ["2"], "firearm")
    later = create_package(session, number, ["2"], "firearm",
                           reason="second pistol found in the spare wheel")
    assert later.label.endswith("-P02")


def _tamper(session: StationSession, *statements: str) -> None:
    path = session.path
    assert path is not None
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER IF EXISTS custody_events_no_update")
    raw.execute("DROP TRIGGER IF EXISTS custody_events_no_delete")
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()


def test_gaps_in_stored_chains_are_found(case: tuple[StationSession, str]) -> None:
    session, number = case
    package = sealed(session, number)
    for released, received, minute in (("Ana Petrović", "Marko Jović", 20),
                                       ("Marko Jović", "Lab", 30),
                                       ("Lab", "Evidence store", 40)):
        transfer(session, package.label, released, received, "storage", "x", at=at(minute))
    _tamper(session, "UPDATE custody_events SET released_by = 'Nobody' WHERE seq = 3",
            "DELETE FROM custody_events WHERE seq = 2",
            "UPDATE custody_events SET occurred_at = '2026-11-28T07:00:00.000Z' WHERE seq = 1")
    gaps = [str(g) for g in check_custody(session, number)]
    label = package.label
    assert gaps == [
        f"package {label}, event 1: at 2026-11-28 07:00, before the previous entry of the "
        "chain (2026-11-28 08:12); times never go backwards",
        f"package {label}, event 3: events 2 are missing before this one",
        f"package {label}, event 3: released by Nobody, but Marko Jović holds the package "
        "(since 2026-11-28 08:12); each transfer starts with whoever holds it"]
    assert len(verify_station(session)) == 3  # the audit chain names the same three records


purposes = default_steps().custody_purposes
names = st.sampled_from(["Ana", "Marko", "Jelena", "Igor", "Lab", "Store"])


@given(st.lists(st.tuples(names, st.sampled_from(["transport", "laboratory", "storage",
                                                  "court"]), st.integers(0, 30)),
                max_size=12))
def test_a_chain_built_hand_to_hand_has_no_gaps(steps: list[tuple[str, str, int]]) -> None:
    holder, minute, events = "Ana", 0, []
    for seq, (receiver, purpose, wait) in enumerate(
            [(r, p, w) for r, p, w in steps], start=1):
        target = receiver if receiver != holder else receiver + " B"
        minute += wait
        events.append(CustodyFact(seq, f"2026-11-28T{8 + minute // 60:02d}:{minute % 60:02d}",
                                  holder, target, purpose))
        holder = target
    state, problems = walk_chain([SealFact("S1", "2026-11-28T08:00", "Ana")], events, purposes)
    assert problems == [] and state is not None and state.holder == holder
