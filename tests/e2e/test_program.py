"""The program as a user starts it: a separate process, its exit code and its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from borderdesk.services.demo_accounts import DEMO_PASSWORD


def run(*args: str, data_dir: Path,
        password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BORDERDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    if password is not None:
        env["BORDERDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "borderdesk", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_smoke_test_builds_the_window_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run("--smoke-test", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert not (data / "station.db").exists()


def test_smoke_test_on_a_demo_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), "--today", "2026-11-28",
               data_dir=tmp_path).returncode == 0
    result = run("--db", str(db), "--smoke-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_screenshots_of_each_view_and_the_refusal_of_unknown_views(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), "--today", "2026-11-28",
               data_dir=tmp_path).returncode == 0
    for view in ("queue", "declaration", "backtest", "case-custody"):
        shot = tmp_path / "shots" / f"{view}.png"
        result = run("--screenshot", view, str(shot), "--db", str(db), data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(shot)
        assert shot.read_bytes().startswith(b"\x89PNG")
        assert shot.stat().st_size > 10_000
    refused = run("--db", str(db), "--screenshot", "seizure", str(tmp_path / "b.png"),
                  data_dir=tmp_path)
    assert refused.returncode == 2
    assert "There is no screenshot view" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "b.png").exists()
    too_many = run("--screenshot", "queue", "a.png", "b.png", data_dir=tmp_path)
    assert too_many.returncode == 2
    assert "VIEW and a FILE.png" in too_many.stderr


def test_first_start_seeds_the_default_database_with_the_demo(tmp_path: Path) -> None:
    """The first start makes the demo station protected, as a real one: a sign-in with a
    demo account (the README names them) opens it, and nothing opens it without one."""
    data = tmp_path / "data"
    shot = tmp_path / "shot.png"
    refused = run("--screenshot", str(shot), data_dir=data)
    assert refused.returncode == 2 and "protected" in refused.stderr
    result = run("--user", "officer", "--screenshot", str(shot), data_dir=data,
                 password=DEMO_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    assert not (data / "station.db").read_bytes().startswith(b"SQLite format 3")
    listed = run("declarations", "list", "--format", "jsonl", "--user", "supervisor",
                 data_dir=data, password=DEMO_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) >= 200


def test_a_database_that_is_not_ours_is_refused_in_plain_words(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    result = run("--db", str(junk), "--smoke-test", data_dir=tmp_path)
    assert result.returncode == 2
    assert "junk.db" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_screen_at_200_percent_scaling_on_a_2732_by_1536_screen(tmp_path: Path) -> None:
    """Every page and the declaration view at 1366x768 logical pixels drawn at twice the
    density: nothing clipped, and the window really is 2732x1536 device pixels."""
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), "--today", "2026-11-28",
               data_dir=tmp_path).returncode == 0
    env = dict(os.environ, BORDERDESK_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               QT_SCALE_FACTOR="2")
    child = Path(__file__).with_name("scaling_child.py")
    result = subprocess.run([sys.executable, str(child), str(db)], capture_output=True,
                            text=True, env=env, timeout=120, check=False,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2.0
    assert report["size"] == [2732, 1536]
    assert set(report["clipped"]) >= {"Queue", "Inspections", "Seizures", "Analysis",
                                      "declaration"}
    assert {screen: found for screen, found in report["clipped"].items() if found} == {}


def test_a_case_screenshot_needs_a_seizure_case(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    made = run("station", "set", "--name", "Empty", "--db", str(db), data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    result = run("--screenshot", "case", str(tmp_path / "case.png"), "--db", str(db),
                 data_dir=tmp_path)
    assert result.returncode == 2
    assert "no seizure case" in result.stderr
