"""Property: random answers with random backs never leave the walk on an empty step,
and going back then giving the same answers returns the identical state."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.identify.checklist import Question, default_checklist
from borderdesk.identify.checklist_answers import to_json
from borderdesk.identify.engine import Walk
from borderdesk.identify.markings import KINDS, PLACES, STATUSES, TEXTLESS


def _answer(draw: Any, question: Question) -> Any:
    if not question.required and draw(st.booleans()):
        return None
    if question.kind == "single":
        return draw(st.sampled_from([c.id for c in question.choices]))
    if question.kind == "multiple":
        ids = [c.id for c in question.choices]
        return draw(st.lists(st.sampled_from(ids), min_size=1, max_size=len(ids), unique=True))
    if question.kind == "text":
        return draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=12).filter(
            str.strip))
    if question.kind == "number":
        low = question.minimum if question.minimum is not None else -1e6
        high = question.maximum if question.maximum is not None else 1e6
        if question.integer:
            return draw(st.integers(int(low), int(high)))
        return draw(st.floats(low, high, allow_nan=False))
    if question.kind == "photo":
        return draw(st.lists(st.sampled_from(["p1", "p2", "p3"]), min_size=1, max_size=2))
    status = draw(st.sampled_from(list(STATUSES)))
    return [{"kind": draw(st.sampled_from(list(KINDS))),
             "place": draw(st.sampled_from(list(PLACES))), "status": status,
             "text": "" if status in TEXTLESS else draw(st.sampled_from(["AB 12", "PAT 7"]))}]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_walks_with_backs(data: st.DataObject) -> None:
    checklist = default_checklist()
    walk = Walk.start(checklist)
    for _ in range(data.draw(st.integers(5, 40), label="moves")):
        shown = walk.current
        # Never an empty step: the walk is finished or shows at least one question.
        assert shown is None or shown.questions
        if shown is None or (walk.can_go_back and data.draw(st.integers(0, 3)) == 0):
            if not walk.can_go_back:
                break
            before = walk.state
            walk.back()
            again = walk.current
            assert again is not None and again.questions
            assert walk.state.current == before.path[-1].step
            # Back then the same answers: the identical state.
            walk.answer({n: to_json(v) for n, v in before.path[-1].answers})
            assert walk.state == before
            walk.back()
            continue
        answers = {q.id: _answer(data.draw, q) for q in shown.questions}
        walk.answer({k: v for k, v in answers.items() if v is not None})
    # Whatever happened, the saved walk resumes to the same state.
    assert Walk.from_dict(checklist, walk.to_dict()).state == walk.state
