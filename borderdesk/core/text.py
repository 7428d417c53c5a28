"""Text normalisation for search and matching across the region's languages and scripts.

:func:`normalise` is the one form in which names, descriptions and keywords are
compared: lower case, Cyrillic transliterated to Latin (Serbian and Macedonian
conventions, the other Cyrillic letters as listed below), Latin letters folded
(``đ``→``dj``, ``ß``→``ss``, accents removed after NFKD decomposition), and
every other character that is not a letter or digit turned into a space.
``Petrović``, ``PETROVIC`` and ``Петровић`` all become ``petrovic``;
``ПИШТОЉ`` and ``Pištolj`` become ``pistolj``; ``Yılmaz`` becomes ``yilmaz``.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    # Serbian and Macedonian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
    "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    # Other Cyrillic (Russian, Bulgarian, Ukrainian, Belarusian)
    "щ": "sht", "ъ": "a", "ь": "", "ю": "yu", "я": "ya", "й": "y", "ё": "e", "э": "e",
    "ы": "y", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
}
# Latin letters whose plain form is not the letter without its accent.
_LATIN = {
    "đ": "dj", "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    "ð": "d", "ħ": "h", "ŧ": "t", "ŋ": "n",
}
_TRANSLATE = str.maketrans({**_CYRILLIC, **_LATIN})
# The combining marks NFKD leaves after a letter (accents, háčeks, cedillas, ...).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """The normalised form of ``text``: the form names and keywords are compared in."""
    lowered = text.lower()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered.translate(_TRANSLATE))
        # NFKD may reveal letters that need lowering or the table again (𝕊, ligatures).
        lowered = _COMBINING.sub("", decomposed).lower().translate(_TRANSLATE)
    return _NOT_ALNUM.sub(" ", lowered).strip()


def search_tokens(text: str) -> list[str]:
    """The words of the normalised text (what the search index holds)."""
    return normalise(text).split()


def compact(text: str) -> str:
    """Normalised without spaces: how plates and ids are compared (``NS 482-ŠK`` → ``ns482sk``)."""
    return "".join(search_tokens(text))
