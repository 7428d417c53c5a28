"""The evidence steps file: the fifteen steps of DOMAIN.md 6 as data, validated on load
with ``FILE:LINE: field: problem``."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.core.paths import resource_path
from borderdesk.evidence.steps import FIELD_TYPES, default_steps, load_steps

SHIPPED = resource_path("checklists", "evidence-steps.yaml")


def test_the_shipped_file_holds_the_fifteen_steps_in_order() -> None:
    steps = default_steps()
    assert [s.number for s in steps.steps] == list(range(1, 16))
    assert steps.version >= 1
    minimum = {s.id for s in steps.steps if s.minimum}
    assert {"secure_scene", "photograph_in_place", "condition_recorded", "made_safe",
            "packaging", "seal_label", "custody_started", "notification"} <= minimum
    assert {f.type for s in steps.steps for f in s.fields} == set(FIELD_TYPES)
    made_safe = steps.step("made_safe")
    assert made_safe is not None and made_safe.scope == "item"
    assert {"rounds_chamber", "rounds_magazine", "rounds_cylinder"} <= {
        f.id for f in made_safe.fields}
    forensic = steps.step("forensic_requests")
    assert forensic is not None
    requests = forensic.field("requests")
    assert requests is not None and {"fingerprints", "dna", "ballistics",
                                     "serial_restoration"} <= set(requests.option_ids())
    assert [p.id for p in steps.custody_purposes if p.final] == ["return", "disposal"]


def _broken(tmp_path: Path, old: str, new: str) -> str:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "evidence-steps.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_steps(path)
    return str(caught.value).replace(str(path), "FILE")


def _line_of(text: str) -> int:
    source = SHIPPED.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(source, 1) if text in line)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("        type: time\n        label: Time of discovery",
     "        type: date\n        label: Time of discovery",
     "type: must be one of: text, time, person, number, choice, list"),
    ("    scope: case\n    minimum: true\n    fields:\n      - id: discovered_at",
     "    scope: vehicle\n    minimum: true\n    fields:\n      - id: discovered_at",
     "scope: must be one of: case, item"),
    ("    first: forensic_requests", "    first: forensics",
     "first: there is no step 'forensics'"),
    ("  - id: qualified_person\n    number: 2", "  - id: secure_scene\n    number: 2",
     "steps: 'secure_scene' appears twice"),
    ("    title: Seal and label", "    title: Seal and label\n    colour: red",
     "colour: unknown key"),
    ("        integer: true\n        min: 0\n\n  - id: condition_recorded",
     "        integer: true\n        min: 5\n        max: 1\n\n  - id: condition_recorded",
     "max: must not be below min"),
])
def test_a_broken_file_is_named_with_line_and_field(tmp_path: Path, old: str, new: str,
                                                    expected: str) -> None:
    message = _broken(tmp_path, old, new)
    assert message.startswith("FILE:") and expected in message


def test_an_unknown_step_in_a_rule_names_its_line(tmp_path: Path) -> None:
    message = _broken(tmp_path, "    then: seal_label", "    then: seal")
    line = _line_of("    then: seal_label")
    assert message == f"FILE:{line}: then: there is no step 'seal'"


def test_rules_that_contradict_each_other_are_refused(tmp_path: Path) -> None:
    message = _broken(tmp_path, "order_rules:\n", "order_rules:\n  - id: seal-first\n"
                      "    first: seal_label\n    then: photograph_in_place\n"
                      "    why: nonsense\n")
    assert "rule 'seal-first' contradicts others" in message


def test_a_choice_needs_options(tmp_path: Path) -> None:
    message = _broken(tmp_path, "        label: Gloves worn\n        required: true\n"
                      "        options:\n          - id: \"yes\"\n            label: \"Yes\"\n"
                      "          - id: \"no\"\n            label: \"No\"\n",
                      "        label: Gloves worn\n        required: true\n")
    assert "options: a choice field needs its options" in message


def test_the_condition_and_making_safe_are_asked_of_firearms_only() -> None:
    steps = default_steps()
    limited = {s.id: s.applies_to for s in steps.steps if s.applies_to}
    assert limited == {"condition_recorded": ("firearm",), "made_safe": ("firearm",)}
    made_safe = steps.step("made_safe")
    assert made_safe is not None
    assert made_safe.applies("firearm") and not made_safe.applies("ammunition")
    assert not made_safe.applies("parts")


@pytest.mark.parametrize(("new", "expected"), [
    ("    applies_to: [firearm, rockets]",
     "applies_to: 'rockets' is not a kind of item (known: firearm, parts, ammunition)"),
    ("    applies_to: []", "applies_to: name at least one kind of item (or leave it out)"),
    ("    applies_to: [firearm, firearm]", "applies_to: a kind of item is named twice"),
])
def test_a_wrong_item_kind_is_named_with_its_line(tmp_path: Path, new: str,
                                                  expected: str) -> None:
    message = _broken(tmp_path, "    applies_to: [firearm]", new)
    assert message == f"FILE:{_line_of('    applies_to: [firearm]')}: {expected}"


def test_only_steps_per_item_are_limited_to_kinds(tmp_path: Path) -> None:
    message = _broken(tmp_path, "    scope: case\n    minimum: true\n    fields:\n"
                      "      - id: discovered_at", "    scope: case\n    applies_to: [firearm]\n"
                      "    minimum: true\n    fields:\n      - id: discovered_at")
    assert "applies_to: only steps per item are limited to kinds of item" in message
