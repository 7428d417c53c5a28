"""Reference drawings reach QtSvg only through the safe SVG check, shipped ones included.

A drawing with an external entity, a script or a reference outside itself is never
handed to QtSvg (which would fetch or resolve it): the wizard shows an empty frame
and no caption, and says why in the log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from borderdesk.ui import identify_picture
from borderdesk.ui.identify_picture import (
    checked_drawing,
    clear_cache,
    drawing_caption,
    drawing_pixmap,
)
from tests.ui.test_reference_drawings import AGREED

SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
GOOD = (f'<svg {SVG} viewBox="0 0 480 320"><title>Good</title><desc>A box.</desc>'
        '<rect x="10" y="10" width="100" height="50" fill="#1d2733"/></svg>')
BAD = {
    "external-entity": ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY leak SYSTEM '
                        f'"file:///etc/passwd">]><svg {SVG}><title>&leak;</title></svg>'),
    "script": f'<svg {SVG}><title>Box</title><script>alert(1)</script></svg>',
    "external-href": (f'<svg {SVG}><title>Box</title><image width="10" height="10" '
                      'xlink:href="http://example.org/track.png"/></svg>'),
    "file-href": f'<svg {SVG}><title>Box</title><use href="file:///etc/hosts#x"/></svg>',
}


@pytest.fixture
def drawings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Drawings read from ``tmp_path`` instead of the shipped folder."""
    for name, text in {"good": GOOD, **BAD}.items():
        (tmp_path / f"{name}.svg").write_text(text, encoding="utf-8")
    monkeypatch.setattr(identify_picture, "drawing_path",
                        lambda name: tmp_path / f"{name}.svg")
    clear_cache()
    drawing_caption.cache_clear()
    yield tmp_path
    clear_cache()
    drawing_caption.cache_clear()


@pytest.mark.parametrize("name", sorted(BAD))
def test_an_unsafe_drawing_is_never_handed_to_qtsvg(
        drawings: Path, name: str, caplog: pytest.LogCaptureFixture) -> None:
    assert drawing_pixmap("good", QSize(120, 80), 1.0) is not None  # the check can pass
    assert drawing_caption("good") == "Good\nA box."
    assert drawing_pixmap(name, QSize(120, 80), 1.0) is None
    assert drawing_caption(name) == ""
    assert f"the drawing {drawings / f'{name}.svg'} is not shown" in caplog.text


def test_every_shipped_drawing_passes_the_safe_check() -> None:
    assert [name for name in AGREED if checked_drawing(name) is None] == []
