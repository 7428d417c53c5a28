"""The order rules, judged on the time of each act: every rule of the shipped file, per
item and per package, and a property over any order of acts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.evidence.steps import OrderRule, default_steps
from borderdesk.evidence.steps_order import StepFact, all_breaks, order_breaks

STEPS = default_steps()
RULES = STEPS.order_rules


def _scope(step: str) -> str | None:
    spec = STEPS.step(step)
    assert spec is not None
    return "1" if spec.scope == "item" else None


def _fact(step: str, minute: int, item: str | None = "1", package: str | None = None
          ) -> StepFact:
    return StepFact(step, item if _scope(step) else None,
                    f"2026-11-28T08:{minute:02d}:00.000Z", package)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_each_rule_refuses_the_later_step_without_the_earlier(rule: OrderRule) -> None:
    found = order_breaks(STEPS, [], _fact(rule.then, 30))
    assert rule in [b.rule for b in found]
    message = next(b.message for b in found if b.rule == rule)
    assert rule.why in message and "was not recorded" in message


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_each_rule_is_kept_when_the_steps_come_in_order(rule: OrderRule) -> None:
    found = order_breaks(STEPS, [_fact(rule.first, 10)], _fact(rule.then, 30))
    assert rule not in [b.rule for b in found]


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_each_rule_catches_the_earlier_step_recorded_after_the_later(rule: OrderRule) -> None:
    # e.g. photographing "in place" after the item was already made safe or packed
    found = order_breaks(STEPS, [_fact(rule.then, 10)], _fact(rule.first, 30))
    assert rule in [b.rule for b in found]
    message = next(b.message for b in found if b.rule == rule)
    assert "was already done" in message


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_a_step_recorded_later_with_its_real_earlier_time_keeps_the_rule(rule: OrderRule
                                                                          ) -> None:
    # typed in after the fact, but done before: judged by when it was done
    found = order_breaks(STEPS, [_fact(rule.then, 30)], _fact(rule.first, 10))
    assert rule not in [b.rule for b in found]


def test_per_item_steps_count_for_their_own_item_only() -> None:
    done = [_fact("photograph_in_place", 5), _fact("qualified_person", 5),
            _fact("condition_recorded", 10, item="1")]
    assert order_breaks(STEPS, done, _fact("made_safe", 20, item="1")) == []
    other = order_breaks(STEPS, done, _fact("made_safe", 20, item="2"))
    assert [b.rule.id for b in other] == ["condition-before-making-safe"]
    assert "for item 2" in other[0].message


def test_packages_of_the_same_item_are_judged_apart() -> None:
    done = [_fact("photograph_in_place", 1), _fact("identification", 2),
            _fact("forensic_requests", 3), _fact("packaging", 10, package="P01"),
            _fact("seal_label", 12, package="P01")]
    # a second package for the item's rounds, after the first one was sealed
    assert order_breaks(STEPS, done, _fact("packaging", 20, package="P02")) == []


@given(st.permutations([s.id for s in STEPS.steps]))
def test_breaks_are_exactly_the_rules_whose_steps_happened_the_other_way(
        order: list[str]) -> None:
    facts = [_fact(step, minute) for minute, step in enumerate(order)]
    position = {step: index for index, step in enumerate(order)}
    expected = {r.id for r in RULES if position[r.then] < position[r.first]}
    assert {b.rule.id for _, b in all_breaks(STEPS, facts)} == expected
