"""The walk: what is shown, answering, skipping, going back, saving and resuming."""

from __future__ import annotations

import json

import pytest

from borderdesk.identify.checklist import Checklist
from borderdesk.identify.checklist_answers import AnswerError
from borderdesk.identify.engine import Walk, WalkError, walk_answers
from tests.identify.conftest import load_case

SAFETY = {"safety_rules": ["treat_as_loaded", "no_handling"],
          "qualified_person": "Sgt. Jović"}


def test_a_walk_starts_with_safety_and_cannot_go_back(checklist: Checklist) -> None:
    walk = Walk.start(checklist)
    shown = walk.current
    assert shown is not None and shown.step.id == "safety" and shown.number == 1
    assert not walk.can_go_back and not walk.finished
    with pytest.raises(WalkError, match="first step"):
        walk.back()


def test_missing_and_wrong_answers_are_said_per_question(checklist: Checklist) -> None:
    walk = Walk.start(checklist)
    with pytest.raises(AnswerError) as caught:
        walk.answer({"safety_rules": ["jump"], "colour": "red"})
    problems = {p.question: p.message for p in caught.value.problems}
    assert "not one of the choices" in problems["safety_rules"]
    assert "an answer is needed" in problems["qualified_person"]
    assert "not asked on this page" in problems["colour"]
    assert walk.current is not None and walk.current.step.id == "safety"  # nothing moved


def test_numbers_are_checked_against_unit_and_bounds(checklist: Checklist) -> None:
    walk = Walk.start(checklist)
    walk.answer(SAFETY)
    walk.answer({"loaded_as_found": "loaded", "feed": "cylinder"})
    assert walk.current is not None and walk.current.step.id == "condition-cylinder"
    for wrong, says in ((0, "at least 1 chambers"), (6.5, "whole number"), ("six", "not a number")):
        with pytest.raises(AnswerError, match=says):
            walk.answer({"cylinder_chambers": wrong, "cylinder_hammer": "down"})
    walk.answer({"cylinder_chambers": "6", "cylinder_hammer": "down"})
    assert walk.answers()["cylinder_chambers"] == 6


def test_irrelevant_steps_are_skipped(checklist: Checklist) -> None:
    walk = Walk.start(checklist)
    walk.answer(SAFETY)
    walk.answer({"loaded_as_found": "unloaded", "feed": "not_a_weapon"})
    # No magazine, no cylinder, no photo of a weapon as found: straight to the class.
    assert walk.current is not None and walk.current.step.id == "class"


def test_back_shows_the_same_step_with_the_earlier_answers_suggested(
        checklist: Checklist) -> None:
    walk = Walk.start(checklist)
    walk.answer(SAFETY)
    before = walk.state
    walk.answer({"loaded_as_found": "loaded", "feed": "magazine"})
    walk.back()
    assert walk.state == before
    assert walk.current is not None
    assert dict(walk.current.suggestions) == {"loaded_as_found": "loaded", "feed": "magazine"}


def test_a_finished_walk_has_a_result_and_an_unfinished_one_says_what_is_left(
        checklist: Checklist) -> None:
    walk = Walk.start(checklist)
    with pytest.raises(WalkError, match="Safety first"):
        walk.result()
    done = walk_answers(checklist, load_case("revolver")["answers"]).walk
    assert done.finished and done.current is None
    assert done.result().category == "revolver"
    with pytest.raises(WalkError, match="complete"):
        done.answer({})


def test_save_and_resume_gives_the_same_walk(checklist: Checklist) -> None:
    walk = walk_answers(checklist, load_case("revolver")["answers"]).walk
    walk.back()
    walk.back()
    saved = json.loads(json.dumps(walk.to_dict()))
    resumed = Walk.from_dict(checklist, saved)
    assert resumed.state == walk.state
    assert resumed.current == walk.current
    assert resumed.to_dict() == walk.to_dict()


def test_resuming_on_another_checklist_version_is_refused(checklist: Checklist) -> None:
    saved = Walk.start(checklist).to_dict()
    saved["version"] = checklist.version + 1
    with pytest.raises(WalkError, match="cannot be resumed"):
        Walk.from_dict(checklist, saved)
