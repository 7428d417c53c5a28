"""Cancelling a synchronisation: the client looks at the cancel check before every request
(each batch, each photo chunk), so a Cancel stops within one request, mid-photo if need
be, and the next run resumes where headquarters stopped and sends everything once."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.errors import Cancelled
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.stations import list_stations
from borderdesk.services import sync_run
from borderdesk.services.station import open_station
from borderdesk.services.sync import sync_status
from borderdesk.services.sync_run import SyncOptions, sync_now
from tests.sync.hq_server import HqServer, enrol_station, running_hq

FAST = SyncOptions(retry_delays=(0.05, 0.1))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[HqServer]:
    with running_hq(sqlite_url(tmp_path / "hq.db"), tmp_path / "server.log") as hq:
        yield hq


def _hq_rows(server: HqServer, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(server.hq_db.removeprefix("sqlite:///"))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _assert_everything_once(server: HqServer, station: Path) -> None:
    conn = sqlite3.connect(station)
    heads = {stream: conn.execute(f"SELECT max(seq) FROM {table}").fetchone()[0]
             for stream, table in (("changes", "change_log"), ("audit", "audit_log"))}
    photos = {row[0] for row in conn.execute("SELECT sha256 FROM photo_log")}
    conn.close()
    for stream, head in heads.items():
        [(count, distinct, top)] = _hq_rows(
            server, f"SELECT count(*), count(DISTINCT seq), max(seq) FROM hq_items"
                    f" WHERE stream = '{stream}'")
        assert count == distinct == top == head
    complete = {row[0] for row in _hq_rows(
        server, "SELECT sha256 FROM hq_blobs WHERE complete = 1")}
    assert photos <= complete
    db = HqDatabase.open(server.hq_db)
    try:
        [info] = list_stations(db)
    finally:
        db.close()
    assert info.acked == heads and info.chain_verdict == "ok"


def test_a_cancel_mid_photo_stops_there_and_the_next_run_sends_the_rest_once(
        server: HqServer, demo_station: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Small chunks, so that each of the demo's photos (about 135 kB) takes several.
    monkeypatch.setattr(sync_run, "CHUNK", 32 * 1024)
    enrol_station(server, demo_station)

    def partial_photo_at_hq() -> bool:
        return bool(_hq_rows(server, "SELECT 1 FROM hq_blobs WHERE complete = 0"
                                     " AND received > 0"))

    with open_station(demo_station) as session:
        with pytest.raises(Cancelled, match="stays sent"):
            sync_now(session, options=FAST, cancel=partial_photo_at_hq)
        assert sync_status(session).last_attempt.outcome == "cancelled"  # type: ignore[union-attr]
    # Stopped within one request: the photo under way is still part-sent at HQ.
    [(received, size)] = _hq_rows(server, "SELECT received, size FROM hq_blobs"
                                          " WHERE complete = 0")
    assert 0 < int(received) < int(size)  # type: ignore[call-overload]
    with open_station(demo_station) as session:
        report = sync_now(session, options=FAST)
        assert sync_status(session).waiting == 0
    assert report.problems == [] and report.verdict == "ok"
    _assert_everything_once(server, demo_station)


def test_a_cancel_event_set_after_the_first_batch_stops_before_the_next_request(
        server: HqServer, demo_station: Path) -> None:
    enrol_station(server, demo_station)
    stop = threading.Event()
    with open_station(demo_station) as session, pytest.raises(Cancelled):
        sync_now(session, options=FAST, cancel=stop,
                 on_progress=lambda _phase, _done, _total: stop.set())
    [(acked,)] = _hq_rows(server, "SELECT count(*) FROM hq_items")
    assert acked == 250  # the first batch of the change log, and nothing after it
    with open_station(demo_station) as session:
        sync_now(session, options=FAST)
    _assert_everything_once(server, demo_station)
