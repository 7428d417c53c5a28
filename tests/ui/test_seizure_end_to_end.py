"""A whole seizure case through the window (issue 6's pytest-qt "done when").

From an inspection's finding (outcome "seizure" in the real outcome dialog) the case
is opened from the Seizures page with Enter; two items identified during the
inspection are added; the evidence steps are recorded in order through the step
dialogs; photos (generated JPEGs with EXIF) are imported on the window's worker;
each item is packed and sealed, and custody changes hands three times (twice for the
first package); a supervisor signs off; an edit without a reason is refused and one
with a reason is kept as an amendment. The database is then checked through the
services, and the audit chain and the custody chains must be clean.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.services.audit import verify_station
from borderdesk.services.custody import check_custody, custody_events, list_packages
from borderdesk.services.evidence_steps import sign_off_blockers, timeline
from borderdesk.services.inspections import start_inspection
from borderdesk.services.photos import list_photos
from borderdesk.services.seizures import field_history, get_case, list_cases
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import OutcomeDialog
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.seizure_case_view import SeizureCaseView
from borderdesk.ui.seizure_custody_panel import TransferDialog
from borderdesk.ui.seizure_fields import ReasonDialog
from tests.ui.conftest import RED_ID
from tests.ui.test_seizure_case_view import SEEN_ERRORS, answer, fill_form, identify

ARMOURER = "Игор Илић"  # the qualified person, as written on his badge (Cyrillic)


def _outcome_seizure(dialog: OutcomeDialog) -> None:
    dialog.outcome_buttons["seizure"].click()
    dialog.findings.setPlainText("revolver behind the dashboard, pistol under the seat")
    dialog.ok_button.click()


def _press(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        box.button(button).click()
    return press


def _record(view: SeizureCaseView, step: str, item: str | None,
            values: dict[str, Any]) -> None:
    """Record a step through the Steps tab's checklist and the step dialog."""
    view.steps.select_step(step, item)
    answer(fill_form(values))
    before = len(SEEN_ERRORS)
    view.steps.record_button.click()
    assert len(SEEN_ERRORS) == before, SEEN_ERRORS[-1]


def _hand_over(view: SeizureCaseView, label: str, to: str, purpose: str,
               place: str) -> None:
    view.custody.select_package(label)

    def confirm(dialog: TransferDialog) -> None:
        dialog.set_value("received_by", to)
        dialog.set_value("purpose", purpose)
        dialog.set_value("place", place)
        dialog.released_confirms.setChecked(True)
        dialog.received_confirms.setChecked(True)
        dialog.ok_button.click()

    answer(confirm, TransferDialog)
    assert view.custody.hand_over() is not None


def test_a_whole_case_through_the_window(
        qtbot: Any, red_station: StationSession, make_window: Callable[..., MainWindow],
        tmp_path: Path) -> None:
    session = red_station
    window = make_window(session)
    window.show()
    qtbot.waitExposed(window)

    # 1. The inspection finds two firearms; both are identified during it.
    inspection = start_inspection(session, RED_ID, "physical")
    idents = [identify(session, inspection.id, "revolver", "revolver, dashboard"),
              identify(session, inspection.id, "pistol-obliterated-serial", "pistol, seat")]
    window.show_page(window.inspections)
    window.inspections.refresh()
    answer(_outcome_seizure, OutcomeDialog)
    answer(_press(QMessageBox.StandardButton.Ok), QMessageBox)  # "Seizure case opened"
    assert window.inspections.record_outcome() is not None
    [summary] = list_cases(session)

    # 2. The Seizures page lists the case; Enter opens it.
    window.page_actions[2].trigger()
    assert window.seizures.model.index(0, 0).data() == summary.case_number
    window.seizures.table.setFocus()
    qtbot.keyClick(window.seizures.table, Qt.Key.Key_Return)
    view = window.seizures.case_views[summary.id]
    qtbot.waitUntil(view.isVisible)

    # 3. The event fields, with a national number in Cyrillic.
    event = view.event_panel
    for field, code in (("event_type", "seized"), ("direction", "in"),
                        ("detection_method", "risk_rules"),
                        ("legal_justification", "illicit_trafficking")):
        combo = event.editors[field]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(code))
    number = event.editors["national_number"]
    assert isinstance(number, QLineEdit)
    number.setText("КУ-123/2026")
    assert event.save(), event.message.text()

    # 4. Both identified items.
    for ident in idents:
        answer(fill_form({"identification": ident}))
        assert view.items.add_identified() is not None
    assert [i.number for i in view.case.items] == [1, 2]

    # 5. The evidence steps, in order, through the dialogs.
    zone = session.time_zone()
    earlier = (session.clock.now() - timedelta(minutes=30)).astimezone(zone)
    at = f"{earlier:%Y-%m-%d %H:%M}"
    _record(view, "secure_scene", None, {"f_discovered_at": at, "f_place": "lane 2, van",
                                         "f_officers_present": "tester; Ana Kovač"})
    _record(view, "qualified_person", None, {"f_name": ARMOURER,
                                             "f_qualification": "police armourer",
                                             "f_requested_at": at})
    _record(view, "photograph_in_place", None, {"f_views": ["wide", "close_up"]})
    for item, ident in (("1", idents[0]), ("2", idents[1])):
        _record(view, "condition_recorded", item, {"f_loaded": "yes" if item == "1" else "no"})
        _record(view, "made_safe", item, {"f_qualified_person": ARMOURER, "by": ARMOURER})
        _record(view, "identification", item, {"f_identification": ident})
        _record(view, "forensic_requests", item, {"f_requests": ["fingerprints", "dna"]})

    # 6. Photos taken in place, imported on the window's worker.
    photos = []
    for seed in (1, 2):
        path = tmp_path / f"IMG_{seed:04d}.JPG"
        path.write_bytes(sample_jpeg(seed=seed))
        photos.append(path)
    [in_place] = [r for r in timeline(session, summary.id) if r.step == "photograph_in_place"]
    answer(fill_form({"caption": "in place, wide and close-up", "step": in_place.id}))
    assert view.photos.import_files(photos)
    qtbot.waitUntil(lambda: view.photos.last_report is not None, timeout=20_000)
    assert view.photos.grid_model.rowCount() == 2

    # 7. Pack and seal each item; custody changes hands three times.
    custody = view.custody
    for item in ("1", "2"):
        answer(fill_form({"items": [item], "kind": "firearm",
                          "contents": f"item {item}, in a rigid box"}))
        assert custody.make_package() is not None
        label = custody.packages_model.rows()[-1].label
        custody.select_package(label)
        answer(fill_form({"seals": f"RS-{item}001"}))
        assert custody.seal() is not None
    first, second = (p.label for p in custody.packages_model.rows())
    _hand_over(view, first, "Marko Jović", "storage", "station safe")
    _hand_over(view, first, "Dr. Jelena Savić", "laboratory", "forensic laboratory Belgrade")
    _hand_over(view, second, "Marko Jović", "storage", "station safe")
    _record(view, "notification", None, {"f_notified": "prosecutor",
                                         "f_name": "Nikola Petrović"})
    assert not view.warning.isVisibleTo(view)  # every step in order: no deviation

    # 8. The supervisor signs off.
    view.tabs.setCurrentWidget(view.signoff)
    assert view.signoff.button.isEnabled(), [
        view.signoff.missing.item(i).text() for i in range(view.signoff.missing.count())]
    answer(_press(QMessageBox.StandardButton.Yes), QMessageBox)
    view.signoff.button.click()
    assert "signed off by tester" in view.title.text()

    # 9. An edit without a reason is refused; with a reason it is an amendment.
    context = event.editors["criminal_context"]
    assert isinstance(context, QComboBox)
    context.setCurrentIndex(context.findData("organised_crime"))
    answer(lambda dialog: dialog.reject(), ReasonDialog)
    assert not event.save()
    assert "needs a reason" in event.message.text()
    assert field_history(session, summary.id, "criminal_context") == []

    def give_reason(dialog: ReasonDialog) -> None:
        dialog.reason.setText("prosecutor's office linked the driver to a group")
        dialog.ok_button.click()

    context.setCurrentIndex(context.findData("organised_crime"))
    answer(give_reason, ReasonDialog)
    assert event.save()

    # 10. What the database keeps.
    case = get_case(session, summary.id)
    assert case.signed_off and case.signed_off_by == "tester"
    assert case.fields["national_number"] == "КУ-123/2026"
    [amended] = field_history(session, summary.id, "criminal_context")
    assert amended.amendment and amended.reason == \
        "prosecutor's office linked the driver to a group"
    assert case.fields["criminal_context"] == "organised_crime"
    assert len(case.items) == 2
    records = timeline(session, summary.id)
    assert all(r.current and not r.deviations for r in records)
    assert {r.step for r in records} >= {"secure_scene", "made_safe", "packaging",
                                         "seal_label", "custody_started", "notification"}
    assert sign_off_blockers(session, summary.id) == []
    stored = list_photos(session, summary.id)
    assert len(stored) == 2 and all(p.step == in_place.id and len(p.sha256) == 64
                                    for p in stored)
    packages = list_packages(session, summary.id)
    assert [p.holder for p in packages] == ["Dr. Jelena Savić", "Marko Jović"]
    assert len(custody_events(session, summary.id)) == 3
    assert check_custody(session, summary.id) == []
    assert verify_station(session) == []
    view.close()
