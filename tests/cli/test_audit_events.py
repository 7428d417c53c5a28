"""``borderdesk audit events``: the security event log, as a table or JSON Lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from borderdesk.services.security_log import record_event
from borderdesk.services.station import open_station
from tests.cli.helpers import Run


def test_events_are_listed_oldest_first_and_by_kind(run: Callable[..., Run],
                                                    tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    with open_station(db, actor="jelena") as session:
        record_event(session, "export", subject="RS-BAT-2026-00001", details={
            "document": "iafq", "year": 2026, "files": ["iafq-2026.xlsx"]})
        record_event(session.database, "sign_in_failed", subject="ana", actor="ana")
    listed = run("audit", "events", "--db", db, "--format", "jsonl")
    assert listed.code == 0
    assert [(e["kind"], e["actor"], e["subject"]) for e in listed.objects()] == [
        ("export", "jelena", "RS-BAT-2026-00001"), ("sign_in_failed", "ana", "ana")]
    table = run("audit", "events", "--db", db, "--kind", "export")
    lines = table.out.splitlines()
    assert lines[0].split() == ["Time", "(UTC)", "Event", "By", "Subject", "Details"]
    assert len(lines) == 2 and "files=[iafq-2026.xlsx]" in lines[1] and "ana" not in lines[1]


def test_an_empty_log_and_an_unknown_kind_are_said_in_words(run: Callable[..., Run],
                                                            tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    open_station(db).close()
    assert run("audit", "events", "--db", db).out.strip() == "No security events recorded."
    wrong = run("audit", "events", "--db", db, "--kind", "lunch")
    assert wrong.code == 2 and "'lunch' is not a kind of security event" in wrong.err
