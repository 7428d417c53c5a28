"""Turning a walk's answers into the item record.

Choices set facts (class, category, typology, action, component, flags: later
answers override earlier ones, flags add up); text and number questions fill the
field they ``record``; photo and marking answers are collected. Make, model,
calibre and country come from the markings when no question recorded them (they
are read from the item, never from documents). Then the approved alarm-model
list and the legal rule table named by the checklist are applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from borderdesk.identify.checklist import Checklist
from borderdesk.identify.checklist_answers import to_json
from borderdesk.identify.item import FLAGS, ItemRecord, Measurement
from borderdesk.identify.markings import Marking

_FROM_MARKINGS = {"make": "manufacturer", "model": "model", "calibre": "calibre",
                  "country": "country"}


def build_record(checklist: Checklist, path: Sequence[Any]) -> ItemRecord:
    """The item record for the answers of ``path`` (a walk's ``PathEntry`` values)."""
    facts: dict[str, Any] = {}
    flags: set[str] = set()
    markings: list[Marking] = []
    photos: list[str] = []
    measurements: list[Measurement] = []
    answers: dict[str, Any] = {}
    for entry in path:
        for name, value in entry.answers:
            question = checklist.question(name)
            answers[name] = to_json(value)
            if question.kind in ("single", "multiple"):
                for choice_id in (value,) if isinstance(value, str) else value:
                    choice = question.choice(choice_id)
                    assert choice is not None, "answers are checked against the choices"
                    for key in ("item_class", "category", "typology", "action", "component"):
                        if getattr(choice.sets, key) is not None:
                            facts[key] = getattr(choice.sets, key)
                    flags.update(choice.sets.flags)
            elif question.kind == "text" and question.records:
                facts[question.records] = value
            elif question.kind == "number" and question.records == "quantity":
                facts["quantity"] = int(value)
            elif question.kind == "number" and question.records == "measurement":
                measurements.append(Measurement(name, float(value),
                                                question.unit or ""))
            elif question.kind == "photo":
                photos.extend(value)
            elif question.kind == "marking":
                markings.extend(value)
    for field, kind in _FROM_MARKINGS.items():
        if not facts.get(field):
            facts[field] = next((m.text for m in markings if m.kind == kind and m.legible), None)
    record = ItemRecord(
        checklist=checklist.id, checklist_version=checklist.version,
        item_class=facts.get("item_class"), category=facts.get("category") or "unknown",
        typology=facts.get("typology"), action=facts.get("action"),
        component=facts.get("component"),
        flags=tuple(f for f in FLAGS if f in flags),
        make=facts.get("make"), model=facts.get("model"), calibre=facts.get("calibre"),
        country=facts.get("country"), markings=tuple(markings), photos=tuple(photos),
        measurements=tuple(measurements), quantity=facts.get("quantity"),
        headstamp=facts.get("headstamp"), lot=facts.get("lot"),
        packaging=facts.get("packaging"), description=facts.get("description"),
        qualified_person=facts.get("qualified_person"), answers=answers)
    if checklist.alarm_models and "alarm_signal" in flags:
        from borderdesk.identify.checklist_lookups import apply_alarm_models

        record = apply_alarm_models(record, checklist.alarm_models)
    if checklist.legal_table:
        from borderdesk.identify.legal import apply_legal

        record = apply_legal(record, checklist.legal_table)
    return record


def record_lines(record: ItemRecord) -> list[tuple[str, str]]:
    """The record as (label, value in words) lines, for the summary and the command line."""
    from borderdesk.core.i18n import tr
    from borderdesk.identify.checklist_answers import marking_in_words
    from borderdesk.identify.item import ACTIONS, CATEGORIES, COMPONENTS, ITEM_CLASSES

    lines: list[tuple[str, str]] = []

    def add(label: str, value: object) -> None:
        if value not in (None, "", ()):
            lines.append((tr(label), str(value)))

    add("Class", tr(ITEM_CLASSES[record.item_class]) if record.item_class else None)
    add("Category", tr(CATEGORIES.get(record.category, record.category)))
    add("Action", tr(ACTIONS[record.action]) if record.action else None)
    add("Part", tr(COMPONENTS[record.component]) if record.component else None)
    add("Status", ", ".join(tr(FLAGS[f]) for f in record.flags))
    add("Approved alarm model", record.alarm_model)
    for label, value in (("Make", record.make), ("Model", record.model),
                         ("Calibre", record.calibre), ("Country", record.country),
                         ("Quantity", record.quantity), ("Headstamp", record.headstamp),
                         ("Lot", record.lot), ("Packaging", record.packaging),
                         ("Description", record.description),
                         ("Made safe by", record.qualified_person)):
        add(label, value)
    for marking in record.markings:
        add("Marking", marking_in_words(marking))
    for measurement in record.measurements:
        add("Measurement", f"{measurement.name.replace('_', ' ')}: "
                           f"{measurement.value:g} {measurement.unit}")
    add("Photos", len(record.photos) or None)
    if record.legal is not None:
        add("Legal category", tr("{category} (rule {rule}): {reason}",
                                 category=record.legal.category, rule=record.legal.rule,
                                 reason=record.legal.reason_text()))
    return lines
