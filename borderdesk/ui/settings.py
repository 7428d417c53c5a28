"""The window's own settings (geometry, layout, last folder), declared once.

Settings live in an INI file in the data folder, never in the platform's
registry, so that ``BORDERDESK_DATA_DIR`` keeps tests and portable installs
apart from the user's real settings. Every key is declared here with its type
and default (Picard's habit); :data:`SETTINGS_VERSION` lets a later release
upgrade old files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from borderdesk.core.paths import data_dir

SETTINGS_FILE_NAME = "borderdesk.ini"
SETTINGS_VERSION = 1

T = TypeVar("T", str, int, bool, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting: its key, type and default."""

    key: str
    kind: type[T]
    default: T

    def get(self, settings: QSettings) -> T:
        """The stored value, or the default when missing or of the wrong type."""
        value = settings.value(self.key, self.default, type=self.kind)
        return value if isinstance(value, self.kind) else self.default

    def set(self, settings: QSettings, value: T) -> None:
        """Store ``value``."""
        settings.setValue(self.key, value)


VERSION = Setting("settings/version", int, SETTINGS_VERSION)
MAIN_GEOMETRY = Setting("mainWindow/geometry", QByteArray, QByteArray())
MAIN_STATE = Setting("mainWindow/state", QByteArray, QByteArray())
TABLE_HEADER = Setting("mainWindow/declarationsHeader", QByteArray, QByteArray())
IMPORT_FOLDER = Setting("import/lastFolder", str, "")
#: The watched inbox folder; empty: no folder is watched.
INBOX_FOLDER = Setting("inbox/folder", str, "")
#: How often the inbox folder is scanned (seconds).
INBOX_INTERVAL = Setting("inbox/intervalSeconds", int, 10)
#: Bigger text and touch targets (tablets, gloves).
LARGE_CONTROLS = Setting("appearance/largeControls", bool, False)
#: The window's language (a code of resources/i18n/languages.yaml); empty: not chosen
#: yet (the system's language when it is offered, else English).
LANGUAGE = Setting("appearance/language", str, "")


def settings_path() -> Path:
    """Where :func:`open_settings` keeps the settings file."""
    return data_dir() / SETTINGS_FILE_NAME


def open_settings(path: Path | None = None) -> QSettings:
    """The settings file (in the data folder unless ``path`` is given), upgraded if old."""
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(target), QSettings.Format.IniFormat)
    if not settings.contains(VERSION.key) or VERSION.get(settings) < SETTINGS_VERSION:
        # Version 1 is the first: nothing to upgrade yet, only stamp the file.
        VERSION.set(settings, SETTINGS_VERSION)
    return settings
