"""Just enough HTTP/1.1 framing for the fault-injecting proxy: read a request or a response
off an asyncio stream as the bytes that were on the wire (head, then a Content-Length, chunked or
read-to-close body), so the proxy can pass them on whole, twice, or cut short."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, replace

__all__ = ["BadMessage", "Message", "Request", "close_writer", "read_request", "read_response"]

_HEAD_END = b"\r\n\r\n"
_LINE_END = b"\r\n"


class BadMessage(Exception):
    """A message the proxy cannot frame: the connection is closed, as a real proxy would."""


@dataclass(frozen=True)
class Message:
    """One HTTP/1.1 message as read from the wire: its head and its body, framing kept."""

    start_line: str
    headers: tuple[tuple[str, str], ...]
    head: bytes
    body: bytes  # raw: chunk sizes and trailers included when chunked
    payload_length: int  # the body without its framing (what a cut is measured against)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def header_tokens(self, name: str) -> set[str]:
        value = self.header(name) or ""
        return {token.strip().lower() for token in value.split(",") if token.strip()}

    @property
    def size(self) -> int:
        """Bytes on the wire."""
        return len(self.head) + len(self.body)


@dataclass(frozen=True)
class Request:
    """A request message with its request line taken apart."""

    message: Message
    method: str
    target: str
    version: str


def _parse_head(head: bytes) -> tuple[str, tuple[tuple[str, str], ...]]:
    text = head[: -len(_HEAD_END)].decode("latin-1")  # HTTP's own header charset
    start_line, *lines = text.split("\r\n")
    headers: list[tuple[str, str]] = []
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise BadMessage(f"bad header line {line!r}")
        headers.append((name, value.strip()))
    return start_line, tuple(headers)


async def _read_chunked(reader: asyncio.StreamReader) -> tuple[bytes, int]:
    """The raw chunked body (sizes, extensions and trailers kept) and its payload length."""
    raw = bytearray()
    payload = 0
    while True:
        size_line = await reader.readuntil(_LINE_END)
        raw += size_line
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError as error:
            raise BadMessage(f"bad chunk size {size_line!r}") from error
        if size == 0:
            while True:  # trailers, up to the blank line
                trailer = await reader.readuntil(_LINE_END)
                raw += trailer
                if trailer == _LINE_END:
                    return bytes(raw), payload
        raw += await reader.readexactly(size + len(_LINE_END))
        payload += size


async def _read_body(
    reader: asyncio.StreamReader, head: bytes, *, until_eof: bool
) -> Message:
    start_line, headers = _parse_head(head)
    message = Message(start_line, headers, head, b"", 0)
    if "chunked" in message.header_tokens("Transfer-Encoding"):
        body, payload = await _read_chunked(reader)
        return replace(message, body=body, payload_length=payload)
    length = message.header("Content-Length")
    if length is not None:
        if not length.isdigit():
            raise BadMessage(f"bad Content-Length {length!r}")
        body = await reader.readexactly(int(length))
        return replace(message, body=body, payload_length=len(body))
    if until_eof:
        body = await reader.read()
        return replace(message, body=body, payload_length=len(body))
    return message


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    """The next request on a client connection, or None when the client closed it."""
    try:
        head = await reader.readuntil(_HEAD_END)
    except asyncio.IncompleteReadError as error:
        if error.partial.strip():
            raise BadMessage("connection closed in a request head") from error
        return None
    message = await _read_body(reader, head, until_eof=False)
    parts = message.start_line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadMessage(f"bad request line {message.start_line!r}")
    return Request(message, parts[0], parts[1], parts[2])


async def read_response(reader: asyncio.StreamReader, method: str) -> tuple[bytes, Message]:
    """Interim (1xx) response heads, then the final response."""
    interim = bytearray()
    while True:
        head = await reader.readuntil(_HEAD_END)
        parts = head.split(_LINE_END, 1)[0].split(b" ", 2)  # the reason phrase may be absent
        if len(parts) < 2 or not parts[1].isdigit():
            raise BadMessage(f"bad status line {head[:80]!r}")
        status = int(parts[1])
        if 100 <= status < 200 and status != 101:
            interim += head
            continue
        if method == "HEAD" or status in (101, 204, 304):
            start_line, headers = _parse_head(head)
            return bytes(interim), Message(start_line, headers, head, b"", 0)
        return bytes(interim), await _read_body(reader, head, until_eof=True)


async def close_writer(writer: asyncio.StreamWriter) -> None:
    """Close a connection; one the peer already broke is just as closed."""
    writer.close()
    with contextlib.suppress(ConnectionError, OSError):
        await writer.wait_closed()
