"""Identifications stored for an inspection: start, save, resume, complete, list, trace."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
import yaml

from borderdesk.core.errors import UserInputError
from borderdesk.identify.engine import walk_answers
from borderdesk.services.identification import (
    checklist_for,
    complete,
    get_identification,
    list_identifications,
    record_walk,
    result_of,
    resume,
    save_walk,
    start_identification,
    trace_readiness_of,
)
from borderdesk.services.inspections import start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.store.changelog import read_changes
from tests.conftest import declaration
from tests.identify.conftest import CASES


@pytest.fixture
def inspection(session: StationSession, write_json: Any) -> str:
    """The id of a physical inspection of RED-1."""
    import_files(session, [write_json([declaration("RED-1")])])
    return start_inspection(session, "RED-1", "physical").id


def _answers(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    return dict(data["answers"])


def test_start_save_resume_and_complete(session: StationSession, inspection: str) -> None:
    started, walk = start_identification(session, inspection, "  pistol under the seat ")
    assert (started.item_label, started.saves, started.current_step) == (
        "pistol under the seat", 1, "safety")
    assert not started.completed

    answers = _answers("pistol-obliterated-serial")
    for _ in range(4):
        shown = walk.current
        assert shown is not None
        walk.answer({q.id: answers[q.id] for q in shown.questions if q.id in answers})
    walk.back()
    saved = save_walk(session, started.id, walk)
    assert saved.saves == 2 and saved.current_step == walk.state.current

    resumed = resume(session, started.id[:20])
    assert resumed.state == walk.state
    assert resumed.current == walk.current  # suggestions from the back come back too

    while (shown := resumed.current) is not None:
        resumed.answer({q.id: answers[q.id] for q in shown.questions if q.id in answers})
    record = complete(session, started.id, resumed)
    assert record.category == "pistol"
    done = get_identification(session, started.id)
    assert done.completed and done.category == "pistol" and done.legal_category == "B"
    assert done.current_step is None and done.saves == 3
    assert result_of(session, started.id) == record
    readiness = trace_readiness_of(session, started.id)
    assert not readiness.ready
    assert any(g.startswith("Import marking") for g in readiness.gaps())
    operations = [c.operation for c in read_changes(session.database.conn)
                  if c.entity == "identification"]
    assert operations == ["create", "save", "save", "save", "complete"]


def test_list_by_inspection(session: StationSession, inspection: str, write_json: Any) -> None:
    import_files(session, [write_json([declaration("RED-2")])])
    other = start_inspection(session, "RED-2", "xray").id
    first, _ = start_identification(session, inspection, "item 1")
    second, _ = start_identification(session, inspection, "item 2")
    start_identification(session, other, "item A")
    assert [i.id for i in list_identifications(session, inspection)] == [first.id, second.id]
    assert len(list_identifications(session)) == 3


def test_an_unfinished_walk_cannot_be_completed_and_nothing_is_written(
        session: StationSession, inspection: str) -> None:
    started, walk = start_identification(session, inspection, "item 1")
    with pytest.raises(UserInputError, match="not complete: 'Safety first'"):
        complete(session, started.id, walk)
    with pytest.raises(UserInputError, match="not completed yet"):
        result_of(session, started.id)
    assert get_identification(session, started.id).saves == 1


def test_unknown_inspection_and_identification_are_said_plainly(
        session: StationSession, inspection: str) -> None:
    with pytest.raises(UserInputError, match="no inspection 'nope'"):
        start_identification(session, "nope", "item 1")
    with pytest.raises(UserInputError, match="label"):
        start_identification(session, inspection, "   ")
    with pytest.raises(UserInputError, match="no identification 'nope'"):
        resume(session, "nope")
    with pytest.raises(UserInputError, match="no checklist 'nope'"):
        checklist_for("nope")


def test_a_completed_identification_can_be_corrected_and_the_first_result_stays(
        session: StationSession, inspection: str) -> None:
    started, _ = start_identification(session, inspection, "item 1")
    walk = walk_answers(checklist_for(), _answers("shotgun-pump")).walk
    complete(session, started.id, walk)
    while walk.current is None or walk.current.step.id != "measurements":
        walk.back()
    walk.answer({"barrel_length": 650})
    while (shown := walk.current) is not None:
        walk.answer({q.id: v for q in shown.questions
                     if (v := _answers("shotgun-pump").get(q.id)) is not None})
    corrected = complete(session, started.id, walk)
    assert corrected.legal is not None and corrected.legal.rule == "C-1"
    assert result_of(session, started.id) == corrected
    results = session.database.query("SELECT legal_category FROM identification_results"
                                     " ORDER BY rowid")
    assert [r[0] for r in results] == ["B", "C"]


def test_stored_identifications_are_never_changed(session: StationSession,
                                                  inspection: str) -> None:
    start_identification(session, inspection, "item 1")
    for table in ("identifications", "identification_saves"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            session.database.conn.execute(f"DELETE FROM {table}")


def test_a_walk_finished_elsewhere_is_stored_whole_or_not_at_all(
        session: StationSession, inspection: str) -> None:
    walk = walk_answers(checklist_for(), _answers("ammunition-box")).walk
    stored = record_walk(session, inspection, "box in the spare wheel", walk)
    assert stored.completed and stored.category == "ammunition" and stored.saves == 2
    with pytest.raises(UserInputError, match="no inspection"):
        record_walk(session, "nope", "box 2", walk)
    assert [i.id for i in list_identifications(session)] == [stored.id]
