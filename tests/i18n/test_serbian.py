"""Serbian Cyrillic derived from Serbian Latin: digraphs, exceptions, what stays Latin."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.i18n_tools.quality import latin_letters
from borderdesk.i18n_tools.serbian import protected_spans, to_cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("VEŽBA - NIJE DOKAZ", "ВЕЖБА - НИЈЕ ДОКАЗ"),
    ("Ljubljana, NJEGOŠ, Džep, Đorđe, čaćkalica", "Љубљана, ЊЕГОШ, Џеп, Ђорђе, чаћкалица"),
    # A prefix before j or ž: two letters, not one.
    ("injekcija, konjunktura, nadživeti, podžupan", "инјекција, конјунктура, надживети, поджупан"),
    ("odžaliti, ali odžak", "оджалити, али оџак"),
    ("&Sačuvaj {name} u <b>PDF</b> fajl %1 &amp; broj",
     "&Сачувај {name} у <b>PDF</b> фајл %1 &amp; број"),
    ("Izvoz IAFQ tabela u CSV: report.pdf, 9x19, RS-BAT, https://hq.example.org/a",
     "Извоз IAFQ табела у CSV: report.pdf, 9x19, RS-BAT, https://hq.example.org/a"),
    ("borderdesk i iARMS upit za Walther", "borderdesk и iARMS упит за Walther"),
])
def test_examples(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


_LETTERS = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ"
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=12)
_protected = st.sampled_from(["{name}", "{count}", "%1", "%2", "<b>", "</b>", "<br/>",
                              "&amp;", "&nbsp;", "PDF", "IAFQ", "UNODC", "QR", "HS",
                              "report.pdf", "9x19", "https://hq.example.org"])
_gap = st.sampled_from([" ", ", ", " - ", ": ", "\n", " &"])
_text = st.lists(st.one_of(_word, _protected), min_size=1, max_size=12).flatmap(
    lambda parts: st.lists(_gap, min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True))))


def _kept(text: str) -> list[str]:
    return [text[start:end] for start, end in protected_spans(text)]


@given(_text)
def test_placeholders_markup_and_latin_tokens_survive(text: str) -> None:
    out = to_cyrillic(text)
    assert _kept(out) == _kept(text)
    assert out.count("&") == text.count("&")
    assert re.findall(r"\{\w+\}|%\d|<[^>]+>", out) == re.findall(r"\{\w+\}|%\d|<[^>]+>", text)


@given(_text)
def test_no_latin_letter_is_left_outside_protected_tokens(text: str) -> None:
    assert latin_letters(to_cyrillic(text)) == ""


@given(_word)
def test_a_word_becomes_one_cyrillic_letter_per_latin_letter_or_digraph(word: str) -> None:
    out = to_cyrillic(word)
    digraphs = len(re.findall(r"lj|nj|dž", word, re.IGNORECASE))
    assert len(word) - digraphs <= len(out) <= len(word)
