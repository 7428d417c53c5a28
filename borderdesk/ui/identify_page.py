"""Helpers of the wizard's step page: its Tab order, the digit keys, the picture at rest.

The large picture shows, at rest, the drawing of the choice picked; else the step's
or its questions' drawing; else, on steps whose choices have their own drawings,
nothing ("point at a choice"); else the item as identified so far.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from borderdesk.identify.engine import ShownStep, Walk
from borderdesk.ui.identify_questions import ChoiceQuestion, QuestionWidget


def order_tabs(page: QWidget, after: Sequence[QWidget]) -> None:
    """Tab goes through the page's controls in reading order, then through ``after``.

    The page is built after the window's buttons, so Qt's creation order would put
    the questions last.
    """
    focusable: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None and len(focusable) < 500:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            focusable.append(widget)
        widget = widget.nextInFocusChain()
    for before, following in itertools.pairwise([*focusable, *after]):
        QWidget.setTabOrder(before, following)


def resting_picture(shown: ShownStep, questions: Sequence[QuestionWidget],
                    fallback: str | None) -> str | None:
    """What the large picture shows on ``shown`` when nothing is pointed at."""
    for widget in questions:
        if isinstance(widget, ChoiceQuestion):
            chosen = widget.chosen_picture()
            if chosen and chosen != widget.question.picture:
                return chosen
    if shown.step.picture:
        return shown.step.picture
    pictures = [w.question.picture for w in questions if w.question.picture]
    if pictures:
        return pictures[0]
    if any(c.picture for w in questions for c in w.question.choices):
        return None  # the choices' own drawings say more: "point at a choice"
    return fallback


def last_choice_picture(walk: Walk) -> str | None:
    """The drawing of the last choice answered that has one (a part, a class...)."""
    checklist = walk.checklist
    for entry in reversed(walk.state.path):
        for name, value in reversed(entry.answers):
            question = checklist.question(name)
            if question.kind not in ("single", "multiple"):
                continue
            picked = [value] if isinstance(value, str) else list(value)  # type: ignore[arg-type]
            for choice_id in reversed(picked):
                choice = question.choice(str(choice_id))
                if choice is not None and choice.picture:
                    return choice.picture
    return None


def choose_in_page(questions: Sequence[QuestionWidget], focus: QWidget | None,
                   number: int) -> QWidget | None:
    """Pick the ``number``-th choice of the choice question holding ``focus`` (else the
    page's first one). After a single choice the focus moves on to the next question, so
    that "2 1 3" answers three questions. The widget now focused, or None if nothing
    was picked."""
    choices = [w for w in questions if isinstance(w, ChoiceQuestion)]
    if not choices:
        return None
    widget = next((w for w in choices if focus is not None and w.isAncestorOf(focus)),
                  choices[0])
    if not widget.choose_number(number):
        return None
    later = list(questions[list(questions).index(widget) + 1:])
    if widget.exclusive and later:
        target = later[0].first_focus()
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return target
    return widget.first_focus() if not widget.exclusive else widget
