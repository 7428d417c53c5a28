"""Request and response signatures: altered, replayed in time, or foreign ones do not verify."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.sync.protocol import (
    KeyPair,
    RequestStamp,
    SignatureRefused,
    enrolment_proof,
    public_sign_key,
    sign_request,
    sign_response,
    verify_request,
    verify_response,
)

KEYS = KeyPair.generate()
OTHER = KeyPair.generate()
NOW = 1_800_000_000


def _verify(headers: dict[str, str], method: str, path: str, body: bytes,
            keys: KeyPair = KEYS, now: int = NOW) -> None:
    verify_request(public_sign_key(keys.sign_public()), RequestStamp.from_headers(headers),
                   method, path, body, now=now)


@given(body=st.binary(max_size=256), path=st.sampled_from(["/v1/push", "/v1/blobs/ab?offset=3"]))
def test_a_signed_request_verifies_and_any_change_breaks_it(body: bytes, path: str) -> None:
    headers = sign_request(KEYS.sign, "station-1", "POST", path, body, time=NOW)
    _verify(headers, "POST", path, body)
    with pytest.raises(SignatureRefused):
        _verify(headers, "POST", path, body + b"x")
    with pytest.raises(SignatureRefused):
        _verify(headers, "PUT", path, body)
    with pytest.raises(SignatureRefused):
        _verify(headers, "POST", path + "1", body)
    with pytest.raises(SignatureRefused):
        _verify(headers, "POST", path, body, keys=OTHER)


def test_a_request_from_another_time_is_refused_with_the_reason() -> None:
    headers = sign_request(KEYS.sign, "s", "GET", "/v1/status", b"", time=NOW)
    _verify(headers, "GET", "/v1/status", b"", now=NOW + 299)
    with pytest.raises(SignatureRefused, match="clock"):
        _verify(headers, "GET", "/v1/status", b"", now=NOW + 301)
    with pytest.raises(SignatureRefused, match="not signed"):
        RequestStamp.from_headers({"X-BD-Station": "s"})


def test_only_hq_signs_its_answers_to_this_request() -> None:
    signature = sign_response(KEYS.sign, "a" * 32, 200, b"{}")
    hq = public_sign_key(KEYS.sign_public())
    verify_response(hq, "a" * 32, 200, b"{}", signature)
    for nonce, status, body in (("b" * 32, 200, b"{}"), ("a" * 32, 409, b"{}"),
                                ("a" * 32, 200, b"{ }")):
        with pytest.raises(SignatureRefused):
            verify_response(hq, nonce, status, body, signature)
    with pytest.raises(SignatureRefused, match="not signed"):
        verify_response(hq, "a" * 32, 200, b"{}", None)


def test_the_enrolment_proof_needs_the_code_however_it_is_typed() -> None:
    answer = {"hq_id": "hq", "hq_sign_key": KEYS.sign_public()}
    assert enrolment_proof("abcde-fghij klmno-pqrst", answer) == enrolment_proof(
        "ABCDEFGHIJKLMNOPQRST", answer)
    assert enrolment_proof("ABCDEFGHIJKLMNOPQRSU", answer) != enrolment_proof(
        "ABCDEFGHIJKLMNOPQRST", answer)
