"""Photos of a seizure case: import, the log, corrections, copies, export and checks."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from borderdesk.core.errors import UserInputError
from borderdesk.evidence.photo_samples import SampleExif, jpeg_bytes, photo_like, sample_jpeg
from borderdesk.evidence.photo_store import StoredFileProblem
from borderdesk.services import photos
from borderdesk.services.audit import verify_station
from borderdesk.services.inspections import (
    list_seizure_cases,
    record_outcome,
    start_inspection,
)
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.store import audit_repo
from tests.conftest import declaration


@pytest.fixture
def case(session: StationSession, write_json: Any) -> str:
    """The case number of a seizure found by inspecting RED-1."""
    import_files(session, [write_json([declaration("RED-1")])])
    inspection = start_inspection(session, "RED-1", "physical")
    record_outcome(session, inspection.id, "seizure", "pistol under the seat")
    return list_seizure_cases(session)[0].case_number


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    """A camera card: DCIM/100CANON with three photos and a clip the camera also made."""
    folder = tmp_path / "card" / "DCIM" / "100CANON"
    folder.mkdir(parents=True)
    for number in range(3):
        (folder / f"IMG_{number:04d}.JPG").write_bytes(
            sample_jpeg(160, 120, seed=number, sample=SampleExif(orientation=1 + number)))
    (folder / "MVI_0004.MOV").write_bytes(b"\x00\x00\x00\x14ftypqt  ")
    (folder / ".hidden.jpg").write_bytes(b"camera's own")
    return tmp_path / "card"


def rows(session: StationSession) -> int:
    return int(session.database.conn.execute("SELECT count(*) FROM photo_log").fetchone()[0])


def stored_files(session: StationSession) -> list[Path]:
    root = photos.originals(session).root
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_an_imported_original_is_byte_identical_read_only_and_logged(
        session: StationSession, case: str, tmp_path: Path) -> None:
    source = tmp_path / "pistol under seat.jpg"
    source.write_bytes(sample_jpeg(320, 240, seed=7))
    report = photos.import_photos(session, case, [source], caption="Pistol in place",
                                  item="item-1", step="step-3")
    [outcome] = report.outcomes
    assert outcome.status == "imported" and outcome.photo is not None
    photo = outcome.photo
    [stored] = stored_files(session)
    assert stored.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(stored.stat().st_mode) == 0o444
    assert stored.parent.name == photo.sha256[:2] and stored.name == f"{photo.sha256}.jpg"
    assert (photo.caption, photo.item, photo.step, photo.package) == \
        ("Pistol in place", "item-1", "step-3", None)
    assert (photo.file_name, photo.media_type, photo.width, photo.height) == \
        ("pistol under seat.jpg", "image/jpeg", 320, 240)
    assert photo.size_bytes == len(source.read_bytes()) and photo.imported_by == "tester"
    assert photo.exif.camera_model == "EOS 250D" and photo.exif.gps_lat == 44.8201389
    assert photo.exif.taken_at == "2026-11-28T09:15:02" and photo.exif.taken_offset == "+01:00"
    [entry] = audit_repo.entries(session.database.conn, entity="photo_log")
    assert entry.entity_id == photo.id and entry.operation == "import"
    assert verify_station(session) == []


def test_bad_files_are_refused_with_nothing_stored_and_the_rest_imported(
        session: StationSession, case: str, tmp_path: Path) -> None:
    whole = sample_jpeg(200, 150, seed=3)
    (tmp_path / "truncated.jpg").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "notes.jpg").write_text("not a photo at all", encoding="utf-8")
    (tmp_path / "good.jpg").write_bytes(whole)
    sources = [tmp_path / n for n in ("truncated.jpg", "notes.jpg", "missing.jpg", "good.jpg")]
    report = photos.import_photos(session, case, sources)
    assert [(o.path.name, o.status) for o in report.outcomes] == [
        ("truncated.jpg", "refused"), ("notes.jpg", "refused"), ("missing.jpg", "refused"),
        ("good.jpg", "imported")]
    messages = [o.message for o in report.outcomes]
    assert "truncated" in str(messages[0])
    assert messages[1] == "is not an image: its content is text (whatever its name says)"
    assert messages[2] == "no such file"
    assert rows(session) == 1 and len(stored_files(session)) == 1


def test_a_refused_batch_leaves_no_row_file_or_audit_entry(
        session: StationSession, case: str, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    from tests.evidence.test_photo_check import png_bomb
    bomb.write_bytes(png_bomb(20_000, 20_000))
    before = audit_repo.head(session.database.conn)  # the case's opening is audited
    report = photos.import_photos(session, case, [bomb])
    assert report.count("refused") == 1 and "decompression bomb" in str(report.outcomes[0].message)
    assert rows(session) == 0 and stored_files(session) == []
    assert audit_repo.head(session.database.conn) == before


def test_the_same_bytes_twice_are_one_file_and_two_photos(
        session: StationSession, case: str, tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    source.write_bytes(sample_jpeg(seed=5))
    first = photos.import_photos(session, case, [source], caption="wide")
    second = photos.import_photos(session, case, [source], caption="again")
    ids = {o.photo.id for o in (*first.outcomes, *second.outcomes) if o.photo}
    assert len(ids) == 2 and len(stored_files(session)) == 1
    assert [p.caption for p in photos.list_photos(session, case)] == ["wide", "again"]


def test_a_camera_folder_imports_its_photos_and_only_new_ones_later(
        session: StationSession, case: str, camera: Path) -> None:
    report = photos.import_photos(session, case, [camera])
    assert [(o.path.name, o.status) for o in report.outcomes] == [
        ("MVI_0004.MOV", "skipped"), ("IMG_0000.JPG", "imported"),
        ("IMG_0001.JPG", "imported"), ("IMG_0002.JPG", "imported")]
    (camera / "DCIM" / "100CANON" / "IMG_0005.JPG").write_bytes(sample_jpeg(seed=50))
    again = photos.import_photos(session, case, [camera], only_new=True)
    assert [(o.path.name, o.status) for o in again.outcomes if o.path.suffix == ".JPG"] == [
        ("IMG_0000.JPG", "skipped"), ("IMG_0001.JPG", "skipped"),
        ("IMG_0002.JPG", "skipped"), ("IMG_0005.JPG", "imported")]
    assert "already in the case as photo" in str(again.outcomes[1].message)
    assert len(photos.list_photos(session, case)) == 4


def test_progress_is_reported_per_photo(session: StationSession, case: str,
                                        camera: Path) -> None:
    seen: list[tuple[int, int]] = []
    photos.import_photos(session, case, [camera], on_progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_unknown_cases_and_signed_off_cases_without_a_reason_are_refused(
        session: StationSession, case: str, tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    source.write_bytes(sample_jpeg())
    with pytest.raises(UserInputError, match="no seizure case 'NOPE'"):
        photos.import_photos(session, "NOPE", [source])
    with session.database.transaction() as conn:  # what the sign-off (another part) does
        conn.execute("UPDATE seizure_cases SET status = 'signed_off'")
    with pytest.raises(UserInputError, match="is signed off: a change to it needs a reason"):
        photos.import_photos(session, case, [source])
    report = photos.import_photos(session, case, [source], reason="photo found on a 2nd card")
    photo = report.outcomes[0].photo
    assert photo is not None
    [entry] = audit_repo.entries(session.database.conn, entity="photo_log")
    assert entry.reason == "photo found on a 2nd card"


def test_a_caption_correction_is_a_new_entry_with_its_reason(
        session: StationSession, case: str, tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    source.write_bytes(sample_jpeg())
    photo = photos.import_photos(session, case, [source], caption="rifle").outcomes[0].photo
    assert photo is not None
    with pytest.raises(UserInputError, match="needs a reason"):
        photos.correct_photo(session, photo.id, " ", caption="pistol")
    corrected = photos.correct_photo(session, photo.id[:20], "misnamed at the scene",
                                     caption="pistol", package="PKG-7")
    assert (corrected.id, corrected.caption, corrected.package, corrected.revision) == \
        (photo.id, "pistol", "PKG-7", 2)
    assert corrected.imported_at == photo.imported_at and corrected.corrected_by == "tester"
    history = photos.photo_history(session, photo.id)
    assert [(e.operation, e.caption, e.reason) for e in history] == [
        ("import", "rifle", None), ("correct", "pistol", "misnamed at the scene")]
    with pytest.raises(UserInputError, match="nothing to correct"):
        photos.correct_photo(session, photo.id, "again", caption="pistol")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), \
            session.database.transaction() as conn:
        conn.execute("UPDATE photo_log SET caption = 'x'")
    assert verify_station(session) == []


def test_thumbnails_and_display_copies_are_cached_upright_and_remade(
        session: StationSession, case: str, tmp_path: Path) -> None:
    source = tmp_path / "turned.jpg"
    source.write_bytes(jpeg_bytes(photo_like(800, 400), SampleExif(orientation=6)))
    before = source.read_bytes()
    photo = photos.import_photos(session, case, [source]).outcomes[0].photo
    assert photo is not None
    thumb = photos.thumbnail(session, photo.id)
    with Image.open(thumb) as image:
        assert image.size == (160, 320)  # stood upright
    thumb.unlink()
    assert photos.thumbnail(session, photo.id) == thumb and thumb.is_file()
    with Image.open(photos.display_copy(session, photo.id)) as image:
        assert image.size == (400, 800)
    [stored] = stored_files(session)
    assert stored.read_bytes() == before  # never replaced or touched
    assert photos.photo_cache(session).root not in stored.parents


def test_export_writes_the_original_and_refuses_to_overwrite(
        session: StationSession, case: str, tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    source.write_bytes(sample_jpeg(seed=9))
    photo = photos.import_photos(session, case, [source]).outcomes[0].photo
    assert photo is not None
    out = tmp_path / "out"
    out.mkdir()
    written, exported = photos.export_original(session, photo.id, out)
    assert written == out / "a.jpg" and written.read_bytes() == source.read_bytes()
    assert exported.sha256 == photo.sha256
    with pytest.raises(UserInputError, match="already exists"):
        photos.export_original(session, photo.id, out)


def test_a_changed_or_missing_original_is_named_by_the_check(
        session: StationSession, case: str, tmp_path: Path) -> None:
    for seed in (1, 2):
        (tmp_path / f"{seed}.jpg").write_bytes(sample_jpeg(seed=seed))
    report = photos.import_photos(session, case, [tmp_path / "1.jpg", tmp_path / "2.jpg"])
    first, second = (o.photo for o in report.outcomes)
    assert first is not None and second is not None
    changed, gone = (photos.originals(session).path_of(p.sha256, ".jpg")
                     for p in (first, second))
    changed.chmod(0o644)
    changed.write_bytes(changed.read_bytes() + b"edited")
    gone.chmod(0o644)
    gone.unlink()
    problems = [str(p) for p in verify_station(session)]
    assert len(problems) == 2
    assert problems[0].startswith(f"photo file {changed} (photos {first.id}): changed:")
    assert problems[1] == f"photo file {gone} (photos {second.id}): missing: the original " \
        "was removed"
    with pytest.raises(StoredFileProblem, match="was changed"):
        photos.original_bytes(session, first.id)
    # The same bytes imported again do not repair the changed file silently.
    again = photos.import_photos(session, case, [tmp_path / "1.jpg"])
    assert again.outcomes[0].status == "refused"
    assert "was changed" in str(again.outcomes[0].message)
