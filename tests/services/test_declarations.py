"""Listing and searching declarations, as the window and the command line do."""

from __future__ import annotations

from datetime import timedelta

import pytest

from borderdesk.services.declarations import (
    count_declarations,
    list_amendments,
    list_declarations,
)
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from tests.conftest import declaration


@pytest.fixture
def stocked(session: StationSession, write_json) -> StationSession:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([
        declaration("RS-BAT-2026-000001", lodged_at="2026-11-27T09:00:00+01:00",
                    consignee={"name": "Петровић Трговина", "country": "RS",
                               "kind": "private"}),
        declaration("RS-BAT-2026-000002", lodged_at="2026-11-28T10:00:00+01:00",
                    vehicle={"registration": "NS 456-CD", "country": "RS"},
                    items=[{"hs_code": "930390", "description": "alarm pistols Ekol",
                            "gross_kg": 12},
                           {"hs_code": "870899", "description": "auto parts", "gross_kg": 3}]),
        declaration("RS-BAT-2026-000003", lodged_at="2026-11-26T07:00:00Z",
                    consignor={"name": "Đorđević Export", "country": "BA"}),
    ])])
    return session


def ids(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.declaration_id for row in rows]


def test_newest_first_with_route_and_goods_summary(stocked: StationSession) -> None:
    rows = list_declarations(stocked)
    assert ids(rows) == ["RS-BAT-2026-000002", "RS-BAT-2026-000001", "RS-BAT-2026-000003"]
    assert rows[0].route == "TR › BG › RS"
    assert rows[0].goods_summary == "alarm pistols Ekol (+1 more lines)"
    assert rows[0].lodged_at.utcoffset() == timedelta(hours=1)
    assert count_declarations(stocked) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("petrovic", ["RS-BAT-2026-000001"]),
        ("ПЕТРОВИЋ", ["RS-BAT-2026-000001"]),
        ("djordjevic", ["RS-BAT-2026-000003"]),
        ("Đorđ", ["RS-BAT-2026-000003"]),
        ("NS456", ["RS-BAT-2026-000002"]),
        ("ns 456-cd", ["RS-BAT-2026-000002"]),
        ("pistol", ["RS-BAT-2026-000002"]),
        ("9303", ["RS-BAT-2026-000002"]),
        ("000003", ["RS-BAT-2026-000003"]),
        ("tekstil promet", ["RS-BAT-2026-000002", "RS-BAT-2026-000003"]),
        ("nothing-like-this", []),
        ("\"*:()", []),
    ],
)
def test_search_folds_case_diacritics_and_script(stocked: StationSession, query: str,
                                                  expected: list[str]) -> None:
    assert ids(list_declarations(stocked, query=query)) == expected


def test_search_follows_amendments(stocked: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    import_files(stocked, [write_json([declaration(
        "RS-BAT-2026-000001", lodged_at="2026-11-27T09:00:00+01:00",
        consignee={"name": "Jovanović Promet", "country": "RS", "kind": "company"})],
        "amended.json")])
    assert ids(list_declarations(stocked, query="petrovic")) == []
    assert ids(list_declarations(stocked, query="jovanovic")) == ["RS-BAT-2026-000001"]
    changed = {(a.field, a.old_value, a.new_value)
               for a in list_amendments(stocked, "RS-BAT-2026-000001")}
    assert ("consignee.name", "Петровић Трговина", "Jovanović Promet") in changed
    assert ("consignee.kind", "private", "company") in changed
    assert list_declarations(stocked, query="jovanovic")[0].version == 2
