"""The HQ application's answers to the store's expected errors, through the real app and
the station's own client: something HQ does not hold (404), a blob too large (413), a
store that fails (503, retried, then "try again later"), each signed and in plain words."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI

from borderdesk.hq.app import MAX_INFLATED, create_app
from borderdesk.hq.blobs import MAX_BLOB
from borderdesk.hq.database import HqDatabase
from borderdesk.sync.client import HqClient, HqRefused, HqUnreachable
from borderdesk.sync.protocol import public_sign_key
from tests.hq.station_data import enrol_station

STATION_ID = "01a2c0de-0000-7000-8000-000000000001"
SHA = "ab" * 32


class AppTransport(httpx.BaseTransport):
    """Sends a synchronous client's requests to the ASGI app in memory (Starlette's own
    TestClient warns that its httpx support is going away)."""

    def __init__(self, app: FastAPI) -> None:
        self._asgi = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def exchange() -> httpx.Response:
            response = await self._asgi.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers,
                                  content=content)

        return asyncio.run(exchange())


@pytest.fixture
def client(hq_db: HqDatabase) -> Iterator[HqClient]:
    """The station's client talking to the real app in memory."""
    enrolled = enrol_station(hq_db, STATION_ID)
    http = httpx.Client(base_url="http://hq.test",
                        transport=AppTransport(create_app(hq_db)))
    hq_key = public_sign_key(enrolled.identity.keys.sign_public())
    with HqClient("http://hq.test", STATION_ID, enrolled.keys, hq_key,
                  retry_delays=(0.0, 0.0), http=http) as station:
        yield station


def test_what_hq_does_not_hold_is_404_in_plain_words(client: HqClient) -> None:
    with pytest.raises(HqRefused, match="does not hold") as refused:
        client.get("/v1/published/99")
    assert refused.value.status == 404
    assert "nothing is published as 99" in str(refused.value)


@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_a_blob_larger_than_hq_takes_is_413(client: HqClient, method: str) -> None:
    size = MAX_BLOB + 1
    ask = (lambda: client.get(f"/v1/blobs/{SHA}", size=size)) if method == "GET" else (
        lambda: client.put_bytes(f"/v1/blobs/{SHA}", b"x" * 10, offset=0, size=size))
    with pytest.raises(HqRefused, match="does not take something this large") as refused:
        ask()
    assert refused.value.status == 413
    assert "200 MB" in str(refused.value)


def test_a_chunk_that_does_not_fit_its_blob_is_400_not_413(client: HqClient) -> None:
    with pytest.raises(HqRefused) as refused:
        client.put_bytes(f"/v1/blobs/{SHA}", b"x" * 10, offset=5, size=12)
    assert refused.value.status == 400 and "does not fit" in str(refused.value)


def test_a_failing_store_is_503_retried_then_try_again_later(
        client: HqClient, hq_db: HqDatabase) -> None:
    hq_db.close()  # every request now finds the store unusable
    with pytest.raises(HqUnreachable) as unreachable:
        client.get("/v1/status")
    text = str(unreachable.value)
    assert "cannot use its store for now" in text and "try again later" in text
    assert "nothing was lost" in text
    assert "sqlite" not in text and "postgresql" not in text  # no store details leak


def test_a_compressed_body_is_verified_as_sent_and_read_inflated(client: HqClient) -> None:
    # Large enough to be compressed; malformed, so that HQ's answer shows it read the JSON.
    with pytest.raises(HqRefused, match="malformed push"):
        client.post_json("/v1/push", {"stream": "nope", "padding": "x" * 5000})


@pytest.mark.parametrize(("body", "status", "words"), [
    (b'{"stream": "changes"}', 400, "not gzip"),
    (gzip.compress(b"[" * (MAX_INFLATED + 1)), 413, "inflates to more than"),
])
def test_a_body_that_is_not_gzip_or_inflates_too_far_is_refused(
        client: HqClient, body: bytes, status: int, words: str) -> None:
    with pytest.raises(HqRefused, match=words) as refused:
        client.call("POST", "/v1/push", body=body, content_type="application/json",
                    content_encoding="gzip")
    assert refused.value.status == status
