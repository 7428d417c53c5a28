"""Stations for the synchronisation's fault and crash tests, and the checks that HQ holds
what each pushed: every item exactly once with the content the station sent, every photo
whole, the audit chain verified at both ends.

A station here is made through the services, as an officer would fill it: a file of
declarations (one change-log row each), one inspection that finds a seizure, and photos
of that seizure (one audit entry each). Photos above 1 MiB go up in several chunks, so an
interrupted upload has something to resume.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from PIL import Image

from borderdesk.evidence.photo_samples import SampleExif, jpeg_bytes, mark, photo_like
from borderdesk.hq import blobs
from borderdesk.hq.database import HqDatabase
from borderdesk.hq.stations import add_station, find_station
from borderdesk.services import photos
from borderdesk.services.inspections import list_seizure_cases, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import open_station
from borderdesk.services.sync import enrol
from borderdesk.store.audit_verify import verify_chain
from borderdesk.sync import outbox
from borderdesk.sync.client import enrol_request
from borderdesk.sync.policy import default_policy
from borderdesk.sync.protocol import STREAMS, item_sha256, sha256_hex
from tests.conftest import declaration

#: Photo sizes (width, height) that make about 5 MB: two of two chunks, two of one.
FIVE_MB_OF_PHOTOS = ((2200, 1650), (2200, 1650), (1600, 1200), (1200, 900))


@cache
def _picture(width: int, height: int) -> Image.Image:
    """One drawn picture per size (drawing one takes a while): each photo marks a copy."""
    return photo_like(width, height, seed=width)


def photo_bytes(width: int, height: int, seed: int) -> bytes:
    """A camera-like JPEG (about 1.8 MB at 2200 x 1650), its bytes its own per seed."""
    picture = _picture(width, height).copy()
    mark(picture, seed)
    return jpeg_bytes(picture, SampleExif(), quality=95)


def build_station(folder: Path, *, records: int, photo_sizes: Sequence[tuple[int, int]],
                  seed: int) -> Path:
    """A station in ``folder`` with ``records`` declarations (as many change-log rows and
    a few more) and a seizure with one photo per size; its database's path. ``seed``
    makes its photos its own (HQ keeps photos by content: equal bytes would be sent once)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "station.db"
    with open_station(path, actor="tester") as session:
        source = folder / "declarations.json"
        source.write_text(json.dumps([declaration(f"S{seed}-{n:06d}") for n in range(records)]),
                          encoding="utf-8")
        import_files(session, [source])
        inspection = start_inspection(session, f"S{seed}-000000", "physical")
        record_outcome(session, inspection.id, "seizure", "pistol parts in the spare wheel")
        case = list_seizure_cases(session)[0].case_number
        files = []
        for index, (width, height) in enumerate(photo_sizes):
            files.append(folder / f"photo-{index}.jpg")
            files[-1].write_bytes(photo_bytes(width, height, seed * 100 + index))
        report = photos.import_photos(session, case, files, caption="as found")
        assert all(outcome.photo is not None for outcome in report.outcomes), report
    return path


def enrol_behind(hq_db: str, server_url: str, station: Path, name: str, link_url: str) -> str:
    """Register ``station`` at HQ as ``name`` and enrol it straight at ``server_url``, its
    link pointing at ``link_url`` (the faulty proxy): the pushes go through the proxy, the
    one-time enrolment does not. The station's id."""
    db = HqDatabase.open(hq_db)
    try:
        code = add_station(db, name, now=1_800_000_000)
    finally:
        db.close()
    with open_station(station) as session:
        enrol(session, link_url, code,
              transport=lambda _url, request: enrol_request(server_url, request))
        return session.station.id


def expected_items(station: Path) -> dict[str, dict[int, str]]:
    """Per stream, each seq and the content hash of the item the station sends for it
    (read by the station's own outbox, as a push reads it)."""
    conn = sqlite3.connect(station)
    try:
        return {stream: {int(item["seq"]): item_sha256(item)
                         for batch in outbox.batches(conn, stream, 0, default_policy())
                         for item in batch.items} for stream in STREAMS}
    finally:
        conn.close()


def assert_hq_holds_everything_once(hq_url: str, station: Path) -> None:
    """HQ holds each item the station has exactly once, with the content it sent; every
    photo whole with its SHA-256; no conflict; both ends verify the audit chain."""
    conn = sqlite3.connect(station)
    try:
        station_id = conn.execute("SELECT id FROM station").fetchone()[0]
        photos_there = {row[0]: row[1] for row in conn.execute(
            "SELECT sha256, size_bytes FROM photo_log")}
        head_hash = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"
                                 ).fetchone()[0]
        records_there = conn.execute(
            "SELECT count(DISTINCT entity || ' ' || entity_id) FROM audit_log").fetchone()[0]
        assert [str(problem) for problem in verify_chain(conn)] == []
    finally:
        conn.close()
    expected = expected_items(station)
    db = HqDatabase.open(hq_url)
    try:
        with db.transaction(write=False) as tx:
            held = {stream: {int(seq): sha for seq, sha in tx.execute(
                "SELECT seq, sha256 FROM hq_items WHERE station_id = ? AND stream = ?",
                (station_id, stream))} for stream in expected}
            copies = tx.one("SELECT count(*) FROM hq_items WHERE station_id = ?",
                            (station_id,))
            conflicts = tx.one("SELECT count(*) FROM hq_conflicts WHERE station_id = ?",
                               (station_id,))
            records_held = tx.one("SELECT count(*) FROM hq_records WHERE station_id = ?",
                                  (station_id,))
            chain = tx.one("SELECT chain_hash FROM hq_items WHERE station_id = ?"
                           " AND stream = 'audit' ORDER BY seq DESC LIMIT 1", (station_id,))
        info = find_station(db, station_id=station_id)
        whole = {sha: sha256_hex(b"".join(blobs.blob_bytes(db, sha))) for sha in photos_there}
    finally:
        db.close()
    for stream, items in expected.items():
        assert held[stream] == items, f"{stream}: HQ's items differ from the station's"
    assert copies is not None and copies[0] == sum(len(items) for items in expected.values())
    assert conflicts is not None and conflicts[0] == 0
    assert records_held is not None and records_held[0] == records_there
    assert chain is not None and chain[0] == head_hash
    assert whole == {sha: sha for sha in photos_there}
    assert info is not None and info.chain_verdict == "ok"
    assert info.acked == {stream: max(items) for stream, items in expected.items()}
