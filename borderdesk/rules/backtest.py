"""Back-testing: what a profile would have done to past declarations.

Before a profile goes live the analyst sees, per rule, how many declarations it
hits and what share; where inspection outcomes are known, how many of those hits
led to a find; and per lane, how many declarations a day it would send against
the crossing's expected capacity. Two profiles (or versions) can be compared
side by side on the same declarations.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from borderdesk.rules.compiler import History
from borderdesk.rules.engine import Assessment, assess, watch_hits
from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.profile import Lane, Profile
from borderdesk.rules.rule_texts import is_shipped_profile

#: The inspection outcome that counts as a find.
FIND_OUTCOMES = frozenset({"seizure", "irregularity"})


@dataclass(frozen=True, slots=True)
class RuleFigures:
    """How one rule performed."""

    rule: str
    title: str
    enabled: bool
    hits: int
    share: float  # of all declarations screened
    inspected: int  # hits whose declaration has a recorded inspection outcome
    finds: int  # of those, inspections that found something


@dataclass(frozen=True, slots=True)
class LaneFigures:
    """How many declarations a day one lane would get."""

    lane: Lane
    total: int
    per_day: float
    busiest_day: int
    capacity: int | None
    days_over_capacity: int


@dataclass(frozen=True, slots=True)
class BacktestResult:
    """A profile's figures over the declarations of a period."""

    profile_id: str
    profile_version: int
    date_from: date
    date_to: date
    declarations: int
    days: int
    random_selected: int
    outcomes_known: int
    rules: tuple[RuleFigures, ...]
    lanes: tuple[LaneFigures, ...]
    #: Whether the profile is borderdesk's: its rule titles are then shown translated.
    shipped: bool = False

    def to_json(self) -> dict[str, Any]:
        """The figures as plain JSON values."""
        return {
            "profile": {"id": self.profile_id, "version": self.profile_version},
            "from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
            "declarations": self.declarations, "days": self.days,
            "random_selected": self.random_selected, "outcomes_known": self.outcomes_known,
            "rules": [{"rule": r.rule, "title": r.title, "enabled": r.enabled, "hits": r.hits,
                       "share": round(r.share, 6), "inspected": r.inspected, "finds": r.finds}
                      for r in self.rules],
            "lanes": [{"lane": f.lane.value, "total": f.total, "per_day": round(f.per_day, 3),
                       "busiest_day": f.busiest_day, "capacity": f.capacity,
                       "days_over_capacity": f.days_over_capacity} for f in self.lanes],
        }


def in_period(declaration: DeclarationFacts, date_from: date, date_to: date) -> bool:
    """Whether the declaration's lodging date (in its own offset) is within the period."""
    return date_from <= declaration.lodged_date <= date_to


def backtest(profile: Profile, declarations: Sequence[DeclarationFacts], *, date_from: date,
             date_to: date, history: History | None = None,
             watch: Any = None, outcomes: Mapping[str, str] | None = None) -> BacktestResult:
    """Screen the declarations of the period with ``profile`` and count what it did.

    ``outcomes`` maps declaration ids to their inspection outcome (``nothing found``,
    ``irregularity``, ``seizure``) where one was recorded.
    """
    outcomes = outcomes or {}
    chosen = [d for d in declarations if in_period(d, date_from, date_to)]
    assessments: list[tuple[DeclarationFacts, Assessment]] = []
    for declaration in chosen:
        assessments.append((declaration, assess(profile, declaration, history=history,
                                                watch_hits=watch_hits(watch, declaration))))
    days = (date_to - date_from).days + 1
    rule_hits: Counter[str] = Counter()
    rule_inspected: Counter[str] = Counter()
    rule_finds: Counter[str] = Counter()
    per_day: dict[Lane, Counter[date]] = defaultdict(Counter)
    for declaration, assessment in assessments:
        per_day[assessment.lane][declaration.lodged_date] += 1
        outcome = outcomes.get(declaration.declaration_id)
        for hit in assessment.hits:
            rule_hits[hit.rule] += 1
            if outcome is not None:
                rule_inspected[hit.rule] += 1
                rule_finds[hit.rule] += outcome in FIND_OUTCOMES
    total = len(assessments)
    rules = tuple(RuleFigures(rule.id, rule.title, rule.enabled, rule_hits[rule.id],
                              rule_hits[rule.id] / total if total else 0.0,
                              rule_inspected[rule.id], rule_finds[rule.id])
                  for rule in profile.rules)
    lanes = []
    for lane in Lane:
        counts = per_day.get(lane, Counter())
        capacity = profile.capacity.get(lane)
        all_days = [date_from + timedelta(days=n) for n in range(days)]
        lanes.append(LaneFigures(
            lane, sum(counts.values()), sum(counts.values()) / days if days else 0.0,
            max(counts.values(), default=0), capacity,
            sum(1 for day in all_days if capacity is not None and counts[day] > capacity)))
    return BacktestResult(profile.id, profile.version, date_from, date_to, total, days,
                          sum(1 for _, a in assessments if a.random),
                          sum(1 for d in chosen if d.declaration_id in outcomes),
                          rules, tuple(lanes), is_shipped_profile(profile))
