"""Logging: named loggers per area, and one rotating log file in the data folder.

Bugs (unexpected exceptions) are written here with their traceback; the user is
shown a short apology with the log's path. The file rotates: when it reaches
:attr:`LogSettings.max_bytes` it becomes ``borderdesk.log.1`` (the older ones move
up) and at most :attr:`LogSettings.backups` old files are kept, so a laptop that
runs for years never fills its disk with logs. Both are settings: the environment
variables ``BORDERDESK_LOG_MAX_KB`` and ``BORDERDESK_LOG_BACKUPS`` change them (a
support technician asking for a longer history), the defaults suit a station.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.paths import data_dir

LOG_FILE_NAME = "borderdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
MAX_KB_VARIABLE = "BORDERDESK_LOG_MAX_KB"
BACKUPS_VARIABLE = "BORDERDESK_LOG_BACKUPS"


@dataclass(frozen=True, slots=True)
class LogSettings:
    """How large the log file grows before it rotates, and how many old files stay."""

    max_bytes: int = 2_000_000
    backups: int = 5

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> LogSettings:
        """The defaults, changed by :data:`MAX_KB_VARIABLE` and :data:`BACKUPS_VARIABLE`
        where they hold a whole number (at least 1 KB and 1 file; anything else is
        ignored: a bad setting must not stop the program from starting)."""
        environ = os.environ if environ is None else environ
        default = cls()
        return cls(max_bytes=_whole(environ.get(MAX_KB_VARIABLE), default.max_bytes // 1000)
                   * 1000,
                   backups=_whole(environ.get(BACKUPS_VARIABLE), default.backups))


def _whole(text: str | None, default: int) -> int:
    try:
        value = int(text or "")
    except ValueError:
        return default
    return value if value >= 1 else default


def log_path() -> Path:
    """Where the log file is."""
    return data_dir() / LOG_FILE_NAME


def rotating_handler(path: Path, settings: LogSettings) -> logging.handlers.RotatingFileHandler:
    """The handler that writes ``path`` and rotates it as ``settings`` say."""
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=settings.max_bytes, backupCount=settings.backups, encoding="utf-8",
        delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


def configure_logging(level: int = logging.INFO,
                      settings: LogSettings | None = None) -> Path | None:
    """Send borderdesk's log to the rotating log file; return its path (None if unwritable)."""
    root = logging.getLogger("borderdesk")
    root.setLevel(level)
    path = log_path()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = rotating_handler(path, settings or LogSettings.from_environment())
    except OSError:
        return None
    root.addHandler(handler)
    return path
