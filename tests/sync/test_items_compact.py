"""The push's compact audit items: an entry of which nothing is withheld goes as its
record and the entry's salt (not a 64-digit salt per field), verifies at HQ to the same
record and hash, and a changed value or salt is refused; an entry with anything withheld
still goes field by field and its salt never leaves the station."""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.services.station import open_station
from borderdesk.store import audit_repo
from borderdesk.sync import outbox
from borderdesk.sync.items import ItemRefused, audit_item, verify_audit_item
from borderdesk.sync.policy import default_policy


def _sent(path: Path) -> tuple[str, list[audit_repo.AuditEntry], list[dict]]:
    """The station's id, its audit entries, and the audit items its push sends."""
    policy = default_policy()
    with open_station(path) as session:
        conn = session.database.conn
        entries = audit_repo.entries(conn)
        items = [item for batch in outbox.batches(conn, "audit", 0, policy)
                 for item in batch.items]
        return session.station.id, entries, items


def test_compact_items_verify_as_the_field_by_field_ones_and_withheld_salts_stay(
        demo_station: Path) -> None:
    station_id, entries, items = _sent(demo_station)
    policy = default_policy()
    prev = audit_repo.GENESIS
    compact = by_field = 0
    for entry, item in zip(entries, items, strict=True):
        plain = audit_item(entry, policy.withheld_fields(entry.entity))
        verified = verify_audit_item(item, station_id, prev)
        assert verified == verify_audit_item(plain, station_id, prev)
        assert verified.hash == entry.hash
        if "salt" in item:
            compact += 1
            assert item["record"] == json.loads(entry.payload)
        else:
            by_field += 1
            assert entry.salt not in json.dumps(item)  # the entry's salt stays home
        prev = entry.hash
    assert compact > 100 and by_field > 0  # persons and scene steps keep their secrets
    sent = gzip.compress(json.dumps(items).encode())
    as_fields = gzip.compress(json.dumps([
        audit_item(e, policy.withheld_fields(e.entity)) for e in entries]).encode())
    assert len(sent) * 3 < len(as_fields) * 2  # a third smaller at least, compressed


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_changed_value_or_salt_in_a_compact_item_is_refused(
        demo_entries: tuple[str, list[dict]], data: st.DataObject) -> None:
    station_id, items = demo_entries
    item = copy.deepcopy(data.draw(st.sampled_from(items)))
    if data.draw(st.booleans()):
        name = data.draw(st.sampled_from(sorted(item["record"])))
        item["record"][name] = data.draw(
            st.one_of(st.text(max_size=5), st.integers(), st.none()).filter(
                lambda value: value != item["record"][name]))
    else:
        item["salt"] = data.draw(st.text("0123456789abcdef", min_size=64, max_size=64)
                                 .filter(lambda salt: salt != item["salt"]))
    with pytest.raises(ItemRefused, match="does not give its hash"):
        verify_audit_item(item, station_id, item["prev_hash"])


@pytest.fixture(scope="module")
def demo_entries(demo_station_file: Path) -> tuple[str, list[dict]]:
    """The demo's compact items (read only)."""
    station_id, _entries, items = _sent(demo_station_file)
    return station_id, [item for item in items if "salt" in item]


def test_a_malformed_compact_item_is_refused(demo_entries: tuple[str, list[dict]]) -> None:
    station_id, items = demo_entries
    for broken in (dict(items[0], salt="not hex"), dict(items[0], record=["a list"])):
        with pytest.raises(ItemRefused):
            verify_audit_item(broken, station_id, items[0]["prev_hash"])
