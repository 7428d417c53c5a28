"""Shared fixtures of the seizure report tests: one realistic case built once per module
and copied for each test (a test may amend its copy), and PDF reading helpers."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.services.station import StationSession, configure_station, open_station
from tests.reports.seizure_report_case import BuiltCase, build_case

CLOCK = FixedClock(datetime(2027, 1, 10, 9, 0, tzinfo=UTC))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuiltCase]:
    """The case, built once: (its station folder, what was built)."""
    folder = tmp_path_factory.mktemp("station")
    with open_station(folder / "station.db", actor="Ana Kovač", clock=CLOCK) as session:
        configure_station(session, name="Batrovci", crossing_code="RS-BAT", country="RS",
                          time_zone="Europe/Belgrade")
        case = build_case(session, folder)
    return folder, case


@pytest.fixture
def station(built: tuple[Path, BuiltCase], tmp_path: Path) -> Iterator[StationSession]:
    """A copy of the built station for one test."""
    folder = tmp_path / "copy"
    shutil.copytree(built[0], folder)
    with open_station(folder / "station.db", actor="Ana Kovač", clock=CLOCK) as session:
        yield session


@pytest.fixture
def case(built: tuple[Path, BuiltCase]) -> BuiltCase:
    return built[1]


def pdf_text(path: Path) -> str:
    """Every page's text, pages separated by form feeds."""
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\f".join(page.extract_text() for page in reader.pages)
