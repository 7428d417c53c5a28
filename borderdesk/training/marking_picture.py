"""Close-ups of an item's markings, made from the scenario's truth for the trainee to read.

A brushed-metal plate with the markings at one place stamped in, slightly uneven as real
stampings are; an obliterated marking is drawn as a ground-off patch with scratches and
no text, an altered one with a struck-through character. The same item and place always
give the same picture (the randomness is seeded by them), so a pack's pictures are stable.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from functools import cache
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from borderdesk.core.paths import resource_path
from borderdesk.training.pack import TruthMarking

WIDTH = 900
_ROW = 120


@cache
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), size)


def marking_picture(seed: str, markings: Sequence[TruthMarking]) -> bytes:
    """A PNG of ``markings`` (all at one place of one item), seeded by ``seed``."""
    rng = random.Random(zlib.crc32(seed.encode("utf-8")))
    height = 60 + _ROW * max(1, len(markings))
    image = _metal(rng, WIDTH, height)
    draw = ImageDraw.Draw(image)
    for row, marking in enumerate(markings):
        top = 40 + row * _ROW
        if marking.status == "obliterated":
            _ground_off(draw, rng, top)
            continue
        if marking.status == "unmarked":
            continue  # nothing there to see
        _stamp(image, rng, marking.text, top, altered=marking.status == "altered")
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _metal(rng: random.Random, width: int, height: int) -> Image.Image:
    """A dark blued-steel surface with fine horizontal brushing."""
    base = rng.randrange(52, 70)
    image = Image.new("RGB", (width, height), (base, base + 2, base + 8))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = base + rng.randrange(-6, 7)
        draw.line((0, y, width, y), fill=(shade, shade + 2, shade + 8))
    return image


def _stamp(image: Image.Image, rng: random.Random, words: str, top: int, *,
           altered: bool) -> None:
    """The words stamped in: a dark impression with a light edge, letters a little uneven."""
    draw = ImageDraw.Draw(image)
    x = 40
    for index, char in enumerate(words):
        font = _font(64, bold=True)
        dy = rng.randrange(-3, 4)
        draw.text((x + 2, top + dy + 2), char, font=font, fill=(150, 152, 160))
        draw.text((x, top + dy), char, font=font, fill=(22, 23, 28))
        advance = draw.textlength(char, font=font) + rng.randrange(1, 5)
        if altered and index == len(words) // 2:
            # A character struck over another: a re-stamped number.
            draw.line((x - 4, top + 50, x + advance, top + 8), fill=(190, 190, 196), width=5)
        x += int(advance)


def _ground_off(draw: ImageDraw.ImageDraw, rng: random.Random, top: int) -> None:
    """A bright ground patch with grinding scratches where the marking was."""
    left, right = 30, WIDTH - 160
    draw.rectangle((left, top - 6, right, top + 76), fill=(150, 150, 156))
    for _ in range(140):
        x = rng.randrange(left, right)
        length = rng.randrange(20, 90)
        y = rng.randrange(top - 4, top + 74)
        grey = rng.randrange(110, 200)
        draw.line((x, y, min(right, x + length), y + rng.randrange(-8, 9)),
                  fill=(grey, grey, grey + 4), width=1)
