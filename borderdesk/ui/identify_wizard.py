"""The identification wizard: one step at a time, a large picture, the path beside it.

The walk itself is the engine's :class:`~borderdesk.identify.engine.Walk` (which
step comes next, what is relevant, what a wrong answer is); the wizard shows the
step it gives, sends the answers typed and chosen, and shows the engine's
problems beside the questions in plain words. Storing goes through
:mod:`borderdesk.services.identification`: *Save and close* adds a save of the
walk (resumed later from the Inspections page), *Finish* stores the result.
Closing the window any other way saves what was answered, so nothing is lost.

Keyboard: Alt+Right or Enter for Next, Alt+Left for Back, the digits 1-9 pick the
n-th choice of the question in hand (when the focus is not in a text field),
Tab moves through every control in reading order.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.identify.checklist_answers import AnswerError
from borderdesk.identify.engine import Walk, WalkState
from borderdesk.identify.item import ItemRecord
from borderdesk.services.identification import (
    Identification,
    complete,
    resume,
    save_walk,
    start_identification,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.identify_markings import MarkingQuestion
from borderdesk.ui.identify_page import (
    choose_in_page,
    last_choice_picture,
    order_tabs,
    resting_picture,
)
from borderdesk.ui.identify_path import STEPS_BACK_ROLE, PathModel
from borderdesk.ui.identify_picture import PictureView, drawing_caption
from borderdesk.ui.identify_questions import (
    ChoiceQuestion,
    QuestionWidget,
    _wrapped,
    checklist_text,
    question_widget,
)
from borderdesk.ui.identify_summary import ResultView, legal_box
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error

log = logging.getLogger(__name__)

#: The step that asks whether the suggested legal category fits: the suggestion is shown
#: above it. (The checklist format has no way yet to say "show the legal suggestion here".)
#: The large picture's least size (logical pixels; 3:2 like the drawings).
PICTURE_MIN = QSize(360, 240)
#: The path panel's width in average characters.
PATH_CHARS = 34
_TEXT_WIDGETS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QComboBox)
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class IdentifyWizard(QDialog):
    """Walk one identification of an inspection's item; saves and finishes through services."""

    #: The walk was saved (Save and close, or closing the window).
    saved = Signal(object)  # Identification
    #: The result was stored (Finish).
    completed = Signal(object)  # ItemRecord

    def __init__(self, session: StationSession, identification: Identification, walk: Walk,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.identification = identification
        self.walk = walk
        self._saved_state: WalkState | None = walk.state
        self._done = False
        self.questions: list[QuestionWidget] = []
        self.result_view: ResultView | None = None
        self._resting: str | None = None
        self.setObjectName("identifyWizard")
        self.setWindowTitle(self.tr("Identify {item}").format(item=identification.item_label))
        self.setSizeGripEnabled(True)

        self.path_model = PathModel(self)
        self.path_view = QListView()
        self.path_view.setObjectName("identifyPath")
        self.path_view.setModel(self.path_model)
        self.path_view.setAccessibleName(self.tr("Answers so far"))
        self.path_view.setToolTip(self.tr("The answers so far: choose a step to go back to it"))
        self.path_view.setWordWrap(True)
        self.path_view.setAlternatingRowColors(True)
        self.path_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.path_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.path_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.path_view.setFixedWidth(self.fontMetrics().averageCharWidth() * PATH_CHARS)
        self.path_view.clicked.connect(lambda index: self.go_back_steps(
            int(index.data(STEPS_BACK_ROLE) or 0)))
        self.path_view.installEventFilter(self)
        path_label = QLabel(self.tr("&Path"))
        path_label.setBuddy(self.path_view)

        self.step_title = _wrapped("")
        self.step_title.setObjectName("stepTitle")
        font = self.step_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.step_title.setFont(font)
        self.step_help = _wrapped("")
        self.step_help.setObjectName("stepHelp")
        self.step_problem = _wrapped("")
        self.step_problem.setObjectName("stepProblem")
        self.step_problem.setStyleSheet("color: #b3261e;")
        self.step_problem.hide()
        self.step_area = QScrollArea()
        self.step_area.setObjectName("stepArea")
        self.step_area.setWidgetResizable(True)
        self.step_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: it scrolls to whichever question has the focus.
        self.step_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picture = PictureView(PICTURE_MIN, placeholder=self.tr(
            "Point at a choice to see its drawing"))
        self.picture.setObjectName("identifyPicture")

        self.back_button = self._button(self.tr("< &Back"), self.tr(
            "Go back to the step before (Alt+Left); its answers stay filled in"), self.back)
        self.back_button.setObjectName("backButton")
        self.next_button = self._button(self.tr("&Next >"), self.tr(
            "Check the answers and go to the next step (Enter or Alt+Right)"), self.next)
        self.next_button.setObjectName("nextButton")
        self.save_button = self._button(self.tr("&Save and close"), self.tr(
            "Keep the answers and close; resume later from the Inspections page"),
            self.save_and_close)
        self.save_button.setObjectName("saveButton")
        self.finish_button = self._button(self.tr("&Finish"), self.tr(
            "Store the result with the inspection"), self.finish)
        self.finish_button.setObjectName("finishButton")
        self.next_button.setDefault(True)

        centre = QVBoxLayout()
        centre.addWidget(self.step_title)
        centre.addWidget(self.step_help)
        centre.addWidget(self.step_problem)
        centre.addWidget(self.step_area, 1)
        side = QVBoxLayout()
        side.addWidget(path_label)
        side.addWidget(self.path_view, 1)
        self.caption = _wrapped("", muted=True)
        self.caption.setObjectName("pictureCaption")
        right = QVBoxLayout()
        right.addWidget(self.picture, 0)
        right.addWidget(self.caption, 0)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addLayout(centre, 4)
        body.addLayout(right, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        for keys, slot in (("Alt+Left", self.back), ("Alt+Right", self.next)):
            QShortcut(QKeySequence(keys), self, slot)
        self.resize(1280, 760)
        self.show_step()

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(CONTROL_HEIGHT)
        button.setMinimumWidth(CONTROL_HEIGHT * 3)
        button.clicked.connect(slot)
        return button

    # -- showing ---------------------------------------------------------------
    def show_step(self) -> None:
        """Show the walk's current step (or the result), prefilled with earlier answers."""
        shown = self.walk.current
        old = self.step_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.questions = []
        self.result_view = None
        self.step_problem.hide()
        page = QWidget()
        page.setObjectName("stepPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 8, 0)
        record = self.walk.summary()
        if shown is None:
            self.step_title.setText(self.tr("Result"))
            self.step_help.setText("")
            self.step_help.hide()
            self.result_view = ResultView(record, self.walk.warnings())
            layout.addWidget(self.result_view)
            self._resting = record.typology or last_choice_picture(self.walk)
        else:
            step = shown.step
            self.step_title.setText(self.tr("Step {number}: {title}").format(
                number=shown.number, title=checklist_text(step.title)))
            self.step_help.setText(checklist_text(step.help))
            self.step_help.setVisible(bool(step.help))
            if "legal_suggestion" in step.shows:
                layout.addWidget(legal_box(record))
            whole = record.item_class not in ("part", "accessory", "ammunition")
            for question in shown.questions:
                widget = question_widget(question)
                if isinstance(widget, MarkingQuestion):
                    widget.whole_weapon = whole
                if question.id in shown.suggestions:
                    widget.set_value(shown.suggestions[question.id])
                widget.picture_wanted.connect(self._picture_wanted)
                widget.changed.connect(lambda w=widget: self._answer_changed(w))
                self.questions.append(widget)
                layout.addWidget(widget)
            self._resting = resting_picture(
                shown, self.questions, record.typology or last_choice_picture(self.walk))
        layout.addStretch(1)
        self.step_area.setWidget(page)
        order_tabs(page, [self.back_button, self.next_button, self.save_button,
                          self.finish_button, self.path_view])
        self._set_picture(self._resting)
        self._update_buttons()
        self.path_model.set_walk(self.walk)
        self.path_view.setCurrentIndex(self.path_model.index(self.path_model.rowCount() - 1))
        self.path_view.scrollToBottom()
        self._focus_page()

    def _focus_page(self) -> None:
        focus = self.questions[0].first_focus() if self.questions else self.finish_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """Give the page its focus now: a window shown without one would Tab into its
        first control, which a choice takes as the officer moving to it."""
        super().showEvent(event)
        self._focus_page()

    def _picture_wanted(self, name: object) -> None:
        self._set_picture(name if isinstance(name, str) and name else self._resting)

    def _set_picture(self, name: str | None) -> None:
        """Show a drawing large, with what it shows written under it."""
        self.picture.set_drawing(name)
        self.caption.setText(drawing_caption(name) if name else "")

    def _answer_changed(self, widget: QuestionWidget) -> None:
        widget.set_problem("")
        if isinstance(widget, ChoiceQuestion):
            chosen = widget.chosen_picture()
            if chosen:
                self._resting = chosen
                self._set_picture(chosen)

    def _update_buttons(self) -> None:
        finished = self.walk.finished
        self.back_button.setEnabled(self.walk.can_go_back)
        self.next_button.setEnabled(not finished)
        self.finish_button.setEnabled(finished and not self._done)
        self.finish_button.setDefault(finished)
        self.next_button.setDefault(not finished)

    # -- moving ----------------------------------------------------------------
    def answers(self) -> dict[str, object]:
        """The answers on the page, as the engine takes them (unanswered left out)."""
        given = {w.question.id: w.value() for w in self.questions}
        return {name: value for name, value in given.items() if value is not None}

    def next(self) -> bool:
        """Send the page's answers; move on, or show what is wrong beside each question."""
        if self.walk.finished:
            return False
        try:
            self.walk.answer(self.answers())
        except AnswerError as exc:
            self._show_problems(exc)
            return False
        except BorderdeskError as exc:
            self._show_step_problem(plain_error(exc))
            return False
        self.show_step()
        return True

    def _show_problems(self, error: AnswerError) -> None:
        widgets = {w.question.id: w for w in self.questions}
        loose: list[str] = []
        first: QuestionWidget | None = None
        for problem in error.problems:
            widget = widgets.get(problem.question or "")
            text = problem.message[:1].upper() + problem.message[1:]
            if widget is None:
                loose.append(text)
                continue
            widget.set_problem(text)
            first = first or widget
        if loose:
            self._show_step_problem("\n".join(loose))
        if first is not None:
            self.step_area.ensureWidgetVisible(first)
            first.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_step_problem(self, text: str) -> None:
        self.step_problem.setText(text)
        self.step_problem.show()

    def back(self) -> bool:
        """Go back one step (the page shows its answers again)."""
        return self.go_back_steps(1)

    def go_back_steps(self, count: int) -> bool:
        """Go back ``count`` steps (0: stay); False when there are not so many."""
        if count <= 0 or count > len(self.walk.state.path):
            return False
        for _ in range(count):
            self.walk.back()
        self.show_step()
        return True

    # -- keyboard --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits 1-9 pick the n-th choice of the question in hand."""
        number = _DIGITS.get(Qt.Key(event.key()))
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        focus = QApplication.focusWidget()
        if (number is not None and modifiers == Qt.KeyboardModifier.NoModifier
                and not isinstance(focus, _TEXT_WIDGETS) and self.choose_number(number)):
            event.accept()
            return
        super().keyPressEvent(event)

    def choose_number(self, number: int) -> bool:
        """Pick the ``number``-th choice of the question in hand (see ``choose_in_page``)."""
        moved_to = choose_in_page(self.questions, QApplication.focusWidget(), number)
        if moved_to is not None:
            self.step_area.ensureWidgetVisible(moved_to)
        return moved_to is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row of the path goes back to it (and does not also press Next)."""
        if (watched is self.path_view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER):
            index = self.path_view.currentIndex()
            if index.isValid():
                self.go_back_steps(int(index.data(STEPS_BACK_ROLE) or 0))
            return True
        return super().eventFilter(watched, event)

    # -- storing ---------------------------------------------------------------
    @property
    def unsaved(self) -> bool:
        """Whether the walk changed since it was last saved."""
        return not self._done and self.walk.state != self._saved_state

    def save(self) -> bool:
        """Save the walk as it is (through the service); False after an error shown."""
        try:
            self.identification = save_walk(self._session, self.identification.id, self.walk)
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Save the identification"), plain_error(exc))
            return False
        self._saved_state = self.walk.state
        self.saved.emit(self.identification)
        return True

    def save_and_close(self) -> None:
        """Save, then close."""
        if self.save():
            self._done = True
            super().accept()

    def finish(self) -> ItemRecord | None:
        """Store the result of a finished walk, then close."""
        if not self.walk.finished or self._done:
            return None
        try:
            record = complete(self._session, self.identification.id, self.walk)
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Finish the identification"), plain_error(exc))
            return None
        self._done = True
        self.completed.emit(record)
        super().accept()
        return record

    def reject(self) -> None:
        """Escape or the window's close button: save what was answered, then close."""
        if self.unsaved and not self.save():
            return
        self._done = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved and not self.save():
            event.ignore()
            return
        self._done = True
        super().closeEvent(event)


def open_new(parent: QWidget | None, session: StationSession, inspection_id: str,
             item_label: str) -> IdentifyWizard:
    """Start identifying an item of an inspection; the wizard, not yet shown."""
    identification, walk = start_identification(session, inspection_id, item_label)
    return IdentifyWizard(session, identification, walk, parent)


def open_saved(parent: QWidget | None, session: StationSession,
               identification: Identification) -> IdentifyWizard:
    """Resume a saved identification at the step it was left; the wizard, not yet shown."""
    return IdentifyWizard(session, identification, resume(session, identification.id), parent)
