"""Translations read from Qt Linguist files without Qt, and the Serbian Latin report strings."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import DEFAULT_CONTEXT, english
from borderdesk.core.paths import resource_path
from borderdesk.core.ts_catalogue import available_languages, read_catalogue, translator_for

REPORTS = Path(__file__).resolve().parents[2] / "borderdesk" / "reports"


def _report_strings() -> set[str]:
    """Every literal passed to ``t(...)`` in the report modules."""
    found = set()
    for path in [*REPORTS.glob("*.py"), REPORTS.parent / "services" / "reports.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "t" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def test_every_report_string_has_a_serbian_latin_translation_with_its_placeholders() -> None:
    catalogue = read_catalogue(resource_path("i18n", "borderdesk_sr_Latn.ts"))
    strings = _report_strings()
    assert len(strings) > 100
    missing = sorted(s for s in strings if ("report", s) not in catalogue)
    assert missing == []
    for (_context, source), translation in catalogue.items():
        assert set(re.findall(r"\{(\w+)\}", source)) == set(re.findall(r"\{(\w+)\}",
                                                                       translation)), source


def test_a_translator_for_a_language_translates_without_a_global_switch() -> None:
    serbian = translator_for("sr-latn", "report")
    assert serbian.language == "sr-Latn" and serbian.note == ""
    assert serbian("Page {page} of {pages}", page=2, pages=9) == "Strana 2 od 9"
    assert serbian("Chain of custody form") == "Obrazac lanca nadzora"
    # Strings of the core's default context are found too; unknown ones stay English.
    assert serbian("Serial number") == "Serijski broj"
    assert serbian("No such text {x}", x=1) == "No such text 1"
    from borderdesk.core.i18n import tr
    assert tr("Chain of custody form") == "Chain of custody form"
    assert "sr-Latn" in available_languages() and available_languages()[0] == "en"


def test_an_unknown_language_falls_back_to_english_with_a_note() -> None:
    fallback = translator_for("de", "report")
    assert fallback.language == "en" and "'de'" in fallback.note
    assert fallback("Page {page} of {pages}", page=1, pages=1) == "Page 1 of 1"
    assert translator_for("en").note == "" and english()("x") == "x"


def _ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "borderdesk_xx.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" '
                    f'language="xx">{body}</TS>', encoding="utf-8")
    return path


def test_unfinished_obsolete_and_empty_translations_are_not_used(tmp_path: Path) -> None:
    path = _ts(tmp_path, """<context><name>report</name>
      <message><source>Done</source><translation>Gotovo</translation></message>
      <message><source>Draft</source><translation type="unfinished">Nacrt</translation></message>
      <message><source>Old</source><translation type="obsolete">Staro</translation></message>
      <message><source>Empty</source><translation></translation></message>
    </context><context><name>other</name>
      <message><source>Done</source><translation>Drugo</translation></message>
    </context>""")
    assert read_catalogue(path) == {("report", "Done"): "Gotovo", ("other", "Done"): "Drugo"}


@pytest.mark.parametrize(("body", "problem"), [
    ("<context><name>report</name><message>", "not well-formed"),
    ("", None),
])
def test_a_broken_file_is_refused_with_its_name(tmp_path: Path, body: str,
                                                problem: str | None) -> None:
    path = _ts(tmp_path, body)
    if problem is None:
        assert read_catalogue(path) == {}
        return
    with pytest.raises(DataFileError, match=problem) as error:
        read_catalogue(path)
    assert str(path) in str(error.value)


def test_entities_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.ts"
    path.write_text('<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaaaaaa">]>'
                    "<TS><context><name>report</name><message><source>x</source>"
                    "<translation>&a;</translation></message></context></TS>",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match="entities"):
        read_catalogue(path)
    not_ts = tmp_path / "other.ts"
    not_ts.write_text("<html/>", encoding="utf-8")
    with pytest.raises(DataFileError, match="Qt Linguist"):
        read_catalogue(not_ts)
    assert DEFAULT_CONTEXT == "borderdesk"
