"""The inbox folder: stable files are imported, screened and filed away."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.progress import CancelToken
from borderdesk.services import inbox as inbox_module
from borderdesk.services.declarations import list_declarations
from borderdesk.services.inbox import InboxWatcher, numbered
from borderdesk.services.station import StationSession
from tests.conftest import declaration, dump_database
from tests.rules.helpers import item

OLD = 1_700_000_000  # a fixed modification time (seconds), so no test sleeps


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def drop(write_json: Any, objects: Any, name: str, *, mtime: int = OLD) -> Path:
    """Write a file into the inbox with a fixed modification time."""
    path: Path = write_json(objects, f"inbox/{name}")
    os.utime(path, (mtime, mtime))
    return path


def red_declaration(declaration_id: str) -> dict[str, Any]:
    return declaration(declaration_id, items=[item(hs_code="930200", description="revolvers")],
                       documents=[])


def test_a_good_file_is_imported_screened_and_moved_to_done(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    drop(write_json, [red_declaration("RED-1"), declaration("GREEN-1")], "decl.json")
    watcher = InboxWatcher(inbox)

    assert watcher.process(session) == []  # first sighting: never ready
    [outcome] = watcher.process(session)

    assert outcome.accepted and (outcome.new, outcome.amended, outcome.unchanged) == (2, 0, 0)
    assert outcome.name == "decl.json"
    assert outcome.path == inbox / "done" / "decl.json" and outcome.path.is_file()
    assert outcome.report is None and outcome.problem is None and outcome.errors == ()
    assert not (inbox / "decl.json").exists()
    assert outcome.screening is not None and len(outcome.screening.assessments) == 2
    lanes = {row.declaration_id: row.lane for row in list_declarations(session)}
    assert lanes == {"RED-1": "red", "GREEN-1": "green"}
    assert watcher.process(session) == []


def test_without_screening_the_declarations_are_stored_unscreened(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    drop(write_json, [declaration("D-1")], "decl.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    [outcome] = watcher.process(session, screen=False)

    assert outcome.accepted and outcome.screening is None
    assert [(r.declaration_id, r.lane) for r in list_declarations(session)] == [("D-1", None)]


def test_a_bad_file_is_moved_to_rejected_with_its_error_report(
        session: StationSession, db_path: Path, inbox: Path, write_json: Any) -> None:
    drop(write_json, [declaration("D-1"), declaration("D-2", lodged_at="yesterday"),
                      declaration("D-3", crossing=None)], "bad.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()
    before = dump_database(db_path)

    [outcome] = watcher.process(session)

    assert dump_database(db_path) == before
    assert not outcome.accepted and outcome.problem is None
    assert outcome.path == inbox / "rejected" / "bad.json" and outcome.path.is_file()
    assert outcome.report == inbox / "rejected" / "bad.json.errors.txt"
    assert len(outcome.errors) >= 2
    assert all(error.startswith("bad.json:") for error in outcome.errors)
    lines = outcome.report.read_text(encoding="utf-8").splitlines()
    assert "bad.json rejected" in lines[0] and f"{len(outcome.errors)} errors" in lines[0]
    assert lines[1:] == list(outcome.errors)
    assert any("lodged_at" in line for line in lines)
    assert not (inbox / "bad.json").exists()
    assert list_declarations(session) == []


def test_the_report_ends_with_the_count_of_errors_not_listed(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    drop(write_json, [declaration(f"D-{n}", lodged_at="never") for n in range(150)], "many.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    [outcome] = watcher.process(session)

    assert outcome.more_errors == 50 and len(outcome.errors) == 100
    assert outcome.report is not None
    lines = outcome.report.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 102
    assert lines[-1] == "many.json: ... and 50 more errors"


def test_a_growing_file_is_left_alone_until_it_stops_changing(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    path = drop(write_json, [declaration("D-1")], "growing.json")
    watcher = InboxWatcher(inbox)
    assert watcher.ready_files() == []

    with open(path, "a", encoding="utf-8") as out:
        out.write("\n")  # still being written: the size changes
    os.utime(path, (OLD, OLD))
    assert watcher.process(session) == []

    os.utime(path, (OLD + 5, OLD + 5))  # same size, new time: still being written
    assert watcher.process(session) == []
    assert path.exists() and list_declarations(session) == []

    [outcome] = watcher.process(session)  # unchanged since the previous scan
    assert outcome.accepted and outcome.new == 1


def test_partial_hidden_empty_and_other_files_are_ignored(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    names = ["decl.json.part", "decl.json.tmp", "DECL.JSON.PART", ".decl.json", "notes.txt",
             "decl.json.errors.txt"]
    for name in names:
        drop(write_json, [declaration("D-1")], name)
    (inbox / "empty.json").touch()
    (inbox / "folder.json").mkdir()
    drop(write_json, [declaration("D-2")], "UPPER.JSON")
    watcher = InboxWatcher(inbox)

    assert watcher.ready_files() == []
    assert watcher.ready_files() == [inbox / "UPPER.JSON"]
    outcomes = watcher.process(session)
    assert [o.name for o in outcomes] == ["UPPER.JSON"]
    assert {p.name for p in inbox.iterdir()} == {*names, "empty.json", "folder.json", "done"}


def test_ready_files_come_oldest_first(inbox: Path, write_json: Any) -> None:
    drop(write_json, [declaration("D-1")], "b.json", mtime=OLD)
    drop(write_json, [declaration("D-1")], "a.json", mtime=OLD + 10)
    drop(write_json, [declaration("D-1")], "c.json", mtime=OLD)
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    assert [p.name for p in watcher.ready_files()] == ["b.json", "c.json", "a.json"]


def test_a_name_taken_in_done_gets_a_number(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    (inbox / "done").mkdir()
    (inbox / "done" / "decl.json").write_text("earlier", encoding="utf-8")
    (inbox / "done" / "decl (2).json").write_text("earlier too", encoding="utf-8")
    drop(write_json, [declaration("D-1")], "decl.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    [outcome] = watcher.process(session)

    assert outcome.path == inbox / "done" / "decl (3).json"
    assert (inbox / "done" / "decl.json").read_text(encoding="utf-8") == "earlier"
    assert numbered("decl.csv", 2) == "decl (2).csv"
    assert numbered("decl", 2) == "decl (2)"


def test_a_rejected_name_is_numbered_when_its_report_name_is_taken(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    (inbox / "rejected").mkdir()
    (inbox / "rejected" / "bad.json.errors.txt").write_text("old report", encoding="utf-8")
    drop(write_json, [declaration("D-1", lodged_at="never")], "bad.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    [outcome] = watcher.process(session)

    assert outcome.path == inbox / "rejected" / "bad (2).json"
    assert outcome.report == inbox / "rejected" / "bad (2).json.errors.txt"
    assert outcome.report.read_text(encoding="utf-8").splitlines()[1].startswith(
        "bad (2).json:")
    assert (inbox / "rejected" / "bad.json.errors.txt").read_text(
        encoding="utf-8") == "old report"


def test_the_same_file_dropped_twice_is_imported_once(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    objects = [declaration("D-1"), declaration("D-2")]
    watcher = InboxWatcher(inbox)
    drop(write_json, objects, "decl.json")
    watcher.ready_files()
    [first] = watcher.process(session)
    drop(write_json, objects, "decl.json")
    watcher.ready_files()

    [second] = watcher.process(session)

    assert (first.new, first.unchanged) == (2, 0)
    assert second.accepted and (second.new, second.amended, second.unchanged) == (0, 0, 2)
    assert second.screening is None  # nothing new to screen
    assert second.path == inbox / "done" / "decl (2).json"
    assert len(list_declarations(session)) == 2


def test_a_file_that_vanishes_is_reported_not_raised(
        session: StationSession, inbox: Path, write_json: Any,
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    path = drop(write_json, [declaration("D-1")], "gone.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()
    ready = watcher.ready_files()
    path.unlink()
    monkeypatch.setattr(watcher, "ready_files", lambda: ready)

    with caplog.at_level(logging.WARNING, logger="borderdesk.inbox"):
        [outcome] = watcher.process(session)

    assert not outcome.accepted and outcome.report is None
    assert outcome.problem is not None and "vanished" in outcome.problem
    assert "gone.json" in caplog.text
    assert not (inbox / "rejected").exists()


def imports_count(session: StationSession) -> int:
    return len(session.database.query("SELECT id FROM imports"))


def test_a_file_that_cannot_be_moved_is_reported_and_not_imported_again(
        session: StationSession, inbox: Path, write_json: Any,
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    drop(write_json, [declaration("D-1")], "stuck.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    def refuse(source: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(inbox_module.os, "link", refuse)
    monkeypatch.setattr(Path, "rename", refuse)
    with caplog.at_level(logging.WARNING, logger="borderdesk.inbox"):
        [outcome] = watcher.process(session)
    imports = imports_count(session)
    [again] = watcher.process(session)

    assert outcome.accepted and outcome.new == 1
    assert outcome.path == inbox / "stuck.json" and outcome.path.exists()
    assert outcome.problem is not None and "could not be moved" in outcome.problem
    assert "Permission denied" in outcome.problem and "stuck.json" in caplog.text
    assert again.problem is not None and imports_count(session) == imports

    monkeypatch.undo()  # permissions fixed: only the move is retried
    [moved] = watcher.process(session)
    assert moved.path == inbox / "done" / "stuck.json" and moved.problem is None
    assert imports_count(session) == imports == 1


def test_a_rejected_file_that_cannot_be_moved_stays_with_no_report(
        session: StationSession, inbox: Path, write_json: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    drop(write_json, [declaration("D-1", lodged_at="never")], "bad.json")
    watcher = InboxWatcher(inbox)
    watcher.ready_files()

    def refuse(source: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(inbox_module.os, "link", refuse)
    monkeypatch.setattr(Path, "rename", refuse)
    [outcome] = watcher.process(session)

    assert not outcome.accepted and outcome.report is None
    assert outcome.path == inbox / "bad.json" and outcome.path.exists()
    assert outcome.problem is not None and "rejected" in outcome.problem
    assert outcome.errors and outcome.errors[0].startswith("bad.json:")


def test_a_missing_inbox_folder_has_no_files(tmp_path: Path) -> None:
    assert InboxWatcher(tmp_path / "nowhere").ready_files() == []


class _CancelLater(CancelToken):
    """Cancelled after the job has checked it ``checks`` times (mid-import)."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self._left = checks

    def raise_if_cancelled(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.cancel()
        super().raise_if_cancelled()


def test_closing_the_window_stops_an_inbox_import_and_keeps_the_files(
        session: StationSession, inbox: Path, write_json: Any) -> None:
    drop(write_json, [declaration(f"BIG-{n}") for n in range(50)], "a-big.json")
    drop(write_json, [declaration("LATER-1")], "b-later.json")
    watcher = InboxWatcher(inbox)
    watcher.process(session)  # first sighting
    before = dump_database(session.path)  # type: ignore[arg-type]

    assert watcher.process(session, cancel=_CancelLater(1)) == []  # while storing

    assert dump_database(session.path) == before  # type: ignore[arg-type]
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [
        "a-big.json", "b-later.json"]
    outcomes = watcher.process(session)  # the next scan takes both
    assert [o.name for o in outcomes] == ["a-big.json", "b-later.json"]
    assert all(o.accepted for o in outcomes)
