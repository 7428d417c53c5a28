"""A fault-injecting HTTP/1.1 proxy for the synchronisation tests and benchmark.

``FaultyProxy`` listens on 127.0.0.1 in a thread of its own (an asyncio loop) and forwards each
request it reads from a client to the upstream server on a fresh upstream connection, the way a
bad network between a border crossing and headquarters would: it drops requests, drops
responses after the server has handled the request, sends requests twice, holds requests back
so that later ones overtake them, and cuts connections in the middle of a body.

The faults of a request are drawn from a ``random.Random`` seeded with the proxy's seed, the
request (method, target, body) and how many times the same request came before. A run is
therefore reproducible with the same seed even when several stations interleave their requests
differently, and a retried request meets fresh luck.

With every rate at 0 the proxy is a clean pass-through; ``bytes_from_client`` and
``bytes_to_client`` count the bytes on the wire, headers included, so a benchmark can compare
what was sent with the size of the payload.
"""

from __future__ import annotations

import asyncio
import random
import threading
import zlib
from dataclasses import dataclass, replace
from types import TracebackType

from tests.sync.http_framing import (
    BadMessage,
    Message,
    Request,
    close_writer,
    read_request,
    read_response,
)

__all__ = ["FaultStats", "Faults", "FaultyProxy"]

# Generous: headers are small, but the stream reader refuses a head longer than its limit.
_STREAM_LIMIT = 1024 * 1024


@dataclass
class FaultStats:
    """What the proxy did so far: a snapshot taken by ``FaultyProxy.stats``."""

    client_connections: int = 0
    requests: int = 0  # complete requests read from clients
    upstream_requests: int = 0  # requests sent to the server, duplicates and cut ones included
    responses: int = 0  # complete responses passed on to clients
    dropped_requests: int = 0
    dropped_responses: int = 0
    duplicated: int = 0
    reordered: int = 0
    cut_requests: int = 0  # request body sent to the server only in part
    cut_responses: int = 0  # response body sent to the client only in part
    bytes_from_client: int = 0
    bytes_to_client: int = 0


@dataclass(frozen=True)
class Faults:
    """The faults drawn for one request; at most one of drop, cut and drop-response applies."""

    drop_request: bool = False
    drop_response: bool = False
    duplicate: bool = False
    delay: float = 0.0  # seconds held back (reorder); 0 when not reordered
    cut: bool = False
    cut_request_side: bool = False  # when cut: cut the request body if there is one
    cut_fraction: float = 0.0  # when cut: the part of the body that gets through, in [0, 1)

    def names(self) -> tuple[str, ...]:
        """The faults by name, for logs and test messages."""
        flags = {
            "drop_request": self.drop_request,
            "drop_response": self.drop_response,
            "duplicate": self.duplicate,
            "reorder": self.delay > 0,
            "cut": self.cut,
        }
        return tuple(name for name, on in flags.items() if on)


class FaultyProxy:
    """An HTTP/1.1 proxy on 127.0.0.1 that injects faults; use it as a context manager.

    Rates are probabilities per request. ``reorder_delay`` is the (shortest, longest) time in
    seconds a reordered request is held back.
    """

    def __init__(
        self,
        upstream_host: str,
        upstream_port: int,
        *,
        seed: int,
        drop_request: float = 0.3,
        drop_response: float = 0.3,
        duplicate: float = 0.1,
        reorder: float = 0.1,
        cut_mid_body: float = 0.05,
        reorder_delay: tuple[float, float] = (0.02, 0.2),
    ) -> None:
        rates = {
            "drop_request": drop_request,
            "drop_response": drop_response,
            "duplicate": duplicate,
            "reorder": reorder,
            "cut_mid_body": cut_mid_body,
        }
        for name, rate in rates.items():
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be a probability between 0 and 1, not {rate}")
        shortest, longest = reorder_delay
        if not 0.0 < shortest <= longest:
            raise ValueError(f"reorder_delay must be 0 < shortest <= longest, not {reorder_delay}")
        self.upstream_host = upstream_host
        self.upstream_port = upstream_port
        self.seed = seed
        self._rates = rates
        self._reorder_delay = reorder_delay
        self._faulty = any(rate > 0 for rate in rates.values())
        self._occurrences: dict[tuple[str, str, int, int], int] = {}
        self._stats = FaultStats()
        self._lock = threading.Lock()
        self._log: list[tuple[str, str, tuple[str, ...]]] = []
        self._port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._startup_error: BaseException | None = None
        self._failures: list[BaseException] = []  # the proxy's own bugs, raised at exit
        self._stopping: asyncio.Event | None = None
        self._clients: set[asyncio.Task[None]] = set()

    # --- public face ------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The proxy's base URL, e.g. ``http://127.0.0.1:43121``."""
        if not self._port:
            raise RuntimeError("the proxy is not running: use it as a context manager")
        return f"http://127.0.0.1:{self._port}"

    @property
    def port(self) -> int:
        return self._port

    @property
    def stats(self) -> FaultStats:
        """A snapshot of the counters."""
        with self._lock:
            return replace(self._stats)

    @property
    def bytes_from_client(self) -> int:
        """Bytes of complete requests read from clients (heads included)."""
        with self._lock:
            return self._stats.bytes_from_client

    @property
    def bytes_to_client(self) -> int:
        """Bytes written to clients (heads and partial bodies included)."""
        with self._lock:
            return self._stats.bytes_to_client

    @property
    def log(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(method, target, fault names) of every request, in the order they were read."""
        with self._lock:
            return list(self._log)

    def reset_counters(self) -> None:
        """Zero the counters and the log (e.g. between a benchmark's phases)."""
        with self._lock:
            self._stats = FaultStats()
            self._log.clear()

    def __enter__(self) -> FaultyProxy:
        if self._thread is not None:
            raise RuntimeError("a FaultyProxy runs once")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="faulty-proxy", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._startup_error is not None:
            self._thread.join()
            raise self._startup_error
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(raise_failures=exc_type is None)

    def close(self, *, raise_failures: bool = True) -> None:
        """Stop listening, close every connection and end the thread (again: nothing)."""
        assert self._loop is not None and self._thread is not None
        if self._thread.is_alive():
            stopping = self._stopping
            if stopping is not None:
                self._loop.call_soon_threadsafe(stopping.set)
            self._thread.join()
        if self._failures and raise_failures:
            raise RuntimeError("the faulty proxy failed") from self._failures[0]

    # --- the loop's thread ------------------------------------------------------------

    def _run(self) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:  # reported by __enter__ when it happens at start-up
            self._startup_error = error
        finally:
            self._started.set()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            asyncio.set_event_loop(None)
            loop.close()

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(
            self._on_client, "127.0.0.1", 0, limit=_STREAM_LIMIT
        )
        self._port = server.sockets[0].getsockname()[1]
        self._started.set()
        try:
            await self._stopping.wait()
        finally:
            server.close()
            for task in list(self._clients):
                task.cancel()
            await asyncio.gather(*self._clients, return_exceptions=True)
            await server.wait_closed()

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._clients.add(task)
        self._count(client_connections=1)
        try:
            while True:
                request = await read_request(reader)
                if request is None:
                    return
                self._count(requests=1, bytes_from_client=request.message.size)
                if not await self._handle(request, writer):
                    return
        except (BadMessage, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ConnectionError, OSError):
            return  # the connection dies, as it would behind a real proxy
        except asyncio.CancelledError:
            # Only the proxy's exit cancels a connection; asyncio's own callback would report
            # a cancelled connection task as an error.
            return
        except Exception as error:
            self._failures.append(error)
        finally:
            self._clients.discard(task)
            await close_writer(writer)

    async def _handle(self, request: Request, client: asyncio.StreamWriter) -> bool:
        """Forward one request with its faults; False when the client connection must close."""
        faults = self._draw(request)
        with self._lock:
            self._log.append((request.method, request.target, faults.names()))
        if faults.drop_request:
            self._count(dropped_requests=1)
            return False
        if faults.delay:
            self._count(reordered=1)
            await asyncio.sleep(faults.delay)
        message = request.message
        if faults.cut and faults.cut_request_side and message.payload_length:
            await self._exchange(request, cut_at=self._cut_point(message, faults.cut_fraction))
            self._count(cut_requests=1)
            return False
        response = await self._exchange(request)
        if faults.duplicate:
            await self._exchange(request)  # a fresh connection; its response is thrown away
            self._count(duplicated=1)
        if response is None:
            return False  # the server failed: so does the client's connection
        interim, reply = response
        if faults.drop_response:
            self._count(dropped_responses=1)
            return False
        if faults.cut:
            cut_at = self._cut_point(reply, faults.cut_fraction)
            self._count(cut_responses=1)
            await self._send(client, interim + (reply.head + reply.body)[:cut_at])
            return False
        self._count(responses=1)
        await self._send(client, interim, reply.head, reply.body)
        return self._keeps_alive(request, reply)

    async def _exchange(
        self, request: Request, *, cut_at: int | None = None
    ) -> tuple[bytes, Message] | None:
        """Send the request on a fresh upstream connection and read the response (None if
        the server fails or when the request is cut at byte ``cut_at``)."""
        try:
            reader, writer = await asyncio.open_connection(
                self.upstream_host, self.upstream_port, limit=_STREAM_LIMIT
            )
        except OSError:
            return None
        self._count(upstream_requests=1)
        try:
            message = request.message
            if cut_at is not None:
                writer.write((message.head + message.body)[:cut_at])
                await writer.drain()
                return None
            writer.write(message.head)
            writer.write(message.body)
            await writer.drain()
            return await read_response(reader, request.method)
        except (BadMessage, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ConnectionError, OSError):
            return None
        finally:
            await close_writer(writer)

    async def _send(self, client: asyncio.StreamWriter, *parts: bytes) -> None:
        # Counted first: a client that has its answer finds the counters up to date.
        self._count(bytes_to_client=sum(len(part) for part in parts))
        for part in parts:
            client.write(part)
        await client.drain()

    # --- decisions and bookkeeping ----------------------------------------------------

    def _draw(self, request: Request) -> Faults:
        if not self._faulty:
            return Faults()
        body = request.message.body
        key = (request.method, request.target, len(body), zlib.crc32(body))
        with self._lock:
            occurrence = self._occurrences.get(key, 0)
            self._occurrences[key] = occurrence + 1
        rng = random.Random(f"{self.seed}|{key}|{occurrence}")
        # Always the same draws in the same order, so one rate never shifts another's luck.
        draws = {name: rng.random() for name in self._rates}
        delay = rng.uniform(*self._reorder_delay)
        request_side = rng.random() < 0.5
        cut_fraction = rng.random()
        hit = {name: draws[name] < rate for name, rate in self._rates.items()}
        if hit["drop_request"]:
            return Faults(drop_request=True)
        return Faults(
            drop_response=hit["drop_response"],
            duplicate=hit["duplicate"],
            delay=delay if hit["reorder"] else 0.0,
            # A dropped response is not also cut: each counter then names what happened.
            cut=hit["cut_mid_body"] and not hit["drop_response"],
            cut_request_side=request_side,
            cut_fraction=cut_fraction,
        )

    @staticmethod
    def _cut_point(message: Message, fraction: float) -> int:
        """A byte offset inside the body (inside the head when the body is empty): what gets
        through is always short of the whole message."""
        if message.body:
            return len(message.head) + int(fraction * len(message.body))
        return int(fraction * len(message.head))

    @staticmethod
    def _keeps_alive(request: Request, reply: Message) -> bool:
        if "close" in request.message.header_tokens("Connection"):
            return False
        if "close" in reply.header_tokens("Connection"):
            return False
        if reply.header("Content-Length") is None and "chunked" not in reply.header_tokens(
            "Transfer-Encoding"
        ) and reply.body:
            return False  # the body ran to the server's close: so must the client's
        if request.version == "HTTP/1.0":
            return "keep-alive" in request.message.header_tokens("Connection")
        return True

    def _count(self, **increments: int) -> None:
        with self._lock:
            for name, amount in increments.items():
                setattr(self._stats, name, getattr(self._stats, name) + amount)
