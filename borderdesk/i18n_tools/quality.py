"""What a translation must keep, and when a language is complete enough to ship.

Every written translation keeps its source's ``{name}`` and ``%1`` placeholders and its
HTML tags, and its accelerator: one ``&`` when the source has one, none otherwise
(``&&`` is a literal ampersand). A language in Cyrillic has no Latin letters outside the
tokens that stay Latin (:func:`borderdesk.i18n_tools.serbian.protected_spans`). A shipped
language has no unfinished entry, and at least :data:`MIN_DIFFERENT` of its entries differ
from English (a file of copied English is not a translation).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from borderdesk.i18n_tools.serbian import protected_spans
from borderdesk.i18n_tools.ts_files import UNFINISHED, TsEntry, TsFile

MIN_DIFFERENT = 0.9
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
_TAG = re.compile(r"<[^<>]*>")
_ACCELERATOR = re.compile(r"&(?!&)(?![A-Za-z]+;|#\d+;)")


def _accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def entry_problems(entry: TsEntry, script: str = "Latn") -> list[str]:
    """What is wrong with one written translation (nothing for an empty one)."""
    text = entry.translation
    if not text:
        return []
    problems = []
    if Counter(_PLACEHOLDER.findall(text)) != Counter(_PLACEHOLDER.findall(entry.source)):
        problems.append("placeholders differ from the source's")
    if Counter(_TAG.findall(text)) != Counter(_TAG.findall(entry.source)):
        problems.append("HTML tags differ from the source's")
    wanted = min(_accelerators(entry.source), 1)
    if _accelerators(text) != wanted:
        problems.append("the accelerator & must appear once" if wanted
                        else "an & appears where the source has no accelerator")
    if script == "Cyrl" and latin_letters(text):
        problems.append(f"Latin letters outside protected tokens: {latin_letters(text)}")
    return problems


def latin_letters(text: str) -> str:
    """The Latin letters of ``text`` outside the tokens that stay Latin."""
    kept = list(text)
    for start, end in protected_spans(text):
        kept[start:end] = [" "] * (end - start)
    return "".join(ch for ch in kept
                   if ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))


def file_problems(ts: TsFile, script: str, *, shipped: bool) -> list[str]:
    """Every problem of a language's file; completeness only when ``shipped``."""
    problems = []
    current = ts.current()
    for entry in current:
        where = f"{entry.context}: {entry.source[:60]!r}"
        if shipped and entry.state == UNFINISHED:
            problems.append(f"{where}: unfinished")
        problems.extend(f"{where}: {problem}" for problem in entry_problems(entry, script))
    if shipped and current:
        different = sum(1 for e in current if e.translation and e.translation != e.source)
        if different < MIN_DIFFERENT * len(current):
            problems.append(f"only {different} of {len(current)} entries differ from English "
                            f"(at least {MIN_DIFFERENT:.0%} must)")
    return problems
