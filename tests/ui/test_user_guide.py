"""Help › User guide (F1) and Help › Quick reference (PDF)…: the guide shows its sections
and pictures, its links lead somewhere, F1 opens it where the officer is, and the quick
reference's keys are the window's own."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from borderdesk.core.paths import docs_dir, user_guide_path
from borderdesk.reports.quick_reference import KEY_TASKS
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.reports_actions import language_name
from borderdesk.ui.user_guide import (
    PAGE_SECTIONS,
    UserGuideWindow,
    heading_anchor,
    image_names,
    show_user_guide,
)

GUIDE = user_guide_path()


@pytest.fixture
def guide(qtbot: Any) -> UserGuideWindow:
    shown = UserGuideWindow()
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    return shown


def test_the_guide_shows_its_sections_and_its_pictures(guide: UserGuideWindow) -> None:
    titles = [heading.title for heading in guide.headings]
    assert "Officers: screen the queue" in titles
    assert "Trainers: run an exercise" in titles
    assert guide.contents.topLevelItemCount() >= 10
    document = guide.browser.document()
    names = image_names(document)
    assert "images/queue.png" in names and "images/exercise.png" in names
    for name in names:
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert picture is not None and not picture.isNull(), name
    # Shrunk to the view: no picture is wider than the text.
    assert guide.browser.document().size().width() <= guide.browser.viewport().width() + 1


def test_every_link_between_sections_and_every_page_leads_to_a_heading(
        guide: UserGuideWindow) -> None:
    anchors = {heading.anchor for heading in guide.headings}
    text = GUIDE.read_text(encoding="utf-8")
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert links
    assert set(links) <= anchors
    assert set(PAGE_SECTIONS) <= anchors
    for name in re.findall(r"!\[[^]]*\]\(([^)]+)\)", text):
        assert (GUIDE.parent / name).is_file(), name


def test_a_section_link_scrolls_and_a_missing_document_is_said(guide: UserGuideWindow) -> None:
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0  # it opens at its top
    guide.follow_link(QUrl("#officers-inspect"))
    assert bar.value() > 0
    guide.follow_link(QUrl("#no-such-section"))
    assert "no section" in guide.link_status.text()
    guide.follow_link(QUrl("not-a-document.md"))
    assert "not installed with the program" in guide.link_status.text()


def test_find_selects_the_words_and_says_when_they_are_not_there(
        guide: UserGuideWindow) -> None:
    guide.focus_find()
    guide.find_box.setText("chain of custody")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText().lower() == "chain of custody"
    first = guide.browser.textCursor().position()
    assert guide.find_next()
    assert guide.browser.textCursor().position() != first
    guide.find_box.setText("zzqx nowhere")
    assert not guide.find_next()
    assert guide.find_status.text() == "Not found"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_f1_opens_one_guide_at_the_section_of_the_page_in_front(
        window: MainWindow) -> None:
    assert window.guide_action.shortcut() == QKeySequence("F1")
    window.show_page(window.inspections)
    window.guide_action.trigger()
    shown = window.findChild(UserGuideWindow)
    assert shown is not None and shown.isVisible()
    assert shown.browser.verticalScrollBar().value() > 0
    assert show_user_guide(window) is shown  # one guide window, brought forward
    window.close()
    assert not shown.isVisible()


def test_the_quick_reference_keys_are_the_window_actions(window: MainWindow) -> None:
    for task in KEY_TASKS:
        if task.window != "MainWindow":
            continue
        action = getattr(window, task.action)
        assert QKeySequence(task.keys) in action.shortcuts() or (
            task.keys == "Enter" and QKeySequence("Return") in action.shortcuts()), task
    # The keys of the other windows, where they are set.
    sources = {"SeizureCaseView": "seizure_case_view.py", "SessionControls":
               "session_controls.py"}
    for task in KEY_TASKS:
        if task.window in sources:
            code = (Path(__file__).parents[2] / "borderdesk" / "ui"
                    / sources[task.window]).read_text(encoding="utf-8")
            assert f"self.{task.action}" in code and f'"{task.keys}"' in code, task


def test_help_prints_the_quick_reference_in_the_language_chosen(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sheet.pdf"
    asked: dict[str, Any] = {}

    def choose(_parent: Any, _title: str, _label: str, items: list[str], current: int,
               _editable: bool) -> tuple[str, bool]:
        asked["items"], asked["current"] = items, current
        return language_name("sr-Cyrl"), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kw: (str(target), "")))
    assert window.quick_reference_action in window.menuBar().actions()[-1].menu().actions()
    window.quick_reference_action.trigger()
    assert asked["items"][asked["current"]] == language_name("en")  # the station's
    assert target.read_bytes().startswith(b"%PDF")
    box = window.findChild(QMessageBox, "quickReferenceSaved")
    assert box is not None and "sr-Cyrl" in box.text() and str(target) in box.text()
    box.close()


def test_the_frozen_program_finds_the_guide_in_its_bundle(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert docs_dir() == tmp_path / "docs"
    assert user_guide_path() == tmp_path / "docs" / "user-guide.md"


def test_headings_get_the_anchors_github_gives_them() -> None:
    assert heading_anchor("Reports and statistics (supervisors)") == \
        "reports-and-statistics-supervisors"
    assert heading_anchor("Officers: hand a package over (chain of custody)") == \
        "officers-hand-a-package-over-chain-of-custody"
    assert heading_anchor("Set-up: Škoda & Петровић") == "set-up-škoda--петровић"
