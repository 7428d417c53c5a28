"""Publishing artefacts, HQ's remarks and the station's status, on both engines."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.core.paths import resource_path
from borderdesk.hq.blobs import put_chunk
from borderdesk.hq.database import HqDatabase, NotFound
from borderdesk.hq.identity import load_identity
from borderdesk.hq.ingest import apply_push
from borderdesk.hq.messages import add_remark, messages_after
from borderdesk.hq.publish import PublishRefused, publish, published_after, published_content
from borderdesk.hq.status import station_status
from borderdesk.identify.refpack_sample import build_sample_pack
from borderdesk.sync import protocol
from tests.hq.station_data import NOW, Enrolled, StationData

WATCHLIST = "kind,name_or_plate,note\nperson,Marko Marković,\nvehicle,BG 1234 AB,seen twice\n"


@pytest.fixture(scope="module")
def sample_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_pack(tmp_path_factory.mktemp("pack") / "sample.zip")


def test_each_kind_is_published_signed_and_served_as_it_was_given(
        hq_db: HqDatabase, tmp_path: Path, sample_pack: Path) -> None:
    identity = load_identity(hq_db)
    watchlist = tmp_path / "border-names.csv"
    watchlist.write_text(WATCHLIST, encoding="utf-8")
    files = {"profile": resource_path("profiles", "firearms-default.yaml"),
             "codelist": resource_path("codelists", "countries.yaml"),
             "watchlist": watchlist, "refpack": sample_pack}
    made = [publish(hq_db, identity, kind, path, now=NOW + n)
            for n, (kind, path) in enumerate(files.items())]
    assert [p.serial for p in made] == sorted({p.serial for p in made})
    assert made[2].name == "border-names" and made[2].version == "1"
    assert made[1].name == "countries"
    listed = published_after(hq_db, 0)
    assert [item["kind"] for item in listed] == list(files)
    for item, path in zip(listed, files.values(), strict=True):
        content = published_content(hq_db, item["serial"])
        assert content == path.read_bytes()
        assert item["sha256"] == hashlib.sha256(content).hexdigest()
        assert item["size"] == len(content)
        statement = protocol.artefact_statement(item["kind"], item["name"], item["version"],
                                                item["sha256"], item["published_at"])
        assert protocol.verify_statement(identity.keys.sign.public_key(), statement,
                                         item["signature"])
        assert not protocol.verify_statement(identity.keys.sign.public_key(),
                                             {**statement, "version": "999"},
                                             item["signature"])
    assert published_after(hq_db, listed[1]["serial"]) == listed[2:]
    with pytest.raises(NotFound):
        published_content(hq_db, 999)


def test_the_same_content_again_is_a_no_op_and_a_changed_watch_list_a_new_version(
        hq_db: HqDatabase, tmp_path: Path) -> None:
    identity = load_identity(hq_db)
    watchlist = tmp_path / "names.csv"
    watchlist.write_text(WATCHLIST, encoding="utf-8")
    first = publish(hq_db, identity, "watchlist", watchlist, now=NOW)
    again = publish(hq_db, identity, "watchlist", watchlist, now=NOW + 60)
    assert (again.serial, again.new, again.published_at) == \
        (first.serial, False, first.published_at)
    watchlist.write_text(WATCHLIST + "company,Adriatic Arms d.o.o.,\n", encoding="utf-8")
    second = publish(hq_db, identity, "watchlist", watchlist, now=NOW + 120)
    assert (second.name, second.version, second.new) == ("names", "2", True)
    named = publish(hq_db, identity, "watchlist", watchlist, now=NOW, name="default")
    assert (named.name, named.version) == ("default", "1")


def test_a_file_that_does_not_load_or_reuses_a_version_is_refused(
        hq_db: HqDatabase, tmp_path: Path) -> None:
    identity = load_identity(hq_db)
    broken = {"profile": "profile: [not, a, mapping\n",
              "codelist": "codelist: x\nversion: one\nentries: []\n",
              "watchlist": "kind,name_or_plate\nalien,Someone\n",
              "refpack": "not a zip archive"}
    for kind, text in broken.items():
        path = tmp_path / f"broken-{kind}"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(PublishRefused, match=f"broken-{kind}: not published: "):
            publish(hq_db, identity, kind, path, now=NOW)
    with pytest.raises(PublishRefused, match="HQ publishes"):
        publish(hq_db, identity, "firmware", tmp_path / "broken-profile", now=NOW)
    profile = tmp_path / "profile.yaml"
    shutil.copy(resource_path("profiles", "firearms-default.yaml"), profile)
    publish(hq_db, identity, "profile", profile, now=NOW)
    profile.write_text(profile.read_text(encoding="utf-8") + "\n# a comment\n",
                       encoding="utf-8")
    with pytest.raises(PublishRefused, match="published already with other content"):
        publish(hq_db, identity, "profile", profile, now=NOW)
    assert len(published_after(hq_db, 0)) == 1


def test_remarks_on_held_records_reach_only_their_station(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    for sha, data in station_data.photos.items():
        put_chunk(hq_db, sha, offset=0, size=len(data), data=data)
    apply_push(hq_db, enrolled.station_id, stream="audit", from_seq=1,
               head_seq=len(station_data.entries), items=station_data.audit(), now=NOW)
    case = station_data.entries[0]
    serial = add_remark(hq_db, station_name="Batrovci", entity=case.entity,
                        entity_id=case.entity_id, text="  Trace request sent to Europol. ",
                        now=NOW)
    assert messages_after(hq_db, enrolled.station_id, 0) == [{
        "serial": serial, "kind": "remark", "entity": "seizure_cases",
        "entity_id": case.entity_id, "text": "Trace request sent to Europol.",
        "created_at": "2027-01-15T08:00:00Z"}]
    assert messages_after(hq_db, enrolled.station_id, serial) == []
    assert messages_after(hq_db, "another-station", 0) == []
    with pytest.raises(UserInputError, match="holds no seizure_cases record"):
        add_remark(hq_db, station_name="Batrovci", entity="seizure_cases", entity_id="nope",
                   text="x", now=NOW)
    with pytest.raises(UserInputError, match="no enrolled station"):
        add_remark(hq_db, station_name="Šid", entity=case.entity, entity_id=case.entity_id,
                   text="x", now=NOW)
    assert station_status(hq_db, enrolled.station_id)["messages_head"] == serial


def test_status_of_a_new_station_and_of_an_unknown_one(hq_db: HqDatabase,
                                                       enrolled: Enrolled) -> None:
    assert station_status(hq_db, enrolled.station_id) == {
        "station_name": "Batrovci",
        "streams": {"changes": {"acked": 0, "head": 0, "missing": []},
                    "audit": {"acked": 0, "head": 0, "missing": []}},
        "published_head": 0, "messages_head": 0,
        "chain": {"length": 0, "head_hash": "0" * 64, "verdict": None}}
    with pytest.raises(NotFound):
        station_status(hq_db, "unknown")
