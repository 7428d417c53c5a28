"""The scoring method's pure parts, where inputs vary: serial transcription, calibres,
counts, detection, the order score and the weighted total."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.evidence.steps import default_steps
from borderdesk.training.acts import CaseActs, CaseItemActs, Inspected, StepDone, TraineeActs
from borderdesk.training.builtin import builtin_folder
from borderdesk.training.pack_load import load_pack
from borderdesk.training.scoring import Detection, score
from borderdesk.training.scoring_evidence import case_evidence
from borderdesk.training.scoring_items import (
    calibre_verdict,
    quantity_verdict,
    serial_verdict,
)
from tests.training.helpers import AMMUNITION

SERIALS = st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789-", min_size=4, max_size=14)
IDS = st.lists(st.sampled_from([f"D{n}" for n in range(12)]), unique=True, max_size=12)
T0 = datetime(2026, 12, 12, 12, 30, tzinfo=UTC)


@given(SERIALS, st.booleans())
def test_the_same_serial_is_exact_whatever_the_case_and_spaces(serial: str, lower: bool) -> None:
    typed = " ".join(serial[i:i + 3] for i in range(0, len(serial), 3))
    assert serial_verdict(serial, typed.lower() if lower else typed) == "exact"


@given(SERIALS, st.data())
def test_one_slip_is_a_near_miss(serial: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(serial) - 1))
    kind = data.draw(st.sampled_from(["replace", "drop", "add", "swap"]))
    other = data.draw(st.sampled_from([c for c in "0123456789QX" if c != serial[position]]))
    if kind == "replace":
        slipped = serial[:position] + other + serial[position + 1:]
    elif kind == "drop":
        slipped = serial[:position] + serial[position + 1:]
    elif kind == "add":
        slipped = serial[:position] + other + serial[position:]
    else:
        position = min(position, len(serial) - 2)
        slipped = serial[:position] + serial[position + 1] + serial[position] + \
            serial[position + 2:]
    verdict = serial_verdict(serial, slipped)
    assert verdict == ("exact" if slipped.upper() == serial.upper() else "near_miss")


@given(SERIALS, st.data())
def test_two_slips_apart_are_wrong(serial: str, data: st.DataObject) -> None:
    first = data.draw(st.integers(0, len(serial) - 3))
    second = data.draw(st.integers(first + 2, len(serial) - 1))
    chars = list(serial)
    for position in (first, second):
        chars[position] = "Q" if chars[position] != "Q" else "X"
    assert serial_verdict(serial, "".join(chars)) == "wrong"


def test_an_empty_serial_is_missing() -> None:
    assert serial_verdict("A-412733", "  ") == "missing"


@pytest.mark.parametrize(("expected", "given_text", "verdict"), [
    ("9x19", "9 mm Luger", "exact"), ("9x19", "9 mm Parabellum", "exact"),
    ("7.62x39", "7,62x39", "exact"), ("9x19", "9 mm Kurz", "wrong"),
    ("9mm P.A.K.", "9 mm PAK", "exact"), ("9x19", None, "missing"),
    ("odd calibre", "ODD CALIBRE", "exact"),
])
def test_calibres_compare_through_the_code_list(expected: str, given_text: str | None,
                                                verdict: str) -> None:
    assert calibre_verdict(expected, given_text) == verdict


@pytest.mark.parametrize(("given_count", "verdict"), [(420, "exact"), (400, "near_miss"),
                                                      (462, "near_miss"), (300, "wrong"),
                                                      (None, "missing")])
def test_counts(given_count: int | None, verdict: str) -> None:
    assert quantity_verdict(420, given_count) == verdict


@given(IDS, IDS)
def test_detection_is_precision_and_recall_combined(expected: list[str],
                                                    selected: list[str]) -> None:
    found = Detection(tuple(expected), tuple(selected))
    assert 0 <= found.precision <= 1 and 0 <= found.recall <= 1
    low, high = sorted((found.precision, found.recall))
    assert low - 1e-12 <= found.score <= high + 1e-12
    assert set(found.hits) | set(found.missed) == set(expected)
    assert set(found.hits) | set(found.false_alarms) == set(selected)
    if expected and set(selected) == set(expected):
        assert found.score == 1.0


def test_selecting_everything_finds_all_but_loses_precision() -> None:
    found = Detection(("D1",), tuple(f"D{n}" for n in range(10)))
    assert (found.recall, found.precision) == (1.0, 0.1)
    assert found.score == pytest.approx(2 * 0.1 / 1.1)


def _acts(steps: tuple[StepDone, ...] = (), *, cases: bool = True) -> TraineeActs:
    van = "RS-BAT-2026-163318"
    case = CaseActs(van, "RS-BAT-2026-00001", T0, (CaseItemActs("1", "ammunition"),
                                                    CaseItemActs("2", "ammunition")), steps)
    return TraineeActs("Ana", {van: T0}, cases=(case,) if cases else ())


def test_without_a_case_the_evidence_scores_nothing() -> None:
    pack = load_pack(builtin_folder() / AMMUNITION)
    truth = pack.truth[0]
    found = case_evidence(truth.declaration_id, truth.items, None, {}, pack.expected.steps,
                          default_steps())
    assert (found.score, found.done_share, found.order_score) == (0.0, 0.0, 0.0)


@given(st.permutations(["secure_scene", "qualified_person", "photograph_in_place"]))
def test_order_loses_a_point_per_broken_check_and_half_when_justified(order: list[str]) -> None:
    pack = load_pack(builtin_folder() / AMMUNITION)
    truth = pack.truth[0]
    steps = tuple(StepDone(step, None, T0 + timedelta(minutes=n),
                           deviation_reason="moved" if n % 2 else None)
                  for n, step in enumerate(order))
    found = case_evidence(truth.declaration_id, truth.items,
                          _acts(steps).cases[0], {}, pack.expected.steps, default_steps())
    # One rule among these: the scene before the photos.
    assert found.checks == 1
    broken = order.index("photograph_in_place") < order.index("secure_scene")
    assert len(found.breaks) == int(broken)
    if broken:
        lost = 0.5 if found.breaks[0].justified else 1.0
        assert found.order_score == 1 - lost
    else:
        assert found.order_score == 1.0
    assert found.done_share == pytest.approx(3 / len(found.steps))


def test_a_part_with_nothing_to_judge_is_left_out_of_the_total() -> None:
    pack = load_pack(builtin_folder() / AMMUNITION)
    van = "RS-BAT-2026-163318"
    # The van was selected five minutes in, and nothing else was done.
    acts = replace(_acts(cases=False), inspections=(
        Inspected(van, "physical", T0 + timedelta(minutes=5)),))
    timed = score(pack, acts)
    assert [(t.what, t.met) for t in timed.timing] == [("selection", True),
                                                         ("evidence", False)]
    assert timed.total == round((30 * 1 + 30 * 0 + 30 * 0 + 10 * 0.5) / 100 * 100, 1) == 35.0
    untimed = score(replace(pack, expected=replace(pack.expected, select_within=None,
                                                   evidence_within=None)), acts)
    assert untimed.parts["timing"] is None and untimed.timing == ()
    # Timing's 10 points are left out: 30 of the 90 others.
    assert untimed.total == round(100 * 30 / 90, 1) == 33.3


def test_a_declaration_never_released_is_left_out_and_said_so() -> None:
    pack = load_pack(builtin_folder() / AMMUNITION)
    result = score(pack, TraineeActs("Ana", {"RS-BAT-2026-163318": None}))
    assert result.not_available == ("RS-BAT-2026-163318",)
    assert result.detection.expected == () and result.items == () and result.evidence == ()
