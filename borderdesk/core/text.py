"""Text normalisation for search and matching across the region's scripts.

``Petrović``, ``Petrovic``, ``PETROVIĆ`` and ``Петровић`` all normalise to
``petrovic``: Cyrillic is transliterated to Latin (Serbian and Macedonian
conventions, with the common Russian, Bulgarian and Ukrainian letters), then
diacritics are removed and case is folded. ``đ``/``ђ`` become ``dj``, as
officers type them on keyboards without the letter.
"""

from __future__ import annotations

import re
import unicodedata

# Letters whose Latin form is not the letter without its accent, or that have
# no decomposition at all. Everything else loses its combining marks.
_LATIN_SPECIAL = {
    "đ": "dj", "Đ": "dj", "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    "ħ": "h", "ŧ": "t", "ŋ": "n",
}

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z",
    "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
    "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s",
    # Macedonian
    "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    # Russian, Bulgarian, Ukrainian, Belarusian
    "й": "j", "щ": "sht", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "ё": "e", "і": "i", "ї": "ji", "є": "je", "ґ": "g", "ў": "u",
}

_TRANSLATE = str.maketrans(
    {
        **_LATIN_SPECIAL,
        **_CYRILLIC,
        **{k.upper(): v for k, v in _CYRILLIC.items() if k.upper() != k},
    }
)
_SPACES = re.compile(r"\s+")


# The combining marks NFKD leaves after a letter (accents, háčeks, cedillas, ...).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Fold case, script and diacritics: the form two names are compared in."""
    if text.isascii():
        # Most goods descriptions and many names: nothing to transliterate or strip.
        return _SPACES.sub(" ", text.lower()).strip()
    transliterated = text.translate(_TRANSLATE)
    decomposed = unicodedata.normalize("NFKD", transliterated)
    stripped = _COMBINING.sub("", decomposed)
    return _SPACES.sub(" ", stripped.casefold().translate(_TRANSLATE)).strip()


_TOKEN = re.compile(r"[0-9a-z]+")


def search_tokens(text: str) -> list[str]:
    """Split folded text into the alphanumeric tokens the search index holds."""
    return _TOKEN.findall(fold(text))
