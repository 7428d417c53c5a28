"""The look every printed borderdesk document shares: fonts, page frame, styles, tables.

A document is a list of reportlab flowables rendered by :func:`render` inside a
:class:`Letterhead`: the agency and station at the top left, the document's title
and reference at the top right, a footer line (who printed it, the audit
checkpoint) and "page X of Y" at the bottom, and, in exercise mode, a diagonal
watermark on every page. "Y" is only known once every page is laid out, so the
canvas keeps each page until the end (:class:`_NumberedCanvas`).

All text is DejaVu Sans (embedded), so Cyrillic, Albanian and accented names print.
Texts arrive already translated: this module makes no user-visible words itself.
Strings given to :func:`cell` and :func:`data_table` are escaped, so a ``<`` or
``&`` in case data prints as typed and never reaches reportlab's markup parser.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfdoc, pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZE: tuple[float, float] = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm     # room for the letterhead
MARGIN_BOTTOM = 22 * mm  # room for the footer
#: The width flowables may use on an A4 page.
CONTENT_WIDTH: float = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
GRID = colors.HexColor("#b4b4b4")
HEADER_FILL = colors.HexColor("#e4e7eb")
ZEBRA_FILL = colors.HexColor("#f6f7f8")
WATERMARK = colors.HexColor("#c0392b")


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once, as a family so ``<b>`` works.

    Also turns off reportlab's ASCII85 encoding of streams: without its C accelerator
    it encodes in pure Python at about 1 s per megabyte of photo, and it only makes a
    binary PDF a quarter larger.
    """
    rl_config.useA85 = 0
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered:
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    if FONT_BOLD not in registered:
        pdfmetrics.registerFont(TTFont(FONT_BOLD,
                                       str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What frames every page; all texts already translated.

    ``page_label`` holds ``{page}`` and ``{pages}`` placeholders ("Page {page} of
    {pages}"). ``footer`` lines print small at the bottom left (two fit).
    ``watermark`` (exercise mode) prints diagonally across every page.
    """

    agency: str
    station: str
    title: str
    reference: str
    page_label: str
    footer: tuple[str, ...] = ()
    watermark: str = ""


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """The document information dictionary; ``custom`` adds keys such as ``/BorderdeskCase``."""

    title: str
    subject: str = ""
    author: str = ""
    keywords: str = ""
    custom: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of every document."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    register_fonts()
    body = ParagraphStyle("bd-body", fontName=FONT, fontSize=9.5, leading=12.5,
                          textColor=INK, spaceAfter=4)
    cell = ParagraphStyle("bd-cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("bd-title", parent=body, fontName=FONT_BOLD, fontSize=15,
                             leading=19, spaceAfter=2),
        heading=ParagraphStyle("bd-heading", parent=body, fontName=FONT_BOLD, fontSize=11.5,
                               leading=14, spaceBefore=10, spaceAfter=5),
        subheading=ParagraphStyle("bd-subheading", parent=body, fontName=FONT_BOLD,
                                  fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3),
        body=body,
        small=ParagraphStyle("bd-small", parent=body, fontSize=8, leading=10, spaceAfter=2),
        note=ParagraphStyle("bd-note", parent=body, fontSize=8, leading=10, textColor=MUTED,
                            spaceAfter=2),
        cell=cell,
        cell_bold=ParagraphStyle("bd-cell-bold", parent=cell, fontName=FONT_BOLD),
        cell_small=ParagraphStyle("bd-cell-small", parent=cell, fontSize=7.5, leading=9.5),
        cell_right=ParagraphStyle("bd-cell-right", parent=cell, alignment=TA_RIGHT),
    )


def text(value: object) -> str:
    """``value`` as paragraph markup: escaped, line breaks kept, None as an empty string."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain (escaped) text."""
    return Paragraph(text(value), style or styles().body)


def heading(words: str, *, sub: bool = False) -> list[Any]:
    """A section heading that never ends a page alone: it starts a new page when less
    than 4 cm is left (``keepWithNext`` would drag a long table after it to the next page).
    """
    s = styles()
    return [CondPageBreak(40 * mm if not sub else 25 * mm),
            Paragraph(text(words), s.subheading if sub else s.heading)]


def cell(value: object, style: ParagraphStyle | None = None) -> Any:
    """A table cell: text wraps inside its column; flowables (and lists of them) pass
    through."""
    if hasattr(value, "wrapOn") or isinstance(value, list):
        return value
    return Paragraph(text(value), style or styles().cell)


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]],
               widths: Sequence[float], *, zebra: bool = True,
               width: float = CONTENT_WIDTH) -> Table:
    """A ruled table with a shaded header row repeated on every page it spans.

    ``widths`` are fractions of ``width`` (they should add up to 1).
    """
    s = styles()
    head_style = ParagraphStyle("bd-cell-head", parent=s.cell_bold, fontSize=7.5, leading=9.5)
    body = [[cell(h, head_style) for h in header]]
    body += [[cell(value) for value in row] for row in rows]
    table = Table(body, colWidths=[w * width for w in widths], repeatRows=1,
                  hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        # Also for empty cells: the table's default is Helvetica, which is not embedded.
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL)
                     for r in range(2, len(body), 2)]
    table.setStyle(TableStyle(commands))
    return table


def field_table(pairs: Sequence[tuple[str, object]], *, label_width: float = 0.3,
                width: float = CONTENT_WIDTH) -> Table:
    """Label and value pairs in two aligned columns (labels muted, values as given)."""
    s = styles()
    label_style = ParagraphStyle("bd-label", parent=s.cell, textColor=MUTED)
    rows = [[cell(label, label_style), cell(value)] for label, value in pairs]
    table = Table(rows, colWidths=[label_width * width, (1 - label_width) * width],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, ZEBRA_FILL),
    ]))
    return table


def draw_watermark(canvas: Any, words: str, page_size: tuple[float, float]) -> None:
    """``words`` diagonally across the page, translucent, sized to fit the diagonal."""
    if not words:
        return
    width, height = page_size
    canvas.saveState()
    size = 60.0
    diagonal = (width ** 2 + height ** 2) ** 0.5 * 0.8
    measured = pdfmetrics.stringWidth(words, FONT_BOLD, size)
    if measured > diagonal:
        size *= diagonal / measured
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(WATERMARK)
    canvas.setFillAlpha(0.16)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(54.7 if height > width else 35.3)
    canvas.drawCentredString(0, -size / 3, words)
    canvas.restoreState()


def _draw_frame(canvas: Any, head: Letterhead) -> None:
    """The letterhead, the footer rule and lines, and the watermark (not the page count)."""
    register_fonts()
    width, height = PAGE_SIZE
    canvas.saveState()
    draw_watermark(canvas, head.watermark, PAGE_SIZE)
    top = height - 13 * mm
    # The right side (title, reference) takes what it needs, up to 45 %; the agency
    # and station get the rest, so a long agency name is only cut when it must be.
    right = min(CONTENT_WIDTH * 0.45, max(
        pdfmetrics.stringWidth(head.title, FONT_BOLD, 9),
        pdfmetrics.stringWidth(head.reference, FONT, 8.5)))
    left = CONTENT_WIDTH - right - 8 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(MARGIN_X, top, fit_text(head.agency, FONT_BOLD, 10, left))
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, top - 11, fit_text(head.station, FONT, 8.5, left))
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawRightString(width - MARGIN_X, top, fit_text(head.title, FONT_BOLD, 9, right))
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN_X, top - 11, fit_text(head.reference, FONT, 8.5, right))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.7)
    canvas.line(MARGIN_X, top - 18, width - MARGIN_X, top - 18)
    bottom = 14 * mm
    canvas.line(MARGIN_X, bottom + 9, width - MARGIN_X, bottom + 9)
    canvas.setFont(FONT, 7)
    for number, line in enumerate(head.footer[:2]):
        # The page count sits at the right of the first line only.
        room = CONTENT_WIDTH - (70 if number == 0 else 0)
        canvas.drawString(MARGIN_X, bottom - number * 9, fit_text(line, FONT, 7, room))
    canvas.restoreState()


def fit_text(words: str, font: str, size: float, width: float) -> str:
    """``words`` shortened with an ellipsis to fit ``width`` (a header never overruns)."""
    if pdfmetrics.stringWidth(words, font, size) <= width:
        return words
    while words and pdfmetrics.stringWidth(words + "…", font, size) > width:
        words = words[:-1]
    return words + "…"


def numbered_canvas(head: Letterhead, info: PdfInfo) -> type:
    """A canvas class that writes "page X of Y" on every page once Y is known.

    Also used by documents drawn directly on a canvas (labels): construct it like
    reportlab's ``Canvas`` and call ``showPage``/``save`` as usual.
    """
    register_fonts()

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._doc.info = _info_object(info)
            self.setTitle(info.title)
            self.setSubject(info.subject)
            self.setAuthor(info.author)
            self.setKeywords(info.keywords)
            self.setCreator("borderdesk")

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                page = self._pageNumber
                self.saveState()
                self.setFont(FONT, 7.5)
                self.setFillColor(INK)
                self.drawRightString(PAGE_SIZE[0] - MARGIN_X, 14 * mm,
                                     head.page_label.format(page=page, pages=total))
                self.restoreState()
                super().showPage()
            super().save()

    return _NumberedCanvas


def _info_object(info: PdfInfo) -> Any:
    """reportlab's info dictionary with ``info.custom`` keys added (read back by verify)."""

    class _Info(pdfdoc.PDFInfo):  # type: ignore[misc]
        def format(self, document: Any) -> bytes:
            base = {
                "Title": pdfdoc.PDFString(self.title),
                "Author": pdfdoc.PDFString(self.author),
                "Subject": pdfdoc.PDFString(self.subject),
                "Keywords": pdfdoc.PDFString(self.keywords),
                "Creator": pdfdoc.PDFString(self.creator),
                "Producer": pdfdoc.PDFString(self.producer),
                "Trapped": pdfdoc.PDFName(self.trapped),
            }
            base.update({key: pdfdoc.PDFString(value) for key, value in info.custom.items()})
            result: bytes = pdfdoc.PDFDictionary(base).format(document)
            return result

    return _Info()


def render(head: Letterhead, story: Sequence[Any], info: PdfInfo) -> bytes:
    """Lay ``story`` out on A4 pages framed by ``head``; the PDF's bytes.

    The output is invariant (no creation time, fixed ids): the same story gives
    the same bytes, so a printed file's SHA-256 identifies what was printed.
    """
    register_fonts()
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1,
        # Not reportlab's default Helvetica: every font of the file must be embedded.
        initialFontName=FONT, initialFontSize=9.5,
        title=info.title, author=info.author, subject=info.subject, creator="borderdesk")

    def frame(canvas: Any, _document: Any) -> None:
        _draw_frame(canvas, head)

    # No frame padding: text and tables line up with the letterhead's rules.
    body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH,
                 PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=frame)])
    document.build(list(story), canvasmaker=numbered_canvas(head, info))
    return buffer.getvalue()


def write_file(destination: Path, data: bytes) -> None:
    """Write ``data`` beside ``destination`` and move it into place (never half-written)."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.",
                                             dir=destination.parent)
    except OSError as exc:
        raise UserInputError(tr("{path} could not be written: {reason}", path=destination,
                                reason=exc.strerror or str(exc))) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temp_name).replace(destination)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise UserInputError(tr("{path} could not be written: {reason}", path=destination,
                                reason=exc.strerror or str(exc))) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


__all__ = [
    "CONTENT_WIDTH", "FONT", "FONT_BOLD", "PAGE_SIZE", "Letterhead", "PdfInfo",
    "Styles", "cell", "data_table", "draw_watermark", "field_table", "heading", "numbered_canvas",
    "para", "register_fonts", "render", "styles", "text", "write_file",
]
