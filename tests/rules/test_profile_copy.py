"""An analyst copies firearms-default, changes a threshold in the YAML, and the hits change."""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.paths import resource_path
from borderdesk.rules.profile import load_profile
from tests.rules.helpers import decl, item, rules_hit, screen

FA09_CONDITION = "line.gross_kg / line.packages > 40"


def test_changing_fa09_threshold_in_a_copy_changes_the_hits(tmp_path: Path) -> None:
    shipped = resource_path("profiles", "firearms-default.yaml")
    text = shipped.read_text(encoding="utf-8")
    assert text.count(FA09_CONDITION) == 1
    copy = tmp_path / "firearms-tuned.yaml"
    copy.write_text(text.replace(FA09_CONDITION, "line.gross_kg / line.packages > 20")
                    .replace("id: firearms-default", "id: firearms-tuned"), encoding="utf-8")

    original, tuned = load_profile(shipped), load_profile(copy)
    assert tuned.id == "firearms-tuned"
    # 3 packages of 30 kg of toys; and 3 of 15 kg, below both thresholds.
    heavy = decl("C-1", item(1, "950300", "toys", packages=3, gross_kg=90.0))
    light = decl("C-2", item(1, "950300", "toys", packages=3, gross_kg=45.0))

    [heavy_original, light_original] = screen(original, heavy, light)
    [heavy_tuned, light_tuned] = screen(tuned, heavy, light)
    assert "FA-09" not in rules_hit(heavy_original)
    assert "FA-09" in rules_hit(heavy_tuned)
    assert "30 > 20" in next(h.explanation for h in heavy_tuned.hits if h.rule == "FA-09")
    assert heavy_tuned.score == heavy_original.score + 20
    assert "FA-09" not in rules_hit(light_original) | rules_hit(light_tuned)
    # The rest of the copy is the same profile.
    assert [r.id for r in tuned.rules] == [r.id for r in original.rules]
    assert shipped.read_text(encoding="utf-8") == text


def _copy(tmp_path: Path, old: str, new: str) -> Path:
    text = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "copy.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_disabling_a_rule_in_a_copy(tmp_path: Path) -> None:
    header = "  - id: FA-03\n    title: Firearm words outside chapter 93\n"
    copy = _copy(tmp_path, header, header + "    enabled: false\n")
    data = decl("C-3", item(1, "730630", "steel gun barrel x"))
    [before] = screen(load_profile(resource_path("profiles", "firearms-default.yaml")), data)
    [after] = screen(load_profile(copy), data)
    assert rules_hit(before) == {"FA-03", "FA-05"}
    assert rules_hit(after) == {"FA-05"}
    assert (before.score, after.score) == (65, 15)


def test_lowering_the_red_threshold_in_a_copy(tmp_path: Path) -> None:
    copy = _copy(tmp_path, "lanes:\n  red: 60\n", "lanes:\n  red: 50\n")
    data = decl("C-4", item(1, "970500", "deactivated helmets"),
                item(2, "620342", "clothing", gross_kg=41.0))
    [before] = screen(load_profile(resource_path("profiles", "firearms-default.yaml")), data)
    [after] = screen(load_profile(copy), data)
    assert rules_hit(before) == rules_hit(after) == {"FA-09", "FA-12"}
    assert (before.score, before.lane.value) == (50, "yellow")
    assert (after.score, after.lane.value) == (50, "red")
