"""Reading the hidden truth of a scenario manifest: which shipment hides what, where and how.

Every item is checked against the code lists the live screens use (categories,
components, flags, marking kinds, places and states, the agreed drawings, the seizure
record's concealment methods). A model identification (``answers``) is walked through the
shipped checklist, and the record it gives must agree with the item: the scoring compares
a trainee's record with the truth, so a pack whose own model answer would score badly is
refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from borderdesk.core.datafiles import YamlMap
from borderdesk.core.errors import BorderdeskError, DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.text import compact
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.identify.checklist import default_checklist
from borderdesk.identify.checklist_load import agreed_drawings
from borderdesk.identify.engine import walk_answers
from borderdesk.identify.item import CATEGORIES, COMPONENTS, FLAGS, ItemRecord
from borderdesk.identify.markings import KINDS, PLACES, STATUSES
from borderdesk.training.pack import Concealment, Picture, Truth, TruthItem, TruthMarking
from borderdesk.training.pack_fields import choice, known_keys, maps, text, whole

_TRUTH_KEYS = ("declaration", "concealment", "xray", "items")
_CONCEALMENT_KEYS = ("method", "place")
_ITEM_KEYS = ("id", "name", "category", "typology", "component", "calibre", "make", "model",
              "quantity", "flags", "markings", "condition", "found", "description",
              "pictures", "answers")
_MARKING_KEYS = ("kind", "place", "text", "status")
_PICTURE_KEYS = ("file", "drawing", "caption")
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".svg")

#: Checks a picture file of the pack (exists, is the image its name says); raises
#: DataFileError naming the manifest line.
PictureCheck = Callable[[YamlMap, str], None]


def read_truth(entries: list[YamlMap], check_picture: PictureCheck) -> tuple[Truth, ...]:
    """The ``truth:`` list of a manifest."""
    result: list[Truth] = []
    item_ids: dict[str, int] = {}
    declarations: dict[str, int] = {}
    for entry in entries:
        known_keys(entry, _TRUTH_KEYS)
        declaration = text(entry, "declaration")
        if declaration in declarations:
            raise entry.fail("declaration", tr(
                "the truth of '{id}' is already given on line {line}", id=declaration,
                line=declarations[declaration]))
        declarations[declaration] = entry.line_of("declaration")
        hidden = entry.require("concealment", dict)
        known_keys(hidden, _CONCEALMENT_KEYS)
        method = choice(hidden, "method", seizure_codes()["concealment"].codes)
        assert method is not None
        items = []
        for data in maps(entry, "items"):
            item = _item(data, check_picture)
            if item.id in item_ids:
                raise data.fail("id", tr("item id '{id}' is used twice (first on line {line})",
                                         id=item.id, line=item_ids[item.id]))
            item_ids[item.id] = item.line
            items.append(item)
        result.append(Truth(declaration, Concealment(method, text(hidden, "place")),
                            tuple(items), text(entry, "xray", required=False),
                            entry.line_of("declaration")))
    return tuple(result)


def _item(data: YamlMap, check_picture: PictureCheck) -> TruthItem:
    known_keys(data, _ITEM_KEYS)
    category = choice(data, "category", [c for c in CATEGORIES if c != "unknown"])
    assert category is not None
    typology = choice(data, "typology", sorted(agreed_drawings()), required=False)
    component = choice(data, "component", COMPONENTS, required=False)
    if category == "part" and component is None:
        raise data.fail("component", tr("a part needs its component (barrel, bolt...)"))
    flags = tuple(data.optional("flags", list, []))
    for flag in flags:
        if flag not in FLAGS:
            raise data.fail("flags", tr("'{value}' is not one of: {options}", value=flag,
                                        options=", ".join(FLAGS)))
    markings = tuple(_marking(m) for m in maps(data, "markings", required=False))
    pictures = tuple(_picture(p, check_picture) for p in maps(data, "pictures"))
    item = TruthItem(
        id=text(data, "id"), category=category, description=text(data, "description"),
        found=text(data, "found"), condition=text(data, "condition"), typology=typology,
        component=component, calibre=text(data, "calibre", required=False) or None,
        make=text(data, "make", required=False) or None,
        model=text(data, "model", required=False) or None,
        quantity=whole(data, "quantity", minimum=1, required=False) or 1, flags=flags,
        markings=markings, pictures=pictures, line=data.line,
        name=text(data, "name", required=False))
    answers = data.optional("answers", dict)
    if answers is None:
        return item
    record = _walk(data, answers)
    _agrees(data, item, record)
    return replace(item, answers=_plain(answers), record=record)


def _marking(data: YamlMap) -> TruthMarking:
    known_keys(data, _MARKING_KEYS)
    kind = choice(data, "kind", KINDS)
    place = choice(data, "place", PLACES)
    status = choice(data, "status", STATUSES, required=False) or "fully_marked"
    words = text(data, "text", required=status not in ("obliterated", "unmarked"))
    assert kind is not None and place is not None
    return TruthMarking(kind, place, words, status)


def _picture(data: YamlMap, check_picture: PictureCheck) -> Picture:
    known_keys(data, _PICTURE_KEYS)
    file = text(data, "file", required=False) or None
    drawing = text(data, "drawing", required=False) or None
    if (file is None) == (drawing is None):
        raise DataFileError(data.path, data.line, "pictures",
                            tr("a picture is either a file of the pack or a drawing, not both "
                               "or neither"))
    if drawing is not None and drawing not in agreed_drawings():
        raise data.fail("drawing", tr("'{name}' is not one of the reference drawings "
                                      "(resources/checklists/drawings.yaml)", name=drawing))
    if file is not None:
        if not file.lower().endswith(PICTURE_SUFFIXES):
            raise data.fail("file", tr("'{file}' is not a .jpg, .jpeg, .png or .svg file",
                                       file=file))
        check_picture(data, file)
    return Picture(text(data, "caption"), file, drawing)


def _plain(value: Any) -> Any:
    """A YAML value as plain JSON-able Python (no line-keeping subclasses)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _walk(data: YamlMap, answers: YamlMap) -> ItemRecord:
    try:
        walked = walk_answers(default_checklist(), _plain(answers))
    except BorderdeskError as exc:
        raise data.fail("answers", str(exc)) from None
    if walked.unused:
        raise data.fail("answers", tr("never asked (their steps did not apply): {names}",
                                      names=", ".join(walked.unused)))
    return walked.walk.result()


def _agrees(data: YamlMap, item: TruthItem, record: ItemRecord) -> None:
    """The model identification must give the item's category, calibre and serial."""
    problems = []
    if record.category != item.category:
        problems.append(tr("category '{found}', the item says '{expected}'",
                           found=record.category, expected=item.category))
    if item.typology and record.typology and record.typology != item.typology:
        problems.append(tr("typology '{found}', the item says '{expected}'",
                           found=record.typology, expected=item.typology))
    if item.component and record.component != item.component:
        problems.append(tr("component '{found}', the item says '{expected}'",
                           found=record.component, expected=item.component))
    serial = item.serial
    if serial is not None:
        texts = {compact(m.text) for m in record.serials if m.legible}
        states = {m.status for m in record.serials}
        if (serial.legible and compact(serial.text) not in texts) or \
                (not serial.legible and serial.status not in states):
            problems.append(tr("the serial is not the item's '{serial}'",
                               serial=serial.text or serial.status))
    if problems:
        raise data.fail("answers", tr("the model identification disagrees with the item: "
                                      "{problems}", problems="; ".join(problems)))

