"""Scoring identifications: each hidden item against the trainee's record that fits it best.

The criteria (docs/training.md), each worth 1 point when right:

- ``typology``: the international category (pistol, part...), and where the truth names
  them, the drawing of the typology tree and the component of a part;
- ``calibre``: the same entry of the calibre code list (``9 mm Luger`` = ``9x19``), or
  the same text when the list does not know it;
- ``serial``: transcription of the serial as marked. Exact when the same characters (case
  and spaces aside) - 1 point; a near miss when one character is wrong, missing, added,
  or two neighbours swapped - half a point; an obliterated serial is right when recorded
  as obliterated;
- ``quantity`` (parts and ammunition): the count; within 10 % is a near miss.

An item's score is the mean of the criteria that apply to it; one never identified
scores 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from borderdesk.core.text import compact
from borderdesk.identify.codelists import calibres
from borderdesk.identify.item import CATEGORIES, COMPONENTS, ItemRecord
from borderdesk.training.acts import Identified
from borderdesk.training.pack import TruthItem

EXACT, NEAR_MISS, WRONG, MISSING = "exact", "near_miss", "wrong", "missing"
POINTS = {EXACT: 1.0, NEAR_MISS: 0.5, WRONG: 0.0, MISSING: 0.0}


@dataclass(frozen=True, slots=True)
class Criterion:
    """One identification answer against the truth."""

    name: str
    expected: str
    given: str
    verdict: str

    @property
    def points(self) -> float:
        """1 exact, 0.5 near miss, 0 wrong or missing."""
        return POINTS[self.verdict]


@dataclass(frozen=True, slots=True)
class ItemScore:
    """A hidden item, the identification matched to it, and each criterion."""

    declaration_id: str
    truth_id: str
    identification_id: str | None
    label: str | None
    criteria: tuple[Criterion, ...]

    @property
    def score(self) -> float:
        """The mean of the criteria's points (0 when not identified)."""
        if self.identification_id is None or not self.criteria:
            return 0.0
        return sum(c.points for c in self.criteria) / len(self.criteria)


def serial_key(text: str) -> str:
    """A serial as compared: upper case, without spaces (dashes and dots count)."""
    return "".join(text.split()).upper()


def serial_verdict(expected: str, given: str) -> str:
    """How close a transcribed serial is to the one marked."""
    want, got = serial_key(expected), serial_key(given)
    if not got:
        return MISSING
    if want == got:
        return EXACT
    return NEAR_MISS if OSA.distance(want, got) == 1 else WRONG


def calibre_verdict(expected: str, given: str | None) -> str:
    """Whether a recorded calibre is the expected one (through the calibre code list)."""
    if not given or not given.strip():
        return MISSING
    index = calibres()
    want, got = index.resolve(expected), index.resolve(given)
    if want is not None and got is not None:
        return EXACT if want.code == got.code else WRONG
    return EXACT if compact(expected) == compact(given) else WRONG


def quantity_verdict(expected: int, given: int | None) -> str:
    """Exact count, within 10 %, or wrong."""
    if given is None:
        return MISSING
    if given == expected:
        return EXACT
    return NEAR_MISS if abs(given - expected) <= 0.1 * expected else WRONG


def _typology(item: TruthItem, record: ItemRecord) -> Criterion:
    expected = CATEGORIES.get(item.category, item.category)
    given = CATEGORIES.get(record.category, record.category)
    right = record.category == item.category
    if item.typology is not None and record.typology is not None:
        right = right and record.typology == item.typology
    if item.component is not None:
        expected += f" ({COMPONENTS.get(item.component, item.component)})"
        given += f" ({COMPONENTS.get(record.component or '', record.component or '-')})"
        right = right and record.component == item.component
    return Criterion("typology", expected, given, EXACT if right else WRONG)


def _serial(item: TruthItem, record: ItemRecord) -> Criterion | None:
    marked = item.serial
    if marked is None:
        return None
    serials = record.serials
    if not marked.legible:
        found = next((m for m in serials if m.status == marked.status), None)
        return Criterion("serial", marked.status, found.status if found else
                         ", ".join(m.text or m.status for m in serials),
                         EXACT if found else (WRONG if serials else MISSING))
    given = [m.text for m in serials if m.legible]
    verdicts = [(POINTS[serial_verdict(marked.text, text)], serial_verdict(marked.text, text),
                 text) for text in given]
    if not verdicts:
        return Criterion("serial", marked.text,
                         ", ".join(m.status for m in serials), WRONG if serials else MISSING)
    _points, verdict, text = max(verdicts, key=lambda v: v[0])
    return Criterion("serial", marked.text, text, verdict)


def item_criteria(item: TruthItem, record: ItemRecord,
                  wanted: Sequence[str]) -> tuple[Criterion, ...]:
    """The criteria of ``wanted`` that apply to ``item``, judged on ``record``."""
    found: list[Criterion] = []
    if "typology" in wanted:
        found.append(_typology(item, record))
    if "calibre" in wanted and item.calibre:
        found.append(Criterion("calibre", item.calibre, record.calibre or "",
                               calibre_verdict(item.calibre, record.calibre)))
    if "serial" in wanted and (criterion := _serial(item, record)) is not None:
        found.append(criterion)
    if "quantity" in wanted and item.kind != "firearm":
        found.append(Criterion("quantity", str(item.quantity),
                               "" if record.quantity is None else str(record.quantity),
                               quantity_verdict(item.quantity, record.quantity)))
    return tuple(found)


def score_items(declaration_id: str, items: Sequence[TruthItem],
                identified: Sequence[Identified], wanted: Sequence[str]) -> list[ItemScore]:
    """Each hidden item of a declaration with the identification that fits it best.

    Pairs are taken best first (the highest item score, then the order of the truth and
    of the identifications), each identification used once."""
    pairs = []
    for i, item in enumerate(items):
        for j, found in enumerate(identified):
            criteria = item_criteria(item, found.record, wanted)
            points = sum(c.points for c in criteria) / len(criteria) if criteria else 1.0
            pairs.append((-points, i, j, criteria))
    pairs.sort(key=lambda p: (p[0], p[1], p[2]))
    matched: dict[int, ItemScore] = {}
    used: set[int] = set()
    for _negative, i, j, criteria in pairs:
        if i in matched or j in used:
            continue
        found = identified[j]
        matched[i] = ItemScore(declaration_id, items[i].id, found.identification_id,
                               found.label, criteria)
        used.add(j)
    return [matched.get(i) or ItemScore(declaration_id, item.id, None, None, ())
            for i, item in enumerate(items)]
