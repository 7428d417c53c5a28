"""The declaration view, opened from the main window on a screened red declaration."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from borderdesk.services.inspections import list_inspections
from borderdesk.services.station import StationSession
from borderdesk.ui import declaration_view
from borderdesk.ui.declaration_view import DeclarationView, GoodsColumn
from borderdesk.ui.main_window import MainWindow
from tests.ui.conftest import RED_ID

FA01_TITLE = "Chapter 93 without a valid arms licence"
FA01_INSTRUCTION = "Ask for the arms import, export or transit licence"
FA01_RATIONALE = "may only cross with a valid licence"




@pytest.fixture
def red_window(qtbot: Any, red_station: StationSession,
               make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window(red_station)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.table_focus()
    return window


def open_with_enter(qtbot: Any, window: MainWindow) -> DeclarationView:
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Return)
    view = window.declaration_view
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    return view


def test_enter_opens_the_view_with_the_risk_panel(qtbot: Any, red_window: MainWindow) -> None:
    view = open_with_enter(qtbot, red_window)
    assert view.declaration_id == RED_ID
    assert RED_ID in view.windowTitle()
    text = view.shown_text()
    assert "Red" in text
    assert FA01_TITLE in text
    assert FA01_INSTRUCTION in text
    assert FA01_RATIONALE not in text  # analysts only
    assert "Turkey (TR) › Bulgaria (BG) › Serbia (RS)" in text  # names and codes
    badge = view.findChild(QLabel, "laneBadge")
    assert badge is not None and badge.text() == "Red"
    instruction = view.findChild(QLabel, "instruction")
    assert instruction is not None and instruction.font().bold()
    assert view.findChild(QLabel, "rationale") is None
    model = view.goods_model
    assert model.rowCount() == 1
    assert model.index(0, GoodsColumn.DESCRIPTION).data() == "revolvers"
    assert model.index(0, GoodsColumn.HS_CODE).data() == "930200"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_the_risk_panel_comes_before_the_goods(qtbot: Any, red_window: MainWindow) -> None:
    view = open_with_enter(qtbot, red_window)
    content = view.scroll_area.widget()
    assert content is not None
    risk = content.findChild(QWidget, "riskPanel")
    goods = view.goods_table
    assert risk is not None and goods is not None
    assert risk.mapTo(content, risk.rect().topLeft()).y() < goods.mapTo(
        content, goods.rect().topLeft()).y()


def test_the_analyst_sees_the_rationale(qtbot: Any, red_station: StationSession) -> None:
    view = DeclarationView(red_station, RED_ID, analyst=True)
    qtbot.addWidget(view)
    assert FA01_RATIONALE in view.shown_text()


def test_double_click_opens_the_view(qtbot: Any, red_window: MainWindow) -> None:
    table = red_window.queue.table
    rect = table.visualRect(red_window.queue.model.index(0, 0))
    # A real double-click starts with a press: the view only opens on the pressed row.
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = red_window.declaration_view
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.declaration_id == RED_ID


def test_goods_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, red_station: StationSession
) -> None:
    view = DeclarationView(red_station, RED_ID)
    qtbot.addWidget(view)
    qtmodeltester.check(view.goods_model)
    empty = declaration_view.GoodsModel()
    qtmodeltester.check(empty)


def test_start_inspection_from_the_window(
    qtbot: Any, red_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_with_enter(qtbot, red_window)
    asked: list[object] = []

    def physical(parent: object) -> str:
        asked.append(parent)
        return "physical"

    monkeypatch.setattr(declaration_view, "ask_inspection_kind", physical)
    assert "No inspection yet." in view.shown_text()
    red_window.inspection_action.trigger()
    assert len(asked) == 1
    inspections = list_inspections(red_window.session, RED_ID)
    assert [i.kind for i in inspections] == ["physical"]
    assert inspections[0].started_by == "tester"
    text = view.shown_text()
    assert "Physical inspection" in text
    assert "in progress" in text
    assert "Inspection started" in red_window.statusBar().currentMessage()


def test_start_inspection_from_the_view_and_cancel(
    qtbot: Any, red_station: StationSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = DeclarationView(red_station, RED_ID)
    qtbot.addWidget(view)
    monkeypatch.setattr(declaration_view, "ask_inspection_kind", lambda _parent: None)
    assert view.start_inspection() is None
    assert list_inspections(red_station, RED_ID) == []
    monkeypatch.setattr(declaration_view, "ask_inspection_kind", lambda _parent: "dog")
    with qtbot.waitSignal(view.inspection_started):
        view.inspection_action.trigger()
    assert [i.kind for i in list_inspections(red_station, RED_ID)] == ["dog"]
    assert "Detection dog" in view.shown_text()
