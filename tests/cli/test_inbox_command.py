"""``borderdesk inbox process FOLDER``: the inbox folder from the command line."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk import cli
from tests.cli.helpers import Run
from tests.conftest import declaration, dump_database

OLD = 1_700_000_000


@pytest.fixture
def cli_run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``borderdesk`` through main()."""

    def run(*argv: Any) -> Run:
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Run(code, out, err)

    return run


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def drop(write_json: Any, objects: Any, name: str) -> Path:
    path: Path = write_json(objects, f"inbox/{name}")
    os.utime(path, (OLD, OLD))
    return path


def test_good_files_are_done_and_screened(
        cli_run: Callable[..., Run], inbox: Path, db_path: Path, write_json: Any) -> None:
    drop(write_json, [declaration("D-1"), declaration("D-2")], "a.json")
    drop(write_json, [declaration("D-1", seals=["NEW1"])], "b.json")
    (inbox / "c.json.part").write_text("[", encoding="utf-8")

    run = cli_run("inbox", "process", inbox, "--db", db_path, "--wait", 0)

    assert run.code == 0, run
    assert run.out.splitlines() == ["a.json: done (2 new, 0 amended)",
                                    "b.json: done (0 new, 1 amended)"]
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["a.json", "b.json"]
    assert (inbox / "c.json.part").exists()
    listed = cli_run("declarations", "list", "--db", db_path, "--format", "jsonl")
    assert {o["declaration_id"]: o["lane"] for o in listed.objects()} == {
        "D-1": "green", "D-2": "green"}


def test_no_screen_stores_without_lanes(
        cli_run: Callable[..., Run], inbox: Path, db_path: Path, write_json: Any) -> None:
    drop(write_json, [declaration("D-1")], "a.json")

    run = cli_run("inbox", "process", inbox, "--db", db_path, "--wait", 0, "--no-screen")

    assert run.code == 0, run
    listed = cli_run("declarations", "list", "--db", db_path, "--format", "jsonl")
    assert [o["lane"] for o in listed.objects()] == [None]


def test_a_bad_file_is_rejected_with_exit_code_2(
        cli_run: Callable[..., Run], inbox: Path, db_path: Path, write_json: Any) -> None:
    assert cli_run("station", "set", "--db", db_path, "--name", "Test").code == 0  # creates it
    before = dump_database(db_path)
    drop(write_json, [declaration("D-1", lodged_at="never")], "bad.json")

    run = cli_run("inbox", "process", inbox, "--db", db_path, "--wait", 0)

    assert run.code == 2, run
    assert run.out.splitlines() == ["bad.json: rejected, see rejected/bad.json.errors.txt"]
    report = (inbox / "rejected" / "bad.json.errors.txt").read_text(encoding="utf-8")
    lines = report.splitlines()
    assert "bad.json rejected" in lines[0]
    assert lines[1].startswith("bad.json:") and "lodged_at" in lines[1]
    assert dump_database(db_path) == before


def test_an_empty_inbox_processes_nothing(
        cli_run: Callable[..., Run], inbox: Path, db_path: Path) -> None:
    run = cli_run("inbox", "process", inbox, "--db", db_path, "--wait", "0.01")

    assert (run.code, run.out) == (0, "")
    assert "no complete files" in run.err


def test_a_missing_folder_and_a_bad_wait_are_usage_errors(
        cli_run: Callable[..., Run], tmp_path: Path, inbox: Path, db_path: Path) -> None:
    missing = cli_run("inbox", "process", tmp_path / "nowhere", "--db", db_path)
    assert missing.code == 2 and "no such folder" in missing.err
    bad = cli_run("inbox", "process", inbox, "--db", db_path, "--wait", "-1")
    assert bad.code == 2 and "seconds" in bad.err
