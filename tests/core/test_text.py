"""Folding names so that spelling, diacritics and script do not hide a match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.text import fold, search_tokens


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Petrović", "petrovic"),
        ("PETROVIĆ", "petrovic"),
        ("Петровић", "petrovic"),
        ("Đorđević", "djordjevic"),
        ("Ђорђевић", "djordjevic"),
        ("Djordjevic", "djordjevic"),
        ("Љубљана", "ljubljana"),
        ("Џамија", "dzamija"),
        ("Ѓорѓи Ќосевски", "gjorgji kjosevski"),
        ("Çelik Ltd. Şti.", "celik ltd. sti."),
        ("  Müller   GmbH ", "muller gmbh"),
        ("Gjergj Kastrioti Skënderbeu", "gjergj kastrioti skenderbeu"),
    ],
)
def test_fold_matches_names_across_scripts_and_diacritics(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_plate_tokens_ignore_spaces_and_dashes() -> None:
    assert search_tokens("BG 123-AB") == ["bg", "123", "ab"]


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_tokens_are_plain_ascii_letters_and_digits(text: str) -> None:
    for token in search_tokens(text):
        assert token.isascii()
        assert token.isalnum()
        assert token == token.lower()


@given(st.text(alphabet="абвгдђежзијклљмнњопрстћуфхцчџш", min_size=1))
def test_serbian_cyrillic_always_has_a_latin_form(text: str) -> None:
    assert fold(text).isascii()
    assert fold(text) == fold(text.upper())
