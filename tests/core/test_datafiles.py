"""Data files: errors name the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.codelists import countries, load_codelist
from borderdesk.core.datafiles import load_yaml
from borderdesk.core.errors import DataFileError


def test_values_remember_their_line(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("name: x\nentries:\n  - code: A\n  - code: B\n", encoding="utf-8")
    data = load_yaml(path)
    assert data.line_of("entries") == 2
    assert data["entries"].item_lines == [3, 4]


def test_a_broken_yaml_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("a: 1\nb: [1, 2\nc: 3\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_yaml(path)
    assert str(caught.value).startswith(f"{path}:")
    assert caught.value.line is not None


def test_a_repeated_key_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "twice.yaml"
    path.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"twice.yaml:3: a: the same key appears twice"):
        load_yaml(path)


def test_a_code_list_entry_without_a_name_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "countries.yaml"
    path.write_text('codelist: c\nversion: 1\nentries:\n  - {code: "RS", name: Serbia}\n'
                    '  - {code: "ME"}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"countries.yaml:5: name: required field"):
        load_codelist(path)


def test_a_missing_data_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="missing"):
        load_yaml(tmp_path / "nope.yaml")


def test_the_country_list_has_the_region_and_kosovo() -> None:
    codes = countries()
    for code in ("RS", "BA", "ME", "MK", "AL", "HR", "XK", "TR", "NO"):
        assert code in codes
    assert codes.name_of("XK") == "Kosovo"
    assert "XX" not in codes
