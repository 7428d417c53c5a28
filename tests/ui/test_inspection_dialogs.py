"""Recording an inspection's outcome and changing the lane, through the view's dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.errors import UserInputError
from borderdesk.services.backtest import inspection_outcomes
from borderdesk.services.inspections import list_inspections, list_lane_changes
from borderdesk.services.station import StationSession
from borderdesk.ui import declaration_view, inspection_dialogs, main_window
from borderdesk.ui.declaration_view import DeclarationView
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, LaneDialog, OutcomeDialog
from borderdesk.ui.main_window import MainWindow
from tests.ui.conftest import RED_ID


@pytest.fixture
def view(qtbot: Any, red_station: StationSession,
         monkeypatch: pytest.MonkeyPatch) -> DeclarationView:
    """The red declaration's view with a physical inspection started from it."""
    shown = DeclarationView(red_station, RED_ID)
    qtbot.addWidget(shown)
    monkeypatch.setattr(declaration_view, "ask_inspection_kind", lambda _parent: "physical")
    assert shown.start_inspection() is not None
    return shown


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes shown, as (kind, title, text), instead of blocking."""
    shown: list[tuple[str, str, str]] = []

    def box(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: QWidget | None, title: str, text: str,
                 *_args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "information", box("information"))
    monkeypatch.setattr(QMessageBox, "warning", box("warning"))
    return shown


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog],
          steps: Callable[[Any], None]) -> list[QDialog]:
    """Replace the dialog's modal ``exec()``: run ``steps`` on it, then return its result."""
    seen: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        steps(dialog)
        result = dialog.result()
        dialog.hide()
        return result

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def test_nothing_found_through_the_dialog(
    qtbot: Any, view: DeclarationView, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str, str]],
) -> None:
    (inspection,) = list_inspections(view._session, RED_ID)
    assert set(view.outcome_buttons) == {inspection.id}
    button = view.outcome_buttons[inspection.id]
    assert button.minimumHeight() >= 36

    def steps(dialog: OutcomeDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # no outcome chosen yet
        for radio in dialog.outcome_buttons.values():
            assert radio.minimumHeight() >= 36
        radio = dialog.outcome_buttons["nothing_found"]
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
        assert radio.isChecked() and dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.findings, "boot and cabin searched")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = drive(monkeypatch, OutcomeDialog, steps)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    (recorded,) = list_inspections(view._session, RED_ID)
    assert recorded.outcome == "nothing_found"
    assert recorded.findings == "boot and cabin searched"
    assert inspection_outcomes(view._session)[RED_ID] == "nothing_found"
    assert messages == []  # no seizure, nothing to announce
    text = view.shown_text()
    assert "Nothing found" in text and "in progress" not in text
    assert view.outcome_buttons == {}  # finished inspections have no button


def test_seizure_shows_the_case_number(
    qtbot: Any, view: DeclarationView, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str, str]],
) -> None:
    def steps(dialog: OutcomeDialog) -> None:
        dialog.outcome_buttons["seizure"].setChecked(True)
        dialog.findings.setPlainText("two pistols under the seat")
        qtbot.keyClick(dialog.findings, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter records

    drive(monkeypatch, OutcomeDialog, steps)
    (inspection,) = list_inspections(view._session, RED_ID)
    record = view.record_outcome(inspection.id)
    assert record is not None and record.case_number
    assert [(kind, text) for kind, _title, text in messages] == [
        ("information", f"Seizure case {record.case_number} was opened for declaration"
                        f" {RED_ID}.")]
    assert f"Seizure case {record.case_number}" in view.shown_text()
    assert inspection_outcomes(view._session)[RED_ID] == "seizure"


def test_cancel_and_refused_outcome(
    qtbot: Any, view: DeclarationView, monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str, str]],
) -> None:
    (inspection,) = list_inspections(view._session, RED_ID)

    def cancel(dialog: OutcomeDialog) -> None:
        dialog.outcome_buttons["irregularity"].setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    drive(monkeypatch, OutcomeDialog, cancel)
    assert view.record_outcome(inspection.id) is None
    assert list_inspections(view._session, RED_ID)[0].outcome is None

    def refuse(*_args: Any) -> None:
        raise UserInputError("inspection was already finished")

    monkeypatch.setattr(inspection_dialogs, "record_outcome", refuse)
    dialog = OutcomeDialog(view._session, inspection, view)
    qtbot.addWidget(dialog)
    dialog.outcome_buttons["irregularity"].setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.record is None
    assert messages == [("warning", "Record outcome", "Inspection was already finished")]


def test_change_lane_needs_a_reason(
    qtbot: Any, view: DeclarationView, monkeypatch: pytest.MonkeyPatch
) -> None:
    button = view.lane_button
    assert button is not None and button.minimumHeight() >= 36

    def steps(dialog: LaneDialog) -> None:
        assert not dialog.lane_buttons["red"].isEnabled()  # the current lane
        assert "(current)" in dialog.lane_buttons["red"].text()
        qtbot.mouseClick(dialog.lane_buttons["yellow"], Qt.MouseButton.LeftButton)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "   ")
        assert not dialog.ok_button.isEnabled()  # blank is no reason
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.change is None
        qtbot.keyClicks(dialog.reason, "licence shown at the booth")
        assert dialog.ok_button.isEnabled()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter confirms

    drive(monkeypatch, LaneDialog, steps)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (change,) = list_lane_changes(view._session, RED_ID)
    assert (change.from_lane, change.to_lane) == ("red", "yellow")
    assert change.reason == "licence shown at the booth"
    text = view.shown_text()
    assert "Red → Yellow" in text
    assert "licence shown at the booth" in text
    assert "An officer changed the lane from Red" in text


def test_cancelled_lane_change_stores_nothing(
    qtbot: Any, view: DeclarationView, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive(monkeypatch, LaneDialog, lambda dialog: dialog.reject())
    assert view.change_lane() is None
    assert list_lane_changes(view._session, RED_ID) == []


def test_dialog_controls_are_large(qtbot: Any, view: DeclarationView) -> None:
    (inspection,) = list_inspections(view._session, RED_ID)
    dialogs: list[QDialog] = [OutcomeDialog(view._session, inspection, view),
                              LaneDialog(view._session, RED_ID, "red", view)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        for widget in dialog.findChildren(QWidget):
            if widget.metaObject().className() in ("QRadioButton", "QPushButton"):
                assert widget.height() >= CONTROL_HEIGHT >= 36, widget
                assert widget.width() >= widget.sizeHint().width(), widget  # not clipped


def test_status_bar_shows_the_active_profile(
    red_station: StationSession, make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
) -> None:
    window = make_window(red_station)
    # Shown just after the queue's first paint.
    qtbot.waitUntil(lambda: window.profile_label.text() == "Profile: firearms-extended v1")

    def broken(_session: StationSession) -> None:
        raise UserInputError("profile file is damaged")

    monkeypatch.setattr(main_window, "active_profile", broken)
    other = make_window(red_station)
    qtbot.waitUntil(lambda: other.profile_label.text() == "Profile: (invalid)")
    assert "damaged" in other.profile_label.toolTip()
