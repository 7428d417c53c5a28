"""Pieces every part of the seizure case screens shares.

:class:`FormDialog` is the one dialog behind most of the case's small forms (an item,
a package, a trace request, a person...): it is built from :class:`FormField`
descriptions, calls the service itself when OK is pressed and stays open on an
expected error, shown in plain words beside the field it names (or above the
buttons), so what the officer typed is not lost. Two needs recur and are built in:
a signed-off case changes only with a reason (an amendment), and a step that breaks
an order rule is stored only with the reason for the deviation, asked after the
rule and its "why" were shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import BorderdeskError
from borderdesk.evidence.case_fields import FieldError
from borderdesk.services.evidence_steps import OrderRuleError
from borderdesk.services.seizures import SeizureCase
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error
from borderdesk.ui.rows_model import compact_rows

#: Colours of the case screens' warnings and states (light, with black text).
WARNING_BACKGROUND = QColor("#fff3cd")
DONE_BACKGROUND = QColor("#d7f0dc")
MISSING_BACKGROUND = QColor("#f8d7da")
_ERROR_STYLE = "color: #a61b1b;"
_BANNER_STYLE = ("background: #fff3cd; color: black; border: 1px solid #e0c36b;"
                 " border-radius: 3px; padding: 6px;")

__all__ = [
    "CONTROL_HEIGHT",
    "DONE_BACKGROUND",
    "MISSING_BACKGROUND",
    "WARNING_BACKGROUND",
    "CasePanel",
    "ErrorLabel",
    "FormDialog",
    "FormField",
    "banner",
    "case_table",
    "local_text",
    "plain_error",
    "run_form",
]


def local_text(moment: datetime | None, zone: ZoneInfo) -> str:
    """``2026-11-28 08:15`` in the station's time zone (empty for None)."""
    return "" if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


class ErrorLabel(QLabel):
    """A plain-words problem shown beside a control; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(_ERROR_STYLE)
        self.hide()

    def show_error(self, text: str) -> None:
        """Show ``text`` (an empty text hides the label)."""
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        """Hide the label."""
        self.show_error("")


def banner(parent: QWidget | None = None) -> QLabel:
    """A yellow warning strip (hidden until given a text)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(_BANNER_STYLE)
    label.hide()
    return label


def case_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of rows (whole rows selected, one at a time)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    compact_rows(table)
    return table


@dataclass(frozen=True)
class FormField:
    """One field of a :class:`FormDialog`.

    ``kind``: ``text`` (a line), ``choice`` (one of ``options``), ``multi`` (any of
    ``options``, as check boxes) or ``check`` (yes or no). ``options`` are
    ``(value, shown text)`` pairs; a choice that is not ``required`` starts empty.
    """

    key: str
    label: str
    kind: str = "text"
    options: Sequence[tuple[str, str]] = ()
    required: bool = False
    default: Any = None
    placeholder: str = ""
    tip: str = ""
    #: Other keys whose errors (e.g. a service's field name) are shown here.
    aliases: tuple[str, ...] = field(default_factory=tuple)


#: What OK runs: the values by key (plus ``reason`` and ``deviation_reason`` when asked).
Submit = Callable[[dict[str, Any]], object]


class FormDialog(QDialog):
    """A small form that calls a service on OK and stays open on an expected error."""

    def __init__(self, title: str, intro: str, fields: Sequence[FormField], submit: Submit,
                 parent: QWidget | None = None, *, amendment: bool = False,
                 deviation: bool = False, ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("caseFormDialog")
        self._submit = submit
        self._fields = list(fields)
        #: What the service returned, once OK succeeded.
        self.result_value: object = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in self._fields:
            editor = self._editor(spec)
            editor.setObjectName(f"field_{spec.key}")
            if spec.tip:
                editor.setToolTip(spec.tip)
            self.editors[spec.key] = editor
            error = ErrorLabel()
            self.errors[spec.key] = error
            for alias in spec.aliases:
                self.errors[alias] = error
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(editor)
            form.addRow(label, holder)
        # A signed-off case: the change is an amendment and is refused without a reason.
        self.reason: QLineEdit | None = None
        if amendment:
            self.reason = QLineEdit()
            self.reason.setObjectName("amendmentReason")
            self.reason.setPlaceholderText(self.tr("Why the signed-off case changes"))
            self.reason.setToolTip(self.tr(
                "The case is signed off: this change is kept as an amendment beside the"
                " original, with this reason"))
            self.errors["reason"] = ErrorLabel()
            form.addRow(self.tr("Reason for the &amendment *"), self.reason)
            form.addRow("", self.errors["reason"])
        # An order rule broken: shown in words, then stored only with the reason.
        self.deviation_box = QGroupBox(self.tr("Order of the evidence steps"))
        self.deviation_box.setObjectName("deviationBox")
        self.deviation_text = QLabel()
        self.deviation_text.setWordWrap(True)
        self.deviation_text.setTextFormat(Qt.TextFormat.PlainText)
        self.deviation_reason = QLineEdit()
        self.deviation_reason.setObjectName("deviationReason")
        self.deviation_reason.setPlaceholderText(self.tr("Why it happened in this order"))
        deviation_layout = QVBoxLayout(self.deviation_box)
        deviation_layout.addWidget(self.deviation_text)
        deviation_label = QLabel(self.tr("Reason for the &deviation:"))
        deviation_label.setBuddy(self.deviation_reason)
        deviation_layout.addWidget(deviation_label)
        deviation_layout.addWidget(self.deviation_reason)
        self.deviation_box.setStyleSheet("QGroupBox { background: #fff3cd; color: black; }")
        self.deviation_box.hide()
        self._deviation_allowed = deviation

        self.error = ErrorLabel()
        self.error.setObjectName("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        for button in self.buttons.buttons():
            button.setMinimumHeight(CONTROL_HEIGHT)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            intro_label.setTextFormat(Qt.TextFormat.PlainText)
            body_layout.addWidget(intro_label)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        # Outside the scrolled form: the broken rule must be seen without scrolling.
        layout.addWidget(self.deviation_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        screen = self.screen().availableGeometry()
        self.resize(self.minimumWidth(), min(body.sizeHint().height() + 120,
                                             int(screen.height() * 0.85)))

    def _editor(self, spec: FormField) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            if not spec.required or spec.default is None:
                combo.addItem("", None)
            for value, text in spec.options:
                combo.addItem(text, value)
            if spec.default is not None:
                combo.setCurrentIndex(max(0, combo.findData(spec.default)))
            combo.setMinimumHeight(CONTROL_HEIGHT - 8)
            return combo
        if spec.kind == "multi":
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            chosen = set(spec.default or ())
            for value, text in spec.options:
                check = QCheckBox(text)
                check.setObjectName(f"option_{value}")
                check.setProperty("value", value)
                check.setChecked(value in chosen)
                column.addWidget(check)
            checks = box.findChildren(QCheckBox)
            if checks:
                box.setFocusProxy(checks[0])
            return box
        if spec.kind == "check":
            check = QCheckBox()
            check.setChecked(bool(spec.default))
            return check
        line = QLineEdit("" if spec.default is None else str(spec.default))
        line.setPlaceholderText(spec.placeholder)
        line.setMinimumHeight(CONTROL_HEIGHT - 8)
        return line

    def set_value(self, key: str, value: Any) -> None:
        """Fill a field as an officer would (tests and pre-filled dialogs)."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            wanted = set(value or ())
            for check in editor.findChildren(QCheckBox):
                check.setChecked(check.property("value") in wanted)

    def values(self) -> dict[str, Any]:
        """The values as typed: text trimmed, choices by value, multi as a list."""
        result: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                result[key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                result[key] = editor.text().strip()
            elif isinstance(editor, QCheckBox):
                result[key] = editor.isChecked()
            else:
                result[key] = [c.property("value") for c in editor.findChildren(QCheckBox)
                               if c.isChecked()]
        if self.reason is not None:
            result["reason"] = self.reason.text().strip()
        if self.deviation_box.isVisible() or self.deviation_reason.text().strip():
            result["deviation_reason"] = self.deviation_reason.text().strip() or None
        return result

    def _clear(self) -> None:
        self.error.clear_error()
        for label in self.errors.values():
            label.clear_error()

    def accept(self) -> None:
        """Run the service; on an expected error show it and stay open."""
        self._clear()
        missing = [spec for spec in self._fields if spec.required and self.values()[spec.key]
                   in (None, "", [])]
        for spec in missing:
            self.errors[spec.key].show_error(self.tr("Required."))
        if self.reason is not None and not self.reason.text().strip():
            self.errors["reason"].show_error(self.tr(
                "The case is signed off: say why it changes (kept as an amendment)."))
            missing.append(FormField("reason", ""))
        if missing:
            return
        if self.deviation_box.isVisible() and not self.deviation_reason.text().strip():
            self.error.show_error(self.tr(
                "Give the reason for the deviation, or Cancel and record the steps in order."))
            self.deviation_reason.setFocus()
            return
        try:
            self.result_value = self._submit(self.values())
        except OrderRuleError as exc:
            if not self._deviation_allowed:
                self.error.show_error(plain_error(exc))
                return
            self.deviation_text.setText(
                self.tr("This breaks the order of the evidence steps:") + "\n"
                + "\n".join(f"• {message}" for message in exc.messages) + "\n"
                + self.tr("If it really happened this way, say why; it is recorded as a"
                          " deviation with the rules it broke."))
            self.deviation_box.show()
            self.deviation_reason.setFocus()
            return
        except FieldError as exc:
            target = self.errors.get(exc.field)
            if target is not None:
                target.show_error(exc.problem[:1].upper() + exc.problem[1:])
            else:
                self.error.show_error(plain_error(exc))
            return
        except BorderdeskError as exc:
            self.error.show_error(plain_error(exc))
            return
        super().accept()


def run_form(dialog: FormDialog) -> object | None:
    """Run ``dialog``; what its service returned, or None when cancelled."""
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value if dialog.result_value is not None else True
        return None
    finally:
        dialog.deleteLater()


class CasePanel(QWidget):
    """One tab of the case view: shows a part of the case and changes it through services.

    The view calls :meth:`show_case` with the case as it stands after every change;
    a panel that changed something emits :attr:`changed` so that every tab (and the
    header) is read again.
    """

    changed = Signal()

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case: SeizureCase | None = None

    @property
    def case_id(self) -> str:
        """The id of the case shown."""
        assert self.case is not None, "show_case() first"
        return self.case.summary.id

    @property
    def locked(self) -> bool:
        """Whether the case is signed off (a change is then an amendment with a reason)."""
        return self.case is not None and self.case.signed_off

    def show_case(self, case: SeizureCase) -> None:
        """Show ``case`` (read again after each change)."""
        self.case = case
        self.refresh()

    def refresh(self) -> None:
        """Read this part of the case again."""

    def run(self, dialog: FormDialog) -> object | None:
        """Run a form; on success the case changed."""
        result = run_form(dialog)
        if result is not None:
            self.changed.emit()
        return result
