"""What the wizard shows at the end and on the legal step: the record and its advice.

:class:`ResultView` lists the item record in words (category, action, flags,
markings, legal category with its reason), what a trace request would still lack,
and the engine's advice about the markings. :func:`legal_box` is the suggested
legal category shown above the question that asks whether it fits. Whatever was
read from the item is shown as plain text, or escaped in the record's table.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from borderdesk.identify.checklist_result import record_lines
from borderdesk.identify.item import ItemRecord
from borderdesk.identify.markings import MarkingWarning
from borderdesk.identify.trace import trace_readiness
from borderdesk.ui.identify_questions import _wrapped


def _heading(text: str, scale: float = 1.15) -> QLabel:
    label = _wrapped(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _boxed(widget: QWidget, background: str, foreground: str) -> QWidget:
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
    widget.setPalette(palette)
    return widget


class ResultView(QWidget):
    """The item record of a finished walk, its trace-readiness and the markings advice."""

    def __init__(self, record: ItemRecord, warnings: Sequence[MarkingWarning],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identificationResult")
        self.record = record
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("The item as identified")))
        layout.addWidget(_wrapped(self.tr(
            "Check it against the item. Finish stores it with the inspection; Back corrects"
            " an answer.")))
        #: The record's lines as shown (label, value), for tests and screen readers.
        self.lines = record_lines(record)
        # One table in one label: its columns line up and long values wrap in their cell.
        # Every value is escaped: markings hold whatever was read from the item.
        rows = "".join(
            f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(label)}</b></td>"
            f"<td style='padding:2px 0'>{escape(value)}</td></tr>" for label, value in self.lines)
        table = QLabel(f"<table>{rows}</table>")
        table.setObjectName("recordLines")
        table.setTextFormat(Qt.TextFormat.RichText)
        table.setWordWrap(True)
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(table)

        readiness = trace_readiness(record)
        layout.addWidget(_heading(self.tr("Trace request"), 1.0))
        if not readiness.applicable:
            text = self.tr("Not applicable: ammunition is not traced by serial number.")
            self.trace_text = text
            layout.addWidget(_wrapped(text))
        elif readiness.ready:
            self.trace_text = self.tr("Ready: everything a trace request needs is recorded.")
            layout.addWidget(_boxed(_wrapped(self.trace_text), "#e3f1e4", "#1b5e20"))
        else:
            gaps = readiness.gaps()
            self.trace_text = self.tr("Not ready. Still to record:") + "\n" + "\n".join(
                f"• {gap}" for gap in gaps)
            gaps_box = _boxed(_wrapped(self.trace_text), "#fdecea", "#7f1d1d")
            gaps_box.setObjectName("traceGaps")
            gaps_box.setContentsMargins(8, 6, 8, 6)
            layout.addWidget(gaps_box)
        self.warning_text = "\n".join(f"⚠ {w.message}" for w in warnings)
        if warnings:
            layout.addWidget(_heading(self.tr("Advice about the markings"), 1.0))
            advice = _boxed(_wrapped(self.warning_text), "#fff4ce", "#3d2e00")
            advice.setContentsMargins(8, 6, 8, 6)
            layout.addWidget(advice)
        layout.addStretch(1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LegalBox", text)


def legal_box(record: ItemRecord, parent: QWidget | None = None) -> QFrame:
    """The legal category the rule table suggests, with its rule and reason."""
    box = QFrame(parent)
    box.setObjectName("legalSuggestion")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    legal = record.legal
    if legal is None:
        text = _tr("The rule table gives no suggestion for this item.")
    else:
        text = _tr("Suggested legal category: {category}\nRule {rule} of {table}"
                      " (version {version}): {reason}").format(
            category=legal.category, rule=legal.rule, table=legal.table,
            version=legal.table_version, reason=legal.reason_text())
    label = _wrapped(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    layout.addWidget(label)
    _boxed(box, "#e8f0fe", "#0b2a5b")
    box.setAccessibleName(text)
    return box
