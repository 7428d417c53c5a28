"""Keeping the watch list entry by entry: who and when, nothing lost, screening follows."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import UserInputError
from borderdesk.services.assessments import screen_stored, station_watchlist
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.services.watchlists import (
    add_watchlist_entry,
    edit_watchlist_entry,
    find_watchlist_entry,
    import_watchlist,
    remove_watchlist_entry,
    watchlist_entries,
    watchlist_threshold,
)
from tests.conftest import declaration


def _as(session: StationSession, actor: str, hour: int) -> StationSession:
    return replace(session, actor=actor,
                   clock=FixedClock(datetime(2026, 11, 28, hour, 0, tzinfo=UTC)))


def test_add_edit_remove_record_who_and_when_and_keep_every_row(
        session: StationSession) -> None:
    ana = _as(session, "ana", 8)
    added = add_watchlist_entry(ana, "person", "  Marko   Marković ", "seen 2025")
    assert (added.kind, added.name, added.note) == ("person", "Marko Marković", "seen 2025")
    assert (added.added_by, added.added_at) == ("ana", "2026-11-28T08:00:00.000Z")
    assert added.changed_at is None
    assert watchlist_threshold(session) == 90.0

    edited = edit_watchlist_entry(_as(session, "bojan", 9), added.id,
                                  note="seen 2026")
    assert edited.id != added.id
    assert (edited.added_by, edited.added_at) == ("ana", "2026-11-28T08:00:00.000Z")
    assert (edited.changed_by, edited.changed_at) == ("bojan", "2026-11-28T09:00:00.000Z")
    assert [e.note for e in watchlist_entries(session)] == ["seen 2026"]

    removed = remove_watchlist_entry(_as(session, "vesna", 10), edited.id)
    assert (removed.removed_by, removed.removed_at) == ("vesna", "2026-11-28T10:00:00.000Z")
    assert watchlist_entries(session) == []

    rows = session.database.query(
        "SELECT note, created_by, removed_by, replaces_ref IS NOT NULL FROM watchlist_entries"
        " ORDER BY rowid")
    assert [tuple(r) for r in rows] == [("seen 2025", "ana", "bojan", 0),
                                        ("seen 2026", "bojan", "vesna", 1)]
    log = session.database.query(
        "SELECT actor, entity, operation FROM change_log WHERE entity LIKE 'watchlist%'"
        " ORDER BY seq")
    assert [tuple(r) for r in log] == [
        ("ana", "watchlist", "create"), ("ana", "watchlist_entry", "create"),
        ("bojan", "watchlist_entry", "edit"), ("vesna", "watchlist_entry", "remove")]


def test_an_old_id_names_what_happened_to_the_entry(session: StationSession) -> None:
    first = add_watchlist_entry(_as(session, "ana", 8), "vehicle", "BG 1234 AB")
    second = edit_watchlist_entry(_as(session, "bojan", 9), first.id, name="BG 1234 AC")
    with pytest.raises(UserInputError, match=rf"edited by bojan .*current id is {second.id}"):
        find_watchlist_entry(session, first.id)
    remove_watchlist_entry(_as(session, "vesna", 10), second.id)
    with pytest.raises(UserInputError, match=r"removed by vesna at 2026-11-28T10:00:00"):
        remove_watchlist_entry(session, second.id)
    with pytest.raises(UserInputError, match=r"no watch-list entry has the id 'nope'"):
        edit_watchlist_entry(session, "nope", note="x")


def test_a_unique_id_prefix_is_enough_and_a_short_one_is_not(session: StationSession) -> None:
    entry = add_watchlist_entry(session, "company", "Balkan Trade d.o.o.")
    assert find_watchlist_entry(session, entry.id[:13]).id == entry.id
    with pytest.raises(UserInputError, match="no watch-list entry"):
        find_watchlist_entry(session, entry.id[:3])


@pytest.mark.parametrize(("kind", "name", "message"), [
    ("boat", "Sea Wolf", "unknown kind 'boat'"),
    ("person", " - ", "the name is empty"),
    ("vehicle", "--", "the plate is empty"),
    ("person", "MARKO markovic", "the same person is already listed"),
    ("vehicle", "bg-1234-ab", "the same vehicle is already listed"),
])
def test_bad_or_repeated_entries_are_refused_in_plain_words(
        session: StationSession, kind: str, name: str, message: str) -> None:
    add_watchlist_entry(session, "person", "Marko Marković")
    add_watchlist_entry(session, "vehicle", "BG 1234 AB")
    with pytest.raises(UserInputError, match=message):
        add_watchlist_entry(session, kind, name)
    assert len(watchlist_entries(session)) == 2


def test_editing_without_a_change_writes_nothing(session: StationSession) -> None:
    entry = add_watchlist_entry(session, "person", "Marko Marković", "n")
    assert edit_watchlist_entry(session, entry.id, note="n") == entry
    assert len(session.database.query("SELECT id FROM watchlist_entries")) == 1


def test_an_entry_row_cannot_be_changed_or_deleted_behind_the_services_back(
        session: StationSession) -> None:
    entry = add_watchlist_entry(session, "person", "Marko Marković")
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        session.database.conn.execute("UPDATE watchlist_entries SET name = 'x' WHERE id = ?",
                                      (entry.id,))
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        session.database.conn.execute("DELETE FROM watchlist_entries")


def test_imported_entries_carry_who_imported_them_and_edits_follow(
        session: StationSession, tmp_path: Path) -> None:
    listed = tmp_path / "watch.csv"
    listed.write_text("kind,name_or_plate,note\nperson,Petar Petrović,x\n", encoding="utf-8")
    import_watchlist(_as(session, "ana", 8), listed)
    (entry,) = watchlist_entries(session)
    assert (entry.added_by, entry.source_line) == ("ana", 2)
    import_watchlist(_as(session, "bojan", 9), listed)
    removed = session.database.query_one(
        "SELECT removed_by FROM watchlist_entries WHERE id = ?", (entry.id,))
    assert removed is not None and removed[0] == "bojan"


def test_screening_follows_added_edited_and_removed_entries(
        session: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration("W-1")])])

    def lane_and_rules() -> tuple[str, list[str]]:
        (assessment,) = screen_stored(session).assessments
        return assessment.lane.value, [hit.rule for hit in assessment.hits]

    assert lane_and_rules() == ("green", [])
    entry = add_watchlist_entry(session, "vehicle", "bg-1234-ab", "stolen plates")
    assert lane_and_rules() == ("red", ["FA-06"])
    watch = station_watchlist(session)
    assert watch is not None
    edited = edit_watchlist_entry(session, entry.id, name="NS 999 ZZ")
    assert lane_and_rules() == ("green", [])
    edit_watchlist_entry(session, edited.id, name="BG-1234-AB")
    assert lane_and_rules()[1] == ["FA-06"]
    remove_watchlist_entry(session, watchlist_entries(session)[0].id)
    assert lane_and_rules() == ("green", [])
