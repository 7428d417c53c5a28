"""The identification picture's labels in the window's language.

An officer working in Serbian reads "навлака" on the drawing where the English reads
"slide": the labels are put in before QtSvg draws, so the picture shown is the drawing
with its words translated, and nothing English is left behind from an earlier language.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from borderdesk.core.i18n import install_translator
from borderdesk.core.svg_labels import LABEL_CONTEXT, translate_labels
from borderdesk.ui import identify_picture
from borderdesk.ui.identify_picture import PictureView, clear_cache, drawing_path

SERBIAN = {"slide": "навлака", "ejection port": "избацивач", "hammer": "ударач",
           "magazine (in grip)": "оквир (у дршци)", "frame": "рам"}
SIZE = QSize(480, 320)


def _tiny_translator(context: str, text: str) -> str:
    return SERBIAN.get(text, text) if context == LABEL_CONTEXT else text


@pytest.fixture
def fresh_pictures() -> Iterator[None]:
    """No picture drawn before the test (or left for the next one) in another language."""
    clear_cache()
    yield
    install_translator(None)
    clear_cache()


def _rendered(svg: bytes) -> QImage:
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, SIZE.width(), SIZE.height()))
    painter.end()
    return image


def _shown(qtbot: QtBot, name: str) -> QImage:
    view = PictureView(SIZE)
    qtbot.addWidget(view)
    view.resize(SIZE)
    view.set_drawing(name)
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    view.render(image)
    return image


def test_the_picture_shows_the_labels_in_the_installed_language(
        qtbot: QtBot, fresh_pictures: None) -> None:
    english = drawing_path("pistol-self-loading").read_bytes()
    assert _shown(qtbot, "pistol-self-loading") == _rendered(english)
    install_translator(_tiny_translator)
    clear_cache()  # the window's language changes at start-up; here, in place
    shown = _shown(qtbot, "pistol-self-loading")
    expected = translate_labels(english, lambda label: SERBIAN.get(label, label))
    assert b"\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb0\xd0\xba\xd0\xb0" in expected  # навлака
    assert shown == _rendered(expected)
    assert shown != _rendered(english)


def test_labelled_bytes_that_fail_the_safe_check_never_reach_qtsvg(
        qtbot: QtBot, fresh_pictures: None, monkeypatch: pytest.MonkeyPatch) -> None:
    english = drawing_path("revolver").read_bytes()
    install_translator(_tiny_translator)

    def broken(svg: bytes, translate: object) -> bytes:
        return svg.replace(b"</svg>", b"<script>alert(1)</script></svg>")

    monkeypatch.setattr(identify_picture, "translate_labels_cached", broken)
    assert identify_picture.labelled_drawing("revolver") == english
