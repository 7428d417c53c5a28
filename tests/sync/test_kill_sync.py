"""Crash tests of synchronisation: the station's process, then the HQ server, killed with
SIGKILL in the middle of a push, 20 times each, the same station pushing again after
every kill. At the end HQ holds every item once with the content the station sent,
every photo whole, and both ends verify the audit chain.

Each kill falls on a chosen step of the push (:mod:`tests.sync.request_trace`), the
steps taken in turn: asking HQ's status, sending a batch of changes, a photo's first
chunk, its next chunk, a batch of audit entries, the checkpoint, and for the station
the moment HQ's acknowledgment has come back but is not yet recorded. A push of a
thousand records takes a fraction of a second, so the station keeps working between
kills, as its officers would: when little waits, it imports more declarations and
takes another photo. Each push of the station, and each server, is a process forked
from one that loaded borderdesk once (``sync_child.py``, ``hq_child.py``): 20 fresh
interpreters each would cost more than the pushes on a busy machine.
"""

from __future__ import annotations

import json
import queue
import random
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.services import photos
from borderdesk.services.inspections import list_seizure_cases
from borderdesk.services.intake import import_files
from borderdesk.services.station import open_station
from borderdesk.services.sync import sync_status
from borderdesk.services.sync_run import SyncOptions, sync_now
from borderdesk.sync.client import HqUnreachable
from tests.conftest import declaration
from tests.sync.hq_child import ForkedHqServer
from tests.sync.hq_server import HqServer
from tests.sync.pushed_stations import (
    assert_hq_holds_everything_once,
    build_station,
    enrol_behind,
    photo_bytes,
)
from tests.sync.request_trace import trace_requests
from tests.sync.sync_child import END_LINES, ForkedPushes

KILLS = 20
#: Kill cycles allowed in all: a cycle whose push ends before its step comes does not count.
MOST_CYCLES = 60
#: Two photos of two chunks and one of one chunk.
PHOTOS = ((2200, 1650), (2200, 1650), (1600, 1200))
#: Less than this waiting and the station records more before the next kill.
LOW_WATER = 300
RETRIES = SyncOptions(retry_delays=(0.02, 0.05))
#: The steps a server kill falls on (the station's own kills add one, below).
SERVER_STEPS = ("send GET /v1/status", "send POST /v1/push changes",
                "send PUT /v1/blobs offset=0", "send PUT /v1/blobs offset=1048576",
                "send POST /v1/push audit", "send POST /v1/checkpoint")
STATION_STEPS = (*SERVER_STEPS[:2], "answered POST /v1/push changes", *SERVER_STEPS[2:])
#: Steps the station is killed on at once (the others, a moment later).
AT_ONCE = ("answered POST /v1/push changes", "send PUT /v1/blobs offset=1048576")


def _server(tmp_path: Path, kind: type[HqServer]) -> Iterator[HqServer]:
    url = sqlite_url(tmp_path / "hq.db")
    assert main(["hq", "init", "--hq-db", url, "--name", "Uprava carina"]) == 0
    hq = kind(url, tmp_path / "server.log")
    try:
        hq.start()
        yield hq
    finally:
        hq.stop()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[HqServer]:
    yield from _server(tmp_path, HqServer)


@pytest.fixture
def forked_server(tmp_path: Path) -> Iterator[HqServer]:
    yield from _server(tmp_path, ForkedHqServer)


def _station(server: HqServer, folder: Path) -> Path:
    path = build_station(folder, records=1_000, photo_sizes=PHOTOS, seed=7)
    enrol_behind(server.hq_db, server.url, path, "Batrovci", server.url)
    return path


class _Officers:
    """The station's officers between kills: more declarations and a photo of two chunks
    when little waits, so that every step of a push comes again."""

    def __init__(self, station: Path) -> None:
        self.station = station
        self.rounds = 0

    def keep_busy(self, *, push_ended: bool) -> None:
        with open_station(self.station) as session:
            if not push_ended and sync_status(session).waiting >= LOW_WATER:
                return
            self.rounds += 1
            source = self.station.parent / f"more-{self.rounds}.json"
            source.write_text(json.dumps([declaration(f"M{self.rounds}-{n:04d}")
                                          for n in range(LOW_WATER)]), encoding="utf-8")
            import_files(session, [source])
            photo = self.station.parent / f"more-{self.rounds}.jpg"
            photo.write_bytes(photo_bytes(*PHOTOS[0], seed=1_000 + self.rounds))
            case = list_seizure_cases(session)[0].case_number
            photos.import_photos(session, case, [photo], caption="found later")


def _left_by_kill(hq_url: str, station: Path) -> set[str]:
    """What a kill left: HQ ahead of the station's acknowledgment, a photo half sent."""
    conn = sqlite3.connect(station)
    try:
        acked = dict(conn.execute("SELECT stream, acked FROM sync_acks").fetchall())
    finally:
        conn.close()
    db = HqDatabase.open(hq_url)
    try:
        with db.transaction(write=False) as tx:
            held = dict(tx.execute("SELECT stream, acked FROM hq_streams"))
            partial = tx.one("SELECT count(*) FROM hq_blobs WHERE complete = 0"
                             " AND received > 0")
    finally:
        db.close()
    states = set()
    if any(int(held[s]) > int(acked.get(s, 0)) for s in held):
        states.add("HQ ahead")
    if partial is not None and partial[0]:
        states.add("photo half sent")
    return states


def _push_until_done(station: Path) -> None:
    with open_station(station) as session:
        for _ in range(5):
            try:
                report = sync_now(session, options=RETRIES)
            except HqUnreachable:
                continue
            if report.outcome == "ok" and report.verdict == "ok":
                return
    raise AssertionError("the station did not finish its push")


@pytest.fixture
def pushes(server: HqServer, tmp_path: Path) -> Iterator[tuple[Path, ForkedPushes]]:
    """The station, enrolled, and the loader of its pushes."""
    station = _station(server, tmp_path / "station")
    loader = ForkedPushes(station)
    try:
        yield station, loader
    finally:
        loader.close()


def test_killing_the_station_mid_push_loses_and_duplicates_nothing(
        server: HqServer, pushes: tuple[Path, ForkedPushes]) -> None:
    station, group = pushes
    officers, draw = _Officers(station), random.Random(20)
    kills: Counter[str] = Counter()
    left: set[str] = set()
    ended = False
    for _ in range(MOST_CYCLES):
        officers.keep_busy(push_ended=ended)
        step = STATION_STEPS[sum(kills.values()) % len(STATION_STEPS)]
        # An acknowledgment not yet recorded, a chunk on its way: kill at once.
        wait = 0.0 if step in AT_ONCE else draw.uniform(0.0, 0.03)
        ended = not group.kill_at(step, wait)
        if not ended:
            kills[step] += 1
            left |= _left_by_kill(server.hq_db, station)
        if sum(kills.values()) == KILLS:
            break
    assert sum(kills.values()) == KILLS and set(kills) == set(STATION_STEPS), kills
    assert left == {"HQ ahead", "photo half sent"}
    _push_until_done(station)
    assert_hq_holds_everything_once(server.hq_db, station)


def test_killing_the_server_mid_push_loses_and_duplicates_nothing(
        forked_server: HqServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = forked_server
    station = _station(server, tmp_path / "station")
    steps: queue.Queue[str] = queue.Queue()
    trace_requests(steps.put, monkeypatch.setattr)
    officers, draw = _Officers(station), random.Random(21)
    kills: Counter[str] = Counter()
    ended = False
    for _ in range(MOST_CYCLES):
        officers.keep_busy(push_ended=ended)
        step = SERVER_STEPS[sum(kills.values()) % len(SERVER_STEPS)]
        push = threading.Thread(target=_push_once, args=(station, steps))
        push.start()
        reached = _wait_for(steps, step)
        time.sleep(draw.uniform(0.0, 0.03))
        server.kill()
        push.join()
        while not steps.empty():  # the retries of the push the kill ended
            line = steps.get()
            assert not line.startswith("failed"), line
        ended = not reached
        if reached:
            kills[step] += 1
        server.start()
        if sum(kills.values()) == KILLS:
            break
    assert sum(kills.values()) == KILLS and set(kills) == set(SERVER_STEPS), kills
    _push_until_done(station)
    assert_hq_holds_everything_once(server.hq_db, station)


def _wait_for(steps: queue.Queue[str], step: str) -> bool:
    """Wait until the push reaches ``step`` (True) or ends (False)."""
    while True:
        seen = steps.get(timeout=60)
        assert not seen.startswith("failed"), seen
        if seen == step:
            return True
        if seen in END_LINES:
            return False


def _push_once(station: Path, steps: queue.Queue[str]) -> None:
    """One synchronisation that gives up when HQ goes away (the next one resumes)."""
    try:
        with open_station(station) as session:
            try:
                sync_now(session, options=RETRIES)
            except HqUnreachable:
                steps.put("gave up")
            else:
                steps.put("done")
    except Exception as error:  # the test's thread reports it
        steps.put(f"failed: {error!r}")
