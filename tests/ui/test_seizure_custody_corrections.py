"""Corrections on the Custody tab: a mistaken hand-over, package or seal is corrected or
withdrawn with a reason, and the entry as recorded stays visible in its history.

The case is made through the services (a red-lane declaration, a physical inspection,
an identified revolver as item 1, packed, sealed and handed over twice); the tests
drive the real panel and its dialogs, answered by :func:`answer`.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from borderdesk.services.custody import (
    create_package,
    custody_events,
    list_packages,
    seal_package,
    transfer,
)
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.seizures import add_identified_item, list_cases
from borderdesk.services.station import StationSession
from borderdesk.ui.seizure_case_view import SeizureCaseView
from borderdesk.ui.seizure_custody_panel import CustodyPanel
from borderdesk.ui.workers import SyncTaskRunner
from tests.ui.conftest import RED_ID
from tests.ui.test_seizure_case_view import SEEN_ERRORS, answer, fill_form, identify

TOOLTIP = Qt.ItemDataRole.ToolTipRole
PLACE = 5  # the custody table's Place column


@pytest.fixture
def panel(qtbot: Any, red_station: StationSession) -> CustodyPanel:
    """The Custody tab of a case whose package P went tester → Marko → Ana."""
    inspection = start_inspection(red_station, RED_ID, "physical").id
    ident = identify(red_station, inspection, "revolver", "revolver in cab")
    record_outcome(red_station, inspection, "seizure", "revolver in the cab")
    [case] = list_cases(red_station)
    add_identified_item(red_station, case.id, ident)
    package = create_package(red_station, case.id, ["1"], "firearm",
                             deviation_reason="packed at once: the lane had to be cleared")
    seal_package(red_station, package.label, ["RS 0001", "RS 0002"])
    transfer(red_station, package.label, "tester", "Marko Jović", "storage", "station safe")
    transfer(red_station, package.label, "Marko Jović", "Ana Kovač", "laboratory",
             "lab reception")
    view = SeizureCaseView(red_station, case.id, SyncTaskRunner())
    qtbot.addWidget(view)
    view.show()
    view.custody.select_package(package.label)
    return view.custody


def places(panel: CustodyPanel) -> list[str]:
    return [e.place for e in panel.events_model.rows()]


def test_correcting_a_place_shows_the_new_value_and_keeps_the_old_in_the_history(
        panel: CustodyPanel, red_station: StationSession) -> None:
    panel.select_event(1)
    answer(fill_form({"place": "station safe room 2", "why": "typed the wrong safe"}))
    assert panel.correct_event() is not None
    assert places(panel) == ["station safe room 2", "lab reception"]
    tip = panel.events_model.index(0, PLACE).data(TOOLTIP)
    assert "station safe → station safe room 2" in tip
    assert "typed the wrong safe" in tip and "tester" in tip
    assert not panel.notice.isVisibleTo(panel)  # the chain still follows on
    panel.show_withdrawn.setChecked(True)
    assert panel.events_model.index(0, 0).data() == "1 (corrected)"
    assert panel.events_model.index(1, 0).data() == "2"
    [stored, _] = custody_events(red_station, panel.selected_package().id)  # type: ignore[union-attr]
    assert stored.place == "station safe room 2" and len(stored.corrections) == 1


def test_a_correction_that_breaks_the_later_chain_says_which_events_to_correct(
        panel: CustodyPanel) -> None:
    panel.select_event(1)
    answer(fill_form({"received_by": "Marta Jović", "why": "wrong officer named"}))
    assert panel.correct_event() is not None
    assert panel.notice.isVisibleTo(panel)
    assert "event 2" in panel.notice.text() and "correct them too" in panel.notice.text()
    assert "event 2" in panel.problems.text()  # the chain check names it as well


def test_withdrawing_a_hand_over_keeps_it_greyed_with_the_reason(
        panel: CustodyPanel, red_station: StationSession) -> None:
    panel.select_event(2)
    answer(fill_form({"why": "recorded on the wrong package"}))
    assert panel.withdraw_event() is not None
    assert places(panel) == ["station safe"]
    package = list_packages(red_station, panel.case_id)[0]
    assert package.holder == "Marko Jović" and package.transfers == 1
    panel.show_withdrawn.setChecked(True)
    assert places(panel) == ["station safe", "lab reception"]
    withdrawn = panel.events_model.index(1, PLACE)
    assert withdrawn.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.events_model.index(0, PLACE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "recorded on the wrong package" in withdrawn.data(TOOLTIP)
    assert panel.events_model.index(1, 0).data() == "2 (withdrawn)"
    panel.events.setCurrentIndex(withdrawn)
    assert not panel.correct_event_button.isEnabled()  # a withdrawal is final


def test_without_a_reason_nothing_is_corrected_or_withdrawn(
        panel: CustodyPanel, red_station: StationSession) -> None:
    panel.select_event(2)
    answer(fill_form({"place": "elsewhere"}))
    assert panel.correct_event() is None
    assert "Required." in SEEN_ERRORS[-1]
    answer(fill_form({"why": "   "}))
    assert panel.withdraw_event() is None
    assert "Required." in SEEN_ERRORS[-1]
    events = custody_events(red_station, panel.case_id, include_withdrawn=True)
    assert [(e.place, e.withdrawn, e.corrections) for e in events] == [
        ("station safe", False, ()), ("lab reception", False, ())]


def test_an_unchanged_correction_is_refused_in_words(panel: CustodyPanel) -> None:
    panel.select_event(1)
    answer(fill_form({"why": "checking"}))
    assert panel.correct_event() is None
    assert "Nothing to correct" in SEEN_ERRORS[-1]


def test_package_and_seal_corrections(panel: CustodyPanel,
                                      red_station: StationSession) -> None:
    answer(fill_form({"contents": "revolver, unloaded", "why": "contents left out"}))
    assert panel.correct_package() is not None
    answer(fill_form({"seal": "RS 0002", "number": "RS 0003", "why": "misread the tag"}))
    assert panel.correct_seal() is not None
    answer(fill_form({"seal": "RS 0001", "why": "that seal went on another bag"}))
    assert panel.withdraw_seal() is not None
    [package] = list_packages(red_station, panel.case_id)
    assert package.contents == "revolver, unloaded"
    assert [s.number for s in package.seals] == ["RS 0003"]
    assert panel.packages_model.index(0, 3).data() == "RS 0003"
    tip = panel.packages_model.index(0, 0).data(TOOLTIP)
    assert "contents left out" in tip and "RS 0002 → RS 0003" in tip
    assert "seal RS 0001: withdrawn" in tip
    panel.show_withdrawn.setChecked(True)
    assert panel.packages_model.index(0, 3).data() == "RS 0003, RS 0001 (withdrawn)"
    assert panel.packages_model.index(0, 0).data().endswith("(corrected)")


def test_a_package_that_changed_hands_is_withdrawn_only_after_its_hand_overs(
        panel: CustodyPanel, red_station: StationSession) -> None:
    answer(fill_form({"why": "packed the wrong item"}))
    assert panel.withdraw_package() is None
    assert "withdraw them first" in SEEN_ERRORS[-1]
    for seq in (2, 1):
        panel.select_event(seq)
        answer(fill_form({"why": "package withdrawn"}))
        assert panel.withdraw_event() is not None
    answer(fill_form({"why": "packed the wrong item"}))
    assert panel.withdraw_package() is not None
    assert panel.packages_model.rowCount() == 0
    panel.show_withdrawn.setChecked(True)
    assert panel.packages_model.rowCount() == 1
    assert panel.selected_package().withdrawn  # type: ignore[union-attr]
    assert not panel.fix_button.isEnabled() and not panel.transfer_button.isEnabled()
    assert list_packages(red_station, panel.case_id) == []


def test_the_models_with_history_pass_the_model_tester(
        qtmodeltester: Any, panel: CustodyPanel) -> None:
    panel.select_event(2)
    answer(fill_form({"why": "recorded twice"}))
    assert panel.withdraw_event() is not None
    panel.show_withdrawn.setChecked(True)
    qtmodeltester.check(panel.packages_model)
    qtmodeltester.check(panel.events_model)
