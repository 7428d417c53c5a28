"""A station with a realistic seizure case, built once per module and copied for each
test, for the tests of permissions and of the security event log (a test may sign in,
change, print and export on its copy)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from borderdesk.services.inspections import list_inspections
from borderdesk.services.station import StationSession, configure_station, open_station
from tests.reports.report_fixtures import CLOCK
from tests.reports.seizure_report_case import build_case

__all__ = ["CLOCK", "Station", "build_station", "built_station", "copy_of", "station_copy"]


@dataclass(frozen=True)
class Station:
    """The built station: its folder and what the calls work on."""

    folder: Path
    case_id: str
    case_number: str
    inspection_id: str
    firearm_id: str


def build_station(folder: Path) -> Station:
    """Build the station in ``folder`` (unprotected: set-up is nobody's action)."""
    with open_station(folder / "station.db", actor="Ana Kovač", clock=CLOCK) as session:
        configure_station(session, name="Batrovci", crossing_code="RS-BAT", country="RS",
                          time_zone="Europe/Belgrade")
        case = build_case(session, folder, photos=1)
        inspection = list_inspections(session)[0].id
    return Station(folder, case.case_id, case.case_number, inspection, case.item_ids[1])


@contextmanager
def copy_of(built: Station, folder: Path) -> Iterator[tuple[StationSession, Station]]:
    """A copy of ``built`` in ``folder``, open and unprotected until a role signs in."""
    shutil.copytree(built.folder, folder)
    copy = Station(folder, built.case_id, built.case_number, built.inspection_id,
                   built.firearm_id)
    with open_station(folder / "station.db", actor="Ana Kovač", clock=CLOCK) as session:
        yield session, copy


@pytest.fixture(scope="module")
def built_station(tmp_path_factory: pytest.TempPathFactory) -> Station:
    """The station, built once per test module."""
    return build_station(tmp_path_factory.mktemp("station"))


@pytest.fixture
def station_copy(built_station: Station,
                 tmp_path: Path) -> Iterator[tuple[StationSession, Station]]:
    """A copy of the built station for one test, unprotected until a role signs in."""
    with copy_of(built_station, tmp_path / "copy") as opened:
        yield opened
