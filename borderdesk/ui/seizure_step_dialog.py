"""The dialogs that record, correct and withdraw an evidence step.

The form is built from the step's definition in the versioned steps file (its
fields, their types and options), so a new version of the file needs no new
screen. Recording goes through :func:`services.evidence_steps.record_step`: the
fields are checked there, and when an order rule is broken the dialog shows each
rule with its reason in plain words and asks why it happened so before storing it
as a deviation (:class:`~borderdesk.ui.seizure_common.FormDialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from borderdesk.core.clock import parse_utc
from borderdesk.evidence.steps import FieldSpec, StepSpec, step_text
from borderdesk.evidence.steps_fields import RawValue
from borderdesk.services.evidence_steps import (
    StepRecord,
    correct_step,
    record_step,
    steps_definition,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.seizure_common import FormDialog, FormField, local_text

_PREFIX = "f_"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepDialog", text)


def _field(spec: FieldSpec, default: Any, zone: Any) -> FormField:
    key = _PREFIX + spec.id
    label, tip = step_text(spec.label), step_text(spec.help)
    if spec.type == "choice":
        return FormField(key, label, "choice", [(o.id, step_text(o.label)) for o in spec.options],
                         spec.required, default, tip=tip)
    if spec.type == "list" and spec.options:
        return FormField(key, label, "multi", [(o.id, step_text(o.label)) for o in spec.options],
                         spec.required, default, tip=tip)
    if spec.type == "list":
        shown = "; ".join(default) if isinstance(default, list) else default
        return FormField(key, label, required=spec.required, default=shown,
                         placeholder=_tr("several: separate them with ;"),
                         tip=tip)
    if spec.type == "time":
        shown = local_text(parse_utc(default), zone) if isinstance(default, str) else None
        return FormField(key, label, required=spec.required, default=shown,
                         placeholder=_tr("2026-11-28 14:05 (station time)"), tip=tip)
    return FormField(key, label, required=spec.required, default=default, tip=tip)


def step_values(spec: StepSpec, values: dict[str, Any]) -> dict[str, RawValue]:
    """The step's fields from the form's values, as the service takes them."""
    result: dict[str, RawValue] = {}
    for field in spec.fields:
        raw = values.get(_PREFIX + field.id)
        if raw in (None, "", []):
            continue
        if field.type == "list" and isinstance(raw, str):
            result[field.id] = [part.strip() for part in raw.split(";") if part.strip()]
        else:
            result[field.id] = raw
    return result


def _common(session: StationSession, at: str | None, by: str | None) -> list[FormField]:
    return [
        FormField("at", _tr("&When it was done"), default=at,
                  placeholder=_tr("now, or 2026-11-28 14:05 (station time)"),
                  tip=_tr("The real time of the act; empty means now. Never in the future.")),
        FormField("by", _tr("&Done by"), default=by or session.actor,
                  tip=_tr("Who did the act (not who types it in)")),
        FormField("not_applicable", _tr("Does &not apply, because"),
                  placeholder=_tr("leave empty when the step was done"),
                  tip=_tr("A step that does not apply is recorded with the reason; its"
                          " required fields may then stay empty")),
    ]


def record_dialog(session: StationSession, case_id: str, step_id: str, item: str | None,
                  locked: bool, parent: QWidget | None = None) -> FormDialog:
    """A dialog that records ``step_id`` (for ``item`` when the step is per item)."""
    spec = steps_definition().step(step_id)
    assert spec is not None, step_id
    zone = session.time_zone()
    fields = [_field(f, None, zone) for f in spec.fields] + _common(session, None, None)
    whose = _tr(" for item {item}").format(item=item) if item else ""
    intro = f"{spec.number}. {step_text(spec.title)}{whose}\n{step_text(spec.help)}"

    def submit(values: dict[str, Any]) -> StepRecord:
        return record_step(session, case_id, spec.id, step_values(spec, values), item=item,
                           at=values["at"] or None, by=values["by"] or None,
                           deviation_reason=values.get("deviation_reason"),
                           reason=values.get("reason"),
                           not_applicable=values["not_applicable"] or None)

    dialog = FormDialog(_tr("Record evidence step {n}").format(n=spec.number), intro, fields,
                        submit, parent, amendment=locked, deviation=True,
                        ok_text=_tr("&Record"))
    dialog.setObjectName("recordStepDialog")
    return dialog


def correct_dialog(session: StationSession, record: StepRecord,
                   parent: QWidget | None = None, *, withdraw: bool = False) -> FormDialog:
    """A dialog that corrects ``record`` with a new one (or withdraws it)."""
    spec = steps_definition().step(record.step)
    assert spec is not None, record.step
    zone = session.time_zone()
    why = FormField("why", _tr("What was &wrong"), required=True,
                    placeholder=_tr("kept with the correction"))
    fields = [why]
    if not withdraw:
        fields += [_field(f, record.fields.get(f.id), zone) for f in spec.fields]
        fields += _common(session, local_text(record.done_at, zone), record.done_by)

    def submit(values: dict[str, Any]) -> StepRecord:
        if withdraw:
            return correct_step(session, record.id, {}, reason=values["why"], withdraw=True)
        return correct_step(session, record.id, step_values(spec, values), reason=values["why"],
                            at=values["at"] or None, by=values["by"] or None,
                            deviation_reason=values.get("deviation_reason"),
                            not_applicable=values["not_applicable"] or None)

    title = (_tr("Withdraw a step record") if withdraw
             else _tr("Correct a step record"))
    intro = _tr("{number}. {title}{whose}, done {when} by {who}. The record stays in the"
                " timeline, marked {what}.").format(
        number=spec.number, title=step_text(spec.title),
        whose=_tr(" for item {item}").format(item=record.item) if record.item else "",
        when=local_text(record.done_at, zone), who=record.done_by,
        what=_tr("withdrawn") if withdraw else _tr("corrected"))
    dialog = FormDialog(title, intro, fields, submit, parent, deviation=not withdraw,
                        ok_text=_tr("&Withdraw") if withdraw else _tr("&Correct"))
    dialog.setObjectName("correctStepDialog")
    return dialog
