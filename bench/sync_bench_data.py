"""The stations of bench/sync_bench.py: records and attachments made fast, and their sizes.

Records are ammunition and parts groups of one seizure case, written as the service
writes them (each an audited row with its change-log row) but in one transaction and
without reading the whole case back after each (the service does, which makes 10,000
items in one case take many minutes). Attachments are photo records written the way the photo import
stores them (the original content-addressed, the audited photo log entry), with random
bytes instead of a camera's: a JPEG is as incompressible, and the sync never decodes it.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from borderdesk.core.ids import new_id
from borderdesk.evidence.case_items import ammunition_group, part_group
from borderdesk.services import seizures
from borderdesk.services.inspections import list_seizure_cases, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.photo_files import originals
from borderdesk.services.station import StationSession, open_station
from borderdesk.store import photo_repo, seizure_repo
from tests.conftest import declaration

#: Bytes of one attachment: a 12-megapixel camera's JPEG.
ATTACHMENT = 4 * 1024 * 1024
#: Records per baseline request (as the station's batches).
BATCH = 250
CALIBRES = ("9x19", "7.62x39", "5.56x45", ".22LR", "12/70")
PARTS = ("barrel", "slide", "frame", "magazine", "bolt")

#: The size of a change-log row, as its fields' text.
CHANGE_BYTES = ("length(changed_at) + length(actor) + length(entity) + length(entity_id)"
                " + length(operation) + length(detail) + 8")


@dataclass(frozen=True)
class Station:
    """A bench station: where it is, what it holds, and its payload in bytes."""

    path: Path
    id: str
    records: int  # records the bench made (groups and photos)
    megabytes: float  # attachments
    payload: int  # the records' own JSON (audit entries, change-log rows) + attachments
    attachments: tuple[tuple[str, int], ...]  # (sha256, size)

    def heads(self) -> dict[str, int]:
        """The last seq of each stream now (enrolment adds an entry)."""
        with sqlite3.connect(self.path) as conn:
            return {stream: int(conn.execute(f"SELECT max(seq) FROM {table}").fetchone()[0])
                    for stream, table in (("changes", "change_log"), ("audit", "audit_log"))}

    def attachment_bytes(self) -> Iterator[bytes]:
        folder = self.path.parent / "photos"
        for sha, _size in self.attachments:
            yield (folder / sha[:2] / f"{sha}.jpg").read_bytes()

    def copy_to(self, folder: Path) -> Station:
        """The same station (same id) in another folder, for another HQ."""
        shutil.copytree(self.path.parent, folder)
        return replace(self, path=folder / self.path.name)


def make_station(folder: Path, records: int, megabytes: int, *, seed: int) -> Station:
    """A station at ``folder`` with a seizure case, ``records`` counted groups, and
    ``megabytes`` MB of attachments in photo records of :data:`ATTACHMENT` bytes."""
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    with open_station(folder / "station.db", actor="bench") as session:
        case = _seizure_case(session, folder, seed)
        _groups(session, case, records)
        attachments = _attachments(session, case, megabytes * 1024 * 1024, rng)
        station_id = session.station.id
    station = Station(folder / "station.db", station_id, records + len(attachments),
                      megabytes, 0, tuple(attachments))
    with sqlite3.connect(station.path) as conn:
        size = _record_bytes(conn, 0, 0)
    return replace(station, payload=size + sum(s for _sha, s in attachments))


def _seizure_case(session: StationSession, folder: Path, seed: int) -> str:
    source = folder / "declaration.json"
    source.write_text(json.dumps([declaration(f"BENCH-{seed}")]), encoding="utf-8")
    import_files(session, [source])
    inspection = start_inspection(session, f"BENCH-{seed}", "physical")
    record_outcome(session, inspection.id, "seizure", "ammunition in the spare wheel")
    return list_seizure_cases(session)[0].case_number


def _groups(session: StationSession, case: str, records: int) -> None:
    """``records`` counted groups (parts, ammunition) added to the case, as
    ``seizures.add_part_group`` and ``add_ammunition_group`` add them."""
    with seizures.case_transaction(session, case) as (conn, context, row):
        first = seizure_repo.next_item_number(conn, row.id)
        for number in range(records):
            draft = (part_group(PARTS[number % 5], 1 + number % 7,
                                f"{PARTS[number % 5]} in the spare wheel, bundle {number}")
                     if number % 2 else
                     ammunition_group(CALIBRES[number % 5], 10 + number % 90, f"box {number}"))
            item_id = new_id()
            seizure_repo.insert_row(conn, context, "seizure_items", {
                "id": item_id, "case_ref": row.id, "item_ref": item_id,
                "number": first + number, "kind": draft.kind,
                "identification_ref": draft.identification_ref, "category": draft.category,
                "component": draft.component, "calibre": draft.calibre,
                "quantity": draft.quantity, "description": draft.description,
                "record": draft.record, "amendment": 0, "reason": None}, "add")


def _attachments(session: StationSession, case: str, total: int,
                 rng: random.Random) -> list[tuple[str, int]]:
    store = originals(session)
    made: list[tuple[str, int]] = []
    case_ref = seizures.get_case(session, case).summary.id
    while total > 0:
        data = rng.randbytes(min(ATTACHMENT, total))
        total -= len(data)
        sha = hashlib.sha256(data).hexdigest()
        fields = photo_repo.PhotoFields(
            case_ref=case_ref, item_ref=None, step_ref=None, package_ref=None,
            caption="the spare wheel", sha256=sha, size_bytes=len(data),
            media_type="image/jpeg", width=4000, height=3000,
            file_name=f"IMG_{len(made):04d}.JPG", taken_at="2026-11-28T09:00:00",
            taken_offset="+01:00", camera_make="Bench", camera_model="Sync",
            gps_lat=None, gps_lon=None, orientation=1)
        with session.database.transaction() as conn:
            photo_repo.insert_entry(conn, session.write_context(), fields)
            store.put(data, sha, ".jpg")
        made.append((sha, len(data)))
    return made


def _record_bytes(conn: sqlite3.Connection, changes_after: int, audit_after: int) -> int:
    """The records' own size above the given seqs: audit entries' JSON, change-log rows."""
    audit = conn.execute("SELECT coalesce(sum(length(payload)), 0) FROM audit_log"
                         " WHERE seq > ?", (audit_after,)).fetchone()[0]
    changes = conn.execute(f"SELECT coalesce(sum({CHANGE_BYTES}), 0) FROM change_log"
                           " WHERE seq > ?", (changes_after,)).fetchone()[0]
    return int(audit) + int(changes)


def left_payload(station: Station, held: sqlite3.Connection) -> int:
    """The payload HQ does not hold yet: records above its acknowledgments, and the
    attachment bytes it has not received."""
    acked = dict(held.execute("SELECT stream, acked FROM hq_streams WHERE station_id = ?",
                              (station.id,)).fetchall())
    with sqlite3.connect(station.path) as conn:
        left = _record_bytes(conn, int(acked.get("changes", 0)), int(acked.get("audit", 0)))
    for sha, size in station.attachments:
        row = held.execute("SELECT received, complete, size FROM hq_blobs WHERE sha256 = ?",
                           (sha,)).fetchone()
        received = 0 if row is None or row[2] != size else (size if row[1] else int(row[0]))
        left += size - received
    return left


def record_batches(path: Path) -> Iterator[bytes]:
    """The station's records as JSON, :data:`BATCH` a request (the baseline's bodies)."""
    with sqlite3.connect(path) as conn:
        for table in ("change_log", "audit_log"):
            columns = ("seq, changed_at, actor, entity, entity_id, operation, detail"
                       if table == "change_log" else "seq, payload")
            after = 0
            while True:
                rows = conn.execute(f"SELECT {columns} FROM {table} WHERE seq > ?"
                                    f" ORDER BY seq LIMIT ?", (after, BATCH)).fetchall()
                if not rows:
                    break
                after = int(rows[-1][0])
                yield json.dumps([list(row[1:]) for row in rows], ensure_ascii=False,
                                 separators=(",", ":")).encode("utf-8")
