"""Driving the identification wizard's widgets as an officer would (clicks and typing).

The wizard's tests answer each page from a case file of ``tests/identify/cases``
through the widgets (never by calling the engine), so that what is checked is
what a user can do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.ui.identify_markings import MarkingQuestion
from borderdesk.ui.identify_photos import PhotoQuestion
from borderdesk.ui.identify_questions import (
    ChoiceQuestion,
    NumberQuestion,
    QuestionWidget,
    TextQuestion,
)
from borderdesk.ui.identify_wizard import IdentifyWizard


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key. QTest has keys for ASCII only: other
    letters (Cyrillic, Serbian Latin) arrive as a keyboard layout sends them, as text."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click in the middle of ``widget``."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(widget.width() // 2, widget.height() // 2))


def fill(qtbot: QtBot, widget: QuestionWidget, value: Any) -> None:
    """Answer one question through its widgets."""
    if isinstance(widget, ChoiceQuestion):
        wanted = {value} if isinstance(value, str) else set(value)
        for row in widget.rows:
            if row.button.isChecked() != (row.choice.id in wanted):
                click(qtbot, row)  # anywhere on the row, not only on its small box
    elif isinstance(widget, (TextQuestion, NumberQuestion)):
        widget.edit.clear()
        type_text(qtbot, widget.edit, str(value))
    elif isinstance(widget, PhotoQuestion):
        widget.set_value(None)
        for reference in value:
            type_text(qtbot, widget.edit, reference)
            click(qtbot, widget.add_button)
    elif isinstance(widget, MarkingQuestion):
        widget.set_value(None)
        for marking in value:
            widget.kind.setCurrentIndex(widget.kind.findData(marking["kind"]))
            widget.place.setCurrentIndex(widget.place.findData(marking["place"]))
            widget.status.setCurrentIndex(
                widget.status.findData(marking.get("status", "fully_marked")))
            type_text(qtbot, widget.text, marking.get("text", ""))
            if marking.get("photo"):
                type_text(qtbot, widget.photo, marking["photo"])
            click(qtbot, widget.add_button)
        assert len(widget.markings()) == len(value)
    else:  # pragma: no cover - every kind is handled above
        raise AssertionError(type(widget))


def answer_page(qtbot: QtBot, wizard: IdentifyWizard, answers: dict[str, Any]) -> None:
    """Fill the page shown from ``answers`` (question id -> answer) and press Next."""
    for widget in wizard.questions:
        if widget.question.id in answers:
            fill(qtbot, widget, answers[widget.question.id])
    click(qtbot, wizard.next_button)
