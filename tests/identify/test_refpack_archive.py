"""Reading a reference pack archive: each unsafe or broken pack is refused, naming the member."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.identify.refpack import PackError, PackVersion, category_of
from borderdesk.identify.refpack_archive import PackLimits, PackReader, member_problem
from tests.identify.refpack_helpers import (
    SVG,
    good_pack,
    huge_png,
    manifest,
    png,
    svg_with,
    write_pack,
)


def _one_image(name: str, data: bytes) -> Callable[[Path], Path]:
    """A pack whose single entry's single image is ``name`` holding ``data``."""

    def build(path: Path) -> Path:
        entries = [{"id": "e1", "make": "Zastava", "model": "M57", "type": "pistol",
                    "images": [{"file": name, "caption": "x"}]}]
        return write_pack(path, {name: data}, manifest(entries))

    return build


def _read(path: Path, limits: PackLimits | None = None, out: Path | None = None) -> None:
    with PackReader(path, limits) as reader:
        reader.extract_to(out or path.parent / "out")


def test_a_good_pack_reads_and_writes_its_checked_images(tmp_path: Path) -> None:
    path = good_pack(tmp_path / "good.zip")
    with PackReader(path) as reader:
        assert reader.manifest.id == "test-pack"
        assert [e.id for e in reader.manifest.entries] == ["m70", "cz75"]
        assert reader.manifest.entries[0].category == "pistol"
        written = reader.extract_to(tmp_path / "out")
    assert (tmp_path / "out" / "images" / "m70.svg").read_bytes() == SVG
    assert written["images/m70-serial.png"].media_type == "image/png"
    assert (written["images/m70-serial.png"].width, written["images/m70-serial.png"].height) \
        == (4, 3)
    assert written["images/cz75.jpg"].media_type == "image/jpeg"


BAD_PACKS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "zip-slip": (_one_image("../evil.svg", SVG), r"'\.\./evil\.svg' leaves the pack's folder"),
    "zip-slip-deeper": (_one_image("images/../../evil.svg", SVG), r"leaves the pack's folder"),
    "absolute": (_one_image("/etc/evil.svg", SVG), r"'/etc/evil\.svg' has an absolute path"),
    "windows-drive": (_one_image("C:/evil.svg", SVG), r"has an absolute path"),
    "backslash": (_one_image("images\\..\\..\\evil.svg", SVG), r"not allowed in a file name"),
    "symlink": (lambda p: write_pack(p, {"images/m70.svg": SVG}, None,
                                     symlinks={"images/link.svg": "/etc/passwd"}),
                r"'images/link\.svg' is a symbolic link"),
    "duplicate": (lambda p: write_pack(p, {"images/m70.svg": SVG, "IMAGES/M70.SVG": SVG}),
                  r"'IMAGES/M70\.SVG' appears twice in the pack \(as 'images/m70\.svg'\)"),
    "text-as-jpeg": (_one_image("images/photo.jpg", b"just some text, not a photo\n"),
                     r"'images/photo\.jpg' is named as a JPEG image but its content is not"),
    "png-as-jpeg": (_one_image("images/photo.jpg", png()), r"is named as a JPEG image"),
    "truncated-png": (_one_image("images/cut.png", png(40, 40)[:60]),
                      r"'images/cut\.png' is not a readable PNG image"),
    "30000x30000-png": (_one_image("images/bomb.png", huge_png(30_000, 30_000)),
                        r"'images/bomb\.png' has too many pixels"),
    "over-the-pixel-limit": (_one_image("images/big.png", huge_png(8_000, 6_000)),
                             r"'images/big\.png' is 8000 x 6000 pixels \(48\.0 megapixels\); "
                             r"the limit is 40\.0"),
    "svg-script": (_one_image("images/a.svg", svg_with("<script>alert(1)</script>")),
                   r"'images/a\.svg' contains a <script> element"),
    "svg-event": (_one_image("images/a.svg", svg_with('<rect onload="alert(1)"/>')),
                  r"has an event attribute onload on <rect>"),
    "svg-foreign-object": (_one_image("images/a.svg", svg_with("<foreignObject/>")),
                           r"contains a <foreignObject> element"),
    "svg-external-href": (_one_image("images/a.svg", svg_with(
        '<image xlink:href="http://example.com/x.png"/>')),
        r"refers to 'http://example\.com/x\.png' outside the image"),
    "svg-file-href": (_one_image("images/a.svg", svg_with('<use href="other.svg#a"/>')),
                      r"refers to 'other\.svg#a' outside the image"),
    "svg-css-url": (_one_image("images/a.svg", svg_with(
        '<rect style="fill:url(http://x.org/f)"/>')), r"refers to 'http://x\.org/f'"),
    "svg-style-import": (_one_image("images/a.svg", svg_with(
        "<style>@import url(http://x.org/s.css);</style>")), r"imports a style sheet"),
    "svg-entity": (_one_image("images/a.svg", b'<?xml version="1.0"?><!DOCTYPE svg '
                              b'[<!ENTITY e "boom">]><svg xmlns="http://www.w3.org/2000/svg">'
                              b"&e;</svg>"), r"'images/a\.svg' has a DTD or entities"),
    "svg-external-entity": (_one_image("images/a.svg", b'<!DOCTYPE svg [<!ENTITY e SYSTEM '
                                       b'"file:///etc/passwd">]><svg xmlns="http://www.w3.org'
                                       b'/2000/svg">&e;</svg>'), r"has a DTD or entities"),
    "svg-stylesheet-pi": (_one_image("images/a.svg", b'<?xml-stylesheet href="http://x/s.css"?>'
                                     + SVG), r"links a style sheet"),
    "svg-not-well-formed": (_one_image("images/a.svg", b"<svg><g></svg>"),
                            r"'images/a\.svg' is not well-formed XML"),
    "svg-not-svg": (_one_image("images/a.svg", b"<html><body/></html>"),
                    r"is not an SVG image \(its root is <html>\)"),
    "not-an-image-type": (lambda p: write_pack(p, {"images/m70.svg": SVG, "run.exe": b"MZ"},
                                               manifest()),
                          r"'run\.exe' is in the pack but the manifest does not name it"),
    "missing-file": (lambda p: write_pack(p, {}, manifest()),
                     r"manifest\.yaml:\d+: entry 'm70' names 'images/m70\.svg', which is not "
                     r"in the pack"),
    "unnamed-file": (lambda p: write_pack(p, {"images/m70.svg": SVG, "images/extra.svg": SVG}),
                     r"'images/extra\.svg' is in the pack but the manifest does not name it"),
    "no-manifest": (lambda p: write_pack(p, {"images/m70.svg": SVG}, ""),
                    r"there is no manifest\.yaml at the top of the archive"),
    "encrypted": (lambda p: _encrypted(p), r"is encrypted"),
}


def _encrypted(path: Path) -> Path:
    write_pack(path, {"images/m70.svg": SVG})
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag of every member in the central directory (its records
    # start with PK\1\2; the flags are 8 bytes further).
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        data[start + 8] |= 0x01
        start += 4
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("kind", list(BAD_PACKS))
def test_a_bad_pack_is_refused_naming_what_is_wrong(tmp_path: Path, kind: str) -> None:
    build, message = BAD_PACKS[kind]
    path = build(tmp_path / f"{kind}.zip")
    with pytest.raises(PackError, match=message) as caught:
        _read(path)
    assert str(caught.value).startswith(str(path))


def test_size_limits_guard_against_zip_bombs(tmp_path: Path) -> None:
    big = svg_with("<!--" + "a" * 3_000_000 + "-->")
    path = _one_image("images/big.svg", big)(tmp_path / "big.zip")
    with pytest.raises(PackError, match=r"'images/big\.svg' is compressed \d+ times"):
        _read(path)
    with pytest.raises(PackError, match=r"'images/big\.svg' is 2\.9 MB unpacked; the limit "
                                        r"is 1 MB"):
        _read(path, PackLimits(max_member_bytes=1 << 20))
    with pytest.raises(PackError, match=r"its files are more than 1 MB unpacked"):
        _read(path, PackLimits(max_total_bytes=1 << 20, max_ratio=1e6))
    with pytest.raises(PackError, match=r"has 2 members; the limit is 1"):
        _read(path, PackLimits(max_members=1))


@pytest.mark.parametrize(("change", "message"), [
    ({"format": 2}, r"manifest\.yaml:1: format: manifest format 2 is not supported"),
    ({"version": "1.x"}, r"version: must be whole numbers joined by dots"),
    ({"id": "../escape"}, r"id: '\.\./escape' must be"),
    ({"date": "yesterday"}, r"date: must be a date"),
    ({"licence": ""}, r"licence: must not be empty"),
    ({"entries": [{"id": "a", "make": "X", "model": "Y", "type": "catapult",
                   "images": ["images/m70.svg"]}]}, r"type: 'catapult' is not one of"),
    ({"entries": [{"id": "a", "make": "X", "model": "Y", "type": "pistol", "country": "ZZ",
                   "images": ["images/m70.svg"]}]}, r"country: 'ZZ' is not an ISO 3166"),
    ({"entries": [{"id": "a", "make": "X", "model": "Y", "type": "pistol",
                   "images": ["images/m70.gif"]}]}, r"file: 'images/m70\.gif' is not a \.jpg"),
    ({"entries": [{"id": "a", "make": "X", "model": "Y", "type": "pistol",
                   "images": ["images/m70.svg"], "colour": "red"}]}, r"colour: unknown field"),
])
def test_a_manifest_that_does_not_validate_names_its_line_and_field(
        tmp_path: Path, change: dict[str, object], message: str) -> None:
    path = write_pack(tmp_path / "pack.zip", {"images/m70.svg": SVG}, manifest(**change))
    with pytest.raises(DataFileError, match=message):
        _read(path)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pack.zip"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(PackError, match=r"pack\.zip: not a zip archive"):
        _read(path)
    with pytest.raises(PackError, match=r"no such file"):
        _read(tmp_path / "absent.zip")


def test_two_entries_may_share_an_image_and_duplicate_ids_are_refused(tmp_path: Path) -> None:
    shared = {"make": "X", "model": "Y", "type": "pistol", "images": ["images/m70.svg"]}
    path = write_pack(tmp_path / "ok.zip", {"images/m70.svg": SVG},
                      manifest([{"id": "a", **shared}, {"id": "b", **shared}]))
    _read(path)
    path = write_pack(tmp_path / "twice.zip", {"images/m70.svg": SVG},
                      manifest([{"id": "a", **shared}, {"id": "a", **shared}]))
    with pytest.raises(DataFileError, match=r"id: entry id 'a' is used twice"):
        _read(path)


def test_member_names_are_checked_for_every_system() -> None:
    assert member_problem("images/a.png") is None
    assert member_problem("images/") is None
    for bad in ("", "/a", "a/../b", "a//b", "./a", "a/CON.png", "a/b. ", "a:b", "a\x00b"):
        assert member_problem(bad) is not None, bad


def test_versions_compare_as_numbers_and_categories_read_as_written() -> None:
    v = PackVersion.parse
    assert v("10") > v("9") and v("2026.10") > v("2026.9") and v("2") == v("2.0")
    assert v("1.x") is None and v("") is None
    assert category_of("Rifle/Carbine") == "rifle_carbine"
    assert category_of("sub-machine gun") == "submachine_gun"
    assert category_of("bazooka") is None


def test_the_archive_is_closed_after_a_refusal(tmp_path: Path) -> None:
    path = write_pack(tmp_path / "pack.zip", {}, manifest())
    with pytest.raises(PackError):
        _read(path)
    path.unlink()  # would fail on Windows if the reader kept it open
    assert not path.exists()
    assert zipfile.is_zipfile(good_pack(tmp_path / "again.zip"))
