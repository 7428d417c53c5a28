"""Markings read from an item: what each says, where it sits, in what state, and checks.

The text is kept exactly as the officer read it (no silent normalisation); a
normalised form (``core.text.normalise``) sits beside it for search. Warnings are
advice, never errors: a serial that looks like a model or patent number, or one
found only on a slide or barrel, which are replaceable parts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import mark, tr
from borderdesk.core.paths import resource_path
from borderdesk.core.text import compact, normalise

#: Kinds of marking (DOMAIN.md section 5), with their labels (translated at use).
KINDS: dict[str, str] = {
    "serial": mark("Serial number"), "manufacturer": mark("Manufacturer"),
    "model": mark("Model"), "calibre": mark("Calibre"),
    "country": mark("Country of manufacture"), "year": mark("Year"),
    "import": mark("Import marking"), "proof": mark("Proof mark"),
    "unit": mark("Unit or agency mark"), "other": mark("Other marking"),
}
#: Where a marking sits on the item.
PLACES: dict[str, str] = {
    "frame": mark("Frame or receiver"), "slide": mark("Slide"), "barrel": mark("Barrel"),
    "cylinder": mark("Cylinder"), "bolt": mark("Bolt"), "other": mark("Elsewhere"),
}
#: The marking's state as found.
STATUSES: dict[str, str] = {
    "fully_marked": mark("Fully marked"), "partially_marked": mark("Partially marked"),
    "unmarked": mark("Not present"), "altered": mark("Altered"),
    "obliterated": mark("Obliterated"),
}
#: States in which there is no text to read.
TEXTLESS = frozenset({"unmarked", "obliterated"})
_FIELDS = frozenset({"kind", "place", "text", "status", "photo"})


class MarkingError(ValueError):
    """A marking that cannot be recorded (its message is for the officer)."""


@dataclass(frozen=True, slots=True)
class Marking:
    """One marking as read from the item itself."""

    kind: str
    place: str
    text: str
    status: str = "fully_marked"
    #: An opaque photo reference (the seizure work adds the photo store).
    photo: str | None = None

    @property
    def normalised(self) -> str:
        """The text in the form searches compare (the recorded text is unchanged)."""
        return normalise(self.text)

    @property
    def legible(self) -> bool:
        """Whether the marking has text that was read."""
        return self.status not in TEXTLESS and bool(self.text.strip())

    def to_dict(self) -> dict[str, Any]:
        """The marking as JSON (the normalised form included, for search)."""
        return {"kind": self.kind, "place": self.place, "text": self.text,
                "status": self.status, "photo": self.photo, "normalised": self.normalised}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Marking:
        """A marking from JSON or an answers file; raises :class:`MarkingError`."""
        if not isinstance(data, Mapping):
            raise MarkingError(tr(
                "a marking must be a mapping of 'kind', 'place', 'text', 'status'"))
        unknown = sorted(set(data) - _FIELDS - {"normalised"})
        if unknown:
            raise MarkingError(tr("a marking has no field {names}", names=", ".join(unknown)))
        kind, place = data.get("kind"), data.get("place")
        status = data.get("status", "fully_marked")
        text, photo = data.get("text") or "", data.get("photo")
        if kind not in KINDS:
            raise MarkingError(tr("'{value}' is not a kind of marking (one of: {known})",
                                  value=kind, known=", ".join(KINDS)))
        if place not in PLACES:
            raise MarkingError(tr("'{value}' is not a place on the item (one of: {known})",
                                  value=place, known=", ".join(PLACES)))
        if status not in STATUSES:
            raise MarkingError(tr("'{value}' is not a marking status (one of: {known})",
                                  value=status, known=", ".join(STATUSES)))
        if not isinstance(text, str) or (photo is not None and not isinstance(photo, str)):
            raise MarkingError(tr("a marking's text and photo must be text"))
        if status not in TEXTLESS and not text.strip():
            raise MarkingError(tr("the {kind} marking has no text: write what is read, or set"
                                  " its status to not present or obliterated",
                                  kind=tr(KINDS[kind]).lower()))
        return cls(kind, place, text, status, photo)


@dataclass(frozen=True, slots=True)
class MarkingWarning:
    """Advice about the markings recorded (the officer decides)."""

    index: int | None
    message: str


@dataclass(frozen=True, slots=True)
class SerialLookalikes:
    """Data about what a serial number is often confused with (marking-checks.yaml)."""

    version: int
    patent_words: frozenset[str]
    model_words: frozenset[str]
    calibre_patterns: tuple[re.Pattern[str], ...]
    year_range: tuple[int, int]


def load_lookalikes(path: Any = None) -> SerialLookalikes:
    """Read ``resources/checklists/marking-checks.yaml`` (validated)."""
    path = path or resource_path("checklists", "marking-checks.yaml")
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("must be a mapping"))
    serial = data.require("serial_lookalikes", dict)
    patterns = []
    calibre = serial.require("calibre_patterns", list)
    assert isinstance(calibre, YamlList)
    for text, line in zip(calibre, calibre.item_lines, strict=True):
        try:
            patterns.append(re.compile(str(text), re.IGNORECASE))
        except re.error as exc:
            raise DataFileError(str(path), line, "calibre_patterns",
                                tr("not a valid pattern: {reason}", reason=str(exc))) from None
    years = serial.require("years", list)
    if len(years) != 2 or not all(isinstance(y, int) for y in years):
        raise serial.fail("years", tr("must be two whole numbers: first and last year"))
    return SerialLookalikes(
        data.require("version", int),
        frozenset(normalise(str(w)) for w in serial.require("patent_words", list)),
        frozenset(normalise(str(w)) for w in serial.require("model_words", list)),
        tuple(patterns), (years[0], years[1]))


@cache
def lookalikes() -> SerialLookalikes:
    """The shipped serial look-alike data (cached)."""
    return load_lookalikes()


def check_markings(markings: Sequence[Marking], *, whole_weapon: bool = True,
                   data: SerialLookalikes | None = None) -> tuple[MarkingWarning, ...]:
    """Warnings about ``markings``: serials that look like something else, serial places.

    ``whole_weapon`` False (a part on its own: a barrel, a slide) leaves out the warning
    about a serial found only on the slide or barrel.
    """
    data = data or lookalikes()
    warnings: list[MarkingWarning] = []
    models = {compact(m.text) for m in markings if m.kind == "model" and m.legible}
    serials = [(i, m) for i, m in enumerate(markings) if m.kind == "serial"]
    for index, serial in serials:
        if serial.legible:
            reason = _lookalike_reason(serial.text, models, data)
            if reason:
                warnings.append(MarkingWarning(index, tr(
                    "serial '{text}' {reason}: model and patent numbers are not serial"
                    " numbers; check the frame or receiver", text=serial.text, reason=reason)))
    if whole_weapon and serials and not any(m.place in ("frame", "bolt", "other", "cylinder")
                           for _, m in serials):
        warnings.append(MarkingWarning(None, tr(
            "a serial was recorded only on the slide or barrel, which can be swapped:"
            " look for the serial on the frame or receiver")))
    return tuple(warnings)


def _lookalike_reason(text: str, models: set[str], data: SerialLookalikes) -> str:
    words = normalise(text).split()
    if any(w in data.patent_words for w in words):
        return tr("looks like a patent number")
    if any(w in data.model_words for w in words) or (compact(text) in models):
        return tr("looks like the model")
    if any(p.search(text) for p in data.calibre_patterns):
        return tr("looks like a calibre")
    stripped = text.strip()
    if stripped.isdigit() and len(stripped) == 4 \
            and data.year_range[0] <= int(stripped) <= data.year_range[1]:
        return tr("looks like a year")
    return ""
