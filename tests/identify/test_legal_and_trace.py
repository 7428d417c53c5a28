"""The legal rule table and trace-readiness, on records made directly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.identify.item import ItemRecord, LegalSuggestion, Measurement
from borderdesk.identify.legal import legal_table, load_legal_table
from borderdesk.identify.markings import Marking
from borderdesk.identify.trace import trace_readiness

BASE = ItemRecord("firearm-identification", 1, item_class="firearm")


def _rule(**changes: object) -> str:
    return legal_table("legal-categories-eu").suggest(replace(BASE, **changes)).rule  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "rule"), [
    ({"category": "pistol", "action": "self_loading"}, "B-5"),
    ({"category": "pistol", "action": "self_loading",
      "measurements": (Measurement("magazine_capacity", 33, "rounds"),)}, "A-7"),
    ({"category": "rifle_carbine", "action": "self_loading",
      "measurements": (Measurement("magazine_capacity", 30, "rounds"),)}, "A-8"),
    ({"category": "rifle_carbine", "action": "self_loading",
      "measurements": (Measurement("magazine_capacity", 2, "rounds"),)}, "C-3"),
    ({"category": "rifle_carbine", "action": "select_fire"}, "A-2"),
    ({"category": "shotgun", "action": "break"}, "C-7"),
    ({"category": "shotgun", "action": "pump",
      "measurements": (Measurement("barrel_length", 700, "mm"),)}, "C-1"),
    # A sawn-off shotgun is a short firearm.
    ({"category": "shotgun", "action": "break",
      "measurements": (Measurement("barrel_length", 250, "mm"),)}, "B-2"),
    ({"category": "rifle_carbine", "action": "bolt", "flags": ("deactivated",)}, "C-6"),
    ({"category": "rifle_carbine", "action": "bolt",
      "flags": ("deactivated", "reactivated")}, "C-1"),
    ({"category": "pistol", "action": "self_loading", "flags": ("replica",)}, "replica"),
    ({"category": "pistol", "action": "self_loading", "flags": ("alarm_signal",)},
     "alarm-unlisted"),
    ({"category": "light_weapon", "item_class": "light_weapon"}, "A-1"),
    ({}, "undetermined"),
])
def test_the_eu_table_suggests(changes: dict[str, object], rule: str) -> None:
    assert _rule(**changes) == rule


def test_a_broken_table_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "legal.yaml"
    path.write_text("table: t\nversion: 1\njurisdiction: X\nsource: S\n"
                    "categories: {A: a}\nmeasures: {}\nrules:\n"
                    "  - id: r\n    category: A\n    reason: R\n"
                    "    when: {fact: action, is: catapult}\n"
                    "fallback: {id: f, category: A, reason: R}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"legal.yaml:11: is: 'catapult' is not a value"):
        load_legal_table(path)


def test_the_record_survives_json() -> None:
    record = replace(
        BASE, category="revolver", flags=("converted",), quantity=None,
        markings=(Marking("serial", "frame", "AB 1", photo="p1"),),
        measurements=(Measurement("barrel_length", 102.0, "mm"),), photos=("p2",),
        legal=LegalSuggestion("B", "B-1", "why", "legal-categories-eu", 1),
        answers={"group": "handgun", "status": ["converted"]})
    assert ItemRecord.from_dict(record.to_dict()) == record


def test_trace_readiness_names_each_gap() -> None:
    record = replace(BASE, markings=(
        Marking("serial", "frame", "", "obliterated"),
        Marking("manufacturer", "slide", "CZ", photo="p1"),
        Marking("import", "frame", "", "unmarked")))
    readiness = trace_readiness(record)
    states = {c.requirement: c.state for c in readiness.checks}
    assert states == {"serial": "obliterated", "serial_place": "present",
                      "manufacturer": "present", "model": "missing", "calibre": "missing",
                      "country": "missing", "import": "not_present", "photos": "missing"}
    assert not readiness.ready
    gaps = "\n".join(readiness.gaps())
    assert "Model: not recorded" in gaps and "no photo of: serial number (frame or receiver)" \
        in gaps


def test_ammunition_is_not_traced_this_way() -> None:
    readiness = trace_readiness(replace(BASE, item_class="ammunition", category="ammunition"))
    assert not readiness.applicable and not readiness.ready and readiness.gaps() == ()
