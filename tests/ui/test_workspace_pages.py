"""The workspace: navigation, the queue's filters and auto-refresh, Inspections, Seizures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from borderdesk.services.inspections import list_inspections, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui import inspection_dialogs
from borderdesk.ui.declarations_model import ID_ROLE, Column
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.queue_page import StationQueueSource
from borderdesk.ui.records_pages import InspectionsModel, SeizuresModel
from tests.conftest import declaration
from tests.ui.conftest import RED_ID


def listed_ids(window: MainWindow) -> list[str]:
    model = window.queue.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_every_page_has_a_tab_and_a_shortcut(window: MainWindow) -> None:
    titles = [window.navigation.tabText(i).replace("&", "")
              for i in range(window.navigation.count())]
    assert titles == ["Queue", "Inspections", "Seizures", "Analysis", "Reports", "Exercise",
                      "Administration"]
    shortcuts = [action.shortcut().toString() for action in window.page_actions]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 8)]
    window.page_actions[1].trigger()
    assert window.navigation.currentWidget() is window.inspections
    assert not window.inspection_action.isEnabled()  # a queue command, off elsewhere
    window.focus_search()  # Ctrl+F always leads back to the queue's search
    assert window.navigation.currentWidget() is window.queue
    assert window.inspection_action.isEnabled()


def test_the_analysis_page_is_built_when_first_shown(window: MainWindow) -> None:
    """The analyst's page loads and compiles the profile: not at every start."""
    assert not window.analysis_page.built
    window.page_actions[3].trigger()  # Ctrl+4
    assert window.analysis_page.built
    assert window.navigation.currentWidget() is window.analysis_page
    assert window.analysis_page.isAncestorOf(window.analysis)
    window.page_actions[0].trigger()
    window.show_page(window.analysis)  # the built page leads to its tab
    assert window.navigation.currentWidget() is window.analysis_page


def test_the_exercise_page_is_the_trainer_console(qtbot: Any, window: MainWindow) -> None:
    window.navigation.setCurrentIndex(5)  # Exercise (issue 10), built when first shown
    assert window.exercise_page.built
    console = window.exercise_page.page()
    assert console.trainer and console.buttons["startButton"].isVisibleTo(console)
    qtbot.waitUntil(lambda: not console.busy, timeout=20_000)  # the sessions, on a worker


def test_the_station_source_passes_the_model_tester(
    qtmodeltester: Any, red_window: MainWindow
) -> None:
    model = red_window.queue.model
    assert isinstance(model._source, StationQueueSource)
    qtmodeltester.check(model)
    for column in Column:
        model.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


@pytest.fixture
def red_window(qtbot: Any, red_station: StationSession,
               make_window: Callable[..., MainWindow],
               write_json: Callable[..., Path]) -> MainWindow:
    """A window on the red station plus two unscreened declarations (one by rail)."""
    report = import_files(red_station, [write_json(
        [declaration("D-RAIL", transport_mode="rail", vehicle=None),
         declaration("D-TRUCK")], "more.json")])
    assert report.ok
    window = make_window(red_station)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_filters_narrow_the_queue_and_clear_brings_all_back(red_window: MainWindow) -> None:
    queue = red_window.queue
    assert set(listed_ids(red_window)) == {RED_ID, "D-RAIL", "D-TRUCK"}
    assert not queue.clear_filters_button.isEnabled()
    queue.lane_filter.setCurrentIndex(1)  # Red
    assert listed_ids(red_window) == [RED_ID]
    assert "(filtered)" in red_window.count_label.text()
    assert queue.clear_filters_button.isEnabled()
    queue.lane_filter.setCurrentIndex(5)  # Not screened
    assert set(listed_ids(red_window)) == {"D-RAIL", "D-TRUCK"}
    queue.mode_filter.setCurrentIndex(queue.mode_filter.findText("Rail"))
    assert listed_ids(red_window) == ["D-RAIL"]
    queue.procedure_filter.setCurrentIndex(queue.procedure_filter.findText("Export"))
    assert listed_ids(red_window) == []
    assert queue.pages.currentWidget() is queue.empty_label
    assert "Clear filters" in queue.empty_label.text()
    queue.clear_filters_button.click()
    assert set(listed_ids(red_window)) == {RED_ID, "D-RAIL", "D-TRUCK"}
    assert red_window.count_label.text() == "Declarations: 3"


def test_the_inspection_filter_follows_the_inspections(red_window: MainWindow) -> None:
    queue = red_window.queue
    start_inspection(red_window.session, RED_ID, "documents")
    queue.inspection_filter.setCurrentIndex(2)  # under way
    assert listed_ids(red_window) == [RED_ID]
    row = queue.model.row_of_key(queue.model.key_at(0))
    assert queue.model.index(row or 0, Column.INSPECTION).data() == "under way"


def test_the_queue_reads_new_declarations_by_itself(
    qtbot: Any, red_window: MainWindow, write_json: Callable[..., Path]
) -> None:
    red_window.queue.table.setCurrentIndex(red_window.queue.model.index(0, 0))
    assert red_window.queue.selected_id() == RED_ID
    path = red_window.session.path
    assert path is not None
    # Another program (the command line, the inbox on another connection) imports.
    with open_station(path, actor="clerk") as other:
        assert import_files(other, [write_json([declaration("D-LATER")], "later.json")]).ok
    red_window.queue.change_timer.setInterval(10)
    qtbot.waitUntil(lambda: "D-LATER" in listed_ids(red_window), timeout=3000)
    assert red_window.queue.selected_id() == RED_ID  # the officer's row stays selected


def test_inspections_page_records_an_outcome(
    qtbot: Any, qtmodeltester: Any, red_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_inspection(red_window.session, RED_ID, "physical")
    page = red_window.inspections
    red_window.show_page(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 4).data() == "under way"
    assert page.outcome_button.isEnabled()

    def nothing_found(parent: Any, session: StationSession, inspection: Any) -> Any:
        from borderdesk.services.inspections import record_outcome

        return record_outcome(session, inspection.id, "nothing_found", "as declared")

    monkeypatch.setattr(inspection_dialogs, "ask_outcome", nothing_found)
    with qtbot.waitSignal(page.changed):
        page.outcome_button.click()
    assert page.model.rowCount() == 0  # none under way any more
    assert "No inspection is under way." in page.empty_label.text()
    page.show_filter.setCurrentIndex(1)
    assert page.model.index(0, 4).data() == "Nothing found"
    assert [i.outcome for i in list_inspections(red_window.session, RED_ID)] == [
        "nothing_found"]
    with qtbot.waitSignal(page.open_requested) as opened:
        page.open_button.click()
    assert opened.args == [RED_ID]


def test_seizures_page_lists_the_case(
    qtmodeltester: Any, red_window: MainWindow
) -> None:
    from borderdesk.services.inspections import record_outcome

    record = start_inspection(red_window.session, RED_ID, "physical")
    finished = record_outcome(red_window.session, record.id, "seizure", "two revolvers")
    red_window.show_page(red_window.seizures)
    model = red_window.seizures.model
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == finished.case_number
    assert model.index(0, 1).data() == RED_ID
    assert not red_window.seizures.empty_label.isVisible()


def test_record_models_pass_the_model_tester_empty(qtmodeltester: Any,
                                                   red_station: StationSession) -> None:
    zone = red_station.time_zone()
    qtmodeltester.check(InspectionsModel(zone))
    qtmodeltester.check(SeizuresModel(zone))


def test_the_view_menu_lists_the_pages(red_window: MainWindow) -> None:
    menu = red_window.pages_menu
    assert menu is not None
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert "Go to Seizures" in texts
    assert red_window.page_actions[0].shortcut() == QKeySequence("Ctrl+1")


def test_large_controls_make_text_and_rows_bigger_and_are_remembered(
    qtbot: Any, red_window: MainWindow, make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QApplication

    from borderdesk.ui import settings_dialog
    from borderdesk.ui.appearance import LARGE_TARGET_PX

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size, row = app.font().pointSizeF(), red_window.queue.table.verticalHeader()
    height = row.defaultSectionSize()

    def accept_with_large(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.large_box.setChecked(True)
        return settings_dialog.SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", accept_with_large)
    red_window.settings_action.trigger()
    assert app.font().pointSizeF() > size
    assert row.defaultSectionSize() > height
    button = red_window.queue.clear_filters_button
    button.ensurePolished()
    assert button.sizeHint().height() >= LARGE_TARGET_PX - 12
    # A new window (the next start) comes up with large controls.
    red_window.set_large_controls(False)
    assert app.font().pointSizeF() == size
    red_window.set_large_controls(True)
    second = make_window(red_window.session)
    assert app.styleSheet()
    assert second.queue.table.verticalHeader().defaultSectionSize() > height
