"""The Event tab of a seizure case: the event fields of DOMAIN.md section 5, and their history.

Every field of :data:`borderdesk.evidence.case_fields.FIELDS` gets an editor (a list
of the code list's names for coded fields, a line otherwise); "Save changes" sends
only what changed to :func:`services.seizures.set_fields`, and a value the service
refuses is shown in words under its own field. Once the case is signed off a change
asks for a reason first and is stored as an amendment; the history beside the form
shows every value ever given, with who, when and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import BorderdeskError
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.evidence.case_fields import FIELDS, FieldError, display, label_of
from borderdesk.services.seizures import FieldEntry, field_history, set_fields
from borderdesk.services.station import StationSession
from borderdesk.ui.rows_model import ColumnSpec, RowsModel
from borderdesk.ui.seizure_common import (
    CONTROL_HEIGHT,
    WARNING_BACKGROUND,
    CasePanel,
    ErrorLabel,
    case_table,
    local_text,
    plain_error,
)

_PLACEHOLDERS = {
    "time": QT_TRANSLATE_NOOP("EventPanel", "2026-11-28 14:05 (station time)"),
    "gps": QT_TRANSLATE_NOOP("EventPanel", "45.0453, 19.4364"),
    "countries": QT_TRANSLATE_NOOP("EventPanel", "TR > BG"),
    "country": QT_TRANSLATE_NOOP("EventPanel", "TR"),
    "names": QT_TRANSLATE_NOOP("EventPanel", "Ana Kovač; Marko Ilić"),
}


class HistoryModel(RowsModel[FieldEntry]):
    """Every value given to the case's fields, amendments marked."""

    def __init__(self, session: StationSession, parent: QObject | None = None) -> None:
        zone = session.time_zone()

        def amended(entry: FieldEntry) -> Any:
            return WARNING_BACKGROUND if entry.amendment else None

        def spec(title: object, text: Any) -> ColumnSpec[FieldEntry]:
            return ColumnSpec(title, title, text, background=amended)

        super().__init__("HistoryModel", [
            spec(QT_TRANSLATE_NOOP("HistoryModel", "Field"), lambda e: label_of(e.field)),
            spec(QT_TRANSLATE_NOOP("HistoryModel", "Value"),
                 lambda e: _shown(e.field, e.value, zone)),
            spec(QT_TRANSLATE_NOOP("HistoryModel", "Amendment reason"),
                 lambda e: e.reason or "" if e.amendment else ""),
            spec(QT_TRANSLATE_NOOP("HistoryModel", "When"),
                 lambda e: local_text(parse_utc(e.recorded_at), zone)),
            spec(QT_TRANSLATE_NOOP("HistoryModel", "By"), lambda e: e.recorded_by),
        ], parent)


def _shown(field: str, value: Any, zone: Any) -> str:
    if value is None:
        return QCoreApplication.translate("HistoryModel", "(cleared)")
    if FIELDS[field].kind == "time" and isinstance(value, str):
        return local_text(parse_utc(value), zone)
    return display(field, value)


def edit_text(field: str, value: Any, zone: Any) -> str:
    """A stored value as an officer types it (codes stay codes: combo boxes hold them)."""
    if value is None:
        return ""
    kind = FIELDS[field].kind
    if kind == "time" and isinstance(value, str):
        return local_text(parse_utc(value), zone)
    if kind == "gps" and isinstance(value, Mapping):
        return f"{value.get('lat')}, {value.get('lon')}"
    if isinstance(value, list):
        return (" > " if kind == "countries" else "; ").join(str(v) for v in value)
    return str(value)


class ReasonDialog(QDialog):
    """Asks why a signed-off case changes; OK only with a reason."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Amend a signed-off case"))
        text = QLabel(self.tr(
            "The case is signed off. Changing {what} is kept as an amendment beside the"
            " original, with your name and this reason.").format(what=what))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumHeight(CONTROL_HEIGHT)
        self.reason.setPlaceholderText(self.tr("Why it changes (required)"))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)


def ask_reason(parent: QWidget, what: str) -> str | None:
    """The reason for an amendment, or None when the officer gave none."""
    dialog = ReasonDialog(what, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip() or None
    finally:
        dialog.deleteLater()


class EventPanel(CasePanel):
    """The event fields as a form, with the history of every value."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("eventPanel")
        self._zone = session.time_zone()
        self.editors: dict[str, QComboBox | QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        codes = seizure_codes()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, spec in FIELDS.items():
            editor: QComboBox | QLineEdit
            if spec.kind == "code" and spec.codes:
                editor = QComboBox()
                editor.addItem("", None)
                for entry in codes[spec.codes].entries:
                    editor.addItem(codes[spec.codes].label(entry.code), entry.code)
                # As wide as the lines around it: a column of ragged boxes reads badly.
                editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            else:
                editor = QLineEdit()
                hint = _PLACEHOLDERS.get(spec.kind)
                if hint:
                    editor.setPlaceholderText(self.tr(str(hint)))
            editor.setObjectName(f"field_{field}")
            editor.setToolTip(self.tr("{label} ({field})").format(label=label_of(field),
                                                                  field=field))
            self.editors[field] = editor
            error = ErrorLabel()
            self.errors[field] = error
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(label_of(field))
            label.setBuddy(editor)
            form.addRow(label, holder)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveFields")
        self.save_button.setToolTip(self.tr(
            "Store the fields you changed (Ctrl+S); after sign-off a reason is asked"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.setToolTip(self.tr("Show the fields as stored again"))
        self.undo_button.clicked.connect(self.refresh)
        self.message = ErrorLabel()
        self.message.setObjectName("fieldsMessage")
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addStretch(0)  # keeps the buttons their size while the message is hidden
        bar.addWidget(self.undo_button)
        bar.addWidget(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(bar)

        self.history_model = HistoryModel(session, self)
        self.history = case_table(self.history_model, "fieldHistory")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        history_label = QLabel(self.tr("&History of the fields (amendments highlighted)"))
        history_label.setBuddy(self.history)
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.editors["national_number"])

    def refresh(self) -> None:
        """Show the fields as stored and their history."""
        if self.case is None:
            return
        for field, editor in self.editors.items():
            value = self.case.fields.get(field)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            else:
                editor.setText(edit_text(field, value, self._zone))
            self.errors[field].clear_error()
        self.history_model.set_rows(list(reversed(field_history(self._session,
                                                                 self.case_id))))

    def changes(self) -> dict[str, Any]:
        """What the officer changed, as typed (None clears a field)."""
        assert self.case is not None
        changed: dict[str, Any] = {}
        for field, editor in self.editors.items():
            stored = self.case.fields.get(field)
            if isinstance(editor, QComboBox):
                value = editor.currentData()
                if value != stored:
                    changed[field] = value
            elif editor.text().strip() != edit_text(field, stored, self._zone):
                changed[field] = editor.text().strip() or None
        return changed

    def save(self) -> bool:
        """Store the changed fields; a refused value is shown under its field."""
        if self.case is None:
            return False
        for error in self.errors.values():
            error.clear_error()
        self.message.clear_error()
        changed = self.changes()
        if not changed:
            self.message.show_error(self.tr("Nothing changed."))
            return False
        reason: str | None = None
        if self.locked:
            names = ", ".join(label_of(f) for f in changed)
            reason = ask_reason(self, names)
            if reason is None:
                self.message.show_error(self.tr(
                    "Not saved: the case is signed off, and a change needs a reason."))
                return False
        try:
            set_fields(self._session, self.case_id, changed, reason)
        except FieldError as exc:
            target = self.errors.get(exc.field)
            if target is None:
                self.message.show_error(plain_error(exc))
            else:
                target.show_error(exc.problem[:1].upper() + exc.problem[1:])
                self.editors.get(exc.field, self.editors["national_number"]).setFocus()
            return False
        except BorderdeskError as exc:
            self.message.show_error(plain_error(exc))
            return False
        self.changed.emit()
        return True
