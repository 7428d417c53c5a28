"""Identifications on the Inspections page: start one for the selected inspection, see it
listed with where it stands, resume it at the step it was left, close the window safely."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from borderdesk.services.identification import list_identifications
from borderdesk.services.inspections import start_inspection
from borderdesk.services.station import StationSession
from borderdesk.ui.identify_list import IdentificationsModel
from borderdesk.ui.main_window import MainWindow
from tests.identify.conftest import load_case
from tests.ui.conftest import RED_ID
from tests.ui.identify_helpers import answer_page, click


def _window_on_inspection(qtbot: QtBot, red_station: StationSession,
                          make_window: Callable[..., MainWindow]) -> tuple[MainWindow, str]:
    inspection = start_inspection(red_station, RED_ID, "physical").id
    window = make_window(red_station)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.inspections)
    return window, inspection


def test_identify_an_item_then_resume_it_from_the_inspections_page(
    qtbot: QtBot, red_station: StationSession, make_window: Callable[..., MainWindow],
    qtmodeltester: Any
) -> None:
    window, inspection = _window_on_inspection(qtbot, red_station, make_window)
    panel = window.inspections.identifications
    assert panel.identify_button.isEnabled() and not panel.resume_button.isEnabled()
    wizard = window.inspections.identify_item("revolver under the seat")
    assert wizard is not None and wizard.isVisible()
    assert panel.model.rowCount() == 1
    answers = load_case("revolver")["answers"]
    for _ in range(3):
        answer_page(qtbot, wizard, answers)
    step = wizard.walk.current
    assert step is not None
    click(qtbot, wizard.save_button)
    qtbot.waitUntil(lambda: panel.wizard is None)  # closed and gone

    [row] = panel.model.rows()
    assert row.item_label == "revolver under the seat" and row.current_step == step.step.id
    status = panel.model.index(0, 1).data()
    assert status == f"under way: {step.step.title}"
    qtmodeltester.check(panel.model)

    again = panel.resume_selected()
    assert again is not None
    shown = again.walk.current
    assert shown is not None and shown.step.id == step.step.id
    while again.walk.current is not None:
        answer_page(qtbot, again, answers)
    click(qtbot, again.finish_button)
    qtbot.waitUntil(lambda: panel.wizard is None)
    assert panel.model.index(0, 1).data() == "completed: Revolver, legal category B"
    [stored] = list_identifications(red_station, inspection)
    assert stored.completed and stored.category == "revolver"


def test_the_menu_command_needs_a_selected_inspection(
    qtbot: QtBot, red_station: StationSession, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(red_station)
    window.show()
    window.identify_action.trigger()  # no inspection at all
    assert window.navigation.currentWidget() is window.inspections
    assert window.statusBar().currentMessage() == "Select an inspection first."
    assert window.identify_action.shortcut().toString() == "Ctrl+Shift+D"


def test_closing_the_window_saves_an_open_identification(
    qtbot: QtBot, red_station: StationSession, make_window: Callable[..., MainWindow]
) -> None:
    window, inspection = _window_on_inspection(qtbot, red_station, make_window)
    wizard = window.inspections.identify_item("box of cartridges")
    assert wizard is not None
    answer_page(qtbot, wizard, load_case("ammunition-box")["answers"])
    window.close()
    [stored] = list_identifications(red_station, inspection)
    assert stored.current_step == "condition" and stored.saves == 2


def test_the_identifications_model_passes_the_model_tester(
    qtmodeltester: Any, red_station: StationSession
) -> None:
    model = IdentificationsModel(red_station.time_zone())
    qtmodeltester.check(model)
