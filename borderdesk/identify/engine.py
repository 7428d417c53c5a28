"""Walking a checklist: start, answer, back, path, summary, result, save and resume.

The walk's state is an immutable snapshot: the steps answered so far, in order,
with their answers. Which step comes next is a function of that path alone
(conditions name only earlier questions), so going back is dropping the last
entry and the step shown again is exactly the one shown before. Answers dropped
by going back are remembered as suggestions (prefilled when the step comes
again); they are not part of the state. No Qt and no database here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.identify.checklist import Checklist, Question, Step
from borderdesk.identify.checklist_answers import (
    AnswerValue,
    StepAnswers,
    check_answers,
    in_words,
    to_json,
)
from borderdesk.identify.item import ItemRecord
from borderdesk.identify.markings import MarkingWarning, check_markings

#: The version of the saved-walk JSON (``Walk.to_dict``).
SAVE_FORMAT = 1


class WalkError(BorderdeskError):
    """A walk cannot do what was asked (back at the start, resume a different checklist...)."""


@dataclass(frozen=True, slots=True)
class PathEntry:
    """One step answered, with its answers in the order of its questions."""

    step: str
    answers: StepAnswers


@dataclass(frozen=True, slots=True)
class WalkState:
    """A snapshot of a walk: the path answered so far and the step shown (None: finished)."""

    path: tuple[PathEntry, ...]
    current: str | None


@dataclass(frozen=True, slots=True)
class ShownStep:
    """The step to show: never empty (its relevant questions are at least one)."""

    step: Step
    questions: tuple[Question, ...]
    #: 1-based position in the path (the number of steps answered before it, plus one).
    number: int
    #: Earlier answers to these questions, remembered after going back (question id -> value).
    suggestions: Mapping[str, AnswerValue]


@dataclass(frozen=True, slots=True)
class PathLine:
    """One answer of the visible path, in words (for the wizard's side panel)."""

    step: str
    step_title: str
    question: str
    question_label: str
    answer: str


class _Answers:
    """Condition environment over the answers of a path."""

    def __init__(self, path: tuple[PathEntry, ...]) -> None:
        self.values = {name: value for entry in path for name, value in entry.answers}

    def lookup(self, subject: str, name: str) -> Any:
        return self.values.get(name) if subject in ("answer", "answered") else None


class Walk:
    """A walk through a checklist. Read ``current``; call ``answer`` or ``back``."""

    def __init__(self, checklist: Checklist, state: WalkState,
                 suggestions: Mapping[str, AnswerValue] | None = None) -> None:
        self.checklist = checklist
        self._state = state
        self._suggestions: dict[str, AnswerValue] = dict(suggestions or {})

    @classmethod
    def start(cls, checklist: Checklist) -> Walk:
        """A new walk on the first relevant step."""
        return cls(checklist, WalkState((), _next_step(checklist, ())))

    @property
    def state(self) -> WalkState:
        """The current snapshot (immutable; equal snapshots mean the same walk)."""
        return self._state

    @property
    def finished(self) -> bool:
        """Whether every relevant step was answered."""
        return self._state.current is None

    @property
    def can_go_back(self) -> bool:
        """Whether there is an answered step to go back to."""
        return bool(self._state.path)

    @property
    def current(self) -> ShownStep | None:
        """The step to answer now (None when finished)."""
        if self._state.current is None:
            return None
        step = self.checklist.step(self._state.current)
        questions = _relevant(step, _Answers(self._state.path))
        return ShownStep(step, questions, len(self._state.path) + 1,
                         {q.id: self._suggestions[q.id] for q in questions
                          if q.id in self._suggestions})

    def answer(self, answers: Mapping[str, Any]) -> None:
        """Answer the current step and move on; raises ``AnswerError`` saying what is wrong."""
        shown = self.current
        if shown is None:
            raise WalkError(tr("the identification is complete: there is nothing to answer"))
        checked = check_answers(shown.questions, answers)
        path = (*self._state.path, PathEntry(shown.step.id, checked))
        self._state = WalkState(path, _next_step(self.checklist, path))
        for question in shown.questions:
            self._suggestions.pop(question.id, None)

    def back(self) -> None:
        """Go back to the step answered last, exactly as it was shown."""
        if not self._state.path:
            raise WalkError(tr("this is the first step: there is nothing to go back to"))
        last = self._state.path[-1]
        self._suggestions.update(last.answers)
        self._state = WalkState(self._state.path[:-1], last.step)

    def suggestion(self, question_id: str) -> AnswerValue | None:
        """An earlier answer to a question, remembered after going back."""
        return self._suggestions.get(question_id)

    def path(self) -> tuple[PathLine, ...]:
        """The answers given so far, in words, in the order given."""
        lines: list[PathLine] = []
        for entry in self._state.path:
            step = self.checklist.step(entry.step)
            for name, value in entry.answers:
                question = self.checklist.question(name)
                lines.append(PathLine(step.id, tr(step.title, "checklist"), name,
                                      tr(question.label, "checklist"), in_words(question, value)))
        return tuple(lines)

    def answers(self) -> dict[str, AnswerValue]:
        """Every answer on the path, by question id."""
        return dict(_Answers(self._state.path).values)

    def summary(self) -> ItemRecord:
        """The item as established so far (complete or not)."""
        from borderdesk.identify.checklist_result import build_record

        return build_record(self.checklist, self._state.path)

    def result(self) -> ItemRecord:
        """The item record of a finished walk."""
        if not self.finished:
            raise WalkError(tr("the identification is not complete: '{step}' is still to"
                               " answer", step=tr(self.checklist.step(
                                   self._state.current or "").title, "checklist")))
        return self.summary()

    def warnings(self) -> tuple[MarkingWarning, ...]:
        """Advice about the markings recorded so far."""
        record = self.summary()
        return check_markings(record.markings, whole_weapon=record.item_class not in (
            "part", "accessory", "ammunition"))

    def to_dict(self) -> dict[str, Any]:
        """The walk as JSON, to save and resume later."""
        return {
            "format": SAVE_FORMAT, "checklist": self.checklist.id,
            "version": self.checklist.version,
            "path": [{"step": e.step, "answers": {n: to_json(v) for n, v in e.answers}}
                     for e in self._state.path],
            "suggestions": {n: to_json(v) for n, v in self._suggestions.items()},
        }

    @classmethod
    def from_dict(cls, checklist: Checklist, data: Mapping[str, Any]) -> Walk:
        """Resume a saved walk; refuses one saved on another checklist or version."""
        if data.get("checklist") != checklist.id or data.get("version") != checklist.version:
            raise WalkError(tr(
                "this identification was saved with checklist '{saved}' version {saved_version};"
                " the checklist in use is '{name}' version {version}, so it cannot be resumed"
                " as it was", saved=data.get("checklist"), saved_version=data.get("version"),
                name=checklist.id, version=checklist.version))
        walk = cls.start(checklist)
        for entry in data.get("path", ()):
            shown = walk.current
            if shown is None or shown.step.id != entry.get("step"):
                raise WalkError(tr("the saved identification does not fit the checklist at step"
                                   " '{step}'", step=entry.get("step")))
            walk.answer(entry.get("answers", {}))
        for name, value in dict(data.get("suggestions", {})).items():
            try:
                question = checklist.question(name)
                walk._suggestions[name] = check_answers([question], {name: value})[0][1]
            except (KeyError, BorderdeskError, IndexError):
                continue  # a suggestion is only a convenience: one that no longer fits is dropped
        return walk


def _relevant(step: Step, answers: _Answers) -> tuple[Question, ...]:
    if step.when is not None and not step.when.holds(answers):
        return ()
    return tuple(q for q in step.questions if q.when is None or q.when.holds(answers))


def _next_step(checklist: Checklist, path: tuple[PathEntry, ...]) -> str | None:
    """The first step after the path's last one that has a relevant question."""
    start = checklist.index(path[-1].step) + 1 if path else 0
    answers = _Answers(path)
    for step in checklist.steps[start:]:
        if _relevant(step, answers):
            return step.id
    return None


@dataclass(frozen=True, slots=True)
class HeadlessWalk:
    """A walk done from a file of answers, and the answers it never asked for."""

    walk: Walk
    unused: tuple[str, ...]


def walk_answers(checklist: Checklist, answers: Mapping[str, Any]) -> HeadlessWalk:
    """Walk ``checklist`` with ``answers`` (question id -> answer) to the end.

    Each step takes the answers to its questions; a missing required answer or a
    wrong one raises ``AnswerError`` naming the step. Answers to questions never asked
    (their steps were skipped) are returned as ``unused``.
    """
    walk = Walk.start(checklist)
    used: set[str] = set()
    while (shown := walk.current) is not None:
        given = {q.id: answers[q.id] for q in shown.questions if q.id in answers}
        try:
            walk.answer(given)
        except BorderdeskError as exc:
            raise WalkError(tr("step '{step}': {problem}", step=shown.step.id,
                               problem=str(exc))) from None
        used.update(given)
    return HeadlessWalk(walk, tuple(name for name in answers if name not in used))
