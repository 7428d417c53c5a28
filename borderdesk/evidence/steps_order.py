"""The order rules: which recorded steps a new one would come before or after wrongly.

Pure: it compares the time of each act (not when it was typed in), so a step recorded
later with its real time is judged by when it happened. A rule "A before B" is broken
when B is done with no A done at or before it, or when A is done after a B already
done. A step per case counts for every item; a step per item counts for that item only.
A rule is not applied to an item whose kind one of its steps is not asked for (rounds
have no condition before making safe).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from borderdesk.core.i18n import tr
from borderdesk.evidence.steps import EvidenceSteps, OrderRule, step_text


@dataclass(frozen=True, slots=True)
class StepFact:
    """What the order rules need of a step record: which step, which item, when done."""

    step: str
    item: str | None
    done_at: str  # stored UTC text: sorts as time
    #: The package a packaging, seal or custody record belongs to: such records are
    #: compared with those of the same package only (an item may have several).
    package: str | None = None
    #: The kind of the fact's item (firearm, parts, ammunition; None: unknown or per
    #: case): a rule whose steps are not asked for that kind does not apply to it.
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class OrderBreak:
    """A rule a step record breaks, and why in words."""

    rule: OrderRule
    message: str


def _applies(fact: StepFact, new: StepFact) -> bool:
    """Whether a recorded fact concerns the item (and package) of ``new``."""
    same_item = fact.item is None or new.item is None or fact.item == new.item
    return same_item and (fact.package is None or new.package is None
                          or fact.package == new.package)


def _whose(scope: str, item: str | None) -> str:
    return tr(" for item {item}", item=item) if item and scope == "item" else ""


def order_breaks(steps: EvidenceSteps, done: Sequence[StepFact], new: StepFact,
                 when: Callable[[str], str] = str) -> list[OrderBreak]:
    """The rules ``new`` would break, given the records ``done`` (corrections applied);
    ``when`` writes a stored time for people (the station's time zone)."""
    breaks: list[OrderBreak] = []
    for rule in steps.order_rules:
        first, then = steps.step(rule.first), steps.step(rule.then)
        assert first is not None and then is not None  # checked on load
        if not (first.applies(new.kind) and then.applies(new.kind)):
            continue
        # In the reader's language, like the checklist the officer sees beside it.
        first_title, then_title, why = (step_text(first.title), step_text(then.title),
                                        step_text(rule.why))
        if rule.then == new.step:
            whose = _whose(first.scope, new.item)
            firsts = sorted(f.done_at for f in done
                            if f.step == rule.first and _applies(f, new))
            if not firsts:
                breaks.append(OrderBreak(rule, tr(
                    "'{first}' was not recorded{whose} before '{then}' ({at}): {why}",
                    first=first_title, whose=whose, then=then_title, at=when(new.done_at),
                    why=why)))
            elif firsts[0] > new.done_at:
                breaks.append(OrderBreak(rule, tr(
                    "'{then}' ({at}) comes before '{first}' ({first_at}){whose}: {why}",
                    then=then_title, at=when(new.done_at), first=first_title,
                    first_at=when(firsts[0]), whose=whose, why=why)))
        if rule.first == new.step:
            whose = _whose(then.scope, new.item)
            thens = sorted(f.done_at for f in done
                           if f.step == rule.then and _applies(f, new)
                           and f.done_at < new.done_at)
            if thens:
                breaks.append(OrderBreak(rule, tr(
                    "'{then}' was already done ({then_at}){whose} before this '{first}' "
                    "({at}): {why}", then=then_title, then_at=when(thens[0]), whose=whose,
                    first=first_title, at=when(new.done_at), why=why)))
    return breaks


def all_breaks(steps: EvidenceSteps, done: Sequence[StepFact],
               when: Callable[[str], str] = str) -> list[tuple[StepFact, OrderBreak]]:
    """Every rule the records break, each judged against the records before it in time
    (what a timeline shows beside each step)."""
    ordered = sorted(done, key=lambda f: f.done_at)
    found: list[tuple[StepFact, OrderBreak]] = []
    for index, fact in enumerate(ordered):
        earlier = ordered[:index]
        found.extend((fact, b) for b in order_breaks(steps, earlier, fact, when)
                     if b.rule.then == fact.step)
    return found
