"""The fault-injecting proxy, against a tiny ASGI server on uvicorn (the HQ server's stack):
clean pass-through, each fault as a station's httpx client meets it, counters, reproducibility
and a clean shutdown."""

from __future__ import annotations

import hashlib
import json
import random
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import uvicorn

from tests.sync.faulty_proxy import FaultStats, FaultyProxy

MIB = 1024 * 1024
NO_FAULTS = {"drop_request": 0.0, "drop_response": 0.0, "duplicate": 0.0, "reorder": 0.0,
             "cut_mid_body": 0.0}
HEAD_ALLOWANCE = 1024  # an httpx request head or a uvicorn response head is well under this

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def payload(size: int) -> bytes:
    return random.Random(size).randbytes(size)


@dataclass(frozen=True)
class Seen:
    """A request as the server saw it: ``complete`` is False when the body was cut short."""

    method: str
    path: str
    size: int
    complete: bool


class EchoApp:
    """An ASGI app that records every request. GET /blob?size=N answers N bytes, GET /chunked
    answers a chunked body, anything else answers the size and SHA-256 of the body it read."""

    def __init__(self) -> None:
        self.port = 0
        self._seen: list[Seen] = []
        self._lock = threading.Lock()

    @property
    def seen(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    def forget(self) -> None:
        with self._lock:
            self._seen.clear()

    def wait_for(self, count: int) -> list[Seen]:
        """What was seen once ``count`` requests were (a cut request is seen after the client
        has already had its error)."""
        deadline = time.monotonic() + 10
        while len(self.seen) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.seen

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        assert scope["type"] == "http"
        method, path = scope["method"], scope["path"]
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                with self._lock:
                    self._seen.append(Seen(method, path, len(body), complete=False))
                return
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        with self._lock:
            self._seen.append(Seen(method, path, len(body), complete=True))
        if path == "/chunked":  # no Content-Length: uvicorn sends it chunked
            await send({"type": "http.response.start", "status": 200, "headers": []})
            for part in (b"first part, ", b"", b"second part"):
                await send({"type": "http.response.body", "body": part, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        if path == "/blob":
            size = int(parse_qs(scope["query_string"].decode())["size"][0])
            answer, kind = payload(size), b"application/octet-stream"
        else:
            answer = json.dumps(
                {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
            ).encode()
            kind = b"application/json"
        headers = [(b"content-type", kind), (b"content-length", str(len(answer)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": answer})


@pytest.fixture(scope="module")
def server() -> Iterator[EchoApp]:
    app = EchoApp()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    app.port = listener.getsockname()[1]
    config = uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False)
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, kwargs={"sockets": [listener]})
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not uvicorn_server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert uvicorn_server.started, "the test server did not start"
        yield app
    finally:
        uvicorn_server.should_exit = True
        thread.join()
        listener.close()


@pytest.fixture
def echo(server: EchoApp) -> EchoApp:
    server.forget()
    return server


def proxy(echo: EchoApp, *, seed: int = 1, **settings: Any) -> FaultyProxy:
    """A proxy to the echo server with no faults but those given."""
    return FaultyProxy("127.0.0.1", echo.port, seed=seed, **{**NO_FAULTS, **settings})


@pytest.mark.parametrize("size", [0, 1000, 4 * MIB])
@pytest.mark.parametrize("method", ["GET", "PUT", "POST"])
def test_a_clean_proxy_passes_requests_through_on_one_kept_alive_connection(
    echo: EchoApp, method: str, size: int
) -> None:
    body = b"" if method == "GET" else payload(size)
    with proxy(echo) as clean, httpx.Client(base_url=clean.url) as client:
        for _ in range(2):
            if method == "GET":
                response = client.get("/blob", params={"size": size})
                assert response.content == payload(size)
            else:
                response = client.request(method, "/records", content=body)
                assert response.json() == {
                    "size": size, "sha256": hashlib.sha256(body).hexdigest()}
            assert response.status_code == 200
        stats = clean.stats
    path = "/blob" if method == "GET" else "/records"
    assert echo.seen == [Seen(method, path, len(body), complete=True)] * 2
    assert stats == replace(FaultStats(), client_connections=1, requests=2,
                            upstream_requests=2, responses=2,
                            bytes_from_client=stats.bytes_from_client,
                            bytes_to_client=stats.bytes_to_client)
    answer_size = size if method == "GET" else len(response.content)
    assert 2 * len(body) < stats.bytes_from_client <= 2 * (len(body) + HEAD_ALLOWANCE)
    assert 2 * answer_size < stats.bytes_to_client <= 2 * (answer_size + HEAD_ALLOWANCE)
    assert (clean.bytes_from_client, clean.bytes_to_client) == (
        stats.bytes_from_client, stats.bytes_to_client)


def test_a_chunked_response_passes_through(echo: EchoApp) -> None:
    with proxy(echo) as clean, httpx.Client(base_url=clean.url) as client:
        first = client.get("/chunked")
        second = client.get("/chunked")
        stats = clean.stats
    assert first.headers["transfer-encoding"] == "chunked"
    assert first.content == second.content == b"first part, second part"
    assert (stats.client_connections, stats.responses) == (1, 2)


def test_a_dropped_request_never_reaches_the_server(echo: EchoApp) -> None:
    with proxy(echo, drop_request=1.0) as faulty, httpx.Client(base_url=faulty.url) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.post("/records", content=payload(1000))
        stats = faulty.stats
    assert echo.seen == []
    assert (stats.requests, stats.dropped_requests, stats.upstream_requests) == (1, 1, 0)


def test_a_dropped_response_comes_after_the_server_handled_the_request(echo: EchoApp) -> None:
    with proxy(echo, drop_response=1.0) as faulty, httpx.Client(base_url=faulty.url) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.post("/records", content=payload(1000))
        stats = faulty.stats
    assert echo.seen == [Seen("POST", "/records", 1000, complete=True)]
    assert (stats.requests, stats.dropped_responses, stats.responses) == (1, 1, 0)


def test_a_duplicated_post_reaches_the_server_twice_and_the_client_gets_one_answer(
    echo: EchoApp,
) -> None:
    body = payload(1000)
    with proxy(echo, duplicate=1.0) as faulty, httpx.Client(base_url=faulty.url) as client:
        response = client.post("/records", content=body)
        stats = faulty.stats
    assert response.json() == {"size": 1000, "sha256": hashlib.sha256(body).hexdigest()}
    assert echo.seen == [Seen("POST", "/records", 1000, complete=True)] * 2
    assert (stats.requests, stats.duplicated, stats.upstream_requests, stats.responses) == (
        1, 1, 2, 1)


def test_a_held_back_request_is_overtaken_by_one_sent_later(echo: EchoApp) -> None:
    with proxy(echo, reorder=1.0, reorder_delay=(0.5, 0.5)) as slow, proxy(echo) as clean, \
            httpx.Client(base_url=slow.url) as first, \
            httpx.Client(base_url=clean.url) as second, ThreadPoolExecutor(1) as pool:
        held = pool.submit(first.post, "/first", content=b"sent first")
        deadline = time.monotonic() + 5
        while slow.stats.requests < 1 and time.monotonic() < deadline:
            time.sleep(0.005)
        assert second.post("/second", content=b"sent later").status_code == 200
        assert held.result().status_code == 200
        stats = slow.stats
    assert [seen.path for seen in echo.seen] == ["/second", "/first"]
    assert (stats.reordered, stats.responses) == (1, 1)


def test_a_cut_body_arrives_in_part_and_the_client_sees_the_connection_break(
    echo: EchoApp,
) -> None:
    size, count = 64 * 1024, 12
    with proxy(echo, cut_mid_body=1.0) as faulty, httpx.Client(base_url=faulty.url) as client:
        for number in range(count):
            with pytest.raises(httpx.RemoteProtocolError):
                client.put(f"/blobs/{number}", content=payload(size))
        stats = faulty.stats
    seen = echo.wait_for(count)
    # Seed 1 cuts both ways among these twelve requests.
    assert stats.cut_requests > 0 and stats.cut_responses > 0
    assert stats.cut_requests + stats.cut_responses == count
    cut_short = [one for one in seen if not one.complete]
    assert len(cut_short) == stats.cut_requests
    assert all(one.size < size for one in cut_short)
    assert len(seen) - len(cut_short) == stats.cut_responses
    assert all(one.size == size for one in seen if one.complete)
    assert stats.bytes_to_client > 0  # the cut responses got part of the way


def run_default_faults(echo: EchoApp, seed: int) -> tuple[list[str], list[Any], FaultStats]:
    """Forty different POSTs one after the other with the default rates: what the client got,
    the proxy's log and counters."""
    outcomes = []
    with FaultyProxy("127.0.0.1", echo.port, seed=seed) as faulty, \
            httpx.Client(base_url=faulty.url) as client:
        for number in range(40):
            try:
                outcomes.append(str(client.post(f"/records/{number}", content=b"x" * number)
                                    .status_code))
            except httpx.TransportError as error:
                outcomes.append(type(error).__name__)
        stats = faulty.stats
        log = faulty.log
    return outcomes, log, stats


def test_the_counters_add_up_and_the_same_seed_gives_the_same_faults(echo: EchoApp) -> None:
    outcomes, log, stats = run_default_faults(echo, seed=7)
    seen = echo.wait_for(stats.upstream_requests)

    assert stats.requests == len(log) == 40
    assert outcomes.count("200") == stats.responses
    assert len(outcomes) - outcomes.count("200") == (
        stats.dropped_requests + stats.dropped_responses + stats.cut_requests
        + stats.cut_responses)
    assert sum(one.complete for one in seen) == (
        stats.requests - stats.dropped_requests - stats.cut_requests + stats.duplicated)
    assert stats.dropped_requests > 0 and stats.dropped_responses > 0
    assert stats.duplicated > 0 and stats.reordered > 0

    echo.forget()
    again = run_default_faults(echo, seed=7)
    assert (again[0], again[1]) == (outcomes, log)
    assert replace(again[2], bytes_from_client=0, bytes_to_client=0) == replace(
        stats, bytes_from_client=0, bytes_to_client=0)
    assert run_default_faults(echo, seed=8)[1] != log


def test_leaving_the_proxy_closes_its_connections_and_its_thread(echo: EchoApp) -> None:
    with httpx.Client() as client, ThreadPoolExecutor(1) as pool, \
            proxy(echo, reorder=1.0, reorder_delay=(60, 60)) as held:
        url, port = held.url, held.port
        idle = socket.create_connection(("127.0.0.1", port))
        pending = pool.submit(client.post, f"{url}/records", content=b"held back")
        deadline = time.monotonic() + 5
        while (held.stats.requests, held.stats.client_connections) != (1, 2) \
                and time.monotonic() < deadline:
            time.sleep(0.005)
        held.close()  # while one request is held and one client idles
        with idle:
            assert idle.recv(1) == b""  # closed by the proxy
        with pytest.raises(httpx.RemoteProtocolError):
            pending.result()
    assert not [thread for thread in threading.enumerate() if thread.name == "faulty-proxy"]
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port)).close()
    assert echo.seen == []
