"""Naming each request the station's HTTP client makes, for the crash tests: a kill can
then fall on a chosen step of a push rather than at a random moment.

The steps: ``send GET /v1/status``, ``send POST /v1/push changes`` (or ``audit``),
``send PUT /v1/blobs offset=N``, ``send POST /v1/checkpoint``..., and ``answered POST
/v1/push changes`` once HQ's answer to a push has come back (HQ has applied the batch,
the station has not yet recorded the acknowledgment).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from borderdesk.sync.client import Answer, HqClient

Patch = Callable[[Any, str, Any], None]


def trace_requests(report: Callable[[str], None], patch: Patch = setattr) -> None:
    """Make every HqClient call ``report`` with each step (``patch``: ``setattr``, or a
    test's ``monkeypatch.setattr`` to undo it afterwards)."""
    get, post_json, put_bytes = HqClient.get, HqClient.post_json, HqClient.put_bytes

    def traced_get(self: HqClient, path: str, *args: Any, **query: Any) -> Answer:
        report(f"send GET {'/'.join(path.split('/')[:3])}")
        return get(self, path, *args, **query)

    def traced_post(self: HqClient, path: str, value: Any, *args: Any,
                    **kwargs: Any) -> Answer:
        step = f"POST {path} {value.get('stream', '')}".rstrip()
        report(f"send {step}")
        answer = post_json(self, path, value, *args, **kwargs)
        report(f"answered {step}")
        return answer

    def traced_put(self: HqClient, path: str, data: bytes, *args: Any,
                   **query: Any) -> Answer:
        report(f"send PUT /v1/blobs offset={query.get('offset')}")
        return put_bytes(self, path, data, *args, **query)

    patch(HqClient, "get", traced_get)
    patch(HqClient, "post_json", traced_post)
    patch(HqClient, "put_bytes", traced_put)
