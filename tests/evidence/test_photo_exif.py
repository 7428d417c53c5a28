"""Reading what the camera wrote: time and offset, camera, GPS position, orientation."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from borderdesk.evidence.exif import PhotoExif, dms_to_degrees, read_exif
from borderdesk.evidence.photo_samples import SampleExif, photo_like, sample_jpeg


def exif_of(sample: SampleExif) -> PhotoExif:
    with Image.open(io.BytesIO(sample_jpeg(64, 48, sample=sample))) as image:
        return read_exif(image)


def test_time_offset_camera_gps_and_orientation_are_read() -> None:
    facts = exif_of(SampleExif(orientation=6, lat=(44.0, 49.0, 12.5, "N"),
                               lon=(20.0, 27.0, 30.0, "E")))
    assert facts == PhotoExif(taken_at="2026-11-28T09:15:02", taken_offset="+01:00",
                              camera_make="Canon", camera_model="EOS 250D",
                              gps_lat=44.8201389, gps_lon=20.4583333, orientation=6)


def test_south_and_west_are_negative() -> None:
    facts = exif_of(SampleExif(lat=(33.0, 51.0, 54.0, "S"), lon=(151.0, 12.0, 36.0, "W")))
    assert (facts.gps_lat, facts.gps_lon) == (-33.865, -151.21)


def test_a_photo_without_exif_has_none_of_it() -> None:
    out = io.BytesIO()
    photo_like(32, 32).save(out, "JPEG")
    with Image.open(out) as image:
        assert read_exif(image) == PhotoExif()


def test_a_camera_without_a_set_clock_or_offset_gives_no_time() -> None:
    facts = exif_of(SampleExif(taken="0000:00:00 00:00:00", offset="+99:00"))
    assert facts.taken_at is None and facts.taken_offset is None
    assert exif_of(SampleExif(offset=None)).taken_offset is None


def test_impossible_positions_and_orientations_are_left_out() -> None:
    facts = exif_of(SampleExif(lat=(95.0, 0.0, 0.0, "N"), orientation=9))
    assert (facts.gps_lat, facts.gps_lon, facts.orientation) == (None, None, None)
    # Half a position (latitude without longitude) is no position.
    assert exif_of(SampleExif(lon=None)).gps_lat is None


@pytest.mark.parametrize(("ref", "sign"), [("N", 1), ("E", 1), ("S", -1), ("W", -1)])
def test_hemisphere_sets_the_sign(ref: str, sign: int) -> None:
    assert dms_to_degrees(10, 30, 0, ref) == sign * 10.5


@given(st.integers(0, 179), st.integers(0, 59), st.floats(0, 59.999, allow_nan=False))
def test_degrees_minutes_seconds_round_trip(degrees: int, minutes: int,
                                           seconds: float) -> None:
    value = dms_to_degrees(degrees, minutes, seconds, "E")
    assert abs(value - (degrees + minutes / 60 + seconds / 3600)) < 1e-7
    assert degrees <= value < degrees + 1
