"""The expert-referral packet: a zip with the record, the photos found and one PDF page."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.identify.checklist import Checklist
from borderdesk.identify.engine import walk_answers
from borderdesk.identify.referral import Referral, write_referral
from tests.identify.conftest import load_case

REFERRAL = Referral("pistol in the cab", "Ana Kovač", "2026-11-29T10:00:00Z",
                    "Is the serial recoverable? Converted or original?", "RS-BAT")


def test_the_packet_holds_record_answers_photos_and_one_page(
        checklist: Checklist, tmp_path: Path) -> None:
    walk = walk_answers(checklist, load_case("pistol-obliterated-serial")["answers"]).walk
    photo = b"\xff\xd8\xff\xe0 not really a jpeg"
    destination = tmp_path / "out" / "referral.zip"
    # The resolver gives content in memory (a sealed store is never copied as it is).
    missing = write_referral(destination, REFERRAL, walk.result(), walk.path(),
                             walk.warnings(),
                             lambda ref: (photo, ".JPG") if ref == "photo-pst-001" else None)
    assert missing == ["photo-pst-002"]
    with zipfile.ZipFile(destination) as archive:
        names = set(archive.namelist())
        assert archive.read("photos/photo-pst-001.jpg") == photo
        document = json.loads(archive.read("referral.json"))
        pdf = archive.read("summary.pdf")
    assert names == {"referral.json", "summary.pdf", "photos/photo-pst-001.jpg"}
    assert document["question"].startswith("Is the serial recoverable")
    assert document["record"]["category"] == "pistol"
    assert document["photos"] == {"photo-pst-001": "photos/photo-pst-001.jpg",
                                  "photo-pst-002": None}
    assert any("Import marking" in gap for gap in document["trace"]["gaps"])
    assert {"step": "Which handgun?", "question": "Type of handgun",
            "answer": "Self-loading pistol"} in document["answers"]
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type /Page[^s]", pdf)) == 1
    assert list(destination.parent.iterdir()) == [destination]  # no temporary left


def test_a_packet_that_cannot_be_written_leaves_nothing(
        checklist: Checklist, tmp_path: Path) -> None:
    walk = walk_answers(checklist, load_case("revolver")["answers"]).walk
    blocked = tmp_path / "referral.zip"
    blocked.mkdir()  # a folder where the file should go
    with pytest.raises(UserInputError, match="could not be written"):
        write_referral(blocked, REFERRAL, walk.result(), walk.path())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referral.zip"]
    assert list(blocked.iterdir()) == []
