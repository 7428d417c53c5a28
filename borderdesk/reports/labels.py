"""Evidence labels: one self-adhesive label per package, on an A4 label sheet.

Each label carries what DOMAIN.md section 6 step 10 asks for (case, item, package
id, seal number, description, time, collector) and a QR code
``BDPKG:{case number}:{package id}:{seal numbers}`` that a phone or a store's
scanner reads. Sheets are data (``resources/reports/documents.yaml``); text that
does not fit a label is shortened with an ellipsis, never drawn over its edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from borderdesk.core.i18n import LanguageTranslator
from borderdesk.reports.documents import LabelLayout
from borderdesk.reports.layout import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_SIZE,
    RULE,
    draw_watermark,
    fit_text,
    register_fonts,
)
from borderdesk.reports.qr import draw_qr

_PAD = 2.5 * mm


@dataclass(frozen=True, slots=True)
class Label:
    """What one package's label says (already in words)."""

    case_number: str
    package: str
    items: str
    description: str
    seals: tuple[str, ...]
    sealed_at: str
    collector: str


def label_qr_text(label: Label) -> str:
    """What a label's QR code holds."""
    return f"BDPKG:{label.case_number}:{label.package}:{','.join(label.seals)}"


def labels_pdf(labels: Sequence[Label], sheet: LabelLayout, t: LanguageTranslator, *,
               title: str, exercise: bool = False) -> bytes:
    """The labels laid out on as many sheets as they need, as PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE_SIZE, invariant=True, initialFontName=FONT)
    canvas.setTitle(title)
    canvas.setCreator("borderdesk")
    watermark = t("EXERCISE - NOT EVIDENCE") if exercise else ""
    for start in range(0, max(len(labels), 1), sheet.per_sheet):
        draw_watermark(canvas, watermark, PAGE_SIZE)
        for index, label in enumerate(labels[start:start + sheet.per_sheet]):
            row, column = divmod(index, sheet.columns)
            x = (sheet.left + column * (sheet.width + sheet.gap_x)) * mm
            top = PAGE_SIZE[1] - (sheet.top + row * (sheet.height + sheet.gap_y)) * mm
            _draw_label(canvas, label, x, top, sheet.width * mm, sheet.height * mm, t)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_label(canvas: Canvas, label: Label, x: float, top: float, width: float,
                height: float, t: LanguageTranslator) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.setDash(1, 2)
    # A faint cut line: on plain paper the labels are cut out; on label sheets it is hidden.
    canvas.rect(x + 0.6 * mm, top - height + 0.6 * mm, width - 1.2 * mm, height - 1.2 * mm)
    canvas.restoreState()
    qr = min(height - 2 * _PAD, 26 * mm, width * 0.3)
    draw_qr(canvas, label_qr_text(label), x + width - _PAD - qr, top - _PAD - qr, qr)
    room = width - qr - 3 * _PAD
    size = 7.5 if height >= 36 * mm else 6.5
    # The package id is what the store files by: it is made smaller, never shortened.
    id_size = size + 1
    while id_size > 5 and pdfmetrics.stringWidth(label.package, FONT_BOLD, id_size) > room:
        id_size -= 0.25
    lines: list[tuple[str, str, float]] = [
        (FONT_BOLD, label.package, id_size),
        (FONT, t("Case {number}", number=label.case_number), size),
        (FONT, t("Item {number}", number=label.items), size),
        (FONT, label.description, size),
        (FONT_BOLD, t("Seal {numbers}", numbers=", ".join(label.seals) or "—"), size),
        (FONT, t("Sealed {when}", when=label.sealed_at), size),
        (FONT, t("Collected by {who}", who=label.collector), size),
    ]
    y = top - _PAD - size
    for font, words, font_size in lines:
        if y < top - height + _PAD:
            break
        canvas.setFont(font, font_size)
        canvas.setFillColor(INK if font == FONT_BOLD else MUTED)
        canvas.drawString(x + _PAD, y, fit_text(words, font, font_size, room))
        y -= font_size * 1.3
    canvas.setFillColor(INK)

