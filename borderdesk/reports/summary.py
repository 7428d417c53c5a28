"""The supervisor summary's figures for a period, from plain facts (no database, no Qt).

Seizures and arms by type, by detection method, by route and by crossing come from
the cases' facts (:mod:`borderdesk.reports.iafq_facts`); rules hit and their finds,
and lane selections against inspection capacity, from plain screening facts
(:class:`Screened`). :func:`summarise` returns a :class:`Summary` that
:mod:`borderdesk.reports.summary_pdf` prints. Every case of the period is counted,
signed off or not (a supervisor reviews the work in progress too); the summary says
how many are still open.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from borderdesk.core.country_names import country_name
from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.reports.iafq import is_arm
from borderdesk.reports.iafq_codes import IafqCodes, iafq_codes
from borderdesk.reports.iafq_facts import CaseFacts

LANES = ("red", "yellow", "green")
#: Periods longer than this are charted by week instead of by day.
DAILY_UP_TO = 31
#: Routes listed one by one; the rest are one "other routes" row.
ROUTES_SHOWN = 10
OTHERS = "others"


@dataclass(frozen=True, slots=True)
class Screened:
    """A declaration lodged in the period: its local day, the lane in force, whether the
    lane was a random selection, the rules that hit, and what inspecting it found."""

    day: date
    lane: str | None
    random: bool = False
    rules: tuple[str, ...] = ()
    inspected: bool = False
    #: The worst outcome of its inspections: seizure, irregularity, nothing_found or None.
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """One line of a breakdown: a code, its label, events and arms."""

    code: str
    label: str
    events: int
    arms: int


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How one rule did: declarations it hit, how many were inspected, what was found."""

    rule: str
    hits: int
    inspected: int
    seizures: int
    irregularities: int


@dataclass(frozen=True, slots=True)
class LaneBucket:
    """Lane selections of a day or a week, and the capacity for that many days."""

    label: str
    #: A short label for under a chart's axis (the day, or the week's first day).
    short: str
    days: int
    red: int
    yellow: int
    green: int


@dataclass(frozen=True, slots=True)
class Capacity:
    """Inspections per day the crossing can do: physical (red) and document (yellow)."""

    red: int | None = None
    yellow: int | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """Every figure of the supervisor summary."""

    start: date
    end: date
    events: int
    open_events: int
    #: Events with at least one arm (an event with arms of two types counts in both rows).
    events_with_arms: int
    arms: int
    parts: int
    rounds: int
    by_type: tuple[Count, ...]
    by_method: tuple[Count, ...]
    by_route: tuple[Count, ...]
    by_crossing: tuple[Count, ...]
    declarations: int
    inspections: int
    lane_totals: dict[str, int]
    random: int
    buckets: tuple[LaneBucket, ...]
    weekly: bool
    capacity: Capacity
    rules: tuple[RuleCount, ...]

    @property
    def days(self) -> int:
        """Days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def over_capacity(self, lane: str) -> int:
        """Buckets (days or weeks) whose selections for ``lane`` exceed the capacity."""
        limit = getattr(self.capacity, lane, None)
        if limit is None:
            return 0
        return sum(getattr(b, lane) > limit * b.days for b in self.buckets)


def summarise(cases: Iterable[CaseFacts], screened: Sequence[Screened], start: date,
              end: date, capacity: Capacity | None = None,
              codes: IafqCodes | None = None) -> Summary:
    """The summary of the cases and declarations from ``start`` to ``end`` (inclusive)."""
    table = codes or iafq_codes()
    chosen = [c for c in cases if start <= c.day <= end]
    arms = {c.case_number: [i for i in c.items if is_arm(i, table)] for c in chosen}
    types = table["arm_type"]
    type_counts: Counter[str] = Counter()
    type_events: dict[str, set[str]] = defaultdict(set)
    for case in chosen:
        for arm in arms[case.case_number]:
            row = types.row_of(arm.category) or "unknown"
            type_counts[row] += 1
            type_events[row].add(case.case_number)
    by_type = tuple(Count(code, tr(types.name_of(code)), len(type_events[code]),
                          type_counts[code]) for code in types.codes if type_counts[code])
    methods = seizure_codes()["detection_method"]
    def route(case: CaseFacts) -> str:
        places = [case.countries("route_departure"), case.countries("route_destination")]
        return " > ".join(p[0] if p else "?" for p in places)

    period = [s for s in screened if start <= s.day <= end]
    return Summary(
        start, end, len(chosen), sum(c.status != "signed_off" for c in chosen),
        sum(bool(a) for a in arms.values()),
        sum(len(a) for a in arms.values()),
        sum(i.quantity for c in chosen for i in c.items if i.kind == "parts"),
        sum(i.quantity for c in chosen for i in c.items if i.kind == "ammunition"),
        by_type,
        _breakdown(chosen, arms, lambda c: c.text("detection_method") or "",
                   lambda code: methods.label(code) if code else tr("Not recorded")),
        _top(_breakdown(chosen, arms, route, lambda code: _route_label(code, country_name)),
             ROUTES_SHOWN),
        _breakdown(chosen, arms, lambda c: c.crossing or "", lambda code: code or "?"),
        len(period), sum(s.inspected for s in period),
        {lane: sum(s.lane == lane for s in period) for lane in LANES},
        sum(s.random for s in period), *_buckets(period, start, end),
        capacity or Capacity(), _rules(period))


def _breakdown(cases: Sequence[CaseFacts], arms: Mapping[str, Sequence[object]],
               key: Callable[[CaseFacts], str], label: Callable[[str], str]
               ) -> tuple[Count, ...]:
    events: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for case in cases:
        code = str(key(case))
        events[code] += 1
        counts[code] += len(arms[case.case_number])
    order = sorted(events, key=lambda code: (-counts[code], -events[code], code))
    return tuple(Count(code, str(label(code)), events[code], counts[code]) for code in order)


def _top(rows: tuple[Count, ...], shown: int) -> tuple[Count, ...]:
    """The first ``shown - 1`` rows and one row for all the others (when there are more)."""
    if len(rows) <= shown:
        return rows
    rest = rows[shown - 1:]
    return (*rows[:shown - 1], Count(OTHERS, tr("Other routes ({count})", count=len(rest)),
                                     sum(r.events for r in rest), sum(r.arms for r in rest)))


def _route_label(code: str, name_of: Callable[[str], str]) -> str:
    return " > ".join(tr("unknown") if part == "?" else f"{part} {name_of(part)}"
                      for part in code.split(" > "))


def _buckets(period: Sequence[Screened], start: date, end: date
             ) -> tuple[tuple[LaneBucket, ...], bool]:
    weekly = (end - start).days + 1 > DAILY_UP_TO
    counts: dict[date, Counter[str]] = defaultdict(Counter)
    for item in period:
        first = item.day - timedelta(days=item.day.weekday()) if weekly else item.day
        counts[max(first, start)][item.lane or ""] += 1
    buckets = []
    day = start - timedelta(days=start.weekday()) if weekly else start
    while day <= end:
        first = max(day, start)
        last = min(day + timedelta(days=6 if weekly else 0), end)
        label = (tr("week of {day}", day=first.isoformat()) if weekly else first.isoformat())
        c = counts.get(first, Counter())
        buckets.append(LaneBucket(label, first.strftime("%d.%m."), (last - first).days + 1,
                                  c["red"], c["yellow"], c["green"]))
        day += timedelta(days=7 if weekly else 1)
    return tuple(buckets), weekly


def _rules(period: Sequence[Screened]) -> tuple[RuleCount, ...]:
    figures: dict[str, Counter[str]] = defaultdict(Counter)
    for item in period:
        for rule in dict.fromkeys(item.rules):
            count = figures[rule]
            count["hits"] += 1
            count["inspected"] += item.inspected
            count["seizures"] += item.outcome == "seizure"
            count["irregularities"] += item.outcome == "irregularity"
    rows = [RuleCount(rule, f["hits"], f["inspected"], f["seizures"], f["irregularities"])
            for rule, f in figures.items()]
    return tuple(sorted(rows, key=lambda r: (-(r.seizures + r.irregularities), -r.seizures,
                                             -r.hits, r.rule)))
