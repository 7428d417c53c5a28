"""Watch lists of persons, companies and vehicles, matched fast and without losing a hit.

A party name (consignor, consignee, declarant, driver) hits a person or company
entry when::

    rapidfuzz.fuzz.token_sort_ratio(normalise(name), normalise(entry.name)) >= threshold

with :func:`borderdesk.core.text.normalise` (lower case, Cyrillic to Latin, Latin
letters folded, everything that is not a letter or digit a single space) and no
further processing. A plate (vehicle registration, trailer) hits a vehicle entry
when both have the same :func:`borderdesk.core.text.compact` form (score 100).
That is the rule "equal after removing spaces and dashes and upper-casing",
widened in the way officers expect: other punctuation is dropped too and
diacritics and Cyrillic are folded, so ``NS 482-ŠK``, ``ns-482-sk`` and
``НС 482 ШК`` are one plate. Empty names and plates (nothing left once
normalised) never hit, and no entry with an empty name ever hits.

:meth:`WatchList.match_brute_force` is that definition, pair by pair: the
reference. :meth:`WatchList.match` gives exactly the same hits, but compares each
name with a few hundred candidates instead of every entry, in C, and remembers the
hits of the names it has seen (party names recur: regular firms, forwarders and
drivers). Its candidate blocking is lossless; the argument, for a name ``a`` and
an entry ``b`` in their normalised, token-sorted forms (lengths ``la``, ``lb``,
``L = la + lb``):

1. *Sorting.* ``token_sort_ratio(x, y)`` is ``fuzz.ratio`` of the two strings
   with their whitespace-separated tokens sorted and joined by one space
   (rapidfuzz's definition; a property test checks it against rapidfuzz).
   Normalised text has single spaces between tokens, so each form is computed
   once: entries at construction, a name once per call.
2. *Distance.* ``fuzz.ratio = 100 * (1 - d / L)`` where ``d`` is the Indel
   distance (insertions and deletions only), ``d = L - 2 * lcs``. So a hit needs
   ``d <= k(L)``, the largest integer with ``100 * (1 - k / L) >= threshold``
   (computed with a small slack upwards, so rounding can only keep a pair), and
   of the parity of ``L`` (``d`` always has it). A hit score of 100 is equality.
3. *Lengths.* ``d >= |la - lb|``, so only entries with ``|la - lb| <= k(la + lb)``
   can hit: each name length has a window of entry lengths.
4. *q-grams.* Pad both strings with ``q - 1`` sentinels at each end (the
   distance is unchanged): each has ``l + q - 1`` q-grams. Take an optimal
   alignment, in which ``a`` loses ``d_del`` characters and receives ``d_ins``
   insertions. A deleted character spoils at most ``q`` q-grams of ``a``, an
   insertion point at most ``q - 1`` (those spanning it); every other q-gram of
   ``a`` is also one of ``b``, at a distinct position. With ``d_del - d_ins =
   la - lb`` and ``d_del + d_ins = d`` that leaves at least ``T(L, d) = (L - d) / 2
   - (q - 1) * (d - 1)`` q-grams in common, counted as multisets (the same count
   from ``b``'s side; an integer, ``L - d`` being even). ``T`` falls as ``d``
   grows, so a hit shares at least ``T(L) = T(L, k(L))``.
5. *Prefixes.* Order all q-grams by how few entries contain them, rarest first.
   If two sets ``A`` and ``B`` share ``T >= 1`` elements, the first ``|A| - T + 1``
   of ``A`` and the first ``|B| - T + 1`` of ``B`` share one: the smallest common
   element has at least ``T - 1`` common elements after it in each. The q-grams
   are kept as sets (a repeat counts once): the set intersection is smaller than
   the multiset one by at most either side's repeats ``r``, so a prefix of
   ``(l + q - 1) - T + 1`` distinct q-grams (the multiset size, which is the set
   size plus ``r``) still reaches that element; and two strings that share a
   q-gram at all share at least one distinct one. An entry is indexed under its
   first ``(lb + q - 1) - Tmin + 1`` q-grams, ``Tmin`` the least ``T(L)`` over the
   name lengths it can hit; a name looks up its first ``(la + q - 1) - Tmin' + 1``,
   ``Tmin'`` the least over its window (q-grams no entry has come first and have
   no entries). A longer prefix only keeps more candidates.
6. *Fallback.* Where that least bound is 0 or less there is nothing to filter
   with: such an entry is a candidate for every name in its length window, and
   such a name is compared with every entry in its window. ``q`` is chosen from
   the threshold (3 at the default 90, 2 from 80, 1 from 50) so that, in fact,
   this never happens (a test checks it); below 50, where nearly every pair
   hits, there is no index and every name is compared with every entry in its
   length window.

Candidates (a few hundred of 10,000 on realistic names at 90) are scored with
``fuzz.ratio`` on the sorted forms by ``rapidfuzz.process.extract``, with a cutoff
a hair below the threshold, and each one that passes is scored again with the
exact call of the definition: the decision and the score reported are the brute
force's.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from borderdesk.core.i18n import mark, tr
from borderdesk.core.text import compact, normalise

WatchKind = Literal["person", "company", "vehicle"]

#: The kinds of entry compared with party names, and with plates.
NAME_KINDS: frozenset[str] = frozenset({"person", "company"})
PLATE_KINDS: frozenset[str] = frozenset({"vehicle"})

#: The party fields and plate fields of a declaration, in their usual order.
PARTY_FIELDS = ("consignor.name", "consignee.name", "declarant.name", "driver.name")
PLATE_FIELDS = ("vehicle.registration", "vehicle.trailer")

_KIND_WORDS = {"person": mark("person"), "company": mark("company"), "vehicle": mark("vehicle")}

# Sentinels padding the sorted forms: normalised text holds no control characters.
_PAD_START = "\x00"
_PAD_END = "\x01"
# Slack for floating-point rounding: bounds are widened by it, never narrowed.
_SLACK = 1e-7
# rapidfuzz's own cutoff sits this far below the threshold; the exact test follows.
_CUTOFF_MARGIN = 1e-6
# The q-gram length at the default threshold; lower thresholds use shorter ones.
_Q_MAX = 3
#: The least threshold with a q-gram index; below it (where nearly every pair hits)
#: each name is compared with every entry in its window of lengths.
INDEX_FROM = 50.0
# Names remembered with their hits (party names recur: carriers, drivers, firms), by
# the name as written and by its normalised form.
_CACHE_SIZE = 32_768

_EMPTY: tuple[int, ...] = ()
_NO_HITS: tuple[tuple[int, float], ...] = ()


@dataclass(frozen=True, slots=True)
class WatchEntry:
    """One entry of a watch list: a person, a company or a vehicle."""

    kind: WatchKind
    #: The name as listed (the plate, for a vehicle).
    name: str
    note: str = ""
    #: The line of the CSV file it came from (0 when it did not come from a file).
    line: int = 0


@dataclass(frozen=True, slots=True)
class WatchHit:
    """A declaration's field that matches a watch-list entry, and how well."""

    entry: WatchEntry
    #: ``consignor.name``, ``consignee.name``, ``declarant.name``, ``driver.name``,
    #: ``vehicle.registration`` or ``vehicle.trailer``.
    field: str
    #: The declaration's value as written.
    value: str
    #: ``token_sort_ratio`` of the normalised forms, 0 to 100 (100 for plates).
    score: float

    def explain(self) -> str:
        """The hit in words, for the officer and the analyst."""
        return tr(
            "{field} '{value}' matches watch-list {kind} '{name}' (score {score})",
            field=self.field,
            value=self.value,
            kind=kind_word(self.entry.kind),
            name=self.entry.name,
            score=format_score(self.score),
        )


def kind_word(kind: str) -> str:
    """``person``, ``company`` or ``vehicle`` in the user's language."""
    return tr(_KIND_WORDS.get(kind, kind))


def format_score(score: float) -> str:
    """A score as people read it: ``100``, ``93.3`` (one decimal, rounded down).

    Rounded down so that a score just under 100 never reads as 100.
    """
    tenths = math.floor(score * 10 + 1e-9) / 10
    return f"{tenths:g}"


def sorted_form(normalised: str) -> str:
    """The tokens of ``normalised`` sorted and joined by single spaces (token_sort's form)."""
    return " ".join(sorted(normalised.split()))


def max_distance(total_length: int, threshold: float) -> int:
    """The largest Indel distance a pair of total length ``total_length`` may have and still hit.

    The largest ``d`` with ``100 * (1 - d / total_length) >= threshold``, widened by a
    rounding slack, lowered to the parity of ``total_length`` (the only parity an Indel
    distance between strings of that total length has), never above ``total_length``.
    """
    raw = math.floor(total_length * (100.0 - threshold) / 100.0 + _SLACK)
    k = min(max(raw, 0), total_length)
    if (total_length - k) % 2:
        k -= 1
    return k


def common_qgram_bound(total_length: int, distance: int, q: int) -> int:
    """The least number of padded q-grams two strings at Indel ``distance`` share.

    ``(total_length - distance) / 2 - (q - 1) * (distance - 1)``: see the module's notes.
    """
    return (total_length - distance) // 2 - (q - 1) * (distance - 1)


def qgram_length(threshold: float) -> int:
    """The q-gram length for ``threshold``: the longest (up to 3) whose bound stays positive.

    With ``r = (100 - threshold) / 100`` a hit has ``d <= r * L`` and so shares at least
    ``L * ((1 - r) / 2 - (q - 1) * r)`` q-grams (roughly): positive for every length when
    ``q - 1 < (1 - r) / (2 * r)``. Half of that margin is kept, so that short strings,
    where rounding bites, are still filtered.
    """
    r = (100.0 - threshold) / 100.0
    if r <= 0:
        return _Q_MAX
    limit = (1 - r) / (2 * r)
    return max(1, min(_Q_MAX, 1 + math.floor(limit / 2)))


class _LengthTable:
    """Per length, the window of partner lengths and the least q-gram bound over it."""

    def __init__(self, threshold: float, q: int) -> None:
        self.threshold = threshold
        self.q = q
        self._windows: dict[int, tuple[int, int, int]] = {}

    def window(self, length: int) -> tuple[int, int, int]:
        """``(lo, hi, bound)``: partner lengths ``lo..hi`` can hit; ``bound`` the least ``T``.

        The window holds every length ``m`` with ``|length - m| <= k(length + m)``;
        ``bound`` is the least :func:`common_qgram_bound` over it (a lower bound over
        the feasible lengths, which is all the filter needs).
        """
        found = self._windows.get(length)
        if found is not None:
            return found
        threshold, q = self.threshold, self.q
        r = (100.0 - threshold) / 100.0
        if threshold < INDEX_FROM:
            # No index below 50 (nearly every pair hits): a window of lengths only.
            # |l - m| <= k <= r (l + m) + slack bounds m by l (1 -+ r) / (1 +- r), widened.
            low = max(1, math.floor(length * (1 - r) / (1 + r)) - 1)
            high = math.ceil(length * (1 + r) / (1 - r)) + 1 if r < 0.99 else 1 << 62
            found = (low, high, 0)
            self._windows[length] = found
            return found
        # |l - m| <= r (l + m) gives m <= l (1 + r) / (1 - r); two more for rounding.
        top = int(length * (1 + r) / (1 - r)) + 2
        lo: int | None = None
        hi = 0
        bound: int | None = None
        for m in range(1, top + 1):  # names and entries are never empty
            total = length + m
            k = max_distance(total, threshold)
            if abs(length - m) <= k:
                if lo is None:
                    lo = m
                hi = m
                t = common_qgram_bound(total, k, q)
                bound = t if bound is None else min(bound, t)
        # (1, 0, 0): no partner length can hit.
        found = (1, 0, 0) if lo is None or bound is None else (lo, hi, bound)
        self._windows[length] = found
        return found


def qgram_set(text: str, q: int) -> set[str]:
    """The distinct q-grams of ``text`` padded with ``q - 1`` sentinels at each end.

    ``text`` has ``len(text) + q - 1`` padded q-grams in all; a repeated one counts once
    here. The prefix filter stays exact with sets: the set intersection is at most the
    repeats of either side below the multiset's, and a prefix of ``|multiset| - T + 1``
    elements of the set is exactly that much longer than the set's own.
    """
    padded = _PAD_START * (q - 1) + text + _PAD_END * (q - 1)
    if q == 1:
        return set(padded)
    return set(map("".join, zip(*(padded[i:] for i in range(q)), strict=False)))


class WatchList:
    """Watch-list entries with their threshold, indexed for fast, lossless matching.

    Immutable once made (a new threshold or new entries make a new list), and safe to
    share between threads: its only changing parts are caches of results.
    """

    __slots__ = (
        "_always",
        "_by_length",
        "_cutoff",
        "_entries",
        "_ids_of",
        "_length_keys",
        "_name_cache",
        "_normalised",
        "_normalised_cache",
        "_plates",
        "_post_lengths",
        "_post_texts",
        "_q",
        "_ranks",
        "_table",
        "_threshold",
    )

    def __init__(self, entries: Sequence[WatchEntry], threshold: float = 90.0) -> None:
        if math.isnan(threshold) or not 0.0 <= threshold <= 100.0:
            raise ValueError(tr("a watch-list threshold is between 0 and 100, not {value}",
                                value=threshold))
        self._entries: tuple[WatchEntry, ...] = tuple(entries)
        self._threshold = float(threshold)
        self._cutoff = max(0.0, self._threshold - _CUTOFF_MARGIN)
        self._q = qgram_length(self._threshold)
        self._table = _LengthTable(self._threshold, self._q)
        self._name_cache: dict[str, tuple[tuple[int, float], ...]] = {}
        self._normalised_cache: dict[str, tuple[tuple[int, float], ...]] = {}

        # Every entry's normalised form (what the brute force compares too).
        self._normalised: tuple[str, ...] = tuple(
            normalise(e.name) if e.kind in NAME_KINDS else "" for e in self.entries)
        # Plates: compact form -> entry indexes.
        self._plates: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            if entry.kind in PLATE_KINDS:
                plate = compact(entry.name)
                if plate:
                    self._plates.setdefault(plate, []).append(i)
        # Names: each distinct token-sorted form of the person and company entries, with
        # the entries that have it; the forms shortest first.
        self._ids_of: dict[str, list[int]] = {}
        for i, name in enumerate(self._normalised):
            if name:
                self._ids_of.setdefault(sorted_form(name), []).append(i)
        self._by_length: list[str] = sorted(self._ids_of, key=lambda t: (len(t), t))
        self._length_keys: list[int] = [len(t) for t in self._by_length]
        self._ranks: dict[str, int] = {}
        self._post_texts: list[list[str]] = []
        self._post_lengths: list[list[int]] = []
        self._always: dict[int, list[str]] = {}
        if INDEX_FROM <= self._threshold < 100.0:
            self._build_index()

    # --- the public face -------------------------------------------------------

    @property
    def threshold(self) -> float:
        """The least ``token_sort_ratio`` score that counts as a hit (0 to 100)."""
        return self._threshold

    @property
    def entries(self) -> tuple[WatchEntry, ...]:
        """The entries, in the order given (duplicates kept; each hits a field once)."""
        return self._entries

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"WatchList({len(self.entries)} entries, threshold={self._threshold:g})"

    def match(self, parties: Mapping[str, str | None],
              plates: Mapping[str, str | None]) -> list[WatchHit]:
        """The hits of a declaration's party names and plates, as :meth:`match_brute_force`.

        ``parties`` maps a field (``consignor.name``...) to its name, ``plates`` a field
        (``vehicle.registration``, ``vehicle.trailer``) to its plate; ``None`` and empty
        values are skipped. Hits come sorted by field (in the order given: parties, then
        plates), best score first, then by the entry's line; each (field, entry) once.
        """
        found: list[tuple[int, float, int, str, str]] = []
        order = 0
        cache = self._name_cache
        for field, value in parties.items():
            if value:
                hits = cache.get(value)
                if hits is None:
                    hits = self._name_hits(value)
                    if len(cache) >= _CACHE_SIZE:
                        cache.clear()
                    cache[value] = hits
                for index, score in hits:
                    found.append((order, score, index, field, value))
            order += 1
        if self._plates:
            for field, value in plates.items():
                if value:
                    plate = compact(value)
                    for index in self._plates.get(plate, _EMPTY) if plate else _EMPTY:
                        found.append((order, 100.0, index, field, value))
                order += 1
        return self._hits(found) if found else []

    def match_brute_force(self, parties: Mapping[str, str | None],
                          plates: Mapping[str, str | None]) -> list[WatchHit]:
        """The hits by comparing every field with every entry: the definition, slowly."""
        found: list[tuple[int, float, int, str, str]] = []
        threshold = self._threshold
        order = 0
        for field, value in parties.items():
            name = normalise(value) if value else ""
            if value and name:
                for index, entry in enumerate(self.entries):
                    listed = self._normalised[index]
                    if entry.kind in NAME_KINDS and listed:
                        score = fuzz.token_sort_ratio(name, listed, processor=None)
                        if score >= threshold:
                            found.append((order, score, index, field, value))
            order += 1
        for field, value in plates.items():
            plate = compact(value) if value else ""
            if value and plate:
                for index, entry in enumerate(self.entries):
                    if entry.kind in PLATE_KINDS and compact(entry.name) == plate:
                        found.append((order, 100.0, index, field, value))
            order += 1
        return self._hits(found)

    # --- matching ----------------------------------------------------------------

    def _hits(self, found: Iterable[tuple[int, float, int, str, str]]) -> list[WatchHit]:
        """Hits in their order (field, best score, entry line, entry), each (field, entry) once."""
        entries = self.entries
        ordered = sorted(found, key=lambda f: (f[0], -f[1], entries[f[2]].line, f[2]))
        hits: list[WatchHit] = []
        seen: set[tuple[int, WatchEntry]] = set()
        for order, score, index, field, value in ordered:
            key = (order, entries[index])
            if key not in seen:
                seen.add(key)
                hits.append(WatchHit(entries[index], field, value, score))
        return hits

    def _name_hits(self, value: str) -> tuple[tuple[int, float], ...]:
        """``(entry index, score)`` of every person or company entry the name ``value`` hits."""
        name = normalise(value)
        if not name or not self._by_length:
            return _NO_HITS
        cache = self._normalised_cache
        hits = cache.get(name)
        if hits is None:
            hits = self._normalised_hits(name)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[name] = hits
        return hits

    def _normalised_hits(self, name: str) -> tuple[tuple[int, float], ...]:
        text = sorted_form(name)
        if self._threshold >= 100.0:
            return tuple((i, 100.0) for i in self._ids_of.get(text, _EMPTY))
        candidates = self._candidates(text)
        if not candidates:
            return _NO_HITS
        found = process.extract(text, candidates, scorer=fuzz.ratio, processor=None,
                                score_cutoff=self._cutoff, limit=None)
        if not found:
            return _NO_HITS
        # The definition's own call decides, and gives the score reported.
        threshold = self._threshold
        normalised = self._normalised
        hits: dict[int, float] = {}
        for listed, _score, _position in found:
            for i in self._ids_of[listed]:
                if i not in hits:
                    score = fuzz.token_sort_ratio(name, normalised[i], processor=None)
                    if score >= threshold:
                        hits[i] = score
        return tuple(hits.items())

    def _candidates(self, text: str) -> list[str]:
        """The sorted forms that may hit the sorted form ``text``: a lossless superset
        (with repeats)."""
        length = len(text)
        lo, hi, bound = self._table.window(length)
        if lo > hi:
            return []
        if bound <= 0:
            # Nothing to filter with: every form whose length is in the window.
            keys = self._length_keys
            return self._by_length[bisect_left(keys, lo):bisect_right(keys, hi)]
        candidates = self._always.get(length)
        if candidates is None:
            candidates = self._always[length] = self._unindexed(lo, hi)
        candidates = candidates.copy()
        q = self._q
        grams = qgram_set(text, q)
        ranks = [r for r in map(self._ranks.get, grams) if r is not None]
        # The prefix is |A| - T + 1 long, |A| = length + q - 1 counting repeats; the
        # q-grams no entry has come first in the order, and hold no postings.
        take = length + q - bound - (len(grams) - len(ranks))
        if take > 0:
            ranks.sort()
            post_texts = self._post_texts
            post_lengths = self._post_lengths
            for r in ranks[:take]:
                lengths = post_lengths[r]
                start = bisect_left(lengths, lo)
                stop = bisect_right(lengths, hi, start)
                if start < stop:
                    candidates += post_texts[r][start:stop]
        return candidates

    def _unindexed(self, lo: int, hi: int) -> list[str]:
        """The forms in no posting list (no positive bound of their own), lengths ``lo..hi``."""
        keys = self._length_keys
        window = self._by_length[bisect_left(keys, lo):bisect_right(keys, hi)]
        return [t for t in window if self._table.window(len(t))[2] <= 0]

    # --- the index -------------------------------------------------------------

    def _build_index(self) -> None:
        """Order the q-grams rarest first and index each sorted form under its prefix."""
        q = self._q
        grams_of = [qgram_set(text, q) for text in self._by_length]
        counts: Counter[str] = Counter()
        for grams in grams_of:
            counts.update(grams)
        ordered = sorted(counts, key=lambda g: (counts[g], g))
        self._ranks = ranks = {g: r for r, g in enumerate(ordered)}
        self._post_texts = [[] for _ in ordered]
        self._post_lengths = [[] for _ in ordered]
        for text, grams in zip(self._by_length, grams_of, strict=True):
            bound = self._table.window(len(text))[2]
            if bound <= 0:
                continue  # a candidate for every name in its window (see _unindexed)
            # The prefix: |B| - T + 1 of the set, |B| = length + q - 1. Forms come
            # shortest first, so every posting list is in order of length.
            for r in sorted(ranks[g] for g in grams)[:len(text) + q - bound]:
                self._post_texts[r].append(text)
                self._post_lengths[r].append(len(text))
