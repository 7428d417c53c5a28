"""The identification checklist as loaded: steps, questions, choices and what they set.

A checklist is versioned data (``resources/checklists/*.yaml``, format in
docs/identification.md); :func:`borderdesk.identify.checklist_load.load_checklist`
validates a file and builds these frozen values. Nothing here knows about a walk.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.paths import resource_path
from borderdesk.identify.conditions import Condition

#: The kinds of question and what their answer is.
QUESTION_KINDS = ("single", "multiple", "text", "number", "photo", "marking")
#: The kinds whose answers are choices.
CHOICE_KINDS = ("single", "multiple")
DEFAULT_CHECKLIST = "firearm-identification"


@dataclass(frozen=True, slots=True)
class Sets:
    """What choosing a choice establishes about the item."""

    item_class: str | None = None
    category: str | None = None
    typology: str | None = None
    action: str | None = None
    component: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    """One choice of a single- or multiple-choice question."""

    id: str
    label: str
    help: str = ""
    picture: str | None = None
    sets: Sets = Sets()


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a step."""

    id: str
    kind: str
    label: str
    help: str = ""
    picture: str | None = None
    required: bool = True
    choices: tuple[Choice, ...] = ()
    #: For numbers: the unit, the bounds (inclusive) and whether only whole numbers.
    unit: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    #: Which field of the item record the answer fills (text and number questions).
    records: str | None = None
    when: Condition | None = None
    line: int = 0

    def choice(self, choice_id: str) -> Choice | None:
        """The choice with that id, if the question has it."""
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True, slots=True)
class Step:
    """One page of the walk: a title, short help, a picture and its questions."""

    id: str
    title: str
    questions: tuple[Question, ...]
    help: str = ""
    picture: str | None = None
    when: Condition | None = None
    line: int = 0
    #: What the step shows besides its questions (:data:`STEP_SHOWS`).
    shows: tuple[str, ...] = ()


#: Things a step may show besides its questions: the legal rule table's suggestion and
#: its reason, for the officer to confirm or dispute.
STEP_SHOWS = ("legal_suggestion",)


@dataclass(frozen=True, slots=True)
class Checklist:
    """A validated checklist."""

    id: str
    version: int
    title: str
    steps: tuple[Step, ...]
    #: The legal rule table (a code list file name without .yaml), if any.
    legal_table: str | None = None
    #: The approved alarm-model list (a code list file name without .yaml), if any.
    alarm_models: str | None = None
    path: str = ""

    def step(self, step_id: str) -> Step:
        """The step with that id (KeyError when there is none)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def index(self, step_id: str) -> int:
        """The position of a step in the checklist."""
        return next(i for i, step in enumerate(self.steps) if step.id == step_id)

    def question(self, question_id: str) -> Question:
        """The question with that id, in whichever step (KeyError when there is none)."""
        for step in self.steps:
            for question in step.questions:
                if question.id == question_id:
                    return question
        raise KeyError(question_id)


def default_checklist() -> Checklist:
    """The shipped firearm identification checklist (validated once, cached)."""
    return named_checklist(DEFAULT_CHECKLIST)


@cache
def named_checklist(name: str) -> Checklist:
    """A shipped checklist by its id (``resources/checklists/NAME.yaml``), cached."""
    from borderdesk.identify.checklist_load import load_checklist

    if not name or not all(ch.isalnum() or ch in "_-" for ch in name):
        raise KeyError(name)
    path = checklist_path(name)
    if not path.is_file():
        raise KeyError(name)
    return load_checklist(path)


def checklist_path(name: str) -> Path:
    """The file of a shipped checklist."""
    return resource_path("checklists", f"{name}.yaml")
