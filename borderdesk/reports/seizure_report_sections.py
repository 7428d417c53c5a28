"""The seizure report's sections about the evidence: items and markings, persons,
tracing, evidence steps, packages and seals, the custody chain and the photographs.

Each function takes the case document and the report's :class:`Words` and returns
flowables. Tables print every row the case holds (every serial number, seal and
custody entry), wrapping long values inside their columns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Image,
    Paragraph,
    Table,
    TableStyle,
)

from borderdesk.evidence.steps import StepSpec, default_steps
from borderdesk.identify.item import CATEGORIES
from borderdesk.identify.markings import KINDS, PLACES, STATUSES
from borderdesk.reports import layout
from borderdesk.reports.layout import CONTENT_WIDTH, FONT, data_table, para, styles, text
from borderdesk.reports.seizure_report import Words, split_hash

_DEVIATION = colors.HexColor("#9b1c1c")


def item_name(item: Mapping[str, Any], words: Words) -> str:
    """What an item is, in words: category and make/model for a firearm, the part type
    for parts, "Ammunition" for rounds."""
    t = words.t
    record = item.get("record") or {}
    if item.get("kind") == "parts":
        return words.code("part_type", item.get("component")) or t("Parts")
    if item.get("kind") == "ammunition":
        return t("Ammunition")
    category = str(item.get("category") or "")
    name = t(CATEGORIES.get(category, category)) if category else t("Firearm")
    maker = " ".join(str(v) for v in (record.get("make"), record.get("model")) if v)
    return f"{name} — {maker}" if maker else name


def items_and_markings(document: Mapping[str, Any], words: Words) -> list[Any]:
    """The seized items, then every marking of every item (serial numbers first)."""
    t, s = words.t, styles()
    items = document.get("items") or []
    rows = []
    for item in items:
        record = item.get("record") or {}
        calibre = record.get("calibre") or item.get("calibre") or ""
        legal = (record.get("legal") or {}).get("category") or ""
        rows.append([str(item["number"]), item_name(item, words), item.get("description") or "",
                     calibre, str(item.get("quantity")), legal])
    story: list[Any] = [*layout.heading(t("3. Seized items"))]
    if not rows:
        return [*story, para(t("No items are recorded."), s.body)]
    story.append(data_table(
        [t("No."), t("Seized item"), t("Description"), t("Calibre"), t("Qty"), t("EU cat.")], rows,
        [0.06, 0.25, 0.37, 0.14, 0.08, 0.10]))
    marks = []
    for item in items:
        ordered = sorted(item.get("markings") or [], key=lambda m: m.get("kind") != "serial")
        for marking in ordered:
            kind = marking.get("kind")
            label = t(KINDS[kind]) if kind in KINDS else str(kind)
            place = marking.get("place")
            serial = kind == "serial"
            value = marking.get("text") or "—"
            marks.append([str(item["number"]),
                          Paragraph(f"<b>{text(label)}</b>" if serial else text(label), s.cell),
                          t(PLACES[place]) if place in PLACES else str(place or ""),
                          Paragraph(f"<b>{text(value)}</b>" if serial else text(value), s.cell),
                          t(STATUSES.get(marking.get("status") or "", "")) if marking.get(
                              "status") in STATUSES else str(marking.get("status") or "")])
    if marks:
        story += [*layout.heading(t("Markings"), sub=True), data_table(
            [t("Item"), t("Marking"), t("Place"), t("As read on the item"), t("State")], marks,
            [0.085, 0.21, 0.2, 0.325, 0.18])]
    return story


def persons(document: Mapping[str, Any], words: Words) -> list[Any]:
    """The persons involved (nominal data: the report stays at the station's discretion)."""
    t, s = words.t, styles()
    found = document.get("persons") or []
    story: list[Any] = [*layout.heading(t("4. Persons involved"))]
    if not found:
        return [*story, para(t("No persons are recorded."), s.body)]
    rows = [[words.code("person_role", p.get("role"))
             + (f" ({p['role_note']})" if p.get("role_note") else ""),
             p.get("name") or "", p.get("nationality") or "", words.code("sex", p.get("sex")),
             p.get("birth_date") or "", p.get("document") or ""] for p in found]
    story.append(data_table([t("Role"), t("Name"), t("Nationality"), t("Sex"),
                             t("Date of birth"), t("Identity document")], rows,
                            [0.15, 0.24, 0.15, 0.1, 0.14, 0.22]))
    story.append(para(t("Nominal data: kept at the station; not sent to headquarters."),
                      s.note))
    return story


def tracing(document: Mapping[str, Any], words: Words) -> list[Any]:
    """Registry checks, iARMS queries, trace requests and origin, per item."""
    t, s = words.t, styles()
    rows: list[list[str]] = []
    for entry in document.get("tracing") or []:
        number = str(entry.get("item"))
        for check in entry.get("registry_checks") or []:
            rows.append([number, t("National registry check"), check.get("date") or "",
                         words.code("registry_result", check.get("registry_result")),
                         _joined(check.get("reference"), check.get("note"))])
        for query in entry.get("iarms_queries") or []:
            rows.append([number, t("INTERPOL iARMS query"), query.get("date") or "",
                         words.code("iarms_result", query.get("iarms_result")),
                         _joined(query.get("reference"), query.get("note"))])
        for request in entry.get("trace_requests") or []:
            rows.append([number, t("Trace request to {country}", country=request.get("country")),
                         request.get("date") or "",
                         words.code("trace_status", request.get("status")),
                         _joined(words.code("trace_channel", request.get("channel")),
                                 request.get("reference"), request.get("note"))])
        origin = entry.get("origin")
        if origin:
            result = (words.code("origin_how", origin.get("how")) if origin.get("established")
                      else t("not established"))
            rows.append([number, t("Illicit origin"), "", result,
                         str(origin.get("note") or "")])
    story: list[Any] = [*layout.heading(t("5. Tracing"))]
    if not rows:
        return [*story, para(t("No registry check, iARMS query or trace request is recorded "
                               "yet."), s.body)]
    story.append(data_table([t("Item"), t("Check"), t("Date"), t("Result or status"),
                             t("Channel, reference, note")], rows,
                            [0.085, 0.25, 0.12, 0.245, 0.30]))
    return story


def _joined(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p)


def step_details(step: Mapping[str, Any], spec: StepSpec | None, words: Words) -> str:
    """A step record's fields in words, one per line, labels translated."""
    t = words.t
    lines = []
    if step.get("not_applicable"):
        lines.append(t("Not applicable: {why}", why=step["not_applicable"]))
    for key, value in (step.get("fields") or {}).items():
        field = spec.field(key) if spec else None
        label = t(field.label) if field else key
        lines.append(f"{label}: {_value(value, field, words)}")
    return "\n".join(lines)


def _value(value: Any, field: Any, words: Words) -> str:
    options = {o.id: o.label for o in field.options} if field is not None else {}
    if field is not None and field.id == "kind":
        # The packaging step's kind is a package kind (listed apart from the fields).
        options = {k.id: k.label for k in default_steps().package_kinds}
    if isinstance(value, list):
        return ", ".join(words.t(options[v]) if v in options else str(v) for v in value)
    if field is not None and field.type == "time":
        return words.when(value)
    if isinstance(value, str) and value in options:
        return words.t(options[value])
    return str(value)


def evidence_steps(document: Mapping[str, Any], words: Words) -> list[Any]:
    """The evidence steps in the order done, with every deviation from the order rules."""
    t, s = words.t, styles()
    steps = default_steps()
    deviation = ParagraphStyle("bd-deviation", parent=s.cell, textColor=_DEVIATION)
    rows: list[list[Any]] = []
    current = [st for st in document.get("steps") or []
               if st.get("current", True) and not st.get("withdrawn")]
    for step in sorted(current, key=lambda st: (st.get("done_at") or "", st.get("number", 0))):
        spec = steps.step(str(step.get("step")))
        details: list[Any] = [Paragraph(text(step_details(step, spec, words)), s.cell_small)]
        for broken in step.get("deviations") or []:
            details.append(Paragraph(text(t("Deviation: {rule}", rule=t(str(broken)))),
                                     deviation))
        if step.get("deviation_reason"):
            details.append(Paragraph(text(t("Reason given: {why}",
                                            why=step["deviation_reason"])), deviation))
        title = t(spec.title) if spec else str(step.get("title") or step.get("step"))
        rows.append([str(step.get("number")), title, step.get("item") or "",
                     words.when(step.get("done_at")), step.get("done_by") or "", details])
    story: list[Any] = [*layout.heading(t("6. Evidence steps"))]
    if not rows:
        return [*story, para(t("No evidence step is recorded."), s.body)]
    story.append(data_table([t("Step"), t("What was done"), t("Item"), t("When"), t("By"),
                             t("Record")], rows, [0.085, 0.22, 0.085, 0.15, 0.12, 0.34]))
    deviations = sum(len(st.get("deviations") or []) for st in current)
    story.append(para(t("Deviations from the order of the steps: {count}.", count=deviations),
                      s.note))
    return story


def packages_and_seals(document: Mapping[str, Any], words: Words) -> list[Any]:
    """Every package: kind, items, seals (number, when, who), packed, current holder."""
    t = words.t
    kinds = {k.id: k.label for k in default_steps().package_kinds}
    rows = []
    for package in document.get("packages") or []:
        seals = "\n".join(t("{number} ({when}, {who})", number=seal.get("number"),
                            when=words.when(seal.get("sealed_at")), who=seal.get("sealed_by"))
                          for seal in package.get("seals") or []) or t("not sealed")
        kind = package.get("kind")
        rows.append([package.get("label") or "", t(kinds[kind]) if kind in kinds else kind,
                     ", ".join(package.get("items") or []), seals,
                     t("{when}, {who}", when=words.when(package.get("packed_at")),
                       who=package.get("packed_by")),
                     package.get("holder") or ""])
    story: list[Any] = [*layout.heading(t("7. Packages and seals"))]
    if not rows:
        return [*story, para(t("No package is recorded."), styles().body)]
    story.append(data_table([t("Package"), t("Kind"), t("Items"), t("Seals"), t("Packed"),
                             t("Held now by")], rows, [0.25, 0.11, 0.09, 0.23, 0.16, 0.16]))
    return story


def custody_chain(document: Mapping[str, Any], words: Words) -> list[Any]:
    """Every custody entry of every package, in order."""
    t = words.t
    purposes = {p.id: p.label for p in default_steps().custody_purposes}
    rows = [[entry.get("package") or "", str(entry.get("seq")), words.when(entry.get("at")),
             entry.get("released_by") or "", entry.get("received_by") or "",
             t(purposes[entry["purpose"]]) if entry.get("purpose") in purposes
             else str(entry.get("purpose") or ""),
             _joined(entry.get("place"), entry.get("note"), entry.get("amendment_reason"))]
            for entry in document.get("custody") or []]
    story: list[Any] = [*layout.heading(t("8. Chain of custody"))]
    if not rows:
        return [*story, para(t("No custody transfer is recorded."), styles().body)]
    story.append(data_table([t("Package"), t("No."), t("When"), t("Released by"),
                             t("Received by"), t("Purpose"), t("Place, note")], rows,
                            [0.24, 0.05, 0.14, 0.14, 0.14, 0.12, 0.17]))
    return story


def photographs(document: Mapping[str, Any], words: Words) -> list[Any]:
    """The photos two to a row: the picture, caption, file, time taken and SHA-256."""
    t, s = words.t, styles()
    photos = document.get("photos") or []
    items = {i.get("id"): i.get("number") for i in document.get("items") or []}
    story: list[Any] = [*layout.heading(t("9. Photographs"))]
    if not photos:
        return [*story, para(t("No photograph is recorded."), s.body)]
    story.append(para(t("Printed from downscaled copies; the originals are kept unchanged at "
                        "the station and are identified by their SHA-256."), s.note))
    width = (CONTENT_WIDTH - 6 * mm) / 2
    cells = [_photo_cell(number, photo, items, words, width)
             for number, photo in enumerate(photos, start=1)]
    rows = [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else [])
            for i in range(0, len(cells), 2)]
    for row in rows:
        table = Table([row], colWidths=[width + 3 * mm, width + 3 * mm])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story.append(table)
    return story


def _photo_cell(number: int, photo: Mapping[str, Any], items: Mapping[Any, Any],
                words: Words, width: float) -> Any:
    t, s = words.t, styles()
    copy = words.context.photos.get(str(photo.get("id")))
    box = width * 0.62  # three rows of two fit an A4 page
    picture: Any
    size = _image_size(copy) if copy is not None else None
    if copy is not None and size is not None:
        scale = min(width / size[0], box / size[1])
        # From memory: on an encrypted station no plain copy exists on disk.
        picture = Image(BytesIO(copy), width=size[0] * scale, height=size[1] * scale,
                        hAlign="LEFT")
    else:
        picture = para(t("(the photo's file could not be read)"), s.note)
    caption = photo.get("caption") or t("(no caption)")
    linked = items.get(photo.get("item"))
    exif = photo.get("exif") or {}
    taken = exif.get("taken_at")
    facts = [t("Photo {number}: {caption}", number=number, caption=caption)]
    if linked is not None:
        facts.append(t("Item {number}", number=linked))
    facts.append(t("File {name}, {width} × {height} px", name=photo.get("file_name"),
                   width=photo.get("width"), height=photo.get("height")))
    if taken:
        facts.append(t("Taken {when} (camera time)", when=str(taken).replace("T", " ")))
    lines: Sequence[Any] = [
        picture, Paragraph(text(facts[0]), s.cell_bold),
        *(Paragraph(text(f), s.cell_small) for f in facts[1:]),
        Paragraph(text("SHA-256\n" + split_hash(str(photo.get("sha256")))), s.cell_small)]
    return list(lines)


def _image_size(copy: bytes) -> tuple[int, int] | None:
    """The pixel size of a print copy (read from its header only; a print copy is a JPEG
    and is opened as nothing else), None when unreadable."""
    from PIL import Image as PilImage
    from PIL import UnidentifiedImageError

    try:
        with PilImage.open(BytesIO(copy), formats=["JPEG"]) as image:
            return image.size
    except (OSError, UnidentifiedImageError):
        return None
