"""Shared fixtures. Qt runs offscreen and no test touches the user's data or settings."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile

# Before anything creates a QApplication (pytest-qt imports PySide6 at start-up).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = tempfile.mkdtemp(prefix="borderdesk-tests-")
# Removed when the run ends (every run made one more that stayed in /tmp).
atexit.register(functools.partial(shutil.rmtree, _SANDBOX, ignore_errors=True))
os.environ["BORDERDESK_DATA_DIR"] = os.path.join(_SANDBOX, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "share")

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from borderdesk.services.station import StationSession, open_station
from tests.security.cheap import cheap_policy

__all__ = ["cheap_policy", "declaration", "dump_database"]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a new station database."""
    return tmp_path / "station.db"


@pytest.fixture
def session(db_path: Path) -> Iterator[StationSession]:
    """An open, empty station database (time zone UTC) acting as 'tester'."""
    with open_station(db_path, actor="tester") as opened:
        yield opened


def declaration(declaration_id: str = "RS-BAT-2026-000123", **changes: Any) -> dict[str, Any]:
    """A valid declaration in the JSON format, with ``changes`` applied on top."""
    data: dict[str, Any] = {
        "declaration_id": declaration_id,
        "lodged_at": "2026-11-28T08:15:00+01:00",
        "crossing": "RS-BAT",
        "procedure": "import",
        "transport_mode": "truck",
        "vehicle": {"registration": "BG 1234 AB", "country": "RS", "trailer": "BG 9876 XY"},
        "driver": {"name": "Marko Marković", "nationality": "RS"},
        "consignor": {"name": "Anadolu Tekstil A.Ş.", "country": "TR", "address": "Istanbul"},
        "consignee": {"name": "Tekstil Promet d.o.o.", "country": "RS", "kind": "company"},
        "declarant": {"name": "Špedicija Sava"},
        "origin_country": "TR",
        "dispatch_country": "BG",
        "destination_country": "RS",
        "itinerary": ["TR", "BG", "RS"],
        "documents": [{"type": "arms_licence", "reference": "IMP-2026-0042",
                       "valid_until": "2027-01-31"}],
        "seals": ["TR123456"],
        "items": [{"line": 1, "hs_code": "610910", "description": "cotton t-shirts",
                   "quantity": 1200, "unit": "pcs", "packages": 40, "gross_kg": 410.5,
                   "net_kg": 380.0, "value": 5400.0, "currency": "EUR"}],
    }
    data.update(changes)
    return data


@pytest.fixture
def write_json(tmp_path: Path) -> Any:
    """Write declarations to a JSON file in tmp_path and return its path."""

    def write(objects: Any, name: str = "declarations.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(objects, ensure_ascii=False, indent=1), encoding="utf-8")
        return path

    return write


def dump_database(path: Path) -> list[str]:
    """Every row of every table, as text: equal dumps mean an unchanged database."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
