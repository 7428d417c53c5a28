"""Country names in the reader's language: CLDR's through Babel, our English list's as
the fallback, the codes unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.codelists import countries, forget_installed_codelists, installed_changed
from borderdesk.core.country_names import country_name
from borderdesk.core.i18n import install_translator
from borderdesk.core.languages import all_languages


@pytest.fixture(autouse=True)
def english_and_shipped_lists() -> Iterator[None]:
    yield
    install_translator(None)
    forget_installed_codelists()


@pytest.mark.parametrize(("code", "language", "name"), [
    ("RS", "sr_Cyrl", "Србија"),
    ("DE", "sr_Cyrl", "Немачка"),
    ("BA", "sr_Cyrl", "Босна и Херцеговина"),
    ("XK", "sr_Cyrl", "Косово"),
    ("RS", "sr_Latn", "Srbija"),
    ("DE", "fr", "Allemagne"),
    ("RS", "fr", "Serbie"),
    ("XK", "fr", "Kosovo"),
    ("XK", "sq", "Kosovë"),
    ("MK", "mk", "Северна Македонија"),
    ("MK", "pt", "Macedónia do Norte"),  # pt_PT, as languages.yaml says, not Brazil's
])
def test_cldr_names_in_the_language(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


def test_english_comes_from_our_code_list() -> None:
    # Our list's wording, not CLDR's ("United Kingdom"): English is as it was.
    assert country_name("GB", "en") == countries().name_of("GB") == "Britain (UK)"
    assert all(country_name(code, "en") == name for code, name in countries().names.items())


def test_every_listed_code_has_a_name_in_every_language() -> None:
    for language in all_languages():
        for code in countries().names:
            assert country_name(code, language.code).strip(), (code, language.code)


def test_a_code_cldr_does_not_name_keeps_our_english_name(tmp_path: Path) -> None:
    shipped = (Path(__file__).parents[2] / "resources" / "codelists" / "countries.yaml")
    text = shipped.read_text(encoding="utf-8").replace("version: 1", "version: 2")
    installed = tmp_path / "countries.yaml"
    installed.write_text(text + '  - {code: "XZ", name: "Zone of the test"}\n',
                         encoding="utf-8")
    installed_changed({"countries": installed})
    assert country_name("XZ", "fr") == "Zone of the test"
    assert country_name("XZ", "sr_Cyrl") == "Zone of the test"
    assert country_name("RS", "fr") == "Serbie"


def test_a_code_we_do_not_list_is_shown_as_the_code() -> None:
    assert country_name("QQ", "fr") == "QQ"


def test_a_language_babel_does_not_know_gives_english() -> None:
    assert country_name("RS", "xx") == "Serbia"


def test_the_default_is_the_language_the_core_translates_into() -> None:
    assert country_name("RS") == "Serbia"
    install_translator(lambda _context, text: text, "sr_Cyrl")
    assert country_name("RS") == "Србија"
    install_translator(None)
    assert country_name("RS") == "Serbia"
