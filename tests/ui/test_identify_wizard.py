"""The identification wizard walked through its widgets: the cases of issue 5, pictures,
back at every step, problems beside the questions, save and resume, the keyboard.

Each case of ``tests/identify/cases`` is answered page by page by clicking and
typing (never by calling the engine); the wizard's result must equal the headless
walk of the same answers, and the stored result must be it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.identify.checklist import default_checklist
from borderdesk.identify.checklist_answers import check_answers
from borderdesk.identify.engine import walk_answers
from borderdesk.services.identification import (
    get_identification,
    list_identifications,
    result_of,
)
from borderdesk.services.inspections import start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.ui import identify_picture
from borderdesk.ui.identify_markings import MarkingQuestion
from borderdesk.ui.identify_questions import ChoiceQuestion
from borderdesk.ui.identify_wizard import IdentifyWizard, open_new, open_saved
from tests.conftest import declaration
from tests.identify.conftest import case_names, load_case
from tests.ui.identify_helpers import answer_page, click, fill, type_text

Opener = Callable[..., IdentifyWizard]


@pytest.fixture
def inspection(session: StationSession, tmp_path: Path) -> str:
    """The id of a physical inspection of declaration RED-1."""
    path = tmp_path / "red.json"
    path.write_text(json.dumps([declaration("RED-1")]), encoding="utf-8")
    assert import_files(session, [path]).ok
    return start_inspection(session, "RED-1", "physical").id


@pytest.fixture
def wizards(qtbot: QtBot, session: StationSession, inspection: str) -> Iterator[Opener]:
    """Open wizards on new identifications (or saved ones); each is closed at the end."""
    opened: list[IdentifyWizard] = []

    def make(label: str = "item 1", saved: str | None = None) -> IdentifyWizard:
        if saved is None:
            wizard = open_new(None, session, inspection, label)
        else:
            wizard = open_saved(None, session, get_identification(session, saved))
        qtbot.addWidget(wizard)
        wizard.resize(1366, 768)
        wizard.show()
        opened.append(wizard)
        return wizard

    yield make
    for wizard in opened:
        wizard.close()


def walk_case(qtbot: QtBot, wizard: IdentifyWizard, answers: dict[str, Any],
              seen_pictures: list[str] | None = None) -> None:
    """Answer every page from ``answers`` through the widgets, checking the pictures."""
    for _ in range(60):
        shown = wizard.walk.current
        if shown is None:
            return
        assert wizard.questions, f"step {shown.step.id} shows no question"
        if shown.step.picture:
            assert wizard.picture.drawing == shown.step.picture
        for widget in wizard.questions:
            if widget.question.id in answers:
                fill(qtbot, widget, answers[widget.question.id])
                picked = answers[widget.question.id]
                if isinstance(widget, ChoiceQuestion) and widget.exclusive:
                    choice = widget.question.choice(picked)
                    if choice is not None and choice.picture:
                        assert wizard.picture.drawing == choice.picture
        if seen_pictures is not None and wizard.picture.drawing:
            seen_pictures.append(wizard.picture.drawing)
        click(qtbot, wizard.next_button)
        assert wizard.walk.current is None or wizard.walk.current.step.id != shown.step.id, (
            f"stayed on {shown.step.id}: {[w.problem.text() for w in wizard.questions]}")
    raise AssertionError("the walk did not end")


@pytest.mark.parametrize("name", case_names())
def test_each_case_walks_through_the_widgets_to_the_headless_result(
    qtbot: QtBot, wizards: Opener, session: StationSession, name: str
) -> None:
    answers = load_case(name)["answers"]
    wizard = wizards(name)
    seen: list[str] = []
    walk_case(qtbot, wizard, answers, seen)
    expected = walk_answers(default_checklist(), answers).walk.result()
    assert wizard.walk.result() == expected
    assert seen, "the walk showed drawings"
    # The result page: the record in words, the legal reason, the trace check.
    assert wizard.result_view is not None
    texts = dict(wizard.result_view.lines)
    assert expected.legal is not None and expected.legal.reason in texts["Legal category"]
    if expected.typology:
        assert wizard.picture.drawing == expected.typology
    assert wizard.finish_button.isEnabled() and not wizard.next_button.isEnabled()
    identification = wizard.identification
    click(qtbot, wizard.finish_button)
    assert result_of(session, identification.id) == expected
    assert get_identification(session, identification.id).completed


def test_an_obliterated_serial_shows_what_a_trace_still_lacks(
    qtbot: QtBot, wizards: Opener
) -> None:
    wizard = wizards()
    walk_case(qtbot, wizard, load_case("pistol-obliterated-serial")["answers"])
    assert wizard.result_view is not None
    trace = wizard.result_view.trace_text
    assert trace.startswith("Not ready")
    for label in ("Country of manufacture", "Import marking", "Photos of the markings"):
        assert label in trace


def test_back_at_every_step_shows_the_earlier_answers_and_next_keeps_them(
    qtbot: QtBot, wizards: Opener
) -> None:
    answers = load_case("revolver")["answers"]
    wizard = wizards()
    steps = 0
    while (shown := wizard.walk.current) is not None:
        answer_page(qtbot, wizard, answers)
        given = wizard.walk.state.path[-1]
        state = wizard.walk.state
        click(qtbot, wizard.back_button)
        again = wizard.walk.current
        assert again is not None and again.step.id == shown.step.id
        assert wizard.questions, "back never shows an empty page"
        assert all(w.isVisibleTo(wizard) for w in wizard.questions)
        assert wizard.step_title.text().endswith(again.step.title)
        assert check_answers(again.questions, wizard.answers()) == given.answers
        click(qtbot, wizard.next_button)  # the same answers, prefilled
        assert wizard.walk.state == state
        steps += 1
    assert steps >= 10
    assert wizard.walk.result() == walk_answers(default_checklist(), answers).walk.result()


def test_choosing_an_earlier_step_in_the_path_goes_back_to_it(
    qtbot: QtBot, wizards: Opener
) -> None:
    answers = load_case("rifle-bolt")["answers"]
    wizard = wizards()
    for _ in range(4):
        answer_page(qtbot, wizard, answers)
    assert wizard.path_model.rowCount() == 5
    first = wizard.path_model.index(0)
    assert "Safety first" in first.data()
    assert answers["qualified_person"] in first.data()  # the answers under the step
    assert "Who will make it safe" in first.data(Qt.ItemDataRole.ToolTipRole)
    rect = wizard.path_view.visualRect(first)
    qtbot.mouseClick(wizard.path_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    shown = wizard.walk.current
    assert shown is not None and shown.step.id == "safety"
    assert wizard.answers()["qualified_person"] == answers["qualified_person"]
    assert wizard.path_model.rowCount() == 1


def test_problems_are_shown_beside_their_question_in_plain_words(
    qtbot: QtBot, wizards: Opener
) -> None:
    wizard = wizards()
    click(qtbot, wizard.next_button)  # nothing answered
    shown = wizard.walk.current
    assert shown is not None and shown.step.id == "safety"
    problems = {w.question.id: w.problem for w in wizard.questions}
    assert problems["safety_rules"].isVisibleTo(wizard)
    assert problems["qualified_person"].text() == (
        "Who will make it safe? (name and unit): an answer is needed")
    fill(qtbot, wizard.questions[1], "Sgt. Jović")
    assert not problems["qualified_person"].isVisibleTo(wizard)  # gone once answered
    answers = load_case("revolver")["answers"]
    answer_page(qtbot, wizard, answers)
    answer_page(qtbot, wizard, answers)  # condition: a cylinder
    chambers = next(w for w in wizard.questions if w.question.id == "cylinder_chambers")
    fill(qtbot, chambers, "20")
    click(qtbot, wizard.next_button)
    assert chambers.problem.text() == (
        "How many chambers has the cylinder?: must be at most 12 chambers")


def test_marking_capture_keeps_the_text_as_read_and_warns_about_serials(
    qtbot: QtBot, wizards: Opener
) -> None:
    answers = load_case("pistol-obliterated-serial")["answers"]
    wizard = wizards()
    while (shown := wizard.walk.current) is not None and shown.step.id != "markings-pistol":
        answer_page(qtbot, wizard, answers)
    assert wizard.picture.drawing == "markings-pistol"
    editor = wizard.questions[0]
    assert isinstance(editor, MarkingQuestion)
    fill(qtbot, editor, [
        {"kind": "serial", "place": "slide", "text": "PAT. 4 3 2 1"},
        {"kind": "manufacturer", "place": "frame", "text": "Застава Оружје",
         "photo": "photo-1"},
    ])
    assert editor.warnings.isVisibleTo(wizard)
    warning = editor.warnings.text()
    assert "looks like a patent number" in warning
    assert "only on the slide or barrel" in warning
    # Correct the first marking from the list, as read, then move on.
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    assert editor.text.text() == "PAT. 4 3 2 1"
    editor.place.setCurrentIndex(editor.place.findData("frame"))
    editor.text.clear()
    type_text(qtbot, editor.text, "  ab-001 ")
    click(qtbot, editor.replace_button)
    assert not editor.warnings.isVisibleTo(wizard)
    click(qtbot, wizard.next_button)
    record = wizard.walk.summary()
    assert [m.text for m in record.markings] == ["  ab-001 ", "Застава Оружје"]
    assert record.make == "Застава Оружје"


def test_save_and_close_then_resume_gives_the_same_step_and_answers(
    qtbot: QtBot, wizards: Opener, session: StationSession, inspection: str
) -> None:
    answers = load_case("alarm-converted")["answers"]
    wizard = wizards("alarm pistol")
    for _ in range(6):
        answer_page(qtbot, wizard, answers)
    click(qtbot, wizard.back_button)  # the last answers become suggestions
    state, step = wizard.walk.state, wizard.walk.current
    before = wizard.answers()
    identification = wizard.identification.id
    click(qtbot, wizard.save_button)
    assert not wizard.isVisible()
    [listed] = list_identifications(session, inspection)
    assert listed.current_step == step.step.id if step else None
    again = wizards(saved=identification)
    assert again.walk.state == state
    assert again.walk.current == step
    assert again.answers() == before  # the page as it was left
    walk_case(qtbot, again, answers)
    assert again.walk.result() == walk_answers(default_checklist(), answers).walk.result()


def test_closing_the_window_saves_what_was_answered(
    qtbot: QtBot, wizards: Opener, session: StationSession
) -> None:
    wizard = wizards()
    answers = load_case("ammunition-box")["answers"]
    answer_page(qtbot, wizard, answers)
    saves = get_identification(session, wizard.identification.id).saves
    wizard.close()
    stored = get_identification(session, wizard.identification.id)
    assert stored.saves == saves + 1 and stored.current_step == "condition"


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
           Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "something has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    type_text(qtbot, focus, text)


def test_a_box_of_ammunition_identified_with_the_keyboard_only(
    qtbot: QtBot, wizards: Opener, session: StationSession
) -> None:
    wizard = wizards()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Qt.Key
    # Safety: tick both with 1 and 2, Tab to the name, Enter for Next.
    _press(qtbot, keys.Key_1)
    _press(qtbot, keys.Key_2)
    _press(qtbot, keys.Key_Tab)
    _type(qtbot, "Sgt. Petar Jović")
    _press(qtbot, keys.Key_Return)
    # Condition: 2 (unloaded) moves on to the next question, 4 (not a weapon).
    _press(qtbot, keys.Key_2)
    _press(qtbot, keys.Key_4)
    _press(qtbot, keys.Key_Left, Qt.KeyboardModifier.AltModifier)  # back, then forward
    assert wizard.walk.current is not None and wizard.walk.current.step.id == "safety"
    _press(qtbot, keys.Key_Right, Qt.KeyboardModifier.AltModifier)
    _press(qtbot, keys.Key_2)
    _press(qtbot, keys.Key_4)
    _press(qtbot, keys.Key_Return)
    _press(qtbot, keys.Key_5)  # class: ammunition
    _press(qtbot, keys.Key_Return)
    shown = wizard.walk.current
    assert shown is not None and shown.step.id == "ammunition"
    _type(qtbot, "7.62x39")
    _press(qtbot, keys.Key_Tab)
    _type(qtbot, "188 84")
    _press(qtbot, keys.Key_Tab)
    _type(qtbot, "20")
    _press(qtbot, keys.Key_Tab)
    _press(qtbot, keys.Key_1)  # ball; moves on to the lot
    _type(qtbot, "L-84-0271")
    _press(qtbot, keys.Key_Tab)
    _type(qtbot, "Cardboard box, green print, 20 rounds")
    _press(qtbot, keys.Key_Tab)
    _type(qtbot, "photo-amm-001")
    _press(qtbot, keys.Key_Return)  # adds the reference
    _type(qtbot, "photo-amm-002")
    _press(qtbot, keys.Key_Return)
    _press(qtbot, keys.Key_Return)  # nothing left to add: Next
    _press(qtbot, keys.Key_1)  # legal: agree
    _press(qtbot, keys.Key_Return)
    _press(qtbot, keys.Key_Return)  # notes: none
    assert wizard.walk.finished
    assert QApplication.focusWidget() is wizard.finish_button
    _press(qtbot, keys.Key_Return)  # Finish
    answers = load_case("ammunition-box")["answers"]
    expected = walk_answers(default_checklist(), answers).walk.result()
    assert result_of(session, wizard.identification.id) == expected


def test_every_control_of_a_page_is_reached_with_tab(qtbot: QtBot, wizards: Opener) -> None:
    wizard = wizards()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached = []
    for _ in range(30):
        reached.append(QApplication.focusWidget())
        _press(qtbot, Qt.Key.Key_Tab)
    names = [w.objectName() for w in reached if w is not None]
    order = [names.index(n) for n in ("button_treat_as_loaded", "button_no_handling",
                                      "text_qualified_person")]
    assert order == sorted(order), "questions in reading order"
    assert names.index("nextButton") > order[-1], "then the buttons"
    assert names.index("saveButton") > names.index("nextButton")
    assert wizard.path_view in reached
    assert "stepArea" not in names


def test_pictures_are_drawn_sharp_at_the_size_shown_and_cached() -> None:
    identify_picture.clear_cache()
    one = identify_picture.drawing_pixmap("revolver", QSize(480, 320), 1.0)
    two = identify_picture.drawing_pixmap("revolver", QSize(480, 320), 2.0)
    assert one is not None and two is not None
    assert (two.width(), two.height()) == (960, 640)  # device pixels at 200 %
    assert two.deviceIndependentSize().toSize() == QSize(480, 320)
    again = identify_picture.drawing_pixmap("revolver", QSize(480, 320), 2.0)
    assert again is two
    assert identify_picture.cache_stats()["drawn"] == 2
    assert identify_picture.cache_stats()["reused"] == 1
    image = two.toImage()
    inked = sum(1 for x in range(0, 960, 8) for y in range(0, 640, 8)
                if image.pixelColor(x, y).lightness() < 128)
    assert inked > 50, "the drawing is drawn, not an empty sheet"
    assert identify_picture.drawing_pixmap("no-such-drawing", QSize(10, 10), 1.0) is None


def test_pointing_at_a_choice_shows_its_drawing_large(qtbot: QtBot, wizards: Opener) -> None:
    answers = load_case("rifle-bolt")["answers"]
    wizard = wizards()
    while (shown := wizard.walk.current) is not None and shown.step.id != "rifle-action":
        answer_page(qtbot, wizard, answers)
    question = wizard.questions[0]
    assert isinstance(question, ChoiceQuestion)
    pump = next(row for row in question.rows if row.choice.id == "pump")
    assert pump.thumbnail is not None and pump.thumbnail.drawing == "rifle-pump"
    lever = next(row for row in question.rows if row.choice.id == "lever")
    assert wizard.picture.drawing is None or wizard.picture.drawing == "rifle-bolt"
    # The mouse over a choice shows it large; leaving it shows the resting picture again.
    QApplication.sendEvent(pump, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert wizard.picture.drawing == "rifle-pump"
    QApplication.sendEvent(pump, QEvent(QEvent.Type.Leave))
    assert wizard.picture.drawing != "rifle-pump"
    # Moving to a choice with the keyboard does the same.
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    lever.button.setFocus(Qt.FocusReason.TabFocusReason)
    assert wizard.picture.drawing == "rifle-lever"
    click(qtbot, next(row for row in question.rows if row.choice.id == "bolt"))
    assert wizard.picture.drawing == "rifle-bolt"


def test_the_legal_step_shows_the_suggestion_and_its_reason(
    qtbot: QtBot, wizards: Opener
) -> None:
    answers = load_case("shotgun-pump")["answers"]
    wizard = wizards()
    while (shown := wizard.walk.current) is not None and shown.step.id != "legal":
        answer_page(qtbot, wizard, answers)
    box = wizard.findChild(type(wizard.step_area), "stepArea")
    assert box is not None
    labels = " ".join(w.accessibleName() for w in wizard.findChildren(
        type(wizard.step_area.widget()), "legalSuggestion"))
    legal = wizard.walk.summary().legal
    assert legal is not None and legal.category == "B"
    assert legal.reason in labels and "B-7" in labels


def test_the_models_pass_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, wizards: Opener
) -> None:
    answers = load_case("revolver")["answers"]
    wizard = wizards()
    while (shown := wizard.walk.current) is not None and shown.step.id != "markings-revolver":
        answer_page(qtbot, wizard, answers)
    qtmodeltester.check(wizard.path_model)
    editor = wizard.questions[0]
    assert isinstance(editor, MarkingQuestion)
    fill(qtbot, editor, answers["markings_revolver"])
    qtmodeltester.check(editor.model)


@pytest.mark.parametrize("view", ["identify", "identify-safety", "identify-markings",
                                  "identify-result"])
def test_the_screenshot_views_show_a_sample_that_is_never_stored(
    qtbot: QtBot, session: StationSession, inspection: str, view: str
) -> None:
    from borderdesk.ui.identify_sample import VIEWS, sample_wizard

    wizard = sample_wizard(session, view)
    qtbot.addWidget(wizard)
    wizard.show()
    shown = wizard.walk.current
    assert (shown.step.id if shown else None) == VIEWS[view]
    if view == "identify":
        assert wizard.picture.drawing == "pistol-self-loading"  # the choice being made
    if view == "identify-markings":
        editor = wizard.questions[0]
        assert isinstance(editor, MarkingQuestion)
        assert editor.text.text() == "УВОЗ РС 2024"
        assert "looks like the model" in editor.warnings.text()
    wizard.close()
    assert list_identifications(session, inspection) == []
