"""Back-testing: hits and shares per rule, finds, lane load against capacity."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.rules.backtest import backtest
from borderdesk.rules.history import PartyHistory
from borderdesk.rules.profile import Lane, Profile
from borderdesk.services.screening import open_profile
from tests.rules.helpers import decl, item, read_facts


@pytest.fixture(scope="module")
def profile() -> Profile:
    return open_profile("firearms-default")


def test_rule_hits_shares_and_finds(profile: Profile) -> None:
    facts = read_facts(
        decl("A", item(hs_code="732690", description="pistol slides"),
             lodged_at="2026-11-27T10:00:00+01:00"),
        decl("B", item(hs_code="732690", description="pistol frames"),
             lodged_at="2026-11-28T10:00:00+01:00"),
        decl("C", lodged_at="2026-11-28T11:00:00+01:00"),
        decl("OUTSIDE", item(hs_code="732690", description="pistol"),
             lodged_at="2026-11-20T10:00:00+01:00"),
    )
    result = backtest(profile, facts, date_from=date(2026, 11, 27), date_to=date(2026, 11, 28),
                      history=PartyHistory(facts),
                      outcomes={"A": "seizure", "C": "nothing found"})
    assert result.declarations == 3
    assert result.days == 2
    fa03 = next(r for r in result.rules if r.rule == "FA-03")
    assert (fa03.hits, fa03.inspected, fa03.finds) == (2, 1, 1)
    assert fa03.share == pytest.approx(2 / 3)
    assert result.outcomes_known == 2


def test_lane_load_per_day_against_capacity(profile: Profile) -> None:
    small = open_profile("firearms-default")
    facts = read_facts(*[
        decl(f"R{n}", item(hs_code="930200", description="revolvers"),
             documents=[], lodged_at=f"2026-11-2{day}T0{n}:00:00+01:00")
        for day in (7, 8) for n in range(1, 4 if day == 8 else 2)])
    # Three red declarations on the 28th, one on the 27th; capacity red 10 a day.
    result = backtest(small, facts, date_from=date(2026, 11, 27), date_to=date(2026, 11, 29))
    red = next(f for f in result.lanes if f.lane is Lane.RED)
    assert red.total == 4
    assert red.busiest_day == 3
    assert red.per_day == pytest.approx(4 / 3)
    assert red.capacity == 10
    assert red.days_over_capacity == 0
    tight = small.source
    assert tight is not None
    strict = backtest(_with_red_capacity(small, 2), facts, date_from=date(2026, 11, 27),
                      date_to=date(2026, 11, 29))
    assert next(f for f in strict.lanes if f.lane is Lane.RED).days_over_capacity == 1


def _with_red_capacity(profile: Profile, capacity: int) -> Profile:
    from dataclasses import replace

    return replace(profile, capacity={**profile.capacity, Lane.RED: capacity})


def test_two_profiles_side_by_side_on_the_same_declarations(profile: Profile) -> None:
    extended = open_profile("firearms-extended")
    facts = read_facts(decl("P", item(hs_code="732690", description="пиштољ делови"),
                            lodged_at="2026-11-28T10:00:00+01:00"))
    base = backtest(profile, facts, date_from=date(2026, 11, 28), date_to=date(2026, 11, 28))
    other = backtest(extended, facts, date_from=date(2026, 11, 28), date_to=date(2026, 11, 28))
    assert base.declarations == other.declarations == 1
    assert {r.rule for r in other.rules} > {r.rule for r in base.rules}
    assert base.to_json()["profile"] == {"id": "firearms-default", "version": 1}
