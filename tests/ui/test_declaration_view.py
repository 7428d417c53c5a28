"""The declaration view, opened from the main window on a screened red declaration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from borderdesk.services.assessments import screen_imported
from borderdesk.services.inspections import list_inspections
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.services.watchlists import import_watchlist
from borderdesk.ui import declaration_view
from borderdesk.ui.declaration_view import DeclarationView, GoodsColumn
from borderdesk.ui.main_window import MainWindow
from tests.conftest import declaration
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


#: A declaration in Serbian Cyrillic whose consignee is on the watch list in Latin letters.
WATCHED_ID = "RS-BAT-2026-000777"
WATCH_NOTE = "Задржати и позвати дежурног (Đorđe Šćekić)"


@pytest.fixture
def watched_station(session: StationSession, write_json: Callable[..., Path],
                    tmp_path: Path) -> StationSession:
    """A screened, amended declaration with Cyrillic data, a watch-list match on its
    consignee, an expired and a valid document."""
    csv_path = tmp_path / "watch.csv"
    csv_path.write_text(f"kind,name_or_plate,note\nperson,Đorđe Petrović,{WATCH_NOTE}\n",
                        encoding="utf-8")
    import_watchlist(session, csv_path, threshold=85)
    first = declaration(
        WATCHED_ID,
        consignor={"name": "Шабачка ћилимара д.о.о.", "country": "RS", "address": "Шабац"},
        consignee={"name": "Жарко Ђурђевић", "country": "RS", "kind": "private"},
        driver={"name": "Љубиша Чачић", "nationality": "RS"},
        documents=[{"type": "arms_licence", "reference": "ДОЗ-2025-0042",
                    "valid_until": "2026-01-31"},
                   {"type": "cmr", "reference": "CMR-77", "valid_until": "2027-05-01"}],
        items=[{"line": 1, "hs_code": "930200", "description": "револвери (Ђорђе, шчћж)",
                "gross_kg": 5}])
    import_files(session, [write_json([first], "v1.json")])
    second = dict(first, consignee={"name": "Ђорђе Петровић", "country": "RS",
                                    "kind": "private"},
                  lodged_at="2026-11-28T10:00:00+01:00")
    report = import_files(session, [write_json([second], "v2.json")])
    assert screen_imported(session, report) is not None
    return session


def watched_view(qtbot: Any, station: StationSession, *, analyst: bool = False
                 ) -> DeclarationView:
    view = DeclarationView(station, WATCHED_ID, analyst=analyst)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_watch_list_matches_are_shown_in_the_risk_panel(
        qtbot: Any, watched_station: StationSession) -> None:
    view = watched_view(qtbot, watched_station)
    risk = view.findChild(QWidget, "riskPanel")
    group = view.findChild(QGroupBox, "watchMatches")
    assert risk is not None and group is not None and risk.isAncestorOf(group)
    assert group.title() == "Watch-list matches"
    texts = [label.text() for label in group.findChildren(QLabel)]
    assert "Consignee: Ђорђе Петровић" in texts
    assert "person 'Đorđe Petrović'" in texts
    assert "100 (threshold 85)" in texts
    assert WATCH_NOTE in texts


def test_no_watch_list_group_without_matches(qtbot: Any, red_station: StationSession) -> None:
    view = DeclarationView(red_station, RED_ID)
    qtbot.addWidget(view)
    assert view.findChild(QGroupBox, "watchMatches") is None
    assert "Watch-list matches" not in view.shown_text()


def test_the_rationale_is_shown_only_to_analysts(
        qtbot: Any, watched_station: StationSession) -> None:
    rationale = "A listed party or vehicle is involved."
    officer = watched_view(qtbot, watched_station)
    assert DeclarationView.__init__.__kwdefaults__["analyst"] is False
    assert "FA-06: Watch-list hit" in officer.shown_text()
    assert rationale not in officer.shown_text()
    assert officer.findChild(QLabel, "rationale") is None
    analyst = watched_view(qtbot, watched_station, analyst=True)
    assert any(rationale in label.text()
               for label in analyst.findChildren(QLabel, "rationale"))


def test_documents_show_validity_by_colour_and_in_words(
        qtbot: Any, watched_station: StationSession) -> None:
    view = watched_view(qtbot, watched_station)
    expired = view.findChild(QLabel, "validity_expired")
    valid = view.findChild(QLabel, "validity_valid")
    assert expired is not None and valid is not None
    assert (expired.text(), valid.text()) == ("expired", "valid")
    assert expired.palette().color(expired.foregroundRole()).name() == \
        declaration_view.VALIDITY_COLOURS["expired"]
    assert valid.palette().color(valid.foregroundRole()).name() == \
        declaration_view.VALIDITY_COLOURS["valid"]
    assert "Arms licence" in view.shown_text()


def test_the_amendment_history_reads_as_a_diff(
        qtbot: Any, watched_station: StationSession) -> None:
    view = watched_view(qtbot, watched_station)
    text = view.shown_text().splitlines()
    assert "1 → 2" in text
    assert "2026-11-28 10:00 +01:00" in text  # the new version's lodging time
    assert "Consignee: name" in text
    assert "Жарко Ђурђевић" in text and "Ђорђе Петровић" in text
    assert "consignee.name" not in text


def test_nothing_is_clipped_at_1366_by_768(qtbot: Any,
                                           watched_station: StationSession) -> None:
    view = watched_view(qtbot, watched_station, analyst=True)
    content = view.scroll_area.widget()
    assert content is not None
    assert content.width() <= view.scroll_area.viewport().width()
    clipped = [label.text() for label in content.findChildren(QLabel)
               if label.isVisible() and not label.wordWrap()
               and label.width() < label.sizeHint().width()]
    assert clipped == []
