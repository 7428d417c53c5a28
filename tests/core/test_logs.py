"""The log file rotates at its size setting and keeps its count of old files."""

from __future__ import annotations

import logging
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.logs import (
    BACKUPS_VARIABLE,
    MAX_KB_VARIABLE,
    LogSettings,
    rotating_handler,
)


def test_the_log_rotates_and_keeps_only_its_backups(tmp_path: Path) -> None:
    path = tmp_path / "borderdesk.log"
    logger = logging.getLogger("borderdesk.test-rotation")
    logger.propagate = False
    handler = rotating_handler(path, LogSettings(max_bytes=1000, backups=2))
    logger.addHandler(handler)
    try:
        for n in range(200):
            logger.warning("line %03d of a day's work at the crossing", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["borderdesk.log", "borderdesk.log.1", "borderdesk.log.2"]
    assert all(p.stat().st_size <= 1000 for p in tmp_path.iterdir())
    # The newest lines are in the current file, the oldest were dropped.
    assert "line 199" in path.read_text(encoding="utf-8")
    assert "line 000" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())


def test_size_and_count_come_from_the_environment() -> None:
    settings = LogSettings.from_environment({MAX_KB_VARIABLE: "500", BACKUPS_VARIABLE: "9"})
    assert settings == LogSettings(max_bytes=500_000, backups=9)
    assert LogSettings.from_environment({}) == LogSettings()


@given(st.text(max_size=8))
def test_a_bad_setting_keeps_the_default(text: str) -> None:
    settings = LogSettings.from_environment({MAX_KB_VARIABLE: text, BACKUPS_VARIABLE: text})
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        assert settings == LogSettings()
    else:
        assert settings == LogSettings(max_bytes=number * 1000, backups=number)
