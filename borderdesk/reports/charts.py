"""Bar charts for printed documents, drawn with reportlab graphics (vector, DejaVu Sans).

:func:`bar_chart` draws labelled horizontal bars (a breakdown: arms by type, by
detection method...), each with its value written at its end so the figure reads
without the axis. :func:`lane_chart` draws stacked red/yellow/green selections per
day or week with the inspection capacity as a dashed line. Both return a ``Drawing``,
which is a flowable of its own; colours are told apart by colour-blind readers too,
and every series is also named in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import (  # type: ignore[import-untyped]
    HorizontalBarChart,
    VerticalBarChart,
)
from reportlab.graphics.shapes import Drawing, Line, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from borderdesk.reports.layout import FONT, FONT_BOLD, register_fonts

BAR = colors.HexColor("#3b6ea5")
#: Red, yellow and green lanes in tones that stay apart for colour-blind readers.
LANE_COLOURS = (colors.HexColor("#c0392b"), colors.HexColor("#e0a526"),
                colors.HexColor("#3a8f5c"))
CAPACITY = colors.HexColor("#1a1a1a")
_LABEL_SIZE = 7.5
_ROW = 14.0


def bar_chart(title: str, rows: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars, one per ``(label, value)``, largest value setting the scale."""
    register_fonts()
    labels = [_shorten(label, width * 0.34) for label, _ in rows] or ["-"]
    values = [value for _, value in rows] or [0]
    height = 22 + _ROW * len(labels) + 12
    drawing = _drawing(width, height)
    if title:
        drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=8.5))
    chart = HorizontalBarChart()
    label_room = max(pdfmetrics.stringWidth(t, FONT, _LABEL_SIZE) for t in labels) + 6
    chart.x, chart.y = label_room, 12
    chart.width = width - label_room - 34
    chart.height = _ROW * len(labels)
    # Bars read top-down in the order given (reportlab draws the first at the bottom).
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = _LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values))
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def lane_chart(title: str, buckets: Sequence[tuple[str, int, int, int]],
               capacity: float | None, capacity_label: str, lane_names: Sequence[str],
               width: float, height: float = 165) -> Drawing:
    """Stacked red/yellow/green bars per ``(label, red, yellow, green)`` bucket, with
    the red-lane capacity per bucket as a dashed line when it is known."""
    register_fonts()
    drawing = _drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=8.5))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = width - 40, height - 66
    data = [[b[lane + 1] for b in buckets] for lane in range(3)] if buckets else [[0]] * 3
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    top = max([sum(values) for values in zip(*data, strict=True)] + [capacity or 0, 1])
    chart.valueAxis.valueMax = _nice_max(top)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    names = [b[0] for b in buckets] or ["-"]
    every = max(1, len(names) // 12)  # at most about twelve labels under the axis
    chart.categoryAxis.categoryNames = [n if i % every == 0 else "" for i, n in
                                        enumerate(names)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barSpacing = 0
    chart.groupSpacing = 1 if len(names) > 20 else 3
    for lane, colour in enumerate(LANE_COLOURS):
        chart.bars[lane].fillColor = colour
        chart.bars[lane].strokeColor = None
    drawing.add(chart)
    if capacity is not None:
        y = chart.y + chart.height * capacity / chart.valueAxis.valueMax
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=CAPACITY,
                         strokeWidth=0.9, strokeDashArray=[3, 2]))
    _legend(drawing, [*zip(lane_names, LANE_COLOURS, strict=True)],
            capacity_label if capacity is not None else "", width, height)
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: reportlab would otherwise start each drawing
    in Helvetica, a font the PDF then names without embedding."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = _LABEL_SIZE
    return drawing


def _legend(drawing: Drawing, entries: Sequence[tuple[str, Any]], dashed: str,
            width: float, height: float) -> None:
    from reportlab.graphics.shapes import Rect

    x, y = width, height - 10
    items: list[tuple[str, Any]] = [*entries, *([(dashed, None)] if dashed else [])]
    for label, colour in reversed(items):
        x -= pdfmetrics.stringWidth(label, FONT, 7) + 18
        if colour is None:
            drawing.add(Line(x, y + 2.5, x + 10, y + 2.5, strokeColor=CAPACITY,
                             strokeWidth=0.9, strokeDashArray=[3, 2]))
        else:
            drawing.add(Rect(x, y, 9, 6, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 12, y, label, fontName=FONT, fontSize=7))


def _shorten(text: str, width: float) -> str:
    if pdfmetrics.stringWidth(text, FONT, _LABEL_SIZE) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, _LABEL_SIZE) > width:
        text = text[:-1]
    return text + "…"


def _nice_max(value: float) -> float:
    """A round axis end a little above ``value`` (1, 2, 5 times a power of ten)."""
    if value <= 5:
        return 5
    magnitude = float(10 ** (len(str(int(value))) - 1))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if factor * magnitude >= value * 1.08:
            return factor * magnitude
    return 10 * magnitude


def _step(top: float) -> float:
    for count in (5, 4, 6, 3):
        if (top / count) == int(top / count):
            return top / count
    return top / 5
