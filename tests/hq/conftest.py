"""Fixtures of the HQ tests: every test that takes ``hq_url`` runs on SQLite and on a real
PostgreSQL (one server per session, a fresh database per test: ``postgres.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.hq.database import HqDatabase, sqlite_url
from tests.hq import postgres


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


@pytest.fixture
def hq_db(hq_url: str) -> Iterator[HqDatabase]:
    """A database made by ``hq init`` (schema and HQ's keys), open."""
    from borderdesk.hq.identity import init_hq

    init_hq(hq_url, now=1_800_000_000)
    db = HqDatabase.open(hq_url)
    try:
        yield db
    finally:
        db.close()
