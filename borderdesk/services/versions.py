"""What this borderdesk is made of: its version, the engines underneath and the data files
in use, for ``borderdesk --version``, Help › About and the smoke test (Qt-free; the window
adds Qt's and PySide6's versions).

Data files are versioned data (docs/architecture.md): a support call starts with "which
profile, which checklist, which code lists?". Without a station (``--version``: the
database may be encrypted) the answer is what the program ships, with the code lists
installed from headquarters beside the default station (plain files, no key needed).
With a signed-in station it is what that station uses: its active profile (shipped or
installed from headquarters), the same checklists and code lists, and its installed
reference packs.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from borderdesk import __version__
from borderdesk.core.codelists import INSTALLED_CODELISTS
from borderdesk.core.i18n import tr
from borderdesk.core.paths import default_db_path, resource_path, resources_dir
from borderdesk.identify.refpack_sample import sample_manifest_path
from borderdesk.security.permissions import Permission
from borderdesk.services.assessments import active_profile
from borderdesk.services.authz import requires
from borderdesk.services.refpacks import installed_packs
from borderdesk.services.screening import open_profile, shipped_profiles
from borderdesk.services.station import StationSession
from borderdesk.store import dbapi

#: The kinds of data file, in the order they are listed.
PROFILE, CHECKLIST, CODELIST, REFPACK, POLICY = (
    "risk profile", "checklist", "code list", "reference pack", "policy")
#: Where each kind of data file is, in resources/, and the key that holds its id (a file
#: without one is named by its file name; a policy by its folder and file name).
_FOLDERS = ((CHECKLIST, "checklists", ("checklist",)),
            (CODELIST, "codelists", ("codelist", "table")),
            (POLICY, "security", ()), (POLICY, "sync", ()), (POLICY, "reports", ()))


@dataclass(frozen=True, slots=True)
class DataFile:
    """One versioned data file in use: what it is, its id and version, where it came from
    (``shipped``, ``installed``: from headquarters, ``station``: a file the station chose)."""

    kind: str
    id: str
    version: str
    origin: str

    def to_json(self) -> dict[str, str]:
        """The file as plain JSON values."""
        return {"kind": self.kind, "id": self.id, "version": self.version,
                "origin": self.origin}


@dataclass(frozen=True, slots=True)
class Versions:
    """The program's version, its platform and engines, and the data files in use."""

    app: str
    python: str
    platform: str
    frozen: bool
    sqlite: str
    sqlcipher: str | None
    resources: Path
    data_files: tuple[DataFile, ...]

    def heading(self) -> str:
        """``borderdesk VERSION (frozen build)``."""
        build = tr("frozen build") if self.frozen else tr("from source")
        return f"borderdesk {self.app} ({build})"

    def engines(self, extra: tuple[str, ...] = ()) -> list[str]:
        """Python, ``extra`` (Qt's versions, added by the window), SQLite, SQLCipher and
        the platform, a line each."""
        return [f"Python {self.python}", *extra, f"SQLite {self.sqlite}",
                f"SQLCipher {self.sqlcipher or tr('not available')}",
                tr("Platform: {platform}", platform=self.platform)]

    def lines(self, extra: tuple[str, ...] = ()) -> list[str]:
        """The whole report as text lines (``extra`` as in :meth:`engines`)."""
        lines = [self.heading(), *self.engines(extra),
                 tr("Resources: {path}", path=self.resources), tr("Data files in use:")]
        width = max((len(f.kind) for f in self.data_files), default=0)
        id_width = max((len(f.id) for f in self.data_files), default=0)
        lines += [f"  {f.kind.ljust(width)}  {f.id.ljust(id_width)}  {f.version}  ({f.origin})"
                  for f in self.data_files]
        return lines


def database_engines() -> tuple[str, str | None]:
    """SQLite's version (plain stations) and SQLCipher's (encrypted ones; ``None`` when
    the driver cannot be loaded)."""
    try:
        driver = dbapi.cipher_driver()
        conn = driver.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
    except (ImportError, OSError):
        return sqlite3.sqlite_version, None
    cipher = f"{row[0]} (SQLite {driver.sqlite_version})" if row else None
    return sqlite3.sqlite_version, cipher


def program_versions(data_files: tuple[DataFile, ...]) -> Versions:
    """The versions of the program and its engines, with ``data_files``."""
    sqlite, sqlcipher = database_engines()
    return Versions(__version__, platform.python_version(), platform.platform(),
                    bool(getattr(sys, "frozen", False)), sqlite, sqlcipher, resources_dir(),
                    data_files)


class _Header:
    """A data file's id and version, read from its first keys."""

    def __init__(self, path: Path, id_keys: tuple[str, ...]) -> None:
        with open(path, encoding="utf-8") as file:
            data: Any = yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        data = data if isinstance(data, dict) else {}
        self.id = next((str(data[k]) for k in id_keys if data.get(k)), path.stem)
        self.version: int = int(data.get("version") or data.get("format") or 0)


def _shipped_files(installed_codelists: Path | None) -> list[DataFile]:
    """Checklists, code lists (the installed version when higher, as the lookups choose)
    and policies."""
    found: list[DataFile] = []
    for kind, folder, id_keys in _FOLDERS:
        for path in sorted(resource_path(folder).glob("*.yaml")):
            origin = "shipped"
            header = _Header(path, id_keys)
            if kind == CODELIST and installed_codelists is not None:
                installed = installed_codelists / path.name
                chosen = _prefer(header, installed, id_keys)
                if chosen is not header:
                    header, origin = chosen, "installed"
            ident = f"{folder}/{path.stem}" if kind == POLICY else header.id
            found.append(DataFile(kind, ident, str(header.version), origin))
    return found


def _prefer(shipped: _Header, installed: Path, id_keys: tuple[str, ...]) -> _Header:
    """The installed list when it is there, readable and of a higher version (the rule of
    :func:`borderdesk.core.codelists.preferred`, which reads the lists themselves)."""
    if not installed.is_file():
        return shipped
    try:
        candidate = _Header(installed, id_keys)
    except (OSError, ValueError, yaml.YAMLError):
        return shipped
    return candidate if candidate.version > shipped.version else shipped


def _sample_pack() -> DataFile:
    header = _Header(sample_manifest_path(), ("id",))
    return DataFile(REFPACK, header.id, str(header.version), "shipped")


def shipped_versions() -> Versions:
    """What ``borderdesk --version`` reports: every shipped profile, checklist, code list
    and policy, the code lists installed beside the default station, the sample pack."""
    profiles = [open_profile(name) for name in shipped_profiles()]
    files = [DataFile(PROFILE, p.id, str(p.version), "shipped") for p in profiles]
    files += _shipped_files(default_db_path().parent / INSTALLED_CODELISTS)
    files.append(_sample_pack())
    return program_versions(tuple(files))


@requires(Permission.VIEW)
def station_versions(session: StationSession) -> Versions:
    """What the signed-in station uses: its active profile, checklists, code lists,
    policies and installed reference packs."""
    profile = active_profile(session)
    shipped = Path(profile.path).parent == resource_path("profiles")
    origin = "shipped" if shipped else ("installed" if not Path(profile.path).is_file()
                                        else "station")
    files = [DataFile(PROFILE, profile.id, str(profile.version), origin)]
    folder = None if session.path is None else session.path.parent / INSTALLED_CODELISTS
    files += _shipped_files(folder)
    files += [DataFile(REFPACK, pack.pack_id, pack.version, "installed")
              for pack in installed_packs(session)]
    return program_versions(tuple(files))
