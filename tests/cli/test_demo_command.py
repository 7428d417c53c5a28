"""`borderdesk demo`: a reproducible demo station."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.cli import main


def listing(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["declarations", "list", "--db", str(db), "--format", "jsonl"]) == 0
    return capsys.readouterr().out.splitlines()


def test_same_seed_and_day_give_the_same_listing(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    first, second, other = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    for db, seed in ((first, "7"), (second, "7"), (other, "8")):
        assert main(["demo", "--db", str(db), "--seed", seed, "--today", "2026-11-28"]) == 0
    rows = listing(first, capsys)
    assert len(rows) >= 200
    assert rows == listing(second, capsys)
    assert rows != listing(other, capsys)
    lodged = [json.loads(row)["lodged_at"] for row in rows]
    assert max(lodged) < "2026-11-29"
    assert any(json.loads(row)["version"] > 1 for row in rows), "some are amended"


def test_the_demo_station_is_a_serbian_crossing(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--today", "2026-11-28"]) == 0
    capsys.readouterr()
    assert main(["station", "show", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "RS-BAT" in shown
    assert "Europe/Belgrade" in shown
    # The sample reference pack is installed, so the pictures can be searched.
    assert main(["refpack", "search", "revolver", "--db", str(db), "--format", "json"]) == 0
    assert "revolver" in capsys.readouterr().out


def test_the_demo_never_overwrites_a_database_unless_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "live.db"
    assert main(["demo", "--db", str(db), "--today", "2026-11-28"]) == 0
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["demo", "--db", str(db), "--seed", "2"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert main(["demo", "--db", str(db), "--seed", "2", "--today", "2026-11-28",
                 "--replace"]) == 0


def test_an_import_that_stores_nothing_leaves_no_new_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.db"
    assert main(["import", str(tmp_path / "missing.json"), "--db", str(db)]) == 2
    assert "missing.json: no such file" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
