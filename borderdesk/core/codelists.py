"""Code lists read from ``resources/codelists/`` (countries for now).

A code list file has ``codelist``, ``version`` and ``entries`` (each with a
``code`` and an English ``name``); it is validated on load and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path


@dataclass(frozen=True, slots=True)
class CodeList:
    """A named, versioned list of codes with their display names."""

    name: str
    version: int
    names: dict[str, str]

    def __contains__(self, code: object) -> bool:
        return code in self.names

    def name_of(self, code: str) -> str:
        """The display name of ``code``, or the code itself when unknown."""
        return self.names.get(code, code)


def load_codelist(path: Path) -> CodeList:
    """Read and validate a code list file."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("a code list must be a mapping"))
    name = data.require("codelist", str)
    version = data.require("version", int)
    entries = data.require("entries", list)
    assert isinstance(entries, YamlList)
    names: dict[str, str] = {}
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(str(path), line, "entries", tr("each entry must be a mapping"))
        code = entry.require("code", str)
        if code in names:
            raise entry.fail("code", tr("code {code} appears twice", code=code))
        names[code] = entry.require("name", str)
    return CodeList(name, version, names)


@cache
def countries() -> CodeList:
    """ISO 3166-1 alpha-2 country codes plus XK (Kosovo)."""
    return load_codelist(resource_path("codelists", "countries.yaml"))
