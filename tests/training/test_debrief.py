"""The debrief of a trainee and the summary of a cohort: what they say, on every page the
exercise watermark, and only the embedded DejaVu fonts."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.station import StationSession
from borderdesk.services.training_score import write_cohort_summary, write_debrief
from tests.training.helpers import AMMUNITION, PARTS
from tests.training.player import Player

WATERMARK = "EXERCISE - NOT EVIDENCE"


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages]


def _fonts(path: Path) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    found = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            assert "/FontFile2" in target["/FontDescriptor"].get_object()  # embedded
            found.add(str(font["/BaseFont"]).split("+")[-1])
    return found


def test_a_debrief_sets_each_expected_action_against_what_was_done(
        exercise: Callable[..., StationSession], tmp_path: Path) -> None:
    session = exercise(PARTS)
    Player(session).play(skip=("RS-HOR-2026-208842",), broken_order=("RS-HOR-2026-208811",))
    out = tmp_path / "debrief.pdf"
    result = write_debrief(session, out)
    pages = _pages(out)
    text = " ".join(" ".join(pages).split())
    assert all(WATERMARK in page for page in pages)
    assert "Debrief: Ana Petrović" in text and "Course 7" in text
    assert f"{result.total:.1f}" in text
    assert "RS-HOR-2026-208842 one item: In the parcel, inside a gearbox bearing box missed" \
        in text
    assert "RS-HOR-2026-208842: Bolt carrier and bolt (parcel 2) Not identified" in text
    assert "RS-HOR-2026-208842: no seizure case opened" in text
    assert "Serial number BF19384 BF19384 right" in text
    assert "reason given: photographed before the lane was closed" in text
    assert _fonts(out) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_a_cohort_summary_covers_its_trainees_and_one_scenario(
        exercise: Callable[..., StationSession], tmp_path: Path) -> None:
    sessions = []
    for name, skip in (("a.db", ()), ("b.db", ("RS-HOR-2026-208842",))):
        session = exercise(PARTS, name=name)
        Player(session).play(skip=skip)
        sessions.append(session)
    out = tmp_path / "cohort.pdf"
    paths = [s.path for s in sessions]
    for session in sessions:
        session.close()
    scores = write_cohort_summary([p for p in paths if p is not None], out)
    assert sorted(s.total for s in scores) == [70.7, 100.0]
    text = " ".join(" ".join(_pages(out)).split())
    assert WATERMARK in text
    assert "RS-HOR-2026-208842 1 of 2" in text and "RS-HOR-2026-208811 2 of 2" in text
    assert "Mean" in text and "85.3" in text  # (100.0 + 70.7) / 2, rounded
    other = exercise(AMMUNITION, name="other.db")
    other.close()
    with pytest.raises(UserInputError, match="a cohort summary covers one scenario"):
        write_cohort_summary([paths[0], other.path], tmp_path / "mixed.pdf")  # type: ignore[list-item]
