"""``borderdesk evidence ...`` and ``borderdesk custody ...``: a case recorded from the
command line, refusals in plain words (exit 2), and ``custody check`` exit 1 on a gap."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.cli_evidence import parse_fields
from borderdesk.core.errors import UserInputError
from tests.cli.helpers import Run
from tests.evidence.test_steps_support import MovingClock, open_case_station


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, str]:
    """A station with one seizure case (opened in the past, so steps can be dated)."""
    path = tmp_path / "station.db"
    session, number = open_case_station(path, MovingClock())
    session.close()
    return path, number


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    try:
        code = main(list(args))
    except SystemExit as stopped:  # argparse's usage errors
        code = int(stopped.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def test_fields_are_key_value_and_a_repeated_key_is_a_list() -> None:
    assert parse_fields(["place=lane 2", "officers_present=Ana", "officers_present=Marko",
                         "note=a=b"]) == {"place": "lane 2", "officers_present": ["Ana", "Marko"],
                                          "note": "a=b"}
    with pytest.raises(UserInputError, match="is not KEY=VALUE"):
        parse_fields(["place"])


def test_a_case_recorded_from_the_command_line(capsys: pytest.CaptureFixture[str],
                                              station: tuple[Path, str]) -> None:
    path, case = station
    db = ("--db", str(path))
    steps = [
        ("secure_scene", None, ["discovered_at=2026-11-28T08:05", "place=lane 2",
                                "officers_present=Ana Petrović"], "2026-11-28T08:05"),
        ("2", None, ["name=Igor Ilić", "qualification=armourer",
                     "requested_at=2026-11-28T08:06"], "2026-11-28T08:06"),
        ("photograph_in_place", None, ["views=wide", "views=close_up"], "2026-11-28T08:10"),
        ("condition_recorded", "1", ["loaded=yes", "round_in_chamber=yes"], "2026-11-28T08:12"),
        ("identification", "1", ["identification=abc"], "2026-11-28T08:20"),
        ("forensic_requests", "1", ["requests=fingerprints"], "2026-11-28T08:21"),
    ]
    for step, item, fields, when in steps:
        args = ["evidence", "record", case, step, "--at", when, *db]
        args += [f"--field={f}" for f in fields] + (["--item", item] if item else [])
        done = run(capsys, *args)
        assert done.code == 0, done
        assert done.out.startswith("recorded ")

    refused = run(capsys, "evidence", "record", case, "made_safe", "--item", "1",
                  "--field", "qualified_person=Igor Ilić", "--at", "2026-11-28T08:11", *db)
    assert refused.code == 2 and "Traceback" not in refused.err
    assert "'Record the condition before making safe'" in refused.err
    assert "reason for the deviation" in refused.err
    deviated = run(capsys, "evidence", "record", case, "made_safe", "--item", "1",
                   "--field", "qualified_person=Igor Ilić", "--at", "2026-11-28T08:11",
                   "--by", "Igor Ilić", "--deviation-reason", "it was pointed at a colleague",
                   *db)
    assert deviated.code == 0 and "deviation: " in deviated.out

    package = run(capsys, "evidence", "package", case, "--item", "1", "--kind", "firearm",
                  "--contents", "pistol", "--at", "2026-11-28T08:30", *db)
    assert package.code == 0, package
    label = f"{case}-P01"
    assert package.out.startswith(f"{label}: firearm, items 1; seals: not sealed")
    sealed = run(capsys, "evidence", "seal", label, "RS 0042", "--at", "2026-11-28T08:31",
                 "--by", "Ana Petrović", *db)
    assert "seals: RS 0042; held by" in sealed.out
    moved = run(capsys, "custody", "transfer", label, "--from", "Ana Petrović", "--to",
                "Marko Jović", "--purpose", "transport", "--place", "Batrovci", *db)
    assert moved.code == 0 and f"{label} event 1: Ana Petrović -> Marko Jović" in moved.out
    wrong = run(capsys, "custody", "transfer", label, "--from", "Ana Petrović", "--to",
                "Lab", "--purpose", "laboratory", "--place", "Novi Sad", *db)
    assert wrong.code == 2 and "but Marko Jović holds the package" in wrong.err

    events = run(capsys, "custody", "list", case, "--format", "jsonl", *db).objects()
    assert [(e["seq"], e["received_by"]) for e in events] == [(1, "Marko Jović")]
    packages = run(capsys, "evidence", "packages", case, "--format", "jsonl", *db).objects()
    assert packages[0]["holder"] == "Marko Jović" and packages[0]["seals"][0]["number"] == \
        "RS 0042"

    state = run(capsys, "evidence", "steps", case, *db)
    assert state.code == 0 and "before sign-off: evidence step 14" in state.out
    lines = run(capsys, "evidence", "steps", case, "--format", "jsonl", *db).objects()
    assert {(s["step"], s["done"]) for s in lines} >= {("made_safe", True),
                                                        ("notification", False)}

    timeline = run(capsys, "evidence", "timeline", case, "--format", "jsonl", *db).objects()
    scene = timeline[0]
    fixed = run(capsys, "evidence", "correct", scene["id"], "--reason", "wrong lane",
                "--field", "place=lane 3", *db)
    assert fixed.code == 0 and f"corrects {scene['id']}" in fixed.out
    text = run(capsys, "evidence", "timeline", case, *db)
    assert "[corrected by " in text.out and "reason for the deviation: it was pointed" in \
        text.out
    assert run(capsys, "custody", "check", case, *db).code == 0
    verified = run(capsys, "audit", "verify", *db)
    assert verified.code == 0, verified


def test_custody_check_names_a_gap_and_exits_1(capsys: pytest.CaptureFixture[str],
                                               station: tuple[Path, str]) -> None:
    path, case = station
    db = ("--db", str(path))
    for args in (["evidence", "record", case, "photograph_in_place", "--field", "views=wide",
                  "--deviation-reason", "scene secured later", "--at", "2026-11-28T08:01"],
                 ["evidence", "record", case, "identification", "--item", "1",
                  "--field", "identification=x", "--at", "2026-11-28T08:02"],
                 ["evidence", "record", case, "forensic_requests", "--item", "1",
                  "--field", "requests=none", "--at", "2026-11-28T08:03"],
                 ["evidence", "package", case, "--item", "1", "--kind", "ammunition",
                  "--at", "2026-11-28T08:04"],
                 ["evidence", "seal", f"{case}-P01", "S-1", "--at", "2026-11-28T08:05",
                  "--by", "Ana"],
                 ["custody", "transfer", f"{case}-P01", "--from", "Ana", "--to", "Bo",
                  "--purpose", "storage", "--place", "safe"]):
        done = run(capsys, *args, *db)
        assert done.code == 0, done
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER custody_events_no_update")
    raw.execute("UPDATE custody_events SET released_by = 'Someone'")
    raw.commit()
    raw.close()
    checked = run(capsys, "custody", "check", *db)
    assert checked.code == 1
    assert "event 1: released by Someone, but Ana holds the package" in checked.out
    assert "1 gaps in the chain of custody." in checked.out


def test_unknown_case_and_step_are_plain_errors(capsys: pytest.CaptureFixture[str],
                                                station: tuple[Path, str]) -> None:
    path, case = station
    missing = run(capsys, "evidence", "steps", "NO-SUCH-CASE", "--db", str(path))
    assert missing.code == 2 and "there is no seizure case 'NO-SUCH-CASE'" in missing.err
    step = run(capsys, "evidence", "record", case, "dance", "--db", str(path))
    assert step.code == 2 and "there is no evidence step 'dance'" in step.err


def test_packages_seals_and_custody_events_are_corrected_from_the_command_line(
        capsys: pytest.CaptureFixture[str], station: tuple[Path, str]) -> None:
    path, case = station
    db = ("--db", str(path))
    for args in (["evidence", "record", case, "identification", "--item", "1",
                  "--field", "identification=i1", "--at", "2026-11-28T08:01"],
                 ["evidence", "record", case, "forensic_requests", "--item", "1",
                  "--field", "requests=none", "--at", "2026-11-28T08:02"],
                 ["evidence", "package", case, "--item", "1", "--kind", "firearm",
                  "--at", "2026-11-28T08:04", "--deviation-reason", "no photos yet"],
                 ["evidence", "seal", f"{case}-P01", "RS 0077", "--at", "2026-11-28T08:05",
                  "--by", "Ana Petrović"],
                 ["custody", "transfer", f"{case}-P01", "--from", "Ana Petrović", "--to",
                  "Marko", "--purpose", "storage", "--place", "safe", "--at",
                  "2026-11-28T08:10"]):
        done = run(capsys, *args, *db)
        assert done.code == 0, done
    label = f"{case}-P01"
    sealed = run(capsys, "evidence", "seal", label, "RS 0077", "--correct", "--number",
                 "RS 0011", "--reason", "7 read for 1", *db)
    assert sealed.code == 0 and "seals: RS 0011" in sealed.out and "[corrected]" in sealed.out
    no_reason = run(capsys, "evidence", "seal", label, "RS 0011", "--withdraw", *db)
    assert no_reason.code == 2 and "--reason" in no_reason.err
    moved = run(capsys, "custody", "correct", label, "1", "--to", "Milan Ilić", "--reason",
                "Milan took it", *db)
    assert moved.code == 0 and "event 1 now: Ana Petrović -> Milan Ilić" in moved.out
    bad = run(capsys, "custody", "correct", label, "1", "--from", "Nobody", "--reason", "x",
              *db)
    assert bad.code == 2 and "holds the package" in bad.err
    gone = run(capsys, "custody", "withdraw", label, "1", "--reason", "wrong package", *db)
    assert gone.code == 0 and "withdrawn" in gone.out
    assert run(capsys, "custody", "list", case, "--format", "jsonl", *db).objects() == []
    shown = run(capsys, "custody", "list", case, "--all", *db)
    assert "[withdrawn]" in shown.out
    fixed = run(capsys, "evidence", "package-correct", label, "--contents", "pistol, paper bag",
                "--reason", "more precise", *db)
    assert fixed.code == 0 and "[corrected]" in fixed.out
    dropped = run(capsys, "evidence", "package-withdraw", label, "--reason", "made twice", *db)
    assert dropped.code == 0 and "[withdrawn]" in dropped.out
    assert run(capsys, "custody", "check", case, *db).code == 0
    assert run(capsys, "audit", "verify", *db).code == 0
