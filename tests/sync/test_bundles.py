"""Offline bundles, both ways: a real station enrolled with a real HQ database in-process.

export-bundle at the station, import-bundle at HQ (which writes the acknowledgment),
import-ack at the station; repeats change nothing; anything tampered with is refused
before anything is applied.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from borderdesk.cli import main
from borderdesk.core.errors import UserInputError
from borderdesk.evidence.photo_samples import sample_jpeg
from borderdesk.hq import blobs, stations
from borderdesk.hq.bundles import import_bundle
from borderdesk.hq.database import HqDatabase, sqlite_url
from borderdesk.hq.identity import HqIdentity, init_hq, load_identity
from borderdesk.hq.messages import add_remark
from borderdesk.hq.publish import publish
from borderdesk.services import photos
from borderdesk.services.inspections import list_seizure_cases, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.sync import enrol, sync_messages, sync_status
from borderdesk.services.sync_bundle import export_bundle, import_ack
from borderdesk.services.sync_install import installed_artefacts
from borderdesk.services.training import create_exercise
from borderdesk.store import audit_repo, sync_repo
from borderdesk.sync.protocol import KeyPair
from borderdesk.sync.sealed import read_sealed, write_sealed
from borderdesk.training.builtin import builtin_folder
from borderdesk.training.guard import ExerciseRefused
from tests.conftest import declaration, dump_database

#: HQ's clock in these tests (Unix seconds).
NOW = 1_800_000_000


@dataclass
class Hq:
    db: HqDatabase
    identity: HqIdentity
    url: str


def make_hq(path: Path) -> Hq:
    url = sqlite_url(path)
    init_hq(url, now=NOW)
    db = HqDatabase.open(url)
    return Hq(db, load_identity(db), url)


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Hq]:
    made = make_hq(tmp_path / "hq.db")
    yield made
    made.db.close()


def enrol_with(session: StationSession, hq: Hq, name: str) -> None:
    """Enrol as services.sync.enrol does, HQ answering in-process instead of over HTTP."""
    code = stations.add_station(hq.db, name, now=NOW)

    def transport(_url: str, request: dict[str, Any]) -> dict[str, Any]:
        return stations.enrol(hq.db, hq.identity, now=NOW, **request)

    enrol(session, "https://hq.test", code, transport=transport)


def record_seizure(session: StationSession, folder: Path, seeds: tuple[int, ...] = (1, 2),
                   ident: str = "RED-1") -> None:
    """A declaration inspected, a seizure recorded, its photos imported."""
    source = folder / f"{ident}.json"
    source.write_text(json.dumps([declaration(ident)]), encoding="utf-8")
    import_files(session, [source])
    inspection = start_inspection(session, ident, "physical")
    record_outcome(session, inspection.id, "seizure", "pistol under the seat")
    case = list_seizure_cases(session)[0].case_number
    files = []
    for seed in seeds:
        files.append(folder / f"photo-{seed}.jpg")
        files[-1].write_bytes(sample_jpeg(160, 120, seed=seed))
    photos.import_photos(session, case, files, caption="pistol in place")


def open_enrolled(folder: Path, hq: Hq, name: str) -> StationSession:
    folder.mkdir(parents=True, exist_ok=True)
    session = open_station(folder / "station.db", actor="tester")
    enrol_with(session, hq, name)
    return session


@pytest.fixture
def station(tmp_path: Path, hq: Hq) -> Iterator[StationSession]:
    """Station Batrovci, enrolled with ``hq``, holding a seizure with two photos."""
    session = open_enrolled(tmp_path / "batrovci", hq, "Batrovci")
    record_seizure(session, tmp_path / "batrovci")
    yield session
    session.close()


def heads(session: StationSession) -> dict[str, int]:
    conn = session.database.conn
    return {s: sync_repo.stream_head(conn, s) for s in ("changes", "audit")}


def hq_counts(hq: Hq) -> dict[str, int]:
    """How many rows HQ holds of what a bundle brings."""
    with hq.db.transaction(write=False) as tx:
        return {table: int(tx.execute(f"SELECT count(*) FROM {table}")[0][0]) for table in
                ("hq_items", "hq_blobs", "hq_blob_chunks", "hq_records", "hq_checkpoints",
                 "hq_conflicts", "hq_messages")}


def photo_hashes(session: StationSession) -> set[str]:
    return {str(row[0]) for row in session.database.conn.execute(
        "SELECT DISTINCT sha256 FROM photo_log")}


def test_round_trip_brings_every_record_once_and_the_acks_back(
        station: StationSession, hq: Hq, tmp_path: Path) -> None:
    bundle, ack = tmp_path / "out.bdb", tmp_path / "back.bda"
    exported = export_bundle(station, bundle)
    at_export = heads(station)
    assert exported.items == sum(at_export.values()) and exported.photos == 2
    # Written is not received: the status bar does not say "synchronised" yet.
    assert sync_status(station).last_success is None
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    report = import_bundle(hq.db, bundle, ack, now=NOW)
    assert report.problems == [] and report.station_name == "Batrovci"
    assert (report.applied, report.photos, report.verdict) == (exported.items, 2, "ok")
    assert report.acked == at_export
    with hq.db.transaction(write=False) as tx:
        held = {stream: (int(n), int(distinct)) for stream, n, distinct in tx.execute(
            "SELECT stream, count(*), count(DISTINCT seq) FROM hq_items GROUP BY stream")}
    assert held == {s: (at_export[s], at_export[s]) for s in at_export}
    for sha in photo_hashes(station):
        assert hashlib.sha256(b"".join(blobs.blob_bytes(hq.db, sha))).hexdigest() == sha

    answered = import_ack(station, ack)
    assert answered.problems == [] and not answered.already_applied
    assert answered.acked == at_export and answered.verdict == "ok"
    conn = station.database.conn
    assert {s: sync_repo.acked(conn, s) for s in at_export} == at_export
    # What waits now is the record of this import alone (its security event).
    status = sync_status(station)
    assert status.waiting == 2
    assert status.last_success is not None  # HQ's acknowledgment says what it holds
    assert [e.entity for e in audit_repo.entries(conn)][-1] == "security_events"
    assert [run.how for run in sync_repo.runs(conn)] == ["ack_import", "bundle_export"]


def test_a_bundle_and_an_ack_imported_twice_change_nothing_more(
        station: StationSession, hq: Hq, tmp_path: Path) -> None:
    bundle = tmp_path / "out.bdb"
    export_bundle(station, bundle)
    import_bundle(hq.db, bundle, tmp_path / "ack1", now=NOW)
    before = hq_counts(hq)
    again = import_bundle(hq.db, bundle, tmp_path / "ack2", now=NOW + 60)
    assert (again.applied, again.photos, again.problems, again.verdict) == (0, 0, [], "ok")
    assert hq_counts(hq) == before

    import_ack(station, tmp_path / "ack1")
    dump = dump_database(station.path)  # type: ignore[arg-type]
    assert import_ack(station, tmp_path / "ack1").already_applied
    assert dump_database(station.path) == dump  # type: ignore[arg-type]
    # The second ack (same acknowledgments) is applied once, and moves nothing back.
    acked = {s: sync_repo.acked(station.database.conn, s) for s in ("changes", "audit")}
    assert import_ack(station, tmp_path / "ack2").acked == acked


def test_a_second_bundle_carries_only_what_was_not_acknowledged(
        station: StationSession, hq: Hq, tmp_path: Path) -> None:
    export_bundle(station, tmp_path / "1.bdb")
    import_bundle(hq.db, tmp_path / "1.bdb", tmp_path / "1.ack", now=NOW)
    import_ack(station, tmp_path / "1.ack")
    acked = {s: sync_repo.acked(station.database.conn, s) for s in ("changes", "audit")}
    record_seizure(station, tmp_path, seeds=(3,), ident="RED-2")
    second = export_bundle(station, tmp_path / "2.bdb")
    assert second.photos == 1
    assert second.items == sum(heads(station).values()) - sum(acked.values())
    report = import_bundle(hq.db, tmp_path / "2.bdb", tmp_path / "2.ack", now=NOW)
    assert report.problems == [] and report.applied == second.items
    assert report.acked == heads(station)


def test_publications_and_messages_come_back_with_the_ack(
        station: StationSession, hq: Hq, tmp_path: Path) -> None:
    profile = Path(__file__).parents[2] / "resources" / "profiles"
    published = publish(hq.db, hq.identity, "profile", sorted(profile.glob("*.yaml"))[0],
                        now=NOW)
    export_bundle(station, tmp_path / "out.bdb")
    import_bundle(hq.db, tmp_path / "out.bdb", tmp_path / "ack", now=NOW)
    add_remark(hq.db, station_name="Batrovci", entity="photo_log",
               entity_id=_audited_id(station, "photo_log"),
               text="Please add a photo with a scale", now=NOW)
    # A later import of the same bundle brings the remark made since.
    import_bundle(hq.db, tmp_path / "out.bdb", tmp_path / "ack2", now=NOW + 5)

    first = import_ack(station, tmp_path / "ack")
    assert first.problems == []
    assert first.installed == [f"profile {published.name} {published.version}"]
    assert [(a.kind, a.name, a.serial, a.sha256) for a in installed_artefacts(station)] == [
        ("profile", published.name, published.serial, published.sha256)]
    second = import_ack(station, tmp_path / "ack2")
    assert second.installed == [] and second.messages == 1
    assert [m.text for m in sync_messages(station)] == ["Please add a photo with a scale"]
    conn = station.database.conn
    assert sync_repo.acked(conn, "published") == published.serial
    assert sync_repo.acked(conn, "messages") >= 1
    assert len(installed_artefacts(station)) == 1


def _audited_id(session: StationSession, entity: str) -> str:
    return next(e.entity_id for e in audit_repo.entries(session.database.conn)
                if e.entity == entity)


# --- refusals ---------------------------------------------------------------------------------

def _flip(path: Path, offset_from_end: int) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) - offset_from_end] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("tamper", ["flipped", "truncated", "other_station", "other_hq"])
def test_a_tampered_or_misdirected_bundle_is_refused_with_nothing_applied(
        station: StationSession, hq: Hq, tmp_path: Path, tamper: str) -> None:
    bundle, ack = tmp_path / "out.bdb", tmp_path / "ack"
    if tamper == "other_hq":
        other = make_hq(tmp_path / "other-hq.db")
        enrol_with(station, other, "Batrovci")
        other.db.close()
    export_bundle(station, bundle)
    if tamper == "flipped":
        _flip(bundle, 500)  # a byte of the ciphertext
        expected = "altered"
    elif tamper == "truncated":
        bundle.write_bytes(bundle.read_bytes()[:-1000])
        expected = "truncated"
    elif tamper == "other_station":
        # Another enrolled station seals a bundle claiming to be Batrovci.
        intruder = open_enrolled(tmp_path / "horgos", hq, "Horgos")
        link = sync_repo.get_link(intruder.database.conn)
        intruder.close()
        assert link is not None
        write_sealed(bundle, kind="station-bundle", sender=station.station.id,
                     recipient=hq.identity.hq_id, created_at="2027-01-15T10:00:00Z",
                     recipient_box=hq.identity.keys.box_public(),
                     sign_key=KeyPair.from_text(link.sign_private, link.box_private).sign,
                     manifest={"format": 1}, members=[])
        expected = "signature is not the sender's"
    else:
        expected = "not for this headquarters"
    before = hq_counts(hq)
    with pytest.raises(UserInputError, match=expected) as refused:
        import_bundle(hq.db, bundle, ack, now=NOW)
    assert str(bundle) in str(refused.value) and "nothing was applied" in str(refused.value)
    assert hq_counts(hq) == before and not ack.exists()


def test_a_bundle_from_a_revoked_station_is_refused(
        station: StationSession, hq: Hq, tmp_path: Path) -> None:
    export_bundle(station, tmp_path / "out.bdb")
    stations.revoke_station(hq.db, "Batrovci", now=NOW)
    with pytest.raises(UserInputError, match="revoked; nothing was applied"):
        import_bundle(hq.db, tmp_path / "out.bdb", tmp_path / "ack", now=NOW)
    assert hq_counts(hq)["hq_items"] == 0


@pytest.mark.parametrize("tamper", ["flipped", "truncated", "other_station"])
def test_a_tampered_or_misdirected_ack_is_refused_with_nothing_applied(
        station: StationSession, hq: Hq, tmp_path: Path, tamper: str) -> None:
    ack = tmp_path / "ack"
    if tamper == "other_station":
        other = open_enrolled(tmp_path / "horgos", hq, "Horgos")
        export_bundle(other, tmp_path / "horgos.bdb")
        other.close()
        import_bundle(hq.db, tmp_path / "horgos.bdb", ack, now=NOW)
        expected = "not for this station"
    else:
        export_bundle(station, tmp_path / "out.bdb")
        import_bundle(hq.db, tmp_path / "out.bdb", ack, now=NOW)
        if tamper == "flipped":
            _flip(ack, 200)
            expected = "altered"
        else:
            ack.write_bytes(ack.read_bytes()[:-64])
            expected = "truncated"
    dump = dump_database(station.path)  # type: ignore[arg-type]
    with pytest.raises(UserInputError, match=expected):
        import_ack(station, ack)
    assert dump_database(station.path) == dump  # type: ignore[arg-type]


def test_a_chain_problem_at_hq_is_reported_back_not_raised(
        station: StationSession, hq: Hq, tmp_path: Path) -> None:
    """The station's own signed bundle with an audit entry altered before sealing: HQ
    applies the changes, refuses the audit stream, and the ack tells the supervisor."""
    bundle = tmp_path / "out.bdb"
    export_bundle(station, bundle)
    with read_sealed(bundle, kind="station-bundle", recipient=hq.identity.hq_id,
                     box_key=hq.identity.keys.box,
                     sender_key=lambda _s: _station_keys(station).sign.public_key()) as c:
        manifest = c.manifest
        members = [(f"blobs/{b['sha256']}", c.member(f"blobs/{b['sha256']}"))
                   for b in manifest["blobs"]]
    manifest["streams"]["audit"]["items"][2]["actor"] = "someone else"
    write_sealed(bundle, kind="station-bundle", sender=station.station.id,
                 recipient=hq.identity.hq_id, created_at=manifest["created_at"],
                 recipient_box=hq.identity.keys.box_public(),
                 sign_key=_station_keys(station).sign, manifest=manifest, members=members)
    report = import_bundle(hq.db, bundle, tmp_path / "ack", now=NOW)
    assert report.acked["changes"] == heads(station)["changes"]
    assert report.acked["audit"] == 0 and report.verdict is None
    assert len(report.problems) == 1 and report.problems[0].startswith("audit:")
    answered = import_ack(station, tmp_path / "ack")
    assert answered.problems == report.problems
    assert [m.kind for m in sync_messages(station)] == ["conflict"]
    assert sync_repo.runs(station.database.conn)[0].outcome == "partial"


def _station_keys(session: StationSession) -> KeyPair:
    link = sync_repo.get_link(session.database.conn)
    assert link is not None
    return KeyPair.from_text(link.sign_private, link.box_private)


def test_an_exercise_station_neither_exports_nor_imports(tmp_path: Path) -> None:
    target = tmp_path / "exercise.db"
    create_exercise(builtin_folder() / "ammunition-household-van", target, trainee="Ana")
    with open_station(target, actor="ana") as session:
        with pytest.raises(ExerciseRefused, match="exercise"):
            export_bundle(session, tmp_path / "out.bdb")
        with pytest.raises(ExerciseRefused, match="exercise"):
            import_ack(session, tmp_path / "ack")
    assert not (tmp_path / "out.bdb").exists()


def test_an_unenrolled_station_is_told_to_enrol(tmp_path: Path) -> None:
    with (open_station(tmp_path / "station.db", actor="tester") as session,
          pytest.raises(UserInputError, match="sync enroll")):
        export_bundle(session, tmp_path / "out.bdb")


# --- command line -----------------------------------------------------------------------------

def test_the_three_commands_end_to_end(
        station: StationSession, hq: Hq, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(station.path)
    station.close()
    bundle, ack = tmp_path / "out.bdb", tmp_path / "ack.bda"
    assert main(["sync", "export-bundle", str(bundle), "--db", db]) == 0
    assert "2 photos" in capsys.readouterr().out
    assert main(["hq", "import-bundle", str(bundle), "-o", str(ack), "--hq-db", hq.url]) == 0
    out = capsys.readouterr().out
    assert "station 'Batrovci'" in out and "2 photos" in out and str(ack) in out
    assert main(["sync", "import-ack", str(ack), "--db", db]) == 0
    assert "installed nothing" in capsys.readouterr().out
    assert main(["sync", "import-ack", str(ack), "--db", db]) == 0
    assert "nothing changed" in capsys.readouterr().out
    _flip(bundle, 300)
    assert main(["hq", "import-bundle", str(bundle), "-o", str(tmp_path / "x"),
                 "--hq-db", hq.url]) == 2
    assert "altered" in capsys.readouterr().err
    assert main(["sync", "status", "--db", db]) == 0
    assert "waiting to be sent: 2" in capsys.readouterr().out
