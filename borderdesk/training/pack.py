"""A checked scenario pack as frozen values: the story, the declarations, the hidden truth,
the injects and the expected actions (docs/training.md describes the format).

:mod:`borderdesk.training.pack_load` builds these from a pack's manifest; nothing here
reads files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from borderdesk.domain.declaration import Declaration
from borderdesk.identify.item import ItemRecord

#: The manifest format versions this borderdesk reads.
SUPPORTED_FORMATS = (1,)
MANIFEST_NAME = "manifest.yaml"
#: What an inject does when it is released.
INJECT_KINDS = ("amendment", "arrival", "watchlist", "message")
#: The seizure record's item kind for a category of the truth (evidence steps apply by kind).
KIND_OF_CATEGORY = {"part": "parts", "ammunition": "ammunition"}
#: What may be scored of an identification (``expected.identify``).
IDENTIFY_CRITERIA = ("typology", "calibre", "serial", "quantity")
#: The parts of the score and their default weights (out of 100).
DEFAULT_WEIGHTS: Mapping[str, float] = {"detection": 30.0, "identification": 30.0,
                                        "evidence": 30.0, "timing": 10.0}


@dataclass(frozen=True, slots=True)
class StationSetup:
    """The station the exercise pretends to be."""

    name: str
    crossing: str
    country: str | None
    time_zone: str


@dataclass(frozen=True, slots=True)
class TruthMarking:
    """A marking as it really is on the item (what a perfect reading gives)."""

    kind: str
    place: str
    text: str
    status: str = "fully_marked"

    @property
    def legible(self) -> bool:
        """Whether there is text to read (not obliterated, not absent)."""
        return self.status not in ("obliterated", "unmarked") and bool(self.text)


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture of a hidden item: a file of the pack, or a reference drawing by name."""

    caption: str
    file: str | None = None
    drawing: str | None = None


@dataclass(frozen=True, slots=True)
class TruthItem:
    """One item (a firearm, a group of parts or of rounds) a shipment really hides."""

    id: str
    category: str
    description: str
    #: Where in the shipment this item is (the trainee reads it when finding it).
    found: str
    #: The condition as found (loaded, round in the chamber...), before making safe.
    condition: str
    typology: str | None = None
    component: str | None = None
    calibre: str | None = None
    make: str | None = None
    model: str | None = None
    quantity: int = 1
    flags: tuple[str, ...] = ()
    markings: tuple[TruthMarking, ...] = ()
    pictures: tuple[Picture, ...] = ()
    #: The model identification (checklist answers) and the record it gives, if given.
    answers: Mapping[str, Any] | None = None
    record: ItemRecord | None = None
    line: int = 0
    #: A short name for the trainer's documents (never shown to the trainee).
    name: str = ""

    @property
    def title(self) -> str:
        """The short name, or the id in words."""
        return self.name or self.id.replace("-", " ").replace("_", " ")

    @property
    def kind(self) -> str:
        """The seizure record's kind of item: firearm, parts or ammunition."""
        return KIND_OF_CATEGORY.get(self.category, "firearm")

    @property
    def serial(self) -> TruthMarking | None:
        """The serial the identification is scored on: the first one (frame first)."""
        serials = [m for m in self.markings if m.kind == "serial"]
        serials.sort(key=lambda m: m.place != "frame")
        return serials[0] if serials else None


@dataclass(frozen=True, slots=True)
class Concealment:
    """How a shipment hides its items: the seizure code list's method and where."""

    method: str
    place: str


@dataclass(frozen=True, slots=True)
class Truth:
    """What one declaration's shipment really holds."""

    declaration_id: str
    concealment: Concealment
    items: tuple[TruthItem, ...]
    #: What an X-ray or a dog shows (an anomaly, never the items themselves).
    xray: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class WatchEntry:
    """A watch-list entry a ``watchlist`` inject adds."""

    kind: str
    name: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Inject:
    """An event at a scenario time: new declarations, a new version, a list update, a call."""

    id: str
    at_minutes: int
    kind: str
    title: str
    text: str = ""
    sender: str = ""
    #: The declaration files (``amendment``, ``arrival``) and what they hold, checked.
    files: tuple[str, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    entries: tuple[WatchEntry, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class ExtraOrder:
    """An order the scenario expects beyond the steps file's rules: ``first`` before
    ``then``."""

    first: str
    then: str


@dataclass(frozen=True, slots=True)
class Expected:
    """What a perfect trainee does."""

    select: tuple[str, ...]
    identify: tuple[str, ...]
    steps: tuple[str, ...]
    order: tuple[ExtraOrder, ...] = ()
    #: Targets in scenario minutes: from available to selected, from the find to the
    #: last required evidence step.
    select_within: int | None = None
    evidence_within: int | None = None


@dataclass(frozen=True, slots=True)
class ScenarioPack:
    """A whole checked pack."""

    id: str
    version: str
    title: str
    description: str
    learning_goals: tuple[str, ...]
    station: StationSetup
    profile: str
    starts_at: datetime
    duration_minutes: int | None
    declaration_files: tuple[str, ...]
    declarations: tuple[Declaration, ...]
    watchlist: str | None
    truth: tuple[Truth, ...]
    injects: tuple[Inject, ...]
    expected: Expected
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    #: Every file of the pack (manifest included) and its bytes' SHA-256.
    files: Mapping[str, str] = field(default_factory=dict)
    #: The SHA-256 over the manifest and every file: the identity of this exact pack.
    sha256: str = ""
    #: What the trainee is told at the start (the description is the trainer's).
    briefing: str = ""

    def truth_of(self, declaration_id: str) -> Truth | None:
        """The hidden truth of a declaration (None: it hides nothing)."""
        return next((t for t in self.truth if t.declaration_id == declaration_id), None)

    def inject(self, inject_id: str) -> Inject | None:
        """The inject with that id, if there is one."""
        return next((i for i in self.injects if i.id == inject_id), None)

    def all_declaration_ids(self) -> list[str]:
        """Every declaration id of the scenario, at the start and in injects, once each."""
        ids = [d.declaration_id for d in self.declarations]
        for inject in self.injects:
            ids += [d.declaration_id for d in inject.declarations]
        return list(dict.fromkeys(ids))
