"""The headquarters server's HTTP face: an ASGI application (FastAPI) over the HQ store.

Thin on purpose: each endpoint authenticates the station (:func:`hq.stations.authenticate`),
hands the work to the store's functions in a worker thread, and signs its answer with
HQ's key over the request's nonce (:mod:`borderdesk.sync.protocol`). The OpenAPI
description is at ``/openapi.json`` (and browsable at ``/docs``).

The store's expected errors become signed answers in plain words: something HQ does not
hold is 404, a blob too large is 413, and any other store failure (a database that
cannot be reached or is locked) is 503, which the station retries and then reports as
"try again later"; its details go to the server's log, not to the station.

A body sent with ``Content-Encoding: gzip`` (the station compresses its pushes) is
verified as sent and inflated before its handler reads it, up to :data:`MAX_INFLATED`.
"""

from __future__ import annotations

import json
import logging
import time
import zlib
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from borderdesk import __version__
from borderdesk.hq import blobs, checkpoints, ingest, messages, publish, stations, status
from borderdesk.hq.database import HqDatabase, HqStoreError, NotFound
from borderdesk.hq.identity import HqIdentity, load_identity
from borderdesk.sync.protocol import (
    HQ_SIGNATURE_HEADER,
    MAX_CHUNK,
    NONCE_HEADER,
    STREAMS,
    SignatureRefused,
    sign_response,
)

log = logging.getLogger(__name__)

#: The most a compressed request body may inflate to (a push of 250 entries is < 1 MB).
MAX_INFLATED = 64 * 1024 * 1024

#: HTTP status of each push outcome (docs/sync.md).
PUSH_STATUS = {"ok": 200, "conflict": 409, "gap": 412, "missing_blob": 424, "chain": 422,
               "malformed": 400}


def create_app(db: HqDatabase, *, clock: Callable[[], float] = time.time) -> FastAPI:
    """The application serving ``db`` (opened and initialised by the caller)."""
    identity = load_identity(db)
    app = FastAPI(title="borderdesk headquarters", version=__version__,
                  description="Stations push their records and fetch what HQ publishes. "
                              "Every request but /v1/enroll is signed by the station.")
    api = _Endpoints(db, identity, clock)

    @app.exception_handler(ClientDisconnect)
    async def client_gone(_request: Request, _exc: ClientDisconnect) -> Response:
        # The connection was cut in the middle of the body (a bad network): nothing was
        # read or applied, nobody waits for this answer, and it is no error of HQ's.
        return Response(status_code=400)

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> Response:
        return await api.enroll(request)

    @app.get("/v1/status")
    async def station_status(request: Request) -> Response:
        return await api.signed_call(request, api.status)

    @app.post("/v1/push")
    async def push(request: Request) -> Response:
        return await api.signed_call(request, api.push)

    @app.get("/v1/blobs/{sha256}")
    async def blob_state(request: Request, sha256: str) -> Response:
        return await api.signed_call(request, api.blob_state)

    @app.put("/v1/blobs/{sha256}")
    async def blob_put(request: Request, sha256: str) -> Response:
        return await api.signed_call(request, api.blob_put)

    @app.post("/v1/checkpoint")
    async def checkpoint(request: Request) -> Response:
        return await api.signed_call(request, api.checkpoint)

    @app.get("/v1/published")
    async def published(request: Request) -> Response:
        return await api.signed_call(request, api.published)

    @app.get("/v1/published/{serial}")
    async def published_file(request: Request, serial: int) -> Response:
        return await api.signed_call(request, api.published_file)

    @app.get("/v1/messages")
    async def station_messages(request: Request) -> Response:
        return await api.signed_call(request, api.messages)

    return app


class _BadRequest(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("message", ""))
        self.status = status
        self.body = body


#: What a handler gets: the station, the request, its body; it returns status and content.
Handler = Callable[["stations.StationInfo", Request, bytes], tuple[int, Any]]


class _Endpoints:
    def __init__(self, db: HqDatabase, identity: HqIdentity,
                 clock: Callable[[], float]) -> None:
        self.db = db
        self.identity = identity
        self.clock = clock

    async def enroll(self, request: Request) -> Response:
        body = await request.body()
        try:
            payload = json.loads(body)
            fields = {key: str(payload[key]) for key in
                      ("code", "station_id", "station_name", "sign_key", "box_key")}
        except (ValueError, KeyError, TypeError):
            return _json(400, {"message": "the enrolment request is malformed"})
        try:
            answer = await run_in_threadpool(
                stations.enrol, self.db, self.identity, now=int(self.clock()), **fields)
        except stations.EnrolRefused as exc:
            return _json(403, {"message": str(exc)})
        return _json(200, answer)

    async def signed_call(self, request: Request, handler: Handler) -> Response:
        body = await request.body()
        nonce = request.headers.get(NONCE_HEADER, "")
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        try:
            station = await run_in_threadpool(
                stations.authenticate, self.db, headers=request.headers,
                method=request.method, path=target, body=body, now=int(self.clock()))
            if request.headers.get("content-encoding", "").lower() == "gzip":
                body = _inflate(body)
            code, content = await run_in_threadpool(handler, station, request, body)
        except SignatureRefused as exc:
            code, content = 401, {"message": str(exc)}
        except _BadRequest as exc:
            code, content = exc.status, exc.body
        except NotFound as exc:
            code, content = 404, {"error": "not_found", "message": str(exc)}
        except blobs.BlobRefused as exc:
            code, content = _blob_refusal(request, exc)
        except HqStoreError as exc:
            log.error("%s %s: the store failed: %s", request.method, request.url.path, exc)
            code, content = 503, {"error": "unavailable", "message": (
                "headquarters cannot use its store for now; nothing was lost, "
                "try again later")}
        data = content if isinstance(content, bytes) else json.dumps(
            content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        media = "application/octet-stream" if isinstance(content, bytes) else "application/json"
        signature = sign_response(self.identity.keys.sign, nonce, code, data) if nonce else ""
        headers = {HQ_SIGNATURE_HEADER: signature} if signature else {}
        return Response(data, status_code=code, media_type=media, headers=headers)

    # --- handlers (run in a worker thread) ------------------------------------------

    def status(self, station: stations.StationInfo, _request: Request,
               _body: bytes) -> tuple[int, Any]:
        return 200, status.station_status(self.db, _station_id(station))

    def push(self, station: stations.StationInfo, _request: Request,
             body: bytes) -> tuple[int, Any]:
        payload = _object(body)
        stream = payload.get("stream")
        items = payload.get("items")
        from_seq, head_seq = payload.get("from_seq"), payload.get("head_seq")
        if (stream not in STREAMS or not isinstance(items, list)
                or not isinstance(from_seq, int) or not isinstance(head_seq, int)):
            raise _BadRequest(400, {"error": "malformed", "message": "malformed push"})
        outcome = ingest.apply_push(self.db, _station_id(station), stream=str(stream),
                                    from_seq=from_seq, head_seq=head_seq, items=items,
                                    now=int(self.clock()))
        answer: dict[str, Any] = {"stream": stream, "acked": outcome.acked}
        if outcome.kind != "ok":
            answer.update(error=outcome.kind, message=outcome.message,
                          seqs=list(outcome.seqs), blobs=list(outcome.blobs))
        return PUSH_STATUS.get(outcome.kind, 400), answer

    def blob_state(self, _station: stations.StationInfo, request: Request,
                   _body: bytes) -> tuple[int, Any]:
        sha = _sha(request)
        state = blobs.blob_state(self.db, sha, _int_query(request, "size"))
        return 200, {"received": state.received, "complete": state.complete}

    def blob_put(self, _station: stations.StationInfo, request: Request,
                 body: bytes) -> tuple[int, Any]:
        sha = _sha(request)
        if len(body) > MAX_CHUNK:
            raise _BadRequest(413, {"message": f"a chunk carries at most {MAX_CHUNK} bytes"})
        try:
            state = blobs.put_chunk(self.db, sha, offset=_int_query(request, "offset"),
                                    size=_int_query(request, "size"), data=body)
        except blobs.ChunkOffsetError as exc:
            return 409, {"error": "offset", "received": exc.received, "message": str(exc)}
        except blobs.BlobHashMismatch as exc:
            return 422, {"error": "hash", "message": str(exc)}
        except ValueError as exc:
            return 400, {"error": "malformed", "message": str(exc)}
        return 200, {"received": state.received, "complete": state.complete}

    def checkpoint(self, station: stations.StationInfo, _request: Request,
                   body: bytes) -> tuple[int, Any]:
        payload = _object(body)
        try:
            verdict = checkpoints.record_checkpoint(
                self.db, _station_id(station), length=int(payload["length"]),
                head_hash=str(payload["head_hash"]), taken_at=str(payload["taken_at"]),
                signature=str(payload["signature"]), now=int(self.clock()))
        except (KeyError, TypeError, ValueError):
            raise _BadRequest(400, {"message": "malformed checkpoint"}) from None
        return 200, {"verdict": verdict}

    def published(self, _station: stations.StationInfo, request: Request,
                  _body: bytes) -> tuple[int, Any]:
        return 200, {"items": publish.published_after(self.db, _int_query(request, "after"))}

    def published_file(self, _station: stations.StationInfo, request: Request,
                       _body: bytes) -> tuple[int, Any]:
        try:
            serial = int(request.path_params["serial"])
            return 200, publish.published_content(self.db, serial)
        except (KeyError, LookupError, ValueError):
            raise _BadRequest(404, {"message": "no such published file"}) from None

    def messages(self, station: stations.StationInfo, request: Request,
                 _body: bytes) -> tuple[int, Any]:
        return 200, {"items": messages.messages_after(self.db, _station_id(station),
                                                      _int_query(request, "after"))}


def _inflate(body: bytes) -> bytes:
    """A gzip body inflated, refused (400, or 413 beyond :data:`MAX_INFLATED`) when it is
    not gzip or inflates too far."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_INFLATED)
    except zlib.error:
        raise _BadRequest(400, {"error": "malformed",
                                "message": "the body is not gzip as its header says"}) from None
    if inflater.unconsumed_tail:
        raise _BadRequest(413, {"error": "too_large", "message": (
            f"a request body inflates to more than {MAX_INFLATED // 2**20} MB")})
    if not inflater.eof:
        raise _BadRequest(400, {"error": "malformed", "message": "the gzip body is cut short"})
    return data


def _blob_refusal(request: Request, exc: blobs.BlobRefused) -> tuple[int, dict[str, Any]]:
    """413 for a blob larger than HQ takes (the station cannot mend that by retrying),
    400 for any other malformed blob request."""
    size = request.query_params.get("size", "")
    too_big = size.isdigit() and int(size) > blobs.MAX_BLOB
    return (413 if too_big else 400), {"error": "too_large" if too_big else "malformed",
                                       "message": str(exc)}


def _station_id(station: stations.StationInfo) -> str:
    assert station.station_id is not None  # authenticate() admits enrolled stations only
    return station.station_id


def _object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        raise _BadRequest(400, {"message": "the body is not JSON"}) from None
    if not isinstance(value, dict):
        raise _BadRequest(400, {"message": "the body is not a JSON object"})
    return value


def _sha(request: Request) -> str:
    sha = str(request.path_params.get("sha256", ""))
    if len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha):
        raise _BadRequest(400, {"message": "a blob is named by its SHA-256 in hex"})
    return sha


def _int_query(request: Request, name: str) -> int:
    text = request.query_params.get(name, "0")
    if not text.isdigit():
        raise _BadRequest(400, {"message": f"{name} must be a whole number"})
    return int(text)


def _json(code: int, content: Any) -> Response:
    return Response(json.dumps(content, ensure_ascii=False, separators=(",", ":")),
                    status_code=code, media_type="application/json")
