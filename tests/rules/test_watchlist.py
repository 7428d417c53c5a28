"""Watch lists: names across scripts and spellings, plates, and blocking equal to brute force."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from borderdesk.core.text import normalise
from borderdesk.rules.watchlist import (
    PARTY_FIELDS,
    PLATE_FIELDS,
    WatchEntry,
    WatchHit,
    WatchKind,
    WatchList,
    common_qgram_bound,
    format_score,
    max_distance,
    qgram_length,
    sorted_form,
)


def parties(**names: str | None) -> dict[str, str | None]:
    """Party fields, ``consignee="X"`` for ``consignee.name``; the others empty."""
    return {field: names.get(field.split(".")[0]) for field in PARTY_FIELDS}


def plates(registration: str | None = None, trailer: str | None = None) -> dict[str, str | None]:
    return {"vehicle.registration": registration, "vehicle.trailer": trailer}


# --- names ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("kind", "listed", "field", "written", "score"),
    [
        # Script, diacritics and case do not matter.
        ("person", "Петровић", "consignee", "Petrovic", 100.0),
        ("person", "Petrovic", "consignee", "PETROVIĆ", 100.0),
        ("person", "PETROVIĆ", "driver", "Петровић", 100.0),
        ("person", "Драган Петровић", "consignee", "Dragan Petrovic", 100.0),
        # Word order does not matter (token sort).
        ("person", "Dragan Petrović", "declarant", "Petrović Dragan", 100.0),
        ("person", "Dragan Petrović", "consignor", "PETROVIĆ, Dragan", 100.0),
        # Close spellings hit with their score...
        ("person", "Dragan Petrović", "driver", "Dragana Petrović", 96.7741935483871),
        ("company", "Anadolu Tekstil A.Ş.", "consignor", "ANADOLU TEKSTIL AS", 91.89189189189189),
        # ...exactly at the threshold too (d = 2 of 20 characters: 90.0)...
        ("person", "Luka Jović", "driver", "Luka Jovac", 90.0),
        # ...and a company entry may hit the driver's name.
        ("company", "Marko Marković", "driver", "Marko Markovic", 100.0),
        # Near misses, just below 90.
        ("person", "Jovan Trpkovski", "consignee", "Ivan Trpkovski", None),
        ("person", "Dragan Petrović", "consignee", "Dragan Pavlović", None),
        ("company", "Anadolu Tekstil A.Ş.", "consignor", "Anadolu Tekstil Ltd", None),
        # A vehicle entry never hits a name, even one written like its plate.
        ("vehicle", "NS 482-ŠK", "driver", "NS 482-ŠK", None),
        # Empty names never hit.
        ("person", "Petrović", "consignee", "   ", None),
        ("person", "Petrović", "consignee", "-- / --", None),
        ("person", "—", "consignee", "—", None),
        ("person", "", "consignee", "", None),
    ],
)
def test_names_match_across_scripts_spellings_and_word_order(
        kind: WatchKind, listed: str, field: str, written: str, score: float | None) -> None:
    entry = WatchEntry(kind, listed, "", 7)
    watchlist = WatchList([entry])
    hits = watchlist.match(parties(**{field: written}), plates())
    assert hits == watchlist.match_brute_force(parties(**{field: written}), plates())
    if score is None:
        assert hits == []
    else:
        assert hits == [WatchHit(entry, f"{field}.name", written, score)]
        # The score is rapidfuzz's own, on the normalised forms.
        assert score == fuzz.token_sort_ratio(normalise(written), normalise(listed),
                                              processor=None)


def test_the_threshold_is_the_lists_own() -> None:
    entry = WatchEntry("person", "Jovan Trpkovski")
    near = parties(consignee="Ivan Trpkovski")  # 89.66
    assert WatchList([entry]).match(near, plates()) == []
    assert len(WatchList([entry], threshold=85).match(near, plates())) == 1
    exact_only = WatchList([entry], threshold=100)
    assert exact_only.match(near, plates()) == []
    assert len(exact_only.match(parties(driver="ТРПКОВСКИ Јован"), plates())) == 1
    everything = WatchList([entry], threshold=0)
    assert len(everything.match(parties(driver="Zeynep Yılmaz"), plates())) == 1
    assert everything.match(parties(driver=" . "), plates()) == []


@pytest.mark.parametrize("threshold", [-1.0, 100.5, math.nan, math.inf])
def test_a_threshold_outside_0_to_100_is_refused(threshold: float) -> None:
    with pytest.raises(ValueError, match="between 0 and 100"):
        WatchList([], threshold=threshold)


# --- plates --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("listed", "written", "hit"),
    [
        ("NS 482-ŠK", "ns-482-sk", True),
        ("NS 482-ŠK", "NS482SK", True),
        ("NS-482-SK", "НС 482 ШК", True),  # Cyrillic letters on a plate fold too
        ("BG 123-AB", "BG 123.AB", True),
        ("BG 123-AB", "BG 123-AC", False),
        ("BG 123-AB", "BG 1234-AB", False),
        ("BG 123-AB", " - ", False),
    ],
)
def test_plates_match_when_equal_without_spaces_dashes_and_case(
        listed: str, written: str, hit: bool) -> None:
    entry = WatchEntry("vehicle", listed, "stolen", 3)
    watchlist = WatchList([entry])
    hits = watchlist.match(parties(), plates(registration=written))
    assert hits == watchlist.match_brute_force(parties(), plates(registration=written))
    assert hits == ([WatchHit(entry, "vehicle.registration", written, 100.0)] if hit else [])


def test_a_trailer_plate_hits_and_a_person_never_hits_a_plate() -> None:
    trailer = WatchEntry("vehicle", "SU 778-PR", line=2)
    person = WatchEntry("person", "BG 123 AB", line=3)
    watchlist = WatchList([trailer, person])
    hits = watchlist.match(parties(), plates(registration="BG 123 AB", trailer="su778pr"))
    assert hits == [WatchHit(trailer, "vehicle.trailer", "su778pr", 100.0)]
    assert hits[0].explain() == (
        "vehicle.trailer 'su778pr' matches watch-list vehicle 'SU 778-PR' (score 100)")


# --- hits ----------------------------------------------------------------------

def test_hits_come_by_field_then_score_then_line_each_field_and_entry_once() -> None:
    a = WatchEntry("person", "Dragana Petrović", line=9)
    b = WatchEntry("company", "Dragan Petrović", line=5)
    c = WatchEntry("person", "Petrović Dragan", line=4)
    d = WatchEntry("vehicle", "NS 482-ŠK", line=2)
    watchlist = WatchList([a, b, c, d, c])  # c listed twice: one hit per field
    declaration = parties(consignor="Dragan Petrović", driver="Dragana Petrovic")
    hits = watchlist.match(declaration, plates(registration="NS-482-SK"))
    assert [(h.field, h.entry.line, round(h.score, 1)) for h in hits] == [
        ("consignor.name", 4, 100.0),   # same score as b: lower line first
        ("consignor.name", 5, 100.0),
        ("consignor.name", 9, 96.8),
        ("driver.name", 9, 100.0),
        ("driver.name", 4, 96.8),
        ("driver.name", 5, 96.8),
        ("vehicle.registration", 2, 100.0),
    ]
    assert hits == watchlist.match_brute_force(declaration, plates(registration="NS-482-SK"))
    # The fields come in the order given.
    reordered = dict(reversed(list(declaration.items())))
    assert watchlist.match(reordered, {})[0].field == "driver.name"


def test_a_hit_explains_itself() -> None:
    entry = WatchEntry("person", "Драган Петровић")
    [hit] = WatchList([entry]).match(parties(consignee="Dragan Petrovic"), plates())
    assert hit.explain() == (
        "consignee.name 'Dragan Petrovic' matches watch-list person 'Драган Петровић' "
        "(score 100)")
    assert WatchHit(entry, "driver.name", "x", 96.7741935483871).explain().endswith(
        "(score 96.7)")


@pytest.mark.parametrize(("score", "shown"), [(100.0, "100"), (90.0, "90"),
                                              (96.7741935483871, "96.7"), (99.99, "99.9")])
def test_scores_read_rounded_down_to_a_tenth(score: float, shown: str) -> None:
    assert format_score(score) == shown


def test_repeated_names_give_the_same_hits() -> None:
    watchlist = WatchList([WatchEntry("person", "Dragan Petrović")])
    first = watchlist.match(parties(driver="Petrovic Dragan"), {})
    assert watchlist.match(parties(driver="Petrovic Dragan"), {}) == first
    assert watchlist.match(parties(consignee="PETROVIC  DRAGAN"), {})[0].score == 100.0
    assert len(watchlist) == 1
    assert watchlist.threshold == 90.0


# --- the pieces of the blocking ------------------------------------------------

# Whitespace both Python and rapidfuzz split on. (rapidfuzz does not split 8-bit text
# on U+0085 or U+00A0; normalised text has neither, only single ASCII spaces.)
_BLANKS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\u2003\u3000"
_LETTERS = "abcdeijkoprsčćšžđабвгджђшчћ0123-.'"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LETTERS + _BLANKS, max_size=40),
       st.text(alphabet=_LETTERS + _BLANKS, max_size=40))
def test_token_sort_ratio_is_ratio_of_the_sorted_forms(a: str, b: str) -> None:
    expected = fuzz.token_sort_ratio(a, b, processor=None)
    assert fuzz.ratio(sorted_form(a), sorted_form(b)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_token_sort_ratio_is_ratio_of_the_sorted_forms_after_normalising(a: str, b: str) -> None:
    a, b = normalise(a), normalise(b)
    assert "\x85" not in a + b and "\xa0" not in a + b
    assert " ".join(a.split()) == a  # single spaces between tokens, none at the ends
    assert fuzz.ratio(sorted_form(a), sorted_form(b)) == fuzz.token_sort_ratio(
        a, b, processor=None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcab ", max_size=30), st.text(alphabet="abcab ", max_size=30),
       st.integers(min_value=1, max_value=5))
def test_strings_at_indel_distance_d_share_the_q_grams_the_bound_promises(
        a: str, b: str, q: int) -> None:
    def grams(text: str) -> Counter[str]:
        padded = "\x00" * (q - 1) + text + "\x01" * (q - 1)
        return Counter(padded[i:i + q] for i in range(len(padded) - q + 1))

    distance = Indel.distance(a, b)
    common = sum((grams(a) & grams(b)).values())
    assert common >= common_qgram_bound(len(a) + len(b), distance, q)


@given(st.integers(min_value=1, max_value=400),
       st.floats(min_value=0, max_value=100, allow_nan=False))
def test_max_distance_keeps_every_distance_that_can_hit(total: int, threshold: float) -> None:
    k = max_distance(total, threshold)
    for d in range(total % 2, total + 1, 2):  # the Indel distances of that parity
        # Both ways of computing the score (rapidfuzz's Python and C++ versions).
        hits = 100 * (1 - d / total) >= threshold or 100 - 100 * d / total >= threshold
        assert not hits or d <= k


def test_the_q_gram_length_keeps_the_bound_positive() -> None:
    assert qgram_length(90) == 3
    assert qgram_length(80) == 2
    assert qgram_length(50) == 1
    # Above 0 every pair that can hit shares a q-gram: the filter always has a bound.
    for threshold in (0.5, 10, 50, 60, 70, 75, 80, 85, 90, 95, 99, 99.9):
        q = qgram_length(threshold)
        for total in range(1, 600):
            k = max_distance(total, threshold)
            if k >= 0:
                assert common_qgram_bound(total, k, q) >= 1, (threshold, total)


# --- blocking equals brute force -------------------------------------------------

_TOKENS = ["Petrović", "Петровић", "petrovic", "Dragan", "Драган", "Dragana", "Jovan", "Јован",
           "Ivan", "Marko", "Marković", "Ana", "Yılmaz", "Hoxha", "Krasniqi", "Đorđević",
           "Trpkovski", "Anadolu", "Tekstil", "d.o.o.", "A.Ş.", "DOOEL", "Ltd", "a", "B", "Ž",
           "Sava", "Trans", "Impex", "7", "1999", "Шар"]
_EDIT_LETTERS = "aeoinrsvcćčšžђјл -."
_SEPARATORS = [" ", "  ", "\t", "-", ". ", ", ", " / "]


_EDITS = st.lists(st.tuples(st.sampled_from(["insert", "delete", "substitute", "case"]),
                            st.integers(min_value=0, max_value=1000),
                            st.sampled_from(_EDIT_LETTERS)), max_size=4)
_ODD_NAMES = st.sampled_from(["", " ", "  \t ", "-", ".", "—", "a", "Ž", "7"])
_SPELT_NAMES = st.builds(
    lambda words: "".join(token + separator for token, separator in words).strip(),
    st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from(_SEPARATORS)),
             min_size=1, max_size=4))
_LONG_NAMES = st.builds(lambda words, times: " ".join([words] * times), _SPELT_NAMES,
                        st.integers(min_value=4, max_value=15))


def edit(name: str, edits: list[tuple[str, int, str]]) -> str:
    """``name`` with the random insertions, deletions, substitutions and case changes."""
    letters = list(name)
    for action, place, letter in edits:
        at = place % (len(letters) + 1)
        if action == "insert":
            letters.insert(at, letter)
        elif at < len(letters) and action == "delete":
            del letters[at]
        elif at < len(letters) and action == "substitute":
            letters[at] = letter
        elif at < len(letters):
            letters[at] = letters[at].swapcase()
    return "".join(letters)


NAMES = st.one_of(
    _ODD_NAMES,
    st.builds(edit, _SPELT_NAMES, _EDITS),
    st.builds(edit, _SPELT_NAMES, _EDITS),
    st.builds(edit, _LONG_NAMES, _EDITS),
)
KINDS: st.SearchStrategy[WatchKind] = st.sampled_from(["person", "company", "vehicle"])
ENTRIES = st.lists(st.builds(WatchEntry, KINDS, NAMES, st.just(""), st.integers(0, 5)),
                   max_size=25)


_PICK = st.integers(min_value=0, max_value=10**6)
_OTHER = st.one_of(st.none(), NAMES)


@st.composite
def declarations(draw: st.DrawFn, entries: list[WatchEntry]
                 ) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Party names and plates, most of them spellings of listed names (so that hits occur)."""
    found: list[str | None] = []
    for _ in range(6):
        pick = draw(_PICK)
        if entries and pick % 3:
            found.append(edit(entries[pick % len(entries)].name, draw(_EDITS)))
        else:
            found.append(draw(_OTHER))
    return (dict(zip(PARTY_FIELDS, found[:4], strict=True)),
            dict(zip(PLATE_FIELDS, found[4:], strict=True)))


THRESHOLDS = st.one_of(st.sampled_from([0.0, 50.0, 80.0, 90.0, 95.0, 100.0]),
                       st.floats(min_value=0, max_value=100, allow_nan=False))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), ENTRIES, THRESHOLDS)
def test_match_gives_exactly_the_hits_of_brute_force(
        data: st.DataObject, entries: list[WatchEntry], threshold: float) -> None:
    watchlist = WatchList(entries, threshold=threshold)
    for _ in range(3):
        party_names, plate_values = data.draw(declarations(entries))
        assert watchlist.match(party_names, plate_values) == watchlist.match_brute_force(
            party_names, plate_values)


def _large_list(seed: int = 93) -> list[WatchEntry]:
    """400 realistic entries (the index only starts to prune with many)."""
    rng = random.Random(seed)
    first = ["Dragan", "Драган", "Marko", "Jovan", "Ivan", "Ana", "Mehmet", "Arben", "Elif",
             "Goce", "Zoran", "Jelena", "Ђорђе", "Besnik", "Yusuf"]
    last = ["Petrović", "Петровић", "Marković", "Jovanović", "Hoxha", "Yılmaz", "Trpkovski",
            "Krasniqi", "Đorđević", "Popović", "Kaya", "Stojanovski", "Babić", "Nikolić"]
    words = ["Anadolu", "Tekstil", "Sava", "Trans", "Impex", "Vardar", "Promet", "Drina",
             "Балкан", "Metal", "Agro"]
    suffix = ["d.o.o.", "A.Ş.", "DOOEL", "Sh.p.k.", "Ltd", ""]
    entries = []
    for line in range(2, 402):
        roll = rng.random()
        kind: WatchKind
        if roll < 0.5:
            kind, name = "person", f"{rng.choice(first)} {rng.choice(last)}"
        elif roll < 0.9:
            kind, name = "company", f"{rng.choice(words)} {rng.choice(words)} {rng.choice(suffix)}"
        else:
            kind = "vehicle"
            name = f"BG {rng.randint(100, 999)}-{rng.choice('ABCŠŽ')}{rng.choice('KLMN')}"
        entries.append(WatchEntry(kind, name, "", line))
    return entries


_LARGE = _large_list()
_LARGE_LISTS = {t: WatchList(_LARGE, threshold=t) for t in (50.0, 80.0, 90.0, 95.0, 100.0)}


@settings(max_examples=150, deadline=None)
@given(st.data(), st.sampled_from(sorted(_LARGE_LISTS)))
def test_match_gives_exactly_the_hits_of_brute_force_on_a_large_list(
        data: st.DataObject, threshold: float) -> None:
    watchlist = _LARGE_LISTS[threshold]
    party_names, plate_values = data.draw(declarations(_LARGE))
    assume(any(party_names.values()) or any(plate_values.values()))
    assert watchlist.match(party_names, plate_values) == watchlist.match_brute_force(
        party_names, plate_values)


@settings(max_examples=100, deadline=None)
@given(st.data(), st.sampled_from([50.0, 80.0, 90.0]))
def test_entries_and_names_without_a_bound_are_compared_directly(
        data: st.DataObject, threshold: float) -> None:
    # With q-grams this long the bound is 0 or less for longer strings at these
    # thresholds, so those entries and names take the unfiltered paths.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("borderdesk.rules.watchlist.qgram_length", lambda _threshold: 8)
        watchlist = WatchList(_LARGE[:120], threshold=threshold)
    party_names, plate_values = data.draw(declarations(_LARGE[:120]))
    assert watchlist.match(party_names, plate_values) == watchlist.match_brute_force(
        party_names, plate_values)
