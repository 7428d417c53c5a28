"""Station-made ids: unique, time-ordered UUIDv7."""

from __future__ import annotations

import uuid

from borderdesk.core.ids import new_id


def test_ids_are_version_7_uuids() -> None:
    parsed = uuid.UUID(new_id())
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_ids_made_one_after_another_sort_in_order_and_never_repeat() -> None:
    ids = [new_id() for _ in range(20_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
