"""``borderdesk export iafq`` and ``borderdesk report summary`` on a recorded case."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from borderdesk.core.clock import FixedClock
from borderdesk.services.station import configure_station, open_station
from tests.cli.helpers import Run
from tests.reports.test_iafq_services import INJECTION, record_signed_case


@pytest.fixture
def station(tmp_path: Path, write_json: Any) -> Path:
    db = tmp_path / "station.db"
    clock = FixedClock(datetime(2027, 1, 10, 9, 0, tzinfo=UTC))
    with open_station(db, actor="tester", clock=clock) as session:
        configure_station(session, name="Batrovci", country="RS", time_zone="Europe/Belgrade")
        record_signed_case(session, write_json)
    return db


def test_export_iafq_writes_the_workbook_and_csvs(run: Callable[..., Run], station: Path,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "iafq"
    result = run("export", "iafq", "--year", "2026", "-o", out, "--db", station)
    assert result.code == 0, result
    assert "events counted 1" in result.out and "SDG 16.4.2: 1 of 2" in result.out
    assert (out / "iafq-2026.xlsx").is_file()
    with open(out / "iafq-2026-arms-by-type.csv", encoding="utf-8-sig") as f:
        rows = {r["code"]: r for r in csv.DictReader(f)}
    assert (rows["total"]["seized"], rows["pistol"]["total"], rows["revolver"]["total"]) == (
        "2", "1", "1")
    text = (out / "iafq-2026-ammunition.csv").read_text(encoding="utf-8-sig")
    assert "'" + INJECTION.replace('"', '""') in text
    assert not list(out.glob(".*"))  # no temporary file left behind


def test_report_summary_prints_the_period(run: Callable[..., Run], station: Path,
                                          tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    result = run("report", "summary", "--from", "2026-11-01", "--to", "2026-11-30", "-o", pdf,
                 "--red-capacity", "4", "--db", station)
    assert result.code == 0, result
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf.read_bytes())).pages)
    assert "Batrovci" in text and "X-ray or scanner" in text and "Pistol" in text
    assert "1 (0 not yet signed off)" in text


@pytest.mark.parametrize(("argv", "words"), [
    (("export", "iafq", "--year", "1999", "-o", "x"), "year must lie between"),
    (("report", "summary", "--from", "2026-12-01", "--to", "2026-11-01", "-o", "x.pdf"),
     "ends"),
    (("report", "summary", "--from", "2026-12-01", "--to", "2026-12-31", "-o", "x.pdf",
      "--red-capacity", "0"), "capacity"),
    (("report", "summary", "--from", "December", "--to", "2026-12-31", "-o", "x.pdf"),
     "not a date"),
])
def test_mistakes_are_refused_in_plain_words(run: Callable[..., Run], station: Path,
                                             argv: tuple[str, ...], words: str) -> None:
    result = run(*argv, "--db", station)
    assert result.code == 2 and words in result.err, result
