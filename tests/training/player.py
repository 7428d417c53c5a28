"""A trainee who plays a scenario through the live services, as the window would: inspect,
seize, identify each item with the checklist, record the evidence steps, package, seal
and hand over. The scenario clock is stepped a minute before every act."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from borderdesk.identify.engine import walk_answers
from borderdesk.services import custody, seizures
from borderdesk.services.evidence_steps import record_step
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.station import StationSession
from borderdesk.services.training import exercise_info, exercise_pack, injects, step_clock
from borderdesk.training.pack import Truth, TruthItem

PACKAGE_KIND = {"firearm": "firearm", "ammunition": "ammunition", "parts": "parts"}


@dataclass
class Player:
    """Plays the session's scenario; ``misreads`` changes answers of an item's model
    identification (truth item id -> answers to replace)."""

    session: StationSession
    misreads: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    seal_number: int = 0

    def act(self, minutes: float = 1) -> str:
        """Let ``minutes`` of scenario time pass; the time now, as the services take it."""
        step_clock(self.session, minutes)
        return self.session.clock.now().isoformat()

    def wait_for(self, declaration_id: str) -> None:
        """Step the clock until the declaration has arrived in the queue."""
        pack = exercise_pack(self.session)
        for inject in pack.injects:
            if any(d.declaration_id == declaration_id for d in inject.declarations) and \
                    inject.kind == "arrival":
                released = {i.id: i.released_at for i in injects(self.session)}
                if released[inject.id] is None:
                    minutes = inject.at_minutes - exercise_info(self.session).minutes
                    self.act(max(minutes, 1))

    def play(self, *, skip: tuple[str, ...] = (), broken_order: tuple[str, ...] = ()) -> None:
        """Play every hidden shipment of the scenario, in the order they arrive, leaving
        out those of ``skip`` and breaking the evidence order (with a reason) in those of
        ``broken_order``."""
        pack = exercise_pack(self.session)
        order = pack.all_declaration_ids()
        for truth in sorted(pack.truth, key=lambda t: order.index(t.declaration_id)):
            if truth.declaration_id in skip:
                continue
            self.wait_for(truth.declaration_id)
            self.shipment(truth, broken=truth.declaration_id in broken_order)

    def shipment(self, truth: Truth, *, broken: bool = False) -> str:
        """Inspect, seize, identify and keep the evidence of one hidden shipment."""
        self.act()
        inspection = start_inspection(self.session, truth.declaration_id, "physical")
        self.act(2)
        outcome = record_outcome(self.session, inspection.id, "seizure",
                                 "items hidden in the goods")
        case = outcome.case_number
        assert case is not None
        numbers: dict[str, tuple[str, str, str]] = {}
        for index, item in enumerate(truth.items, start=1):
            self.act()
            identification = self.identify(inspection.id, item, f"Item {index}")
            added = seizures.add_identified_item(self.session, case, identification)
            numbers[item.id] = (str(added.number), item.kind, identification)
        self.evidence(case, truth.items, numbers, broken=broken)
        return case

    def identify(self, inspection_id: str, item: TruthItem, label: str) -> str:
        """Walk the checklist with the item's model answers (and this trainee's misreads)."""
        assert item.answers is not None
        answers = {**item.answers, **self.misreads.get(item.id, {})}
        walked = walk_answers(checklist_for(), answers)
        return record_walk(self.session, inspection_id, label, walked.walk).id

    def evidence(self, case: str, items: tuple[TruthItem, ...],
                 numbers: Mapping[str, tuple[str, str, str]], *, broken: bool) -> None:
        """The evidence steps in the order of the steps file, or with the photos taken
        before the scene was secured (a deviation, with its reason)."""
        s = self.session
        scene = {"place": "inspection bay 2", "officers_present": ["Ana Petrović",
                                                                  "Marko Jović"]}
        views = {"views": ["wide", "middle", "close_up"], "photographer": "Marko Jović"}
        if broken:
            record_step(s, case, "photograph_in_place", views, at=self.act(),
                        deviation_reason="photographed before the lane was closed")
            record_step(s, case, "secure_scene", {**scene, "discovered_at": self.act()},
                        at=self.act(), deviation_reason="the lane was closed after the photos")
        else:
            record_step(s, case, "secure_scene", {**scene, "discovered_at": self.act()},
                        at=self.act())
        record_step(s, case, "qualified_person", {
            "name": "Igor Ilić", "qualification": "police armourer",
            "requested_at": self.act()}, at=self.act())
        if not broken:
            record_step(s, case, "photograph_in_place", views, at=self.act())
        for item in items:
            number, kind, identification = numbers[item.id]
            if kind == "firearm":
                record_step(s, case, "condition_recorded", {"loaded": "yes"}, item=number,
                            at=self.act())
                record_step(s, case, "made_safe", {"qualified_person": "Igor Ilić"},
                            item=number, at=self.act(), by="Igor Ilić")
            record_step(s, case, "identification", {"identification": identification},
                        item=number, at=self.act())
            record_step(s, case, "forensic_requests", {"requests": ["fingerprints"]},
                        item=number, at=self.act())
        for item in items:
            number, kind, _identification = numbers[item.id]
            package = custody.create_package(s, case, [number], PACKAGE_KIND[kind],
                                             at=self.act())
            self.seal_number += 1
            custody.seal_package(s, package.label, [f"RS-EX-{self.seal_number:05d}"],
                                 at=self.act())
            custody.transfer(s, package.label, s.actor, "Insp. Vesna Đurić", "storage",
                             "station evidence room", at=self.act())
        record_step(s, case, "notification", {"notified": "prosecutor",
                                              "name": "Tužilac Milica Stanković"},
                    at=self.act())
