"""Earlier declarations of the same party, from a batch and (optionally) the station.

An index by party role and normalised name, each list sorted by lodging time,
so that "other declarations of this consignee in the last 30 days" is a binary
search, not a scan. Versions of the same declaration id never count.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import timedelta

from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.fields import PARTY_ROLES


class PartyHistory:
    """An index of declarations by party, answering the compiler's ``History`` protocol."""

    def __init__(self, declarations: Iterable[DeclarationFacts] = ()) -> None:
        self._declarations: list[DeclarationFacts] = []
        # One index per role, built on the first question about that role: profiles
        # usually ask about the consignee only, and names cost a normalisation each.
        self._index: dict[str, dict[str, list[tuple[float, int, DeclarationFacts]]]] = {}
        self.add_all(declarations)

    def add_all(self, declarations: Iterable[DeclarationFacts]) -> None:
        """Add declarations (only the latest version of each id should be added)."""
        self._declarations.extend(declarations)
        self._index.clear()

    def _role_index(self, role: str) -> dict[str, list[tuple[float, int, DeclarationFacts]]]:
        index = self._index.get(role)
        if index is None:
            if role not in PARTY_ROLES:
                raise ValueError(f"not a party role: {role}")
            built: dict[str, list[tuple[float, int, DeclarationFacts]]] = defaultdict(list)
            for number, declaration in enumerate(self._declarations):
                key = declaration.party_key(role)
                if key:
                    built[key].append((declaration.lodged_at.timestamp(), number, declaration))
            for entries in built.values():
                entries.sort(key=lambda entry: (entry[0], entry[1]))
            index = self._index[role] = built
        return index

    def earlier(self, declaration: DeclarationFacts, role: str, hours: float | None,
                strict: bool) -> Iterator[DeclarationFacts]:
        """Other declarations of the same ``role`` party lodged before ``declaration``
        (strictly before when ``strict``, else up to and including its time), and
        within ``hours`` of it when given."""
        key = declaration.party_key(role)
        if not key:
            return iter(())
        entries = self._role_index(role).get(key)
        if not entries:
            return iter(())
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
        # Lazy: a regular consignee has hundreds of earlier declarations, and most
        # questions ("any?", "at least 2?") are answered by the first few.
        return (entries[index][2] for index in range(end - 1, start - 1, -1)
                if entries[index][2].declaration_id != own)
