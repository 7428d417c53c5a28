"""The condition language: what small conditions evaluate to on a fixed declaration, and
properties (negation, quantifiers as Python's any/all, matching across case, accents and
scripts)."""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import cache
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.core.text import normalise
from borderdesk.rules.compiler import Compiler, Context, History, NoHistory
from borderdesk.rules.explain import Explainer
from borderdesk.rules.facts import AmendmentFacts, DeclarationFacts, DocumentFacts, LineFacts
from borderdesk.rules.history import PartyHistory
from borderdesk.rules.lists import ListKind, NamedList
from borderdesk.rules.syntax import Node, parse

LISTS = {
    "transit": NamedList("transit", ListKind.COUNTRIES, ("UA", "by")),
    "words": NamedList("words", ListKind.KEYWORDS, ("gun barrel", "pistolj")),
    "codes": NamedList("codes", ListKind.HS_PREFIXES, ("93", "8708")),
    "firms": NamedList("firms", ListKind.PARTIES, ("Петровић Трговина",)),
    "kinds": NamedList("kinds", ListKind.TEXTS, ("private",)),
}
LODGED = datetime(2026, 11, 28, 8, 15, tzinfo=timezone(timedelta(hours=1)))


def facts(declaration_id: str = "C-1", *, lines: Sequence[LineFacts] | None = None,
          **changes: Any) -> DeclarationFacts:
    """The fixed declaration the table reads (changed by ``changes``)."""
    values: dict[str, Any] = {
        "declaration_id": declaration_id, "lodged_at": LODGED, "procedure": "import",
        "transport_mode": "truck", "consignor_name": "Anadolu Tekstil A.Ş.",
        "consignee_name": "Petrović trgovina", "consignee_kind": "private",
        "origin_country": "TR", "dispatch_country": "BG", "destination_country": "RS",
        "itinerary": ("TR", "BG", "RS"),
        "lines": tuple(lines) if lines is not None else (
            LineFacts.make(1, "610910", "cotton t-shirts", 410.5, quantity=1200, unit="pcs",
                           packages=40, net_kg=380.0, value=5400.0, currency="EUR"),
            LineFacts.make(2, "730630", "Steel GUN-BARREL x", 20.0, quantity=0, packages=2,
                           net_kg=0.0, currency="USD"),
            LineFacts.make(3, "870899", "ПИШТОЉ делови", 5.0, quantity=3, packages=1,
                           net_kg=4.5, value=30.0, currency="EUR"),
        ),
        "documents": (DocumentFacts("arms_licence", "L-1", date(2026, 11, 28)),
                      DocumentFacts("invoice", "INV-1")),
        "amendments": (AmendmentFacts(2, "consignee.name", "A", "B", 30.0),),
    }
    values.update(changes)
    return DeclarationFacts(**values)


FACTS = facts()


@cache
def compiled(condition: str) -> tuple[Compiler, Node, Callable[[Context], Any]]:
    compiler = Compiler(LISTS)
    tree = parse(condition)
    return compiler, tree, compiler.condition(tree)


def evaluate(condition: str, declaration: DeclarationFacts = FACTS,
             history: History | None = None, watch_hits: Sequence[Any] = ()) -> bool:
    result = compiled(condition)[2](Context(declaration, history or NoHistory(), watch_hits))
    assert isinstance(result, bool)
    return result


TABLE: list[tuple[str, bool]] = [
    # comparisons
    ('origin_country == "TR"', True),
    ('origin_country != "TR"', False),
    ("version == 1", True),
    ("version >= 1 and version < 2", True),
    ("version > 1 or version <= 0", False),
    ('consignee.kind == "company"', False),
    ("lodged_at == lodged_at", True),
    # arithmetic and precedence
    ("1 + 2 * 3 == 7", True),
    ("(1 + 2) * 3 == 9", True),
    ("10 - 3 - 2 == 5", True),
    ("12 / 3 / 2 == 2", True),
    ("-version < 0", True),
    ("- -version == 1", True),
    ("2.5 * 2 == 5", True),
    ("any line (line.gross_kg / line.packages > 10)", True),  # 410.5 / 40
    ("every line (line.gross_kg / line.packages > 10)", False),
    ("any line (line.value / line.net_kg < 7)", True),  # line 3: 30 / 4.5
    # booleans and precedence of and / or / not
    ("true", True),
    ("not false", True),
    ("false and false or true", True),
    ("not false and false", False),
    ("not (false and false)", True),
    # missing values: comparisons are false, arithmetic is missing
    ('driver.name == "x"', False),
    ('driver.name != "x"', False),
    ('not (driver.name == "x")', True),
    ("driver.name is missing", True),
    ("driver.name is present", False),
    ("driver.name is not missing", False),
    ("driver.name is not present", True),
    ("consignee.name is present", True),
    ('driver.name in ["x"]', False),
    ('driver.name not in ["x"]', False),
    ('driver.name starts with "M"', False),
    ('driver.name matches "marko"', False),
    ("any line (line.value is missing)", True),
    ("any line (line.number == 2 and line.value + 1 > 0)", False),
    ("any line (line.number == 2 and line.value - 1 <= 0)", False),
    ("any line (line.number == 2 and (line.value * 0) is missing)", True),
    ("any line (line.unit is missing)", True),
    # division by zero gives a missing value
    ("1 / 0 is missing", True),
    ("1 / 0 == 1 / 0", False),
    ("any line (line.number == 2 and line.gross_kg / line.net_kg is missing)", True),
    ("any line (line.number == 2 and line.gross_kg / line.net_kg > 0)", False),
    ("any line (line.number == 2 and not (line.gross_kg / line.net_kg > 0))", True),
    ("any line (line.number == 2 and line.gross_kg / line.quantity >= 0)", False),
    # in / not in: named lists (each kind its way) and literals
    ("dispatch_country in transit", False),
    ("origin_country not in transit", True),
    ('"BY" in transit', True),  # a country list's items are compared upper-cased
    ('"ua" in transit', True),
    ('origin_country in ["TR", "BG"]', True),
    ('origin_country in ["tr"]', False),  # a literal list compares exactly
    ('origin_country not in ["BG", "RS"]', True),
    ("consignee.name in firms", True),  # parties by normalised name, across scripts
    ("consignor.name in firms", False),
    ("consignor.name not in firms", True),
    ("consignee.kind in kinds", True),
    ('"Private" in kinds', False),  # a text list compares exactly
    # starts with: a list, a text, a literal list
    ("any line (line.hs_code starts with codes)", True),
    ("every line (line.hs_code starts with codes)", False),
    ('any line (line.hs_code starts with ["61", "99"])', True),
    ('any line (line.hs_code starts with "9")', False),
    ('consignor.name starts with "Anadolu"', True),
    # matches: keywords as whole consecutive words of the normalised text
    ("any line (line.description matches words)", True),
    ('any line (line.description matches "gun barrel")', True),
    ('any line (line.number == 3 and line.description matches "pistolj")', True),
    ('any line (line.number == 3 and line.description matches "PIŠTOLJ")', True),
    ('any line (line.description matches "pistol")', False),
    ('any line (line.description matches ["cotton", "wool"])', True),
    ('consignor.name matches "tekstil"', True),
    ('consignor.name matches "tekst"', False),
    ('consignor.name matches "TEKSTIL A.S."', True),
    # any / every / count, with and without a condition
    ('count line (line.currency == "EUR") == 2', True),
    ("count line == 3", True),
    ("count line (line.number > 1) == 2", True),
    ("count document (document.valid_until is present) == 1", True),
    ("any document", True),
    ("any seal", False),
    ("count seal == 0", True),
    ("every line (line.gross_kg > 0)", True),
    ("every line in lines (line.hs_code starts with codes)", False),
    ('every country (country != "UA")', True),
    ('any country (country == "BG")', True),
    ("any country in itinerary (country in transit)", False),
    ('any place in itinerary (place == "RS")', True),
    ('any line (line.number == 3 and any document (document.type == "invoice"))', True),
    ('any line (any other in lines (other.number != line.number '
     'and other.hs_code == line.hs_code))', False),
    ("any line (line.number == 1) and any line (line.number == 3)", True),
    # first_nonzero
    ("first_nonzero(0, 5) == 5", True),
    ("first_nonzero(7, 5) == 7", True),
    ("first_nonzero(0, 0) is missing", True),
    ("any line (line.number == 2 and first_nonzero(line.net_kg, line.gross_kg) == 20)", True),
    ("any line (line.number == 3 and first_nonzero(line.net_kg, line.gross_kg) == 4.5)", True),
    ("any line (line.number == 2 and first_nonzero(line.value, 3) == 3)", True),
    # documents and their validity on the lodging date
    ('any document (document.type == "arms_licence" and document.valid_until >= lodged_date)',
     True),
    ('any document (document.type == "arms_licence" and document.valid_until > lodged_date)',
     False),
    ('any document (document.type == "invoice" and document.valid_until is missing)', True),
    ('not any document (document.type == "deactivation_certificate")', True),
    ('any document (document.reference == "INV-1")', True),
    # amendments: what a later version changed, and when
    ('any amendment (amendment.field starts with "consignee")', True),
    ('any amendment (amendment.field starts with "items")', False),
    ('any amendment (amendment.hours_after_first > 24 and amendment.old == "A" '
     'and amendment.new == "B" and amendment.version == 2)', True),
    ("count amendment == 1", True),
    ("any amendment in amendments (amendment.hours_after_first > 48)", False),
]


@pytest.mark.parametrize(("condition", "expected"), TABLE, ids=[t[0] for t in TABLE])
def test_condition(condition: str, expected: bool) -> None:
    assert evaluate(condition) is expected


@pytest.mark.parametrize("condition", [t[0] for t in TABLE if t[1]])
def test_a_true_condition_is_explained(condition: str) -> None:
    compiler, tree, _function = compiled(condition)
    reasons = Explainer(compiler, condition).explain(tree, Context(FACTS, NoHistory()))
    assert reasons
    assert all(isinstance(reason, str) and reason.strip() for reason in reasons)


def test_explanations_cite_lines_and_values() -> None:
    def explain(condition: str) -> str:
        compiler, tree, function = compiled(condition)
        context = Context(FACTS, NoHistory())
        assert function(context)
        context.scope.clear()
        return "; ".join(Explainer(compiler, condition).explain(tree, context))

    assert explain("any line (line.description matches words)") == (
        "line 2 (730630 'Steel GUN-BARREL x'): line.description matches words ('gun barrel'); "
        "line 3 (870899 'ПИШТОЉ делови'): line.description matches words ('pistolj')")
    assert explain("count line (line.number > 1) == 2").startswith("2 lines (== 2): line 2 ")
    assert explain('origin_country in ["TR", "BG"]') == "origin_country TR is in [TR, BG]"
    assert explain("any line (line.gross_kg / line.packages > 10)") == (
        "line 1 (610910 'cotton t-shirts'): line.gross_kg / line.packages = 10.2625 > 10")
    assert explain('not any document (document.type == "deactivation_certificate")') == (
        'no documents with document.type == "deactivation_certificate"; there are: '
        "document arms_licence L-1 valid until 2026-11-28, document invoice INV-1")
    assert explain('any amendment (amendment.field starts with "consignee")') == (
        "version 2 changed consignee.name: amendment.field consignee.name starts with "
        "consignee")


def test_no_amendments() -> None:
    first = facts(amendments=())
    assert evaluate("any amendment", first) is False
    assert evaluate('any amendment (amendment.field starts with "consignee")', first) is False
    assert evaluate("count amendment == 0", first) is True


# --- whole consecutive words ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("steel gun barrel x", True),
    ("Steel GUN-BARREL, x", True),
    ("gun  barrel", True),
    ("gun barrel", True),
    ("gun/barrel", True),
    ("gun and barrel", False),
    ("shotgun barrels", False),
    ("gun barrels", False),
    ("gunbarrel", False),
    ("barrel gun", False),
    ("", False),
])
def test_phrase_matches_whole_consecutive_words(text: str, expected: bool) -> None:
    line = LineFacts.make(1, "730630", text, 1.0)
    declaration = facts(lines=(line,), consignor_name=text or "-")
    # Through a goods line (its description normalised once) and through any other text.
    assert evaluate('any line (line.description matches "gun barrel")', declaration) is expected
    assert evaluate('any line (line.description matches words)', declaration) is expected
    assert evaluate('consignor.name matches "gun barrel"', declaration) is expected


# --- history and the watch list as collections ----------------------------------------------------

def test_history_in_a_condition() -> None:
    this = FACTS
    day_before = facts("C-0", lodged_at=LODGED - timedelta(hours=24),
                       lines=(LineFacts.make(1, "930200", "pistols", 2.0),))
    month_before = facts("C-9", lodged_at=LODGED - timedelta(hours=721))
    same_id = facts("C-1", lodged_at=LODGED - timedelta(hours=1))
    other_party = facts("C-5", consignee_name="Someone Else", lodged_at=LODGED)
    history = PartyHistory([this, day_before, month_before, same_id, other_party])
    assert evaluate("count other in history(consignee, hours: 24) == 1", this, history)
    assert evaluate("count other in history(consignee, hours: 23.9) == 0", this, history)
    assert evaluate("count other in history(consignee) == 2", this, history)
    assert evaluate("count other in history(consignee, hours: 720) == 1", this, history)
    assert evaluate("any other in history(consignee, hours: 720) "
                    '(any line in other.lines (line.hs_code starts with "93"))', this, history)
    assert not evaluate("any other in history(consignor, hours: 720) "
                        '(other.declaration_id == "C-9")', this, history)
    assert evaluate("not any other in history(consignee, strict: true) "
                    '(other.declaration_id == "C-1")', this, history)


def test_watch_list_hits_in_a_condition() -> None:
    entry = SimpleNamespace(kind="person", name="Marko Markovic", note="seen 2025")
    hit = SimpleNamespace(field="driver.name", value="Marko Marković", score=95.0, entry=entry)
    assert evaluate("any hit in watchlist", watch_hits=[hit])
    assert not evaluate("any hit in watchlist")
    assert evaluate('any hit (hit.score >= 90 and hit.field == "driver.name" '
                    'and hit.kind == "person" and hit.entry matches "markovic")', watch_hits=[hit])
    assert not evaluate("any hit (hit.score > 95)", watch_hits=[hit])


# --- properties --------------------------------------------------------------------------------

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge,
}
_NUMBERS = st.one_of(st.none(), st.integers(0, 50).map(float),
                     st.floats(0, 50, allow_nan=False).map(lambda v: round(v, 2)))


@settings(max_examples=150, deadline=None)
@given(value=_NUMBERS, op=st.sampled_from(sorted(_OPS)), number=st.integers(0, 50),
       field=st.sampled_from(["value", "net_kg", "quantity"]))
def test_comparison_and_its_negation(value: float | None, op: str, number: int,
                                     field: str) -> None:
    line = LineFacts.make(1, "610910", "x", 1.0, **{field: value})
    declaration = facts(lines=(line,))
    condition = f"any line (line.{field} {op} {number})"
    result = evaluate(condition, declaration)
    # A missing value makes the comparison false; otherwise it is Python's.
    assert result is (value is not None and _OPS[op](value, number))
    assert evaluate(f"not {condition}", declaration) is (not result)
    # With one line, "some line where it is not so" is the negation too.
    assert evaluate(f"any line (not (line.{field} {op} {number}))", declaration) is (not result)


_LINES = st.lists(st.tuples(st.floats(0.5, 100, allow_nan=False), st.integers(0, 5),
                            st.sampled_from(["pistolj", "cotton", "gun barrel", "barrel gun",
                                             "Пиштољ", "toys"])),
                  min_size=1, max_size=5)


@settings(max_examples=150, deadline=None)
@given(lines=_LINES, limit=st.integers(0, 100))
def test_quantifiers_are_any_all_and_sum(lines: list[tuple[float, int, str]],
                                         limit: int) -> None:
    facts_lines = tuple(LineFacts.make(n, "610910", description, gross, packages=packages)
                        for n, (gross, packages, description) in enumerate(lines, start=1))
    declaration = facts(lines=facts_lines)
    predicate = f"line.gross_kg > {limit} and line.description matches words"

    def python(line: LineFacts) -> bool:
        words = normalise(line.description).split()
        phrase = any(words[i:i + 2] == ["gun", "barrel"] for i in range(len(words)))
        return line.gross_kg > limit and ("pistolj" in words or phrase)

    expected = [python(line) for line in facts_lines]
    assert evaluate(f"any line ({predicate})", declaration) is any(expected)
    assert evaluate(f"every line ({predicate})", declaration) is all(expected)
    assert evaluate(f"count line ({predicate}) == {sum(expected)}", declaration)
    per_package = [line.packages is not None and line.packages >= 1
                   and line.gross_kg / line.packages > limit for line in facts_lines]
    assert evaluate(f"any line (line.gross_kg / line.packages > {limit})",
                    declaration) is any(per_package)


# Serbian words written in both scripts (Latin with diacritics, and Cyrillic).
_SERBIAN = [
    ("pištolj", "пиштољ"), ("puška", "пушка"), ("municija", "муниција"),
    ("rezervni", "резервни"), ("delovi", "делови"), ("čaure", "чауре"),
    ("prigušivač", "пригушивач"), ("džak", "џак"), ("đubrivo", "ђубриво"),
    ("ćebad", "ћебад"), ("njiva", "њива"), ("šaržer", "шаржер"), ("hladnjak", "хладњак"),
    ("žica", "жица"), ("oružje", "оружје"), ("vatreno", "ватрено"),
]


def _ascii(latin: str) -> str:
    folded = latin.replace("đ", "dj").replace("Đ", "Dj")
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(ch))


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(range(len(_SERBIAN))), min_size=1, max_size=6),
       keyword=st.lists(st.sampled_from(range(len(_SERBIAN))), min_size=1, max_size=2),
       separators=st.lists(st.sampled_from([" ", ", ", "-", " / ", "  "]), min_size=6,
                           max_size=6))
def test_keyword_matching_ignores_case_accents_and_script(
        text: list[int], keyword: list[int], separators: list[str]) -> None:
    def join(words: list[str]) -> str:
        return "".join(word + separators[i] for i, word in enumerate(words)).strip(" ,-/")

    latin = join([_SERBIAN[i][0] for i in text])
    variants = [latin, latin.upper(), _ascii(latin), join([_SERBIAN[i][1] for i in text]),
                join([_SERBIAN[i][1] for i in text]).upper(), latin.title()]
    phrase = " ".join(_SERBIAN[i][0] for i in keyword)
    words, wanted = [_ascii(_SERBIAN[i][0]) for i in text], [_ascii(_SERBIAN[i][0])
                                                                for i in keyword]
    expected = any(words[i:i + len(wanted)] == wanted for i in range(len(words)))
    for keyword_form in (phrase, phrase.upper(), " ".join(_SERBIAN[i][1] for i in keyword)):
        keywords = NamedList("k", ListKind.KEYWORDS, (keyword_form,)).keywords
        for variant in variants:
            line = LineFacts.make(1, "930200", variant, 1.0)
            assert (keywords.find(line.padded, line.words) is not None) is expected, \
                (variant, keyword_form)
            assert (keywords.find_in(variant) is not None) is expected


def test_a_name_in_both_scripts_is_the_same_party() -> None:
    assert normalise("Петровић") == normalise("Petrović") == normalise("PETROVIC")
    history = PartyHistory([facts("P-0", consignee_name="Петровић", lodged_at=LODGED
                                  - timedelta(days=3))])
    assert evaluate("count other in history(consignee) == 1",
                    facts(consignee_name="Petrović"), history)
