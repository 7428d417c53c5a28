"""The trace request packet of one firearm: a JSON record and a one- or two-page PDF.

The record holds what an INTERPOL iARMS query or a bilateral trace request asks
for: the requesting service and its reference, the firearm (type, make, model,
calibre, country of manufacture, every serial number with where it sits, the
import marking and the other markings, barrel length), the circumstances of the
seizure (date, place, event type, legal justification, route, concealment), what
was already checked (national registry, iARMS) and the SHA-256 of the photos of
the item. It is complete only when the trace-readiness check
(:mod:`borderdesk.identify.trace`) passes; otherwise the packet is still made, marked
"not ready", with the gaps listed on the page and in the JSON, so the officer sees
what to record before sending it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from borderdesk.core.i18n import LanguageTranslator
from borderdesk.identify.item import CATEGORIES, ItemRecord
from borderdesk.identify.markings import KINDS, PLACES, STATUSES
from borderdesk.identify.trace import REQUIREMENTS, STATES, trace_readiness
from borderdesk.reports import layout
from borderdesk.reports.layout import Letterhead, PdfInfo, data_table, para, styles

TRACE_FORMAT = 1


def trace_record(document: Mapping[str, Any], item: Mapping[str, Any], *, agency: str,
                 station: str, requested_by: str, requested_at: str) -> dict[str, Any]:
    """The trace request of ``item`` (a row of the case document's items) as JSON."""
    case = document["case"]
    fields = case.get("fields") or {}
    record = ItemRecord.from_dict(item["record"]) if item.get("record") else None
    readiness = trace_readiness(record) if record is not None else None
    tracing: Mapping[str, Any] = next((e for e in document.get("tracing") or []
                    if e.get("item") == item.get("number")), {})
    photos = [{"sha256": p.get("sha256"), "file_name": p.get("file_name"),
               "caption": p.get("caption")}
              for p in document.get("photos") or [] if p.get("item") == item.get("id")]
    barrel = next((m for m in (record.measurements if record else ())
                   if m.name == "barrel_length"), None)
    return {
        "format": TRACE_FORMAT,
        "ready": bool(readiness and readiness.ready),
        "gaps": list(readiness.gaps()) if readiness else ["not identified with the checklist"],
        "checks": [{"requirement": c.requirement, "state": c.state, "detail": c.detail}
                   for c in (readiness.checks if readiness else ())],
        "requesting_service": {"agency": agency, "station": station,
                               "officer": requested_by, "date": requested_at},
        "case": {"id": case["id"], "case_number": case["case_number"],
                 "national_number": fields.get("national_number"),
                 "occurred_at": fields.get("occurred_at"), "crossing": case.get("crossing"),
                 "event_type": fields.get("event_type"),
                 "legal_justification": fields.get("legal_justification"),
                 "route": {"departure": fields.get("route_departure"),
                           "transit": fields.get("route_transit") or [],
                           "destination": fields.get("route_destination")},
                 "concealment": fields.get("concealment")},
        "firearm": {
            "item_id": item.get("id"), "item_number": item.get("number"),
            "category": item.get("category"),
            "make": record.make if record else None, "model": record.model if record else None,
            "calibre": record.calibre if record else item.get("calibre"),
            "country_of_manufacture": record.country if record else None,
            "action": record.action if record else None,
            "barrel_length": {"value": barrel.value, "unit": barrel.unit} if barrel else None,
            "serial_numbers": [{"text": m.text, "place": m.place, "status": m.status}
                               for m in (record.serials if record else ())],
            "markings": [m.to_dict() for m in (record.markings if record else ())],
            "legal_category": (record.legal.category if record and record.legal else None),
            "description": item.get("description"),
        },
        "checks_done": {"registry": tracing.get("registry_checks") or [],
                        "iarms": tracing.get("iarms_queries") or [],
                        "trace_requests": tracing.get("trace_requests") or []},
        "photos": photos,
    }


def trace_packet_pdf(packet: Mapping[str, Any], t: LanguageTranslator, *, exercise: bool,
                     watermark_case: str = "") -> bytes:
    """The packet's printable request, with its readiness and gaps."""
    s = styles()
    case, firearm = packet["case"], packet["firearm"]
    service = packet["requesting_service"]
    ready = packet["ready"]
    story: list[Any] = [
        para(t("Firearm trace request"), s.title),
        para(t("For an INTERPOL iARMS query or a bilateral trace request"), s.note),
        para(t("Ready to send: every trace requirement is recorded.") if ready else
             t("NOT READY: the trace requirements below are missing; record them first."),
             s.heading),
        *layout.heading(t("Requesting service")),
        layout.field_table([
            (t("Agency"), service["agency"]), (t("Border crossing"), service["station"]),
            (t("Officer"), service["officer"]), (t("Date"), service["date"]),
            (t("Case number"), case["case_number"]),
            (t("National procedure number"), case.get("national_number") or "—")]),
        *layout.heading(t("The firearm")),
        layout.field_table(_firearm_rows(firearm, t)),
    ]
    serials = [[str(n), sn.get("text") or "—", _coded(PLACES, sn.get("place"), t),
                _coded(STATUSES, sn.get("status"), t)]
               for n, sn in enumerate(firearm["serial_numbers"], start=1)]
    if serials:
        story += [*layout.heading(t("Serial numbers"), sub=True), data_table(
            [t("No."), t("Serial number"), t("Where the serial sits"), t("State")], serials,
            [0.08, 0.4, 0.27, 0.25])]
    marks = [[_coded(KINDS, m.get("kind"), t), _coded(PLACES, m.get("place"), t),
              m.get("text") or "—", _coded(STATUSES, m.get("status"), t)]
             for m in firearm["markings"]]
    if marks:
        story += [*layout.heading(t("Markings"), sub=True), data_table(
            [t("Marking"), t("Place"), t("As read on the item"), t("State")], marks,
            [0.25, 0.22, 0.33, 0.2])]
    story += [*layout.heading(t("Trace requirements")), data_table(
        [t("Requirement"), t("State"), t("Recorded")],
        [[t(REQUIREMENTS.get(c["requirement"], c["requirement"])),
          t(STATES.get(c["state"], c["state"])), _recorded(c, firearm, t)]
         for c in packet["checks"]],
        [0.3, 0.25, 0.45])]
    if packet["photos"]:
        story += [*layout.heading(t("Photos of the item (SHA-256)")), data_table(
            [t("File"), t("SHA-256")],
            [[p["file_name"], p["sha256"]] for p in packet["photos"]], [0.25, 0.75])]
    head = Letterhead(agency=service["agency"], station=service["station"],
                      title=t("Firearm trace request"),
                      reference=t("Case {number}, item {item}", number=case["case_number"],
                                  item=firearm["item_number"]),
                      page_label=t("Page {page} of {pages}"),
                      footer=(t("Printed {when} by {who}", when=service["date"],
                                who=service["officer"]),),
                      watermark=t("EXERCISE - NOT EVIDENCE") if exercise else "")
    info = PdfInfo(title=t("Firearm trace request"), subject=watermark_case,
                   author=service["agency"], custom={"BorderdeskDocument": "trace-request"})
    return layout.render(head, story, info)


def _recorded(check: Mapping[str, Any], firearm: Mapping[str, Any],
              t: LanguageTranslator) -> str:
    """What was recorded for a requirement, in the packet's language (the check's own
    detail is in the window's language)."""
    state, requirement = check["state"], check["requirement"]
    if state == "missing":
        return t("read it from the item, or record it as not present or obliterated")
    if state != "present":
        return "—"
    if requirement == "serial_place":
        places = {_coded(PLACES, sn.get("place"), t) for sn in firearm["serial_numbers"]
                  if sn.get("status") != "unmarked"}
        return ", ".join(sorted(places))
    if requirement == "photos":
        return t("every marking photographed")
    return str(check["detail"])


def _coded(table: Mapping[str, str], code: object, t: LanguageTranslator) -> str:
    return t(table[str(code)]) if code in table else str(code or "—")


def _firearm_rows(firearm: Mapping[str, Any], t: LanguageTranslator) -> Sequence[
        tuple[str, object]]:
    barrel = firearm.get("barrel_length")
    category = str(firearm.get("category") or "")
    return [
        (t("Type"), t(CATEGORIES.get(category, category)) if category else "—"),
        (t("Manufacturer"), firearm.get("make") or "—"),
        (t("Model"), firearm.get("model") or "—"),
        (t("Calibre"), firearm.get("calibre") or "—"),
        (t("Country of manufacture"), firearm.get("country_of_manufacture") or "—"),
        (t("Barrel length"), f"{barrel['value']:g} {barrel['unit']}" if barrel else "—"),
        (t("EU category"), firearm.get("legal_category") or "—"),
        (t("Description"), firearm.get("description") or "—"),
    ]
