"""The hidden truth and expected evidence steps of a scenario made from a signed case.

Each current item of the case becomes an item of the truth: its category, typology,
component, calibre, make, model, quantity, flags and markings as identified, with every
serial number replaced (the same invented serial in the markings and in the model
identification, so serial transcription is scored as for a shipped scenario). The
model identification is the case's own checklist answers, scrubbed, without the photo
names. What the trainee reads about an item is neutral (its kind), its place is the
case's concealment note, scrubbed, and its condition the case's condition step. The
case's photos never go into the pack: the pictures are the reference drawings of what
the item is, as in the shipped scenarios, and the close-ups of its markings are made
from the truth when the scenario is played.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.evidence.steps import default_steps
from borderdesk.identify.checklist_load import agreed_drawings
from borderdesk.identify.item import FLAGS
from borderdesk.identify.markings import KINDS, PLACES, STATUSES
from borderdesk.training.anonymise_text import loose

#: A free text scrubbed, or None when it cannot be made safe.
Scrubber = Callable[[str], str | None]
#: Answer keys that name the case's photos (never in a pack).
_PHOTO_KEYS = ("photo", "photos")
#: The drawing of the markings of a firearm of a category.
_MARKINGS_DRAWING = {"pistol": "markings-pistol", "revolver": "markings-revolver",
                     "rifle_carbine": "markings-rifle", "shotgun": "markings-rifle",
                     "submachine_gun": "markings-rifle", "machine_gun": "markings-rifle"}
#: Steps a scenario expects beyond the steps file's minimum when the case recorded them.
_ALSO_EXPECTED = ("forensic_requests",)


class TruthMaker:
    """The truth of one case: ``text`` scrubs a free text, ``replacements`` (loose form
    -> invented value) gives the serials' stand-ins."""

    def __init__(self, document: Mapping[str, Any], text: Scrubber,
                 replacements: Mapping[str, str]) -> None:
        self.document, self.text, self.replacements = document, text, replacements
        self.case = document.get("case") or {}
        self.fields = self.case.get("fields") or {}
        self.steps = [s for s in document.get("steps") or () if s.get("current", True)
                      and not s.get("withdrawn")]

    def truth(self, declaration_id: str) -> dict[str, Any]:
        """The ``truth:`` entry of the case's declaration."""
        method = self.fields.get("concealment")
        if method not in seizure_codes()["concealment"].codes:
            method = "other"
        place = self._scrubbed(self.fields.get("concealment_note")) or \
            self._scrubbed(self.fields.get("place")) or \
            tr("Where the real case found it (its note could not be made safe)")
        items = [self._item(item, place) for item in self.document.get("items") or ()]
        return {"declaration": declaration_id,
                "concealment": {"method": method, "place": place},
                "items": items}

    def expected_steps(self) -> list[str]:
        """The steps file's minimum steps the case recorded (done or not applicable), and
        forensic requests when it made them, in the steps file's order."""
        recorded = {s["step"] for s in self.steps}
        wanted = [s.id for s in default_steps().steps
                  if s.id in recorded and (s.minimum or s.id in _ALSO_EXPECTED)]
        return wanted or [s.id for s in default_steps().steps if s.minimum]

    def evidence_minutes(self) -> float:
        """Minutes from the find to the last expected step the case recorded."""
        found = self.fields.get("occurred_at") or self.case.get("opened_at")
        wanted = set(self.expected_steps())
        done = [s["done_at"] for s in self.steps if s["step"] in wanted and s.get("done_at")]
        if not found or not done:
            return 0.0
        start = datetime.fromisoformat(str(found).replace("Z", "+00:00"))
        last = max(datetime.fromisoformat(str(d).replace("Z", "+00:00")) for d in done)
        return max(0.0, (last - start).total_seconds() / 60)

    # ------------------------------------------------------------------ an item
    def _item(self, item: Mapping[str, Any], place: str) -> dict[str, Any]:
        record = item.get("record") or {}
        number = item.get("number")
        category = item.get("category") or record.get("category") or "other_firearm"
        if category == "unknown":
            category = "other_firearm"
        out: dict[str, Any] = {"id": f"item-{number}",
                               "name": tr("Item {number}: {description}", number=number,
                                          description=self._kind_words(item, category)),
                               "category": category}
        typology = record.get("typology")
        if typology in agreed_drawings():
            out["typology"] = typology
        if item.get("component"):
            out["component"] = item["component"]
        calibre = record.get("calibre") or item.get("calibre")
        if calibre:
            out["calibre"] = self._scrubbed(calibre) or calibre
        for key in ("make", "model"):
            if record.get(key):
                out[key] = self._scrubbed(record[key]) or tr("unreadable")
        if category in ("part", "ammunition"):
            out["quantity"] = int(item.get("quantity") or 1)
        flags = [f for f in record.get("flags") or () if f in FLAGS]
        if flags:
            out["flags"] = flags
        out["description"] = self._kind_words(item, category)
        out["found"] = place
        out["condition"] = self._condition(str(number))
        markings = [m for m in (self._marking(m) for m in record.get("markings") or ()) if m]
        if markings:
            out["markings"] = markings
        out["pictures"] = self._pictures(category, out.get("typology"), item.get("component"))
        answers = self._answers(record.get("answers"))
        if answers:
            out["answers"] = answers
        return out

    @staticmethod
    def _kind_words(item: Mapping[str, Any], category: str) -> str:
        if category == "ammunition":
            return tr("Cartridges hidden in the shipment")
        if category == "part":
            return tr("Pieces of a firearm hidden in the shipment")
        return tr("A weapon hidden in the shipment")

    def _scrubbed(self, value: Any) -> str | None:
        if not isinstance(value, str) or not value.strip():
            return None
        return self.text(value)

    def _condition(self, number: str) -> str:
        for step in reversed(self.steps):
            if step["step"] != "condition_recorded" or step.get("item") != number:
                continue
            if step.get("not_applicable"):
                return self._scrubbed(step["not_applicable"]) or tr("Not applicable.")
            words = "; ".join(f"{key.replace('_', ' ')}: {_words(value)}"
                              for key, value in (step.get("fields") or {}).items())
            return self._scrubbed(words) or tr("Not recorded in the case.")
        return tr("Not recorded in the case.")

    def _marking(self, marking: Mapping[str, Any]) -> dict[str, str] | None:
        kind, place = marking.get("kind"), marking.get("place")
        status = marking.get("status") or "fully_marked"
        if kind not in KINDS or place not in PLACES or status not in STATUSES:
            return None
        out = {"kind": str(kind), "place": str(place)}
        text = str(marking.get("text") or "")
        if text:
            invented = self.replacements.get(loose(text)) if kind == "serial" else None
            safe = invented or self._scrubbed(text)
            if safe is None:
                return None
            out["text"] = safe
        elif status not in ("obliterated", "unmarked"):
            return None
        if status != "fully_marked":
            out["status"] = str(status)
        return out

    @staticmethod
    def _pictures(category: str, typology: str | None, component: str | None
                  ) -> list[dict[str, str]]:
        drawings = agreed_drawings()
        if category == "ammunition":
            return [{"drawing": "class-ammunition", "caption": tr("The cartridges as found")},
                    {"drawing": "headstamp", "caption": tr("A cartridge's base")}]
        if category == "part":
            name = f"component-{component}"
            return [{"drawing": name if name in drawings else "class-part",
                     "caption": tr("The pieces as found")}]
        pictures = [{"drawing": typology if typology else "class-other-weapon",
                     "caption": tr("The weapon as found")}]
        if category in _MARKINGS_DRAWING:
            pictures.append({"drawing": _MARKINGS_DRAWING[category],
                             "caption": tr("Where the markings are")})
        return pictures

    def _answers(self, answers: Any) -> dict[str, Any] | None:
        """The case's checklist answers, scrubbed and without photo names; None when one
        cannot be made safe (the pack then has no model identification)."""
        if not isinstance(answers, Mapping):
            return None
        unsafe: list[str] = []

        def clean(value: Any) -> Any:
            if isinstance(value, Mapping):
                out = {}
                for key, child in value.items():
                    if str(key).endswith(_PHOTO_KEYS) or key == "normalised":
                        continue
                    out[str(key)] = clean(child)
                return out
            if isinstance(value, list):
                return [clean(v) for v in value]
            if isinstance(value, str) and value:
                invented = self.replacements.get(loose(value))
                safe = invented or self.text(value)
                if safe is None:
                    unsafe.append(value)
                return safe
            return value
        cleaned = clean(answers)
        return None if unsafe else cleaned


def _words(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
