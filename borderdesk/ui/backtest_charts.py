"""The back-test's bar charts, drawn with QPainter: per rule hits vs finds, per lane
a day's selections vs the crossing's capacity, profile A beside profile B.

Why QPainter and not QtCharts: QtCharts ships in PySide6-Addons, a second
wheel of well over 100 MB that borderdesk does not otherwise need (it depends
on PySide6-Essentials only), which the frozen build would have to carry; it is
not installed in the project's environment. Two kinds of grouped bar chart are
about 300 lines of painting that we control fully: the same fonts (the bundled
DejaVu), the lane written beside its colour, colours that colour-blind readers
tell apart (blue for A, orange for B, light for hits, dark for finds), and
nothing that can warn under the offscreen platform used by the tests.

The charts take plain values (:class:`RuleBars`, :class:`LaneBars`) and know
nothing of the services. Hovering a bar group shows its figures as a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from borderdesk.ui.declarations_model import lane_colour, lane_text

#: A's and B's colours: light for hits (and busiest day), dark for finds (and the average).
A_LIGHT, A_DARK = QColor("#9ecae1"), QColor("#08519c")
B_LIGHT, B_DARK = QColor("#fdae6b"), QColor("#a63603")
GRID = QColor("#d0d0d0")


@dataclass(frozen=True, slots=True)
class RuleBars:
    """One rule's bars: hits and finds under A and B (None: the profile has no such rule)."""

    rule: str
    title: str
    a: tuple[int, int] | None
    b: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class LaneBars:
    """One lane: its capacity and, for A and B, (a day on average, busiest day, days over)."""

    lane: str
    capacity: int | None
    a: tuple[float, int, int]
    b: tuple[float, int, int] | None


def nice_ceiling(value: float) -> float:
    """A round number (1, 2, 2.5 or 5 times a power of ten) not below ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns


class _Chart(QWidget):
    """What both charts share: names of A and B, fonts, the legend, tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: tuple[str, str | None] = ("", None)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def draw_title(self, painter: QPainter, title: str) -> float:
        """The title on the first line; returns the y below it."""
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        height = painter.fontMetrics().height()
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(6, 2, self.width() - 12, height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        return 2 + height + 2

    def draw_legend(self, painter: QPainter, top: float,
                    items: Sequence[tuple[QColor, str]]) -> float:
        """Coloured squares with their words, wrapped to the width; returns the y below."""
        painter.setFont(self.small_font())
        metrics = painter.fontMetrics()
        height = metrics.height()
        x, y = 6.0, top
        for colour, text in items:
            width = height + 4 + metrics.horizontalAdvance(text) + 14
            if x > 6 and x + width > self.width() - 6:
                x, y = 6.0, y + height + 2
            painter.fillRect(QRectF(x, y + 2, height - 4, height - 4), colour)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(x + height, y, width - height, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width
        return y + height + 4

    def group_tip(self, x: float, y: float) -> str | None:  # pragma: no cover - overridden
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.group_tip(event.pos().x(), event.pos().y())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def count_axis(highest: int) -> tuple[int, int]:
    """A whole-number axis for counts up to ``highest``: (top value, step), at most 5 steps."""
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power):
            if math.ceil(max(highest, 1) / step) <= 5:
                return math.ceil(max(highest, 1) / step) * step, step
        power *= 10


def _axis(painter: QPainter, plot: QRectF, top_value: int, step: int, text: QColor) -> None:
    """Horizontal grid lines with their values at the left."""
    metrics = painter.fontMetrics()
    for value in range(0, top_value + 1, step):
        y = plot.bottom() - plot.height() * value / top_value
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(value))


class RuleChart(_Chart):
    """Per rule: A's hits (light) with its finds (dark) inside, then B's the same way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleChart")
        self.bars: list[RuleBars] = []
        self._groups: list[tuple[float, float]] = []
        self.setMinimumHeight(200)

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def set_bars(self, bars: Sequence[RuleBars], names: tuple[str, str | None]) -> None:
        """Show ``bars``; ``names`` label A and B (B None: only A)."""
        self.bars = list(bars)
        self.names = names
        self.update()

    def legend(self) -> list[tuple[QColor, str]]:
        a, b = self.names
        items = [(A_LIGHT, self.tr("{name}: hits").format(name=a)),
                 (A_DARK, self.tr("{name}: finds").format(name=a))]
        if b is not None:
            items += [(B_LIGHT, self.tr("{name}: hits").format(name=b)),
                      (B_DARK, self.tr("{name}: finds").format(name=b))]
        return items

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(QPalette.ColorRole.Text)
        top = self.draw_title(painter, self.tr("Hits and finds per rule"))
        if not self.bars:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Run a back-test to see the figures."))
            painter.end()
            return
        top = self.draw_legend(painter, top, self.legend())
        painter.setFont(self.small_font())
        metrics = painter.fontMetrics()
        highest = max([0, *(v[0] for bar in self.bars for v in (bar.a, bar.b) if v)])
        top_value, step = count_axis(highest)
        label_width = max(metrics.horizontalAdvance(bar.rule) for bar in self.bars)
        left = metrics.horizontalAdvance(str(top_value)) + 10
        plot_width = self.width() - left - 8
        group = plot_width / len(self.bars)
        rotate = label_width + 4 > group
        bottom_space = (label_width * 0.75 + metrics.height() if rotate
                        else metrics.height()) + 6
        plot = QRectF(left, top + metrics.height() / 2, plot_width,
                      max(20.0, self.height() - top - metrics.height() / 2 - bottom_space))
        _axis(painter, plot, top_value, step, text)
        self._groups = []
        for index, bar in enumerate(self.bars):
            x = plot.left() + index * group
            self._groups.append((x, x + group))
            width = group * 0.38
            for offset, values, light, dark in ((0.1, bar.a, A_LIGHT, A_DARK),
                                                (0.52, bar.b, B_LIGHT, B_DARK)):
                if values is None:
                    continue
                hits, finds = values
                bx = x + group * offset
                for value, colour, inset in ((hits, light, 0.0), (finds, dark, width * 0.2)):
                    height = plot.height() * value / top_value
                    if value > 0:
                        painter.fillRect(QRectF(bx + inset, plot.bottom() - height,
                                                width - 2 * inset, height), colour)
            painter.setPen(text)
            centre = x + group / 2
            if rotate:
                painter.save()
                painter.translate(centre + metrics.ascent() / 3, plot.bottom() + 4)
                painter.rotate(-45)
                painter.drawText(QRectF(-label_width - 2, -metrics.height() / 2,
                                        label_width, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 bar.rule)
                painter.restore()
            else:
                painter.drawText(QRectF(x, plot.bottom() + 3, group, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 bar.rule)
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                     plot.bottom()))
        painter.end()

    def group_tip(self, x: float, y: float) -> str | None:
        for (left, right), bar in zip(self._groups, self.bars, strict=False):
            if left <= x < right:
                lines = [f"{bar.rule} — {bar.title}"]
                for name, values in zip(self.names, (bar.a, bar.b), strict=True):
                    if name is None:
                        continue
                    lines.append(self.tr("{name}: {hits} hits, {finds} finds").format(
                        name=name, hits=values[0], finds=values[1]) if values is not None
                        else self.tr("{name}: no such rule").format(name=name))
                return "\n".join(lines)
        return None


class LaneChart(_Chart):
    """One panel per lane: a day on average and the busiest day for A and B, against the
    lane's capacity (a dashed line), each panel with its own scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laneChart")
        self.lanes: list[LaneBars] = []
        self._panels: list[tuple[float, float]] = []
        self.setMinimumHeight(170)

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    def set_lanes(self, lanes: Sequence[LaneBars], names: tuple[str, str | None]) -> None:
        """Show ``lanes``; ``names`` label A and B (B None: only A)."""
        self.lanes = list(lanes)
        self.names = names
        self.update()

    def legend(self) -> list[tuple[QColor, str]]:
        a, b = self.names
        items = [(A_DARK, self.tr("{name}: a day on average").format(name=a)),
                 (A_LIGHT, self.tr("{name}: busiest day").format(name=a))]
        if b is not None:
            items += [(B_DARK, self.tr("{name}: a day on average").format(name=b)),
                      (B_LIGHT, self.tr("{name}: busiest day").format(name=b))]
        return items

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.Text)
        top = self.draw_title(painter, self.tr("Declarations a day per lane, against capacity"))
        if not self.lanes:
            painter.end()
            return
        top = self.draw_legend(painter, top, self.legend())
        painter.setFont(self.small_font())
        metrics = painter.fontMetrics()
        line = metrics.height()
        panel_width = (self.width() - 12) / len(self.lanes)
        self._panels = []
        for index, lane in enumerate(self.lanes):
            x = 6 + index * panel_width
            self._panels.append((x, x + panel_width))
            box = QRectF(x + 3, top, panel_width - 6, self.height() - top - 4)
            band = QRectF(box.left(), box.top(), box.width(), line + 4)
            painter.fillRect(band, lane_colour(lane.lane) or GRID)
            painter.setPen(QColor("black"))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self._lane_title(lane))
            painter.setPen(QPen(GRID, 1))
            painter.drawRect(box)
            values = [v for v in (lane.a, lane.b) if v is not None]
            highest = max([lane.capacity or 0, *(v[1] for v in values), *(v[0] for v in values)])
            scale = nice_ceiling(max(highest * 1.1, 1))
            plot = QRectF(box.left() + 8, band.bottom() + line + 4, box.width() - 16,
                          max(10.0, box.bottom() - band.bottom() - 2 * line - 10))
            bars: list[tuple[tuple[float, int, int], QColor, QColor]] = [
                (lane.a, A_DARK, A_LIGHT)]
            if lane.b is not None:
                bars.append((lane.b, B_DARK, B_LIGHT))
            slot = plot.width() / (2 * len(bars))
            for number, (figures, dark, light) in enumerate(bars):
                for part, (value, colour, label) in enumerate((
                        (figures[0], dark, f"{figures[0]:.1f}"),
                        (figures[1], light, str(figures[1])))):
                    bx = plot.left() + (2 * number + part) * slot + slot * 0.12
                    width = slot * 0.76
                    height = plot.height() * value / scale
                    painter.fillRect(QRectF(bx, plot.bottom() - height, width, height), colour)
                    painter.setPen(text)
                    painter.drawText(QRectF(bx - slot * 0.12, plot.bottom() - height - line,
                                            slot, line), Qt.AlignmentFlag.AlignHCenter
                                     | Qt.AlignmentFlag.AlignBottom, label)
            painter.setPen(QPen(text, 1))
            painter.drawLine(QPointF(plot.left(), plot.bottom()),
                             QPointF(plot.right(), plot.bottom()))
            if lane.capacity is not None:
                y = plot.bottom() - plot.height() * lane.capacity / scale
                painter.setPen(QPen(QColor("#b00020"), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(QColor("#b00020"))
                painter.drawText(QRectF(plot.left(), y - line, plot.width(), line),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                                 self.tr("capacity {count}").format(count=lane.capacity))
            painter.setPen(text)
            painter.drawText(QRectF(box.left() + 2, plot.bottom() + 2, box.width() - 4, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self._over_text(lane))
        painter.end()

    def _lane_title(self, lane: LaneBars) -> str:
        meaning = {"red": self.tr("inspection"), "yellow": self.tr("documents"),
                   "green": self.tr("release")}.get(lane.lane, "")
        return f"{lane_text(lane.lane, False)} – {meaning}" if meaning else lane_text(
            lane.lane, False)

    def _over_text(self, lane: LaneBars) -> str:
        parts = [str(lane.a[2])]
        if lane.b is not None:
            parts.append(str(lane.b[2]))
        return self.tr("days over capacity: {counts}").format(counts=" / ".join(parts))

    def group_tip(self, x: float, y: float) -> str | None:
        for (left, right), lane in zip(self._panels, self.lanes, strict=False):
            if left <= x < right:
                lines = [self._lane_title(lane)]
                capacity = "–" if lane.capacity is None else str(lane.capacity)
                lines.append(self.tr("capacity a day: {count}").format(count=capacity))
                for name, figures in zip(self.names, (lane.a, lane.b), strict=True):
                    if name is None or figures is None:
                        continue
                    lines.append(self.tr(
                        "{name}: {average:.1f} a day on average, {busiest} on the busiest "
                        "day, over capacity on {over} days").format(
                        name=name, average=figures[0], busiest=figures[1], over=figures[2]))
                return "\n".join(lines)
        return None
