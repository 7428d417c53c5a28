"""Checking photos before they are kept: what is refused, and why, in plain words."""

from __future__ import annotations

import io
import struct
import warnings
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from borderdesk.evidence.photo_check import PhotoLimits, PhotoRefused, check_photo, sniff
from borderdesk.evidence.photo_samples import photo_like, sample_jpeg

SMALL_JPEG = sample_jpeg(96, 64, seed=1)


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + \
        struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_bomb(width: int, height: int) -> bytes:
    """A small PNG whose header claims a huge grey image (its data is all zeros, which
    zlib squeezes about a thousand to one)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 64, 9)  # a few rows: enough to be a file
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", rows)
            + png_chunk(b"IEND", b""))


def encoded(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def refusal(data: bytes, limits: PhotoLimits | None = None) -> str:
    with pytest.raises(PhotoRefused) as caught:
        check_photo(data, limits)
    return str(caught.value)


def test_jpeg_png_and_tiff_are_accepted_by_content_with_their_size() -> None:
    image = photo_like(120, 80, seed=2)
    for kind, media_type in (("JPEG", "image/jpeg"), ("PNG", "image/png"),
                             ("TIFF", "image/tiff")):
        facts, decoded = check_photo(encoded(image, kind))
        assert (facts.kind, facts.media_type, facts.width, facts.height) == \
            (kind, media_type, 120, 80)
        assert decoded.size == (120, 80)


def test_a_truncated_jpeg_is_refused_as_incomplete() -> None:
    message = refusal(SMALL_JPEG[: len(SMALL_JPEG) * 2 // 3])
    assert message.startswith("is damaged or incomplete")
    assert "truncated" in message


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_jpeg_cut_anywhere_is_refused(data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(SMALL_JPEG) - 1))
    with pytest.raises(PhotoRefused):
        check_photo(SMALL_JPEG[:cut])


def test_a_png_cut_just_before_its_end_is_refused() -> None:
    whole = encoded(photo_like(40, 30), "PNG")
    check_photo(whole)
    assert "truncated" in refusal(whole[:-4])


def test_a_text_file_is_refused_whatever_its_name() -> None:
    message = refusal("Заплењено: пиштољ CZ 99, серијски број 12345\n".encode())
    assert message == "is not an image: its content is text (whatever its name says)"


def test_other_images_and_unknown_bytes_are_named() -> None:
    assert refusal(encoded(photo_like(8, 8), "GIF")) == \
        "is a GIF image; photos must be JPEG, PNG or TIFF"
    assert "not JPEG, PNG or TIFF" in refusal(bytes(range(256)) * 4)
    assert refusal(b"") == "is empty (0 bytes)"


def test_heic_is_refused_in_plain_words_when_pillow_cannot_read_it() -> None:
    heic_header = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with pytest.raises(PhotoRefused, match="HEIC photo, which this installation cannot read"):
        sniff(heic_header)


def test_a_png_bomb_far_over_pillows_own_limit_is_refused_before_decoding() -> None:
    bomb = png_bomb(30_000, 30_000)  # 900 megapixels in a file of a few kilobytes
    assert len(bomb) < 10_000
    assert refusal(bomb) == (
        "claims too many pixels to open safely: it may be a decompression bomb (a small "
        "file that would fill the memory)")


def test_a_png_over_our_limit_but_under_pillows_is_refused_from_its_header() -> None:
    message = refusal(png_bomb(8_000, 8_000))
    assert message.startswith("is 8000 x 8000 pixels (64.0 megapixels); the limit is 50.0")


def test_the_limits_can_be_lowered() -> None:
    assert "the limit is 0.0 megapixels" in refusal(SMALL_JPEG, PhotoLimits(max_pixels=100))
    assert "the limit for a photo is" in refusal(SMALL_JPEG, PhotoLimits(max_bytes=100))


def test_between_pillows_warning_and_its_error_a_bomb_is_an_error_not_a_warning() -> None:
    # 100 MP: above Pillow's warning threshold (89 MP), below its own error (179 MP).
    limits = PhotoLimits(max_pixels=10**9)
    message = refusal(png_bomb(10_000, 10_000), limits)
    assert "decompression bomb" in message


def test_the_bomb_warning_is_an_error_only_inside_the_check() -> None:
    before = list(warnings.filters)
    with pytest.raises(PhotoRefused):
        check_photo(png_bomb(10_000, 10_000), PhotoLimits(max_pixels=10**9))
    assert warnings.filters == before


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_are_either_a_photo_or_refused_in_words(data: bytes) -> None:
    message = ""
    try:
        check_photo(data)
        message = "accepted"
    except PhotoRefused as refused:
        message = str(refused)
    assert message


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(20, len(SMALL_JPEG) - 1), st.integers(0, 255)),
                min_size=1, max_size=8))
def test_a_damaged_jpeg_is_refused_in_words_or_still_decodes(
        damage: list[tuple[int, int]]) -> None:
    data = bytearray(SMALL_JPEG)
    for offset, value in damage:
        data[offset] = value
    outcome: str
    try:
        facts, image = check_photo(bytes(data))
        # Damage inside the picture data can leave a decodable (blotched) image.
        outcome = "JPEG" if image.size == (facts.width, facts.height) else "wrong size"
    except PhotoRefused as refused:
        outcome = "refused" if str(refused) else "no words"
    assert outcome in ("JPEG", "refused")
