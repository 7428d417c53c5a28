"""Photos are opened only as JPEG, PNG or TIFF: every other format Pillow knows is refused.

Pillow recognises dozens of formats by their content, some with large or risky
decoders (EPS runs Ghostscript when loaded). A file named ``.jpg`` that is really
a BMP, GIF, PSD or EPS must be refused in words wherever photo bytes are opened:
the import check, the thumbnail and display copies, and a report's print copies.
"""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image

from borderdesk.evidence.photo_check import PhotoRefused, check_photo, open_photo
from borderdesk.evidence.photo_render import THUMBNAIL, render_from_bytes
from borderdesk.services.reports import _print_copy


def _saved(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 30, 30)).save(out, kind)
    return out.getvalue()


def _psd() -> bytes:
    """A 2 x 2 grey Photoshop file, uncompressed (Pillow can read, not write, PSD)."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 1, 2, 2, 8, 1)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + bytes([0, 64, 128, 255])


OTHERS = {"BMP": _saved("BMP"), "GIF": _saved("GIF"), "PSD": _psd(), "EPS": _saved("EPS")}


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_another_format_named_jpg_is_refused_everywhere_photos_are_opened(
        kind: str) -> None:
    data = OTHERS[kind]
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == kind  # without the allow-list, Pillow would open it
    messages = []
    for opening in (check_photo, open_photo, lambda d: render_from_bytes(d, THUMBNAIL, 1),
                    lambda d: _print_copy(d, 1)):
        with pytest.raises(PhotoRefused) as refused:
            opening(data)
        messages.append(str(refused.value))
    assert messages[0] in (f"is a {kind} image; photos must be JPEG, PNG or TIFF",
                           "is not an image: its content is not JPEG, PNG or TIFF (whatever "
                           "its name says)",
                           "is not an image: its content is text (whatever its name says)")
    assert len(set(messages)) == 1  # the same plain words wherever it is met


def test_a_jpeg_start_on_another_format_is_decoded_as_jpeg_only() -> None:
    forged = b"\xff\xd8\xff" + OTHERS["PSD"]
    with pytest.raises(PhotoRefused, match="damaged or incomplete"):
        open_photo(forged).load()
