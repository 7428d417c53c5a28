"""The security event log: append-only and audited, written by every print and export,
carrying ids, counts and file names but never a secret."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.audit import verify_station
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.identification import list_identifications, write_referral_packet
from borderdesk.services.photos import export_original, list_photos
from borderdesk.services.reports import print_seizure_report
from borderdesk.services.security_log import list_events, record_event
from borderdesk.services.seizures import sign_off
from borderdesk.services.station import StationSession
from borderdesk.services.statistics import export_iafq, write_summary
from tests.services.protected_station import Station
from tests.services.roles import sign_in_as, sign_out

Copy = tuple[StationSession, Station]


def test_an_event_without_a_session_is_stored_audited_and_listed(session: StationSession
                                                                  ) -> None:
    ident = record_event(session.database, "sign_in_failed", subject="ana",
                         details={"attempt": 3}, actor="ana")
    [event] = list_events(session)
    assert (event.id, event.kind, event.subject, event.actor) == (ident, "sign_in_failed",
                                                                  "ana", "ana")
    assert event.details == {"attempt": 3}
    entity = session.database.conn.execute(
        "SELECT entity, entity_id, operation FROM audit_log").fetchall()
    assert [tuple(row) for row in entity] == [("security_events", ident, "sign_in_failed")]
    assert verify_station(session) == []


def test_events_are_never_changed_or_removed(session: StationSession) -> None:
    record_event(session, "backup", details={"file": "station-2026-12-01.bdbk"})
    conn = session.database.conn
    for statement in ("UPDATE security_events SET subject = 'x'", "DELETE FROM security_events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    assert len(list_events(session)) == 1


@pytest.mark.parametrize("details", [
    {"password": "hunter2"}, {"new_passphrase": "x"}, {"recovery_key": "abcd"},
    {"key": "00ff"}, {"session_token": "t"}, {"photo": b"\xff\xd8"},
    {"file": "x" * 301}, {"nested": {"a": 1}},
])
def test_a_detail_that_may_carry_a_secret_is_refused_and_nothing_kept(
        session: StationSession, details: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="security event detail"):
        record_event(session, "password_changed", subject="ana", details=details)
    assert list_events(session) == []


def test_a_key_fingerprint_and_lists_of_ids_are_plain_details(session: StationSession) -> None:
    record_event(session, "key_rotated", details={"key_id": "0123456789abcdef",
                                                  "files": ["a.jpg", "b.jpg"]})
    assert list_events(session, kind="key_rotated")[0].details["files"] == ["a.jpg", "b.jpg"]


def test_unknown_kinds_are_refused(session: StationSession) -> None:
    with pytest.raises(ValueError, match="not a security event kind"):
        record_event(session, "coffee_break")
    with pytest.raises(UserInputError, match="'coffee_break' is not a kind of security event"):
        list_events(session, kind="coffee_break")


def test_the_seizure_report_print_is_an_event_beside_the_print_record(
        station_copy: Copy) -> None:
    session, s = station_copy
    sign_in_as(session, "supervisor", name="jelena")
    printed = print_seizure_report(session, s.case_id, s.folder / "report.pdf",
                                   language="sr-Latn")
    [event] = list_events(sign_out(session), kind="print")
    assert (event.subject, event.actor) == (s.case_number, "jelena")
    assert event.details == {"document": "seizure_report", "case": s.case_id,
                             "file": "report.pdf", "language": printed.language,
                             "exercise": False, "pdf_sha256": printed.pdf_sha256}
    assert verify_station(session) == []


def test_statistics_exports_name_their_files(station_copy: Copy) -> None:
    session, s = station_copy
    sign_in_as(session, "supervisor")
    written = export_iafq(session, 2026, s.folder / "iafq")
    write_summary(session, date(2026, 11, 1), date(2026, 11, 30), s.folder / "summary.pdf")
    iafq, summary = list_events(sign_out(session), kind="export")
    assert iafq.details == {"document": "iafq", "year": 2026,
                            "files": [path.name for path in written.paths]}
    assert summary.details == {"document": "summary", "from": "2026-11-01",
                               "to": "2026-11-30", "file": "summary.pdf"}


def test_a_photo_original_and_a_referral_packet_are_exports(station_copy: Copy) -> None:
    session, s = station_copy
    sign_in_as(session, "supervisor")
    photo = list_photos(session, s.case_id)[0]
    target, _ = export_original(session, photo.id, s.folder / "original.jpg")
    identification = list_identifications(session)[0]
    write_referral_packet(session, identification.id, s.folder / "referral.pdf",
                          "Is the serial number original?")
    exported, referred = list_events(sign_out(session), kind="export")
    assert exported.details == {"document": "photo_original", "photo": photo.id,
                                "case": s.case_id, "file": target.name,
                                "sha256": photo.sha256}
    assert referred.details == {"document": "referral_packet",
                                "identification": identification.id,
                                "inspection": s.inspection_id, "file": "referral.pdf"}


def test_an_export_that_cannot_be_written_records_no_event(station_copy: Copy) -> None:
    session, s = station_copy
    photo = list_photos(session, s.case_id)[0]
    (s.folder / "a file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(UserInputError, match="cannot write"):
        export_original(session, photo.id, s.folder / "a file" / "original.jpg")
    assert list_events(session) == []


def test_a_database_the_log_cannot_write_still_refuses(station_copy: Copy) -> None:
    session, s = station_copy
    sign_in_as(session, "trainer")
    session.database.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(PermissionDenied):
        sign_off(session, s.case_id)
    session.database.conn.execute("PRAGMA query_only = OFF")
    assert list_events(sign_out(session)) == []
