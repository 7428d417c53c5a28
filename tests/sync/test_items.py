"""The items a station sends: withheld fields stay at the station, the chain still verifies."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.services.station import open_station
from borderdesk.store import audit_repo
from borderdesk.store.changelog import read_changes
from borderdesk.sync.items import ItemRefused, audit_item, change_item, verify_audit_item
from borderdesk.sync.policy import default_policy, load_policy


def _items(path: Path) -> tuple[str, list[dict]]:
    policy = default_policy()
    with open_station(path) as session:
        entries = audit_repo.entries(session.database.conn)
        station_id = session.station.id
    return station_id, [audit_item(e, policy.withheld_fields(e.entity)) for e in entries]


def test_the_whole_chain_verifies_at_hq_without_the_persons_names(demo_station: Path) -> None:
    station_id, items = _items(demo_station)
    persons = [item for item in items if item["entity"] == "seizure_persons"]
    assert persons, "the demo records persons"
    sent_text = json.dumps(items, ensure_ascii=False)
    with open_station(demo_station) as session:
        names = [row[0] for row in session.database.conn.execute(
            "SELECT name FROM seizure_persons")]
    assert names and not any(name in sent_text for name in names)
    assert all(set(item["fields"]["name"]) == {"d"} for item in persons)
    prev = audit_repo.GENESIS
    for item in items:
        verified = verify_audit_item(item, station_id, prev)
        assert verified.content_checked
        prev = verified.hash
    assert persons[0]["fields"]["nationality"].keys() == {"v", "s"}
    scene = next(item for item in items if item["entity"] == "evidence_steps"
                 and "persons_present" in item["fields"]["fields"].get("r", ""))
    copy_sent = json.loads(scene["fields"]["fields"]["r"])
    assert copy_sent["persons_present"] == "(withheld)" and copy_sent["place"]
    assert verify_audit_item(scene, station_id, scene["prev_hash"]).redacted == ("fields",)


def test_an_altered_or_reordered_item_is_refused(demo_station: Path) -> None:
    station_id, items = _items(demo_station)
    changed = copy.deepcopy(items[0])
    first_field = next(name for name, f in changed["fields"].items() if "v" in f)
    changed["fields"][first_field]["v"] = "forged"
    with pytest.raises(ItemRefused, match="does not give its hash"):
        verify_audit_item(changed, station_id, audit_repo.GENESIS)
    with pytest.raises(ItemRefused, match="does not follow"):
        verify_audit_item(items[1], station_id, audit_repo.GENESIS)
    with pytest.raises(ItemRefused, match="does not give its hash"):
        verify_audit_item(items[0], "another-station", audit_repo.GENESIS)
    withheld = next(i for i in items if i["entity"] == "seizure_persons")
    forged = copy.deepcopy(withheld)
    forged["fields"]["name"]["d"] = "0" * 64
    prev = withheld["prev_hash"]
    with pytest.raises(ItemRefused):
        verify_audit_item(forged, station_id, prev)


def test_change_details_named_by_the_policy_stay_at_the_station(demo_station: Path) -> None:
    with open_station(demo_station) as session:
        changes = read_changes(session.database.conn, 0, 10_000)
    item = change_item(changes[0], {"name"})
    assert item["seq"] == changes[0].seq
    watch = [c for c in changes if c.entity == "watchlist_entry" and "name" in c.detail]
    for change in watch:
        sent = change_item(change, default_policy().withheld_detail(change.entity))
        assert sent["detail"]["name"] == "(withheld)"


def test_a_broken_policy_file_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("policy: release\nversion: 1\naudit:\n  seizure_persons: name\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_policy(path)
    assert "policy.yaml" in str(caught.value) and "4" in str(caught.value)
    path.write_text("policy: other\nversion: 1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not a release policy"):
        load_policy(path)
