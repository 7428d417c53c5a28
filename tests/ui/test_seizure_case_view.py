"""The seizure case window, tab by tab: what an officer sees and what the database keeps.

Each test opens a case made through the services (a screened red-lane declaration,
a physical inspection, two completed identifications, outcome "seizure") and drives
the real panels and dialogs. Modal dialogs are answered by :func:`answer`, which
also closes a dialog left open by an error so that a failing test never hangs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QWidget

from borderdesk.core.i18n import install_translator
from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.evidence.steps import STEPS_CONTEXT, default_steps
from borderdesk.identify.engine import walk_answers
from borderdesk.services.custody import create_package, list_packages, seal_package
from borderdesk.services.evidence_steps import record_step, timeline
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.photos import list_photos
from borderdesk.services.seizures import add_identified_item, field_history, get_case, list_cases
from borderdesk.services.station import StationSession
from borderdesk.ui.seizure_case_view import SeizureCaseView
from borderdesk.ui.seizure_common import FormDialog
from borderdesk.ui.seizure_custody_panel import TransferDialog
from borderdesk.ui.seizure_step_dialog import record_dialog
from borderdesk.ui.workers import SyncTaskRunner
from tests.identify.conftest import load_case
from tests.ui.conftest import RED_ID

#: What the dialogs said when OK left them open (an error), newest last.
SEEN_ERRORS: list[str] = []


def answer(fill: Callable[[Any], None], kind: type[QWidget] = FormDialog) -> None:
    """When a modal ``kind`` opens, let ``fill`` answer it; one left open is cancelled
    and its error kept in :data:`SEEN_ERRORS`."""

    def go(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            assert tries < 500, f"no {kind.__name__} opened"
            QTimer.singleShot(10, lambda: go(tries + 1))
            return
        fill(dialog)
        if dialog.isVisible() and isinstance(dialog, QDialog):
            errors = [w.text() for w in dialog.findChildren(QWidget)
                      if type(w).__name__ == "ErrorLabel" and w.isVisibleTo(dialog)]
            SEEN_ERRORS.append("\n".join(errors))
            dialog.reject()

    QTimer.singleShot(0, go)


def fill_form(values: dict[str, Any], ok: bool = True) -> Callable[[FormDialog], None]:
    """Set ``values`` in a :class:`FormDialog` and press OK."""

    def fill(dialog: FormDialog) -> None:
        for key, value in values.items():
            if key == "reason":
                assert dialog.reason is not None
                dialog.reason.setText(value)
            elif key == "deviation_reason":
                dialog.deviation_reason.setText(value)
            else:
                dialog.set_value(key, value)
        if ok:
            dialog.ok_button.click()

    return fill


def identify(session: StationSession, inspection: str, name: str, label: str) -> str:
    """A completed identification from one of the identification test cases."""
    walk = walk_answers(checklist_for(), load_case(name)["answers"]).walk
    return record_walk(session, inspection, label, walk).id


@pytest.fixture
def opened_case(red_station: StationSession) -> tuple[str, dict[str, str]]:
    """A case opened by a physical inspection of the red declaration, and two
    completed identifications of that inspection (not yet items)."""
    inspection = start_inspection(red_station, RED_ID, "physical").id
    idents = {"revolver": identify(red_station, inspection, "revolver", "revolver in cab"),
              "pistol": identify(red_station, inspection, "pistol-obliterated-serial",
                                 "pistol under the seat")}
    record_outcome(red_station, inspection, "seizure", "revolver and pistol in the cab")
    [case] = list_cases(red_station)
    return case.id, idents


@pytest.fixture
def view(qtbot: Any, red_station: StationSession,
         opened_case: tuple[str, dict[str, str]]) -> SeizureCaseView:
    shown = SeizureCaseView(red_station, opened_case[0], SyncTaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_header_names_the_case_its_origin_and_the_rules(view: SeizureCaseView) -> None:
    assert view.title.text().startswith("Seizure case RS-BAT-")
    assert view.title.text().endswith("open")
    assert RED_ID in view.origin.text() and "FA-01" in view.origin.text()
    assert [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())] == [
        "Event", "Items", "Steps", "Photos", "Custody", "Tracing", "Sign-off"]
    assert not view.warning.isVisibleTo(view)


def test_every_table_model_passes_the_model_tester(qtmodeltester: Any,
                                                   view: SeizureCaseView) -> None:
    models = [view.event_panel.history_model, view.items.model, view.items.history_model,
              view.steps.checklist_model, view.steps.timeline_model, view.photos.grid_model,
              view.photos.log_model, view.custody.packages_model, view.custody.events_model,
              view.tracing.tracing_model, view.tracing.persons_model, view.tracing.follow_model]
    for model in models:
        qtmodeltester.check(model)


def test_a_refused_field_is_shown_beside_it_and_nothing_is_stored(
        view: SeizureCaseView, red_station: StationSession) -> None:
    panel = view.event_panel
    gps = panel.editors["gps"]
    assert isinstance(gps, QLineEdit)
    gps.setText("95, 19")
    assert not panel.save()
    assert panel.errors["gps"].isVisibleTo(panel)
    assert "latitude must lie between -90 and 90" in panel.errors["gps"].text()
    assert field_history(red_station, view.case_id) == []
    gps.setText("45.0453, 19.4364")
    place = panel.editors["place"]
    assert isinstance(place, QLineEdit)
    place.setText("Трака 2, кабина камиона")  # Serbian Cyrillic stays as typed
    assert panel.save()
    fields = get_case(red_station, view.case_id).fields
    assert fields["gps"] == {"lat": 45.0453, "lon": 19.4364}
    assert fields["place"] == "Трака 2, кабина камиона"
    assert not panel.errors["gps"].isVisibleTo(panel)
    assert panel.history_model.rowCount() == 2


def test_a_code_that_needs_a_note_names_the_note_field(view: SeizureCaseView) -> None:
    panel = view.event_panel
    combo = panel.editors["concealment"]
    combo.setCurrentIndex(combo.findData("other"))  # type: ignore[union-attr]
    assert not panel.save()
    assert panel.errors["concealment_note"].isVisibleTo(panel)


def test_items_come_from_the_inspections_identifications_and_counted_groups(
        qtbot: Any, view: SeizureCaseView, red_station: StationSession,
        opened_case: tuple[str, dict[str, str]]) -> None:
    panel = view.items
    assert len(panel.available_identifications()) == 2
    answer(fill_form({"identification": opened_case[1]["revolver"]}))
    assert panel.add_identified() is not None
    assert panel.model.rowCount() == 1
    assert "AB 123456" in panel.model.index(0, 5).data()  # the serial read from the frame
    assert len(panel.available_identifications()) == 1  # one identification, one item
    answer(fill_form({"calibre": "9 x 19", "quantity": "lots"}))
    assert panel.add_ammunition() is None  # refused: the dialog said why and stayed open
    assert "quantity" in SEEN_ERRORS[-1].lower() or "number" in SEEN_ERRORS[-1].lower()
    answer(fill_form({"calibre": "9 x 19", "quantity": "50"}))
    assert panel.add_ammunition() is not None
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    answer(fill_form({"quantity": "48"}))
    assert panel.correct() is not None
    answer(fill_form({"why": "counted twice by mistake"}))
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    assert panel.withdraw() is not None
    assert [i.number for i in get_case(red_station, view.case_id).items] == [1]
    assert panel.history_model.rowCount() == 4  # two added, corrected, withdrawn: all kept


def test_a_broken_order_rule_is_explained_and_needs_a_deviation_reason(
        qtbot: Any, view: SeizureCaseView, red_station: StationSession,
        opened_case: tuple[str, dict[str, str]]) -> None:
    add_identified_item(red_station, view.case_id, opened_case[1]["revolver"])
    view.refresh()
    steps = view.steps
    steps.select_step("made_safe", "1")
    seen: list[str] = []

    def first_try(dialog: FormDialog) -> None:
        dialog.set_value("f_qualified_person", "Igor Ilić")
        dialog.ok_button.click()
        seen.append(dialog.deviation_text.text())
        assert dialog.deviation_box.isVisibleTo(dialog)
        dialog.ok_button.click()  # still no reason: refused again
        seen.append(dialog.error.text())
        dialog.deviation_reason.setText("the revolver was loaded and pointed at the lane")
        dialog.ok_button.click()

    answer(first_try)
    assert steps.record_selected() is not None
    assert "Record the condition before making safe" in seen[0]
    assert "lost once the item is made safe" in seen[0]  # the rule's "why", in words
    assert "reason for the deviation" in seen[1]
    [record] = [r for r in timeline(red_station, view.case_id) if r.step == "made_safe"]
    assert record.deviation_reason == "the revolver was loaded and pointed at the lane"
    assert view.warning.isVisibleTo(view) and steps.deviations.isVisibleTo(steps)
    row = next(r for r in range(steps.timeline_model.rowCount())
               if steps.timeline_model.row_value(r).step == "made_safe")
    assert "pointed at the lane" in steps.timeline_model.index(row, 6).data()


def test_the_step_dialog_gives_the_steps_help_in_the_readers_language(
        qtbot: Any, view: SeizureCaseView, red_station: StationSession) -> None:
    spec = default_steps().step("made_safe")
    assert spec is not None and spec.help

    def lookup(context: str, text: str) -> str:
        return "Samo ovlašćeno lice." if (context, text) == (STEPS_CONTEXT, spec.help) \
            else text

    install_translator(lookup, "sr_Latn")
    try:
        dialog = record_dialog(red_station, view.case_id, "made_safe", "1", False, view)
        qtbot.addWidget(dialog)
    finally:
        install_translator(None)
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Samo ovlašćeno lice." in shown and spec.help not in shown


def test_a_step_record_is_corrected_and_withdrawn_never_overwritten(
        view: SeizureCaseView, red_station: StationSession) -> None:
    record_step(red_station, view.case_id, "secure_scene", {
        "discovered_at": "2026-11-28T08:00", "place": "lane 2",
        "officers_present": ["tester"]}, at="2026-11-28T08:00")
    view.refresh()
    steps = view.steps
    steps.timeline.setCurrentIndex(steps.timeline_model.index(0, 0))
    answer(fill_form({"why": "wrong lane", "f_place": "lane 3"}))
    assert steps.correct_selected() is not None
    records = timeline(red_station, view.case_id)
    assert [(r.fields["place"], r.current) for r in records] == [("lane 2", False),
                                                                 ("lane 3", True)]
    current = next(r for r in range(steps.timeline_model.rowCount())
                   if steps.timeline_model.row_value(r).current)
    steps.timeline.setCurrentIndex(steps.timeline_model.index(current, 0))
    answer(fill_form({"why": "not this case's scene"}))
    assert steps.correct_selected(withdraw=True) is not None
    assert len(timeline(red_station, view.case_id)) == 3


def test_the_transfer_dialog_needs_both_people_to_confirm(
        qtbot: Any, view: SeizureCaseView, red_station: StationSession,
        opened_case: tuple[str, dict[str, str]]) -> None:
    add_identified_item(red_station, view.case_id, opened_case[1]["revolver"])
    package = create_package(red_station, view.case_id, ["1"], "firearm",
                             deviation_reason="packed at once: the lane had to be cleared")
    seal_package(red_station, package.label, ["RS 0001"])
    view.refresh()
    [shown] = list_packages(red_station, view.case_id)
    dialog = TransferDialog(red_station, shown, view)
    qtbot.addWidget(dialog)
    assert dialog.editors["released_by"].text() == "tester"  # type: ignore[attr-defined]
    dialog.set_value("received_by", "Марко Јовић")
    dialog.set_value("purpose", "storage")
    dialog.set_value("place", "station safe")
    assert not dialog.ok_button.isEnabled()
    assert "Марко Јовић received package" in dialog.received_confirms.text()
    dialog.released_confirms.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    dialog.received_confirms.setChecked(True)
    dialog.set_value("released_by", "Someone Else")  # not the holder: refused in words
    dialog.ok_button.click()
    assert "refused" in dialog.error.text() and dialog.result_value is None
    dialog.set_value("released_by", "tester")
    dialog.ok_button.click()
    assert dialog.result_value is not None
    assert list_packages(red_station, view.case_id)[0].holder == "Марко Јовић"


def test_photos_import_shows_facts_and_refuses_a_bad_file(
        qtbot: Any, view: SeizureCaseView, red_station: StationSession,
        tmp_path: Path) -> None:
    good = tmp_path / "IMG_0001.JPG"
    good.write_bytes(sample_jpeg(seed=1))
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo", encoding="utf-8")
    panel = view.photos
    answer(fill_form({"caption": "пиштољ испод седишта"}))
    assert panel.import_files([good, bad])
    report = panel.last_report
    assert report is not None and report.count("imported") == 1
    assert "notes.jpg" in panel.outcome.text() and "text" in panel.outcome.text()
    [photo] = list_photos(red_station, view.case_id)
    assert panel.grid_model.rowCount() == 1
    details = panel.details.text()
    assert photo.sha256 in details and "Canon EOS 250D" in details
    assert "пиштољ испод седишта" in details and "GPS: 44.8" in details
    assert panel.log_model.rowCount() == 1


def test_sign_off_lists_what_is_missing_in_words(view: SeizureCaseView) -> None:
    panel = view.signoff
    texts = [panel.missing.item(i).text() for i in range(panel.missing.count())]
    assert "Type of event (event_type) is not recorded" in texts
    assert any("No item is recorded" in t for t in texts)
    assert not panel.button.isEnabled()


def test_a_message_box_answer_helper_presses_yes(qtbot: Any, view: SeizureCaseView) -> None:
    from borderdesk.ui.seizure_signoff import confirm_sign_off

    def yes(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    answer(yes, QMessageBox)
    assert confirm_sign_off(view, "RS-BAT-2026-00001")
