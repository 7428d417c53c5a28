"""Serbian's two scripts, letter for letter.

Serbian is written in Latin and Cyrillic letters that match one to one, except the three
digraphs lj, nj and dž, which are one Cyrillic letter each (љ, њ, џ), unless the two
letters belong to different parts of a word (injekcija: the caller says where, as split
points). Letters outside the alphabet (q, w, x, y, digits, punctuation) stay as they are.
Used by the case anonymiser (an invented name written in the script of the case) and by
the translations' tools (Serbian Cyrillic derived from Serbian Latin).
"""

from __future__ import annotations

from collections.abc import Collection

_LATIN = "abcčćdđefghijklmnoprsštuvzž"
_CYRILLIC = "абцчћдђефгхијклмнопрсштувзж"
_SINGLE = dict(zip(_LATIN, _CYRILLIC, strict=True))
_SINGLE.update({latin.upper(): cyrillic.upper() for latin, cyrillic in list(_SINGLE.items())})
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_TO_LATIN = {cyrillic: latin for latin, cyrillic in zip(_LATIN, _CYRILLIC, strict=True)}
_TO_LATIN.update({cyrillic: latin for latin, cyrillic in _DIGRAPHS.items()})


def latin_to_cyrillic(text: str, splits: Collection[int] = ()) -> str:
    """``text`` in Cyrillic; an index in ``splits`` is where a digraph's second letter
    starts a new part of the word (the two letters stay two)."""
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


def cyrillic_to_latin(text: str) -> str:
    """``text`` in Latin letters (Љ is Lj, Џ is Dž)."""
    out: list[str] = []
    for char in text:
        latin = _TO_LATIN.get(char.lower())
        out.append(char if latin is None else latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter."""
    return any("\u0400" <= c <= "\u04ff" for c in text)
