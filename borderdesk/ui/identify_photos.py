"""Photo questions of the wizard: references to photos, a file chosen or a camera's
reference typed, several allowed (the seizure work adds the photo store itself)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from borderdesk.identify.checklist import Question
from borderdesk.ui.identify_questions import QuestionWidget, checklist_text


class PhotoQuestion(QuestionWidget):
    """Photo references: a file chosen, or a camera's reference typed; several allowed."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"photo_{question.id}")
        self.edit.setAccessibleName(checklist_text(question.label))
        self.edit.setPlaceholderText(self.tr("Photo file or camera reference"))
        self.edit.setToolTip(self.tr("Type the photo's reference and press Add, or choose"
                                     " the photo file"))
        self.edit.setMinimumHeight(32)
        self.edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addPhoto")
        self.add_button.setToolTip(self.tr("Add the typed reference to the list"))
        self.add_button.clicked.connect(self.add_typed)
        self.choose_button = QPushButton(self.tr("C&hoose file…"))
        self.choose_button.setToolTip(self.tr("Choose photo files taken of the item"))
        self.choose_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected photo from the list"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget()
        self.list.setObjectName(f"photos_{question.id}")
        self.list.setAccessibleName(self.tr("Photos added"))
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 2 + 12)
        entry = QHBoxLayout()
        entry.addWidget(self.edit, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.choose_button)
        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(entry)
        self.body.addLayout(listed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the reference field adds it (when there is one to add)."""
        if (watched is self.edit and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.edit.text().strip()):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def add_reference(self, reference: str) -> None:
        """Add one photo reference to the list."""
        if reference.strip():
            self.list.addItem(reference.strip())
            self.changed.emit()

    def add_typed(self) -> None:
        """Add what is typed in the reference field."""
        self.add_reference(self.edit.text())
        self.edit.clear()

    def choose_files(self) -> None:
        """Ask for photo files and add them."""
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose photos"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
        for name in files:
            self.add_reference(name)

    def remove_selected(self) -> None:
        """Remove the selected photo reference."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def references(self) -> list[str]:
        """The photo references listed."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def value(self) -> Any:
        pending = self.edit.text().strip()  # typed but not added: surely meant
        refs = self.references() + ([pending] if pending else [])
        return refs or None

    def set_value(self, value: Any) -> None:
        self.list.clear()
        self.edit.clear()
        for reference in ([value] if isinstance(value, str) else value or ()):
            self.list.addItem(str(reference))

    def first_focus(self) -> QWidget:
        return self.edit
