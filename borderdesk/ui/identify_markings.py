"""Capturing markings in the wizard: kind, place, text as read, status and photo.

The text is kept exactly as typed (Cyrillic, spaces, dashes): the engine keeps a
normalised form beside it for search. The list of markings is a
:class:`~borderdesk.ui.rows_model.RowsModel`; choosing a row puts it back in the
form to correct it. The engine's advice about serial numbers (one that looks like
a model or patent number, one found only on a slide or barrel) is shown under the
list as the markings change, before the officer moves on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from borderdesk.core.i18n import tr
from borderdesk.identify.checklist import Question
from borderdesk.identify.markings import (
    KINDS,
    PLACES,
    STATUSES,
    TEXTLESS,
    Marking,
    MarkingError,
    check_markings,
)
from borderdesk.ui.identify_questions import QuestionWidget, _wrapped
from borderdesk.ui.rows_model import ColumnSpec, RowsModel

#: Rows of markings shown without scrolling.
VISIBLE_ROWS = 5
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MarkingsModel(RowsModel[Marking]):
    """The markings recorded on this step, one row each, as read."""

    def __init__(self, parent: QObject | None = None) -> None:
        def spec(title: object, text: Any) -> ColumnSpec[Marking]:
            return ColumnSpec(title, title, text)

        super().__init__("MarkingsModel", [
            spec(QT_TRANSLATE_NOOP("MarkingsModel", "Kind"), lambda m: tr(KINDS[m.kind])),
            spec(QT_TRANSLATE_NOOP("MarkingsModel", "Place"), lambda m: tr(PLACES[m.place])),
            spec(QT_TRANSLATE_NOOP("MarkingsModel", "Text as read"), lambda m: m.text),
            spec(QT_TRANSLATE_NOOP("MarkingsModel", "Status"),
                 lambda m: tr(STATUSES[m.status])),
            spec(QT_TRANSLATE_NOOP("MarkingsModel", "Photo"), lambda m: m.photo or ""),
        ], parent)


def _combo(name: str, items: dict[str, str], tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    combo.setMinimumHeight(32)
    for code, label in items.items():
        combo.addItem(tr(label), code)
    return combo


class MarkingQuestion(QuestionWidget):
    """The markings of an item: a form to add or correct one, the list, the warnings."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        #: Whether the item is a whole weapon (a serial only on a slide or barrel is then
        #: worth a warning); the wizard sets it from the record so far.
        self.whole_weapon = True
        self.kind = _combo("markingKind", KINDS, self.tr("What the marking says"))
        self.place = _combo("markingPlace", PLACES, self.tr(
            "Where it sits on the item (the frame or receiver first)"))
        self.status = _combo("markingStatus", STATUSES, self.tr(
            "As found: not present and obliterated need no text"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.text = QLineEdit()
        self.text.setObjectName("markingText")
        self.text.setMinimumHeight(32)
        self.text.setToolTip(self.tr("Exactly as read from the item, letters and signs as they"
                                     " are (never from documents)"))
        self.photo = QLineEdit()
        self.photo.setObjectName("markingPhoto")
        self.photo.setMinimumHeight(32)
        self.photo.setPlaceholderText(self.tr("Photo file or reference"))
        self.photo.setToolTip(self.tr("A photo of this marking, with a scale"))
        self.choose_photo = QPushButton(self.tr("…"))
        self.choose_photo.setToolTip(self.tr("Choose the photo file of this marking"))
        self.choose_photo.setAccessibleName(self.tr("Choose the photo file"))
        self.choose_photo.clicked.connect(self._choose_photo)
        self.add_button = QPushButton(self.tr("Add &marking"))
        self.add_button.setObjectName("addMarking")
        self.add_button.setToolTip(self.tr("Add this marking to the list (Enter in the text)"))
        self.add_button.clicked.connect(self.add_from_form)
        self.replace_button = QPushButton(self.tr("Re&place selected"))
        self.replace_button.setObjectName("replaceMarking")
        self.replace_button.setToolTip(self.tr("Put the form's marking in place of the"
                                               " selected one"))
        self.replace_button.clicked.connect(self.replace_selected)
        self.remove_button = QPushButton(self.tr("Remo&ve selected"))
        self.remove_button.setObjectName("removeMarking")
        self.remove_button.setToolTip(self.tr("Remove the selected marking (Delete in the list)"))
        self.remove_button.clicked.connect(self.remove_selected)
        for edit in (self.text, self.photo):
            edit.installEventFilter(self)

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        labels = [(self.tr("&Kind:"), self.kind), (self.tr("P&lace:"), self.place),
                  (self.tr("Stat&us:"), self.status), (self.tr("&Text as read:"), self.text)]
        for index, (text, field) in enumerate(labels):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, index // 2, (index % 2) * 2)
            form.addWidget(field, index // 2, (index % 2) * 2 + 1)
        photo_label = QLabel(self.tr("P&hoto:"))
        photo_label.setBuddy(self.photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo, 1)
        photo_row.addWidget(self.choose_photo)
        form.addWidget(photo_label, 2, 0)
        form.addLayout(photo_row, 2, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.model = MarkingsModel(self)
        self.table = QTableView()
        self.table.setObjectName("markingsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Markings recorded"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(header.sizeHint().height() + row_height * VISIBLE_ROWS + 4)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.warnings = _wrapped("")
        self.warnings.setObjectName("markingWarnings")
        self.warnings.setAutoFillBackground(True)
        palette = self.warnings.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff4ce"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2e00"))
        self.warnings.setPalette(palette)
        self.warnings.setContentsMargins(8, 6, 8, 6)
        self.warnings.hide()
        self.form_problem = _wrapped("")
        self.form_problem.setPalette(self.problem.palette())
        self.form_problem.hide()

        self.body.addLayout(form)
        self.body.addWidget(self.form_problem)
        self.body.addLayout(buttons)
        self.body.addWidget(self.table)
        self.body.addWidget(self.warnings)
        self._update_buttons()

    # -- the form --------------------------------------------------------------
    def set_form(self, kind: str, place: str, text: str = "", status: str = "fully_marked",
                 photo: str = "") -> None:
        """Fill the form (as the officer would)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.place.setCurrentIndex(self.place.findData(place))
        self.status.setCurrentIndex(self.status.findData(status))
        self.text.setText(text)
        self.photo.setText(photo)

    def _form_data(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "place": self.place.currentData(),
                "text": self.text.text(), "status": self.status.currentData(),
                "photo": self.photo.text().strip() or None}

    def _form_marking(self) -> Marking | None:
        try:
            marking = Marking.from_dict(self._form_data())
        except MarkingError as exc:
            text = str(exc)
            self.form_problem.setText(text[:1].upper() + text[1:])
            self.form_problem.show()
            return None
        self.form_problem.hide()
        return marking

    def _form_pending(self) -> bool:
        """Whether the form holds a marking not yet in the list (one chosen from the list
        to look at or correct is in it already)."""
        if not (self.text.text().strip() or self.status.currentData() in TEXTLESS):
            return False
        row = self.table.currentIndex().row()
        if row < 0:
            return True
        try:
            return Marking.from_dict(self._form_data()) != self.model.row_value(row)
        except MarkingError:
            return True

    def _clear_form(self) -> None:
        self.text.clear()
        self.photo.clear()
        self.status.setCurrentIndex(0)
        self.form_problem.hide()

    def _status_changed(self, _index: int) -> None:
        textless = self.status.currentData() in TEXTLESS
        self.text.setPlaceholderText(self.tr("No text to read") if textless else "")

    def add_from_form(self) -> bool:
        """Add the form's marking to the list; False (and a message) when it is not valid."""
        marking = self._form_marking()
        if marking is None:
            return False
        self._set_markings([*self.model.rows(), marking])
        self._clear_form()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def replace_selected(self) -> None:
        """Put the form's marking in place of the selected one."""
        row = self.table.currentIndex().row()
        marking = self._form_marking()
        if row < 0 or marking is None:
            return
        rows = self.model.rows()
        rows[row] = marking
        self._set_markings(rows)
        self._clear_form()

    def remove_selected(self) -> None:
        """Remove the selected marking."""
        row = self.table.currentIndex().row()
        if row < 0:
            return
        rows = self.model.rows()
        del rows[row]
        self._set_markings(rows)

    def _choose_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the marking"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
        if name:
            self.photo.setText(name)

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if isinstance(current, QPersistentModelIndex) or current.isValid():
            marking = self.model.row_value(current.row())
            self.set_form(marking.kind, marking.place, marking.text, marking.status,
                          marking.photo or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.currentIndex().isValid()
        self.replace_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the form adds the marking; Delete in the list removes one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched in (self.text, self.photo) and event.key() in _ENTER \
                    and self._form_pending():
                self.add_from_form()
                return True
            if watched is self.table and event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    # -- the answer ------------------------------------------------------------
    def _set_markings(self, markings: list[Marking]) -> None:
        self.model.set_rows(markings)
        self._update_buttons()
        self.refresh_warnings()
        self.changed.emit()

    def markings(self) -> list[Marking]:
        """The markings listed."""
        return self.model.rows()

    def refresh_warnings(self) -> None:
        """Show the engine's advice about the markings listed."""
        advice = check_markings(self.model.rows(), whole_weapon=self.whole_weapon)
        lines = []
        for warning in advice:
            where = self.tr("Marking {number}: ").format(number=warning.index + 1) \
                if warning.index is not None else ""
            lines.append(f"⚠ {where}{warning.message}")
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def value(self) -> Any:
        given: list[Any] = list(self.model.rows())
        if self._form_pending():  # typed but not added: surely meant; the engine checks it
            given.append(self._form_data())
        return given or None

    def set_value(self, value: Any) -> None:
        self._clear_form()
        self._set_markings([m if isinstance(m, Marking) else Marking.from_dict(m)
                            for m in value or ()])

    def first_focus(self) -> QWidget:
        return self.kind
