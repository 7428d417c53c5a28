"""Thumbnails and display copies: small JPEGs made from an original, turned upright.

They are conveniences, never evidence: made from the original's bytes, written to
the cache (never beside or over the original), and made again whenever missing.
The camera's EXIF orientation is applied so a photo taken on its side shows upright;
the original keeps its pixels exactly as the camera wrote them. JPEG originals are
decoded in draft mode (the decoder scales by 1/2, 1/4 or 1/8 as it reads), which is
what makes a grid of thumbnails of 12-megapixel photos quick.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from borderdesk.evidence.photo_check import open_photo, pillow_guard

#: EXIF orientation (1-8) -> the transposition that makes the image upright.
_UPRIGHT: dict[int, tuple[Image.Transpose, ...]] = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


@dataclass(frozen=True, slots=True)
class Rendition:
    """A kind of copy: its name (used in the cache) and the box it fits in."""

    name: str
    box: int
    quality: int


THUMBNAIL = Rendition("thumb", 320, 82)
DISPLAY = Rendition("display", 1600, 88)
#: The copy a printed report shows (made at import, from the image decoded to check it).
PRINT = Rendition("print", 900, 85)


def upright(image: Image.Image, orientation: int | None) -> Image.Image:
    """``image`` turned as its EXIF orientation says (unchanged for 1 or unknown)."""
    for step in _UPRIGHT.get(orientation or 1, ()):
        image = image.transpose(step)
    return image


def render(image: Image.Image, rendition: Rendition, orientation: int | None) -> bytes:
    """A JPEG of ``image`` fitted in the rendition's box, upright. ``image`` is not
    changed (a decoded original can be rendered more than once)."""
    return _jpeg(upright(_fitted(image, rendition.box), orientation), rendition)


def render_pair(image: Image.Image, larger: Rendition, smaller: Rendition,
                orientation: int | None) -> tuple[bytes, bytes]:
    """Two renditions of one decoded original: the smaller is made from the larger, so
    a 12-megapixel image is reduced only once."""
    first = upright(_fitted(image, larger.box), orientation)
    return _jpeg(first, larger), _jpeg(_fitted(first, smaller.box), smaller)


def _fitted(image: Image.Image, box: int) -> Image.Image:
    small = image.copy() if image.width > box or image.height > box else image
    # reducing_gap: a fast box reduction first, then a good resampling of the rest.
    small.thumbnail((box, box), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return small


def _jpeg(image: Image.Image, rendition: Rendition) -> bytes:
    if image.mode not in ("RGB", "L"):
        image = _flatten(image)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=rendition.quality, optimize=False)
    return out.getvalue()


def render_from_bytes(data: bytes, rendition: Rendition, orientation: int | None) -> bytes:
    """A rendition made from an original's bytes (JPEG in draft mode); only the photo
    formats are opened (:class:`~borderdesk.evidence.photo_check.PhotoRefused`)."""
    with pillow_guard():
        image = open_photo(data)
        if image.format == "JPEG":
            # The decoder keeps at least the requested size; thumbnail() does the rest.
            image.draft("RGB", (rendition.box, rendition.box))
        image.load()
    return render(image, rendition, orientation)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white for modes JPEG cannot hold (transparency, 16-bit, palettes, CMYK)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return image.convert("I").point(lambda v: v / 256).convert("L")
    return image.convert("RGB")
