"""A translatable message as the extractors find it: its context, English source and
where it stands (``path``, ``line``) in the sources or data files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

#: The context of :func:`borderdesk.core.i18n.tr` and ``mark`` when none is given.
DEFAULT_CONTEXT = "borderdesk"
#: The context the printed documents look in first (services/reports.py).
REPORT_CONTEXT = "report"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a message is written: a path relative to the project root, and a line."""

    path: str
    line: int


@dataclass(slots=True)
class Message:
    """One (context, source) pair and every place it is written."""

    context: str
    source: str
    locations: list[Location] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        """What the runtime looks a translation up by."""
        return (self.context, self.source)


@dataclass(frozen=True, slots=True)
class Problem:
    """A call the extractor cannot turn into a message (an f-string, an unknown context)."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def merge_found(found: Iterable[tuple[str, str, Location]]) -> list[Message]:
    """Messages from (context, source, location) triples, in first-seen order, each with
    its locations sorted and without repeats."""
    by_key: dict[tuple[str, str], Message] = {}
    for context, source, location in found:
        message = by_key.setdefault((context, source), Message(context, source))
        if location not in message.locations:
            message.locations.append(location)
    for message in by_key.values():
        message.locations.sort(key=lambda loc: (loc.path, loc.line))
    return list(by_key.values())
