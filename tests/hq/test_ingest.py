"""Pushing a real station's change log and audit chain to HQ, on both engines."""

from __future__ import annotations

import copy
import threading
from typing import Any

from borderdesk.hq.blobs import put_chunk
from borderdesk.hq.database import HqDatabase
from borderdesk.hq.ingest import PushOutcome, apply_push, records
from borderdesk.hq.messages import messages_after
from borderdesk.hq.status import conflicts, station_status
from tests.hq.station_data import NOW, Enrolled, StationData


def _push(db: HqDatabase, enrolled: Enrolled, stream: str, items: list[dict[str, Any]],
          *, head: int | None = None, from_seq: int | None = None) -> PushOutcome:
    first = from_seq if from_seq is not None else items[0]["seq"]
    return apply_push(db, enrolled.station_id, stream=stream, from_seq=first,
                      head_seq=head if head is not None else items[-1]["seq"] if items else 0,
                      items=items, now=NOW)


def _stored(db: HqDatabase, stream: str) -> list[tuple[Any, ...]]:
    with db.transaction(write=False) as tx:
        return tx.execute("SELECT seq, sha256, item FROM hq_items WHERE stream = ?"
                          " ORDER BY seq", (stream,))


def _upload(db: HqDatabase, station: StationData) -> None:
    for sha, data in station.photos.items():
        put_chunk(db, sha, offset=0, size=len(data), data=data)


def test_a_batch_sent_twice_changes_nothing_and_overlaps_are_skipped(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    items = station_data.change_items()
    assert len(items) >= 6
    assert _push(hq_db, enrolled, "changes", items[:4]) == PushOutcome("ok", 4)
    before = _stored(hq_db, "changes")
    assert _push(hq_db, enrolled, "changes", items[:4]) == PushOutcome("ok", 4)
    assert _stored(hq_db, "changes") == before
    # The station resends from an older point with new items after: only those are new.
    assert _push(hq_db, enrolled, "changes", items[2:]).acked == len(items)
    assert [row[0] for row in _stored(hq_db, "changes")] == list(range(1, len(items) + 1))
    assert station_status(hq_db, enrolled.station_id)["streams"]["changes"] == \
        {"acked": len(items), "head": len(items), "missing": []}


def test_a_changed_item_is_refused_kept_as_a_conflict_and_reported_to_the_station(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    items = station_data.change_items()
    _push(hq_db, enrolled, "changes", items[:5])
    altered = copy.deepcopy(items[3:7])
    altered[0]["detail"] = {"name": "changed afterwards"}
    outcome = _push(hq_db, enrolled, "changes", altered)
    assert (outcome.kind, outcome.acked, outcome.seqs) == ("conflict", 5, (4,))
    assert [row[0] for row in _stored(hq_db, "changes")] == [1, 2, 3, 4, 5]  # 6, 7 not taken
    [kept] = conflicts(hq_db)
    assert (kept.station_name, kept.stream, kept.seq) == ("Batrovci", "changes", 4)
    assert kept.received_item == altered[0] and kept.stored_sha256 != kept.received_sha256
    [message] = messages_after(hq_db, enrolled.station_id, 0)
    assert message["kind"] == "refusal" and "changes item 4" in message["text"]
    assert (message["entity"], message["entity_id"]) == (altered[0]["entity"],
                                                         altered[0]["entity_id"])
    # The same refused batch again: refused again, but kept and reported once.
    assert _push(hq_db, enrolled, "changes", altered).kind == "conflict"
    assert len(conflicts(hq_db)) == 1 and len(messages_after(hq_db, enrolled.station_id, 0)) == 1


def test_a_gap_is_refused_and_the_missing_range_reported(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    items = station_data.change_items()
    _push(hq_db, enrolled, "changes", items[:2])
    outcome = _push(hq_db, enrolled, "changes", items[4:6], head=len(items))
    assert (outcome.kind, outcome.acked) == ("gap", 2)
    assert [row[0] for row in _stored(hq_db, "changes")] == [1, 2]
    assert station_status(hq_db, enrolled.station_id)["streams"]["changes"] == \
        {"acked": 2, "head": len(items), "missing": [[3, len(items)]]}
    assert _push(hq_db, enrolled, "changes", items[2:]).acked == len(items)


def test_malformed_batches_are_refused_whole(hq_db: HqDatabase, enrolled: Enrolled,
                                            station_data: StationData) -> None:
    items = station_data.change_items()
    holed = [items[0], items[2]]
    assert _push(hq_db, enrolled, "changes", holed).kind == "malformed"
    assert _push(hq_db, enrolled, "changes", items[:2], from_seq=2).kind == "malformed"
    assert _push(hq_db, enrolled, "photos", items[:2]).kind == "malformed"
    assert _stored(hq_db, "changes") == []


def test_the_audit_chain_is_verified_and_records_kept_with_their_latest_state(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    _upload(hq_db, station_data)
    items = station_data.audit()
    assert _push(hq_db, enrolled, "audit", items) == PushOutcome("ok", len(items))
    held = {(r.entity, r.entity_id): r for r in records(hq_db)}
    assert len(held) == len(station_data.entries)  # a correction is a record of its own
    last = station_data.entries[-1]
    record = held[(last.entity, last.entity_id)]
    assert (record.station_name, record.audit_seq, record.content_checked) == \
        ("Batrovci", last.seq, True)
    assert record.fields["caption"] == "pistol, close" and record.fields["revision"] == 2
    assert [r.entity for r in records(hq_db, entity="seizure_cases",
                                      station_id=enrolled.station_id)] == ["seizure_cases"]
    assert station_status(hq_db, enrolled.station_id)["chain"] == {
        "length": last.seq, "head_hash": last.hash, "verdict": None}


def test_a_tampered_or_reordered_audit_item_is_refused_with_nothing_applied(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    _upload(hq_db, station_data)
    items = station_data.audit()
    tampered = copy.deepcopy(items)
    tampered[2]["fields"]["caption"]["v"] = "no pistol"
    outcome = _push(hq_db, enrolled, "audit", tampered)
    assert (outcome.kind, outcome.acked) == ("chain", 0)
    assert "entry 3" in outcome.message and "hash" in outcome.message
    assert _stored(hq_db, "audit") == [] and records(hq_db) == []
    _push(hq_db, enrolled, "audit", items[:1])
    skipped = [dict(items[2], seq=2)]  # entry 3 sent as 2: it does not follow entry 1
    assert _push(hq_db, enrolled, "audit", skipped).kind == "chain"
    assert [row[0] for row in _stored(hq_db, "audit")] == [1]
    assert _push(hq_db, enrolled, "audit", items[1:]).acked == len(items)


def test_withheld_fields_verify_and_never_reach_hq(hq_db: HqDatabase, enrolled: Enrolled,
                                                   station_data: StationData) -> None:
    _upload(hq_db, station_data)
    items = station_data.audit(withheld={"caption", "created_by", "opened_by"})
    assert _push(hq_db, enrolled, "audit", items).kind == "ok"
    for record in records(hq_db):
        assert not {"caption", "created_by", "opened_by"} & set(record.fields)
    stored = " ".join(row[2] for row in _stored(hq_db, "audit"))
    assert "pistol, close" not in stored and "tester" in stored  # the actor is not a field


def test_a_photo_record_waits_until_its_file_is_whole_at_hq(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    items = station_data.audit()
    first, second = station_data.photos
    outcome = _push(hq_db, enrolled, "audit", items)
    assert (outcome.kind, outcome.acked, set(outcome.blobs)) == \
        ("missing_blob", 0, {first, second})
    assert _stored(hq_db, "audit") == []
    data = station_data.photos[first]
    put_chunk(hq_db, first, offset=0, size=len(data), data=data[:1000])
    assert set(_push(hq_db, enrolled, "audit", items).blobs) == {first, second}
    put_chunk(hq_db, first, offset=1000, size=len(data), data=data[1000:])
    assert _push(hq_db, enrolled, "audit", items).blobs == (second,)
    data = station_data.photos[second]
    put_chunk(hq_db, second, offset=0, size=len(data), data=data)
    assert _push(hq_db, enrolled, "audit", items) == PushOutcome("ok", len(items))


def _race(db: HqDatabase, enrolled: Enrolled,
          pushes: list[tuple[str, list[dict[str, Any]]]]) -> list[tuple[str, int] | str]:
    """Run the pushes on threads released at the same moment; their outcomes (or errors)."""
    start = threading.Barrier(len(pushes))
    outcomes: list[tuple[str, int] | str] = []

    def push(stream: str, items: list[dict[str, Any]]) -> None:
        start.wait()
        try:
            outcome = _push(db, enrolled, stream, items)
            outcomes.append((outcome.kind, outcome.acked))
        except Exception as exc:
            outcomes.append(repr(exc))

    threads = [threading.Thread(target=push, args=pair) for pair in pushes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_requests_pushing_the_same_batch_at_once_store_it_once(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    """Round n: four threads push the first n items of each stream, two per stream, so
    every round has an item both requests of a stream try to store."""
    _upload(hq_db, station_data)
    changes, audit = station_data.change_items(), station_data.audit()
    for count in range(1, len(changes) + 1):
        outcomes = _race(hq_db, enrolled, [("changes", changes[:count])] * 2
                         + [("audit", audit[:count])] * 2)
        expected = [("ok", count)] * 2 + [("ok", min(count, len(audit)))] * 2
        assert sorted(outcomes, key=str) == sorted(expected, key=str)
    assert [row[0] for row in _stored(hq_db, "changes")] == list(range(1, len(changes) + 1))
    assert len(records(hq_db)) == len(station_data.entries)
