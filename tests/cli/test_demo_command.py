"""`borderdesk demo`: a reproducible demo station."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from borderdesk.cli import main


def listing(db: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["declarations", "list", "--db", str(db), "--format", "jsonl"]) == 0
    return capsys.readouterr().out.splitlines()


#: A station-made id (UUIDv7): the one part of the demo that differs from run to run.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def cases(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """Every seizure case of ``db`` as `seizure show --format json` gives it, ids masked."""
    capsys.readouterr()
    assert main(["seizure", "list", "--db", str(db), "--format", "jsonl"]) == 0
    numbers = [json.loads(row)["case_number"] for row in capsys.readouterr().out.splitlines()]
    shown = []
    for number in numbers:
        assert main(["seizure", "show", number, "--db", str(db), "--format", "json"]) == 0
        shown.append(json.loads(_ID.sub("<id>", capsys.readouterr().out)))
    return shown


def test_same_seed_and_day_give_the_same_listing(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    first, second, other = (tmp_path / name / "demo.db" for name in ("a", "b", "c"))
    for db, seed in ((first, "7"), (second, "7"), (other, "8")):
        db.parent.mkdir()
        assert main(["demo", "--db", str(db), "--seed", seed, "--today", "2026-11-28"]) == 0
    rows = listing(first, capsys)
    assert len(rows) >= 200
    assert rows == listing(second, capsys)
    assert rows != listing(other, capsys)
    lodged = [json.loads(row)["lodged_at"] for row in rows]
    assert max(lodged) < "2026-11-29"
    assert any(json.loads(row)["version"] > 1 for row in rows), "some are amended"
    # The seizure cases too: the same record, photos byte for byte (same hashes).
    recorded = cases(first, capsys)
    assert len(recorded) == 3
    assert recorded == cases(second, capsys)
    assert recorded != cases(other, capsys)


def test_a_new_demo_passes_the_audit_check_and_shows_its_cases(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--today", "2026-11-28"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--db", str(db)]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["seizure", "list", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert table.count("RS-BAT-2026-0000") == 3
    assert "signed_off" in table and table.count(" open ") == 2
    assert main(["seizure", "show", "RS-BAT-2026-00002", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "obliterated" in shown and "012173" in shown  # markings, with serials
    assert "deviation_reason" in shown
    # The photos were generated into the folder beside the database, read only.
    originals = list((tmp_path / "photos").rglob("*.jpg"))
    assert originals and all(p.stat().st_mode & 0o222 == 0 for p in originals)


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
