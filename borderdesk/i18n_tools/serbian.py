"""Serbian Latin to Serbian Cyrillic, for deriving ``borderdesk_sr_Cyrl.ts``.

Serbian is written in both scripts letter for letter, except three digraphs: lj, nj and
dž are one Cyrillic letter each (љ, њ, џ) unless a prefix ends before them (injekcija,
nadživeti): those words are data (``resources/i18n/sr-transliteration.yaml``).

What must not change is protected: ``{name}`` and ``%1`` placeholders, HTML tags and
entities, the ``&`` of an accelerator (not a letter, so untouched anyway), URLs, and
Latin-only tokens: the listed acronyms, names and key names, tokens with a digit or with
q, w, x or y (foreign words, codes), codes such as ``RS-BAT``, file names and paths, file
patterns (``*.pdf``), options (``--replace``), key combinations (``Ctrl+Shift+D``) and
command lines (``borderdesk hq station add NAME``: the command words are data too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import load_yaml
from borderdesk.core.paths import resource_path
from borderdesk.core.serbian_script import latin_to_cyrillic

#: Spans copied as they are: placeholders, tags, entities, URLs, file patterns,
#: command-line options and key combinations.
PROTECTED_SPANS = re.compile(
    r"\{[^{}]*\}"                 # {name}
    r"|%(?:L?\d+|[sdn])"          # %1, %L1, %n
    r"|<[^<>]*>"                  # <b>, </a>, <br/>
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # &amp; &#160;
    r"|\b(?:https?|file)://\S*"
    r"|i&ARMS"                    # the accelerator inside a name
    r"|\*\.[A-Za-z0-9]+"          # *.pdf in a file dialog's filter
    r"|(?<![\w-])--?[a-z][a-z0-9-]*(?: [A-Z][A-Z0-9_]*\b)?"  # --replace, -o, --quantity N
    r"|\b(?:Ctrl|Alt|Shift|Meta)(?:\+(?:[A-Za-z]+\b|\d+|[^\s\w]))+"  # Ctrl+Shift+D
    r"|'[ -&(-~]+'"               # 'is: VALUE': what is typed, quoted (ASCII inside)
    r'|"[ !#-~]+"'                # "demo station password": also typed as it is
    r"|(?<![\w.])\.[a-z][a-z0-9]{1,5}\b"  # .json: a file's extension
    r"|\b[A-Za-z]-[A-Za-z]\b")     # a-z, A-Z: a range of letters

_TOKEN = re.compile(r"[^\W_]+(?:[._\-/*][^\W_]+)*[/*]?")
_FOREIGN = re.compile(r"[qwxyQWXY0-9]|[._/*]|^[A-Z]{2,}(?:-[A-Z]+)+$")


@dataclass(frozen=True, slots=True)
class Rules:
    """The data of the transliteration: digraph exceptions and Latin-only tokens."""

    #: (lower-case pattern without the bar, offset of the split).
    splits: tuple[tuple[str, int], ...]
    latin_tokens: frozenset[str]
    #: The command line's command words: after "borderdesk" they stay as typed.
    command_words: frozenset[str] = frozenset()
    #: Words of the data files' formats (profile conditions, field names) that messages
    #: about those files name: typed as they are, so never transliterated.
    code_words: frozenset[str] = frozenset()


def load_rules(path: Path) -> Rules:
    """The rules of ``path`` (see the file's comments)."""
    data = load_yaml(path)
    splits = tuple((text.replace("|", "").lower(), text.index("|"))
                   for text in data.require("split_digraphs", list))
    return Rules(splits, frozenset(str(t) for t in data.require("latin_tokens", list)),
                 frozenset(str(w) for w in data.require("command_words", list)),
                 frozenset(str(w) for w in data.require("code_words", list)))


@cache
def default_rules() -> Rules:
    """The bundled rules."""
    return load_rules(resource_path("i18n", "sr-transliteration.yaml"))


def protected_spans(text: str, rules: Rules | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every part of ``text`` that stays as written, in order."""
    rules = rules or default_rules()
    position = 0
    spans = sorted([*(m.span() for m in PROTECTED_SPANS.finditer(text)),
                    *_commands(text, rules)])
    for start, end in spans:
        if start < position:  # inside a command already protected
            continue
        yield from _latin_tokens(text, position, start, rules)
        yield start, end
        position = end
    yield from _latin_tokens(text, position, len(text), rules)


#: A word of a command line after "borderdesk": a command word, an option, a
#: metavariable (NAME), a placeholder or a file's name.
_COMMAND_PART = re.compile(r" (--?[a-z][a-z0-9-]*|[A-Z][A-Z0-9_]+|\{[^{}]*\}|[a-z][a-z0-9-]*"
                           r"|\S+\.[a-z]{2,5}\b)")


def _commands(text: str, rules: Rules) -> Iterator[tuple[int, int]]:
    """The spans of command lines quoted in ``text`` (``borderdesk hq station add NAME``):
    "borderdesk" followed by a command word, then as long as each next word belongs to a
    command (command words, options, metavariables, placeholders, file names)."""
    for match in re.finditer(r"\bborderdesk\b", text):
        end = match.end()
        words = 0
        while (part := _COMMAND_PART.match(text, end)) is not None:
            word = part.group(1)
            if word.islower() and not word.startswith("-") and "." not in word \
                    and word not in rules.command_words:
                break
            if words == 0 and word not in rules.command_words:
                break
            end, words = part.end(), words + 1
        if words:
            yield match.start(), end


def _latin_tokens(text: str, start: int, end: int, rules: Rules) -> Iterator[tuple[int, int]]:
    for token in _TOKEN.finditer(text, start, end):
        word = token.group()
        if word in rules.latin_tokens or word in rules.code_words or _FOREIGN.search(word):
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
    return latin_to_cyrillic(text, _split_points(text, rules))


def _split_points(text: str, rules: Rules) -> set[int]:
    lower = text.lower()
    points: set[int] = set()
    for pattern, offset in rules.splits:
        start = lower.find(pattern)
        while start >= 0:
            points.add(start + offset)
            start = lower.find(pattern, start + 1)
    return points
