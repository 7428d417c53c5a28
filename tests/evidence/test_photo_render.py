"""Thumbnails and display copies: fitted, upright, and made from the original's bytes."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from borderdesk.evidence.photo_render import DISPLAY, THUMBNAIL, render_from_bytes, upright
from borderdesk.evidence.photo_samples import SampleExif, jpeg_bytes, photo_like


def red_top_photo(orientation: int) -> bytes:
    """A 400 x 200 landscape whose top half is red and bottom half blue, as the sensor
    saw it; ``orientation`` says how the camera was held."""
    image = Image.new("RGB", (400, 200), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 400, 100))
    return jpeg_bytes(image, SampleExif(orientation=orientation))


def decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def is_red(pixel: tuple[int, ...]) -> bool:
    return pixel[0] > 200 and pixel[2] < 60


def test_a_thumbnail_fits_its_box_and_keeps_the_shape() -> None:
    thumb = decoded(render_from_bytes(jpeg_bytes(photo_like(1200, 900)), THUMBNAIL, 1))
    assert thumb.size == (320, 240)


def test_a_display_copy_of_a_small_photo_is_not_enlarged() -> None:
    copy = decoded(render_from_bytes(jpeg_bytes(photo_like(300, 200)), DISPLAY, None))
    assert copy.size == (300, 200)


@pytest.mark.parametrize(("orientation", "size", "red_at"), [
    (1, (320, 160), (160, 10)),   # as taken: red on top
    (3, (320, 160), (160, 150)),  # upside down: red at the bottom
    (6, (160, 320), (150, 160)),  # turned right (rotate 90 clockwise): red on the right
    (8, (160, 320), (10, 160)),   # turned left: red on the left
])
def test_the_exif_orientation_is_applied_to_thumbnails(
        orientation: int, size: tuple[int, int], red_at: tuple[int, int]) -> None:
    thumb = decoded(render_from_bytes(red_top_photo(orientation), THUMBNAIL, orientation))
    assert thumb.size == size
    assert is_red(thumb.getpixel(red_at))  # type: ignore[arg-type]


def test_every_orientation_gives_the_upright_size() -> None:
    image = Image.new("RGB", (40, 20))
    assert {o: upright(image, o).size for o in range(1, 9)} == {
        1: (40, 20), 2: (40, 20), 3: (40, 20), 4: (40, 20),
        5: (20, 40), 6: (20, 40), 7: (20, 40), 8: (20, 40)}


def test_transparent_png_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    thumb = decoded(render_from_bytes(out.getvalue(), THUMBNAIL, None))
    assert thumb.getpixel((25, 25)) == (255, 255, 255)
