"""A trainee working in another language sees the drawings of what was found labelled in it,
in the findings window and in the pictures written out, as in live work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest

from borderdesk.core.i18n import install_translator
from borderdesk.core.svg_labels import LABEL_CONTEXT
from borderdesk.services.inspections import start_inspection
from borderdesk.services.station import StationSession
from borderdesk.services.training_play import findings, picture_data, write_pictures
from tests.training.helpers import PISTOLS

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def in_albanian() -> Iterator[None]:
    """Every drawing label in upper case with a marker, as a translation would change it."""
    install_translator(lambda context, text: f"SQ {text.upper()}"
                       if context == LABEL_CONTEXT else text)
    yield
    install_translator(None)


def _labels(svg: bytes) -> list[str]:
    return [element.text or "" for element in SafeTree.fromstring(svg).iter(f"{SVG}text")]


def test_the_drawings_of_what_was_found_are_labelled_in_the_language(
        exercise: Callable[..., StationSession], tmp_path: Path, in_albanian: None) -> None:
    session = exercise(PISTOLS)
    truck = "RS-GRA-2026-041107"
    start_inspection(session, truck, "physical")
    drawings = [p for item in findings(session, truck).items for p in item.pictures
                if p.source == "drawing"]
    assert drawings
    media, data = picture_data(session, drawings[0])
    labels = _labels(data)
    assert media == "image/svg+xml" and labels
    assert all(label.startswith("SQ ") for label in labels)
    written = write_pictures(session, truck, tmp_path / "pictures")
    on_disk = (tmp_path / "pictures" / drawings[0].name).read_bytes()
    assert on_disk == data and (tmp_path / "pictures" / drawings[0].name) in written
