"""The identifications of one inspection, on the Inspections page: list, start, resume.

An inspection that finds firearms, parts or ammunition identifies each item with
the wizard (:mod:`borderdesk.ui.identify_wizard`). This panel lists the
selected inspection's identifications with where each stands (the step to answer
next, or the category and legal category found), starts a new one for an item
label, and resumes one at the step it was left. The wizard is a window of its own
(not modal): the officer may look at the declaration meanwhile.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.identify.item import CATEGORIES
from borderdesk.services.identification import (
    Identification,
    checklist_for,
    get_identification,
    list_identifications,
)
from borderdesk.services.station import StationSession
from borderdesk.ui.identify_questions import checklist_text
from borderdesk.ui.identify_wizard import IdentifyWizard, open_new, open_saved
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.rows_model import ColumnSpec, RowsModel


def _translate(text: str) -> str:
    return QCoreApplication.translate("IdentificationsModel", text)


def status_text(ident: Identification) -> str:
    """``completed: Revolver, category B`` or ``under way: Markings on the pistol``."""
    if ident.completed:
        category = QCoreApplication.translate(
            "borderdesk", CATEGORIES.get(ident.category or "unknown", ident.category or ""))
        if ident.legal_category:
            return _translate("completed: {category}, legal category {legal}").format(
                category=category, legal=ident.legal_category)
        return _translate("completed: {category}").format(category=category)
    if ident.current_step is None:
        return _translate("answered, not finished")
    try:
        title = checklist_text(checklist_for(ident.checklist).step(ident.current_step).title)
    except (KeyError, BorderdeskError):
        title = ident.current_step  # a checklist no longer shipped: its step's id
    return _translate("under way: {step}").format(step=title)


class IdentificationsModel(RowsModel[Identification]):
    """An inspection's identifications: item, where it stands, last saved, by whom."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        def local_time(ident: Identification) -> str:
            return f"{ident.saved_at.astimezone(zone):%Y-%m-%d %H:%M}"

        def spec(title: object, text: object) -> ColumnSpec[Identification]:
            return ColumnSpec(title, title, text)  # type: ignore[arg-type]

        super().__init__("IdentificationsModel", [
            spec(QT_TRANSLATE_NOOP("IdentificationsModel", "Item"), lambda i: i.item_label),
            spec(QT_TRANSLATE_NOOP("IdentificationsModel", "Status"), status_text),
            spec(QT_TRANSLATE_NOOP("IdentificationsModel", "Saved"),
                 local_time),
            spec(QT_TRANSLATE_NOOP("IdentificationsModel", "By"), lambda i: i.saved_by),
        ], parent)


class IdentificationsPanel(QWidget):
    """The selected inspection's identifications, with Identify item… and Resume…."""

    #: An identification was saved or completed (the page may show it changed).
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identificationsPanel")
        self._session = session
        self._inspection_id: str | None = None
        #: The wizard open now, if any (one at a time: one item is in the officer's hands).
        self.wizard: IdentifyWizard | None = None
        self.model = IdentificationsModel(session.time_zone(), self)
        self.table = QTableView()
        self.table.setObjectName("identificationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.resume_selected())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        title = QLabel(self.tr("Items &identified in this inspection"))
        title.setBuddy(self.table)
        self.identify_button = QPushButton(self.tr("Identify &item…"))
        self.identify_button.setObjectName("identifyItem")
        self.identify_button.setToolTip(self.tr(
            "Identify a firearm, part or ammunition this inspection found (Ctrl+Shift+D)"))
        self.identify_button.clicked.connect(lambda: self.identify_item())
        self.resume_button = QPushButton(self.tr("Res&ume…"))
        self.resume_button.setObjectName("resumeIdentification")
        self.resume_button.setToolTip(self.tr(
            "Open the selected identification at the step it was left (Enter in the list)"))
        self.resume_button.clicked.connect(self.resume_selected)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.identify_button)
        bar.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def show_inspection(self, inspection_id: str | None) -> None:
        """List the identifications of ``inspection_id`` (None: none selected)."""
        self._inspection_id = inspection_id
        rows: list[Identification] = []
        if inspection_id is not None:
            try:
                rows = list_identifications(self._session, inspection_id)
            except BorderdeskError as exc:
                self.status_message.emit(str(exc))
        self.model.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(len(rows) - 1, 0))
        self._update_buttons()

    def _selected(self) -> Identification | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        self.identify_button.setEnabled(self._inspection_id is not None)
        self.resume_button.setEnabled(self._selected() is not None)

    def identify_item(self, label: str | None = None) -> IdentifyWizard | None:
        """Start identifying an item of the selected inspection (asks for its label)."""
        if self._inspection_id is None:
            return None
        if label is None:
            count = self.model.rowCount() + 1
            label, ok = QInputDialog.getText(
                self, self.tr("Identify item"),
                self.tr("A short label for the item (where it was, what it looks like):"),
                text=self.tr("item {number}").format(number=count))
            if not ok:
                return None
        try:
            wizard = open_new(self.window(), self._session, self._inspection_id, label)
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Identify item"), plain_error(exc))
            return None
        self._open(wizard)
        return wizard

    def resume_selected(self) -> IdentifyWizard | None:
        """Open the selected identification where it was left."""
        selected = self._selected()
        if selected is None:
            return None
        try:
            wizard = open_saved(self.window(), self._session,
                                get_identification(self._session, selected.id))
        except BorderdeskError as exc:
            QMessageBox.warning(self, self.tr("Resume identification"), plain_error(exc))
            return None
        self._open(wizard)
        return wizard

    def _open(self, wizard: IdentifyWizard) -> None:
        if self.wizard is not None:
            self.wizard.close()  # it saves what was answered
        self.wizard = wizard
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.saved.connect(lambda _ident: self._stored())
        wizard.completed.connect(lambda _record: self._stored())
        wizard.destroyed.connect(lambda _obj=None: self._forget(wizard))
        self.show_inspection(self._inspection_id)
        wizard.show()
        wizard.activateWindow()

    def _forget(self, wizard: IdentifyWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None

    def _stored(self) -> None:
        self.show_inspection(self._inspection_id)
        self.changed.emit()

    def shutdown(self) -> None:
        """Close the wizard if one is open (it saves what was answered)."""
        if self.wizard is not None:
            self.wizard.close()
