"""Once a case is signed off, every change to what it records is an amendment and needs
``amend``: an officer, who may record an open case, is refused each one, with a reason
given or not; the chain of custody, tracing and follow-up go on under ``record_seizure``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.custody import create_package, list_packages, seal_package
from borderdesk.services.evidence_corrections import correct_package, withdraw_seal
from borderdesk.services.evidence_steps import correct_step, record_step, timeline
from borderdesk.services.photos import correct_photo, import_photos, list_photos
from borderdesk.services.security_log import list_events
from borderdesk.services.seizure_tracing import (
    add_person,
    list_persons,
    record_registry_check,
    withdraw_entry,
)
from borderdesk.services.seizures import (
    add_ammunition_group,
    correct_item,
    set_fields,
    sign_off,
    withdraw_item,
)
from borderdesk.services.station import StationSession
from tests.services.protected_station import Station
from tests.services.roles import sign_in_as, sign_out

WHY = "the laboratory's findings"


def _photo_file(session: StationSession, s: Station) -> object:
    path = s.folder / "late.jpg"
    path.write_bytes(sample_jpeg())
    return import_photos(session, s.case_id, [path], reason=WHY)


#: (the service function refused, a change to the signed-off case through it)
CHANGES: list[tuple[str, Callable[[StationSession, Station], object]]] = [
    ("seizures.set_fields", lambda session, s: set_fields(
        session, s.case_id, {"criminal_context": "organised_crime"}, reason=WHY)),
    ("seizures.add_item", lambda session, s: add_ammunition_group(
        session, s.case_id, "9x19mm", 5, reason=WHY)),
    ("seizures.correct_item", lambda session, s: correct_item(
        session, s.case_id, 3, WHY, quantity=4)),
    ("seizures.withdraw_item", lambda session, s: withdraw_item(session, s.case_id, 4, WHY)),
    ("seizure_tracing.add_person", lambda session, s: add_person(
        session, s.case_id, "passenger", "Petar Petrović", reason=WHY)),
    ("seizure_tracing.withdraw_entry", lambda session, s: withdraw_entry(
        session, s.case_id, list_persons(session, s.case_id)[0].id, WHY)),
    ("evidence_steps.record_step", lambda session, s: record_step(
        session, s.case_id, "photograph_in_place", {"views": ["close_up"]}, reason=WHY)),
    ("evidence_steps.correct_step", lambda session, s: correct_step(
        session, timeline(session, s.case_id)[0].id, {"place": "lane 3"}, reason=WHY)),
    ("custody.create_package", lambda session, s: create_package(
        session, s.case_id, ["1"], "firearm", reason=WHY)),
    ("custody.seal_package", lambda session, s: seal_package(
        session, list_packages(session, s.case_id)[0].label, ["CU-9999999"], reason=WHY)),
    ("evidence_corrections.correct_package", lambda session, s: correct_package(
        session, list_packages(session, s.case_id)[0].label, reason=WHY, contents="revolver")),
    ("evidence_corrections.withdraw_seal", lambda session, s: withdraw_seal(
        session, list_packages(session, s.case_id)[0].label, "CU-0458812", reason=WHY)),
    ("photos.import_photos", _photo_file),
    ("photos.correct_photo", lambda session, s: correct_photo(
        session, list_photos(session, s.case_id)[0].id, WHY, caption="the revolver")),
]


@pytest.mark.parametrize(("action", "change"), CHANGES, ids=[a for a, _ in CHANGES])
def test_an_officer_changes_nothing_of_a_signed_off_case(
        station_copy: tuple[StationSession, Station], action: str,
        change: Callable[[StationSession, Station], object]) -> None:
    session, s = station_copy
    sign_off(session, s.case_id)
    sign_in_as(session, "officer")
    with pytest.raises(PermissionDenied, match="may not amend signed-off seizure cases") as no:
        change(session, s)
    assert no.value.permission is Permission.AMEND
    [event] = list_events(sign_out(session), kind="permission_denied")
    assert event.details["action"] == action


def test_the_supervisor_amends_and_the_officer_goes_on_with_tracing(
        station_copy: tuple[StationSession, Station]) -> None:
    session, s = station_copy
    sign_off(session, s.case_id)
    sign_in_as(session, "supervisor")
    for _action, change in CHANGES[:2]:
        change(session, s)
    sign_in_as(session, "officer")
    record_registry_check(session, s.case_id, 2, "not_registered", "2026-12-01")
    assert list_events(sign_out(session), kind="permission_denied") == []
