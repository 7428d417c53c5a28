"""The station's HTTP client for headquarters: signed requests, verified answers, retries.

Every request is signed (:mod:`borderdesk.sync.protocol`) with a fresh nonce, and every
answer must carry headquarters' signature over that nonce: an answer that does not
(a proxy's error page, a forged acknowledgment) counts as no answer. All the exchanges
are safe to repeat (a push sent twice changes nothing, a chunk names its offset), so a
lost request or answer is simply retried, a few times with growing pauses.

A cancel check (a :class:`~borderdesk.core.progress.CancelToken`, a
:class:`threading.Event` or a function) is looked at before every request and during
the pauses between attempts, so a Cancel stops the exchange within one request; what
HQ acknowledged stays acknowledged, so the next run resumes from there.
"""

from __future__ import annotations

import gzip
import json
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from borderdesk.core.errors import Cancelled, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken
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
#: JSON bodies from this many bytes on go gzip-compressed (smaller ones gain nothing).
COMPRESS_FROM = 1024
#: The longest sleep between two looks at the cancel check during a pause, in seconds.
CANCEL_POLL = 0.1

#: What may ask an exchange to stop: a token, an event, or a function saying whether to.
CancelCheck = CancelToken | threading.Event | Callable[[], bool]


def tls_verify(verify: bool | str) -> bool | ssl.SSLContext:
    """What checks headquarters' certificate: the system's trust store (True), or a
    private CA's PEM file (its path) when the administration runs its own CA."""
    if not isinstance(verify, str):
        return verify
    try:
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError) as exc:
        raise UserInputError(tr("{file}: cannot be used as the CA file for headquarters' "
                                "certificate ({reason})", file=verify,
                                reason=getattr(exc, "strerror", None) or str(exc))) from None


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
                 sleep: Callable[[float], None] = time.sleep,
                 cancel: CancelCheck | None = None, http: httpx.Client | None = None) -> None:
        """``cancel`` stops the exchange before its next request; ``http`` is an HTTP
        client of the caller's (a test's, over the app in memory), by default one is
        made for ``url``."""
        self.url = clean_url(url)
        self.station_id = station_id
        self._keys = keys
        self._hq_key = hq_key
        self._delays = tuple(retry_delays)
        self._sleep = sleep
        self._cancelled = _cancel_function(cancel)
        self._http = http or httpx.Client(base_url=self.url, timeout=timeout,
                                          verify=tls_verify(verify))
        #: Bytes of requests sent: request lines, headers and bodies (for the figures
        #: of bytes sent against the payload, bench/sync_bench.py).
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
        """POST ``value`` as JSON, gzip-compressed when that pays (a push of audit
        entries shrinks to about a third); the signature covers the body as sent."""
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        encoding = None
        if len(body) >= COMPRESS_FROM:
            body, encoding = gzip.compress(body, compresslevel=6, mtime=0), "gzip"
        return self.call("POST", path, body=body, accept=accept,
                         content_type="application/json", content_encoding=encoding)

    def put_bytes(self, path: str, data: bytes, *, accept: Sequence[int] = (),
                  **query: Any) -> Answer:
        return self.call("PUT", path, body=data, query=query, accept=accept,
                         content_type="application/octet-stream")

    def call(self, method: str, path: str, *, body: bytes = b"",
             query: dict[str, Any] | None = None, accept: Sequence[int] = (),
             content_type: str | None = None, content_encoding: str | None = None) -> Answer:
        """One exchange, retried while no signed answer comes; a signed answer with a
        status outside 2xx and ``accept`` raises :class:`HqRefused`; the cancel check
        raises :class:`~borderdesk.core.errors.Cancelled` before any attempt."""
        target = path + ("?" + urlencode(query) if query else "")
        last_problem = ""
        for attempt in range(len(self._delays) + 1):
            if attempt:
                self._pause(self._delays[attempt - 1])
            self.raise_if_cancelled()
            try:
                answer = self._once(method, target, body, content_type, content_encoding)
            except (httpx.TransportError, SignatureRefused) as exc:
                last_problem = str(exc) or type(exc).__name__
                continue
            if answer.status >= 500:
                last_problem = _server_problem(self.url, answer)
                continue
            if 200 <= answer.status < 300 or answer.status in accept:
                return answer
            raise _refusal(answer)
        if not last_problem.startswith(self.url):
            last_problem = tr("headquarters at {url} did not answer ({problem})",
                              url=self.url, problem=last_problem)
        raise HqUnreachable(tr("{problem}; nothing was lost: the station sends it again "
                               "next time", problem=last_problem))

    def raise_if_cancelled(self) -> None:
        """Raise :class:`~borderdesk.core.errors.Cancelled` when the exchange was asked
        to stop."""
        if self._cancelled():
            raise Cancelled(tr("Cancelled: what headquarters acknowledged stays sent; "
                               "the rest goes next time."))

    def _pause(self, seconds: float) -> None:
        """Wait before another attempt, looking at the cancel check as it goes."""
        while seconds > 0:
            self.raise_if_cancelled()
            step = min(seconds, CANCEL_POLL)
            self._sleep(step)
            seconds -= step

    def _once(self, method: str, target: str, body: bytes, content_type: str | None,
              content_encoding: str | None) -> Answer:
        headers = sign_request(self._keys.sign, self.station_id, method, target, body,
                               time=int(time.time()))
        if content_type:
            headers["Content-Type"] = content_type
        if content_encoding:
            headers["Content-Encoding"] = content_encoding
        request = self._http.build_request(method, target, content=body, headers=headers)
        # "METHOD TARGET HTTP/1.1\r\n", each "Name: value\r\n", the blank line, the body.
        self.bytes_sent += (len(method) + len(request.url.raw_path) + 12
                            + sum(len(k) + len(v) + 4 for k, v in request.headers.raw)
                            + 2 + len(body))
        response = self._http.send(request)
        content = response.read()
        verify_response(self._hq_key, headers[NONCE_HEADER], response.status_code, content,
                        response.headers.get(HQ_SIGNATURE_HEADER))
        return Answer(response.status_code, content)


def _cancel_function(cancel: CancelCheck | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, CancelToken):
        return lambda: cancel.cancelled
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def _body(answer: Answer) -> dict[str, Any]:
    try:
        return answer.json()
    except ValueError:
        return {}


def _reason(body: dict[str, Any]) -> str:
    return str(body.get("message") or body.get("detail") or body.get("error") or "")


def _server_problem(url: str, answer: Answer) -> str:
    """A signed 5xx answer in words: HQ's store unavailable (503) or another failure."""
    reason = _reason(_body(answer)) or tr("no reason given")
    if answer.status == 503:
        return tr("{url}: headquarters cannot use its store for now ({reason})", url=url,
                  reason=reason)
    return tr("{url}: headquarters failed ({status}: {reason})", url=url,
              status=answer.status, reason=reason)


def _refusal(answer: Answer) -> HqRefused:
    body = _body(answer)
    reason = _reason(body) or tr("no reason given")
    if answer.status == 404:
        text = tr("headquarters does not hold what the station asked for: {reason}",
                  reason=reason)
    elif answer.status == 413:
        text = tr("headquarters does not take something this large: {reason}", reason=reason)
    else:
        text = tr("headquarters refused ({status}): {reason}", status=answer.status,
                  reason=reason)
    return HqRefused(text, answer.status, body)


def enrol_request(url: str, payload: dict[str, Any], *, timeout: float = TIMEOUT,
                  verify: bool | str = True) -> dict[str, Any]:
    """The one unsigned exchange: the enrolment (its code authenticates both sides)."""
    try:
        with httpx.Client(base_url=clean_url(url), timeout=timeout,
                          verify=tls_verify(verify)) as http:
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
