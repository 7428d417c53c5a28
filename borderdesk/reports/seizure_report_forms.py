"""The seizure report's closing parts: the integrity statement, the signatures and a
chain-of-custody form per package, ready to be signed by hand at every transfer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from borderdesk.evidence.steps import default_steps
from borderdesk.reports import layout
from borderdesk.reports.layout import CONTENT_WIDTH, FONT, GRID, RULE, cell, para, styles
from borderdesk.reports.seizure_report import Words, split_hash
from borderdesk.reports.seizure_report_sections import item_name

#: Empty rows on a custody form for transfers still to come.
BLANK_CUSTODY_ROWS = 7


def integrity(document: Mapping[str, Any], words: Words) -> list[Any]:
    """What makes the printout checkable: the snapshot hash and the audit checkpoint."""
    t, s, context = words.t, styles(), words.context
    rows = [
        (t("Snapshot of the case (SHA-256)"), split_hash(context.snapshot_hash)),
        (t("Audit chain at printing"), t("{length} entries", length=context.checkpoint_length)),
        (t("Head of the audit chain (SHA-256)"), split_hash(context.checkpoint_hash)),
        (t("Printed"), t("{when} by {who}", when=words.when(context.printed_at.isoformat()),
                         who=context.printed_by)),
        (t("Language of the report"), context_language(words)),
    ]
    return [*layout.heading(t("10. Integrity of this report")),
            para(t("This report was printed from the case as recorded in the station "
                   "database. The snapshot hash identifies exactly what it shows; the "
                   "command 'borderdesk report verify' or the QR code tells whether the case "
                   "has changed since. The audit checkpoint lets headquarters confirm that "
                   "no evidence record was altered or removed afterwards."), s.body),
            layout.field_table(rows, label_width=0.36)]


def context_language(words: Words) -> str:
    """The report's language in its own words."""
    names = {"en": "English", "sr-Latn": "srpski (latinica)"}
    return names.get(words.t.language, words.t.language)


def signatures(document: Mapping[str, Any], words: Words) -> list[Any]:
    """Lines to sign: the seizing officer, the supervisor, and who receives the report."""
    t, s = words.t, styles()
    roles = [t("Seizing officer"), t("Supervisor who signed off the case"),
             t("Received by (prosecutor or investigator)")]
    header = [cell(t("Role"), s.cell_bold), cell(t("Name"), s.cell_bold),
              cell(t("Signature"), s.cell_bold), cell(t("Date"), s.cell_bold)]
    body = [[cell(role), "", "", ""] for role in roles]
    table = Table([header, *body], colWidths=[w * CONTENT_WIDTH for w in (0.3, 0.28, 0.27,
                                                                           0.15)],
                  rowHeights=[None, *([14 * mm] * len(body))])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBEFORE", (1, 1), (-1, -1), 0.3, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [KeepTogether([*layout.heading(t("11. Signatures")), table])]


def custody_forms(document: Mapping[str, Any], words: Words) -> list[Any]:
    """One page per package: the package and its seals, the transfers so far, and empty
    rows to record and sign the next ones by hand."""
    t, s = words.t, styles()
    purposes = {p.id: p.label for p in default_steps().custody_purposes}
    items = {str(i.get("number")): i for i in document.get("items") or []}
    case_number = document["case"]["case_number"]
    story: list[Any] = []
    for package in document.get("packages") or []:
        label = package.get("label") or ""
        contents = [f"{n}: {item_name(items[n], words)}" + (
            f" — {items[n].get('description')}" if items[n].get("description") else "")
            for n in package.get("items") or [] if n in items]
        seals = ", ".join(str(seal.get("number")) for seal in package.get("seals") or [])
        story += [PageBreak(),
                  para(t("Chain of custody form"), s.title),
                  para(t("Package {label} of case {number}", label=label,
                         number=case_number), s.note),
                  Spacer(1, 3 * mm),
                  layout.field_table([
                      (t("Package"), label),
                      (t("Contents"), "\n".join(contents) or package.get("contents") or ""),
                      (t("Seal numbers"), seals or t("not sealed")),
                      (t("Packed"), t("{when}, {who}", when=words.when(package.get("packed_at")),
                                      who=package.get("packed_by"))),
                  ]),
                  Spacer(1, 3 * mm),
                  para(t("Every transfer is recorded here and in borderdesk: who releases, "
                         "who receives, when, why and where. Check the seals at each "
                         "transfer; a broken seal is written in the note."), s.small)]
        entries = [entry for entry in document.get("custody") or []
                   if entry.get("package") == label]
        story.append(_form_table(entries, purposes, words))
    return story


def _form_table(entries: list[Mapping[str, Any]], purposes: Mapping[str, str],
                words: Words) -> Table:
    t, s = words.t, styles()
    header = [cell(h, s.cell_bold) for h in (
        t("No."), t("Date and time"), t("Released by (name, signature)"),
        t("Received by (name, signature)"), t("Purpose"), t("Place; seals intact?"))]
    rows: list[list[Any]] = [header]
    for entry in entries:
        purpose = str(entry.get("purpose") or "")
        rows.append([cell(entry.get("seq")), cell(words.when(entry.get("at"))),
                     cell(entry.get("released_by")), cell(entry.get("received_by")),
                     cell(t(purposes[purpose]) if purpose in purposes else purpose),
                     cell(entry.get("place"))])
    start = len(entries) + 1
    rows += [[cell(start + n), "", "", "", "", ""] for n in range(BLANK_CUSTODY_ROWS)]
    heights = [None] + [None] * len(entries) + [15 * mm] * BLANK_CUSTODY_ROWS
    table = Table(rows, colWidths=[w * CONTENT_WIDTH for w in (0.06, 0.15, 0.22, 0.22, 0.13,
                                                               0.22)],
                  rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), layout.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
