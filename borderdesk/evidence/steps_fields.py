"""Checking the values given for a step's fields, and reading times as officers write them.

Values arrive as text (the command line, a form) or as numbers and lists (a window);
:func:`check_fields` turns them into the stored form (times as UTC text, numbers as
numbers, lists as lists) or raises one :class:`StepFieldError` listing every problem.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import datetime, tzinfo

from borderdesk.core.clock import format_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.evidence.steps import FieldSpec, StepSpec

#: A field value as given: text, a number, or several texts for list fields.
RawValue = str | int | float | list[str] | tuple[str, ...]
#: A field value as stored (canonical JSON).
Value = str | int | float | list[str]

_MAX_TEXT = 2000
_SPACES = re.compile(r"\s+")


class StepFieldError(UserInputError):
    """The fields given for a step do not fit it; ``problems`` lists each in words."""

    def __init__(self, step: StepSpec, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(tr("{step}: {problems}", step=step.title,
                            problems="; ".join(problems)))


def parse_time(text: str, zone: tzinfo, now: datetime, what: str) -> str:
    """A time written ``2026-11-28T14:05`` (station time) or with an offset or ``Z``,
    as stored UTC text; never in the future (an act is recorded after it happened)."""
    cleaned = text.strip().replace(" ", "T", 1)
    try:
        moment = datetime.fromisoformat(cleaned.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise UserInputError(tr(
            "{what}: '{text}' is not a time like 2026-11-28T14:05 (station time) or "
            "2026-11-28T13:05Z", what=what, text=text)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    if moment > now:
        raise UserInputError(tr("{what}: {time} is in the future; record the real time of "
                                "the act", what=what, time=text.strip()))
    return format_utc(moment)


def check_fields(step: StepSpec, given: Mapping[str, RawValue], zone: tzinfo, now: datetime,
                 *, not_applicable: bool = False) -> dict[str, Value]:
    """The step's fields, checked and in stored form. With ``not_applicable`` the
    required fields may be left out (the step does not apply to this item)."""
    problems: list[str] = []
    known = {f.id: f for f in step.fields}
    values: dict[str, Value] = {}
    for key, raw in given.items():
        spec = known.get(key)
        if spec is None:
            problems.append(tr("there is no field '{key}' (fields: {known})", key=key,
                               known=", ".join(known)))
            continue
        try:
            value = _check(spec, raw, zone, now)
        except UserInputError as exc:
            problems.append(str(exc))
            continue
        if value is not None:
            values[key] = value
    if not not_applicable:
        for spec in step.fields:
            if spec.required and spec.id not in values and spec.id not in given:
                problems.append(tr("{label} ({key}) is required", label=spec.label,
                                   key=spec.id))
    if problems:
        raise StepFieldError(step, problems)
    return values


def _check(spec: FieldSpec, raw: RawValue, zone: tzinfo, now: datetime) -> Value | None:
    if spec.type == "list":
        items = [raw] if isinstance(raw, str | int | float) else list(raw)
        return _list(spec, [str(item) for item in items])
    if isinstance(raw, list | tuple):
        if len(raw) != 1:
            raise UserInputError(tr("{key}: give one value, not {count}", key=spec.id,
                                    count=len(raw)))
        raw = raw[0]
    if spec.type == "number":
        return _number(spec, raw)
    text = _SPACES.sub(" ", str(raw)).strip()
    if not text:
        if spec.required:
            raise UserInputError(tr("{key}: must not be empty", key=spec.id))
        return None
    if len(text) > _MAX_TEXT:
        raise UserInputError(tr("{key}: longer than {limit} characters", key=spec.id,
                                limit=_MAX_TEXT))
    if spec.type == "time":
        return parse_time(text, zone, now, spec.id)
    if spec.type == "person" and not any(ch.isalpha() for ch in text):
        raise UserInputError(tr("{key}: '{text}' is not a person's name", key=spec.id,
                                text=text))
    if spec.type == "choice" and text not in spec.option_ids():
        raise UserInputError(tr("{key}: '{text}' is not one of: {known}", key=spec.id,
                                text=text, known=", ".join(spec.option_ids())))
    return text


def _list(spec: FieldSpec, items: list[str]) -> list[str] | None:
    values: list[str] = []
    for item in items:
        text = _SPACES.sub(" ", item).strip()
        if not text or text in values:
            continue
        if spec.options and text not in spec.option_ids():
            raise UserInputError(tr("{key}: '{text}' is not one of: {known}", key=spec.id,
                                    text=text, known=", ".join(spec.option_ids())))
        if len(text) > _MAX_TEXT:
            raise UserInputError(tr("{key}: longer than {limit} characters", key=spec.id,
                                    limit=_MAX_TEXT))
        values.append(text)
    if not values:
        if spec.required:
            raise UserInputError(tr("{key}: give at least one value", key=spec.id))
        return None
    return values


def _number(spec: FieldSpec, raw: str | int | float) -> int | float | None:
    if isinstance(raw, str):
        text = raw.strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise UserInputError(tr("{key}: '{text}' is not a number", key=spec.id,
                                    text=raw)) from None
    else:
        number = float(raw)
    if not math.isfinite(number):
        raise UserInputError(tr("{key}: '{text}' is not a number", key=spec.id, text=raw))
    if spec.integer and not number.is_integer():
        raise UserInputError(tr("{key}: must be a whole number", key=spec.id))
    if spec.min is not None and number < spec.min:
        raise UserInputError(tr("{key}: must be at least {min:g}", key=spec.id, min=spec.min))
    if spec.max is not None and number > spec.max:
        raise UserInputError(tr("{key}: must be at most {max:g}", key=spec.id, max=spec.max))
    return int(number) if spec.integer else number
