"""Reference packs: the manifest of an authority's photo library of firearms, and its checks.

A pack is a zip archive with ``manifest.yaml`` at its root and image files (JPEG, PNG
or SVG Tiny) beside it; docs/reference-packs.md describes the format. This module reads
and validates the manifest into frozen values; :mod:`borderdesk.identify.refpack_archive`
checks the archive itself and :mod:`borderdesk.identify.refpack_images` each image.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from borderdesk.core.codelists import countries
from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml_text
from borderdesk.core.errors import BorderdeskError, DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.text import compact
from borderdesk.identify.item import CATEGORIES as ITEM_CATEGORIES

MANIFEST_NAME = "manifest.yaml"
#: The manifest format versions this borderdesk reads.
SUPPORTED_FORMATS = (1,)
#: The international categories an entry's ``type`` names (DOMAIN.md sections 4 and 5):
#: the item record's, less "unknown" (a reference entry always knows what it shows).
CATEGORIES: dict[str, str] = {
    code: label for code, label in ITEM_CATEGORIES.items() if code != "unknown"}
# How a manifest may spell each: the code or the English name, in any case and with any
# spaces, dashes or slashes ("rifle/carbine", "Sub-machine gun", "submachine_gun").
_CATEGORY_SPELLINGS = {
    **{compact(code): code for code in CATEGORIES},
    **{compact(label): code for code, label in CATEGORIES.items()},
}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".svg")
# A pack id becomes part of a folder name: keep it to safe characters on every system.
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_VERSION = re.compile(r"^\d{1,9}(\.\d{1,9}){0,3}$")
_TOP_KEYS = ("format", "id", "version", "title", "source", "date", "licence", "description",
             "entries")
_ENTRY_KEYS = ("id", "make", "model", "type", "calibre", "country", "images",
               "marking_notes")
_IMAGE_KEYS = ("file", "caption")


class PackError(BorderdeskError):
    """A reference pack that cannot be installed: unsafe, broken or not matching its
    manifest. The message names the pack file and, where it applies, the member."""


@dataclass(frozen=True, slots=True, order=True)
class PackVersion:
    """A pack's version: dotted whole numbers (``3``, ``2026.2``), compared as numbers."""

    parts: tuple[int, ...]
    #: As written in the manifest (not compared: 2 and 2.0 are the same version).
    text: str = field(compare=False)

    @staticmethod
    def parse(text: str) -> PackVersion | None:
        """The version written as ``text``, or None when it is not dotted whole numbers."""
        if not _VERSION.match(text):
            return None
        parts = [int(part) for part in text.split(".")]
        while len(parts) > 1 and parts[-1] == 0:
            parts.pop()  # 2.0 and 2 are the same version
        return PackVersion(tuple(parts), text)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class PackImage:
    """One picture of an entry: a file inside the pack and its caption."""

    file: str
    caption: str
    #: The manifest line that names it.
    line: int = 0


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One item of the library: what it is, its pictures and where its markings are."""

    id: str
    make: str
    model: str
    category: str
    calibre: str
    country: str | None
    images: tuple[PackImage, ...]
    marking_notes: str


@dataclass(frozen=True, slots=True)
class PackManifest:
    """A checked manifest: the pack's identity and its entries."""

    id: str
    version: PackVersion
    title: str
    source: str
    date: str
    licence: str
    description: str
    entries: tuple[PackEntry, ...]
    #: The manifest's text, kept with the installed pack's record.
    text: str

    @property
    def files(self) -> set[str]:
        """Every image file the entries name."""
        return {image.file for entry in self.entries for image in entry.images}


def category_of(text: str) -> str | None:
    """The category code of ``text`` (``rifle/carbine``, ``Sub-machine gun`` ...), or None."""
    return _CATEGORY_SPELLINGS.get(compact(text))


def _load_text(text: str, where: str) -> Any:
    # A manifest comes out of an archive and is never written to disk before it is checked.
    return load_yaml_text(text, where)


def _keys(owner: YamlMap, allowed: tuple[str, ...]) -> None:
    for key in owner:
        if key not in allowed:
            raise owner.fail(key, tr("unknown field (allowed: {allowed})",
                                     allowed=", ".join(allowed)))


def _text(owner: YamlMap, key: str, *, required: bool = True) -> str:
    value = owner.require(key, (str, int, float)) if required else \
        owner.optional(key, (str, int, float), "")
    value = str(value).strip()
    if required and not value:
        raise owner.fail(key, tr("must not be empty"))
    return value


def parse_manifest(text: str, where: str) -> PackManifest:
    """Check a manifest's text; errors are ``WHERE:LINE: field: problem``."""
    data = _load_text(text, where)
    if not isinstance(data, YamlMap):
        raise DataFileError(where, 1, None, tr("the manifest must be a mapping"))
    _keys(data, _TOP_KEYS)
    fmt = data.require("format", int)
    if fmt not in SUPPORTED_FORMATS:
        raise data.fail("format", tr(
            "manifest format {found} is not supported by this borderdesk (it reads {known}); "
            "a newer borderdesk may read it", found=fmt,
            known=", ".join(str(known) for known in SUPPORTED_FORMATS)))
    pack_id = _text(data, "id")
    if not _PACK_ID.match(pack_id):
        raise data.fail("id", tr("'{id}' must be 1 to 64 lower-case letters, digits, dots, "
                                 "hyphens or underscores", id=pack_id))
    version = PackVersion.parse(_text(data, "version"))
    if version is None:
        raise data.fail("version", tr("must be whole numbers joined by dots, like 3 or 2026.2"))
    when = data.require("date", (date, str))
    if isinstance(when, str):
        try:
            when = date.fromisoformat(when)
        except ValueError:
            raise data.fail("date", tr("must be a date like 2026-11-28")) from None
    entries = data.require("entries", list)
    assert isinstance(entries, YamlList)
    if not entries:
        raise data.fail("entries", tr("a pack needs at least one entry"))
    parsed: list[PackEntry] = []
    seen: dict[str, int] = {}
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(where, line, "entries", tr("each entry must be a mapping"))
        item = _entry(entry)
        if item.id in seen:
            raise entry.fail("id", tr("entry id '{id}' is used twice (first on line {line})",
                                      id=item.id, line=seen[item.id]))
        seen[item.id] = entry.line_of("id")
        parsed.append(item)
    return PackManifest(pack_id, version, _text(data, "title"), _text(data, "source"),
                        when.isoformat(), _text(data, "licence"),
                        _text(data, "description", required=False), tuple(parsed), text)


def _entry(entry: YamlMap) -> PackEntry:
    _keys(entry, _ENTRY_KEYS)
    kind = _text(entry, "type")
    category = category_of(kind)
    if category is None:
        raise entry.fail("type", tr("'{type}' is not one of: {types}", type=kind,
                                    types=", ".join(tr(label) for label in CATEGORIES.values())))
    country = _text(entry, "country", required=False).upper() or None
    if country is not None and country not in countries():
        raise entry.fail("country", tr("'{code}' is not an ISO 3166 country code",
                                       code=country))
    images = entry.require("images", list)
    assert isinstance(images, YamlList)
    if not images:
        raise entry.fail("images", tr("an entry needs at least one image"))
    pictures: list[PackImage] = []
    for image, line in zip(images, images.item_lines, strict=True):
        if isinstance(image, str):  # the short form: just the file
            image = YamlMap({"file": image})
            image.path, image.line, image.key_lines = entry.path, line, {}
        if not isinstance(image, YamlMap):
            raise DataFileError(entry.path, line, "images",
                                tr("each image is a file name or a mapping with file and "
                                   "caption"))
        _keys(image, _IMAGE_KEYS)
        file = _text(image, "file")
        if not file.lower().endswith(IMAGE_SUFFIXES):
            raise image.fail("file", tr("'{file}' is not a .jpg, .jpeg, .png or .svg file",
                                        file=file))
        pictures.append(PackImage(file, _text(image, "caption", required=False), line))
    return PackEntry(_text(entry, "id"), _text(entry, "make"), _text(entry, "model"), category,
                     _text(entry, "calibre", required=False), country, tuple(pictures),
                     _text(entry, "marking_notes", required=False))
