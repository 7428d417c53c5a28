"""The seizure code lists file: the shipped one loads, a broken one names its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.core.paths import resource_path
from borderdesk.evidence.case_codes import REQUIRED_LISTS, load_seizure_codes, seizure_codes
from borderdesk.evidence.case_fields import FIELDS

SHIPPED = resource_path("codelists", "seizure.yaml")


def test_the_shipped_lists_load_with_stable_codes() -> None:
    codes = seizure_codes()
    assert codes.version >= 1 and set(REQUIRED_LISTS) <= set(codes.lists)
    assert codes["event_type"].codes == ("seized", "found", "surrendered")
    assert codes["concealment"].get("other") is not None
    assert codes["concealment"].get("other").needs_note  # type: ignore[union-attr]
    assert codes["trace_status"].get("answered").answered  # type: ignore[union-attr]
    assert set(codes.sign_off_requires) <= set(FIELDS)


@pytest.mark.parametrize(("old", "new", "field", "problem"), [
    ("    - {code: found, name: Found}\n", "    - {code: seized, name: Found}\n", "code",
     "appears twice"),
    ("    - {code: dog, name: Detector dog}\n", "    - {code: Dog!, name: Detector dog}\n",
     "code", "is not a code"),
    ("    - {code: dog, name: Detector dog}\n", "    - {code: dog, name: Dog, colour: red}\n",
     "colour", "not a field"),
    ("sign_off_requires: [event_type,", "sign_off_requires: [weather, event_type,",
     "sign_off_requires", "'weather' is not a case field"),
    ("  origin_how:\n", "  origin_hows:\n", "origin_how", "missing"),
])
def test_a_broken_file_is_refused_naming_line_and_field(
        tmp_path: Path, old: str, new: str, field: str, problem: str) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "seizure.yaml"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_seizure_codes(broken, frozenset(FIELDS))
    assert caught.value.field == field and problem in caught.value.problem
    assert caught.value.line is not None
    assert str(caught.value).startswith(f"{broken}:{caught.value.line}: {field}: ")
