"""The station's screening commands: profile activate/show, watchlist import, backtest,
declarations screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.cli import main
from tests.conftest import declaration


@pytest.fixture
def station(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "station.db"
    source = tmp_path / "in.json"
    source.write_text(json.dumps([
        declaration("A-1", lodged_at="2026-11-27T10:00:00+01:00", documents=[],
                    items=[{"hs_code": "930200", "description": "revolvers", "gross_kg": 5}]),
        declaration("A-2", lodged_at="2026-11-28T10:00:00+01:00")]), encoding="utf-8")
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_profile_activate_and_show(station: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "profile", "show", "--db", str(station))
    assert code == 0
    assert "firearms-extended version 1" in out
    code, out, _ = run(capsys, "profile", "activate", "firearms-default", "--db", str(station))
    assert code == 0
    _, out, _ = run(capsys, "profile", "show", "--db", str(station))
    assert "firearms-default version 1" in out


def test_activating_a_broken_profile_exits_2_and_keeps_the_active_one(
        station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("profile: {id: x, version: 1, effective: 2026-01-01}\nrules: []\n"
                      "lanes: {red: 60, yellow: 30}\nextra: 1\n", encoding="utf-8")
    code, _, err = run(capsys, "profile", "activate", str(broken), "--db", str(station))
    assert code == 2
    assert f"{broken}:4:1: unknown field 'extra'" in err
    _, out, _ = run(capsys, "profile", "show", "--db", str(station))
    assert "firearms-extended" in out


def test_watchlist_import_then_rescreen(station: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    listed = tmp_path / "watch.csv"
    listed.write_text("kind,name_or_plate,note\nvehicle,bg-1234-ab,\n", encoding="utf-8")
    code, out, _ = run(capsys, "watchlist", "import", str(listed), "--db", str(station))
    assert (code, out.strip()) == (0, f"{listed}: watch list replaced: 1 entries, threshold 90")
    code, out, _ = run(capsys, "declarations", "screen", "--db", str(station))
    assert code == 0
    assert "screened 2 with firearms-extended v1" in out
    _, out, _ = run(capsys, "declarations", "list", "--db", str(station), "--format", "jsonl")
    lanes = {json.loads(line)["declaration_id"]: json.loads(line)["lane"]
             for line in out.splitlines()}
    assert lanes == {"A-1": "red", "A-2": "red"}  # both carry the listed plate now


def test_a_bad_watch_list_exits_2_with_its_line_and_column(
        station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = tmp_path / "watch.csv"
    listed.write_text("kind,name_or_plate,note\nboat,Sea Wolf,\n", encoding="utf-8")
    code, _, err = run(capsys, "watchlist", "import", str(listed), "--db", str(station))
    assert code == 2
    assert f"{listed}:2:1:" in err


def test_backtest_compares_two_profiles(station: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backtest", "--db", str(station), "--profile", "firearms-default",
                       "--compare", "firearms-extended", "--from", "2026-11-27",
                       "--to", "2026-11-28", "--format", "json")
    assert code == 0
    results = json.loads(out)
    assert [r["profile"]["id"] for r in results] == ["firearms-default", "firearms-extended"]
    fa01 = next(r for r in results[0]["rules"] if r["rule"] == "FA-01")
    assert (fa01["hits"], fa01["share"]) == (1, 0.5)
    red = next(lane for lane in results[0]["lanes"] if lane["lane"] == "red")
    assert (red["total"], red["per_day"], red["capacity"]) == (1, 0.5, 10)
    code, out, _ = run(capsys, "backtest", "--db", str(station), "--profile", "firearms-default",
                       "--from", "2026-11-27", "--to", "2026-11-28")
    assert code == 0
    assert "FA-01" in out
    code, _, err = run(capsys, "backtest", "--db", str(station), "--profile", "firearms-default",
                       "--from", "2026-11-28", "--to", "2026-11-27")
    assert code == 2
    assert "ends" in err
