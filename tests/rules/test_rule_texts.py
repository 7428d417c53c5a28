"""Rules' texts: a shipped profile's are translated when shown, an analyst's are not, and
what the translators get is exactly what the program looks up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.i18n import install_translator
from borderdesk.core.paths import resource_path
from borderdesk.i18n_tools.extract_data import profile_descriptions, profile_texts
from borderdesk.rules.profile import load_profile
from borderdesk.rules.rule_texts import (
    PROFILE_CONTEXT,
    is_shipped_profile,
    is_shipped_text,
    profile_description,
    rule_text,
    stored_rule_texts,
)
from borderdesk.services.screening import open_profile, shipped_profiles

TITLE = "Chapter 93 without a valid arms licence"
SERBIAN = "Glava 93 bez važeće dozvole za oružje"


@pytest.fixture
def serbian() -> Iterator[None]:
    """A translator that knows one rule title, in the profile context only."""
    def lookup(context: str, text: str) -> str:
        return SERBIAN if (context, text) == (PROFILE_CONTEXT, TITLE) else text

    install_translator(lookup, "sr_Latn")
    yield
    install_translator(None)


def test_a_shipped_rule_title_is_translated_and_an_analysts_is_not(serbian: None) -> None:
    assert rule_text(TITLE, shipped=True) == SERBIAN
    assert rule_text(TITLE, shipped=False) == TITLE
    assert rule_text("A title nobody translated", shipped=True) == "A title nobody translated"


def test_a_document_translates_with_its_own_lookup() -> None:
    def lookup(context: str, text: str) -> str:
        return "Глава 93" if context == PROFILE_CONTEXT else text

    assert rule_text(TITLE, True, lookup) == "Глава 93"
    assert rule_text(TITLE, False, lookup) == TITLE


def test_the_shipped_profiles_are_recognised_by_their_text(tmp_path: Path) -> None:
    for name in shipped_profiles():
        assert is_shipped_profile(open_profile(name))
        assert is_shipped_text(resource_path("profiles", f"{name}.yaml").read_text("utf-8"))
    tuned = tmp_path / "firearms-default.yaml"
    shipped = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
    tuned.write_text(shipped.replace("weight: 30", "weight: 35", 1), encoding="utf-8")
    assert not is_shipped_profile(load_profile(tuned))
    # A verbatim copy says what the shipped file says: it is translated like it.
    copy = tmp_path / "copy" / "firearms-default.yaml"
    copy.parent.mkdir()
    copy.write_text(shipped, encoding="utf-8")
    assert is_shipped_profile(load_profile(copy))


def test_translators_get_every_text_the_program_looks_up() -> None:
    extracted = {text for context, text, _ in profile_texts(Path(__file__).parents[2])
                 if context == PROFILE_CONTEXT}
    for name in shipped_profiles():
        source = resource_path("profiles", f"{name}.yaml").read_text(encoding="utf-8")
        for rule, texts in stored_rule_texts(source).items():
            for key in ("title", "instruction", "rationale"):
                assert texts[key].strip() in extracted, (name, rule, key)


def test_a_shipped_profiles_description_is_translated_and_a_tuned_copys_is_not(
        tmp_path: Path) -> None:
    shipped = open_profile("firearms-default")
    written = shipped.description.strip()

    def lookup(context: str, text: str) -> str:
        return "Referentna pravila za vatreno oružje" \
            if (context, text) == (PROFILE_CONTEXT, written) else text

    install_translator(lookup, "sr_Latn")
    try:
        assert profile_description(shipped) == "Referentna pravila za vatreno oružje"
        tuned = tmp_path / "firearms-default.yaml"
        tuned.write_text(resource_path("profiles", "firearms-default.yaml").read_text(
            encoding="utf-8").replace("weight: 30", "weight: 35", 1), encoding="utf-8")
        assert profile_description(load_profile(tuned)) == written
    finally:
        install_translator(None)
    assert profile_description(shipped) == written


def test_translators_get_every_shipped_profiles_description() -> None:
    extracted = {text for context, text, _ in profile_descriptions(Path(__file__).parents[2])
                 if context == PROFILE_CONTEXT}
    for name in shipped_profiles():
        assert open_profile(name).description.strip() in extracted, name
