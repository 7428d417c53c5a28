"""Fixtures for the station side of synchronisation: a demo station with real records."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from borderdesk.services.demo import create_demo_station

#: The demo's last day: fixed, so that every run makes the same records.
DEMO_DAY = date(2026, 11, 16)


@pytest.fixture(scope="session")
def demo_station_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station (3 seizure cases with persons and photos), made once per run."""
    path = tmp_path_factory.mktemp("demo-station") / "station.db"
    create_demo_station(path, today=DEMO_DAY)
    return path


@pytest.fixture
def demo_station(demo_station_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo station (database and its photos) for one test."""
    target = tmp_path / "station"
    shutil.copytree(demo_station_file.parent, target)
    return target / demo_station_file.name
