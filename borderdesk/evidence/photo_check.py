"""Checking a photo before it becomes evidence: what it is, and that it decodes whole.

A file is judged by its content, never its name: the first bytes say whether it is
a JPEG, PNG or TIFF (HEIC only when the installed Pillow can read it). Its size in
pixels is read from the header and refused over the limit *before* anything is
decoded, Pillow's decompression-bomb warning is an error here, then ``verify()``
checks the file's structure and a full decode proves every pixel is there (a
truncated JPEG fails here). Each refusal says why in plain words.

Pillow reports bombs through the ``warnings`` machinery, which is process-wide in
Python 3.11; :func:`pillow_guard` changes it only inside one lock-held block and
restores it, so no other code sees the change outlast the check.
"""

from __future__ import annotations

import contextlib
import io
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr

_JPEG = b"\xff\xd8\xff"
_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_TIFF = (b"II*\x00", b"MM\x00*")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
# Formats we recognise only to name them in a refusal.
_OTHER_IMAGES = ((b"GIF8", "GIF"), (b"BM", "BMP"), (b"RIFF", "WebP"),
                 (b"\x00\x00\x00\x0cjP", "JPEG 2000"))

#: Media type, Pillow format and the stored file's extension, by kind.
MEDIA = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png"),
         "TIFF": ("image/tiff", ".tif"), "HEIF": ("image/heic", ".heic")}

_GUARD = threading.Lock()


class PhotoRefused(BorderdeskError):
    """A file that cannot be kept as a photo; the message says why, in plain words."""


@dataclass(frozen=True, slots=True)
class PhotoLimits:
    """What a photo may be. 50 megapixels is above any camera or phone in service at
    a crossing; 200 MB above any such file."""

    max_pixels: int = 50_000_000
    max_bytes: int = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    """What a checked photo is."""

    kind: str  # a key of MEDIA
    media_type: str
    width: int
    height: int


@contextlib.contextmanager
def pillow_guard() -> Iterator[None]:
    """Inside: Pillow's bomb warning and its complaints about damaged files are errors.

    Held under a lock so that two checks in two threads never interleave their
    changes to the process's warning filters; everything is restored on exit.
    """
    with _GUARD, warnings.catch_warnings():
        warnings.filterwarnings("error", category=UserWarning, module=r"PIL\.")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


@contextlib.contextmanager
def pillow_quiet() -> Iterator[None]:
    """Inside: Pillow's complaints (e.g. about a damaged EXIF block) are ignored, for
    reading what a camera wrote where a damaged part means only "not known"."""
    with _GUARD, warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
        yield


def heif_readable() -> bool:
    """Whether this installation's Pillow can read HEIC photos (a plug-in registers it)."""
    Image.init()
    return "HEIF" in Image.OPEN


def sniff(data: bytes) -> str:
    """The photo kind of ``data`` by its first bytes, or :class:`PhotoRefused`."""
    if data.startswith(_JPEG):
        return "JPEG"
    if data.startswith(_PNG):
        return "PNG"
    if data.startswith(_TIFF):
        return "TIFF"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        if heif_readable():
            return "HEIF"
        raise PhotoRefused(tr(
            "is a HEIC photo, which this installation cannot read: set the camera or phone "
            "to save JPEG, or convert the file to JPEG first"))
    for magic, name in _OTHER_IMAGES:
        if data.startswith(magic):
            raise PhotoRefused(tr("is a {kind} image; photos must be JPEG, PNG or TIFF",
                                  kind=name))
    if _looks_like_text(data):
        raise PhotoRefused(tr("is not an image: its content is text (whatever its name says)"))
    raise PhotoRefused(tr("is not an image: its content is not JPEG, PNG or TIFF "
                          "(whatever its name says)"))


def open_photo(data: bytes) -> Image.Image:
    """Open a stored photo's bytes with Pillow, lazily, only as the kind its first bytes
    say and only in the allow-list (JPEG, PNG, TIFF; HEIF when readable).

    Every place that opens a photo goes through here (or :func:`check_photo`), so that
    a file in another format (a PSD, EPS or BMP named ``.jpg``) never reaches one of
    Pillow's other decoders; :class:`PhotoRefused` says what it is instead.
    """
    kind = sniff(data)
    try:
        return Image.open(io.BytesIO(data), formats=[kind])
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise PhotoRefused(tr("is damaged or incomplete and cannot be read whole ({reason})",
                              reason=str(exc) or type(exc).__name__)) from None


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte letter cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            return False
        text = head[:exc.start].decode("utf-8")
    return all(ch.isprintable() or ch in "\r\n\t\f" for ch in text)


def check_photo(data: bytes, limits: PhotoLimits | None = None) -> tuple[PhotoFacts, Image.Image]:
    """Check ``data`` fully; its facts and the decoded image (for thumbnails), or
    :class:`PhotoRefused` saying why it is not kept."""
    limits = limits or PhotoLimits()
    if not data:
        raise PhotoRefused(tr("is empty (0 bytes)"))
    if len(data) > limits.max_bytes:
        raise PhotoRefused(tr("is {size} MB; the limit for a photo is {limit} MB",
                              size=round(len(data) / 2**20, 1),
                              limit=round(limits.max_bytes / 2**20)))
    kind = sniff(data)
    if kind == "PNG" and _PNG_END not in data[-64:]:
        # Pillow accepts a PNG cut just before its end marker; the file is incomplete.
        raise PhotoRefused(tr("is damaged or incomplete: the PNG file has no end (truncated?)"))
    try:
        with pillow_guard():
            image = _open_within_limits(data, kind, limits)
            if kind != "JPEG":
                _load_all_frames(image, limits)
        if kind == "JPEG":
            # The bulk of the work, outside the lock: JPEG decoding warns about nothing
            # (a damaged file raises), and photos can then be checked in parallel.
            image.load()
    except PhotoRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own limit (above ours) stopped it while reading the header.
        raise PhotoRefused(tr(
            "claims too many pixels to open safely: it may be a decompression bomb (a small "
            "file that would fill the memory)")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, IndexError,
            TypeError, KeyError, UserWarning, MemoryError) as exc:
        # Pillow signals a damaged file with any of these; say what it said.
        raise PhotoRefused(tr("is damaged or incomplete and cannot be read whole ({reason})",
                              reason=str(exc) or type(exc).__name__)) from None
    media_type = MEDIA[kind][0]
    return PhotoFacts(kind, media_type, image.width, image.height), image


def _open_within_limits(data: bytes, kind: str, limits: PhotoLimits) -> Image.Image:
    with Image.open(io.BytesIO(data), formats=[kind]) as probe:
        _check_pixels(probe.size, limits)
        probe.verify()  # the structure (chunks, checksums, markers), without decoding
    image = Image.open(io.BytesIO(data), formats=[kind])
    _check_pixels(image.size, limits)
    return image


def _load_all_frames(image: Image.Image, limits: PhotoLimits) -> None:
    # A TIFF may hold several pages: each is decoded, and together they count
    # against the limit (many small pages are as heavy as one large one).
    frames = getattr(image, "n_frames", 1)
    total = 0
    for index in range(frames):
        image.seek(index)
        total += image.width * image.height
        if total > limits.max_pixels:
            raise PhotoRefused(tr(
                "has {frames} pages of {mp} megapixels in all; the limit is {limit} "
                "megapixels", frames=frames, mp=round(total / 1e6, 1),
                limit=round(limits.max_pixels / 1e6, 1)))
        image.load()
    image.seek(0)


def _check_pixels(size: tuple[int, int], limits: PhotoLimits) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise PhotoRefused(tr("has no pixels ({width} x {height})", width=width,
                              height=height))
    if width * height > limits.max_pixels:
        raise PhotoRefused(tr(
            "is {width} x {height} pixels ({mp} megapixels); the limit is {limit} megapixels "
            "(a larger image could exhaust the computer's memory, or be a decompression "
            "bomb)", width=width, height=height, mp=round(width * height / 1e6, 1),
            limit=round(limits.max_pixels / 1e6, 1)))
