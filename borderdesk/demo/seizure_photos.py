"""Generated evidence photos for the demo's seizure cases.

Each looks enough like a photo taken at the scene to make the photo grid and the photo
log meaningful: light and shade, a few shapes, sensor grain, a 10 cm scale (every
evidence photo has one) and the caption burnt in along the bottom, with the EXIF a
camera writes (time and offset, make and model, GPS). The same file name, caption and
EXIF always give the same bytes, so the demo's photo hashes are reproducible (Pillow's
own noise comes from the C library's random generator, which is not seeded here).
"""

from __future__ import annotations

import random
import zlib
from datetime import datetime

from PIL import Image, ImageDraw, ImageFont, ImageOps

from borderdesk.core.paths import resource_path
from borderdesk.evidence.photo_samples import SampleExif, jpeg_bytes

#: Dark and bright tones of the scenes: a van's floor, a grey lane, cardboard.
_TONES = (((38, 34, 30), (196, 182, 160)), ((30, 36, 44), (170, 184, 196)),
          ((44, 40, 28), (210, 200, 150)))


def evidence_photo(name: str, caption: str, size: tuple[int, int], exif: SampleExif) -> bytes:
    """A JPEG of ``size`` for the file ``name`` showing ``caption``, with ``exif``."""
    width, height = size
    rng = random.Random(zlib.crc32(name.encode("utf-8")))
    image = _scene(rng, width, height)
    draw = ImageDraw.Draw(image)
    for _ in range(4):
        # Boxes and objects in the frame.
        x, y = rng.randrange(width * 3 // 4), rng.randrange(height * 2 // 3)
        w, h = rng.randrange(width // 10, width // 4), rng.randrange(height // 10, height // 4)
        grey = rng.randrange(40, 200)
        draw.rectangle((x, y, x + w, y + h), fill=(grey, max(grey - 10, 0), max(grey - 25, 0)),
                       outline=(20, 20, 20), width=3)
    font = ImageFont.truetype(str(resource_path("fonts") / "DejaVuSans.ttf"), height // 28)
    band = height // 12
    step = width // 40
    x0, y0 = width // 20, height - band - height // 20
    for i in range(10):
        shade = (0, 0, 0) if i % 2 == 0 else (250, 250, 250)
        draw.rectangle((x0 + i * step, y0, x0 + (i + 1) * step, y0 + step // 3), fill=shade,
                       outline=(0, 0, 0))
    draw.text((x0, y0 - height // 26), "0 cm", font=font, fill=(250, 250, 250))
    draw.text((x0 + 9 * step, y0 - height // 26), "10", font=font, fill=(250, 250, 250))
    draw.rectangle((0, height - band, width, height), fill=(16, 16, 16))
    draw.text((width // 40, height - band + band // 4), caption, font=font,
              fill=(240, 240, 240))
    return jpeg_bytes(image, exif, quality=85)


def _scene(rng: random.Random, width: int, height: int) -> Image.Image:
    # Shapes and light are made at a quarter of the size and enlarged once (fast); the
    # grain is full size so that the JPEG is as large as a camera's.
    small = (max(1, width // 4), max(1, height // 4))
    coarse = Image.frombytes("L", (max(1, width // 40), max(1, height // 40)),
                             rng.randbytes(max(1, width // 40) * max(1, height // 40)))
    light = Image.linear_gradient("L")
    if rng.random() < 0.5:
        light = light.transpose(Image.Transpose.ROTATE_90)
    shade = Image.blend(coarse.resize(small, Image.Resampling.BICUBIC), light.resize(small),
                        0.5)
    grain = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    tone = Image.blend(shade.resize((width, height), Image.Resampling.BILINEAR), grain, 0.12)
    dark, bright = _TONES[rng.randrange(len(_TONES))]
    return ImageOps.colorize(tone, dark, bright)


def camera_exif(taken: datetime, make: str, model: str, lat: float, lon: float) -> SampleExif:
    """What a camera set to local time writes for a photo taken at ``taken`` (aware, in
    the station's time zone) at ``lat``, ``lon``."""
    offset = taken.strftime("%z")
    return SampleExif(taken=taken.strftime("%Y:%m:%d %H:%M:%S"),
                      offset=f"{offset[:3]}:{offset[3:]}" if offset else None,
                      make=make, model=model, lat=_dms(lat, "N", "S"),
                      lon=_dms(lon, "E", "W"), orientation=1)


def _dms(value: float, positive: str, negative: str) -> tuple[float, float, float, str]:
    """Decimal degrees as EXIF's degrees, minutes, seconds and hemisphere."""
    whole = abs(value)
    degrees = int(whole)
    minutes = int((whole - degrees) * 60)
    seconds = round((whole - degrees - minutes / 60) * 3600, 2)
    return (float(degrees), float(minutes), seconds, positive if value >= 0 else negative)
