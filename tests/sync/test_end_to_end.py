"""The real HQ server (uvicorn in a subprocess) on SQLite and on PostgreSQL, and a demo
station that enrols, pushes its records and photos, and pulls what HQ publishes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.ingest import records
from borderdesk.hq.stations import list_stations, revoke_station
from borderdesk.services.station import open_station
from borderdesk.services.sync import sync_status
from borderdesk.services.sync_run import SyncOptions, sync_now
from borderdesk.sync.client import HqRefused
from borderdesk.sync.protocol import KeyPair, sign_request
from tests.hq import postgres
from tests.sync.hq_server import HqServer, enrol_station, running_hq

FAST = SyncOptions(retry_delays=(0.05, 0.1, 0.2))


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqServer]:
    url = (sqlite_url(tmp_path / "hq.db") if request.param == "sqlite"
           else postgres.postgres_url("e2e"))
    with running_hq(url, tmp_path / "server.log") as hq:
        yield hq


def test_a_station_pushes_everything_once_and_hq_verifies_its_chain(
        server: HqServer, demo_station: Path) -> None:
    enrol_station(server, demo_station)
    with open_station(demo_station) as session:
        report = sync_now(session, options=FAST)
        again = sync_now(session, options=FAST)
        status = sync_status(session)
    conn = sqlite3.connect(demo_station)
    changes, audit = (conn.execute(f"SELECT max(seq) FROM {t}").fetchone()[0]
                      for t in ("change_log", "audit_log"))
    records_there = conn.execute("SELECT count(DISTINCT entity || entity_id) FROM audit_log"
                                 ).fetchone()[0]
    photos = {row[0] for row in conn.execute("SELECT sha256 FROM photo_log")}
    conn.close()
    assert report.problems == [] and report.verdict == "ok"
    assert report.blobs_sent == len(photos)
    assert again.sent == 0 and again.blobs_sent == 0 and again.problems == []
    assert status.waiting == 0 and status.last_success is not None
    db = HqDatabase.open(server.hq_db)
    try:
        [info] = list_stations(db)
        held = records(db)
        with db.transaction(write=False) as tx:
            complete = {row[0] for row in tx.execute(
                "SELECT sha256 FROM hq_blobs WHERE complete = 1")}
    finally:
        db.close()
    assert info.acked == {"changes": changes, "audit": audit}
    assert info.chain_verdict == "ok" and info.missing in ({}, {"changes": [], "audit": []})
    assert len(held) == records_there
    assert photos <= complete
    persons = [r for r in held if r.entity == "seizure_persons"]
    assert persons and all("name" not in r.fields and r.fields["nationality"] for r in persons)


def test_bad_signatures_replays_and_revoked_stations_are_refused(
        server: HqServer, demo_station: Path) -> None:
    enrol_station(server, demo_station)
    with open_station(demo_station) as session:
        link = session.database.conn.execute(
            "SELECT sign_private, box_private FROM sync_link").fetchone()
        station_id = session.station.id
    keys = KeyPair.from_text(*link)
    import time

    headers = sign_request(keys.sign, station_id, "GET", "/v1/status", b"",
                           time=int(time.time()))
    assert httpx.get(server.url + "/v1/status", headers=headers).status_code == 200
    replay = httpx.get(server.url + "/v1/status", headers=headers)
    assert replay.status_code == 401 and "nonce" in replay.json()["message"]
    forged = sign_request(KeyPair.generate().sign, station_id, "GET", "/v1/status", b"",
                          time=int(time.time()))
    assert httpx.get(server.url + "/v1/status", headers=forged).status_code == 401
    db = HqDatabase.open(server.hq_db)
    try:
        revoke_station(db, "Batrovci", now=int(time.time()))
    finally:
        db.close()
    with open_station(demo_station) as session, pytest.raises(HqRefused, match="401"):
        sync_now(session, options=FAST)
    with open_station(demo_station) as session:
        assert sync_status(session).last_attempt.outcome == "failed"  # type: ignore[union-attr]
