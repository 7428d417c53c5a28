"""The languages as data, and what a language must meet before it is shipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.core.languages import all_languages, language, load_languages, shipped_languages
from borderdesk.core.ts_catalogue import available_languages
from borderdesk.i18n_tools.commands import ts_file_path
from borderdesk.i18n_tools.quality import file_problems
from borderdesk.i18n_tools.ts_files import FINISHED, UNFINISHED, TsEntry, TsFile, read_ts, write_ts
from tests.i18n.conftest import ROOT


def test_the_list_names_every_language_of_the_region_with_its_script() -> None:
    codes = [lang.code for lang in all_languages()]
    assert codes == ["en", "sq", "sr_Latn", "sr_Cyrl", "mk", "bs", "hr", "fr", "es", "pt"]
    assert {lang.code for lang in all_languages() if lang.script == "Cyrl"} == {"sr_Cyrl", "mk"}
    assert language("sr-latn") == language("sr_Latn") and language("xx") is None
    assert "en" in [lang.code for lang in shipped_languages()]
    assert len({lang.native for lang in all_languages()}) == len(codes)
    for lang in all_languages()[1:]:
        assert ts_file_path(ROOT, lang.code).exists(), lang.code


def test_a_wrong_entry_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "languages.yaml"
    path.write_text("version: 1\nlanguages:\n"
                    "  - {code: en, english: English, native: English, script: Latn,\n"
                    "     direction: ltr, qt_locale: en_GB, shipped: true}\n"
                    "  - {code: ar, english: Arabic, native: العربية, script: Arab,\n"
                    "     direction: down, qt_locale: ar, shipped: false}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"languages.yaml:6: direction: must be ltr or rtl"):
        load_languages(path)


def _checked(code: str) -> list[str]:
    lang = language(code)
    assert lang is not None
    return [f"{code}: {problem}" for problem in file_problems(
        read_ts(ts_file_path(ROOT, code)), lang.script, shipped=lang.shipped)]


def test_every_shipped_language_is_complete_and_every_translation_keeps_its_markup() -> None:
    """Shipped: no unfinished entry, 90 % differ from English. Every language, shipped or
    under way: placeholders, tags and accelerators kept; Cyrillic in Cyrillic."""
    problems = [problem for lang in all_languages() if lang.code != "en"
                for problem in _checked(lang.code)]
    assert not problems, "\n".join(problems[:40])


def test_the_printed_documents_offer_the_languages_with_translations() -> None:
    # English first, then exactly the shipped (complete) languages: never half in English.
    assert available_languages() == ["en", *(
        lang.code.replace("_", "-") for lang in shipped_languages() if lang.code != "en")]


def _entry(source: str, translation: str, state: str = FINISHED) -> TsEntry:
    return TsEntry("Page", source, translation, state)


GOOD = [_entry("&Save {name}", "&Сачувај {name}"), _entry("<b>Lane</b>", "<b>Трака</b>"),
        _entry("Export to PDF", "Извоз у PDF"), _entry("Cancel", "Откажи"),
        _entry("Open &folder", "Отвори &фасциклу"), _entry("Rock && roll", "Рок && рол")]


def _tiny(tmp_path: Path, entries: list[TsEntry]) -> list[str]:
    """The problems of a tiny fixture language in Cyrillic, marked shipped."""
    path = tmp_path / "borderdesk_xx.ts"
    write_ts(TsFile("xx", entries), path)
    return file_problems(read_ts(path), "Cyrl", shipped=True)


def test_a_complete_fixture_language_passes(tmp_path: Path) -> None:
    assert _tiny(tmp_path, GOOD) == []


@pytest.mark.parametrize(("bad", "problem"), [
    (_entry("Lodged", "", UNFINISHED), "'Lodged': unfinished"),
    (_entry("&Save {name}", "&Сачувај {ime}"), "placeholders differ"),
    (_entry("{count} of %1", "{count} од"), "placeholders differ"),
    (_entry("<b>Lane</b>", "<i>Трака</i>"), "HTML tags differ"),
    (_entry("&Open", "Отвори"), "the accelerator & must appear once"),
    (_entry("&Open", "&От&вори"), "the accelerator & must appear once"),
    (_entry("Close", "&Затвори"), "an & appears where the source has no accelerator"),
    (_entry("Seal", "Plomba"), "Latin letters outside protected tokens: Plomba"),
])
def test_a_fixture_language_fails_for_each_fault(tmp_path: Path, bad: TsEntry,
                                                 problem: str) -> None:
    problems = _tiny(tmp_path, [*GOOD, bad])
    assert problems and problem in problems[0], problems


def test_a_fixture_language_of_copied_english_fails(tmp_path: Path) -> None:
    copied = [_entry(e.source, e.source.replace("PDF", "PDF")) for e in GOOD[:3]]
    problems = _tiny(tmp_path, [*GOOD[3:], *copied])
    assert any("only 3 of 6 entries differ from English" in p for p in problems), problems
