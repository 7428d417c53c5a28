"""Code lists read from ``resources/codelists/`` (countries for now).

A code list file has ``codelist``, ``version`` and ``entries`` (each with a
``code`` and an English ``name``); it is validated on load and cached.

A station may hold newer versions of code lists, installed from headquarters into
``installed-codelists/`` beside its database. The services say where that folder is
(:func:`use_installed_codelists`, when a station is opened); core knows nothing of the
database. A cached list is read again when that changes (:func:`installed_generation`
is part of each cache's key), and :func:`preferred` gives the installed version when
it is higher than the shipped one, so a borderdesk update that ships a newer list
wins over an older installed one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

log = logging.getLogger("borderdesk.codelists")

#: The folder beside a station database that holds the code lists it installed.
INSTALLED_CODELISTS = "installed-codelists"


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


class _Versioned(Protocol):
    @property
    def version(self) -> int: ...


ListT = TypeVar("ListT", bound=_Versioned)

#: The installed code list files by list name (``countries``), and a counter that
#: changes whenever they do.
_installed: dict[str, Path] = {}
_generation = 0


def use_installed_codelists(folder: Path) -> None:
    """Let the code lists installed in ``folder`` (``NAME.yaml`` files) replace the
    shipped ones of a lower version. Lists already known from another folder stay
    (a process opens one station, and maybe its exercises, which install nothing)."""
    try:
        found = {path.stem: path for path in folder.glob("*.yaml")} if folder.is_dir() else {}
    except OSError:  # an unreadable folder installs nothing; the shipped lists serve
        log.warning("cannot read the installed code lists in %s", folder, exc_info=True)
        return
    installed_changed({name: path for name, path in found.items()
                       if _installed.get(name) != path})


def installed_changed(files: dict[str, Path]) -> None:
    """Take note of installed code list files (new, or rewritten in place): cached
    lists are read again on their next use."""
    global _generation
    if files:
        _installed.update(files)
        _generation += 1


def forget_installed_codelists() -> None:
    """Use the shipped code lists only (tests; a station closed for another)."""
    global _generation
    if _installed:
        _installed.clear()
        _generation += 1


def installed_generation() -> int:
    """A number that changes whenever the installed code lists change (a cache key)."""
    return _generation


def shipped_codelist(name: str) -> Path:
    """The file of the code list ``name`` as shipped with borderdesk."""
    return resource_path("codelists", f"{name}.yaml")


def preferred(name: str, load: Callable[[Path], ListT]) -> ListT:
    """The code list ``name``: the installed version when it is higher than the shipped
    one, else the shipped. An installed file that no longer loads (it was checked when
    installed) is logged and passed over: lookups must keep working."""
    shipped = load(shipped_codelist(name))
    path = _installed.get(name)
    if path is None:
        return shipped
    try:
        installed = load(path)
    except (DataFileError, OSError):
        log.warning("the installed code list %s cannot be read; using the shipped one",
                    path, exc_info=True)
        return shipped
    return installed if installed.version > shipped.version else shipped


def countries() -> CodeList:
    """ISO 3166-1 alpha-2 country codes plus XK (Kosovo), or a newer installed list."""
    return _countries(_generation)


@lru_cache(maxsize=1)
def _countries(_generation: int) -> CodeList:
    return preferred("countries", load_codelist)
