"""The quick reference: one A4 page in large type for the wall of the control booth.

What an officer must have in front of them without opening anything: the safety rule
for a firearm found (DOMAIN.md sections 4 and 6: treat it as loaded, do not work the
action, call a qualified person, record the condition before it is made safe), what
each lane means, the keys of the key tasks (:data:`KEY_TASKS`, the window's shortcuts:
a test keeps them equal to the window's actions), the first steps after a find, what
every hand-over in the chain of custody records, and who to call (blank lines the
station fills in by hand: the numbers change more often than the sheet).

Every word passes through the :class:`~borderdesk.core.i18n.LanguageTranslator` given
(context ``report``), so the sheet prints in the station's language. The page is laid
out in the reports' shared style (:mod:`borderdesk.reports.layout`) and shrunk to fit
when a language needs more room: it is always one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from borderdesk import __version__
from borderdesk.core.i18n import LanguageTranslator, mark
from borderdesk.reports import layout
from borderdesk.reports.layout import CONTENT_WIDTH, FONT, FONT_BOLD, INK, Letterhead, PdfInfo

REPORT_KIND = "quick-reference"
#: The height the page's body may take (the letterhead and footer keep the rest).
BODY_HEIGHT: float = layout.PAGE_SIZE[1] - layout.MARGIN_TOP - layout.MARGIN_BOTTOM

#: The most a language's texts may widen the layout before it is shrunk to the page
#: (the type then prints at a third of its size: still one page, never cut).
MAX_WIDENING = 3.0

SAFETY_RED = colors.HexColor("#b71c1c")
SAFETY_FILL = colors.HexColor("#fdecea")
#: The lanes' colours, as the window shows them (ui/declarations_model.py), a shade
#: darker so they still tell apart on a worn print; the lane is also written out.
LANE_FILLS = {"red": colors.HexColor("#e8a19a"), "yellow": colors.HexColor("#f7d774"),
              "green": colors.HexColor("#a9d18e"), "random": colors.HexColor("#ffffff")}


@dataclass(frozen=True, slots=True)
class KeyTask:
    """A task of the officer's day and the keys that do it in the window.

    ``keys`` is written as Qt writes a shortcut (``Ctrl+Shift+I``); ``window`` and
    ``action`` name where it is defined (a test checks that it still is).
    """

    task: str
    keys: str
    window: str
    action: str


#: The key tasks, in the order of the work; texts are translated when printed.
KEY_TASKS: tuple[KeyTask, ...] = (
    KeyTask(mark("Find a declaration"), "Ctrl+F",
            "MainWindow", "search_action"),
    KeyTask(mark("Open the selected declaration"), "Enter", "MainWindow", "open_action"),
    KeyTask(mark("Start an inspection"), "Ctrl+Shift+I", "MainWindow", "inspection_action"),
    KeyTask(mark("Identify an item found"), "Ctrl+Shift+D",
            "MainWindow", "identify_action"),
    KeyTask(mark("Print the seizure report (case window)"), "Ctrl+P", "SeizureCaseView",
            "print_button"),
    KeyTask(mark("Lock the screen when you leave"), "Ctrl+L", "SessionControls",
            "lock_action"),
    KeyTask(mark("Open the user guide"), "F1", "MainWindow", "guide_action"),
)


@dataclass(frozen=True, slots=True)
class QuickReferenceContext:
    """Who the sheet is for: the agency and station (already in words), and when."""

    agency: str
    station_name: str
    crossing_code: str
    printed_at: datetime


def _styles() -> dict[str, ParagraphStyle]:
    base = layout.styles().body
    size = 11.5

    def style(name: str, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(f"qr-{name}", parent=base, **values)

    body = style("body", fontSize=size, leading=size * 1.22, spaceAfter=1.5)
    return {
        "title": style("title", fontName=FONT_BOLD, fontSize=22, leading=26, spaceAfter=2),
        "subtitle": style("subtitle", fontSize=11, leading=14, textColor=layout.MUTED,
                          spaceAfter=6),
        "heading": style("heading", fontName=FONT_BOLD, fontSize=14.5, leading=17,
                         spaceBefore=7, spaceAfter=3),
        "safety_heading": style("safety-heading", fontName=FONT_BOLD, fontSize=17, leading=21,
                                textColor=SAFETY_RED),
        "safety_rule": style("safety-rule", fontName=FONT_BOLD, fontSize=19, leading=24,
                             spaceAfter=3),
        "body": body,
        # Bullets and numbers hang in the margin: the text lines up under itself.
        "point": ParagraphStyle("qr-point", parent=body, leftIndent=13, bulletIndent=0,
                                bulletFontName=FONT_BOLD),
        "step": ParagraphStyle("qr-step", parent=body, leftIndent=16, bulletIndent=0,
                               bulletFontName=FONT_BOLD),
        "bold": style("bold", fontName=FONT_BOLD, fontSize=size, leading=size * 1.22),
        "keys": style("keys", fontName=FONT_BOLD, fontSize=size, leading=size * 1.22),
    }


def quick_reference_pdf(context: QuickReferenceContext, t: LanguageTranslator) -> bytes:
    """The quick reference as PDF bytes (always one A4 page), in ``t``'s language."""
    available = BODY_HEIGHT - 6 * mm  # the lines to write on stay clear of the footer
    story = _story(t, CONTENT_WIDTH)
    if _height(story, CONTENT_WIDTH) > available:
        # Too tall: laid out wider, then shrunk to the page's width, which shrinks its
        # height as much. The least widening that fits keeps the type as large as it can
        # be (found by halving the interval; a wider layout is never taller).
        low, high = 1.0, 1.0
        while _height(_story(t, CONTENT_WIDTH * high), CONTENT_WIDTH * high) > \
                available * high and high < MAX_WIDENING:
            low, high = high, high * 1.5
        for _step in range(8):
            middle = (low + high) / 2
            width = CONTENT_WIDTH * middle
            if _height(_story(t, width), width) > available * middle:
                low = middle
            else:
                high = middle
        story = _story(t, CONTENT_WIDTH * high)
    station = t("{station} border crossing ({code})", station=context.station_name,
                code=context.crossing_code) if context.crossing_code \
        else t("{station} border crossing", station=context.station_name)
    head = Letterhead(
        agency=context.agency, station=station, title=t("Quick reference"),
        reference=f"borderdesk {__version__}", page_label=t("Page {page} of {pages}"),
        footer=(t("Printed {when} · language: {language}",
                  when=context.printed_at.strftime("%Y-%m-%d"), language=t.language),))
    info = PdfInfo(title=t("Firearms in cargo: quick reference"),
                   subject=t("Quick reference"), author=context.agency,
                   custom={"BorderdeskDocument": REPORT_KIND})
    # Shrunk, never split: the sheet is one page in every language.
    page = KeepInFrame(CONTENT_WIDTH, available, story, mode="shrink", fakeWidth=False)
    return layout.render(head, [page], info)


def _height(story: list[Any], width: float) -> float:
    """How tall ``story`` is laid out ``width`` wide (with the paragraphs' spacing)."""
    total = 0.0
    for flowable in story:
        total += flowable.wrap(width, 10_000)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _story(t: LanguageTranslator, width: float) -> list[Any]:
    s = _styles()
    return [
        Paragraph(layout.text(t("Firearms in cargo: quick reference")), s["title"]),
        Paragraph(layout.text(t("Every task in full: borderdesk's user guide (F1).")),
                  s["subtitle"]),
        _safety(t, s, width),
        *_lanes(t, s, width),
        *_key_tasks(t, s, width),
        Spacer(1, 2 * mm),
        _find_and_custody(t, s, width),
        *_who_to_call(t, s, width),
    ]


def _point(words: str, style: ParagraphStyle, bullet: str = "•") -> Paragraph:
    return Paragraph(layout.text(words), style, bulletText=bullet)


def _safety(t: LanguageTranslator, s: dict[str, ParagraphStyle], width: float) -> Table:
    """The safety rule in a red frame: the first thing read, and the largest type."""
    points = [
        t("Do not touch it unless you must. Do not work the action, pull the trigger, "
          "take the magazine out or unload it yourself."),
        t("Keep everyone away from the muzzle."),
        t("Call a qualified person (armourer, police firearms officer) to make it safe."),
        t("Before it is made safe, record how it was found: loaded? a round in the "
          "chamber? hammer, safety, magazine; a revolver's cylinder as found."),
    ]
    rows: list[list[Any]] = [
        [Paragraph(layout.text("⚠ " + t("SAFETY FIRST")), s["safety_heading"])],
        [Paragraph(layout.text(t("Treat every firearm as loaded.")), s["safety_rule"])],
        *[[_point(point, s["point"])] for point in points],
    ]
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 2.2, SAFETY_RED),
        ("BACKGROUND", (0, 0), (-1, -1), SAFETY_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
    ]))
    return table


def _lanes(t: LanguageTranslator, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """Each lane beside its colour, in words: colour is never the only sign."""
    lanes = [
        ("red", t("Red"), t("Physical inspection: search the vehicle or the goods as the "
                            "risk panel says.")),
        ("yellow", t("Yellow"), t("Document check: documents, licences, seals.")),
        ("green", t("Green"), t("Release, unless you see a reason to inspect.")),
        ("random", t("(random)"), t("Chosen at random: work it like any other of its "
                                    "lane.")),
    ]
    rows = [[Paragraph(layout.text(name), s["bold"]),
             Paragraph(layout.text(meaning), s["body"])] for _lane, name, meaning in lanes]
    table = Table(rows, colWidths=[0.2 * width, 0.8 * width], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.6, layout.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, row), (0, row), LANE_FILLS[lane])
                 for row, (lane, _name, _meaning) in enumerate(lanes)]
    table.setStyle(TableStyle(commands))
    return [Paragraph(layout.text(t("The lanes")), s["heading"]), table]


def _key_tasks(t: LanguageTranslator, s: dict[str, ParagraphStyle],
               width: float) -> list[Any]:
    """The key tasks with their keys, in two columns of pairs."""
    pairs = [(task.keys, t(task.task)) for task in KEY_TASKS]
    pairs.append(("Ctrl+1…7", t("Go to a page (Queue, Inspections, Seizures…)")))
    if len(pairs) % 2:
        pairs.append(("", ""))
    half = len(pairs) // 2
    rows = []
    for left, right in zip(pairs[:half], pairs[half:], strict=True):
        rows.append([Paragraph(layout.text(left[0]), s["keys"]),
                     Paragraph(layout.text(left[1]), s["body"]),
                     Paragraph(layout.text(right[0]), s["keys"]),
                     Paragraph(layout.text(right[1]), s["body"])])
    widths = [0.19, 0.31, 0.19, 0.31]
    table = Table(rows, colWidths=[w * width for w in widths], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, layout.GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return [Paragraph(layout.text(t("Key tasks and their keys")), s["heading"]), table]


def _find_and_custody(t: LanguageTranslator, s: dict[str, ParagraphStyle],
                      width: float) -> Table:
    """Two columns: the first steps after a find, and what the chain of custody records."""
    steps = [
        t("Stop. Secure the scene: note the time, the place and who is there."),
        t("Call the qualified person; note when."),
        t("Photograph it in place before anything moves: wide, middle, close-up with a "
          "scale."),
        t("Record its condition; only then is it made safe."),
        t("Gloves; no tool in the barrel, no cleaning, no dry-firing."),
        t("Read the markings from the item itself; photograph each."),
        t("Pack each item apart; seal, label and photograph the package."),
    ]
    left: list[Any] = [Paragraph(layout.text(t("When you find a weapon")), s["heading"])]
    left += [_point(step, s["step"], f"{number}.")
             for number, step in enumerate(steps, start=1)]
    records = [t("the time"), t("who releases it and who receives it (both confirm)"),
               t("why: transport, laboratory, storage or court"), t("the place"),
               t("the package and its seal numbers")]
    right: list[Any] = [
        Paragraph(layout.text(t("Chain of custody")), s["heading"]),
        Paragraph(layout.text(t("Every hand-over of every package records:")), s["bold"]),
        *[_point(item, s["point"]) for item in records],
        Spacer(1, 1.5 * mm),
        Paragraph(layout.text(t("No gaps: it starts with whoever holds the package. Never "
                                "change an entry: a correction is a new entry.")), s["body"]),
    ]
    table = Table([[left, right]], colWidths=[0.52 * width, 0.48 * width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 10),
        ("LEFTPADDING", (1, 0), (1, 0), 10),
        ("LINEBEFORE", (1, 0), (1, 0), 0.6, layout.RULE),
    ]))
    return table


def _who_to_call(t: LanguageTranslator, s: dict[str, ParagraphStyle],
                 width: float) -> list[Any]:
    """Three blank lines across the page to write a name and a number on."""
    who = [t("Armourer / police firearms officer"), t("Supervisor on duty"),
           t("Investigator or prosecutor")]
    gap = 6 * mm
    column = (width - 2 * gap) / 3
    # Gaps between the columns, so that the three lines to write on stay apart.
    table = Table([[Paragraph(layout.text(who[0]), s["body"]), "",
                    Paragraph(layout.text(who[1]), s["body"]), "",
                    Paragraph(layout.text(who[2]), s["body"])],
                   ["", "", "", "", ""]],
                  colWidths=[column, gap, column, gap, column],
                  rowHeights=[None, 10 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        *[("LINEBELOW", (col, 1), (col, 1), 0.8, INK) for col in (0, 2, 4)],
    ]))
    return [Paragraph(layout.text(t("Who to call")), s["heading"]), table]


__all__ = ["KEY_TASKS", "REPORT_KIND", "KeyTask", "QuickReferenceContext",
           "quick_reference_pdf"]
