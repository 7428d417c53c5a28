"""Generated photos for the demo, the tests and the benchmark: they look like photos.

Smooth light and shade, coarse shapes and fine sensor noise, so that a JPEG of them
is as large as a camera's (a flat colour would compress to almost nothing and make
every timing meaningless), with the EXIF a camera writes: time and offset, make and
model, GPS position, orientation.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageDraw


@dataclass(frozen=True, slots=True)
class SampleExif:
    """What the generated photo's camera "wrote" (None: left out)."""

    taken: str | None = "2026:11:28 09:15:02"  # EXIF's own format
    offset: str | None = "+01:00"
    make: str | None = "Canon"
    model: str | None = "EOS 250D"
    lat: tuple[float, float, float, str] | None = (44.0, 49.0, 12.5, "N")
    lon: tuple[float, float, float, str] | None = (20.0, 27.0, 30.0, "E")
    orientation: int | None = 1


def photo_like(width: int, height: int, seed: int = 0) -> Image.Image:
    """An RGB image with the texture of a photo (not a flat colour)."""
    rng = random.Random(seed)
    coarse = Image.effect_noise((max(1, width // 16), max(1, height // 16)), 64)
    shapes = coarse.resize((width, height), Image.Resampling.BICUBIC)
    light = Image.linear_gradient("L").resize((width, height))
    if rng.random() < 0.5:
        light = light.transpose(Image.Transpose.ROTATE_180)
    grain = Image.effect_noise((width, height), 18 + rng.randrange(10))
    image = Image.merge("RGB", (Image.blend(shapes, light, 0.55),
                                Image.blend(grain, light, 0.6),
                                Image.blend(shapes, grain, 0.5)))
    mark(image, seed)
    return image


def mark(image: Image.Image, seed: int) -> None:
    """Draw a few seeded boxes on ``image`` so that each sample's bytes differ."""
    rng = random.Random(seed)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        size = max(2, min(image.width, image.height) // 8)
        draw.rectangle((x, y, x + size, y + size // 2),
                       fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))


def exif_of(sample: SampleExif) -> Image.Exif:
    """An EXIF block with the sample's facts, as Pillow writes it."""
    exif = Image.Exif()
    if sample.make is not None:
        exif[ExifTags.Base.Make] = sample.make
    if sample.model is not None:
        exif[ExifTags.Base.Model] = sample.model
    if sample.orientation is not None:
        exif[ExifTags.Base.Orientation] = sample.orientation
    details = exif.get_ifd(ExifTags.IFD.Exif)
    if sample.taken is not None:
        details[ExifTags.Base.DateTimeOriginal] = sample.taken
    if sample.offset is not None:
        details[ExifTags.Base.OffsetTimeOriginal] = sample.offset
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if sample.lat is not None:
        gps[ExifTags.GPS.GPSLatitudeRef] = sample.lat[3]
        gps[ExifTags.GPS.GPSLatitude] = sample.lat[:3]
    if sample.lon is not None:
        gps[ExifTags.GPS.GPSLongitudeRef] = sample.lon[3]
        gps[ExifTags.GPS.GPSLongitude] = sample.lon[:3]
    return exif


def jpeg_bytes(image: Image.Image, sample: SampleExif | None = None,
               quality: int = 90) -> bytes:
    """``image`` as a camera-like JPEG with ``sample``'s EXIF (none when None)."""
    out = io.BytesIO()
    if sample is None:
        image.save(out, "JPEG", quality=quality)
    else:
        image.save(out, "JPEG", quality=quality, exif=exif_of(sample))
    return out.getvalue()


def sample_jpeg(width: int = 640, height: int = 480, seed: int = 0,
                sample: SampleExif | None = None) -> bytes:
    """A generated photo as JPEG bytes, with the default sample EXIF unless given."""
    return jpeg_bytes(photo_like(width, height, seed), sample or SampleExif())
