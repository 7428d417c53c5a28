"""``borderdesk exercise ...``: list and check scenarios, start a trainee's session, move its
clock, release injects, see what an inspection found, score it and print the debriefs; the
trainee plays with the ordinary commands on the session's database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.services.station import open_station
from borderdesk.training.builtin import builtin_packs
from tests.cli.helpers import Run
from tests.conftest import declaration, dump_database
from tests.training.helpers import PARTS, PISTOLS, pack_copy


def _start(run: Callable[..., Run], folder: Path, trainee: str, pack: str = PISTOLS,
           *options: Any) -> Path:
    started = run("exercise", "start", pack, "--trainee", trainee, "--dir", folder, *options)
    assert started.code == 0, started
    return Path(started.out.split(":")[0])


def test_list_names_every_shipped_scenario(run: Callable[..., Run]) -> None:
    listed = run("exercise", "list", "--format", "jsonl")
    assert listed.code == 0, listed
    found = {o["id"]: o for o in listed.objects()}
    assert set(found) == {p.name for p in builtin_packs()}
    assert all(o["title"] and o["version"] == "1" for o in found.values())
    assert found[PARTS]["declarations"] == 10 and found[PARTS]["injects"] == 3
    table = run("exercise", "list")
    assert table.code == 0 and "Blank-firing pistols in a truck of textiles" in table.out


def test_check_reports_a_broken_pack_by_file_and_line(run: Callable[..., Run],
                                                      tmp_path: Path) -> None:
    assert run("exercise", "check", PISTOLS).code == 0
    broken = pack_copy(tmp_path, replace=("category: pistol", "category: pistole"))
    checked = run("exercise", "check", broken)
    assert checked.code == 2
    assert f"{broken}/manifest.yaml:" in checked.err and "category: 'pistole'" in checked.err


def test_a_session_played_from_the_command_line(run: Callable[..., Run], tmp_path: Path) -> None:
    folder = tmp_path / "course #7 sessions"  # a name that needs quoting in a file URI
    db = _start(run, folder, "Ana Petrović", PISTOLS, "--cohort", "Course 7")
    assert db.parent == folder and db.name.startswith("ana-petrovic-blank-pistols-textiles-")
    sessions = run("exercise", "sessions", "--dir", folder, "--format", "jsonl")
    assert [(s["trainee"], s["cohort"], s["minutes"]) for s in sessions.objects()] == [
        ("Ana Petrović", "Course 7", 0.0)]
    status = run("exercise", "status", "ana", "--dir", folder)
    assert "Briefing: You are the officer on the morning shift at Gradina" in status.out
    assert "broker-amends" not in status.out  # the trainee does not see what is to come
    assert "broker-amends" in run("exercise", "status", "ana", "--dir", folder, "--all").out

    stepped = run("exercise", "clock", "Ana", "--dir", folder, "--step", "25")
    assert "2026-11-24 06:55 (25 minutes in)" in stepped.out
    assert "released: broker-amends-041107" in stepped.out
    # The trainee inspects with the ordinary commands, at the scenario's time.
    started = run("inspection", "start", "RS-GRA-2026-041107", "--kind", "physical",
                  "--db", db)
    assert started.code == 0, started
    listed = run("inspection", "list", "RS-GRA-2026-041107", "--db", db)
    assert "2026-11-24" in listed.out
    found = run("exercise", "findings", "ana", "RS-GRA-2026-041107", "--dir", folder,
                "--pictures", tmp_path / "pictures", "--format", "json")
    assert found.code == 0, found
    assert json.loads(found.out)["status"] == "items"
    assert (tmp_path / "pictures" / "item-2-markings-frame.png").is_file()

    released = run("exercise", "release", "ana", "driver-asks", "--dir", folder)
    assert "Shift supervisor, by radio: The driver of the Bursa truck" in released.out
    again = run("exercise", "release", "ana", "driver-asks", "--dir", folder)
    assert again.code == 2 and "already released" in again.err
    unknown = run("exercise", "release", "ana", "fire-drill", "--dir", folder)
    assert unknown.code == 2 and "no inject 'fire-drill'" in unknown.err

    scored = run("exercise", "score", db, "--format", "json")
    assert scored.code == 0, scored
    result = json.loads(scored.out)
    assert result["parts"]["detection"] == 1.0 and result["evidence"][0]["case"] is None
    debrief = tmp_path / "debrief.pdf"
    printed = run("exercise", "score", "ana", "--dir", folder, "-o", debrief)
    assert printed.code == 0 and debrief.read_bytes().startswith(b"%PDF")
    assert f"Ana Petrović: {result['total']:.1f} of 100" in printed.out


def test_a_cohort_summary_from_the_cohort_name(run: Callable[..., Run], tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    for trainee in ("Ana Petrović", "Marko Jović"):
        _start(run, folder, trainee, PISTOLS, "--cohort", "Course 7")
    _start(run, folder, "Ana Ilić", PISTOLS, "--cohort", "Course 8")
    out = tmp_path / "cohort.pdf"
    summary = run("exercise", "cohort", "--cohort", "Course 7", "--dir", folder, "-o", out)
    assert summary.code == 0, summary
    assert "Ana Petrović" in summary.out and "Marko Jović" in summary.out
    assert "Ana Ilić" not in summary.out and out.is_file()
    nothing = run("exercise", "cohort", "-o", out)
    assert nothing.code == 2 and "name the sessions" in nothing.err
    ambiguous = run("exercise", "score", "ana", "--dir", folder)
    assert ambiguous.code == 2 and "'ana' names 2 exercise sessions" in ambiguous.err
    unknown = run("exercise", "score", "Zoran", "--dir", folder)
    assert unknown.code == 2 and "there is no exercise session 'Zoran'" in unknown.err


def test_an_exercise_leaves_the_live_station_alone_and_cannot_be_exported(
        run: Callable[..., Run], tmp_path: Path, write_json: Any) -> None:
    live = tmp_path / "station.db"
    imported = run("import", write_json([declaration("RS-GRA-2026-041107")]), "--db", live)
    assert imported.code == 0, imported
    before = dump_database(live)
    db = _start(run, tmp_path / "sessions", "Ana")
    assert run("inspection", "start", "RS-GRA-2026-041107", "--kind", "physical",
               "--db", db).code == 0
    assert dump_database(live) == before
    refused = run("export", "iafq", "--year", "2026", "-o", tmp_path / "out", "--db", db)
    assert refused.code == 2 and "is an exercise database" in refused.err
    assert not (tmp_path / "out").exists()
    # A live database is not a session.
    wrong = run("exercise", "score", live)
    assert wrong.code == 2 and "is not an exercise database" in wrong.err
    with open_station(live) as station:
        assert station.station.name == "New station"


@pytest.mark.parametrize("options", [("--clock", "hourly"), ("--trainee",)])
def test_start_refuses_bad_options(run: Callable[..., Run], options: tuple[str, ...]) -> None:
    started = run("exercise", "start", PISTOLS, "--trainee", "Ana", *options)
    assert started.code == 2
