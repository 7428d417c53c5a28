"""Every PDF made on an exercise station carries the exercise watermark, asked for or not."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdf

from borderdesk.identify.engine import walk_answers
from borderdesk.services.custody import create_package, seal_package
from borderdesk.services.identification import checklist_for, record_walk, write_referral_packet
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.reports import print_labels, print_seizure_report, write_trace_packet
from borderdesk.services.seizures import add_identified_item
from borderdesk.services.station import StationSession
from borderdesk.services.statistics import write_summary
from borderdesk.services.training import exercise_pack
from borderdesk.store import report_repo
from tests.training.helpers import PISTOLS

WATERMARK = "EXERCISE - NOT EVIDENCE"


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_reports_of_an_exercise_are_watermarked_without_asking(
        exercise: Callable[..., StationSession], tmp_path: Path) -> None:
    session = exercise(PISTOLS)
    inspection = start_inspection(session, "RS-GRA-2026-041107", "physical")
    case = record_outcome(session, inspection.id, "seizure", "pistols in the cartons")
    assert case.case_number is not None
    report = tmp_path / "report.pdf"
    printed = print_seizure_report(session, case.case_number, report)
    pages = _text(report.read_bytes())
    assert pages and all(WATERMARK in page for page in pages)
    stored = report_repo.prints_with_snapshot(session.database.conn, printed.case_id,
                                              printed.snapshot_sha256)
    assert [p.exercise for p in stored] == [True]

    summary = tmp_path / "summary.pdf"
    write_summary(session, date(2026, 11, 1), date(2026, 11, 30), summary)
    assert all(WATERMARK in page for page in _text(summary.read_bytes()))

    item = exercise_pack(session).truth[0].items[0]
    assert item.answers is not None
    walked = walk_answers(checklist_for(), item.answers)
    found = record_walk(session, inspection.id, "Pistol 1", walked.walk)
    packet = tmp_path / "referral.zip"
    write_referral_packet(session, found.id, packet, "Is this model on the approved list?")
    with zipfile.ZipFile(packet) as archive:
        assert WATERMARK in _text(archive.read("summary.pdf"))[0]

    item = add_identified_item(session, case.case_number, found.id)
    trace = write_trace_packet(session, item.id, tmp_path / "trace")
    assert WATERMARK in _text(trace.pdf.read_bytes())[0]
    package = create_package(session, case.case_number, [str(item.number)], "firearm",
                             deviation_reason="packed for the exercise's test")
    seal_package(session, package.label, ["EX-0001"])
    labels = tmp_path / "labels.pdf"
    print_labels(session, case.case_number, labels)
    assert WATERMARK in _text(labels.read_bytes())[0]
