"""Code lists installed from headquarters: which can be, and the checks before one is.

An installed list is a file, ``installed-codelists/NAME.yaml`` beside the station
database, because the code lists are read by core and the engines, which know no
database (:func:`borderdesk.core.codelists.preferred`). It replaces the shipped list
for every lookup while its version is higher. Codes are what records and statistics
store, so a new list must keep every code of the list in use: it may add codes and
rename them, never drop one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.codelists import INSTALLED_CODELISTS, countries, load_codelist
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import data_dir
from borderdesk.identify.codelists import (
    calibres,
    load_calibres,
    load_manufacturers,
    manufacturers,
)
from borderdesk.identify.refpack import PackVersion


@dataclass(frozen=True, slots=True)
class Installable:
    """A code list a station may install: how to read one, and the one in use."""

    load: Callable[[Path], Any]
    in_use: Callable[[], Any]
    codes: Callable[[Any], set[str]]


#: The lists whose readers honour installed versions (core and identify).
INSTALLABLE: dict[str, Installable] = {
    "countries": Installable(load_codelist, countries, lambda cl: set(cl.names)),
    "calibres": Installable(load_calibres, calibres, lambda cl: set(cl.by_code)),
    "manufacturers": Installable(load_manufacturers, manufacturers,
                                 lambda cl: set(cl.by_code)),
}


def installed_folder(database_path: Path | None) -> Path:
    """Where a station keeps its installed code lists (beside its database)."""
    base = database_path.parent if database_path is not None else data_dir()
    return base / INSTALLED_CODELISTS


def check_codelist(path: Path, name: str, version: PackVersion) -> None:
    """Check the code list file at ``path`` before it is installed as list ``name``,
    version ``version``: it loads, is that list and that version, is newer than the
    list in use and keeps all its codes. Raises a :class:`BorderdeskError` naming the
    problem; changes nothing."""
    kind = INSTALLABLE.get(name)
    if kind is None:
        raise UserInputError(tr("a station installs only these code lists: {known}",
                                known=", ".join(INSTALLABLE)))
    new = kind.load(path)
    if getattr(new, "name", name) != name:
        raise UserInputError(tr("the file is the code list '{found}', not '{name}'",
                                found=new.name, name=name))
    if PackVersion.parse(str(new.version)) != version:
        raise UserInputError(tr("the file says version {found}, published as {version}",
                                found=new.version, version=version))
    current = kind.in_use()
    if new.version <= current.version:
        raise UserInputError(tr("version {version} is not newer than version {current} "
                                "in use", version=new.version, current=current.version))
    dropped = sorted(kind.codes(current) - kind.codes(new))
    if dropped:
        raise UserInputError(tr("codes stay once given, but these are missing: {codes}",
                                codes=", ".join(dropped[:20])))
