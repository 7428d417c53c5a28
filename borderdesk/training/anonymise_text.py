"""Finding a case's nominal values in any text, however it is written, and replacing them.

A value is compared in a *loose* form: :func:`borderdesk.core.text.normalise` (case,
diacritics, Cyrillic to Latin) and then the spellings one name takes across the region's
scripts and languages folded together (``ch``/``ć``/``q`` → ``c``, ``sh`` → ``s``, ``zh``
→ ``z``, ``dj`` → ``d``, ``w`` → ``v``), with every character that is not a letter or a
digit ignored. So ``Petrović``, ``PETROVICH``, ``Петровић`` and ``petro-vic`` are one
value, and so are ``BK 3318207``, ``bk3318207`` and ``BK-331.8207``.

A value is found in a text where its letters and digits follow one another there, from
the start of a word to the end of one (separators between them do not matter); a value
with digits of five or more characters is also found inside a longer word (a plate
glued to a prefix). :func:`scrub` replaces what it finds in the original text, keeping
everything else as it was written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from borderdesk.core.serbian_script import cyrillic_to_latin, is_cyrillic, latin_to_cyrillic
from borderdesk.core.text import normalise

#: Spellings of one sound across the region's scripts, folded to one letter (longest first).
_LOOSE = (("dzh", "dz"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("dj", "d"), ("kh", "h"),
          ("q", "c"), ("w", "v"))
#: Shorter values with digits are found only as whole words (a "12" inside "2012" is not).
_INSIDE_WORDS = 5
#: A run of digits (with the separators numbers are written with) that looks like a phone,
#: document or serial number in free text: six digits or more.
NUMBER_LIKE = re.compile(r"\+?(?<!\d)\d(?:[ ./-]?\d){5,}(?!\d)")


def loose(text: str) -> str:
    """The loose form of ``text`` without separators: how values are compared."""
    return FoldedText(text).folded




@dataclass(frozen=True, slots=True)
class NominalValue:
    """A value of the case that must not leave it: a name, plate, document or serial
    number, address, phone number or date."""

    text: str
    kind: str
    #: Where in the case it was read ("declaration driver.name"), for messages.
    source: str

    @property
    def key(self) -> str:
        """The loose form the value is looked for in."""
        return loose(self.text)


class FoldedText:
    """A text in its loose form, each folded letter knowing the characters it came from."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        word_start: list[bool] = []
        boundary = True
        for index, char in enumerate(text):
            piece = normalise(char).replace(" ", "")
            if not piece:
                # A combining mark belongs to the letter before it; anything else separates.
                if not (char.isalnum() or _is_mark(char)):
                    boundary = True
                elif ends:
                    ends[-1] = index + 1
                continue
            for letter in piece:
                chars.append(letter)
                starts.append(index)
                ends.append(index + 1)
                word_start.append(boundary)
                boundary = False
        self._fold(chars, starts, ends, word_start)

    def _fold(self, chars: list[str], starts: list[int], ends: list[int],
              word_start: list[bool]) -> None:
        out: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.word_start: list[bool] = []
        i = 0
        while i < len(chars):
            letter, size = _digraph(chars, i)
            if any(word_start[i + 1:i + size]):
                # "aac, HA": the c and the h are two words' letters, not one digraph.
                letter, size = chars[i], 1
            for position, folded_letter in enumerate(letter):
                out.append(folded_letter)
                self.starts.append(starts[i])
                self.ends.append(ends[i + size - 1])
                self.word_start.append(word_start[i] and position == 0)
            i += size
        self.folded = "".join(out)

    def find(self, key: str) -> list[tuple[int, int]]:
        """Where ``key`` (a loose form) is in the text: ``(start, end)`` in the original,
        first to last, not overlapping."""
        if not key:
            return []
        inside = len(key) >= _INSIDE_WORDS and any(c.isdigit() for c in key)
        found: list[tuple[int, int]] = []
        at = self.folded.find(key)
        while at >= 0:
            end = at + len(key)
            whole = self.word_start[at] and (end == len(self.folded) or self.word_start[end])
            if whole or inside:
                found.append((self.starts[at], self.ends[end - 1]))
                at = self.folded.find(key, end)
            else:
                at = self.folded.find(key, at + 1)
        return found


def _digraph(chars: list[str], index: int) -> tuple[str, int]:
    """The folded letter at ``index`` and how many letters it takes."""
    for spelled, letter in _LOOSE:
        if "".join(chars[index:index + len(spelled)]) == spelled:
            return letter, len(spelled)
    return chars[index], 1


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def find_values(text: str, values: Iterable[NominalValue]) -> list[NominalValue]:
    """The values found in ``text``, in the order given."""
    folded = FoldedText(text)
    return [value for value in values if folded.find(value.key)]


def scrub(text: str, replacements: Mapping[str, str],
          number: Callable[[str], str] | None = None) -> str:
    """``text`` with every occurrence of a value of ``replacements`` (by its loose key:
    the invented value to write instead) replaced, longest values first; then each
    number-like run left (:data:`NUMBER_LIKE`, a phone or document number nobody
    listed) replaced by what ``number`` invents for it."""
    spans: list[tuple[int, int, str]] = []
    folded = FoldedText(text)
    for key in sorted(replacements, key=len, reverse=True):
        for start, end in folded.find(key):
            if all(end <= s or start >= e for s, e, _new in spans):
                spans.append((start, end, replacements[key]))
    result = text
    for start, end, new in sorted(spans, reverse=True):
        result = result[:start] + fitted(new, text[start:end]) + result[end:]
    if number is None:
        return result
    return NUMBER_LIKE.sub(lambda m: number(m.group(0)), result)


def fitted(invented: str, written: str) -> str:
    """``invented`` written the way ``written`` is: its script and, when it is all capitals,
    in capitals; only from its first letter or digit to its last (the text keeps its own
    separators around it)."""
    if is_cyrillic(invented) and not is_cyrillic(written):
        invented = cyrillic_to_latin(invented)
    elif is_cyrillic(written) and not is_cyrillic(invented):
        invented = latin_to_cyrillic(invented)
    if written.isupper():
        invented = invented.upper()
    start = next((i for i, c in enumerate(invented) if c.isalnum()), 0)
    end = max((i + 1 for i, c in enumerate(invented) if c.isalnum()), default=len(invented))
    return invented[start:end]
