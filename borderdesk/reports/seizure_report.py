"""The seizure report: the printed record of a case for the prosecutor.

Built from the case document (``seizure show``'s JSON) as it stood when printed, in
the language chosen at print time: every word passes through the
:class:`~borderdesk.core.i18n.LanguageTranslator` given (context ``report``). The
first page carries the case, the QR code ``BDCASE:{case id}:{snapshot hash}`` and
the hash in words; then the event, detection, items and markings, persons, tracing
(:mod:`.seizure_report_sections`), the evidence steps, packages and seals, the
custody chain, photos, the integrity statement with the audit checkpoint, the
signatures, and one custody form per package ready for signatures
(:mod:`.seizure_report_forms`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Spacer, Table, TableStyle  # type: ignore[import-untyped]

from borderdesk.core.i18n import LanguageTranslator
from borderdesk.reports import layout
from borderdesk.reports.layout import (
    CONTENT_WIDTH,
    FONT,
    Letterhead,
    PdfInfo,
    para,
    styles,
)
from borderdesk.reports.qr import qr_drawing
from borderdesk.reports.snapshot import qr_text

#: The PDF information key that holds the QR text (read back by ``report verify``).
CASE_INFO_KEY = "BorderdeskCase"
REPORT_KIND_KEY = "BorderdeskDocument"
REPORT_KIND = "seizure-report"


@dataclass(frozen=True)
class PrintContext:
    """Everything about the print that is not the case: who, when, where, checkpoint."""

    agency: str
    station_name: str
    crossing_code: str
    time_zone: str
    printed_at: datetime
    printed_by: str
    checkpoint_length: int
    checkpoint_hash: str
    snapshot_hash: str
    exercise: bool = False
    #: Photo id -> its downscaled print copy, JPEG bytes in memory (photos without one
    #: print as a placeholder).
    photos: Mapping[str, bytes] = field(default_factory=dict)
    #: Rule id -> its title in the report's language (services.reports.rule_titles);
    #: not in the snapshot, so the case's hash does not depend on the language.
    rule_titles: Mapping[str, str] = field(default_factory=dict)


class Words:
    """The translator plus the small helpers every section uses to print values."""

    def __init__(self, t: LanguageTranslator, context: PrintContext) -> None:
        self.t = t
        self.context = context
        self._zone = ZoneInfo(context.time_zone)

    def when(self, stamp: object) -> str:
        """A stored time in the station's time zone, ``2026-11-28 10:40``."""
        if not stamp:
            return ""
        text = str(stamp)
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
        if moment.tzinfo is None:
            return moment.strftime("%Y-%m-%d %H:%M")
        return moment.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")

    def code(self, table: str, code: object) -> str:
        """A code of the seizure code lists by its translated name."""
        from borderdesk.evidence.case_codes import seizure_codes

        if code is None or code == "":
            return ""
        entry = seizure_codes()[table].get(str(code))
        return self.t(entry.name) if entry else str(code)

    def yes_no(self, value: object) -> str:
        """Yes or no, translated."""
        return self.t("yes") if value else self.t("no")

    def country(self, code: object) -> str:
        """A country code with its name in the report's language: ``Србија (RS)``."""
        from borderdesk.core.country_names import country_name

        text = str(code)
        name = country_name(text, self.t.language)
        return f"{name} ({text})" if name != text else text

    def rule(self, rule: object) -> str:
        """A rule's id with its title (in the report's language for a shipped profile)."""
        title = self.context.rule_titles.get(str(rule))
        return f"{rule} — {title}" if title else str(rule)


def split_hash(digest: str) -> str:
    """A 64-digit hash on two lines of 32 (it never overflows a narrow column)."""
    return f"{digest[:32]}\n{digest[32:]}" if len(digest) > 40 else digest


def seizure_report_pdf(document: Mapping[str, Any], context: PrintContext,
                       t: LanguageTranslator) -> bytes:
    """The report of ``document`` (a case document) as PDF bytes."""
    from borderdesk.reports.seizure_report_forms import custody_forms, integrity, signatures
    from borderdesk.reports.seizure_report_sections import (
        custody_chain,
        evidence_steps,
        items_and_markings,
        packages_and_seals,
        persons,
        photographs,
        tracing,
    )

    words = Words(t, context)
    case = document["case"]
    number = case["case_number"]
    story: list[Any] = []
    story += _front(document, words)
    story += _event(document, words)
    story += items_and_markings(document, words)
    story += persons(document, words)
    story += tracing(document, words)
    story += evidence_steps(document, words)
    story += packages_and_seals(document, words)
    story += custody_chain(document, words)
    story += photographs(document, words)
    story += integrity(document, words)
    story += signatures(document, words)
    story += custody_forms(document, words)
    checkpoint = f"{context.checkpoint_length}:{context.checkpoint_hash}"
    head = Letterhead(
        agency=context.agency,
        station=t("{station} border crossing ({code})", station=context.station_name,
                  code=context.crossing_code) if context.crossing_code
        else t("{station} border crossing", station=context.station_name),
        title=t("Seizure report"), reference=t("Case {number}", number=number),
        page_label=t("Page {page} of {pages}"),
        footer=(t("Printed {when} by {who} · language: {language} · times in {zone}",
                  when=words.when(context.printed_at.isoformat()), who=context.printed_by,
                  language=t.language, zone=context.time_zone),
                t("Audit checkpoint {checkpoint}", checkpoint=checkpoint)),
        watermark=t("EXERCISE - NOT EVIDENCE") if context.exercise else "")
    info = PdfInfo(
        title=t("Seizure report {number}", number=number), subject=t("Seizure report"),
        author=context.agency, keywords=qr_text(case["id"], context.snapshot_hash),
        custom={CASE_INFO_KEY: qr_text(case["id"], context.snapshot_hash),
                REPORT_KIND_KEY: REPORT_KIND, "BorderdeskCheckpoint": checkpoint})
    return layout.render(head, story, info)


def _front(document: Mapping[str, Any], words: Words) -> list[Any]:
    """The title, the case's key facts beside the QR code, and the snapshot hash."""
    t, s, context = words.t, styles(), words.context
    case = document["case"]
    fields = case.get("fields") or {}
    status = t("signed off") if case.get("signed_off_at") else t("open (not signed off)")
    facts = [
        (t("Case number"), case["case_number"]),
        (t("National procedure number"), fields.get("national_number") or "—"),
        (t("Date and time of the seizure"), words.when(fields.get("occurred_at")) or "—"),
        (t("Border crossing"), t("{station} ({code})", station=context.station_name,
                                 code=case.get("crossing") or context.crossing_code)),
        (t("Case opened"), t("{when} by {who}", when=words.when(case.get("opened_at")),
                             who=case.get("opened_by"))),
        (t("Status"), status),
    ]
    if case.get("signed_off_at"):
        facts.append((t("Signed off"), t("{when} by {who}",
                                         when=words.when(case["signed_off_at"]),
                                         who=case.get("signed_off_by"))))
    left = layout.field_table(facts, label_width=0.42, width=CONTENT_WIDTH * 0.72)
    qr_size = 34 * mm
    right = [qr_drawing(qr_text(case["id"], context.snapshot_hash), qr_size),
             para(t("Scan to check this report"), s.note)]
    top = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.74, CONTENT_WIDTH * 0.26])
    top.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        para(t("Seizure report"), s.title),
        para(t("Record of the seizure of firearms, their parts and ammunition, and of "
               "the evidence taken"), s.note),
        Spacer(1, 4 * mm), top, Spacer(1, 2 * mm),
        para(t("Snapshot of the case (SHA-256): {hash}", hash=context.snapshot_hash),
             s.small),
    ]


def _event(document: Mapping[str, Any], words: Words) -> list[Any]:
    """The event fields and how the find was detected."""
    t, s = words.t, styles()
    case = document["case"]
    fields = case.get("fields") or {}

    def coded(name: str, table: str, note: str | None = None) -> str:
        value = words.code(table, fields.get(name))
        extra = fields.get(note) if note else None
        return f"{value} — {extra}" if value and extra else value or "—"

    route = [words.country(code) for code in (
        fields.get("route_departure"), *(fields.get("route_transit") or []),
        fields.get("route_destination")) if code]
    gps = fields.get("gps")
    rows = [
        (t("Type of event"), coded("event_type", "event_type")),
        (t("Direction"), coded("direction", "direction")),
        (t("Legal justification"), coded("legal_justification", "legal_justification",
                                         "legal_justification_note")),
        (t("Criminal context"), coded("criminal_context", "criminal_context",
                                      "criminal_context_note")),
        (t("Route"), " → ".join(route) or "—"),
        (t("Conveyance"), coded("conveyance", "conveyance", "conveyance_note")
         + (f" ({fields['conveyance_id']})" if fields.get("conveyance_id") else "")),
        (t("Concealment method"), coded("concealment", "concealment", "concealment_note")),
        (t("Place at the crossing"), fields.get("place") or "—"),
        (t("GPS position"), f"{gps['lat']}, {gps['lon']}" if gps else "—"),
        (t("Unit"), fields.get("unit") or "—"),
        (t("Officers"), "; ".join(fields.get("officers") or []) or "—"),
        (t("Other goods seized"), fields.get("other_goods") or "—"),
    ]
    detection = [
        (t("Declaration"), case.get("declaration_id") or "—"),
        (t("Inspection"), case.get("inspection_id") or "—"),
        (t("Detection method"), coded("detection_method", "detection_method",
                                      "detection_note")),
        (t("Risk rules hit"), "; ".join(words.rule(rule) for rule in case.get("rules_hit")
                                        or []) or t("none")),
    ]
    return [*layout.heading(t("1. The event")), layout.field_table(rows),
            *layout.heading(t("2. Detection")), layout.field_table(detection),
            para(t("The risk rules are those of the screening the inspection followed."),
                 s.note)]


