"""What HQ publishes reaches a station through the real server: ``hq publish`` a profile,
a watch list and a code list, ``hq remark`` on a record the station pushed, then the
station's ``sync now`` installs all three and ``sync messages`` shows the remark."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.core.codelists import countries, forget_installed_codelists
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.stations import add_station
from borderdesk.services.assessments import active_profile, station_watchlist
from borderdesk.services.station import open_station
from borderdesk.services.sync import enrol
from tests.sync.hq_server import HqServer, running_hq
from tests.sync.test_install import country_list, profile

REMARK = "Naoružanje iz predmeta: proverite serijski broj na ramu (HQ 2026/118)."


@pytest.fixture
def server(tmp_path: Path) -> Iterator[HqServer]:
    try:
        with running_hq(sqlite_url(tmp_path / "hq.db"), tmp_path / "server.log") as hq:
            yield hq
    finally:
        forget_installed_codelists()  # the installed country list is the process's


def test_published_artefacts_and_a_remark_reach_the_station(
        server: HqServer, demo_station: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = HqDatabase.open(server.hq_db)
    try:
        code = add_station(db, "Batrovci", now=1_800_000_000)
    finally:
        db.close()
    with open_station(demo_station) as session:
        enrol(session, server.url, code)
    station = ["--db", str(demo_station)]
    assert main(["sync", "now", *station]) == 0  # HQ now holds the station's records
    files = tmp_path / "published"
    files.mkdir()
    (files / "hq-firearms.yaml").write_bytes(profile(2, red_for_turkey=True))
    (files / "default.csv").write_text(
        "kind,name_or_plate,note\nperson,Dragan Jovanović,HQ alert 12\nvehicle,BG 123 XY,\n",
        encoding="utf-8")
    (files / "countries.yaml").write_bytes(country_list(2, added={"XA": "Atlantis"}))
    hq = ["--hq-db", server.hq_db]
    for kind, name in (("profile", "hq-firearms.yaml"), ("watchlist", "default.csv"),
                       ("codelist", "countries.yaml")):
        assert main(["hq", "publish", kind, str(files / name), *hq]) == 0
    conn = sqlite3.connect(demo_station)
    case_id = conn.execute("SELECT id FROM seizure_cases ORDER BY case_number").fetchone()[0]
    conn.close()
    assert main(["hq", "remark", "Batrovci", "seizure_cases", case_id, REMARK, *hq]) == 0
    capsys.readouterr()

    assert main(["sync", "now", *station]) == 0
    pulled = capsys.readouterr().out
    assert "hq-firearms" in pulled and "default" in pulled and "countries" in pulled
    assert main(["sync", "messages", *station]) == 0
    messages = capsys.readouterr().out
    assert REMARK in messages and case_id in messages
    with open_station(demo_station) as session:
        installed = active_profile(session)
        watch = station_watchlist(session)
    assert (installed.id, installed.version) == ("hq-firearms", 2)
    assert watch is not None
    assert sorted(e.name for e in watch.entries) == ["BG 123 XY", "Dragan Jovanović"]
    assert countries().name_of("XA") == "Atlantis"
    # Pulling again brings nothing twice.
    assert main(["sync", "now", *station]) == 0
    again = capsys.readouterr().out
    assert "received 0" in again and "installed" not in again
