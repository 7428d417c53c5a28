"""``borderdesk show``, ``inspection start|finish|list`` and ``lane set``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import Run
from tests.conftest import declaration
from tests.rules.helpers import item


@pytest.fixture
def db(tmp_path: Path, write_json: Any, run: Callable[..., Run]) -> Path:
    """A station with RED-1 (revolvers, no licence) and GREEN-1, imported and screened."""
    path = tmp_path / "cli.db"
    source = write_json([
        declaration("RED-1", items=[item(hs_code="930200", description="revolvers")],
                    documents=[]),
        declaration("GREEN-1")])
    assert run("import", source, "--db", path).code == 0
    return path


def _inspection_id(out: str) -> str:
    return out.split()[1]


def test_start_and_finish_an_inspection(run: Callable[..., Run], db: Path) -> None:
    started = run("inspection", "start", "RED-1", "--kind", "physical", "--db", db)
    assert started.code == 0, started
    inspection = _inspection_id(started.out)
    finished = run("inspection", "finish", inspection, "--outcome", "nothing_found",
                   "--findings", "only revolver holsters", "--db", db)
    assert finished.code == 0, finished
    assert "nothing_found" in finished.out
    again = run("inspection", "finish", inspection, "--outcome", "seizure", "--db", db)
    assert again.code == 2 and "already finished" in again.err
    listed = run("inspection", "list", "RED-1", "--db", db)
    assert inspection in listed.out and "nothing_found" in listed.out


def test_a_seizure_prints_its_case_number(run: Callable[..., Run], db: Path) -> None:
    inspection = _inspection_id(run("inspection", "start", "RED-1", "--kind", "xray",
                                    "--db", db).out)
    finished = run("inspection", "finish", inspection, "--outcome", "seizure", "--db", db)
    assert finished.code == 0, finished
    assert "seizure case RS-BAT-" in finished.out


def test_show_hides_the_rationale_unless_analyst(run: Callable[..., Run], db: Path) -> None:
    text = run("show", "RED-1", "--db", db)
    assert text.code == 0, text
    assert "FA-01" in text.out and "instruction: Physical inspection." in text.out
    assert "rationale" not in text.out
    assert "Türkiye" in text.out or "Turkey" in text.out
    analyst = run("show", "RED-1", "--analyst", "--db", db)
    assert "rationale: Arms (HS chapter 93)" in analyst.out
    data = json.loads(run("show", "RED-1", "--format", "json", "--db", db).out)
    assert data["declaration_id"] == "RED-1" and data["assessment"]["lane"] == "red"
    assert all("rationale" not in hit for hit in data["assessment"]["hits"])


def test_lane_set_needs_a_reason(run: Callable[..., Run], db: Path) -> None:
    blank = run("lane", "set", "GREEN-1", "--lane", "red", "--reason", "  ", "--db", db)
    assert blank.code == 2 and "needs a reason" in blank.err
    missing = run("lane", "set", "GREEN-1", "--lane", "red", "--db", db)
    assert missing.code == 2
    done = run("lane", "set", "GREEN-1", "--lane", "red", "--reason", "tip-off", "--db", db)
    assert done.code == 0 and "green → red" in done.out
    data = json.loads(run("show", "GREEN-1", "--format", "json", "--db", db).out)
    assert data["lane"] == "red" and data["assessment"]["lane"] == "green"


def test_unknown_declaration_and_bad_kind(run: Callable[..., Run], db: Path) -> None:
    unknown = run("show", "NOPE", "--db", db)
    assert unknown.code == 2 and "no declaration 'NOPE'" in unknown.err
    bad = run("inspection", "start", "RED-1", "--kind", "sniffing", "--db", db)
    assert bad.code == 2


def test_show_lists_watch_list_matches_and_amendments_in_words(
        run: Callable[..., Run], tmp_path: Path, write_json: Any) -> None:
    path = tmp_path / "watch.db"
    csv_path = tmp_path / "watch.csv"
    csv_path.write_text("kind,name_or_plate,note\nperson,Đorđe Petrović,call the duty officer\n",
                        encoding="utf-8")
    assert run("watchlist", "import", csv_path, "--db", path).code == 0
    first = declaration("W-1")
    assert run("import", write_json([first], "v1.json"), "--db", path).code == 0
    second = dict(first, consignee={"name": "Ђорђе Петровић", "country": "RS"},
                  lodged_at="2026-11-28T10:00:00+01:00")
    assert run("import", write_json([second], "v2.json"), "--db", path).code == 0
    shown = run("show", "W-1", "--db", path)
    assert shown.code == 0, shown
    assert "Watch-list matches" in shown.out
    assert ("consignee 'Ђорђе Петровић': watch-list person 'Đorđe Petrović', score 100"
            " (threshold 90): call the duty officer") in shown.out
    assert "version 1 → 2, lodged 2026-11-28T10:00:00+01:00" in shown.out
    assert "Consignee: name: Tekstil Promet d.o.o. → Ђорђе Петровић" in shown.out
    data = json.loads(run("show", "W-1", "--format", "json", "--db", path).out)
    assert data["watch_matches"][0]["entry_name"] == "Đorđe Petrović"
