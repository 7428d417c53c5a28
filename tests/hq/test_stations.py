"""Registering, enrolling, authenticating and revoking stations, on both engines."""

from __future__ import annotations

import re

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.hq.database import HqDatabase
from borderdesk.hq.identity import load_identity
from borderdesk.hq.stations import (
    EnrolRefused,
    add_station,
    authenticate,
    enrol,
    list_stations,
    revoke_station,
)
from borderdesk.sync import protocol
from borderdesk.sync.protocol import KeyPair, SignatureRefused
from tests.hq.station_data import NOW, Enrolled

STATION = "01a0c0de-0000-7000-8000-000000000001"
WEEK = 7 * 86_400


def _enrol(db: HqDatabase, code: str, *, station_id: str = STATION,
           keys: KeyPair | None = None, now: int = NOW) -> dict[str, object]:
    keys = keys or KeyPair.generate()
    return enrol(db, load_identity(db), code=code, station_id=station_id,
                 station_name="Batrovci-1", sign_key=keys.sign_public(),
                 box_key=keys.box_public(), now=now)


def test_a_code_is_four_groups_of_five_and_is_kept_only_as_its_hash(
        hq_db: HqDatabase) -> None:
    code = add_station(hq_db, "Batrovci", now=NOW)
    assert re.fullmatch(r"[A-Z2-7]{5}(-[A-Z2-7]{5}){3}", code)
    with hq_db.transaction(write=False) as tx:
        dump = repr(tx.execute("SELECT * FROM hq_stations"))
    assert protocol.normalise_code(code) not in dump and code not in dump
    [info] = list_stations(hq_db)
    assert (info.name, info.station_id, info.status) == ("Batrovci", None, "pending")
    with pytest.raises(UserInputError, match="registered already"):
        add_station(hq_db, "Batrovci", now=NOW)


def test_enrolment_answers_hq_keys_and_a_proof_of_the_code(hq_db: HqDatabase) -> None:
    code = add_station(hq_db, "Batrovci", now=NOW)
    keys = KeyPair.generate()
    answer = _enrol(hq_db, code.lower().replace("-", " "), keys=keys, now=NOW + WEEK - 1)
    identity = load_identity(hq_db)
    assert answer["hq_sign_key"] == identity.keys.sign_public()
    assert answer["hq_box_key"] == identity.keys.box_public()
    assert (answer["hq_id"], answer["station_name"]) == (identity.hq_id, "Batrovci")
    fields = {k: v for k, v in answer.items() if k != "proof"}
    assert answer["proof"] == protocol.enrolment_proof(code, fields)
    [info] = list_stations(hq_db)
    assert (info.station_id, info.status, info.reported_name) == \
        (STATION, "active", "Batrovci-1")
    # The answer lost on the way: the same station asking again gets it again.
    assert _enrol(hq_db, code, keys=keys) == answer


def test_enrolment_refusals_change_nothing(hq_db: HqDatabase) -> None:
    code = add_station(hq_db, "Batrovci", now=NOW)
    with pytest.raises(EnrolRefused, match="not one headquarters gave"):
        _enrol(hq_db, "AAAAA-BBBBB-CCCCC-DDDDD")
    with pytest.raises(EnrolRefused, match="expired"):
        _enrol(hq_db, code, now=NOW + WEEK + 1)
    with pytest.raises(EnrolRefused, match="malformed"):
        enrol(hq_db, load_identity(hq_db), code=code, station_id=STATION,
              station_name="x", sign_key="bm90IGEga2V5", box_key="x", now=NOW)
    assert [s.status for s in list_stations(hq_db)] == ["pending"]
    _enrol(hq_db, code)
    with pytest.raises(EnrolRefused, match="used already"):
        _enrol(hq_db, code, station_id="01a0c0de-0000-7000-8000-000000000002")
    other = add_station(hq_db, "Šid", now=NOW)
    with pytest.raises(EnrolRefused, match="enrolled already as Batrovci"):
        _enrol(hq_db, other)
    revoke_station(hq_db, "Šid", now=NOW)
    with pytest.raises(EnrolRefused, match="revoked"):
        _enrol(hq_db, other, station_id="01a0c0de-0000-7000-8000-000000000003")
    assert [(s.name, s.station_id, s.status) for s in list_stations(hq_db)] == \
        [("Batrovci", STATION, "active"), ("Šid", None, "revoked")]


def test_a_signed_request_authenticates_and_marks_the_station_seen(
        hq_db: HqDatabase, enrolled: Enrolled) -> None:
    body = b'{"stream":"changes"}'
    headers = enrolled.headers("POST", "/v1/push", body, at=NOW + 10)
    info = authenticate(hq_db, headers=headers, method="POST", path="/v1/push", body=body,
                        now=NOW + 20)
    assert (info.name, info.station_id, info.status) == ("Batrovci", enrolled.station_id,
                                                         "active")
    assert info.last_seen_at == "2027-01-15T08:00:20Z"


def test_an_altered_or_foreign_request_is_refused(hq_db: HqDatabase,
                                                  enrolled: Enrolled) -> None:
    for change in ("body", "path", "method", "key", "unsigned", "stranger"):
        body = b'{"stream":"changes"}'
        headers = enrolled.headers("POST", "/v1/push", body)
        method, path = "POST", "/v1/push"
        if change == "body":
            body = b'{"stream":"audit"}'
        elif change == "path":
            path = "/v1/push?x=1"
        elif change == "method":
            method = "PUT"
        elif change == "key":
            headers = protocol.sign_request(KeyPair.generate().sign, enrolled.station_id,
                                            method, path, body, time=NOW)
        elif change == "unsigned":
            del headers[protocol.SIGNATURE_HEADER]
        else:
            headers[protocol.STATION_HEADER] = "01a0c0de-0000-7000-8000-00000000dead"
        with pytest.raises(SignatureRefused):
            authenticate(hq_db, headers=headers, method=method, path=path, body=body,
                         now=NOW)
    with hq_db.transaction(write=False) as tx:
        assert tx.execute("SELECT count(*) FROM hq_nonces") == [(0,)]


def test_a_replayed_nonce_is_refused_even_with_a_fresh_signature(
        hq_db: HqDatabase, enrolled: Enrolled) -> None:
    headers = enrolled.headers("GET", "/v1/status")
    authenticate(hq_db, headers=headers, method="GET", path="/v1/status", body=b"", now=NOW)
    with pytest.raises(SignatureRefused, match="sent before"):
        authenticate(hq_db, headers=headers, method="GET", path="/v1/status", body=b"",
                     now=NOW + 1)
    again = enrolled.headers("GET", "/v1/status", at=NOW + 2,
                             nonce=headers[protocol.NONCE_HEADER])
    with pytest.raises(SignatureRefused, match="sent before"):
        authenticate(hq_db, headers=again, method="GET", path="/v1/status", body=b"",
                     now=NOW + 2)


def test_old_nonces_are_forgotten_once_no_request_can_carry_them(
        hq_db: HqDatabase, enrolled: Enrolled) -> None:
    for offset in (0, 1, protocol.NONCE_MEMORY + 10):
        authenticate(hq_db, headers=enrolled.headers("GET", "/v1/status", at=NOW + offset),
                     method="GET", path="/v1/status", body=b"", now=NOW + offset)
    with hq_db.transaction(write=False) as tx:
        assert tx.execute("SELECT count(*) FROM hq_nonces") == [(1,)]


def test_a_request_too_far_from_hq_clock_is_refused(hq_db: HqDatabase,
                                                    enrolled: Enrolled) -> None:
    for skew in (-protocol.MAX_CLOCK_SKEW - 1, protocol.MAX_CLOCK_SKEW + 1):
        headers = enrolled.headers("GET", "/v1/status", at=NOW + skew)
        with pytest.raises(SignatureRefused, match="clock"):
            authenticate(hq_db, headers=headers, method="GET", path="/v1/status", body=b"",
                         now=NOW)
    headers = enrolled.headers("GET", "/v1/status", at=NOW + protocol.MAX_CLOCK_SKEW)
    authenticate(hq_db, headers=headers, method="GET", path="/v1/status", body=b"", now=NOW)


def test_a_revoked_station_is_refused_from_its_next_request(hq_db: HqDatabase,
                                                            enrolled: Enrolled) -> None:
    authenticate(hq_db, headers=enrolled.headers("GET", "/v1/status"), method="GET",
                 path="/v1/status", body=b"", now=NOW)
    revoke_station(hq_db, "Batrovci", now=NOW + 5)
    with pytest.raises(SignatureRefused, match="revoked"):
        authenticate(hq_db, headers=enrolled.headers("GET", "/v1/status", at=NOW + 6),
                     method="GET", path="/v1/status", body=b"", now=NOW + 6)
    [info] = list_stations(hq_db)
    assert (info.status, info.revoked_at) == ("revoked", "2027-01-15T08:00:05Z")
    with pytest.raises(UserInputError, match="revoked already"):
        revoke_station(hq_db, "Batrovci", now=NOW + 7)
    with pytest.raises(UserInputError, match="no station called"):
        revoke_station(hq_db, "Nowhere", now=NOW)
