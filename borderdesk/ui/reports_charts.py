"""The Reports page's charts, drawn with QPainter like the back-test's
(:mod:`borderdesk.ui.backtest_charts` says why not QtCharts).

:class:`BarsChart` draws labelled horizontal bars (a breakdown: arms by type, by
detection method, by route...), each value written at the bar's end so the figure
reads without an axis. :class:`LaneDaysChart` draws the red, yellow and green
selections of each day (or week) stacked, with the red lane's capacity as a dashed
line when the station gave one. Both take plain values and know nothing of the
services; hovering shows the figures as a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from borderdesk.ui.backtest_charts import GRID, _Chart, count_axis
from borderdesk.ui.declarations_model import lane_text

BAR = QColor("#3b6ea5")
#: The lighter bar behind: a total of which the darker bar in front is a part (hits, finds).
BAR_LIGHT = QColor("#a9c4e2")
#: Red, yellow and green lanes in the printed summary's tones (told apart by colour-blind
#: readers too: they differ in lightness, and the legend names each).
LANE_COLOURS = {"red": QColor("#c0392b"), "yellow": QColor("#e0a526"),
                "green": QColor("#3a8f5c")}
CAPACITY = QColor("#1a1a1a")


@dataclass(frozen=True, slots=True)
class DayLanes:
    """One bar of the lane chart: its label, the days it spans and its selections."""

    label: str
    short: str
    days: int
    red: int
    yellow: int
    green: int


class BarsChart(_Chart):
    """Horizontal bars, one per ``(label, value)``, the largest setting the scale."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, int]] = []
        #: Per row a part of the value drawn darker inside it (None: plain bars).
        self.inner: list[int] | None = None
        self.legend: tuple[str, str] | None = None
        self._bars: list[tuple[float, float]] = []
        self.setMinimumHeight(90)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(360, int(line * 4 + (line + 6) * max(1, len(self.rows))))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def set_rows(self, rows: Sequence[tuple[str, int]], inner: Sequence[int] | None = None,
                 legend: tuple[str, str] | None = None) -> None:
        """Show ``rows`` (label, value) in the order given; ``inner`` a part of each value
        drawn darker inside its bar, ``legend`` the words for the whole and the part."""
        self.rows = list(rows)
        self.inner = list(inner) if inner is not None else None
        self.legend = legend
        self.updateGeometry()
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.Text)
        top = self.draw_title(painter, self.title)
        if self.legend is not None and self.rows:
            top = self.draw_legend(painter, top, [(BAR_LIGHT, self.legend[0]),
                                                  (BAR, self.legend[1])])
        painter.setFont(self.small_font())
        metrics = painter.fontMetrics()
        self._bars = []
        if not self.rows:
            painter.setPen(text)
            painter.drawText(QRectF(0, top, self.width(), self.height() - top),
                             Qt.AlignmentFlag.AlignCenter, self.tr("Nothing in this period"))
            painter.end()
            return
        # Labels take at most 40 % of the width; longer ones end in an ellipsis.
        room = min(max(metrics.horizontalAdvance(label) for label, _ in self.rows) + 14,
                   self.width() * 0.4)
        highest = max(value for _, value in self.rows)
        value_room = metrics.horizontalAdvance(str(highest)) + 10
        plot_left, plot_right = room, self.width() - value_room
        # Bars keep their thickness and stack from the top: one bar in a tall chart is a
        # bar, not a stripe lost in the middle.
        row = min((self.height() - top - 4) / len(self.rows), metrics.height() * 2.0)
        bar_height = min(row * 0.7, metrics.height() + 4)
        for index, (label, value) in enumerate(self.rows):
            y = top + index * row
            self._bars.append((y, y + row))
            painter.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(room - 6))
            painter.drawText(QRectF(0, y, room - 6, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            width = (plot_right - plot_left) * value / highest if highest else 0.0
            bar = QRectF(plot_left, y + (row - bar_height) / 2, width, bar_height)
            if value:
                painter.fillRect(bar, BAR if self.inner is None else BAR_LIGHT)
            part = self.inner[index] if self.inner is not None else 0
            if part and highest:
                painter.fillRect(QRectF(bar.left(), bar.top() + bar_height * 0.2,
                                        (plot_right - plot_left) * part / highest,
                                        bar_height * 0.6), BAR)
            painter.drawText(QRectF(plot_left + width + 4, y, value_room, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot_left, top), QPointF(plot_left, top + row * len(self.rows)))
        painter.end()

    def group_tip(self, x: float, y: float) -> str | None:
        for index, ((low, high), (label, value)) in enumerate(
                zip(self._bars, self.rows, strict=False)):
            if low <= y < high:
                if self.inner is not None and self.legend is not None:
                    return (f"{label}\n{self.legend[0]}: {value}\n"
                            f"{self.legend[1]}: {self.inner[index]}")
                return f"{label}: {value}"
        return None


class LaneDaysChart(_Chart):
    """Per day (or week) the lanes' selections stacked, with the red capacity line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laneDaysChart")
        self.buckets: list[DayLanes] = []
        self.capacity: int | None = None
        self.weekly = False
        self._groups: list[tuple[float, float]] = []
        self.setMinimumHeight(200)

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def set_buckets(self, buckets: Sequence[DayLanes], capacity: int | None,
                    weekly: bool) -> None:
        """Show ``buckets``; ``capacity`` is red-lane inspections a day (None: not known)."""
        self.buckets = list(buckets)
        self.capacity = capacity
        self.weekly = weekly
        self.update()

    def _title(self) -> str:
        return (self.tr("Lane selections per week") if self.weekly
                else self.tr("Lane selections per day"))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.Text)
        top = self.draw_title(painter, self._title())
        legend = [(LANE_COLOURS[lane], lane_text(lane, False)) for lane in LANE_COLOURS]
        if self.capacity is not None:
            legend.append((CAPACITY, self.tr("red-lane capacity")))
        top = self.draw_legend(painter, top, legend)
        self._groups = []
        painter.setFont(self.small_font())
        metrics = painter.fontMetrics()
        if not self.buckets:
            painter.end()
            return
        totals = [b.red + b.yellow + b.green for b in self.buckets]
        limits = [self.capacity * b.days for b in self.buckets] if self.capacity else [0]
        top_value, step = count_axis(max([*totals, *limits]))
        left = metrics.horizontalAdvance(str(top_value)) + 10
        plot = QRectF(left, top + metrics.height() / 2, self.width() - left - 8,
                      max(20.0, self.height() - top - metrics.height() * 2.5))
        painter.setPen(QPen(GRID, 1))
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        slot = plot.width() / len(self.buckets)
        # Label every n-th bar so the dates never overlap.
        every = max(1, int((metrics.horizontalAdvance("00.00.") + 6) // max(slot, 1)) + 1)
        for index, bucket in enumerate(self.buckets):
            x = plot.left() + index * slot
            self._groups.append((x, x + slot))
            y = plot.bottom()
            for lane in ("red", "yellow", "green"):
                value = getattr(bucket, lane)
                height = plot.height() * value / top_value
                if value:
                    painter.fillRect(QRectF(x + slot * 0.15, y - height, slot * 0.7, height),
                                     LANE_COLOURS[lane])
                y -= height
            if self.capacity is not None:
                cap = plot.bottom() - plot.height() * self.capacity * bucket.days / top_value
                painter.setPen(QPen(CAPACITY, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, cap), QPointF(x + slot, cap))
            if index % every == 0:
                painter.setPen(text)
                painter.drawText(QRectF(x - slot * every / 2 + slot / 2, plot.bottom() + 2,
                                        slot * every, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 bucket.short)
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()),
                         QPointF(plot.right(), plot.bottom()))
        painter.end()

    def group_tip(self, x: float, y: float) -> str | None:
        for (low, high), bucket in zip(self._groups, self.buckets, strict=False):
            if low <= x < high:
                lines = [bucket.label, self.tr("red {red}, yellow {yellow}, green {green}")
                         .format(red=bucket.red, yellow=bucket.yellow, green=bucket.green)]
                if self.capacity is not None:
                    lines.append(self.tr("red-lane capacity: {count}").format(
                        count=self.capacity * bucket.days))
                return "\n".join(lines)
        return None
