"""Fixtures of the HQ tests: every test that takes ``hq_url`` runs on SQLite and on a real
PostgreSQL (one server per session, a fresh database per test: ``postgres.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.identity import init_hq
from tests.hq import postgres
from tests.hq.station_data import NOW, Enrolled, StationData, build_station, enrol_station


@pytest.fixture(scope="session")
def _postgres_session() -> Iterator[None]:
    """Stops the session's PostgreSQL server at the end, whatever happened."""
    try:
        yield
    finally:
        postgres.stop_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_url(request: pytest.FixtureRequest, tmp_path: Path, _postgres_session: None) -> str:
    """The URL of a new, empty HQ database (not yet made by hq init)."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "hq.db")
    try:
        return postgres.postgres_url("hq")
    except postgres.PostgresMissing as missing:
        pytest.fail(str(missing))


_READY: dict[str, str] = {}


@pytest.fixture
def hq_db(hq_url: str) -> Iterator[HqDatabase]:
    """A database made by ``hq init`` (schema and HQ's keys), open. On PostgreSQL it is
    a copy of one made once per session (copying is faster than making)."""
    if hq_url.startswith("postgresql"):
        if "template" not in _READY:
            _READY["template"] = postgres.postgres_url("hq_ready")
            init_hq(_READY["template"], now=NOW)
        template = _READY["template"].rsplit("/", 1)[1]
        hq_url = postgres.server().new_database("hq", template=template)
    else:
        init_hq(hq_url, now=NOW)
    db = HqDatabase.open(hq_url)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="session")
def station_data(tmp_path_factory: pytest.TempPathFactory) -> StationData:
    """One real station's chain, change log and photos (built once: items are values)."""
    return build_station(tmp_path_factory.mktemp("station"))


@pytest.fixture
def enrolled(hq_db: HqDatabase, station_data: StationData) -> Enrolled:
    """That station, enrolled at HQ as Batrovci."""
    return enrol_station(hq_db, station_data.station_id)
