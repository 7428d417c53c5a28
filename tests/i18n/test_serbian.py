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
    # What the user types or presses stays as typed: commands, options, keys, file patterns,
    # quoted values, demo user names.
    ("Pokrenite borderdesk hq station add NAME --hq-db URL pa sačekajte",
     "Покрените borderdesk hq station add NAME --hq-db URL па сачекајте"),
    ("Pritisnite Ctrl+Shift+D ili Enter; izvoz sa -o i --replace",
     "Притисните Ctrl+Shift+D или Enter; извоз са -o и --replace"),
    ("Deklaracije (*.json *.csv) ili datoteka .xlsx",
     "Декларације (*.json *.csv) или датотека .xlsx"),
    ("mora biti 'red', 'yellow' ili 'green'; lozinka \"demo station password\", nalog officer",
     "мора бити 'red', 'yellow' или 'green'; лозинка \"demo station password\", налог officer"),
    ("red {number}: i&ARMS upit", "ред {number}: i&ARMS упит"),
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


def test_the_command_words_are_the_command_lines_own() -> None:
    """The transliteration keeps a command line in Latin by its command words: the list in
    resources/i18n/sr-transliteration.yaml must be the parser's."""
    import argparse

    from borderdesk.cli import build_parser
    from borderdesk.i18n_tools.serbian import default_rules

    words: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:  # argparse has no public walk
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    words.add(name)
                    walk(sub)

    walk(build_parser())
    assert words == set(default_rules().command_words)
