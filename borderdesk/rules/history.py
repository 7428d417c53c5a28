"""Earlier declarations of the same party, from a batch and (optionally) the station.

An index by party role and normalised name, each list sorted by lodging time,
so that "other declarations of this consignee in the last 30 days" is a binary
search, not a scan. Versions of the same declaration id never count.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timedelta

from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.fields import PARTY_ROLES


class PartyHistory:
    """An index of declarations by party, answering the compiler's ``History`` protocol."""

    def __init__(self, declarations: Iterable[DeclarationFacts] = ()) -> None:
        self._index: dict[str, dict[str, list[tuple[float, int, DeclarationFacts]]]] = {
            role: defaultdict(list) for role in PARTY_ROLES}
        self._count = 0
        self._sorted = True
        self.add_all(declarations)

    def add_all(self, declarations: Iterable[DeclarationFacts]) -> None:
        """Add declarations (only the latest version of each id should be added)."""
        for declaration in declarations:
            stamp = declaration.lodged_at.timestamp()
            for role in PARTY_ROLES:
                key = declaration.party_key(role)
                if key:
                    self._index[role][key].append((stamp, self._count, declaration))
            self._count += 1
        self._sorted = False

    def _ensure_sorted(self) -> None:
        if not self._sorted:
            for by_name in self._index.values():
                for entries in by_name.values():
                    entries.sort(key=lambda entry: (entry[0], entry[1]))
            self._sorted = True

    def earlier(self, declaration: DeclarationFacts, role: str, hours: float | None,
                strict: bool) -> Sequence[DeclarationFacts]:
        """Other declarations of the same ``role`` party lodged before ``declaration``
        (strictly before when ``strict``, else up to and including its time), and
        within ``hours`` of it when given."""
        key = declaration.party_key(role)
        if not key:
            return ()
        self._ensure_sorted()
        entries = self._index[role].get(key)
        if not entries:
            return ()
        stamp = declaration.lodged_at.timestamp()
        if strict:
            end = bisect.bisect_left(entries, stamp, key=lambda entry: entry[0])
        else:
            end = bisect.bisect_right(entries, stamp, key=lambda entry: entry[0])
        start = 0
        if hours is not None:
            since = stamp - timedelta(hours=hours).total_seconds()
            start = bisect.bisect_left(entries, since, key=lambda entry: entry[0])
        own = declaration.declaration_id
        return [entry[2] for entry in entries[start:end] if entry[2].declaration_id != own]
