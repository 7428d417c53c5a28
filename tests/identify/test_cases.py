"""The eight identifications of issue 5's "Done when", walked headlessly from their files.

Each case in ``cases/`` is an answers file as ``borderdesk identify walk --answers``
reads it, with an ``expect`` block of what the record must say. Going back at every
step and answering differently must give the same walk as answering so from the start,
and answering as before again must give the original result.
"""

from __future__ import annotations

from typing import Any

import pytest

from borderdesk.identify.checklist import Checklist, Question
from borderdesk.identify.checklist_answers import AnswerValue, to_json
from borderdesk.identify.engine import Walk, walk_answers
from borderdesk.identify.markings import Marking
from borderdesk.identify.trace import trace_readiness
from tests.identify.conftest import case_names, load_case

EIGHT = {"revolver", "pistol-obliterated-serial", "alarm-approved", "alarm-converted",
         "rifle-bolt", "shotgun-pump", "ammunition-box", "rifle-barrel-part", "printed-frame"}


def test_every_case_of_the_issue_has_a_file() -> None:
    assert set(case_names()) >= EIGHT


@pytest.mark.parametrize("name", case_names())
def test_case_gives_the_expected_record(checklist: Checklist, name: str) -> None:
    case = load_case(name)
    done = walk_answers(checklist, case["answers"])
    assert done.unused == (), "every answer in the file was asked for"
    record = done.walk.result()
    expect: dict[str, Any] = case["expect"]
    for key, value in expect.items():
        if key == "flags":
            assert set(record.flags) == set(value)
        elif key == "legal":
            assert record.legal is not None and record.legal.category == value
        elif key == "legal_rule":
            assert record.legal is not None and record.legal.rule == value
        elif key == "trace_ready":
            assert trace_readiness(record).ready is value
        elif key == "trace_applicable":
            assert trace_readiness(record).applicable is value
        elif key == "trace_gaps":
            gaps = [c.requirement for c in trace_readiness(record).checks if not c.satisfied]
            assert gaps == value
        else:
            assert getattr(record, key) == value, key
    assert record.legal is not None and record.legal.reason  # the officer sees why


def _alternative(question: Question, value: AnswerValue | None) -> AnswerValue:
    """A different valid answer to ``question`` (``value`` None: it was not answered)."""
    if value is None:
        return _first_answer(question)
    if question.kind == "single":
        return next(c.id for c in question.choices if c.id != value)
    if question.kind == "multiple":
        ids = [c.id for c in question.choices]
        chosen = set(value)  # type: ignore[arg-type]
        other = tuple(i for i in ids if i not in chosen)[:1]
        return other or tuple(ids[:1]) if question.required or other else ()
    if question.kind == "text":
        return f"{value} (corrected)"
    if question.kind == "number":
        low = question.minimum if question.minimum is not None else 0.0
        changed = low if float(value) != low else low + 1  # type: ignore[arg-type]
        return int(changed) if question.integer else changed
    if question.kind == "photo":
        return ("photo-other",)
    return tuple(Marking(m.kind, m.place, m.text + "9" if m.legible else m.text, m.status,
                         m.photo) for m in value if isinstance(m, Marking))


def _first_answer(question: Question) -> AnswerValue:
    if question.kind == "single":
        return question.choices[0].id
    if question.kind == "multiple":
        return (question.choices[0].id,)
    if question.kind == "number":
        return int(question.minimum or 0) if question.integer else question.minimum or 0.0
    if question.kind == "photo":
        return ("photo-other",)
    if question.kind == "marking":
        return (Marking("serial", "frame", "X 1"),)
    return "something"


@pytest.mark.parametrize("name", case_names())
def test_back_at_every_step_and_answering_differently(checklist: Checklist, name: str) -> None:
    answers = load_case(name)["answers"]
    original = walk_answers(checklist, answers).walk
    entries = original.state.path
    for k, entry in enumerate(entries):
        walk = walk_answers(checklist, answers).walk
        for _ in range(len(entries) - k):
            walk.back()
        shown = walk.current
        assert shown is not None and shown.step.id == entry.step
        changed = {n: to_json(v) for n, v in entry.answers}
        first = shown.questions[0]
        changed[first.id] = to_json(_alternative(first, dict(entry.answers).get(first.id)))
        walk.answer(changed)
        # The same as answering so from the start: nothing of the old answers is left.
        fresh = Walk.start(checklist)
        for earlier in entries[:k]:
            fresh.answer({n: to_json(v) for n, v in earlier.answers})
        fresh.answer(changed)
        assert walk.state == fresh.state
        assert walk.summary() == fresh.summary()
        # Back again and the original answers give the original result.
        walk.back()
        walk.answer({n: to_json(v) for n, v in entry.answers})
        while (shown := walk.current) is not None:
            walk.answer({q.id: answers[q.id] for q in shown.questions if q.id in answers})
        assert walk.state == original.state
        assert walk.result() == original.result()


def test_a_revolver_corrected_to_a_pistol_is_identified_as_a_pistol(
        checklist: Checklist) -> None:
    answers = load_case("revolver")["answers"]
    walk = walk_answers(checklist, answers).walk
    while walk.current is None or walk.current.step.id != "handgun-type":
        walk.back()
    walk.answer({"handgun_type": "pistol"})
    answers = {**answers, "markings_pistol": answers["markings_revolver"]}
    shown_steps = []
    while (shown := walk.current) is not None:
        shown_steps.append((shown.step.id, shown.step.picture))
        walk.answer({q.id: answers[q.id] for q in shown.questions if q.id in answers})
    assert ("markings-pistol", "markings-pistol") in shown_steps
    assert "markings-revolver" not in {step for step, _ in shown_steps}
    record = walk.result()
    assert (record.category, record.action, record.typology) == (
        "pistol", "self_loading", "pistol-self-loading")
    assert record.legal is not None and record.legal.rule == "B-5"
    assert "handgun_type" in record.answers and "markings_revolver" not in record.answers


def test_a_shotgun_corrected_to_a_rifle_asks_the_rifle_action(checklist: Checklist) -> None:
    answers = load_case("shotgun-pump")["answers"]
    walk = walk_answers(checklist, answers).walk
    while walk.current is None or walk.current.step.id != "long-gun-type":
        walk.back()
    walk.answer({"long_gun_type": "rifle"})
    assert walk.current is not None and walk.current.step.id == "rifle-action"
    walk.answer({"rifle_action": "self_loading"})
    record = walk.summary()
    assert record.category == "rifle_carbine" and "smooth_bore" not in record.flags
