"""The trace request packet: complete and marked ready when the trace-readiness check
passes, otherwise marked not ready with its gaps, on the page and in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.core.errors import UserInputError
from borderdesk.services.reports import write_trace_packet
from borderdesk.services.station import StationSession
from tests.reports.report_fixtures import pdf_text
from tests.reports.seizure_report_case import BuiltCase


def test_a_ready_firearm_gives_a_complete_packet(station: StationSession, case: BuiltCase,
                                                 tmp_path: Path) -> None:
    packet = write_trace_packet(station, case.item_ids[1], tmp_path)
    assert packet.ready and packet.gaps == ()
    record = json.loads(packet.json.read_text(encoding="utf-8"))
    assert record["ready"] is True
    firearm = record["firearm"]
    assert [s["text"] for s in firearm["serial_numbers"]] == ["AB 123456", "3456"]
    assert (firearm["make"], firearm["model"], firearm["country_of_manufacture"]) == (
        "ZASTAVA ARMS KRAGUJEVAC", "R357", "SERBIA")
    assert record["case"]["national_number"] == "KU-451/2026"
    assert record["checks_done"]["registry"][0]["reference"] == "MUP-44/26"
    assert len(record["photos"]) == 1 and len(record["photos"][0]["sha256"]) == 64
    text = pdf_text(packet.pdf)
    assert "Ready to send" in text and "AB 123456" in text and "MUP-44/26" not in text


def test_a_firearm_with_gaps_is_marked_not_ready_with_them(
        station: StationSession, case: BuiltCase, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    packet = write_trace_packet(station, case.item_ids[2][:18], tmp_path, language="sr-Latn")
    assert not packet.ready
    assert [gap.split(":")[0] for gap in packet.gaps] == ["Country of manufacture",
                                                          "Import marking"]
    text = " ".join(pdf_text(packet.pdf).split())
    assert "NIJE SPREMNO" in text and "MV-204871" in text
    assert "Zemlja proizvodnje nije evidentirano" in text
    assert main(["report", "trace", case.item_ids[2], "-o", str(tmp_path / "cli"), "--db",
                 str(station.path)]) == 1
    assert "Import marking" in capsys.readouterr().out


def test_parts_and_rounds_are_not_traced(station: StationSession, case: BuiltCase,
                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(UserInputError, match="not a firearm"):
        write_trace_packet(station, case.item_ids[4], out)
    with pytest.raises(UserInputError, match="no seized item"):
        write_trace_packet(station, "ffffffff", out)
    assert not out.exists()
