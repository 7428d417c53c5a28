"""The item record an identification produces, and the taxonomies it uses.

Frozen values with a JSON round trip. The codes are stable (exports and statistics
use them); the labels are English and translated at use. The international
categories are those of the UN statistics (DOMAIN.md section 4.3) plus parts and
ammunition, which are counted apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from borderdesk.core.i18n import mark, tr
from borderdesk.identify.markings import Marking

#: Classes of item (DOMAIN.md 4.2).
ITEM_CLASSES: dict[str, str] = {
    "firearm": mark("Firearm"), "light_weapon": mark("Light weapon"),
    "part": mark("Part or essential component"), "accessory": mark("Accessory"),
    "ammunition": mark("Ammunition"), "other_weapon": mark("Other weapon"),
}
#: International categories.
CATEGORIES: dict[str, str] = {
    "pistol": mark("Pistol"), "revolver": mark("Revolver"),
    "rifle_carbine": mark("Rifle or carbine"), "shotgun": mark("Shotgun"),
    "submachine_gun": mark("Sub-machine gun"), "machine_gun": mark("Machine gun"),
    "other_firearm": mark("Other firearm"), "light_weapon": mark("Light weapon"),
    "part": mark("Part or component"), "ammunition": mark("Ammunition"),
    "unknown": mark("Unknown"),
}
#: How the item loads and fires.
ACTIONS: dict[str, str] = {
    "revolver": mark("Revolver"), "self_loading": mark("Self-loading"),
    "single_shot": mark("Single shot"), "multi_barrel": mark("Multi-barrel (derringer)"),
    "bolt": mark("Bolt action"), "lever": mark("Lever action"), "pump": mark("Pump action"),
    "break": mark("Break action"), "select_fire": mark("Select fire"),
    "automatic": mark("Automatic"), "launcher": mark("Launcher"), "unknown": mark("Unknown"),
}
#: Status flags (DOMAIN.md 4.4) and a few facts the checks record.
FLAGS: dict[str, str] = {
    "converted": mark("Converted"), "reactivated": mark("Reactivated"),
    "deactivated": mark("Deactivated"), "alarm_signal": mark("Alarm or signal weapon"),
    "approved_alarm_model": mark("Approved alarm model"),
    "replica": mark("Replica, airsoft or toy"), "air_gas": mark("Air or gas weapon"),
    "privately_made": mark("Privately made"), "printed_3d": mark("3D-printed"),
    "modified": mark("Modified"), "shortened": mark("Shortened"),
    "converted_to_automatic": mark("Converted to automatic"), "antique": mark("Antique"),
    "rimfire": mark("Rimfire"), "smooth_bore": mark("Smooth-bore barrel"),
    "folding_stock": mark("Folding or telescopic stock"),
    "disguised": mark("Disguised as another object"),
    "deactivation_certificate": mark("Deactivation certificate seen"),
    "loaded_as_found": mark("Loaded as found"),
}
#: Parts and essential components, and accessories (DOMAIN.md 4.6).
COMPONENTS: dict[str, str] = {
    "barrel": mark("Barrel"), "frame": mark("Frame"), "receiver": mark("Receiver"),
    "upper_receiver": mark("Upper receiver"), "lower_receiver": mark("Lower receiver"),
    "slide": mark("Slide"), "cylinder": mark("Cylinder"), "bolt": mark("Bolt or breech block"),
    "silencer": mark("Silencer"), "magazine": mark("Magazine"), "other": mark("Other part"),
}
#: What a text question may fill in the record (``records:`` in the checklist).
TEXT_FIELDS = frozenset({"make", "model", "calibre", "country", "headstamp", "lot",
                         "packaging", "qualified_person", "description"})
#: What a number question may fill: the quantity, or a measurement named by its question.
NUMBER_FIELDS = frozenset({"quantity", "measurement"})


@dataclass(frozen=True, slots=True)
class Measurement:
    """A measurement where the law needs one (lengths, magazine capacity)."""

    name: str
    value: float
    unit: str


#: The context the legal tables' reasons are translated in: the identification
#: checklist's, whose walk applies the table.
LEGAL_CONTEXT = "checklist"


@dataclass(frozen=True, slots=True)
class LegalSuggestion:
    """The legal category a rule table suggests, with the rule and its reason."""

    category: str
    rule: str
    reason: str
    table: str
    table_version: int

    def reason_text(self) -> str:
        """The reason in the reader's language: the table's text is translated as data
        (context :data:`LEGAL_CONTEXT`), the stored record keeps it as written."""
        return tr(self.reason, context=LEGAL_CONTEXT) if self.reason else self.reason


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """What an identification established about one item (or one group of parts/rounds)."""

    checklist: str
    checklist_version: int
    item_class: str | None = None
    category: str = "unknown"
    typology: str | None = None
    action: str | None = None
    component: str | None = None
    flags: tuple[str, ...] = ()
    #: Make, model and calibre as marked or read (never from documents).
    make: str | None = None
    model: str | None = None
    calibre: str | None = None
    country: str | None = None
    markings: tuple[Marking, ...] = ()
    #: Opaque photo references (the seizure work adds the photo store).
    photos: tuple[str, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    #: Pieces in a group of parts, rounds in a group of ammunition (None for one firearm).
    quantity: int | None = None
    headstamp: str | None = None
    lot: str | None = None
    packaging: str | None = None
    description: str | None = None
    qualified_person: str | None = None
    #: Approved alarm model matched (make, model, approval mark), when one was.
    alarm_model: str | None = None
    legal: LegalSuggestion | None = None
    #: Every answer given, by question id, as JSON values (nothing answered is lost).
    answers: Mapping[str, Any] = field(default_factory=dict)

    @property
    def serials(self) -> tuple[Marking, ...]:
        """The serial-number markings (several are allowed)."""
        return tuple(m for m in self.markings if m.kind == "serial")

    def measurement(self, name: str) -> float | None:
        """A measurement's value by name, if taken."""
        return next((m.value for m in self.measurements if m.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON."""
        return {
            "checklist": self.checklist, "checklist_version": self.checklist_version,
            "item_class": self.item_class, "category": self.category,
            "typology": self.typology, "action": self.action, "component": self.component,
            "flags": list(self.flags), "make": self.make, "model": self.model,
            "calibre": self.calibre, "country": self.country,
            "markings": [m.to_dict() for m in self.markings], "photos": list(self.photos),
            "measurements": [{"name": m.name, "value": m.value, "unit": m.unit}
                             for m in self.measurements],
            "quantity": self.quantity, "headstamp": self.headstamp, "lot": self.lot,
            "packaging": self.packaging, "description": self.description,
            "qualified_person": self.qualified_person, "alarm_model": self.alarm_model,
            "legal": None if self.legal is None else {
                "category": self.legal.category, "rule": self.legal.rule,
                "reason": self.legal.reason, "table": self.legal.table,
                "table_version": self.legal.table_version},
            "answers": dict(self.answers),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ItemRecord:
        """A record from :meth:`to_dict`'s JSON."""
        legal = data.get("legal")
        return cls(
            checklist=data["checklist"], checklist_version=int(data["checklist_version"]),
            item_class=data.get("item_class"), category=data.get("category", "unknown"),
            typology=data.get("typology"), action=data.get("action"),
            component=data.get("component"), flags=tuple(data.get("flags", ())),
            make=data.get("make"), model=data.get("model"), calibre=data.get("calibre"),
            country=data.get("country"),
            markings=tuple(Marking.from_dict(m) for m in data.get("markings", ())),
            photos=tuple(data.get("photos", ())),
            measurements=tuple(Measurement(m["name"], float(m["value"]), m["unit"])
                               for m in data.get("measurements", ())),
            quantity=data.get("quantity"), headstamp=data.get("headstamp"),
            lot=data.get("lot"), packaging=data.get("packaging"),
            description=data.get("description"), qualified_person=data.get("qualified_person"),
            alarm_model=data.get("alarm_model"),
            legal=None if legal is None else LegalSuggestion(
                legal["category"], legal["rule"], legal["reason"], legal["table"],
                int(legal["table_version"])),
            answers=dict(data.get("answers", {})),
        )
