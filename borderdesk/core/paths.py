"""Where things are: the program's resources and the user's data folder.

Resources are read from ``resources/`` next to the package, or from the
unpacked bundle when frozen by PyInstaller; the user guide from ``docs/`` the same
way. The data folder holds the station database and the log; ``BORDERDESK_DATA_DIR``
overrides it (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "BORDERDESK_DATA_DIR"
STATION_DB_NAME = "station.db"


def resources_dir() -> Path:
    """The folder that holds codelists/, demo/, fonts/, i18n/ ..."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside :func:`resources_dir`."""
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path:
    """The folder of the user guide (``user-guide.md`` and its ``images/``): ``docs/``
    beside the package, or inside the unpacked bundle when frozen (build.spec bundles
    the guide and its pictures, not the developers' documents)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parents[2] / "docs"


def user_guide_path() -> Path:
    """The user guide's Markdown file (Help › User guide shows it)."""
    return docs_dir() / "user-guide.md"


def data_dir() -> Path:
    """The user's data folder for borderdesk (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "borderdesk"


def default_db_path() -> Path:
    """The station database used when a command is given no ``--db``."""
    return data_dir() / STATION_DB_NAME
