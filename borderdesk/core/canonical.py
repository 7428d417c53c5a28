"""Canonical JSON: one text for one value, so that its hash can be recomputed anywhere.

Keys sorted, no spaces, UTF-8 kept as it is (not escaped), and no floats that JSON
cannot hold. The audit chain hashes records in this form, and the seizure report's
QR code carries the hash of a case snapshot in it; headquarters recomputes both.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any


def canonical_json(value: Any) -> str:
    """``value`` as canonical JSON text (raises ValueError for NaN or infinity)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_refuse)


def canonical_sha256(value: Any) -> str:
    """The SHA-256 (hex) of ``value``'s canonical JSON in UTF-8."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def _refuse(value: Any) -> Any:
    # Only JSON's own types: a bytes value or a date must be made text by the caller,
    # in one agreed form, or two programs would hash the same record differently.
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    raise TypeError(f"not canonical JSON: {type(value).__name__}")
