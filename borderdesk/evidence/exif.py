"""What the camera wrote into a photo: when it was taken, with what, where, which way up.

EXIF is the camera's claim, not a fact the officer made: it is read and shown, never
trusted for anything that matters (the import time and the SHA-256 are ours). A
value that is missing, malformed or out of range is left out (``None``) rather than
refusing the photo: a photo with a broken clock is still evidence.

Times are kept as the camera wrote them, local time ``2026-11-28T09:15:02`` (with
milliseconds when the camera gives them) and, separately, the offset from UTC when
the camera recorded one (EXIF 2.31 ``OffsetTimeOriginal``, ``+01:00``). GPS positions
are converted to decimal degrees (south and west negative), rounded to 7 places
(about a centimetre), so the stored number is the same on every computer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import ExifTags, Image

_DATETIME = re.compile(r"^\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})\s*$")
_OFFSET = re.compile(r"^\s*([+-])(\d{2}):(\d{2})\s*$")
_TEXT_LIMIT = 100  # make and model are short; a longer "name" is junk in the file


@dataclass(frozen=True, slots=True)
class PhotoExif:
    """The EXIF facts borderdesk keeps (each ``None`` when absent or unreadable)."""

    taken_at: str | None = None  # local time as the camera said, ISO 8601 without offset
    taken_offset: str | None = None  # "+01:00"
    camera_make: str | None = None
    camera_model: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    orientation: int | None = None  # 1-8, as EXIF defines it

    def to_json(self) -> dict[str, object]:
        """The facts as a JSON object."""
        return {"taken_at": self.taken_at, "taken_offset": self.taken_offset,
                "camera_make": self.camera_make, "camera_model": self.camera_model,
                "gps_lat": self.gps_lat, "gps_lon": self.gps_lon,
                "orientation": self.orientation}


def read_exif(image: Image.Image) -> PhotoExif:
    """The EXIF facts of an opened image (call under ``photo_check.pillow_guard`` or with
    Pillow's warnings otherwise handled: a damaged EXIF block only yields ``None``s)."""
    try:
        exif = image.getexif()
        main = dict(exif.items())
        details = dict(exif.get_ifd(ExifTags.IFD.Exif).items())
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo).items())
    except Exception:  # any damage in the camera's block means "no EXIF"
        return PhotoExif()
    taken = (_datetime(details.get(ExifTags.Base.DateTimeOriginal))
             or _datetime(main.get(ExifTags.Base.DateTime)))
    if taken is not None:
        taken = _with_subseconds(taken, details.get(ExifTags.Base.SubsecTimeOriginal))
    offset = _offset(details.get(ExifTags.Base.OffsetTimeOriginal)) if taken else None
    lat = _coordinate(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef),
                      90, "NS")
    lon = _coordinate(gps.get(ExifTags.GPS.GPSLongitude),
                      gps.get(ExifTags.GPS.GPSLongitudeRef), 180, "EW")
    if lat is None or lon is None:
        lat = lon = None  # half a position is no position
    return PhotoExif(taken_at=taken, taken_offset=offset,
                     camera_make=_text(main.get(ExifTags.Base.Make)),
                     camera_model=_text(main.get(ExifTags.Base.Model)),
                     gps_lat=lat, gps_lon=lon,
                     orientation=_orientation(main.get(ExifTags.Base.Orientation)))


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    text = "".join(ch for ch in value.replace("\x00", "") if ch.isprintable()).strip()
    return text[:_TEXT_LIMIT] or None


def _datetime(value: Any) -> str | None:
    text = _text(value)
    match = _DATETIME.match(text) if text else None
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:  # 0000:00:00 00:00:00, which cameras without a set clock write
        return None
    return moment.isoformat()


def _with_subseconds(taken: str, value: Any) -> str:
    digits = _text(value)
    if digits is None or not digits.isdigit():
        return taken
    return f"{taken}.{(digits + '00')[:3]}"


def _offset(value: Any) -> str | None:
    text = _text(value)
    match = _OFFSET.match(text) if text else None
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if int(hours) > 14 or int(minutes) > 59:
        return None
    return f"{sign}{hours}:{minutes}"


def dms_to_degrees(degrees: float, minutes: float, seconds: float, ref: str) -> float:
    """Degrees, minutes and seconds with a hemisphere letter (N, S, E, W) as decimal
    degrees: south and west are negative."""
    value = degrees + minutes / 60 + seconds / 3600
    return round(-value if ref in ("S", "W") else value, 7)


def _coordinate(value: Any, ref: Any, limit: int, hemispheres: str) -> float | None:
    letter = _text(ref)
    if letter is None or letter.upper() not in hemispheres:
        return None
    try:
        parts = [float(part) for part in value]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if len(parts) != 3 or any(p != p or p < 0 for p in parts):  # p != p: NaN (0/0)
        return None
    if parts[1] >= 60 or parts[2] >= 60:
        return None
    degrees = dms_to_degrees(parts[0], parts[1], parts[2], letter.upper())
    return degrees if abs(degrees) <= limit else None


def _orientation(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 8 else None
