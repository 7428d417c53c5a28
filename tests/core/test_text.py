"""Folding names so that spelling, diacritics and script do not hide a match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.text import compact, normalise, search_tokens


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
        ("Çelik Ltd. Şti.", "celik ltd sti"),
        ("  Müller   GmbH ", "muller gmbh"),
        ("ПИШТОЉ", "pistolj"),
        ("Pištolj", "pistolj"),
        ("Yılmaz", "yilmaz"),
        ("Щука Ъгъл", "shtuka agal"),
        ("Юрий Яковлев", "yuriy yakovlev"),
        ("Їжак Єва", "yizak yeva"),
        ("Straße", "strasse"),
        ("A.Ş./d.o.o.", "a s d o o"),
        ("Gjergj Kastrioti Skënderbeu", "gjergj kastrioti skenderbeu"),
    ],
)
def test_normalise_matches_names_across_scripts_and_diacritics(written: str,
                                                              folded: str) -> None:
    assert normalise(written) == folded


def test_plate_tokens_ignore_spaces_and_dashes() -> None:
    assert search_tokens("BG 123-AB") == ["bg", "123", "ab"]
    assert compact("NS 482-ŠK") == compact("ns-482-sk") == "ns482sk"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(st.text())
def test_tokens_are_letters_and_digits_only(text: str) -> None:
    for token in search_tokens(text):
        assert token.isalnum()
        assert normalise(token) == token


@given(st.text(alphabet="абвгдђежзијклљмнњопрстћуфхцчџш", min_size=1))
def test_serbian_cyrillic_always_has_a_latin_form(text: str) -> None:
    assert normalise(text).isascii()
    assert normalise(text) == normalise(text.upper())
