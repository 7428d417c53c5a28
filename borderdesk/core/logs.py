"""Logging: named loggers per area, and one log file in the data folder.

Bugs (unexpected exceptions) are written here with their traceback; the user is
shown a short apology with the log's path.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from borderdesk.core.paths import data_dir

LOG_FILE_NAME = "borderdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_path() -> Path:
    """Where the log file is."""
    return data_dir() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send borderdesk's log to the rotating log file; return its path (None if unwritable)."""
    root = logging.getLogger("borderdesk")
    root.setLevel(level)
    path = log_path()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return path
