"""A seizure case's items: one row per firearm, counted groups of parts and ammunition.

A firearm (or light weapon, other weapon, accessory) comes from a completed
identification and keeps its item record whole; parts and ammunition are groups
with a type or calibre and a quantity, either from an identification or counted
by hand. :class:`ItemDraft` is what is stored; the checks raise plain-words
errors naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.evidence.case_fields import FieldError
from borderdesk.identify.item import ItemRecord

#: What a row of the case counts: one arm, or a group of parts or of rounds.
ITEM_KINDS = ("firearm", "parts", "ammunition")
#: Quantities beyond this are a typing mistake more often than a seizure.
MAX_QUANTITY = 1_000_000
_MAX_TEXT = 500


@dataclass(frozen=True, slots=True)
class ItemDraft:
    """An item ready to store (its number is given by the case)."""

    kind: str
    category: str
    quantity: int
    description: str = ""
    component: str | None = None
    calibre: str | None = None
    identification_ref: str | None = None
    record: dict[str, Any] | None = None


def item_from_record(record: ItemRecord, identification_ref: str) -> ItemDraft:
    """The case item an identification's record makes: parts and ammunition as groups."""
    if record.item_class == "part" or record.category == "part":
        return ItemDraft("parts", "part", _quantity("quantity", record.quantity or 1),
                         _describe(record), record.component or "other",
                         _calibre_code(record.calibre), identification_ref, record.to_dict())
    if record.item_class == "ammunition" or record.category == "ammunition":
        return ItemDraft("ammunition", "ammunition",
                         _quantity("quantity", record.quantity or 1), _describe(record), None,
                         _calibre_code(record.calibre), identification_ref, record.to_dict())
    return ItemDraft("firearm", record.category, 1, _describe(record), record.component,
                     _calibre_code(record.calibre), identification_ref, record.to_dict())


def part_group(part_type: str, quantity: Any, description: str = "",
               calibre: str | None = None) -> ItemDraft:
    """A counted group of parts recorded without an identification."""
    from borderdesk.evidence.case_codes import seizure_codes

    table = seizure_codes()["part_type"]
    code = part_type.strip().lower()
    entry = table.get(code)
    if entry is None:
        raise FieldError("part_type", tr("'{code}' is not one of: {known}", code=part_type,
                                         known=", ".join(table.codes)))
    text = _text("description", description)
    if entry.needs_note and not text:
        raise FieldError("description", tr("say what the parts are"))
    return ItemDraft("parts", "part", _quantity("quantity", quantity), text, code,
                     _calibre(calibre) if calibre else None)


def ammunition_group(calibre: str, quantity: Any, description: str = "") -> ItemDraft:
    """A counted group of rounds of one calibre recorded without an identification."""
    return ItemDraft("ammunition", "ammunition", _quantity("quantity", quantity),
                     _text("description", description), None, _calibre(calibre))


def check_quantity(raw: Any) -> int:
    """A group's quantity: a whole number from 1 up."""
    return _quantity("quantity", raw)


def check_description(raw: Any) -> str:
    """An item's description, trimmed."""
    return _text("description", raw)


def _calibre(text: str) -> str:
    value = _text("calibre", text)
    if not value:
        raise FieldError("calibre", tr("give the calibre, as marked (e.g. 7.62x39)"))
    return _calibre_code(value) or value


def _calibre_code(text: str | None) -> str | None:
    """The calibre's code when the list knows it, else the text as marked (kept, never
    guessed: an unusual calibre is still a fact of the case); statistics count by code."""
    from borderdesk.identify.codelists import calibres

    if not text:
        return None
    found = calibres().resolve(text)
    return found.code if found is not None else text


def _quantity(field: str, raw: Any) -> int:
    if isinstance(raw, bool):
        raise FieldError(field, tr("must be a whole number"))
    try:
        number = int(str(raw).strip()) if not isinstance(raw, int) else raw
    except ValueError:
        raise FieldError(field, tr("'{value}' is not a whole number", value=raw)) from None
    if not 1 <= number <= MAX_QUANTITY:
        raise FieldError(field, tr("must lie between 1 and {most}", most=MAX_QUANTITY))
    return number


def _text(field: str, raw: Any) -> str:
    if not isinstance(raw, str):
        raise FieldError(field, tr("must be text"))
    text = raw.strip()
    if len(text) > _MAX_TEXT:
        raise FieldError(field, tr("is longer than {limit} characters", limit=_MAX_TEXT))
    return text


def _describe(record: ItemRecord) -> str:
    """A one-line description for lists and labels: make, model, calibre, serial."""
    parts = [p for p in (record.make, record.model, record.calibre) if p]
    serials = [m.text for m in record.serials if m.legible]
    if serials:
        parts.append(tr("serial {serial}", serial=", ".join(serials)))
    if not parts and record.description:
        parts.append(record.description)
    return " ".join(parts)[:_MAX_TEXT]
