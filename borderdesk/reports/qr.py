"""QR codes for printed documents, drawn with reportlab's own widget (vector, no image).

A phone reads the case id and snapshot hash from a printed page; the quiet zone
(four modules of white around the code) is kept so that small codes still scan.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.barcode.qr import QrCodeWidget  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]

from borderdesk.reports.layout import FONT


def qr_drawing(text: str, size: float) -> Any:
    """A ``size`` x ``size`` point drawing of ``text`` as a QR code (a flowable).

    Error correction M: a scratched or badly printed label still reads.
    """
    widget = QrCodeWidget(text, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    # The renderer's default font is Helvetica, which would add an unembedded font to
    # the file; the drawing holds no text, so say DejaVu Sans.
    drawing.initialFontName = FONT
    drawing.add(widget)
    return drawing


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text`` on ``canvas`` with its lower left corner at (x, y)."""
    renderPDF.draw(qr_drawing(text, size), canvas, x, y)
