"""Each built-in scenario played to the end through the services: a perfect trainee, one who
misses a shipment, one who breaks the evidence order and one who misreads a serial; the
scores are those of the documented method (docs/training.md), worked out here by hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from borderdesk.services.inspections import start_inspection
from borderdesk.services.station import StationSession
from borderdesk.services.training_score import score_session
from tests.training.helpers import AMMUNITION, PARTS, PISTOLS
from tests.training.player import Player

Opener = Callable[..., StationSession]
WEIGHTS = {"detection": 30, "identification": 30, "evidence": 30, "timing": 10}


def total(parts: dict[str, float]) -> float:
    """The documented total: the weighted mean of the parts, out of 100, one decimal."""
    return round(100 * sum(WEIGHTS[k] * v for k, v in parts.items()) / 100, 1)


@pytest.mark.parametrize("pack_id", [PISTOLS, PARTS, AMMUNITION])
def test_a_perfect_trainee_scores_100(exercise: Opener, pack_id: str) -> None:
    session = exercise(pack_id)
    Player(session).play()
    score = score_session(session)
    assert score.parts == {"detection": 1.0, "identification": 1.0, "evidence": 1.0,
                           "timing": 1.0}
    assert score.total == 100.0
    assert not score.detection.missed and not score.detection.false_alarms
    assert all(c.verdict == "exact" for item in score.items for c in item.criteria)
    assert all(step.done for case in score.evidence for step in case.steps)
    assert all(not case.breaks for case in score.evidence)


def test_missing_one_consignment_of_the_rifle_costs_detection_identification_evidence_and_time(
        exercise: Opener) -> None:
    session = exercise(PARTS)
    Player(session).play(skip=("RS-HOR-2026-208842",))
    score = score_session(session)
    detection = score.detection
    assert detection.missed == ("RS-HOR-2026-208842",) and detection.false_alarms == ()
    assert (detection.precision, detection.recall) == (1.0, 2 / 3)
    assert detection.score == pytest.approx(0.8)  # 2PR / (P + R)
    bolt = next(i for i in score.items if i.truth_id == "bolt")
    assert bolt.identification_id is None and bolt.score == 0.0
    assert [e.case_number is None for e in score.evidence] == [False, True, False]
    assert [t.met for t in score.timing] == [True, False, True, True, False, True]
    parts = {"detection": 0.8, "identification": 2 / 3, "evidence": 2 / 3, "timing": 4 / 6}
    assert score.parts == pytest.approx(parts)
    assert score.total == total(parts) == 70.7


@pytest.mark.parametrize("pack_id", [PISTOLS, AMMUNITION])
def test_missing_the_only_shipment_scores_nothing(exercise: Opener, pack_id: str) -> None:
    session = exercise(pack_id)
    # A document check of everything, and an X-ray of the wrong vehicle.
    wrong = {PISTOLS: "RS-GRA-2026-041099", AMMUNITION: "RS-BAT-2026-163305"}[pack_id]
    start_inspection(session, wrong, "xray")
    score = score_session(session)
    assert score.detection.false_alarms == (wrong,)
    assert score.detection.precision == 0.0 and score.detection.recall == 0.0
    assert score.total == 0.0


@pytest.mark.parametrize(("pack_id", "checks", "expected"), [
    # Checks: the photos (after the scene), each made-safe (after photos, condition and
    # the qualified person), each packaging (after photos, identification, forensic
    # requests) and each seal (after packaging).
    (PISTOLS, 1 + 2 * 3 + 3 * 3 + 3, 99.7),
    (AMMUNITION, 1 + 2 * 3 + 2, 99.3),
    (PARTS, 1 + 3 + 1, 99.6),
])
def test_photos_before_the_scene_is_secured_break_the_order_with_a_reason(
        exercise: Opener, pack_id: str, checks: int, expected: float) -> None:
    session = exercise(pack_id)
    first = {PISTOLS: "RS-GRA-2026-041107", AMMUNITION: "RS-BAT-2026-163318",
             PARTS: "RS-HOR-2026-208811"}[pack_id]
    Player(session).play(broken_order=(first,))
    score = score_session(session)
    broken = next(e for e in score.evidence if e.declaration_id == first)
    assert broken.checks == checks
    assert [(b.step, b.justified) for b in broken.breaks] == [("photograph_in_place", True)]
    assert "the scene must be secured before it is photographed" in broken.breaks[0].message
    assert broken.order_score == pytest.approx((checks - 0.5) / checks)
    assert broken.score == pytest.approx(0.6 + 0.4 * (checks - 0.5) / checks)
    cases = len(score.evidence)
    evidence = (cases - 1 + broken.score) / cases
    assert score.parts["evidence"] == pytest.approx(evidence)
    assert score.total == total({"detection": 1, "identification": 1, "evidence": evidence,
                                 "timing": 1}) == expected


def test_a_serial_read_with_one_digit_wrong_is_a_near_miss(exercise: Opener) -> None:
    session = exercise(PISTOLS)
    misread = [{"kind": "manufacturer", "place": "slide", "text": "ZORAKI"},
               {"kind": "model", "place": "slide", "text": "917"},
               {"kind": "calibre", "place": "slide", "text": "9mm P.A.K."},
               {"kind": "serial", "place": "frame", "text": "A-412783"}]
    Player(session, misreads={"converted-pistol": {"markings_pistol": misread}}).play()
    score = score_session(session)
    converted = next(i for i in score.items if i.truth_id == "converted-pistol")
    serial = next(c for c in converted.criteria if c.name == "serial")
    assert (serial.expected, serial.given, serial.verdict) == ("A-412733", "A-412783",
                                                               "near_miss")
    assert converted.score == pytest.approx((1 + 1 + 0.5) / 3)
    identification = (1 + (2.5 / 3) + 1) / 3
    assert score.parts["identification"] == pytest.approx(identification)
    assert score.total == total({"detection": 1, "identification": identification,
                                 "evidence": 1, "timing": 1}) == 98.3
