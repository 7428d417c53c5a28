"""Enrolment over a bad network: an answer lost on the way is asked for again with the
same keys (HQ answers the same request the same way), so the one-time code is not spent
on an enrolment the station never learnt of."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.identity import init_hq, load_identity
from borderdesk.hq.stations import add_station, find_station
from borderdesk.hq.stations import enrol as hq_enrol
from borderdesk.services.station import open_station
from borderdesk.services.sync import enrol
from borderdesk.sync.client import HqUnreachable

NOW = 1_800_000_000
FIELDS = ("code", "station_id", "station_name", "sign_key", "box_key")


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HqDatabase]:
    url = sqlite_url(tmp_path / "hq.db")
    init_hq(url, now=NOW)
    db = HqDatabase.open(url)
    yield db
    db.close()


def test_an_enrolment_whose_answer_was_lost_is_asked_again_with_the_same_keys(
        hq: HqDatabase, tmp_path: Path) -> None:
    code = add_station(hq, "Batrovci", now=NOW)
    identity = load_identity(hq)
    sent: list[dict[str, Any]] = []

    def answer_lost_once(_url: str, request: dict[str, Any]) -> dict[str, Any]:
        sent.append(dict(request))
        answer = hq_enrol(hq, identity, now=NOW, **{key: request[key] for key in FIELDS})
        if len(sent) == 1:
            raise HqUnreachable("the connection closed before the answer came")
        return answer

    with open_station(tmp_path / "station.db") as session:
        link = enrol(session, "http://hq.test", code, transport=answer_lost_once,
                     retry_delays=(0.0,))
        station_id = session.station.id
    assert len(sent) == 2 and sent[0] == sent[1]
    info = find_station(hq, name="Batrovci")
    assert info is not None and info.station_id == station_id and info.status == "active"
    assert link.hq_id == identity.hq_id


def test_an_hq_that_never_answers_leaves_the_station_unenrolled(tmp_path: Path) -> None:
    attempts: list[str] = []

    def silent(url: str, _request: dict[str, Any]) -> dict[str, Any]:
        attempts.append(url)
        raise HqUnreachable("connection refused")

    with open_station(tmp_path / "station.db") as session:
        with pytest.raises(HqUnreachable):
            enrol(session, "http://hq.test", "ABCDE-FGHIJ-KLMNO-PQRST", transport=silent,
                  retry_delays=(0.0, 0.0))
        assert session.database.conn.execute("SELECT count(*) FROM sync_link"
                                             ).fetchone()[0] == 0
    assert len(attempts) == 3
