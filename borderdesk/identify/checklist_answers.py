"""Checking one step's answers against its questions, and saying them in words.

Answers arrive from the wizard or an answers file as plain values; they are
checked and turned into immutable values (tuples, :class:`Marking`) so that a
walk's snapshots can be compared and restored exactly. Problems are said in
plain words, one per question, for the wizard to show beside the question.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.identify.checklist import Question
from borderdesk.identify.markings import KINDS, PLACES, STATUSES, Marking, MarkingError

#: An answer once checked: a choice id, choice ids, text, a number, photo refs, markings.
AnswerValue = str | int | float | tuple[str, ...] | tuple[Marking, ...]
#: One step's answers in the order of its questions.
StepAnswers = tuple[tuple[str, AnswerValue], ...]


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    """What is wrong with the answer to one question (question None: the step as a whole)."""

    question: str | None
    message: str


class AnswerError(BorderdeskError):
    """Answers that cannot be accepted; ``problems`` says what is wrong, per question."""

    def __init__(self, problems: Sequence[AnswerProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))


def check_answers(questions: Sequence[Question], given: Mapping[str, Any]) -> StepAnswers:
    """Check ``given`` against the ``questions`` shown; raise :class:`AnswerError`."""
    problems: list[AnswerProblem] = []
    asked = {q.id for q in questions}
    for name in given:
        if name not in asked:
            problems.append(AnswerProblem(name, tr("'{name}' is not asked on this page",
                                                   name=name)))
    checked: list[tuple[str, AnswerValue]] = []
    for question in questions:
        raw = given.get(question.id)
        if _empty(raw):
            if question.required:
                problems.append(AnswerProblem(question.id, tr(
                    "{label}: an answer is needed", label=tr(question.label, "checklist"))))
            continue
        try:
            checked.append((question.id, _check_one(question, raw)))
        except ValueError as exc:
            problems.append(AnswerProblem(question.id, tr(
                "{label}: {problem}", label=tr(question.label, "checklist"), problem=str(exc))))
    if problems:
        raise AnswerError(problems)
    return tuple(checked)


def _empty(raw: Any) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    return isinstance(raw, (list, tuple)) and not raw


def _check_one(question: Question, raw: Any) -> AnswerValue:
    kind = question.kind
    if kind == "single":
        if not isinstance(raw, str) or question.choice(raw) is None:
            raise ValueError(tr("'{value}' is not one of the choices", value=raw))
        return raw
    if kind == "multiple":
        values = [raw] if isinstance(raw, str) else raw
        if not isinstance(values, (list, tuple)):
            raise ValueError(tr("pick one or more of the choices"))
        for value in values:
            if not isinstance(value, str) or question.choice(value) is None:
                raise ValueError(tr("'{value}' is not one of the choices", value=value))
        # In the checklist's order, once each: the same picks give the same answer.
        return tuple(c.id for c in question.choices if c.id in values)
    if kind == "text":
        if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
            raise ValueError(tr("must be text"))
        return str(raw).strip()
    if kind == "number":
        return _number(question, raw)
    if kind == "photo":
        refs = [raw] if isinstance(raw, str) else raw
        if not isinstance(refs, (list, tuple)) or not all(
                isinstance(r, str) and r.strip() for r in refs):
            raise ValueError(tr("must be one or more photo references"))
        return tuple(refs)
    return _markings(raw)


def _number(question: Question, raw: Any) -> int | float:
    if isinstance(raw, bool):
        raise ValueError(tr("must be a number"))
    try:
        value = float(raw.replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise ValueError(tr("'{value}' is not a number", value=raw)) from None
    if not math.isfinite(value):
        raise ValueError(tr("must be a number"))
    unit = question.unit or ""
    if question.minimum is not None and value < question.minimum:
        raise ValueError(tr("must be at least {min} {unit}", min=_fmt(question.minimum),
                            unit=unit))
    if question.maximum is not None and value > question.maximum:
        raise ValueError(tr("must be at most {max} {unit}", max=_fmt(question.maximum),
                            unit=unit))
    if question.integer:
        if not value.is_integer():
            raise ValueError(tr("must be a whole number"))
        return int(value)
    return value


def _markings(raw: Any) -> tuple[Marking, ...]:
    items = [raw] if isinstance(raw, (Mapping, Marking)) else raw
    if not isinstance(items, (list, tuple)):
        raise ValueError(tr("must be a list of markings"))
    markings: list[Marking] = []
    for number, item in enumerate(items, start=1):
        try:
            markings.append(item if isinstance(item, Marking) else Marking.from_dict(item))
        except MarkingError as exc:
            raise ValueError(tr("marking {number}: {problem}", number=number,
                                problem=str(exc))) from None
    return tuple(markings)


def _fmt(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def to_json(value: AnswerValue) -> Any:
    """An answer as a JSON value."""
    if isinstance(value, tuple):
        return [v.to_dict() if isinstance(v, Marking) else v for v in value]
    return value


def in_words(question: Question, value: AnswerValue) -> str:
    """An answer as the officer would read it in the path or the summary."""
    if question.kind in ("single", "multiple"):
        ids = {value} if isinstance(value, str) else set(value) if isinstance(value, tuple) \
            else set()
        labels = [tr(c.label, "checklist") for c in question.choices if c.id in ids]
        return ", ".join(labels)
    if question.kind == "number":
        return f"{_fmt(float(value))} {question.unit or ''}".strip()  # type: ignore[arg-type]
    if question.kind == "photo":
        count = len(value)  # type: ignore[arg-type]
        return tr("1 photo") if count == 1 else tr("{count} photos", count=count)
    if question.kind == "marking":
        return "; ".join(marking_in_words(m) for m in value  # type: ignore[union-attr]
                         if isinstance(m, Marking))
    return str(value)


def marking_in_words(marking: Marking) -> str:
    """``Serial number (Frame or receiver): AB 1234`` or ``... : Obliterated``."""
    what = tr("{kind} ({place})", kind=tr(KINDS[marking.kind]), place=tr(PLACES[marking.place]))
    if marking.legible:
        shown = marking.text
        if marking.status != "fully_marked":
            shown = f"{shown} [{tr(STATUSES[marking.status]).lower()}]"
        return f"{what}: {shown}"
    return f"{what}: {tr(STATUSES[marking.status])}"
