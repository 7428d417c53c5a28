"""Station-generated record ids: UUIDv7 strings (time-ordered, RFC 9562).

Ids sort by creation time, so a table's id order is its insertion order, and a
station can make them offline without asking anyone. Within one process the ids
are strictly increasing, even within the same millisecond.
"""

from __future__ import annotations

import os
import random
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_counter = 0
# Seeded from the OS: the random bits only need to be unique, not secret.
_random = random.Random(os.urandom(16))


def new_id() -> str:
    """Return a new UUIDv7 as a 36-character lower-case string."""
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > _last_ms:
            _last_ms = now_ms
            # Start the 12-bit counter low so many ids fit in the same millisecond.
            _counter = _random.getrandbits(10)
        else:
            _counter += 1
            if _counter > 0xFFF:
                # More than ~3000 ids in one millisecond: borrow the next one.
                _last_ms += 1
                _counter = 0
        value = (
            (_last_ms << 80)
            | (0x7 << 76)
            | (_counter << 64)
            | (0b10 << 62)
            | _random.getrandbits(62)
        )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
