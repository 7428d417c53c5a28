"""Tracing and criminal-justice follow-up of a seizure (DOMAIN.md section 5), as events.

Tracing is recorded per item as events: the national registry check, the INTERPOL
iARMS query, trace requests (to which country, when, by which channel, the
reference, a status) and their later status changes (the latest is current), and
whether the illicit origin was established and how. Follow-up records what became
of a person: arrested, prosecuted, convicted..., with the offences. The checks
here turn input into the stored JSON or raise :class:`FieldError` naming the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from borderdesk.core.codelists import countries
from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.evidence.case_fields import FieldError

#: Kinds of tracing event; ``trace_status`` refers to its request.
TRACING_KINDS = ("registry_check", "iarms_query", "trace_request", "trace_status", "origin")
_MAX_TEXT = 1000


@dataclass(frozen=True, slots=True)
class TraceEvent:
    """A tracing event as stored (``data``: the checked JSON of its kind)."""

    id: str
    kind: str
    item_ref: str | None
    request_ref: str | None
    data: dict[str, Any]
    recorded_at: str
    recorded_by: str


def registry_check(result: str, on: Any, reference: str = "", note: str = "",
                   *, today: date) -> dict[str, Any]:
    """A national registry check: its result code, date, reference and note."""
    return _with_note("registry_result", result, note,
                      {"date": _date("date", on, today),
                       "reference": _text("reference", reference)})


def iarms_query(result: str, on: Any, reference: str = "", note: str = "",
                *, today: date) -> dict[str, Any]:
    """An INTERPOL iARMS query and its result."""
    return _with_note("iarms_result", result, note,
                      {"date": _date("date", on, today),
                       "reference": _text("reference", reference)})


def trace_request(country: str, channel: str, on: Any, reference: str = "",
                  status: str = "sent", note: str = "", *, today: date) -> dict[str, Any]:
    """A trace request to ``country`` through ``channel``; ``status`` is its first status."""
    code = _text("country", country).upper()
    if code not in countries():
        raise FieldError("country", tr("'{code}' is not an ISO 3166 country code",
                                       code=country))
    data = _with_note("trace_channel", channel, note,
                      {"country": code, "date": _date("date", on, today),
                       "reference": _text("reference", reference)})
    data["channel"] = data.pop("trace_channel")
    data["status"] = _code("trace_status", status)
    return data


def trace_status(status: str, on: Any, note: str = "", *, today: date) -> dict[str, Any]:
    """A later status of a trace request (acknowledged, answered...)."""
    return {"status": _code("trace_status", status), "date": _date("date", on, today),
            "note": _text("note", note)}


def origin(established: bool, how: str | None, note: str = "") -> dict[str, Any]:
    """Whether the item's illicit origin was established, and how (tracing, or another
    competent authority's finding)."""
    if not established:
        if how:
            raise FieldError("how", tr("say how only when the origin was established"))
        return {"established": False, "how": None, "note": _text("note", note)}
    if not how:
        raise FieldError("how", tr("say how the origin was established ({known})",
                                   known=", ".join(seizure_codes()["origin_how"].codes)))
    return {"established": True, "how": _code("origin_how", how), "note": _text("note", note)}


def follow_up(stage: str, on: Any, offences: Sequence[str] = (), note: str = "",
              *, today: date) -> dict[str, Any]:
    """A step of the criminal-justice follow-up of one person, with the offences."""
    codes = [_code("offence", offence) for offence in offences if offence.strip()]
    if len(set(codes)) != len(codes):
        raise FieldError("offence", tr("an offence appears twice"))
    return {"stage": _code("follow_up_stage", stage), "date": _date("date", on, today),
            "offences": codes, "note": _text("note", note)}


def current_status(request_id: str, events: Iterable[TraceEvent]) -> str | None:
    """A trace request's status now: its latest status event's, else its own first one."""
    status: str | None = None
    for event in events:
        if event.id == request_id and event.kind == "trace_request":
            status = status or str(event.data.get("status"))
        elif event.kind == "trace_status" and event.request_ref == request_id:
            status = str(event.data.get("status"))
    return status


def is_answered(status: str | None) -> bool:
    """Whether a trace request with this status counts as answered."""
    entry = seizure_codes()["trace_status"].get(status or "")
    return entry is not None and entry.answered


def _with_note(list_name: str, code: str, note: str, data: dict[str, Any]) -> dict[str, Any]:
    value = _code(list_name, code)
    text = _text("note", note)
    entry = seizure_codes()[list_name].get(value)
    if entry is not None and entry.needs_note and not text:
        raise FieldError("note", tr("needed when {field} is '{code}': say what it was",
                                    field=list_name, code=value))
    return {list_name: value, **data, "note": text}


def _code(list_name: str, raw: str) -> str:
    table = seizure_codes()[list_name]
    code = _text(list_name, raw).lower()
    if table.get(code) is None:
        raise FieldError(list_name, tr("'{code}' is not one of: {known}", code=raw,
                                       known=", ".join(table.codes)))
    return code


def _date(field: str, raw: Any, today: date) -> str:
    if isinstance(raw, date):
        day = raw
    else:
        text = _text(field, raw)
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise FieldError(field, tr("'{value}' is not a date like 2026-11-28",
                                       value=text)) from None
    if day > today:
        raise FieldError(field, tr("lies in the future"))
    return day.isoformat()


def _text(field: str, raw: Any) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise FieldError(field, tr("must be text"))
    text = raw.strip()
    if len(text) > _MAX_TEXT:
        raise FieldError(field, tr("is longer than {limit} characters", limit=_MAX_TEXT))
    return text
