"""Recording the minimum evidence steps of a case, for tests that need a case ready
for sign-off (the seizure record's, the window's, the demo's)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from borderdesk.services.custody import create_package, seal_package, transfer
from borderdesk.services.evidence_steps import record_step, resolve_case
from borderdesk.services.station import StationSession
from borderdesk.store.evidence_repo import current_item_kinds


def record_minimum_evidence(session: StationSession, case: str,
                            items: Sequence[str]) -> None:
    """Record, in order and in the last three hours, every step the sign-off needs for
    ``items`` (label numbers): scene, qualified person, photos in place, condition and
    made safe (for firearms: the steps file asks them of no other kind), identification,
    forensic requests, packaging, seal, custody, notification."""
    kinds = current_item_kinds(session.database.conn, resolve_case(
        session.database.conn, case).id)
    start = session.clock.now() - timedelta(hours=3)

    def at(minutes: int) -> str:
        return (start + timedelta(minutes=minutes)).isoformat(timespec="minutes")

    me = session.actor
    record_step(session, case, "secure_scene", {
        "discovered_at": at(5), "place": "lane 2, truck cab", "officers_present": [me]},
        at=at(5))
    record_step(session, case, "qualified_person", {
        "name": "Igor Ilić", "qualification": "police armourer", "requested_at": at(6),
        "arrived_at": at(25)}, at=at(6))
    record_step(session, case, "photograph_in_place",
                {"views": ["wide", "middle", "close_up"]}, at=at(10))
    for item in items:
        if kinds.get(item) == "firearm":
            record_step(session, case, "condition_recorded", {"loaded": "no"}, item=item,
                        at=at(12))
            record_step(session, case, "made_safe", {"qualified_person": "Igor Ilić"},
                        item=item, at=at(30), by="Igor Ilić")
        record_step(session, case, "identification", {"identification": f"item {item}"},
                    item=item, at=at(40))
        record_step(session, case, "forensic_requests", {"requests": "fingerprints"},
                    item=item, at=at(41))
        package = create_package(session, case, [item], "firearm", at=at(45))
        seal_package(session, package.label, [f"T-{case[-6:]}-{item}"], at=at(46))
        transfer(session, package.label, me, "Marko Jović", "storage", "station safe",
                 at=at(50))
    record_step(session, case, "notification", {"notified": "prosecutor",
                                                "name": "Jelena Savić"}, at=at(60))
