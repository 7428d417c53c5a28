"""A real station's audit chain and change log, and the HQ side of an enrolled station,
for the HQ tests: items are built the way the station's sync client builds them."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.hq.database import HqDatabase
from borderdesk.hq.identity import HqIdentity, load_identity
from borderdesk.hq.stations import add_station, enrol
from borderdesk.services import photos
from borderdesk.services.inspections import list_seizure_cases, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import open_station
from borderdesk.store import audit_repo, changelog
from borderdesk.store.audit_repo import AuditEntry
from borderdesk.store.changelog import Change
from borderdesk.sync import protocol
from borderdesk.sync.items import audit_item, change_item
from borderdesk.sync.protocol import KeyPair
from tests.conftest import declaration

#: HQ's clock in these tests (Unix seconds).
NOW = 1_800_000_000


@dataclass(frozen=True)
class StationData:
    """What a station with one seizure case and three photo entries holds."""

    station_id: str
    entries: list[AuditEntry]
    changes: list[Change]
    photos: dict[str, bytes]  # sha256 -> the original's bytes

    def audit(self, withheld: Collection[str] = ()) -> list[dict[str, Any]]:
        return [audit_item(entry, withheld) for entry in self.entries]

    def change_items(self) -> list[dict[str, Any]]:
        return [change_item(change, ()) for change in self.changes]


def build_station(folder: Path) -> StationData:
    """A station at ``folder``: a seizure found by inspection, two photos, one corrected."""
    with open_station(folder / "station.db", actor="tester") as session:
        source = folder / "declarations.json"
        source.write_text(json.dumps([declaration("RED-1")]), encoding="utf-8")
        import_files(session, [source])
        inspection = start_inspection(session, "RED-1", "physical")
        record_outcome(session, inspection.id, "seizure", "pistol under the seat")
        case = list_seizure_cases(session)[0].case_number
        files = []
        for seed in (1, 2):
            files.append(folder / f"photo-{seed}.jpg")
            files[-1].write_bytes(sample_jpeg(160, 120, seed=seed))
        report = photos.import_photos(session, case, files, caption="pistol in place")
        first = report.outcomes[0].photo
        assert first is not None
        photos.correct_photo(session, first.id, "wrong caption", caption="pistol, close")
        conn = session.database.conn
        return StationData(
            session.station.id, audit_repo.entries(conn), changelog.read_changes(conn),
            {protocol.sha256_hex(path.read_bytes()): path.read_bytes() for path in files})


@dataclass(frozen=True)
class Enrolled:
    """A station enrolled at HQ in a test, with its keys."""

    name: str
    station_id: str
    keys: KeyPair
    identity: HqIdentity

    def headers(self, method: str, path: str, body: bytes = b"", *, at: int = NOW,
                nonce: str | None = None) -> dict[str, str]:
        return protocol.sign_request(self.keys.sign, self.station_id, method, path, body,
                                     time=at, nonce=nonce)


def enrol_station(db: HqDatabase, station_id: str, name: str = "Batrovci") -> Enrolled:
    """Register and enrol ``station_id`` under ``name`` with fresh keys."""
    identity = load_identity(db)
    code = add_station(db, name, now=NOW)
    keys = KeyPair.generate()
    enrol(db, identity, code=code, station_id=station_id, station_name=name,
          sign_key=keys.sign_public(), box_key=keys.box_public(), now=NOW)
    return Enrolled(name, station_id, keys, identity)


