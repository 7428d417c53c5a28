"""Screening: a profile's rules applied to a declaration, giving a score, a lane, reasons.

A rule hits a declaration at most once; the score is the sum of the weights of
the rules hit. The lane is red when the score reaches the red threshold or a
red-forcing rule hit, yellow likewise, green otherwise. A declaration that would
be green may be selected at random, reproducibly (see :func:`random_draw`): it
then goes to the profile's random lane, marked ``random``, with its score and
hits unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from borderdesk.rules.compiler import Context, History, NoHistory
from borderdesk.rules.explain import Explainer
from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.profile import Lane, Profile, Rule

_TWO_TO_64 = float(2**64)
_NO_HISTORY = NoHistory()


@dataclass(frozen=True, slots=True)
class RuleHit:
    """A rule that hit, with why (in words, with the values that triggered it)."""

    rule: str
    title: str
    weight: float
    lane: Lane | None
    explanation: str
    instruction: str

    def to_json(self) -> dict[str, Any]:
        """The hit as ``screen --format jsonl`` writes it."""
        weight = int(self.weight) if float(self.weight).is_integer() else self.weight
        return {"rule": self.rule, "weight": weight, "explanation": self.explanation}


@dataclass(frozen=True, slots=True)
class Assessment:
    """The outcome of screening one declaration with one profile version."""

    declaration_id: str
    profile_id: str
    profile_version: int
    score: float
    lane: Lane
    random: bool
    hits: tuple[RuleHit, ...]
    #: The watch list's matches on the declaration's parties and plates (``WatchHit``
    #: values), whether or not a rule used them: kept with the assessment so the
    #: officer later sees which entry matched, and how well.
    watch_hits: tuple[Any, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The assessment as one line of ``screen --format jsonl``."""
        score = int(self.score) if float(self.score).is_integer() else self.score
        return {"declaration_id": self.declaration_id, "score": score,
                "lane": self.lane.value, "random": self.random,
                "hits": [hit.to_json() for hit in self.hits]}


def random_draw(profile_id: str, version: int, seed: str, declaration_id: str) -> float:
    """A number in [0, 1) that anyone can recompute for a declaration and profile.

    The first 8 bytes of SHA-256(``{id}|{version}|{seed}|{declaration id}``, UTF-8),
    read as a big-endian integer and divided by 2**64.
    """
    hasher = _prefix(profile_id, version, seed).copy()
    hasher.update(declaration_id.encode())
    return int.from_bytes(hasher.digest()[:8], "big") / _TWO_TO_64


@lru_cache(maxsize=64)
def _prefix(profile_id: str, version: int, seed: str) -> Any:
    # The profile's part of the hashed text, hashed once per profile.
    return hashlib.sha256(f"{profile_id}|{version}|{seed}|".encode())


def lane_for(profile: Profile, score: float, hits: Sequence[RuleHit]) -> Lane:
    """The lane a score and the forced lanes of the hits give."""
    forced = {hit.lane for hit in hits if hit.lane is not None}
    if score >= profile.red_threshold or Lane.RED in forced:
        return Lane.RED
    if score >= profile.yellow_threshold or Lane.YELLOW in forced:
        return Lane.YELLOW
    return Lane.GREEN


def _hit(rule: Rule, context: Context) -> RuleHit:
    context.scope.clear()
    reasons = Explainer(rule.compiler, rule.condition).explain(rule.tree, context)
    return RuleHit(rule.id, rule.title, rule.weight, rule.lane, "; ".join(reasons),
                   rule.instruction)


def assess(profile: Profile, declaration: DeclarationFacts, *,
           history: History | None = None, watch_hits: Sequence[Any] = ()) -> Assessment:
    """Screen one declaration: its score, lane, random selection and explained hits."""
    context = Context(declaration, history or _NO_HISTORY, watch_hits)
    hits = [_hit(rule, context) for rule in profile.rules
            if rule.enabled and rule.function(context)]
    score = sum(hit.weight for hit in hits)
    lane = lane_for(profile, score, hits)
    selected = lane is Lane.GREEN and profile.random_rate > 0 and random_draw(
        profile.id, profile.version, profile.random_seed,
        declaration.declaration_id) < profile.random_rate
    return Assessment(declaration.declaration_id, profile.id, profile.version, score,
                      profile.random_lane if selected else lane, selected, tuple(hits),
                      tuple(watch_hits))


def watch_hits(watch: Any, declaration: DeclarationFacts) -> Sequence[Any]:
    """The watch list's hits on a declaration's parties and plates (none without a list)."""
    if watch is None:
        return ()
    hits: Sequence[Any] = watch.match(
        {"consignor.name": declaration.consignor_name,
         "consignee.name": declaration.consignee_name,
         "declarant.name": declaration.declarant_name,
         "driver.name": declaration.driver_name},
        {"vehicle.registration": declaration.vehicle_registration,
         "vehicle.trailer": declaration.trailer_registration})
    return hits


def assess_all(profile: Profile, declarations: Iterable[DeclarationFacts], *,
               history: History | None = None,
               watch: Any = None) -> Iterator[Assessment]:
    """Screen declarations in order; ``watch`` (a watch list) is matched for each."""
    for declaration in declarations:
        yield assess(profile, declaration, history=history,
                     watch_hits=watch_hits(watch, declaration))
