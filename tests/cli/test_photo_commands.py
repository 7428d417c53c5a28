"""``borderdesk photo``: import, list, log, show, correct, export, copy; and audit verify
naming a photo file changed on disk."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.evidence.photo_samples import SampleExif, sample_jpeg
from tests.cli.helpers import Run
from tests.conftest import declaration


@pytest.fixture
def case(tmp_path: Path, write_json: Any, run: Callable[..., Run]) -> tuple[Path, str]:
    """A station database and the number of a seizure case opened by an inspection."""
    path = tmp_path / "station.db"
    assert run("import", write_json([declaration("RED-1")]), "--db", path).code == 0
    started = run("inspection", "start", "RED-1", "--kind", "physical", "--db", path)
    inspection = started.out.split()[1]
    finished = run("inspection", "finish", inspection, "--outcome", "seizure", "--db", path)
    assert finished.code == 0, finished
    number = next(word for word in finished.out.split() if word.startswith("RS-BAT-"))
    return path, number.rstrip(".,)")


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "wide.jpg").write_bytes(sample_jpeg(200, 150, seed=1))
    (folder / "close.jpg").write_bytes(sample_jpeg(200, 150, seed=2,
                                                   sample=SampleExif(orientation=6)))
    return folder


def imported_ids(result: Run) -> list[str]:
    return [line.split(" as photo ")[1].split(",")[0] for line in result.out.splitlines()
            if " as photo " in line]


def test_import_list_show_and_export(run: Callable[..., Run], case: tuple[Path, str],
                                     pictures: Path, tmp_path: Path) -> None:
    db, number = case
    result = run("photo", "import", number, pictures, "--caption", "pistol in place",
                 "--item", "item-1", "--db", db)
    assert result.code == 0, result
    assert result.out.splitlines()[-1] == "2 imported, 0 refused, 0 skipped"
    close_id, wide_id = imported_ids(result)  # a folder is taken in name order
    listed = run("photo", "list", number, "--format", "jsonl", "--db", db).objects()
    assert [(p["id"], p["file_name"], p["caption"], p["item"]) for p in listed] == [
        (close_id, "close.jpg", "pistol in place", "item-1"),
        (wide_id, "wide.jpg", "pistol in place", "item-1")]
    table = run("photo", "list", number, "--db", db)
    assert close_id in table.out and "wide.jpg" in table.out
    shown = run("photo", "show", close_id, "--db", db)
    assert "Canon EOS 250D" in shown.out and "2026-11-28T09:15:02 +01:00" in shown.out
    assert "44.8201389, 20.4583333" in shown.out and "Orientation     6" in shown.out
    out = tmp_path / "exported.jpg"
    exported = run("photo", "export", close_id, out, "--db", db)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert out.read_bytes() == (pictures / "close.jpg").read_bytes()
    assert exported.code == 0 and digest in exported.out


def test_refused_files_are_reported_each_and_the_exit_code_says_so(
        run: Callable[..., Run], case: tuple[Path, str], pictures: Path) -> None:
    db, number = case
    (pictures / "note.jpg").write_text("just text", encoding="utf-8")
    result = run("photo", "import", number, pictures / "note.jpg", pictures / "wide.jpg",
                 "--db", db)
    assert result.code == 2
    assert f"{pictures / 'note.jpg'}: refused: is not an image: its content is text" \
        in result.err and "nothing was stored" in result.err
    assert result.out.splitlines()[-1] == "1 imported, 1 refused, 0 skipped"
    again = run("photo", "import", number, pictures, "--only-new", "--db", db)
    # close.jpg is new, note.jpg is still refused, wide.jpg is in the case already.
    assert again.out.splitlines()[-1] == "1 imported, 1 refused, 1 skipped"


def test_correction_shows_in_the_log_and_history(run: Callable[..., Run],
                                                 case: tuple[Path, str],
                                                 pictures: Path) -> None:
    db, number = case
    [photo_id] = imported_ids(run("photo", "import", number, pictures / "wide.jpg",
                                  "--caption", "rifle", "--db", db))
    refused = run("photo", "correct", photo_id, "--caption", "pistol", "--db", db)
    assert refused.code == 2 and "--reason" in refused.err
    fixed = run("photo", "correct", photo_id, "--caption", "pistol", "--reason",
                "misread at the scene", "--db", db)
    assert fixed.code == 0 and "revision 2" in fixed.out
    log = run("photo", "log", number, "--format", "jsonl", "--db", db).objects()
    assert [(e["operation"], e["caption"], e["reason"]) for e in log] == [
        ("import", "rifle", None), ("correct", "pistol", "misread at the scene")]
    history = json.loads(run("photo", "show", photo_id, "--format", "json", "--db", db).out)
    assert history["caption"] == "pistol" and len(history["history"]) == 2


def test_copy_prints_a_cached_thumbnail(run: Callable[..., Run], case: tuple[Path, str],
                                        pictures: Path) -> None:
    db, number = case
    [photo_id] = imported_ids(run("photo", "import", number, pictures / "close.jpg",
                                  "--db", db))
    for size in ("thumbnail", "display"):
        made = run("photo", "copy", photo_id, "--size", size, "--db", db)
        assert made.code == 0 and Path(made.out.strip()).is_file()
    # Written where the user chose (the only way on an encrypted station).
    out = db.parent / "display.jpg"
    written = run("photo", "copy", photo_id, "--size", "display", "--out", out, "--db", db)
    assert written.code == 0 and out.read_bytes().startswith(b"\xff\xd8\xff")
    again = run("photo", "copy", photo_id, "--out", out, "--db", db)
    assert again.code == 2 and "already exists" in again.err


def test_audit_verify_names_a_photo_file_changed_on_disk(
        run: Callable[..., Run], case: tuple[Path, str], pictures: Path) -> None:
    db, number = case
    result = run("photo", "import", number, pictures / "wide.jpg", "--db", db)
    [photo_id] = imported_ids(result)
    assert run("audit", "verify", "--db", db).code == 0
    digest = result.out.split("SHA-256 ")[1].split()[0]
    stored = db.parent / "photos" / digest[:2] / f"{digest}.jpg"
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes()[:-10] + b"retouched!")
    verified = run("audit", "verify", "--db", db)
    assert verified.code == 1
    assert f"photo file {stored} (photos {photo_id}): changed: its SHA-256 is now" \
        in verified.out


def test_unknown_case_and_photo_are_plain_errors(run: Callable[..., Run],
                                                 case: tuple[Path, str],
                                                 pictures: Path) -> None:
    db, _number = case
    missing_case = run("photo", "import", "XX-1", pictures, "--db", db)
    assert missing_case.code == 2 and "no seizure case 'XX-1'" in missing_case.err
    missing_photo = run("photo", "show", "0000", "--db", db)
    assert missing_photo.code == 2 and "no photo '0000'" in missing_photo.err
