"""Photos at rest on an encrypted station: nothing readable on disk, nothing damaged shown.

The station session carries keys (as sign-in will give it); every original and
cached copy is sealed with AES-256-GCM. The planted texts are what a thief with the
laptop must not find: a serial number and a plate, in EXIF and in the pixels.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

from borderdesk.core.errors import Cancelled, UserInputError
from borderdesk.core.progress import CancelToken
from borderdesk.evidence.photo_samples import SampleExif, exif_of, photo_like
from borderdesk.evidence.photo_store import OriginalStore, StoredFileProblem
from borderdesk.security.attachments import AttachmentKeyring, sealed_key_id
from borderdesk.security.station_keys import StationKeys
from borderdesk.services import photos
from borderdesk.services.audit import verify_station
from borderdesk.services.inspections import (
    list_seizure_cases,
    record_outcome,
    start_inspection,
)
from borderdesk.services.intake import import_files
from borderdesk.services.photo_files import reseal_attachments
from borderdesk.services.reports import print_copies, print_seizure_report
from borderdesk.services.station import StationSession, open_station
from tests.conftest import declaration

SERIAL, PLATE = "SN-7731-KX", "KS-777-QQ"
PLANTED = (SERIAL.encode(), PLATE.encode())
#: What would show a picture (or its EXIF) in a file: JPEG, PNG and TIFF starts.
PICTURE_MARKS = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The station database in a data folder of its own (the sources lie beside it)."""
    (tmp_path / "data").mkdir()
    return tmp_path / "data" / "station.db"


@pytest.fixture
def session(db_path: Path) -> Iterator[StationSession]:
    """An empty station opened with its keys (as sign-in will open it)."""
    with open_station(db_path, actor="tester") as opened:
        opened.keys = StationKeys.generate()
        yield opened


@pytest.fixture
def case(session: StationSession, write_json: Any) -> str:
    import_files(session, [write_json([declaration("RED-1")])])
    inspection = start_inspection(session, "RED-1", "physical")
    record_outcome(session, inspection.id, "seizure", "pistol under the seat")
    return list_seizure_cases(session)[0].case_number


def planted_jpeg(seed: int) -> bytes:
    """A camera-like JPEG whose EXIF and pixels carry the serial and the plate."""
    image = photo_like(480, 360, seed)
    ImageDraw.Draw(image).text((20, 20), f"{SERIAL} {PLATE}", fill=(255, 255, 255))
    exif = exif_of(SampleExif(orientation=6))
    exif[ExifTags.Base.ImageDescription] = f"pistol, serial {SERIAL}"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.UserComment] = \
        b"ASCII\x00\x00\x00" + f"van {PLATE}".encode()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    data = out.getvalue()
    assert all(text in data for text in PLANTED)  # the test can fail
    return data


def planted_png() -> bytes:
    info = PngInfo()
    info.add_text("Comment", f"serial {SERIAL}, plate {PLATE}")
    out = io.BytesIO()
    photo_like(200, 150, 9).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def import_planted(session: StationSession, case: str, folder: Path,
                   count: int = 2) -> list[photos.Photo]:
    folder.mkdir(exist_ok=True)
    sources = []
    for number in range(count):
        source = folder / f"IMG_{number:04d}.JPG"
        source.write_bytes(planted_jpeg(number))
        sources.append(source)
    report = photos.import_photos(session, case, sources)
    assert report.count("imported") == count
    return [o.photo for o in report.outcomes if o.photo is not None]


def readable_files(session: StationSession) -> list[Path]:
    assert session.path is not None
    return sorted(p for p in session.path.parent.rglob("*") if p.is_file())


def assert_nothing_readable(session: StationSession) -> None:
    files = readable_files(session)
    assert any(p.parent.parent.name == "photos" for p in files)
    for path in files:
        data = path.read_bytes()
        assert not [text for text in PLANTED if text in data], path
        if not path.name.startswith("station.db"):  # the database is the SQLCipher work's
            assert not data.startswith(PICTURE_MARKS), path
            assert b"Exif\x00\x00" not in data and b"JFIF" not in data, path


def test_nothing_stored_shows_the_planted_text_or_a_picture(
        session: StationSession, case: str, tmp_path: Path) -> None:
    first, second = import_planted(session, case, tmp_path / "card")
    png_source = tmp_path / "scan.png"
    png_source.write_bytes(planted_png())
    [png] = [o.photo for o in photos.import_photos(session, case, [png_source]).outcomes
             if o.photo is not None]
    # Every copy made: thumbnails, display copies, print copies (a report printed).
    for photo in (first, second, png):
        with Image.open(io.BytesIO(photos.thumbnail_bytes(session, photo.id))) as thumb:
            assert thumb.format == "JPEG" and max(thumb.size) <= 320
        photos.display_bytes(session, photo.id)
    print_seizure_report(session, case, tmp_path / "report.pdf")
    assert verify_station(session) == []
    assert_nothing_readable(session)
    # What the officer gets is the content itself, after authentication.
    assert photos.original_bytes(session, first.id) == (tmp_path / "card/IMG_0000.JPG").read_bytes()
    assert photos.original_bytes(session, png.id) == png_source.read_bytes()
    # An export the user asks for is plain, where they chose (that is its point).
    out = tmp_path / "out"
    out.mkdir()
    written, _photo = photos.export_original(session, second.id, out)
    assert written.read_bytes() == (tmp_path / "card/IMG_0001.JPG").read_bytes()
    copy = photos.export_copy(session, second.id, "display", out / "display.jpg")
    assert copy.read_bytes().startswith(b"\xff\xd8\xff")
    with pytest.raises(UserInputError, match="encrypted on disk"):
        photos.thumbnail(session, second.id)  # no plain cached file to point at


def _truncate(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def _flip(path: Path, _other: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


def _swap(path: Path, other: Path) -> None:
    path.write_bytes(other.read_bytes())  # another photo's sealed original


@pytest.mark.parametrize(("damage", "says"), [
    (_truncate, "fails its authentication check"), (_flip, "fails its authentication check"),
    (_swap, "another file put in its place")], ids=["truncated", "bit-flipped", "swapped"])
def test_a_damaged_original_is_never_shown_and_is_named(
        session: StationSession, case: str, tmp_path: Path, damage: Any, says: str) -> None:
    hurt, fine = import_planted(session, case, tmp_path / "card")
    store = photos.originals(session)
    path = store.path_of(hurt.sha256, ".jpg")
    path.chmod(0o644)
    damage(path, store.path_of(fine.sha256, ".jpg"))
    shutil.rmtree(photos.photo_cache(session).root)  # no copy made before the damage
    for read in (photos.thumbnail_bytes, photos.display_bytes, photos.original_bytes):
        with pytest.raises(StoredFileProblem) as refused:
            read(session, hurt.id)
        assert str(refused.value).startswith(f"the stored original {path} ")
        assert says in str(refused.value)
    with pytest.raises(StoredFileProblem):
        photos.export_original(session, hurt.id, tmp_path / "export.jpg")
    assert not (tmp_path / "export.jpg").exists()
    # A report prints the photo as unreadable, never from the damaged file.
    copies = print_copies(session, [p.to_json() for p in photos.list_photos(session, case)])
    assert set(copies) == {fine.id}
    problems = [str(p) for p in verify_station(session)]
    assert len(problems) == 1
    assert problems[0].startswith(f"photo file {path} (photos {hurt.id}): cannot be opened: it ")
    assert photos.thumbnail_bytes(session, fine.id).startswith(b"\xff\xd8")


def test_a_damaged_or_swapped_cached_copy_is_made_again_from_the_original(
        session: StationSession, case: str, tmp_path: Path) -> None:
    [photo] = import_planted(session, case, tmp_path / "card", count=1)
    cache = photos.photo_cache(session)
    thumb = cache.path_of(photo.sha256, "thumb")
    _flip(thumb, thumb)
    with pytest.raises(StoredFileProblem, match="fails its authentication check"):
        cache.read(photo.sha256, "thumb")
    assert photos.thumbnail_bytes(session, photo.id).startswith(b"\xff\xd8")
    assert cache.read(photo.sha256, "thumb") is not None  # made again, sealed
    # The print copy put where the thumbnail belongs is not shown as the thumbnail.
    thumb.write_bytes(cache.path_of(photo.sha256, "print").read_bytes())
    remade = photos.thumbnail_bytes(session, photo.id)
    with Image.open(io.BytesIO(remade)) as image:
        assert max(image.size) == 320


def test_without_its_key_or_with_another_a_station_refuses_its_files_in_words(
        session: StationSession, case: str, tmp_path: Path) -> None:
    [photo] = import_planted(session, case, tmp_path / "card", count=1)
    keys = session.keys
    session.keys = None
    with pytest.raises(StoredFileProblem, match="is encrypted, and the station was opened "
                                                "without its key"):
        photos.original_bytes(session, photo.id)
    assert [p.problem for p in verify_station(session)] == [
        "encrypted, and the station was opened without its key"]
    session.keys = StationKeys.generate()
    assert keys is not None
    with pytest.raises(StoredFileProblem, match=f"station key \\({keys.key_id}\\)"):
        photos.thumbnail_bytes(session, photo.id)


def test_rotation_interrupted_half_way_then_resumed_leaves_every_photo_readable(
        session: StationSession, case: str, tmp_path: Path) -> None:
    taken = import_planted(session, case, tmp_path / "card", count=3)
    old, new = session.keys, StationKeys.generate()
    assert old is not None and session.path is not None
    folder = session.path.parent
    token = CancelToken()

    def stop_half_way(done: int, _total: int) -> None:
        if done == 2:  # originals come first: two of the three are done
            token.cancel()

    with pytest.raises(Cancelled, match="running it again finishes them"):
        reseal_attachments(folder, new, [old], on_progress=stop_half_way, cancel=token)
    # Half-way, every original opens with one key or the other.
    both = OriginalStore(folder / "photos", AttachmentKeyring.of(new, old))
    under = {sealed_key_id(both.path_of(p.sha256, ".jpg").read_bytes()) for p in taken}
    assert under == {old.key_id, new.key_id}
    assert all(both.read(p.sha256, ".jpg") for p in taken)
    report = reseal_attachments(folder, new, [old])
    assert report.complete and report.resealed > 0 and report.already > 0
    assert reseal_attachments(folder, new, [old]).resealed == 0  # idempotent
    session.keys = new
    for photo in taken:
        photos.thumbnail_bytes(session, photo.id)
        photos.original_bytes(session, photo.id)
    assert verify_station(session) == []
    assert_nothing_readable(session)
    session.keys = old
    assert len(verify_station(session)) == 3  # the old key alone opens nothing now


def test_a_plain_stations_files_are_encrypted_in_place(
        db_path: Path, write_json: Any, tmp_path: Path) -> None:
    with open_station(db_path, actor="tester") as plain:
        import_files(plain, [write_json([declaration("RED-1")])])
        inspection = start_inspection(plain, "RED-1", "physical")
        record_outcome(plain, inspection.id, "seizure", "pistol under the seat")
        case = list_seizure_cases(plain)[0].case_number
        taken = import_planted(plain, case, tmp_path / "card")
        stored = plain.path.parent / "photos"  # type: ignore[union-attr]
        assert any(SERIAL.encode() in p.read_bytes() for p in stored.rglob("*.jpg"))
        keys = StationKeys.generate()
        plain.keys = keys
        # Encrypted but not converted yet: still readable (hash-checked), and said.
        assert photos.original_bytes(plain, taken[0].id)
        assert {p.problem for p in verify_station(plain)} == {
            "not encrypted, although the station is: its encryption was not finished"}
        report = reseal_attachments(db_path.parent, keys)
        assert report.complete and report.resealed == 2 + 2 * 2  # originals, thumb, print
        assert verify_station(plain) == []
        assert_nothing_readable(plain)
        assert photos.thumbnail_bytes(plain, taken[1].id).startswith(b"\xff\xd8")
