"""What a trainee finds when inspecting a declaration of the scenario.

Nothing of the truth shows before an inspection. An X-ray or a dog shows where something
is (the truth's ``xray`` words), never what. A physical inspection shows each hidden item
as the officer would meet it: what it looks like, where it was, its condition as found,
and pictures, among them a close-up of the markings at each place on the item to read
(the marking texts are never given as text: reading them is part of the exercise).
A shipment that hides nothing is found to be what it says.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderdesk.core.i18n import tr
from borderdesk.training.pack import Picture, ScenarioPack, TruthItem

#: Inspection kinds that show the items themselves, and those that show an anomaly.
OPENING_KINDS = frozenset({"physical"})
SCANNING_KINDS = frozenset({"xray", "dog"})
#: What a finding's ``status`` says.
NOT_INSPECTED, NOTHING_SEEN, ANOMALY, ITEMS = "not_inspected", "nothing_seen", "anomaly", \
    "items"


@dataclass(frozen=True, slots=True)
class FoundPicture:
    """A picture of a found item: a stable file name, a caption and where it comes from
    (``drawing``: a reference drawing; ``pack``: a file of the pack; ``marking``: the
    close-up of the markings at one place, made from the truth)."""

    name: str
    caption: str
    source: str
    ref: str


@dataclass(frozen=True, slots=True)
class FoundItem:
    """One item as the inspecting officer meets it."""

    number: int
    description: str
    found: str
    condition: str
    pictures: tuple[FoundPicture, ...]
    #: The truth's id (for the trainer's tools; the trainee sees the number).
    truth_id: str

    def to_json(self) -> dict[str, object]:
        """The item as a JSON object (no marking text, no category)."""
        return {"number": self.number, "description": self.description, "found": self.found,
                "condition": self.condition,
                "pictures": [{"name": p.name, "caption": p.caption} for p in self.pictures]}


@dataclass(frozen=True, slots=True)
class Findings:
    """What the inspections of a declaration have shown so far."""

    declaration_id: str
    status: str
    message: str
    where: str = ""
    items: tuple[FoundItem, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The findings as a JSON object."""
        return {"declaration_id": self.declaration_id, "status": self.status,
                "message": self.message, "where": self.where,
                "items": [item.to_json() for item in self.items]}


def marking_places(item: TruthItem) -> list[str]:
    """The places on the item that carry markings, in the order first listed."""
    return list(dict.fromkeys(m.place for m in item.markings))


def item_pictures(item: TruthItem, number: int) -> tuple[FoundPicture, ...]:
    """The item's pictures: the pack's, then one close-up per place with markings. Named
    by the item's number as found (never by the truth's id or the drawing's name, which
    would tell the trainee what the item is)."""
    pictures: list[FoundPicture] = []
    for index, picture in enumerate(item.pictures, start=1):
        pictures.append(_listed(number, index, picture))
    for place in marking_places(item):
        pictures.append(FoundPicture(f"item-{number}-markings-{place}.png",
                                     tr("Markings on the {place}, close up",
                                        place=_place_words(place)), "marking",
                                     f"{item.id}/{place}"))
    return tuple(pictures)


def _listed(number: int, index: int, picture: Picture) -> FoundPicture:
    if picture.drawing is not None:
        return FoundPicture(f"item-{number}-{index}.svg", picture.caption, "drawing",
                            picture.drawing)
    assert picture.file is not None
    suffix = picture.file.rsplit(".", 1)[-1].lower()
    return FoundPicture(f"item-{number}-{index}.{suffix}", picture.caption, "pack",
                        picture.file)


def _place_words(place: str) -> str:
    words = {"frame": tr("frame or receiver"), "slide": tr("slide"), "barrel": tr("barrel"),
             "cylinder": tr("cylinder"), "bolt": tr("bolt"), "other": tr("item")}
    return words.get(place, place)


def findings_for(pack: ScenarioPack, declaration_id: str,
                 inspection_kinds: set[str]) -> Findings:
    """What inspections of ``inspection_kinds`` on the declaration have shown."""
    truth = pack.truth_of(declaration_id)
    opened = bool(inspection_kinds & OPENING_KINDS)
    scanned = bool(inspection_kinds & SCANNING_KINDS)
    if not (opened or scanned):
        return Findings(declaration_id, NOT_INSPECTED, tr(
            "Nothing to see yet: start a physical inspection, an X-ray or a dog search of "
            "the shipment."))
    if truth is None:
        return Findings(declaration_id, NOTHING_SEEN, tr(
            "The shipment is what the declaration says; nothing unusual was seen.")
            if opened else tr("The X-ray and the dog show nothing unusual."))
    if not opened:
        return Findings(declaration_id, ANOMALY, truth.xray or tr(
            "Something dense does not match the declared goods: open the shipment."))
    items = tuple(FoundItem(number, item.description, item.found, item.condition,
                            item_pictures(item, number), item.id)
                  for number, item in enumerate(truth.items, start=1))
    return Findings(declaration_id, ITEMS, tr(
        "Found {count} items hidden in the shipment. Stop, secure the scene and treat every "
        "firearm as loaded.", count=len(items)), truth.concealment.place, items)
