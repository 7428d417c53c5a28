"""Tracing and follow-up events, in the core: checks and the current status of a request."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.evidence import tracing
from borderdesk.evidence.case_fields import FieldError
from borderdesk.evidence.tracing import TraceEvent

TODAY = date(2026, 12, 31)


def event(id_: str, kind: str, status: str, request: str | None = None) -> TraceEvent:
    return TraceEvent(id_, kind, "item", request, {"status": status}, "t", "tester")


def test_the_latest_status_event_is_current() -> None:
    events = [event("r1", "trace_request", "sent"), event("r2", "trace_request", "sent"),
              event("s1", "trace_status", "acknowledged", "r1"),
              event("s2", "trace_status", "answered", "r1")]
    assert tracing.current_status("r1", events) == "answered"
    assert tracing.current_status("r2", events) == "sent"
    assert tracing.current_status("nope", events) is None
    assert tracing.is_answered("answered") and tracing.is_answered("refused")
    assert not tracing.is_answered("acknowledged") and not tracing.is_answered(None)


def test_requests_checks_and_origin() -> None:
    sent = tracing.trace_request("de", "interpol", "2026-12-01", " R-1 ", today=TODAY)
    assert sent == {"country": "DE", "date": "2026-12-01", "reference": "R-1", "note": "",
                    "channel": "interpol", "status": "sent"}
    assert tracing.registry_check("reported_stolen", date(2026, 12, 1),
                                  today=TODAY)["registry_result"] == "reported_stolen"
    with pytest.raises(FieldError, match="needed"):
        tracing.iarms_query("other", "2026-12-01", today=TODAY)
    assert tracing.origin(False, None) == {"established": False, "how": None, "note": ""}
    with pytest.raises(FieldError, match="only when"):
        tracing.origin(False, "tracing")
    with pytest.raises(FieldError) as caught:
        tracing.trace_request("DE", "carrier pigeon", "2026-12-01", today=TODAY)
    assert caught.value.field == "trace_channel"
    with pytest.raises(FieldError, match="not a date"):
        tracing.trace_status("answered", "31.12.2026", today=TODAY)


def test_follow_up_offences() -> None:
    step = tracing.follow_up("convicted", "2026-12-30", ["smuggling", " "], today=TODAY)
    assert step["offences"] == ["smuggling"] and step["stage"] == "convicted"
    with pytest.raises(FieldError, match="twice"):
        tracing.follow_up("convicted", "2026-12-30", ["smuggling", "smuggling"], today=TODAY)
    with pytest.raises(FieldError) as caught:
        tracing.follow_up("hanged", "2026-12-30", today=TODAY)
    assert caught.value.field == "follow_up_stage"
