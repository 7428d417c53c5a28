"""Three stations push through a bad network to the real HQ server, and nothing is lost or
counted twice.

Between the stations and ``borderdesk hq serve`` sits the fault-injecting proxy at the
issue's rates: 30 % of requests dropped, 30 % of responses dropped after HQ handled the
request, 10 % sent twice, some held back so that others overtake them, 5 % cut in the
middle of a body. Each station (2,000 change records and about 5 MB of photos) runs
``sync_now`` again whenever a run gives up, as the window's background sync does, until
a run ends well. Then HQ holds each item exactly once with the content the station sent,
every photo whole, and both ends verify the audit chain; every copy the proxy sent again
carried a nonce HQ had seen, and was refused (401) before it could apply anything.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from borderdesk.hq.database import sqlite_url
from borderdesk.services.station import open_station
from borderdesk.services.sync import sync_status
from borderdesk.services.sync_run import SyncOptions, SyncReport, sync_now
from borderdesk.sync.client import HqUnreachable
from tests.hq import postgres
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.hq_server import HqServer, running_hq
from tests.sync.pushed_stations import (
    FIVE_MB_OF_PHOTOS,
    assert_hq_holds_everything_once,
    build_station,
    enrol_behind,
)

STATIONS = ("Batrovci", "Gradina", "Kelebija")
RECORDS = 2_000
#: Short pauses: the proxy's faults are drawn per attempt, not per second.
RETRIES = SyncOptions(retry_delays=(0.02, 0.05, 0.1))
#: Runs a station may need before one ends well (each gives up after 4 failed attempts
#: of one request, about one request in 14 here); far above what it takes.
MOST_RUNS = 60


@pytest.fixture(scope="module")
def station_templates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The three stations, made once; each test pushes its own copies."""
    root = tmp_path_factory.mktemp("fault-stations")
    return [build_station(root / name, records=RECORDS, photo_sizes=FIVE_MB_OF_PHOTOS,
                          seed=seed) for seed, name in enumerate(STATIONS, start=1)]


@pytest.fixture
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqServer]:
    url = (sqlite_url(tmp_path / "hq.db") if request.param == "sqlite"
           else postgres.postgres_url("faults"))
    with running_hq(url, tmp_path / "server.log") as hq:
        yield hq


@dataclass
class _Pushing:
    """What became of one station's pushes."""

    runs: list[str] = field(default_factory=list)  # how each run ended
    waiting: int = -1  # items waiting at the end
    error: BaseException | None = None


def _push_until_done(station: Path, outcome: _Pushing) -> None:
    """Run ``sync_now`` until a run ends well (and its checkpoint is ok)."""
    try:
        with open_station(station) as session:
            for _ in range(MOST_RUNS):
                try:
                    report: SyncReport = sync_now(session, options=RETRIES)
                except HqUnreachable:
                    outcome.runs.append("gave up")
                    continue
                outcome.runs.append(report.outcome)
                if report.outcome == "ok" and report.verdict == "ok":
                    break
            outcome.waiting = sync_status(session).waiting
    except BaseException as error:  # raised again in the test's thread
        outcome.error = error


@pytest.mark.parametrize("server", ["sqlite", "postgresql"], indirect=True)
def test_three_stations_through_a_bad_network_leave_everything_once(
        server: HqServer, station_templates: list[Path], tmp_path: Path) -> None:
    stations = []
    for template in station_templates:
        shutil.copytree(template.parent, tmp_path / template.parent.name)
        stations.append(tmp_path / template.parent.name / template.name)
    with FaultyProxy("127.0.0.1", server.port, seed=9) as proxy:
        for name, station in zip(STATIONS, stations, strict=True):
            enrol_behind(server.hq_db, server.url, station, name, proxy.url)
        outcomes = [_Pushing() for _ in stations]
        threads = [threading.Thread(target=_push_until_done, args=(station, outcome))
                   for station, outcome in zip(stations, outcomes, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stats = proxy.stats
    for outcome in outcomes:
        if outcome.error is not None:
            raise AssertionError(f"a station's sync failed: {outcome}") from outcome.error
        assert outcome.runs[-1] == "ok" and outcome.waiting == 0, outcome
    # Runs gave up on the way (a request lost four times over) and the next one resumed.
    assert any("gave up" in outcome.runs for outcome in outcomes)
    for station in stations:
        assert_hq_holds_everything_once(server.hq_db, station)
    # The faults happened, many times (about 150 requests in all; a cut, at 5 % of what
    # neither drop takes, may miss a run: it is tested on its own in test_faulty_proxy.py
    # and tests/hq/test_app_disconnect.py).
    assert min(stats.dropped_requests, stats.dropped_responses) >= 10, stats
    assert stats.duplicated >= 3, stats
    assert stats.duplicated + stats.reordered + stats.cut_requests + stats.cut_responses >= 10
    # Every copy the proxy sent again was refused as a replay, and only those.
    log = server.log.read_text()
    assert log.count('" 401') == stats.duplicated, stats
    # A cut connection is the network's fault, not an error of HQ's.
    assert "Traceback" not in log and '" 500' not in log
