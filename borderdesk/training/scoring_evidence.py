"""Scoring the evidence procedure of one hidden shipment: required steps done, order kept.

- **Required steps**: each step of ``expected.evidence.steps``, once for the case when the
  step is per case, and once for each hidden item it applies to when per item (no
  condition or making safe for rounds or parts). A step per item counts when recorded
  for the case item made from the identification matched to that hidden item (or, for
  items counted by hand, a case item of the same kind not matched otherwise). A record
  "not applicable" counts as done; the debrief shows its reason.
- **Order**: the steps file's order rules (and the scenario's own extra pairs), judged as
  the timeline judges them (:func:`borderdesk.evidence.steps_order.all_breaks`). Every
  record that a rule's later step made is a check; a check broken with the deviation's
  reason recorded loses half its point, one broken without a reason loses all.
- The case's evidence score is 0.6 x the share of required steps done + 0.4 x the order
  score. No case opened: 0.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from borderdesk.core.clock import format_utc
from borderdesk.core.i18n import tr
from borderdesk.evidence.steps import EvidenceSteps, OrderRule
from borderdesk.evidence.steps_order import StepFact, all_breaks
from borderdesk.training.acts import CaseActs, StepDone
from borderdesk.training.pack import ExtraOrder, TruthItem

#: How the share of steps done and the order weigh in a case's evidence score.
DONE_WEIGHT, ORDER_WEIGHT = 0.6, 0.4


@dataclass(frozen=True, slots=True)
class StepCheck:
    """A required step (for a hidden item, when per item) and whether it was done."""

    step: str
    title: str
    truth_id: str | None
    done_at: datetime | None
    not_applicable: str | None = None

    @property
    def done(self) -> bool:
        """Whether a current record of the step exists."""
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class OrderSeen:
    """A rule broken by a record, in words, and the reason given for the deviation."""

    step: str
    item: str | None
    message: str
    reason: str | None
    #: The hidden item the record was for (None: the case, or an item not matched).
    truth_id: str | None = None

    @property
    def justified(self) -> bool:
        """Whether the deviation's reason was recorded."""
        return bool(self.reason and self.reason.strip())


@dataclass(frozen=True, slots=True)
class CaseEvidence:
    """One hidden shipment's evidence: the steps expected, the order, the score."""

    declaration_id: str
    case_number: str | None
    steps: tuple[StepCheck, ...]
    checks: int
    breaks: tuple[OrderSeen, ...]
    recorded: int
    #: When the last required step was done (None until they all are).
    completed_at: datetime | None

    @property
    def done_share(self) -> float:
        """The share of required steps done."""
        return sum(s.done for s in self.steps) / len(self.steps) if self.steps else 1.0

    @property
    def order_score(self) -> float:
        """1 when every check kept the order; broken checks lose 0.5 (justified) or 1."""
        if self.recorded == 0:
            return 0.0
        if self.checks == 0:
            return 1.0
        lost = sum(0.5 if b.justified else 1.0 for b in self.breaks)
        return max(0.0, (self.checks - lost) / self.checks)

    @property
    def score(self) -> float:
        """0.6 x done share + 0.4 x order score (0 without a case)."""
        if self.case_number is None:
            return 0.0
        return DONE_WEIGHT * self.done_share + ORDER_WEIGHT * self.order_score


def steps_with(steps: EvidenceSteps, extra: Sequence[ExtraOrder]) -> EvidenceSteps:
    """The steps file with the scenario's extra order pairs added as rules."""
    rules = tuple(OrderRule(f"scenario-{n}", o.first, o.then,
                            tr("the scenario expects this order"))
                  for n, o in enumerate(extra, start=1))
    return replace(steps, order_rules=steps.order_rules + rules)


def utc_words(stamp: str) -> str:
    """A stored UTC time for people, when no time zone is known."""
    return stamp[:16].replace("T", " ") + " UTC"


def case_evidence(declaration_id: str, items: Sequence[TruthItem], case: CaseActs | None,
                  item_numbers: Mapping[str, str], required: Sequence[str],
                  steps: EvidenceSteps, when: Callable[[str], str] = utc_words) -> CaseEvidence:
    """Score one hidden shipment's case. ``item_numbers`` maps a hidden item's id to the
    number of the case item made for it; ``when`` writes a stored time in the messages."""
    checks: list[StepCheck] = []
    records = case.steps if case else ()
    for step_id in required:
        spec = steps.step(step_id)
        assert spec is not None, "checked when the pack was loaded"
        if spec.scope == "case":
            checks.append(_check(spec.id, spec.title, None, records, None))
            continue
        for item in items:
            if spec.applies(item.kind):
                checks.append(_check(spec.id, spec.title, item.id, records,
                                     item_numbers.get(item.id, "")))
    done_times = [c.done_at for c in checks if c.done_at is not None]
    completed = max(done_times) if done_times and len(done_times) == len(checks) else None
    count, breaks = _order(records, steps, when)
    truth_of = {number: truth_id for truth_id, number in item_numbers.items()}
    breaks = [replace(b, truth_id=truth_of.get(b.item or "")) for b in breaks]
    return CaseEvidence(declaration_id, case.case_number if case else None, tuple(checks),
                        count, tuple(breaks), len(records), completed)


def _check(step: str, title: str, truth_id: str | None, records: Sequence[StepDone],
           number: str | None) -> StepCheck:
    found = [r for r in records if r.step == step and (number is None or r.item == number)]
    if not found:
        return StepCheck(step, title, truth_id, None)
    first = min(found, key=lambda r: r.done_at)
    return StepCheck(step, title, truth_id, first.done_at, first.not_applicable)


def _order(records: Sequence[StepDone], steps: EvidenceSteps,
           when: Callable[[str], str]) -> tuple[int, list[OrderSeen]]:
    facts = [StepFact(r.step, r.item, format_utc(r.done_at), r.package, r.kind)
             for r in records]
    reasons = {id(f): r for f, r in zip(facts, records, strict=True)}
    checks = 0
    for fact in facts:
        for rule in steps.order_rules:
            first, then = steps.step(rule.first), steps.step(rule.then)
            if rule.then == fact.step and first is not None and then is not None and \
                    first.applies(fact.kind) and then.applies(fact.kind):
                checks += 1
    breaks = [OrderSeen(fact.step, fact.item, broken.message,
                        reasons[id(fact)].deviation_reason)
              for fact, broken in all_breaks(steps, facts, when)]
    return checks, breaks
