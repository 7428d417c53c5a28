"""Building declarations for screening tests: JSON-format dicts read the way intake reads them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from typing import Any

from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.rules.engine import Assessment
from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.profile import Profile
from borderdesk.services.screening import facts_of, screen_declarations
from tests.conftest import declaration


def item(line: int = 1, hs_code: str = "610910", description: str = "cotton t-shirts",
         **changes: Any) -> dict[str, Any]:
    """A goods line in the JSON format (10 pieces, 1 package, 10 kg, 1000 EUR)."""
    data: dict[str, Any] = {
        "line": line, "hs_code": hs_code, "description": description, "quantity": 10,
        "unit": "pcs", "packages": 1, "gross_kg": 10.0, "net_kg": 9.0, "value": 1000.0,
        "currency": "EUR",
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def decl(declaration_id: str, *items: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The conftest declaration with other goods lines (when given) and ``changes``."""
    if items:
        changes["items"] = list(items)
    return declaration(declaration_id, **changes)


def read_facts(*objects: dict[str, Any]) -> list[DeclarationFacts]:
    """The engine's view of declarations given as JSON-format dicts (they must be valid)."""
    errors, warnings = ProblemList(), ProblemList()
    found = [facts_of(d) for d, _line in read_objects(objects, tz=UTC, errors=errors,
                                                      warnings=warnings)]
    assert [p.format("test.json") for p in errors.listed] == []
    assert len(found) == len(objects)
    return found


def screen(profile: Profile, *objects: dict[str, Any]) -> list[Assessment]:
    """Screen declarations as one batch (each other's history), in input order."""
    return list(screen_declarations(profile, read_facts(*objects)).assessments)


def rules_hit(assessment: Assessment) -> set[str]:
    """The ids of the rules that hit."""
    return {hit.rule for hit in assessment.hits}


def explanation(assessment: Assessment, rule: str) -> str:
    """The explanation of ``rule``'s hit (the rule must have hit)."""
    found = [hit.explanation for hit in assessment.hits if hit.rule == rule]
    assert found, f"{rule} did not hit: {assessment}"
    return found[0]


def ids(values: Sequence[Any]) -> list[str]:
    """Test ids for a table of cases whose first element is a name."""
    return [str(value[0]) for value in values]
