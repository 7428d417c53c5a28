"""``borderdesk identify``: checklist check, walk from an answers file, list and show."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import Run
from tests.conftest import declaration
from tests.identify.conftest import CASES

CHECKLIST = Path(__file__).parents[2] / "resources" / "checklists" / \
    "firearm-identification.yaml"


@pytest.fixture
def inspection(tmp_path: Path, write_json: Any, run: Callable[..., Run]) -> tuple[Path, str]:
    """A station database and the id of an inspection of RED-1."""
    path = tmp_path / "cli.db"
    assert run("import", write_json([declaration("RED-1")]), "--db", path).code == 0
    started = run("inspection", "start", "RED-1", "--kind", "physical", "--db", path)
    assert started.code == 0, started
    return path, started.out.split()[1]


def test_checklist_check_says_valid_or_names_the_line(run: Callable[..., Run],
                                                      tmp_path: Path) -> None:
    good = run("identify", "checklist", "check", CHECKLIST)
    assert good.code == 0 and "valid" in good.out
    broken = tmp_path / "broken.yaml"
    broken.write_text(CHECKLIST.read_text(encoding="utf-8").replace(
        "picture: revolver\n", "picture: blunderbuss\n", 1), encoding="utf-8")
    bad = run("identify", "checklist", "check", broken)
    assert bad.code == 2
    assert f"{broken}:" in bad.err and "'blunderbuss' is not one of the agreed drawings" \
        in bad.err


def test_walk_prints_path_result_warnings_and_trace_gaps(run: Callable[..., Run]) -> None:
    walked = run("identify", "walk", "--answers", CASES / "pistol-obliterated-serial.yaml")
    assert walked.code == 0, walked
    assert "Type of handgun: Self-loading pistol" in walked.out
    assert "Category: Pistol" in walked.out and "rule B-5" in walked.out
    assert "Trace request: not ready" in walked.out
    assert "! Import marking: not recorded" in walked.out
    assert "Serial number: recorded as obliterated" in walked.out


def test_walk_as_json(run: Callable[..., Run]) -> None:
    walked = run("identify", "walk", "--answers", CASES / "rifle-barrel-part.yaml",
                 "--format", "json")
    assert walked.code == 0, walked
    data = json.loads(walked.out)
    assert data["result"]["component"] == "barrel" and data["result"]["quantity"] == 1
    assert data["identification"] is None and data["unused"] == []
    assert data["trace"]["applicable"] and not data["trace"]["ready"]


def test_a_wrong_answer_names_the_step(run: Callable[..., Run], tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text((CASES / "revolver.yaml").read_text(encoding="utf-8").replace(
        "handgun_type: revolver", "handgun_type: blunderbuss"), encoding="utf-8")
    walked = run("identify", "walk", "--answers", answers)
    assert walked.code == 2
    assert "step 'handgun-type'" in walked.err and "'blunderbuss' is not one of the choices" \
        in walked.err
    missing = tmp_path / "missing.yaml"
    missing.write_text("answers: {safety_rules: [treat_as_loaded]}\n", encoding="utf-8")
    stopped = run("identify", "walk", "--answers", missing)
    assert stopped.code == 2 and "an answer is needed" in stopped.err


def test_walk_stores_for_an_inspection_then_list_and_show(
        run: Callable[..., Run], inspection: tuple[Path, str]) -> None:
    db, inspection_id = inspection
    walked = run("identify", "walk", "--answers", CASES / "revolver.yaml",
                 "--inspection", inspection_id, "--label", "revolver in the cab", "--db", db)
    assert walked.code == 0, walked
    assert "Stored as identification" in walked.out
    listed = run("identify", "list", "--inspection", inspection_id, "--format", "json",
                 "--db", db)
    rows = json.loads(listed.out)
    assert [(r["item"], r["category"], r["legal_category"]) for r in rows] == [
        ("revolver in the cab", "revolver", "B")]
    shown = run("identify", "show", rows[0]["id"], "--db", db)
    assert shown.code == 0, shown
    assert "revolver in the cab" in shown.out and "Trace request: ready." in shown.out
    assert "Type of handgun: Revolver" in shown.out
    text = run("identify", "list", "--db", db)
    assert "completed: revolver, legal B" in text.out


def test_walk_for_an_unknown_inspection_is_refused(
        run: Callable[..., Run], inspection: tuple[Path, str]) -> None:
    db, _ = inspection
    walked = run("identify", "walk", "--answers", CASES / "revolver.yaml",
                 "--inspection", "nope", "--db", db)
    assert walked.code == 2 and "no inspection 'nope'" in walked.err
    assert run("identify", "show", "nope", "--db", db).code == 2


def test_refer_writes_a_packet(run: Callable[..., Run], inspection: tuple[Path, str],
                               tmp_path: Path) -> None:
    import zipfile

    db, inspection_id = inspection
    walked = run("identify", "walk", "--answers", CASES / "alarm-converted.yaml",
                 "--inspection", inspection_id, "--format", "json", "--db", db)
    ident = json.loads(walked.out)["identification"]
    out = tmp_path / "packet.zip"
    referred = run("identify", "refer", ident, "--out", out, "--question",
                   "Converted to fire live rounds?", "--db", db)
    assert referred.code == 0, referred
    assert "could not be attached: photo-cnv-001, photo-cnv-002" in referred.out
    with zipfile.ZipFile(out) as archive:
        document = json.loads(archive.read("referral.json"))
    assert document["question"] == "Converted to fire live rounds?"
    assert document["requested_by"] and document["record"]["flags"]
