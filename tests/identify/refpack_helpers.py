"""Building reference pack archives for the tests: good ones and each kind of bad one."""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from PIL import Image

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
       b'viewBox="0 0 10 10"><defs><path id="p" d="M0 0L10 10"/></defs>'
       b'<use xlink:href="#p" xmlns:xlink="http://www.w3.org/1999/xlink"/>'
       b'<text x="1" y="9">a</text></svg>')


def svg_with(inner: str) -> bytes:
    """An SVG document holding ``inner``."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" '
            f'xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{inner}</svg>'
            ).encode()


def png(width: int = 4, height: int = 3) -> bytes:
    """A real, small PNG image."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 10, 10)).save(out, "PNG")
    return out.getvalue()


def jpeg() -> bytes:
    """A real, small JPEG image."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 10, 200)).save(out, "JPEG")
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def huge_png(width: int, height: int) -> bytes:
    """A PNG whose header says ``width`` x ``height`` (1-bit grey) with almost no data:
    the size of a decompression bomb without its memory."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b""))


def manifest(entries: list[dict[str, Any]] | None = None, **top: Any) -> str:
    """A manifest's text: one pistol entry with one SVG, unless told otherwise."""
    data: dict[str, Any] = {
        "format": 1, "id": "test-pack", "version": "1", "title": "Test pack",
        "source": "Test authority", "date": "2026-11-01", "licence": "CC BY 4.0",
        "entries": entries if entries is not None else [
            {"id": "m70", "make": "Zastava Arms", "model": "M70 AB2", "type": "pistol",
             "calibre": "7.62x25 TT", "country": "RS",
             "images": [{"file": "images/m70.svg", "caption": "left side"}],
             "marking_notes": "Serial on the frame above the trigger guard"}]}
    data.update(top)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write_pack(path: Path, files: Mapping[str, bytes], manifest_text: str | None = None,
               *, symlinks: Mapping[str, str] | None = None) -> Path:
    """Write a zip with ``manifest.yaml`` (unless None is wanted: pass ``""`` to skip) and
    ``files``; ``symlinks`` adds members marked as symbolic links (name -> target)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if manifest_text != "":
            archive.writestr("manifest.yaml", manifest_text if manifest_text is not None
                             else manifest())
        for name, data in files.items():
            archive.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3  # Unix
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return path


def good_pack(path: Path, version: str = "1", **top: Any) -> Path:
    """A valid pack with two entries (an SVG, a PNG and a JPEG)."""
    entries = [
        {"id": "m70", "make": "Zastava Arms", "model": "M70 AB2", "type": "pistol",
         "calibre": "7.62x25 TT", "country": "RS",
         "images": [{"file": "images/m70.svg", "caption": "left side"},
                    {"file": "images/m70-serial.png", "caption": "serial on the frame"}],
         "marking_notes": "Serial on the frame above the trigger guard; ЗАСТАВА on the slide"},
        {"id": "cz75", "make": "CZ", "model": "75 B", "type": "pistol",
         "calibre": "9 mm Luger", "country": "CZ",
         "images": [{"file": "images/cz75.jpg", "caption": "right side"}],
         "marking_notes": "Serial on the frame, slide and barrel"},
    ]
    return write_pack(path, {"images/m70.svg": SVG, "images/m70-serial.png": png(),
                             "images/cz75.jpg": jpeg()},
                      manifest(entries, version=version, **top))
