"""One widget per kind of checklist question: choices, text, number with unit, photos.

Each :class:`QuestionWidget` shows a question's label, its short help, the
input and, under it, the engine's validation message in plain words. It gives
its answer in the plain form the engine checks (:meth:`QuestionWidget.value`:
``None`` when nothing was given) and takes an earlier answer back
(:meth:`QuestionWidget.set_value`), so going back shows what was answered.
Choices are large rows (a gloved finger hits them) with their own small
picture and help; pointing at one, or moving to it with the keyboard, asks the
wizard to show its drawing large (:attr:`QuestionWidget.picture_wanted`).
Markings have their own editor (:mod:`borderdesk.ui.identify_markings`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borderdesk.identify.checklist import Choice, Question
from borderdesk.ui.identify_picture import PictureView

#: The small picture beside each choice (logical pixels, 3:2).
THUMBNAIL = QSize(96, 64)
#: How many choices can be picked with the digit keys.
DIGIT_CHOICES = 9


def checklist_text(text: str) -> str:
    """A checklist string (label, help) translated in the checklist's context."""
    return QCoreApplication.translate("checklist", text) if text else ""


def _wrapped(text: str, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if muted:
        # Two thirds of the way from the background to the text: quieter than the label,
        # still easy to read (the disabled colour is too pale for help one must read).
        palette = label.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        back = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(
            (ink.red() * 2 + back.red()) // 3, (ink.green() * 2 + back.green()) // 3,
            (ink.blue() * 2 + back.blue()) // 3))
        label.setPalette(palette)
    return label


class QuestionWidget(QFrame):
    """A question with its label, help, input and problem message."""

    #: A drawing to show large for a moment (None: back to the step's own picture).
    picture_wanted = Signal(object)
    #: The answer changed.
    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question_{question.id}")
        title = checklist_text(question.label)
        if not question.required:
            title = self.tr("{label} (optional)").format(label=title)
        self.title = _wrapped(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.help = _wrapped(checklist_text(question.help), muted=True)
        self.help.setVisible(bool(question.help))
        self.problem = _wrapped("")
        self.problem.setObjectName("problem")
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
        self.problem.setPalette(palette)
        self.problem.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)

    def value(self) -> Any:
        """The answer in the engine's plain form (None: not answered)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show an earlier answer."""
        raise NotImplementedError

    def set_problem(self, text: str) -> None:
        """Show what is wrong with the answer ('' hides it)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def chosen_picture(self) -> str | None:
        """The drawing of what is chosen (choice questions), else the question's own."""
        return self.question.picture

    def first_focus(self) -> QWidget:
        """The widget that takes the focus when the question is entered."""
        return self

    def choose_number(self, number: int) -> bool:
        """Pick the ``number``-th choice (1-based); False when there is none."""
        return False


class ChoiceRow(QFrame):
    """A whole-row target for one choice: indicator, number, small picture, label, help."""

    hovered = Signal(object)

    def __init__(self, choice: Choice, number: int, exclusive: bool, thumbnails: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setObjectName(f"choice_{choice.id}")
        label = checklist_text(choice.label)
        self.button: QAbstractButton = QRadioButton() if exclusive else QCheckBox()
        self.button.setObjectName(f"button_{choice.id}")
        self.button.setAccessibleName(label)
        help_text = checklist_text(choice.help)
        tip = f"{label}\n{help_text}" if help_text else label
        if number <= DIGIT_CHOICES:
            tip = self.tr("{tip}\n(key {number})").format(tip=tip, number=number)
        self.button.setToolTip(tip)
        self.setToolTip(tip)
        self.button.toggled.connect(lambda _on: self.update())
        self.button.installEventFilter(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        digit = QLabel(str(number) if number <= DIGIT_CHOICES else "")
        digit.setMinimumWidth(digit.fontMetrics().horizontalAdvance("9") + 2)
        digit.setEnabled(False)  # a hint, muted
        grid.addWidget(self.button, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(digit, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        column = 2
        self.thumbnail: PictureView | None = None
        if thumbnails:
            # Every row of a question with pictures keeps the space, so labels line up.
            self.thumbnail = PictureView(THUMBNAIL)
            self.thumbnail.setFixedSize(THUMBNAIL)
            self.thumbnail.set_drawing(choice.picture)
            grid.addWidget(self.thumbnail, 0, column, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            column += 1
        self.label = _wrapped(label)
        self.help = _wrapped(help_text, muted=True)
        if help_text:
            grid.addWidget(self.label, 0, column, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(self.help, 1, column, Qt.AlignmentFlag.AlignTop)
        else:  # one line, level with the indicator
            self.help.hide()
            grid.addWidget(self.label, 0, column, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(column, 1)
        self.setMinimumHeight(max(44, THUMBNAIL.height() + 12 if thumbnails else 0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
            event.accept()
            return
        super().mousePressEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.hovered.emit(self.choice.picture)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(None)
        super().leaveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Moving to the choice with the keyboard shows its picture, as pointing does."""
        if watched is self.button and isinstance(event, QFocusEvent):
            # Only the officer's own moves (Tab, Shift+Tab, a digit key) in the window in
            # use: the focus a window gives itself as it opens or comes back is not one.
            moved = self.window().isActiveWindow() and event.reason() in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason)
            if event.type() == QEvent.Type.FocusIn and moved:
                self.hovered.emit(self.choice.picture)
            elif event.type() == QEvent.Type.FocusOut:
                self.hovered.emit(None)
            self.update()  # the focus ring
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self.button.isChecked():
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setBrush(fill)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QColor(highlight) if self.button.hasFocus() else palette.color(
            QPalette.ColorRole.Mid)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 5, 5)
        if self.button.hasFocus():  # a second line: the keyboard's place must be obvious
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.end()


class ChoiceQuestion(QuestionWidget):
    """Single (radio rows) or multiple (check rows) choice."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.exclusive = question.kind == "single"
        self.group = QButtonGroup(self)
        thumbnails = any(c.picture for c in question.choices)
        self.rows: list[ChoiceRow] = []
        for number, choice in enumerate(question.choices, start=1):
            row = ChoiceRow(choice, number, self.exclusive, thumbnails)
            row.hovered.connect(self._hovered)
            if self.exclusive:
                # Radio rows are one Tab stop, the arrows move between them (Qt's way);
                # check boxes stay a Tab stop each, so they are not in the group.
                self.group.addButton(row.button, number - 1)
            else:
                row.button.toggled.connect(lambda _on: self.changed.emit())
            self.rows.append(row)
            self.body.addWidget(row)
        self.group.buttonToggled.connect(self._toggled)
        self.clear_button: QPushButton | None = None
        if self.exclusive and not question.required:
            self.clear_button = QPushButton(self.tr("Clear the choice"))
            self.clear_button.setObjectName("clearChoice")
            self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
            self.clear_button.clicked.connect(lambda: self.set_value(None))
            self.body.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _hovered(self, picture: object) -> None:
        self.picture_wanted.emit(picture)

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self.changed.emit()

    def value(self) -> Any:
        picked = [row.choice.id for row in self.rows if row.button.isChecked()]
        if self.exclusive:
            return picked[0] if picked else None
        return picked or None

    def set_value(self, value: Any) -> None:
        ids = {value} if isinstance(value, str) else set(value or ())
        self.group.setExclusive(False)  # lets a radio button be unchecked
        for row in self.rows:
            row.button.setChecked(row.choice.id in ids)
        self.group.setExclusive(True)
        self.changed.emit()

    def chosen_picture(self) -> str | None:
        pictures = [row.choice.picture for row in self.rows
                    if row.button.isChecked() and row.choice.picture]
        # Several ticks: the last one in the list is as good as any; one shows its own.
        return pictures[-1] if pictures else self.question.picture

    def first_focus(self) -> QWidget:
        checked = [row.button for row in self.rows if row.button.isChecked()]
        return checked[0] if checked else self.rows[0].button

    def choose_number(self, number: int) -> bool:
        if not 1 <= number <= min(len(self.rows), DIGIT_CHOICES):
            return False
        button = self.rows[number - 1].button
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        button.click()  # a radio is checked; a check box toggles
        return True


class TextQuestion(QuestionWidget):
    """Text as read, kept exactly as typed."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"text_{question.id}")
        self.edit.setAccessibleName(checklist_text(question.label))
        self.edit.setToolTip(checklist_text(question.help) or checklist_text(question.label))
        self.edit.setMinimumHeight(32)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.body.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text() if self.edit.text().strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def first_focus(self) -> QWidget:
        return self.edit


def number_text(value: Any) -> str:
    """A number as the officer typed it: ``6``, ``102``, ``6.5`` (never ``6.0``)."""
    if value is None:
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


class NumberQuestion(QuestionWidget):
    """A number with its unit beside it; the engine checks bounds and whole numbers."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"number_{question.id}")
        self.edit.setAccessibleName(checklist_text(question.label))
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.setMinimumHeight(32)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0" * 14) + 16)
        bounds = ""
        if question.minimum is not None and question.maximum is not None:
            bounds = f"{number_text(question.minimum)}–{number_text(question.maximum)}"
        self.edit.setPlaceholderText(bounds)
        tip = checklist_text(question.help) or checklist_text(question.label)
        if bounds:
            tip = self.tr("{tip}\nFrom {bounds} {unit}").format(
                tip=tip, bounds=bounds, unit=checklist_text(question.unit or ""))
        self.edit.setToolTip(tip)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.unit = QLabel(checklist_text(question.unit or ""))
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.body.addLayout(row)

    def value(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(number_text(value))

    def first_focus(self) -> QWidget:
        return self.edit


def question_widget(question: Question, parent: QWidget | None = None) -> QuestionWidget:
    """The widget for ``question``'s kind."""
    if question.kind in ("single", "multiple"):
        return ChoiceQuestion(question, parent)
    if question.kind == "number":
        return NumberQuestion(question, parent)
    if question.kind == "photo":
        from borderdesk.ui.identify_photos import PhotoQuestion

        return PhotoQuestion(question, parent)
    if question.kind == "marking":
        from borderdesk.ui.identify_markings import MarkingQuestion

        return MarkingQuestion(question, parent)
    return TextQuestion(question, parent)
