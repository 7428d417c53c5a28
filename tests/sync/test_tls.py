"""HTTPS between a station and headquarters: the real server with a certificate of a
private CA (as a customs administration runs it); the station trusts it through
``--ca-file`` and refuses a server its CA did not sign, in plain words, with nothing sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.stations import list_stations
from borderdesk.services.station import open_station
from borderdesk.services.sync import enrol, sync_status
from borderdesk.services.sync_run import SyncOptions, sync_now
from borderdesk.sync.client import HqUnreachable
from tests.sync.hq_server import HqServer, running_hq, station_code
from tests.sync.tls_certs import ServerCertificate, make_server_certificate


@pytest.fixture
def certificate(tmp_path: Path) -> ServerCertificate:
    return make_server_certificate(tmp_path / "tls")


@pytest.fixture
def server(tmp_path: Path, certificate: ServerCertificate) -> Iterator[HqServer]:
    with running_hq(sqlite_url(tmp_path / "hq.db"), tmp_path / "server.log",
                    tls=(certificate.cert, certificate.key)) as hq:
        yield hq


def test_a_station_trusting_the_private_ca_enrols_and_syncs_over_https(
        server: HqServer, certificate: ServerCertificate, demo_station: Path) -> None:
    assert server.url.startswith("https://")
    ca = str(certificate.ca)
    with open_station(demo_station) as session:
        enrol(session, server.url, station_code(server), verify=ca)
        report = sync_now(session, options=SyncOptions(verify=ca, retry_delays=(0.05,)))
        assert report.problems == [] and report.verdict == "ok"
        assert sync_status(session).waiting == 0
    db = HqDatabase.open(server.hq_db)
    try:
        [station] = list_stations(db)
    finally:
        db.close()
    assert station.status == "active" and station.chain_verdict == "ok"


def test_a_server_the_station_cannot_verify_is_refused_and_nothing_is_sent(
        server: HqServer, tmp_path: Path, demo_station: Path) -> None:
    stranger = make_server_certificate(tmp_path / "other", "Some other CA")
    code = station_code(server)
    with open_station(demo_station) as session:
        # The system's trust store does not know the private CA; another CA's file neither.
        for verify in (True, str(stranger.ca)):
            with pytest.raises(HqUnreachable, match=r"cannot be reached.*certificate"):
                enrol(session, server.url, code, verify=verify, retry_delays=())
        assert sync_status(session).enrolled is False
    db = HqDatabase.open(server.hq_db)
    try:
        [station] = list_stations(db)
    finally:
        db.close()
    assert station.status == "pending"  # the one-time code is still unspent


def test_a_ca_file_that_is_missing_or_not_a_certificate_is_named(
        tmp_path: Path, demo_station: Path) -> None:
    (tmp_path / "not-a-ca.pem").write_text("hello", encoding="utf-8")
    with open_station(demo_station) as session:
        for name in ("missing.pem", "not-a-ca.pem"):
            with pytest.raises(UserInputError, match=rf"{name}: cannot be used as the CA file"):
                enrol(session, "https://127.0.0.1:9", "ABCDE-FGHIJ-KLMNO-PQRST",
                      verify=str(tmp_path / name), retry_delays=())
