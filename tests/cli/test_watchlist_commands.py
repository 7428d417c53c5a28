"""``borderdesk watchlist add|edit|remove|list``: one entry at a time, who and when kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.cli import main
from tests.cli.helpers import Run
from tests.conftest import declaration


@pytest.fixture
def station(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "station.db"
    source = tmp_path / "in.json"
    source.write_text(json.dumps([declaration("A-1")]), encoding="utf-8")
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    try:
        code = main(list(args))
    except SystemExit as stopped:  # argparse's usage errors
        code = int(stopped.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def _entries(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    listed = run(capsys, "watchlist", "list", "--db", str(db), "--format", "jsonl")
    assert listed.code == 0, listed
    return listed.objects()


def _lane(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    assert run(capsys, "declarations", "screen", "--db", str(db)).code == 0
    (row,) = run(capsys, "declarations", "list", "--db", str(db), "--format", "jsonl").objects()
    return str(row["lane"])


def test_add_edit_remove_and_list(station: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(station)
    added = run(capsys, "watchlist", "add", "vehicle", "bg-1234-ab", "--note", "plates",
                "--db", db)
    assert added.code == 0, added
    (entry,) = _entries(capsys, station)
    assert (entry["kind"], entry["name"], entry["note"]) == ("vehicle", "bg-1234-ab", "plates")
    assert entry["added_by"] and entry["added_at"] and entry["changed_at"] is None
    assert f"added {entry['id']}" in added.out
    assert _lane(capsys, station) == "red"

    edited = run(capsys, "watchlist", "edit", str(entry["id"])[:20], "--name", "NS 1 AB",
                 "--db", db)
    assert edited.code == 0, edited
    (new,) = _entries(capsys, station)
    assert new["id"] != entry["id"] and new["changed_at"] is not None
    assert f"{entry['id']} is now {new['id']}" in edited.out
    assert _lane(capsys, station) == "green"

    table = run(capsys, "watchlist", "list", "--db", db)
    assert table.code == 0
    assert "NS 1 AB" in table.out and str(new["id"]) in table.out

    removed = run(capsys, "watchlist", "remove", str(new["id"]), "--db", db)
    assert removed.code == 0, removed
    assert _entries(capsys, station) == []
    assert run(capsys, "watchlist", "list", "--db", db).out.strip() == "the watch list is empty"


def test_unknown_or_old_ids_exit_2_in_plain_words(station: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = str(station)
    missing = run(capsys, "watchlist", "remove", "0000-not-an-id", "--db", db)
    assert missing.code == 2
    assert "no watch-list entry has the id '0000-not-an-id'" in missing.err
    assert "Traceback" not in missing.err
    run(capsys, "watchlist", "add", "person", "Marko Marković", "--db", db)
    (entry,) = _entries(capsys, station)
    run(capsys, "watchlist", "remove", str(entry["id"]), "--db", db)
    again = run(capsys, "watchlist", "edit", str(entry["id"]), "--note", "x", "--db", db)
    assert again.code == 2
    assert "was removed by" in again.err


@pytest.mark.parametrize(("args", "message"), [
    (("add", "boat", "Sea Wolf"), "invalid choice: 'boat'"),
    (("add", "person", "  "), "the name is empty"),
    (("edit", "abcd"), "say what to change"),
])
def test_usage_mistakes_exit_2(station: Path, capsys: pytest.CaptureFixture[str],
                               args: tuple[str, ...], message: str) -> None:
    result = run(capsys, "watchlist", *args, "--db", str(station))
    assert result.code == 2
    assert message in result.err


@pytest.mark.parametrize("command", ["add", "edit", "remove", "list"])
def test_every_watchlist_command_has_help(capsys: pytest.CaptureFixture[str],
                                          command: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["watchlist", command, "--help"])
    assert stopped.value.code == 0
    assert "--db" in capsys.readouterr().out
