"""The station's HTTP client for headquarters: signed requests, verified answers, retries.

Every request is signed (:mod:`borderdesk.sync.protocol`) with a fresh nonce, and every
answer must carry headquarters' signature over that nonce: an answer that does not
(a proxy's error page, a forged acknowledgment) counts as no answer. All the exchanges
are safe to repeat (a push sent twice changes nothing, a chunk names its offset), so a
lost request or answer is simply retried, a few times with growing pauses.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.sync.protocol import (
    HQ_SIGNATURE_HEADER,
    NONCE_HEADER,
    KeyPair,
    SignatureRefused,
    sign_request,
    verify_response,
)

#: Pauses between attempts, in seconds: the number of entries is the number of retries.
RETRY_DELAYS: tuple[float, ...] = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0)
#: Seconds to wait for a connection and for each read.
TIMEOUT = 30.0


class HqUnreachable(UserInputError):
    """Headquarters could not be reached, or gave no answer it signed."""


class HqRefused(UserInputError):
    """Headquarters answered and refused (the message is its reason)."""

    def __init__(self, message: str, status: int, body: dict[str, Any]) -> None:
        super().__init__(message)
        self.status = status
        self.body = body


@dataclass(frozen=True, slots=True)
class Answer:
    """A signed answer from headquarters: its status and JSON body (or raw bytes)."""

    status: int
    content: bytes

    def json(self) -> dict[str, Any]:
        value = json.loads(self.content)
        if not isinstance(value, dict):
            raise ValueError("the answer is not a JSON object")
        return value


def clean_url(url: str) -> str:
    """HQ's address as kept: scheme and host, no trailing slash (UserInputError if not)."""
    text = url.strip().rstrip("/")
    if not text.startswith(("http://", "https://")) or len(text.split("://", 1)[1]) == 0:
        raise UserInputError(tr("{url}: headquarters' address starts with https:// "
                                "(or http:// on a test network)", url=url))
    return text


class HqClient:
    """Signed exchanges with one headquarters as one enrolled station."""

    def __init__(self, url: str, station_id: str, keys: KeyPair, hq_key: Ed25519PublicKey, *,
                 retry_delays: Sequence[float] = RETRY_DELAYS, timeout: float = TIMEOUT,
                 verify: bool | str = True,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = clean_url(url)
        self.station_id = station_id
        self._keys = keys
        self._hq_key = hq_key
        self._delays = tuple(retry_delays)
        self._sleep = sleep
        self._http = httpx.Client(base_url=self.url, timeout=timeout, verify=verify)
        #: Bytes of request bodies and headers sent (for the benchmark's overhead figure).
        self.bytes_sent = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HqClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the exchanges -------------------------------------------------------------

    def get(self, path: str, **query: Any) -> Answer:
        return self.call("GET", path, query=query)

    def post_json(self, path: str, value: Any, *, accept: Sequence[int] = ()) -> Answer:
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self.call("POST", path, body=body, accept=accept,
                         content_type="application/json")

    def put_bytes(self, path: str, data: bytes, *, accept: Sequence[int] = (),
                  **query: Any) -> Answer:
        return self.call("PUT", path, body=data, query=query, accept=accept,
                         content_type="application/octet-stream")

    def call(self, method: str, path: str, *, body: bytes = b"",
             query: dict[str, Any] | None = None, accept: Sequence[int] = (),
             content_type: str | None = None) -> Answer:
        """One exchange, retried while no signed answer comes; a signed answer with a
        status outside 2xx and ``accept`` raises :class:`HqRefused`."""
        target = path + ("?" + urlencode(query) if query else "")
        last_problem = ""
        for attempt in range(len(self._delays) + 1):
            if attempt:
                self._sleep(self._delays[attempt - 1])
            try:
                answer = self._once(method, target, body, content_type)
            except (httpx.TransportError, SignatureRefused) as exc:
                last_problem = str(exc) or type(exc).__name__
                continue
            if answer.status >= 500:
                last_problem = tr("headquarters failed ({status})", status=answer.status)
                continue
            if 200 <= answer.status < 300 or answer.status in accept:
                return answer
            raise _refusal(answer)
        raise HqUnreachable(tr("headquarters at {url} did not answer ({problem}); "
                               "nothing was lost: the station sends it again next time",
                               url=self.url, problem=last_problem))

    def _once(self, method: str, target: str, body: bytes,
              content_type: str | None) -> Answer:
        headers = sign_request(self._keys.sign, self.station_id, method, target, body,
                               time=int(time.time()))
        if content_type:
            headers["Content-Type"] = content_type
        self.bytes_sent += len(body) + sum(len(k) + len(v) + 4 for k, v in headers.items())
        response = self._http.request(method, target, content=body, headers=headers)
        content = response.read()
        verify_response(self._hq_key, headers[NONCE_HEADER], response.status_code, content,
                        response.headers.get(HQ_SIGNATURE_HEADER))
        return Answer(response.status_code, content)


def _refusal(answer: Answer) -> HqRefused:
    try:
        body = answer.json()
    except ValueError:
        body = {}
    reason = str(body.get("message") or body.get("detail") or body.get("error") or "")
    return HqRefused(tr("headquarters refused ({status}): {reason}", status=answer.status,
                        reason=reason or tr("no reason given")), answer.status, body)


def enrol_request(url: str, payload: dict[str, Any], *, timeout: float = TIMEOUT,
                  verify: bool | str = True) -> dict[str, Any]:
    """The one unsigned exchange: the enrolment (its code authenticates both sides)."""
    try:
        with httpx.Client(base_url=clean_url(url), timeout=timeout, verify=verify) as http:
            response = http.post("/v1/enroll", json=payload)
    except httpx.TransportError as exc:
        raise HqUnreachable(tr("headquarters at {url} cannot be reached ({problem})",
                               url=url, problem=str(exc) or type(exc).__name__)) from None
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code != 200 or not isinstance(body, dict):
        reason = body.get("message") if isinstance(body, dict) else None
        raise HqRefused(tr("headquarters refused the enrolment: {reason}",
                           reason=reason or response.status_code), response.status_code,
                        body if isinstance(body, dict) else {})
    return body
