"""Loading and validating a checklist file, with ``FILE:LINE: field: problem`` errors.

Everything is checked on load so that a walk never meets a broken checklist:
unknown keys, duplicate ids, kinds and their settings, values a choice sets,
pictures outside the agreed drawing list (``drawings.yaml``), and conditions
that name unknown questions or choices, or questions that come later.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.identify.checklist import (
    CHOICE_KINDS,
    QUESTION_KINDS,
    STEP_SHOWS,
    Checklist,
    Choice,
    Question,
    Sets,
    Step,
)
from borderdesk.identify.conditions import Condition, parse_condition
from borderdesk.identify.item import (
    ACTIONS,
    CATEGORIES,
    COMPONENTS,
    FLAGS,
    ITEM_CLASSES,
    NUMBER_FIELDS,
    TEXT_FIELDS,
)

_TOP = {"checklist", "version", "title", "legal_table", "alarm_models", "steps"}
_STEP = {"id", "title", "help", "picture", "when", "questions", "shows"}
_QUESTION = {"id", "kind", "label", "help", "picture", "required", "when", "choices",
             "unit", "min", "max", "integer", "records"}
_CHOICE = {"id", "label", "help", "picture", "sets"}
_SETS = {"item_class": ITEM_CLASSES, "category": CATEGORIES, "action": ACTIONS,
         "component": COMPONENTS}


@cache
def agreed_drawings() -> frozenset[str]:
    """The drawing names a checklist may show (``resources/checklists/drawings.yaml``)."""
    return load_drawing_names(resource_path("checklists", "drawings.yaml"))


def load_drawing_names(path: Path) -> frozenset[str]:
    """Read a list of agreed drawing names."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("must be a mapping"))
    names = data.require("drawings", list)
    for name, line in zip(names, names.item_lines, strict=True):
        if not isinstance(name, str) or not name:
            raise DataFileError(str(path), line, "drawings", tr("each name must be text"))
    return frozenset(names)


def load_checklist(path: Path, drawings: frozenset[str] | None = None) -> Checklist:
    """Read and validate a checklist file."""
    return _Loader(str(path), drawings if drawings is not None else agreed_drawings()).load(
        load_yaml(path))


class _Loader:
    def __init__(self, path: str, drawings: frozenset[str]) -> None:
        self.path = path
        self.drawings = drawings
        #: Questions of the steps already read (conditions may name only these).
        self.earlier: dict[str, Question] = {}
        self.step_ids: set[str] = set()
        #: Questions of the step being read (named by a condition: "comes later").
        self.current: set[str] = set()
        self.same_step: set[str] = set()
        self.later: set[str] = set()

    def load(self, data: Any) -> Checklist:
        if not isinstance(data, YamlMap):
            raise DataFileError(self.path, 1, None, tr("a checklist must be a mapping"))
        self._known(data, _TOP)
        checklist_id = data.require("checklist", str)
        version = data.require("version", int)
        steps_data = data.require("steps", list)
        if not steps_data:
            raise data.fail("steps", tr("a checklist needs at least one step"))
        self.later = _all_question_ids(steps_data)
        steps: list[Step] = []
        for item, line in zip(steps_data, steps_data.item_lines, strict=True):
            steps.append(self._step(item, line))
        return Checklist(checklist_id, version, data.optional("title", str, checklist_id),
                         tuple(steps), data.optional("legal_table", str),
                         data.optional("alarm_models", str), self.path)

    def _step(self, data: Any, line: int) -> Step:
        if not isinstance(data, YamlMap):
            raise DataFileError(self.path, line, "steps", tr("each step must be a mapping"))
        self._known(data, _STEP)
        step_id = self._id(data)
        if step_id in self.step_ids:
            raise data.fail("id", tr("step id '{id}' appears twice", id=step_id))
        self.step_ids.add(step_id)
        questions_data = data.require("questions", list)
        self.same_step = _all_question_ids(YamlList([data]))
        when = self._when(data)
        if not questions_data:
            raise data.fail("questions", tr("a step needs at least one question"))
        questions: list[Question] = []
        self.current = set()
        for item, item_line in zip(questions_data, questions_data.item_lines, strict=True):
            question = self._question(item, item_line)
            self.current.add(question.id)
            questions.append(question)
        for question in questions:
            self.earlier[question.id] = question
            self.later.discard(question.id)
        self.current = set()
        return Step(step_id, data.require("title", str), tuple(questions),
                    data.optional("help", str, ""), self._picture(data), when, data.line,
                    self._shows(data))

    def _shows(self, data: Any) -> tuple[str, ...]:
        shows = data.optional("shows", list, [])
        for name in shows:
            if name not in STEP_SHOWS:
                raise data.fail("shows", tr("'{name}' is not something a step can show "
                                            "(one of: {known})", name=name,
                                            known=", ".join(STEP_SHOWS)))
        return tuple(shows)

    def _question(self, data: Any, line: int) -> Question:
        if not isinstance(data, YamlMap):
            raise DataFileError(self.path, line, "questions",
                                tr("each question must be a mapping"))
        self._known(data, _QUESTION)
        question_id = self._id(data)
        if question_id in self.earlier or question_id in self.current:
            raise data.fail("id", tr("question id '{id}' appears twice", id=question_id))
        kind = data.require("kind", str)
        if kind not in QUESTION_KINDS:
            raise data.fail("kind", tr("'{kind}' is not a kind of question (one of: {kinds})",
                                       kind=kind, kinds=", ".join(QUESTION_KINDS)))
        choices = self._choices(data, kind)
        if kind != "number":
            for key in ("unit", "min", "max", "integer"):
                if key in data:
                    raise data.fail(key, tr("only number questions take {key}", key=key))
        elif "unit" not in data:
            raise data.fail("unit", tr("a number question needs a unit"))
        minimum = data.optional("min", (int, float))
        maximum = data.optional("max", (int, float))
        if minimum is not None and maximum is not None and minimum > maximum:
            raise data.fail("max", tr("must not be below min"))
        records = data.optional("records", str)
        allowed = TEXT_FIELDS if kind == "text" else NUMBER_FIELDS if kind == "number" else None
        if records is not None and (allowed is None or records not in allowed):
            raise data.fail("records", tr(
                "a {kind} question cannot record '{field}' (it may record: {fields})",
                kind=kind, field=records,
                fields=", ".join(sorted(allowed)) if allowed else tr("nothing")))
        return Question(
            question_id, kind, data.require("label", str), data.optional("help", str, ""),
            self._picture(data), data.optional("required", bool, True), choices,
            data.optional("unit", str),
            None if minimum is None else float(minimum),
            None if maximum is None else float(maximum),
            data.optional("integer", bool, False), records, self._when(data), data.line)

    def _choices(self, data: YamlMap, kind: str) -> tuple[Choice, ...]:
        if kind not in CHOICE_KINDS:
            if "choices" in data:
                raise data.fail("choices", tr("only single and multiple questions have choices"))
            return ()
        items = data.require("choices", list)
        if len(items) < (2 if kind == "single" else 1):
            raise data.fail("choices", tr("a single-choice question needs at least two choices")
                            if kind == "single" else tr("needs at least one choice"))
        choices: list[Choice] = []
        for item, line in zip(items, items.item_lines, strict=True):
            if not isinstance(item, YamlMap):
                raise DataFileError(self.path, line, "choices", tr("each choice must be a mapping"))
            self._known(item, _CHOICE)
            choice_id = self._id(item)
            if any(c.id == choice_id for c in choices):
                raise item.fail("id", tr("choice id '{id}' appears twice in this question",
                                         id=choice_id))
            choices.append(Choice(choice_id, item.require("label", str),
                                  item.optional("help", str, ""), self._picture(item),
                                  self._sets(item)))
        return tuple(choices)

    def _sets(self, choice: YamlMap) -> Sets:
        data = choice.optional("sets", dict)
        if data is None:
            return Sets()
        self._known(data, set(_SETS) | {"typology", "flags"})
        values: dict[str, str | None] = {}
        for key, allowed in _SETS.items():
            value = data.optional(key, str)
            if value is not None and value not in allowed:
                raise data.fail(key, tr("'{value}' is not known (one of: {known})",
                                        value=value, known=", ".join(allowed)))
            values[key] = value
        flags = data.optional("flags", list, [])
        for flag in flags:
            if flag not in FLAGS:
                raise data.fail("flags", tr("'{value}' is not a flag (one of: {known})",
                                            value=flag, known=", ".join(FLAGS)))
        return Sets(values["item_class"], values["category"], data.optional("typology", str),
                    values["action"], values["component"], tuple(flags))

    def _when(self, data: YamlMap) -> Condition | None:
        if "when" not in data:
            return None
        return parse_condition(data["when"], self.path, data.line_of("when"), self._check)

    def _check(self, subject: str, name: str, values: tuple[str, ...]) -> str | None:
        """Conditions in a checklist name questions of earlier steps and their choices."""
        if subject not in ("answer", "answered"):
            return tr("a checklist condition uses answer or answered, not {subject}",
                      subject=subject)
        question = self.earlier.get(name)
        if question is None:
            if name in self.same_step:
                return tr("question '{name}' is in the same step: a condition may name only"
                          " questions of earlier steps", name=name)
            if name in self.later:
                return tr("question '{name}' comes later: a condition may name only"
                          " questions of earlier steps", name=name)
            return tr("there is no question '{name}'", name=name)
        if subject == "answer":
            if question.kind not in CHOICE_KINDS:
                return tr("question '{name}' has no choices: use answered", name=name)
            unknown = [v for v in values if question.choice(v) is None]
            if unknown:
                return tr("question '{name}' has no choice '{choice}'", name=name,
                          choice=unknown[0])
        return None

    def _picture(self, data: YamlMap) -> str | None:
        picture: str | None = data.optional("picture", str)
        if picture is not None and picture not in self.drawings:
            raise data.fail("picture", tr("'{name}' is not one of the agreed drawings",
                                          name=picture))
        return picture

    def _id(self, data: YamlMap) -> str:
        value = data.require("id", str)
        if not value or not all(ch.isalnum() or ch in "_-" for ch in value):
            raise data.fail("id", tr("an id is letters, digits, '_' and '-' only"))
        return str(value)

    def _known(self, data: YamlMap, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                raise data.fail(key, tr("unknown field (known: {known})",
                                        known=", ".join(sorted(allowed))))


def _all_question_ids(steps: YamlList) -> set[str]:
    ids: set[str] = set()
    for step in steps:
        if isinstance(step, YamlMap) and isinstance(step.get("questions"), list):
            ids.update(str(q["id"]) for q in step["questions"]
                       if isinstance(q, YamlMap) and "id" in q)
    return ids
