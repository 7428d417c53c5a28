"""The scoring method of an exercise (docs/training.md): detection, identification,
evidence procedure and timing, weighted into a total out of 100.

Pure: it compares a :class:`~borderdesk.training.pack.ScenarioPack`'s truth and expected
actions with a trainee's :class:`~borderdesk.training.acts.TraineeActs`. A declaration the
trainee could never see (its inject was not released) is left out of every part, and said
so. A part with nothing to judge (no hidden item, no time target) is left out of the total
and the other weights are scaled up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from borderdesk.evidence.steps import EvidenceSteps, default_steps
from borderdesk.training.acts import CaseActs, Identified, TraineeActs
from borderdesk.training.clock import minutes_between
from borderdesk.training.pack import ScenarioPack, TruthItem
from borderdesk.training.scoring_evidence import (
    CaseEvidence,
    case_evidence,
    steps_with,
    utc_words,
)
from borderdesk.training.scoring_items import ItemScore, score_items

#: Inspections that select a declaration (a document check alone does not).
SELECTING_KINDS = frozenset({"physical", "xray", "dog"})
PARTS = ("detection", "identification", "evidence", "timing")


@dataclass(frozen=True, slots=True)
class Detection:
    """The declarations selected for inspection against those the scenario expects."""

    expected: tuple[str, ...]
    selected: tuple[str, ...]

    @property
    def hits(self) -> tuple[str, ...]:
        """Expected and selected."""
        return tuple(d for d in self.expected if d in self.selected)

    @property
    def missed(self) -> tuple[str, ...]:
        """Expected, not selected."""
        return tuple(d for d in self.expected if d not in self.selected)

    @property
    def false_alarms(self) -> tuple[str, ...]:
        """Selected, not expected."""
        return tuple(d for d in self.selected if d not in self.expected)

    @property
    def precision(self) -> float:
        """Hits over selected (1 when nothing was selected: no false alarm)."""
        return len(self.hits) / len(self.selected) if self.selected else 1.0

    @property
    def recall(self) -> float:
        """Hits over expected (1 when nothing was expected)."""
        return len(self.hits) / len(self.expected) if self.expected else 1.0

    @property
    def score(self) -> float:
        """F1: the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class TimingTarget:
    """A time target of the scenario for one declaration, and the time taken."""

    declaration_id: str
    what: str  # "selection" or "evidence"
    target: int
    taken: float | None

    @property
    def met(self) -> bool:
        """Done, within the target."""
        return self.taken is not None and self.taken <= self.target


@dataclass(frozen=True, slots=True)
class Score:
    """A trainee's score: every part with its details, and the weighted total."""

    trainee: str
    pack_id: str
    pack_version: str
    detection: Detection
    items: tuple[ItemScore, ...]
    evidence: tuple[CaseEvidence, ...]
    timing: tuple[TimingTarget, ...]
    weights: Mapping[str, float]
    #: Expected declarations the trainee never saw (inject not released).
    not_available: tuple[str, ...] = ()
    scored_at: datetime | None = None

    @property
    def parts(self) -> dict[str, float | None]:
        """Each part from 0 to 1 (None: nothing to judge)."""
        return {
            "detection": self.detection.score,
            "identification": _mean([i.score for i in self.items]),
            "evidence": _mean([e.score for e in self.evidence]),
            "timing": _mean([1.0 if t.met else 0.0 for t in self.timing]),
        }

    @property
    def total(self) -> float:
        """The weighted total out of 100, one decimal."""
        parts = {k: v for k, v in self.parts.items() if v is not None}
        weight = sum(self.weights.get(k, 0.0) for k in parts)
        if weight <= 0:
            return 0.0
        return round(100 * sum(self.weights.get(k, 0.0) * v for k, v in parts.items())
                     / weight, 1)

    def to_json(self) -> dict[str, object]:
        """The score as a JSON object (``exercise score --format json``)."""
        return {
            "trainee": self.trainee, "pack": self.pack_id, "version": self.pack_version,
            "total": self.total,
            "parts": {k: None if v is None else round(v, 4) for k, v in self.parts.items()},
            "weights": dict(self.weights),
            "detection": {"expected": list(self.detection.expected),
                          "selected": list(self.detection.selected),
                          "missed": list(self.detection.missed),
                          "false_alarms": list(self.detection.false_alarms),
                          "precision": round(self.detection.precision, 4),
                          "recall": round(self.detection.recall, 4)},
            "identification": [{"declaration_id": i.declaration_id, "item": i.truth_id,
                                "identification": i.identification_id, "label": i.label,
                                "score": round(i.score, 4),
                                "criteria": [{"name": c.name, "expected": c.expected,
                                              "given": c.given, "verdict": c.verdict}
                                             for c in i.criteria]} for i in self.items],
            "evidence": [{"declaration_id": e.declaration_id, "case": e.case_number,
                          "done": sum(s.done for s in e.steps), "required": len(e.steps),
                          "missing": [f"{s.step}" + (f" ({s.truth_id})" if s.truth_id else "")
                                      for s in e.steps if not s.done],
                          "order_checks": e.checks,
                          "order_breaks": [{"step": b.step, "item": b.item,
                                            "message": b.message, "reason": b.reason}
                                           for b in e.breaks],
                          "score": round(e.score, 4)} for e in self.evidence],
            "timing": [{"declaration_id": t.declaration_id, "what": t.what,
                        "target": t.target,
                        "taken": None if t.taken is None else round(t.taken, 1),
                        "met": t.met} for t in self.timing],
            "not_available": list(self.not_available),
        }


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def score(pack: ScenarioPack, acts: TraineeActs, steps: EvidenceSteps | None = None,
          when: Callable[[str], str] = utc_words) -> Score:
    """Score ``acts`` against the pack's truth and expected actions; ``when`` writes the
    stored times quoted in the order rules' messages (the station's time zone)."""
    steps = steps_with(steps or default_steps(), pack.expected.order)
    available = {d for d, at in acts.available.items() if at is not None}
    expected = tuple(d for d in pack.expected.select if d in available)
    selected_at = _selected_at(acts)
    detection = Detection(expected, tuple(d for d in selected_at if d in available))
    items: list[ItemScore] = []
    evidence: list[CaseEvidence] = []
    for truth in pack.truth:
        if truth.declaration_id not in available:
            continue
        found = [i for i in acts.identified if i.declaration_id == truth.declaration_id]
        scored = score_items(truth.declaration_id, truth.items, found,
                             pack.expected.identify)
        items.extend(scored)
        case = _case_of(acts.cases, truth.declaration_id)
        numbers = _item_numbers(scored, case, truth.items)
        evidence.append(case_evidence(truth.declaration_id, truth.items, case, numbers,
                                      pack.expected.steps, steps, when))
    timing = _timing(pack, acts, expected, selected_at, evidence)
    return Score(acts.trainee, pack.id, pack.version, detection, tuple(items),
                 tuple(evidence), tuple(timing), dict(pack.weights),
                 tuple(d for d in pack.expected.select if d not in available),
                 acts.scored_at)


def _selected_at(acts: TraineeActs) -> dict[str, datetime]:
    """When each declaration was first selected (an inspection that looks inside)."""
    first: dict[str, datetime] = {}
    for inspection in sorted(acts.inspections, key=lambda i: i.started_at):
        if inspection.kind in SELECTING_KINDS:
            first.setdefault(inspection.declaration_id, inspection.started_at)
    return first


def _case_of(cases: Sequence[CaseActs], declaration_id: str) -> CaseActs | None:
    """The declaration's case (the first opened, when the trainee opened several)."""
    mine = sorted((c for c in cases if c.declaration_id == declaration_id),
                  key=lambda c: c.found_at)
    return mine[0] if mine else None


def _item_numbers(scored: Sequence[ItemScore], case: CaseActs | None,
                  truth_items: Sequence[TruthItem]) -> dict[str, str]:
    """Which case item stands for each hidden item: the one made from its matched
    identification, else an unclaimed case item of the same kind, in number order."""
    if case is None:
        return {}
    by_identification = {i.identification_id: i for i in case.items if i.identification_id}
    numbers: dict[str, str] = {}
    claimed: set[str] = set()
    for item in scored:
        made = by_identification.get(item.identification_id) if item.identification_id \
            else None
        if made is not None:
            numbers[item.truth_id] = made.number
            claimed.add(made.number)
    for truth in truth_items:
        if truth.id in numbers:
            continue
        spare = next((i for i in case.items if i.kind == truth.kind
                      and i.number not in claimed), None)
        if spare is not None:
            numbers[truth.id] = spare.number
            claimed.add(spare.number)
    return numbers


def _timing(pack: ScenarioPack, acts: TraineeActs, expected: Sequence[str],
            selected_at: Mapping[str, datetime],
            evidence: Sequence[CaseEvidence]) -> list[TimingTarget]:
    targets: list[TimingTarget] = []
    within = pack.expected.select_within
    if within is not None:
        for declaration in expected:
            start, chosen = acts.available.get(declaration), selected_at.get(declaration)
            taken = minutes_between(start, chosen) if start and chosen else None
            targets.append(TimingTarget(declaration, "selection", within, taken))
    within = pack.expected.evidence_within
    if within is not None:
        for case in evidence:
            opened = _case_of(acts.cases, case.declaration_id)
            taken = minutes_between(opened.found_at, case.completed_at) \
                if opened and case.completed_at else None
            targets.append(TimingTarget(case.declaration_id, "evidence", within, taken))
    return targets


__all__ = ["PARTS", "Detection", "Identified", "Score", "TimingTarget", "score"]
