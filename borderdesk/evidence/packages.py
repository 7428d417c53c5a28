"""Packages and seals: the package ids printed on labels, and how seal numbers compare.

A package holds one item, or a group of rounds or parts (tied to the item they came
from). Its id is the case number and a running number, ``RS-BAT-2026-00007-P03``,
short enough for a label and unique at the station because case numbers are. Seal
numbers are compared without spaces, dashes or case (``RS 00-1234`` is ``rs001234``),
since the same seal is written differently by different officers; a seal number may
be used once per station, on one package.
"""

from __future__ import annotations

import re

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.text import compact

_LABEL = re.compile(r"^(?P<case>.+)-P(?P<number>\d{2,})$")
_MAX_SEAL = 40


def package_label(case_number: str, number: int) -> str:
    """The id of the case's ``number``-th package, as printed on its label."""
    return f"{case_number}-P{number:02d}"


def label_number(label: str) -> int | None:
    """The running number in a package id (None when it is not one of ours)."""
    match = _LABEL.match(label)
    return int(match.group("number")) if match else None


def seal_key(seal_number: str) -> str:
    """The form seal numbers are compared in."""
    return compact(seal_number)


def check_seal_numbers(numbers: list[str]) -> list[str]:
    """The seal numbers given, cleaned, each checked; repeated ones are refused."""
    cleaned: list[str] = []
    keys: set[str] = set()
    for raw in numbers:
        text = " ".join(raw.split())
        if not text:
            continue
        key = seal_key(text)
        if not key:
            raise UserInputError(tr("'{text}' is not a seal number", text=raw))
        if len(text) > _MAX_SEAL:
            raise UserInputError(tr("seal number '{text}' is longer than {limit} characters",
                                    text=text, limit=_MAX_SEAL))
        if key in keys:
            raise UserInputError(tr("seal number {text} is given twice", text=text))
        keys.add(key)
        cleaned.append(text)
    if not cleaned:
        raise UserInputError(tr("give the seal number(s) put on the package"))
    return cleaned
