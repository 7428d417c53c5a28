"""A pseudo-language for layout tests: every text accented and 40 % longer
("Settings" -> "[Šéţţîñĝš ~~~]"), placeholders, tags, entities, the accelerator's ``&``
and file patterns kept, so that a clipped label or a text that escaped translation
shows at once."""

from __future__ import annotations

import math
import re

from borderdesk.i18n_tools.serbian import PROTECTED_SPANS

PSEUDO_LANGUAGE = "xx_pseudo"
#: How much longer than English the pseudo-texts are (French and Albanian run 20-35 %).
GROWTH = 0.4
_ACCENTED = dict(zip("ACDEGIKLNORSTUYZacdegiklnorstuyz", "ÅÇÐÉĜÎĶĻÑÖŔŠŢÛÝŽåçðéĝîķļñöŕšţûýž",
                     strict=True))
_KEEP = re.compile(PROTECTED_SPANS.pattern + r"|\([^()]*\*\.[^()]*\)")


def pseudo(text: str) -> str:
    """The pseudo-translation of ``text``."""
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        parts.append(_accent(text[position:match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(_accent(text[position:]))
    padding = "~" * max(1, math.ceil(len(text) * GROWTH) - 3)
    return f"[{''.join(parts)} {padding}]"


def _accent(text: str) -> str:
    return "".join(_ACCENTED.get(ch, ch) for ch in text)
