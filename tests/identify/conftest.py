"""Fixtures for the identification tests: the shipped checklist and the eight cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from borderdesk.identify.checklist import Checklist, default_checklist

CASES = Path(__file__).parent / "cases"


def load_case(name: str) -> dict[str, Any]:
    """One case file (``tests/identify/cases/NAME.yaml``) as plain data."""
    data: dict[str, Any] = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    return data


def case_names() -> list[str]:
    """The names of every case file."""
    return sorted(p.stem for p in CASES.glob("*.yaml"))


@pytest.fixture
def checklist() -> Checklist:
    """The shipped firearm identification checklist."""
    return default_checklist()
