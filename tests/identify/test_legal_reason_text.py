"""The legal table's reason is shown in the reader's language and stored as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.i18n import install_translator
from borderdesk.i18n_tools.extract_data import extract_data
from borderdesk.identify.item import LEGAL_CONTEXT, LegalSuggestion
from borderdesk.identify.legal import legal_table

REASON = "Automatic firearm (category A point 2)."


@pytest.fixture
def french() -> Iterator[None]:
    install_translator(lambda context, text: "Arme à feu automatique (catégorie A point 2)."
                       if (context, text) == (LEGAL_CONTEXT, REASON) else text, "fr")
    yield
    install_translator(None)


def test_the_reason_is_translated_when_shown_and_kept_as_written(french: None) -> None:
    suggestion = LegalSuggestion("A", "automatic", REASON, "legal-categories-eu", 1)
    assert suggestion.reason_text() == "Arme à feu automatique (catégorie A point 2)."
    assert suggestion.reason == REASON


def test_every_reason_of_the_table_is_given_to_translators() -> None:
    extracted = {text for context, text, _ in extract_data(Path(__file__).parents[2])
                 if context == LEGAL_CONTEXT}
    table = legal_table("legal-categories-eu")
    reasons = {rule.reason for rule in table.rules}
    assert REASON in reasons and reasons <= extracted
