"""Random selection: reproducible anywhere, at the configured rate, only of green declarations,
which keep their score and hits and go to the profile's random lane."""

from __future__ import annotations

import dataclasses
import hashlib
import math
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.paths import resource_path
from borderdesk.rules.engine import assess, random_draw
from borderdesk.rules.facts import DeclarationFacts
from borderdesk.rules.profile import Lane, Profile, load_profile
from tests.rules.helpers import decl, item, read_facts, rules_hit

IDS = [f"RS-BAT-2026-{n:06}" for n in range(1, 100_001)]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(resource_path("profiles", "firearms-default.yaml"))


def copy_of_default(tmp_path: Path, old: str, new: str) -> Profile:
    text = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "copy.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_profile(path)


def drawn(profile: Profile, count: int, start: int = 0) -> list[str]:
    """The first ``count`` ids (from ``start``) that the profile's random draw selects."""
    return [i for i in IDS[start:] if random_draw(profile.id, profile.version,
                                                   profile.random_seed, i)
            < profile.random_rate][:count]


def not_drawn(profile: Profile, count: int) -> list[str]:
    return [i for i in IDS if random_draw(profile.id, profile.version, profile.random_seed, i)
            >= profile.random_rate][:count]


def with_id(facts: DeclarationFacts, declaration_id: str) -> DeclarationFacts:
    return dataclasses.replace(facts, declaration_id=declaration_id, cache=None)


def test_known_vector(profile: Profile) -> None:
    digest = hashlib.sha256(
        b"firearms-default|1|firearms-default|RS-BAT-2026-000001").digest()
    expected = int.from_bytes(digest[:8], "big") / 2**64
    assert (profile.id, profile.version, profile.random_seed) == (
        "firearms-default", 1, "firearms-default")
    assert random_draw("firearms-default", 1, "firearms-default",
                       "RS-BAT-2026-000001") == expected


def test_draw_uses_utf8_and_every_part() -> None:
    text = "firearms-default|2|sjeme|RS-ČAK-2026-000001"
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    assert random_draw("firearms-default", 2, "sjeme", "RS-ČAK-2026-000001") == \
        int.from_bytes(digest[:8], "big") / 2**64
    base = random_draw("p", 1, "s", "D-1")
    assert base == random_draw("p", 1, "s", "D-1")
    assert len({base, random_draw("q", 1, "s", "D-1"), random_draw("p", 2, "s", "D-1"),
                random_draw("p", 1, "t", "D-1"), random_draw("p", 1, "s", "D-2")}) == 5


def test_rate_over_100000_ids(profile: Profile) -> None:
    draws = [random_draw(profile.id, profile.version, profile.random_seed, i) for i in IDS]
    assert all(0 <= d < 1 for d in draws)
    assert profile.random_rate == 0.02
    share = sum(d < profile.random_rate for d in draws) / len(draws)
    assert abs(share - profile.random_rate) <= 0.002, share  # 0.2 percentage points
    # Other rates, within 4.5 standard deviations of a binomial share (0.2 points at 2 %).
    for rate in (0.005, 0.1, 0.5):
        share = sum(d < rate for d in draws) / len(draws)
        assert abs(share - rate) <= 4.5 * math.sqrt(rate * (1 - rate) / len(draws)), (rate, share)


@pytest.fixture(scope="module")
def green_with_a_hit() -> DeclarationFacts:
    """A declaration whose only hit is FA-09 (20 points): green unless drawn."""
    [facts] = read_facts(decl("G", item(1, "620342", "clothing", gross_kg=41.0)))
    return facts


def test_a_drawn_green_declaration_keeps_score_and_hits(
        profile: Profile, green_with_a_hit: DeclarationFacts) -> None:
    [lucky] = drawn(profile, 1)
    [plain] = not_drawn(profile, 1)
    chosen = assess(profile, with_id(green_with_a_hit, lucky))
    unchosen = assess(profile, with_id(green_with_a_hit, plain))
    assert (unchosen.lane, unchosen.random) == (Lane.GREEN, False)
    assert (chosen.lane, chosen.random) == (profile.random_lane, True) == (Lane.YELLOW, True)
    assert chosen.score == unchosen.score == 20
    assert chosen.hits == unchosen.hits
    assert rules_hit(chosen) == {"FA-09"}
    assert chosen.to_json()["random"] is True
    assert chosen.to_json()["lane"] == "yellow"


def test_the_engine_selects_exactly_the_drawn_ids(
        profile: Profile, green_with_a_hit: DeclarationFacts) -> None:
    for declaration_id in IDS[:400]:
        assessment = assess(profile, with_id(green_with_a_hit, declaration_id))
        selected = random_draw(profile.id, profile.version, profile.random_seed,
                               declaration_id) < profile.random_rate
        assert assessment.random is selected
        assert assessment.lane is (Lane.YELLOW if selected else Lane.GREEN)


@pytest.mark.parametrize(("name", "data", "lane"), [
    ("yellow (FA-12, 30)", decl("Y", item(1, "970500", "deactivated helmets")), Lane.YELLOW),
    ("red (FA-01)", decl("R", item(1, "930200", "pistols"), documents=[]), Lane.RED),
])
def test_only_an_otherwise_green_declaration_is_drawn(
        profile: Profile, name: str, data: dict[str, Any], lane: Lane) -> None:
    [facts] = read_facts(data)
    for declaration_id in drawn(profile, 5):
        assessment = assess(profile, with_id(facts, declaration_id))
        assert (assessment.lane, assessment.random) == (lane, False)


def test_the_random_lane_comes_from_the_profile(
        tmp_path: Path, green_with_a_hit: DeclarationFacts) -> None:
    red = copy_of_default(tmp_path, "  lane: yellow\n", "  lane: red\n")
    assert red.random_lane is Lane.RED
    for declaration_id in drawn(red, 3):
        assessment = assess(red, with_id(green_with_a_hit, declaration_id))
        assert (assessment.lane, assessment.random, assessment.score) == (Lane.RED, True, 20)


@pytest.mark.parametrize(("rate", "selected"), [("0", False), ("1", True)])
def test_rate_zero_and_one(tmp_path: Path, green_with_a_hit: DeclarationFacts, rate: str,
                           selected: bool) -> None:
    changed = copy_of_default(tmp_path, "  rate: 0.02\n", f"  rate: {rate}\n")
    for declaration_id in IDS[:50]:
        assessment = assess(changed, with_id(green_with_a_hit, declaration_id))
        assert assessment.random is selected
        assert assessment.lane is (Lane.YELLOW if selected else Lane.GREEN)


def test_another_version_draws_other_ids(tmp_path: Path, profile: Profile) -> None:
    version_2 = copy_of_default(tmp_path, "  version: 1\n", "  version: 2\n")
    first, second = set(drawn(profile, 200)), set(drawn(version_2, 200))
    assert len(first & second) < 50  # independent draws overlap by about 2 %
