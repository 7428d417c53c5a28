"""Reading, merging and writing Qt Linguist ``.ts`` files (TS 2.1), as lupdate does.

A merge keeps every translation already written: a message still in the sources keeps
its translation and state; a new one is added ``unfinished``; one that vanished from
the sources keeps its translation marked ``obsolete`` (a translation never written is
dropped) and gets it back, finished, if it returns. Files are written in a stable order
(contexts by name, messages by where they first stand) so that a re-extraction without
changes leaves them byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from defusedxml import ElementTree

from borderdesk.i18n_tools.messages import Location, Message

FINISHED = "finished"
UNFINISHED = "unfinished"
OBSOLETE = "obsolete"
VANISHED = "vanished"


@dataclass(slots=True)
class TsEntry:
    """One message of a ``.ts`` file with its translation and its state."""

    context: str
    source: str
    translation: str = ""
    state: str = UNFINISHED
    locations: list[Location] = field(default_factory=list)
    translator_comment: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """(context, source), as the program looks it up."""
        return (self.context, self.source)

    @property
    def current(self) -> bool:
        """Whether the message is still in the sources (not obsolete or vanished)."""
        return self.state in (FINISHED, UNFINISHED)


@dataclass(slots=True)
class TsFile:
    """A language's messages (``language`` in Qt's form, ``sr_Latn``)."""

    language: str
    entries: list[TsEntry] = field(default_factory=list)

    def by_key(self) -> dict[tuple[str, str], TsEntry]:
        """The entries by (context, source)."""
        return {entry.key: entry for entry in self.entries}

    def current(self) -> list[TsEntry]:
        """The entries still in the sources."""
        return [entry for entry in self.entries if entry.current]


def read_ts(path: Path) -> TsFile:
    """The entries of a ``.ts`` file (plural forms are not used by borderdesk: skipped)."""
    root = ElementTree.parse(path).getroot()
    if root is None or root.tag != "TS":
        raise ValueError(f"{path}: not a Qt Linguist file")
    ts = TsFile(root.get("language") or path.stem.removeprefix("borderdesk_"))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.find("numerusform") is not None:
                continue
            kind = translation.get("type")
            state = kind if kind in (UNFINISHED, OBSOLETE, VANISHED) else FINISHED
            locations = [Location(_from_ts_dir(loc.get("filename") or ""),
                                  int(loc.get("line") or 0))
                         for loc in message.iter("location")]
            ts.entries.append(TsEntry(
                name, message.findtext("source") or "", translation.text or "", state,
                locations, message.findtext("translatorcomment") or ""))
    return ts


def merge(existing: TsFile, messages: Iterable[Message]) -> TsFile:
    """``existing`` updated to ``messages``: see the module's docstring."""
    old = existing.by_key()
    merged = TsFile(existing.language)
    seen: set[tuple[str, str]] = set()
    for message in messages:
        seen.add(message.key)
        before = old.get(message.key)
        entry = TsEntry(message.context, message.source, locations=list(message.locations))
        if before is not None:
            entry.translation = before.translation
            entry.translator_comment = before.translator_comment
            # A message that comes back keeps its translation as it was (lupdate does too).
            entry.state = FINISHED if before.state != UNFINISHED and before.translation \
                else UNFINISHED
        merged.entries.append(entry)
    for entry in existing.entries:
        if entry.key not in seen and entry.translation:
            merged.entries.append(TsEntry(entry.context, entry.source, entry.translation,
                                          OBSOLETE, [], entry.translator_comment))
    return merged


def render_ts(ts: TsFile) -> str:
    """The text of ``ts`` as a TS 2.1 file, in a stable order."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{ts.language}" sourcelanguage="en">']
    contexts: dict[str, list[TsEntry]] = {}
    for entry in ts.entries:
        contexts.setdefault(entry.context, []).append(entry)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for entry in sorted(contexts[name], key=_order):
            lines.append("    <message>")
            lines += [f"        <location filename={quoteattr(_to_ts_dir(loc.path))}"
                      f' line="{loc.line}"/>' for loc in entry.locations]
            lines.append(f"        <source>{escape(entry.source)}</source>")
            if entry.translator_comment:
                lines.append(f"        <translatorcomment>{escape(entry.translator_comment)}"
                             "</translatorcomment>")
            kind = "" if entry.state == FINISHED else f' type="{entry.state}"'
            lines.append(f"        <translation{kind}>{escape(entry.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(ts: TsFile, path: Path) -> bool:
    """Write ``ts`` to ``path``; whether the file changed."""
    text = render_ts(ts)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def _order(entry: TsEntry) -> tuple[int, str, int, str]:
    first = entry.locations[0] if entry.locations else Location("", 0)
    return (0 if entry.current else 1, first.path, first.line, entry.source)


# Locations are written relative to the .ts file (resources/i18n/), as lupdate does.
_TS_DIR_PREFIX = "../../"


def _to_ts_dir(path: str) -> str:
    return _TS_DIR_PREFIX + path


def _from_ts_dir(path: str) -> str:
    return path.removeprefix(_TS_DIR_PREFIX)
