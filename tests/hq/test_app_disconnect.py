"""A request whose connection is cut in the middle of its body (a station on a bad
network): HQ applies nothing and treats it as the network's fault, not as its own
error (no traceback in its log, no 500)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from borderdesk.hq.app import create_app
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.identity import init_hq


def _cut_request(app: Any, path: str, whole: int, sent: bytes) -> list[dict[str, Any]]:
    """Send ``sent`` of a body announced as ``whole`` bytes, then disconnect; the
    messages the app sent back."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "PUT", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"offset=0&size=" + str(whole).encode(), "root_path": "",
             "headers": [(b"content-length", str(whole).encode())],
             "client": ("127.0.0.1", 40000), "server": ("127.0.0.1", 8000)}
    incoming: list[dict[str, Any]] = [{"type": "http.request", "body": sent, "more_body": True},
                {"type": "http.disconnect"}]
    outgoing: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        outgoing.append(message)

    asyncio.run(app(scope, receive, send))
    return outgoing


def test_a_body_cut_short_is_not_an_error_at_hq(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    url = sqlite_url(tmp_path / "hq.db")
    init_hq(url, now=1_800_000_000)
    db = HqDatabase.open(url)
    try:
        app = create_app(db)
        with caplog.at_level(logging.ERROR):
            answer = _cut_request(app, "/v1/blobs/" + "a" * 64, 1000, b"x" * 400)
        with db.transaction(write=False) as tx:
            stored = tx.one("SELECT count(*) FROM hq_blob_chunks")
    finally:
        db.close()
    assert answer[0]["status"] == 400
    assert caplog.records == []
    assert stored is not None and stored[0] == 0
