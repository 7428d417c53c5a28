"""Serbian Latin to Serbian Cyrillic, for deriving ``borderdesk_sr_Cyrl.ts``.

Serbian is written in both scripts letter for letter, except three digraphs: lj, nj and
dž are one Cyrillic letter each (љ, њ, џ) unless a prefix ends before them (injekcija,
nadživeti): those words are data (``resources/i18n/sr-transliteration.yaml``).

What must not change is protected: ``{name}`` and ``%1`` placeholders, HTML tags and
entities, the ``&`` of an accelerator (not a letter, so untouched anyway), URLs, and
Latin-only tokens: the listed acronyms and names, tokens with a digit or with q, w, x or
y (foreign words, codes), codes such as ``RS-BAT``, file names and paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import load_yaml
from borderdesk.core.paths import resource_path

_SINGLE = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))
_SINGLE.update({k.upper(): v.upper() for k, v in list(_SINGLE.items())})
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

#: Spans copied as they are: placeholders, tags, entities, URLs.
PROTECTED_SPANS = re.compile(
    r"\{[^{}]*\}"                 # {name}
    r"|%(?:L?\d+|[sdn])"          # %1, %L1, %n
    r"|<[^<>]*>"                  # <b>, </a>, <br/>
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # &amp; &#160;
    r"|\b(?:https?|file)://\S+")
_TOKEN = re.compile(r"[^\W_]+(?:[._\-/*][^\W_]+)*[/*]?")
_FOREIGN = re.compile(r"[qwxyQWXY0-9]|[._/*]|^[A-Z]{2,}(?:-[A-Z]+)+$")


@dataclass(frozen=True, slots=True)
class Rules:
    """The data of the transliteration: digraph exceptions and Latin-only tokens."""

    #: (lower-case pattern without the bar, offset of the split).
    splits: tuple[tuple[str, int], ...]
    latin_tokens: frozenset[str]


def load_rules(path: Path) -> Rules:
    """The rules of ``path`` (see the file's comments)."""
    data = load_yaml(path)
    splits = tuple((text.replace("|", "").lower(), text.index("|"))
                   for text in data.require("split_digraphs", list))
    return Rules(splits, frozenset(str(t) for t in data.require("latin_tokens", list)))


@cache
def default_rules() -> Rules:
    """The bundled rules."""
    return load_rules(resource_path("i18n", "sr-transliteration.yaml"))


def protected_spans(text: str, rules: Rules | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every part of ``text`` that stays as written, in order."""
    rules = rules or default_rules()
    position = 0
    for match in PROTECTED_SPANS.finditer(text):
        yield from _latin_tokens(text, position, match.start(), rules)
        yield match.span()
        position = match.end()
    yield from _latin_tokens(text, position, len(text), rules)


def _latin_tokens(text: str, start: int, end: int, rules: Rules) -> Iterator[tuple[int, int]]:
    for token in _TOKEN.finditer(text, start, end):
        word = token.group()
        if word in rules.latin_tokens or _FOREIGN.search(word):
            yield token.span()


def to_cyrillic(text: str, rules: Rules | None = None) -> str:
    """``text`` (Serbian in Latin letters) in Cyrillic, protected parts unchanged."""
    rules = rules or default_rules()
    parts: list[str] = []
    position = 0
    for start, end in protected_spans(text, rules):
        parts.append(_words(text[position:start], rules))
        parts.append(text[start:end])
        position = end
    parts.append(_words(text[position:], rules))
    return "".join(parts)


def _words(text: str, rules: Rules) -> str:
    splits = _split_points(text, rules)
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        letter = _DIGRAPHS.get(pair.lower()) if i + 1 not in splits else None
        if letter is not None:
            out.append(letter.upper() if pair[0].isupper() else letter)
            i += 2
            continue
        out.append(_SINGLE.get(text[i], text[i]))
        i += 1
    return "".join(out)


def _split_points(text: str, rules: Rules) -> set[int]:
    lower = text.lower()
    points: set[int] = set()
    for pattern, offset in rules.splits:
        start = lower.find(pattern)
        while start >= 0:
            points.add(start + offset)
            start = lower.find(pattern, start + 1)
    return points
