"""``borderdesk seizure``: list, show, set, item, person, trace, follow-up, sign-off, amend."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.services.station import open_station
from tests.cli.helpers import Run
from tests.conftest import declaration
from tests.evidence.helpers import record_minimum_evidence
from tests.identify.conftest import CASES


@pytest.fixture
def opened(tmp_path: Path, write_json: Any, run: Callable[..., Run]) -> tuple[Path, str, str]:
    """A database, the number of the case an inspection of RED-1 opened, and the id of
    the revolver identified in it."""
    db = tmp_path / "cli.db"
    assert run("import", write_json([declaration("RED-1")]), "--db", db).code == 0
    inspection = run("inspection", "start", "RED-1", "--kind", "physical", "--db", db)
    inspection_id = inspection.out.split()[1]
    walked = run("identify", "walk", "--answers", CASES / "revolver.yaml", "--inspection",
                 inspection_id, "--label", "revolver in the cab", "--format", "json",
                 "--db", db)
    assert walked.code == 0, walked
    listed = run("identify", "list", "--inspection", inspection_id, "--format", "json",
                 "--db", db)
    ident = json.loads(listed.out)[0]["id"]
    finished = run("inspection", "finish", inspection_id, "--outcome", "seizure", "--db", db)
    assert finished.code == 0, finished
    [case] = run("seizure", "list", "--format", "jsonl", "--db", db).objects()
    return db, str(case["case_number"]), ident


def test_a_whole_case_from_the_command_line(run: Callable[..., Run],
                                            opened: tuple[Path, str, str]) -> None:
    db, number, ident = opened
    [listed] = run("seizure", "list", "--format", "jsonl", "--db", db).objects()
    assert {"id", "opened_at", "crossing", "item_count"} <= set(listed)
    assert (listed["crossing"], listed["item_count"]) == ("RS-BAT", 0)

    refused = run("seizure", "sign-off", number, "--db", db)
    assert refused.code == 2 and "cannot be signed off yet" in refused.err
    assert "detection_method" in refused.err and "no item" in refused.err

    bad = run("seizure", "set", number, "gps=95,19", "--db", db)
    assert bad.code == 2 and "gps: the latitude" in bad.err
    done = run("seizure", "set", number, "event_type=seized", "direction=in",
               "detection_method=manual_search", "legal_justification=illicit_possession",
               "officers=Ana Kovač; Marko Ilić", "route_transit=TR>BG", "--db", db)
    assert done.code == 0, done
    assert run("seizure", "item", number, "--identification", ident, "--db", db).code == 0
    rounds = run("seizure", "item", number, "--ammunition", "9x19", "--quantity", "50",
                 "--db", db)
    assert rounds.code == 0 and "item 2 (ammunition, 50)" in rounds.out
    person = run("seizure", "person", number, "driver", "Marko Marković", "--nationality",
                 "RS", "--db", db)
    person_id = person.out.split()[1].rstrip(":")
    # The evidence steps (their own commands are tested in test_evidence_commands.py).
    with open_station(db, create=False) as session:
        record_minimum_evidence(session, number, ["1", "2"])
    assert run("seizure", "sign-off", number, "--db", db).code == 0

    locked = run("seizure", "set", number, "direction=transit", "--db", db)
    assert locked.code == 2 and "needs a reason" in locked.err
    amended = run("seizure", "set", number, "direction=transit", "--reason",
                  "the truck was in transit", "--db", db)
    assert amended.code == 0, amended
    history = run("seizure", "history", number, "--field", "direction", "--db", db)
    assert history.out.count("direction") == 2
    assert "amendment: the truck was in transit" in history.out

    request = run("seizure", "trace", number, "request", "--item", "1", "--country", "DE",
                  "--channel", "interpol", "--date", "2026-11-28", "--db", db)
    assert request.code == 0, request
    request_id = request.out.split()[-1]
    status = run("seizure", "trace", number, "status", "--request", request_id, "--status",
                 "answered", "--date", "2026-11-28", "--db", db)
    assert status.code == 0, status
    follow = run("seizure", "follow-up", number, person_id, "arrested", "--date",
                 "2026-11-28", "--offence", "illicit_possession", "--db", db)
    assert follow.code == 0, follow

    shown = run("seizure", "show", number, "--format", "json", "--db", db)
    document = json.loads(shown.out)
    assert document["case"]["status"] == "signed_off"
    assert document["case"]["fields"]["direction"] == "transit"
    revolver = document["items"][0]
    assert revolver["category"] == "revolver" and any(
        m["kind"] == "serial" for m in revolver["markings"])
    assert document["tracing"][0]["trace_requests"][0]["status"] == "answered"
    assert document["persons"][0]["nominal"] is True
    assert document["follow_up"][0]["offences"] == ["illicit_possession"]
    text = run("seizure", "show", number, "--db", db)
    assert text.code == 0 and "Direction: In transit" in text.out
    assert "Marko Marković" in text.out

    assert run("audit", "verify", "--db", db).code == 0
    raw = sqlite3.connect(db)
    raw.execute("DROP TRIGGER seizure_case_entries_no_update")
    raw.execute("UPDATE seizure_case_entries SET value = '\"out\"' WHERE field = 'direction'")
    raw.commit()
    raw.close()
    tampered = run("audit", "verify", "--db", db)
    assert tampered.code == 1 and "seizure_case_entries record" in tampered.out


def test_codes_and_unknown_cases(run: Callable[..., Run], opened: tuple[Path, str, str]) -> None:
    db, _number, _ident = opened
    fields = run("seizure", "codes", "fields")
    assert "concealment" in fields.out and "[concealment]" in fields.out
    listed = run("seizure", "codes", "concealment")
    assert "false_compartment" in listed.out
    assert run("seizure", "codes", "colours").code == 2
    missing = run("seizure", "show", "NOPE-1", "--db", db)
    assert missing.code == 2 and "no seizure case 'NOPE-1'" in missing.err
    table = run("seizure", "list", "--db", db)
    assert "RS-BAT" in table.out and "open" in table.out
