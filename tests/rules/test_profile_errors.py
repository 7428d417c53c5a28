"""A profile with problems is rejected with one exact ``FILE:LINE:COL: message`` per problem."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.cli import main
from borderdesk.rules.problems import ProfileError
from borderdesk.rules.profile import load_profile
from borderdesk.services.screening import shipped_profiles

# Lines 1 to 18; the rules start on line 19.
HEAD = """\
profile:
  id: test
  version: 1
  effective: 2026-01-01
lanes:
  red: 60
  yellow: 30
lists:
  transit:
    kind: countries
    items: [UA]
  words:
    kind: keywords
    items: [pistol, gun barrel]
  codes:
    kind: hs_prefixes
    items: ["93", "8708"]
rules:
"""
# Lines 19 to 23.
GOOD_RULE = """\
  - id: R-1
    title: one
    weight: 10
    condition: origin_country == "TR"
    instruction: Look.
"""


def rule(condition: str, rule_id: str = "R-2", extra: str = "") -> str:
    """A rule whose ``condition:`` line comes fourth (line 27 after HEAD and GOOD_RULE)."""
    return (f"  - id: {rule_id}\n    title: two\n    weight: 10\n"
            f"    condition: {textwrap.dedent(condition).strip()}\n"
            f"    instruction: Look.\n{extra}")


def block(*lines: str, style: str = "|") -> str:
    """A condition written as a block scalar, its lines indented under ``condition:``."""
    return style + "\n" + "".join(f"      {line}\n" for line in lines)


CASES: list[tuple[str, str, list[str]]] = [
    ("unknown field in a rule",
     HEAD + GOOD_RULE.replace("    weight: 10\n", "    weight: 10\n    colour: red\n"),
     ["22:5: unknown field 'colour' (known: id, title, condition, weight, lane, instruction, "
      "rationale, enabled)"]),
    ("unknown field in profile:",
     HEAD.replace("  effective: 2026-01-01\n", "  effective: 2026-01-01\n  colour: blue\n")
     + GOOD_RULE,
     ["5:3: unknown field 'colour' (known: id, version, effective, author, jurisdiction, "
      "description)"]),
    ("unknown top-level section", HEAD + GOOD_RULE + "rulez: []\n",
     ["24:1: unknown field 'rulez' (known: profile, lanes, random, capacity, lists, rules)"]),
    ("unknown list in a condition", HEAD + GOOD_RULE + rule("origin_country in transitt"),
     ["27:34: unknown list 'transitt' (did you mean 'transit'?)"]),
    ("unknown list after matches", HEAD + GOOD_RULE + rule(
        "any line (line.description matches firearm_words)"),
     ["27:51: unknown list 'firearm_words'"]),
    ("unknown field in a condition", HEAD + GOOD_RULE + rule('consignee.nmae == "x"'),
     ["27:16: unknown field 'consignee.nmae' (did you mean 'consignee.name'?)"]),
    ("unknown field of a goods line", HEAD + GOOD_RULE + rule("any line (line.weight > 3)"),
     ["27:26: a goods line has no field 'weight'"]),
    ("unknown field on a later line of a | block", HEAD + GOOD_RULE + rule(block(
        'any line (line.hs_code starts with codes)', 'and consignee.nmae == "x"')),
     ["29:11: unknown field 'consignee.nmae' (did you mean 'consignee.name'?)"]),
    ("unknown field on a later line of a folded > block", HEAD + GOOD_RULE + rule(block(
        'any line (line.hs_code starts with codes)',
        'and consignee.kind == "private"',
        'and consignee.nmae == "x"', style=">")),
     ["30:11: unknown field 'consignee.nmae' (did you mean 'consignee.name'?)"]),
    ("unknown field in a nested quantifier of a block", HEAD + GOOD_RULE + rule(block(
        "count other in history(consignee, hours: 720)",
        "  (any line in other.lines (line.hs_cod starts with codes)) >= 2")),
     ["29:35: a goods line has no field 'hs_cod' (did you mean 'hs_code'?)"]),
    ("text compared with a number", HEAD + GOOD_RULE + rule("consignee.name == 5"),
     ["27:34: type mismatch: a text is compared with a number"]),
    ("number compared with a text", HEAD + GOOD_RULE + rule(
        'any line (line.gross_kg > "heavy")'),
     ["27:42: type mismatch: a number is compared with a text"]),
    ("matches on a countries list", HEAD + GOOD_RULE + rule("origin_country matches transit"),
     ["27:39: type mismatch: 'matches' needs a list of keywords, but 'transit' is a list of "
      "countries"]),
    ("and between numbers", HEAD + GOOD_RULE + rule("version and true"),
     ["27:16: type mismatch: 'and' needs a true/false, but this is a number"]),
    ("a condition that is not true or false", HEAD + GOOD_RULE + rule("version + 1"),
     ["27:16: a condition must be true or false, but this is a number"]),
    ("unclosed text", HEAD + GOOD_RULE + rule('consignee.name == "open'),
     ["27:34: a text is not closed"]),
    ("dangling operator at the end", HEAD + GOOD_RULE + rule("origin_country == 'TR' and"),
     ["27:42: expected a value, a field or '(', found the end of the condition"]),
    ("dangling operator in a block", HEAD + GOOD_RULE + rule(block(
        "any line (line.gross_kg >", "  ) or version > 1")),
     ["29:9: expected a value, a field or '(', found ')'"]),
    ("unknown character", HEAD + GOOD_RULE + rule("version > 1 ; drop"),
     ["27:28: unexpected character ';'"]),
    ("duplicate rule id", HEAD + GOOD_RULE + rule("version > 1", rule_id="R-1"),
     ["24:9: duplicate rule id 'R-1' (first at line 19)"]),
    ("bad country code", HEAD.replace("items: [UA]", "items: [UA, XX]") + GOOD_RULE,
     ["11:17: 'XX' is not an ISO 3166 country code"]),
    ("bad HS prefix", HEAD.replace('items: ["93", "8708"]', 'items: ["93", "87x8"]')
     + GOOD_RULE,
     ["17:19: '87x8' is not an HS code prefix (digits)"]),
    ("HS prefix YAML reads as an octal number",
     HEAD.replace('items: ["93", "8708"]', 'items: ["93", 0101]') + GOOD_RULE,
     ['17:19: YAML reads 0101 as the number 65: write HS prefixes in quotes, like "0101"']),
    ("rule without a weight or lane", HEAD + GOOD_RULE.replace("    weight: 10\n", ""),
     ["19:5: a rule needs a 'weight' or a forced 'lane'"]),
    ("bad lane", HEAD + GOOD_RULE.replace("    weight: 10\n", "    lane: purple\n"),
     ["21:11: must be 'red', 'yellow' or 'green'"]),
    ("several problems together",
     HEAD.replace("items: [UA]", "items: [XX]") + GOOD_RULE.replace(
         "    weight: 10\n", "    weight: 10\n    colour: red\n")
     + rule("origin_country in transitt") + rule('consignee.nmae == "x"', rule_id="R-1"),
     ["11:13: 'XX' is not an ISO 3166 country code",
      "22:5: unknown field 'colour' (known: id, title, condition, weight, lane, instruction, "
      "rationale, enabled)",
      "28:34: unknown list 'transitt' (did you mean 'transit'?)",
      "30:9: duplicate rule id 'R-1' (first at line 19)",
      "33:16: unknown field 'consignee.nmae' (did you mean 'consignee.name'?)"]),
]


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_problem_is_named_at_its_place(tmp_path: Path, name: str, text: str,
                                       expected: list[str]) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    assert problems_of(path) == [f"{path}:{problem}" for problem in expected]


def test_the_good_parts_load(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(HEAD + GOOD_RULE + rule(block(
        "any line (line.hs_code starts with codes", "  and line.description matches words)")),
        encoding="utf-8")
    profile = load_profile(path)
    assert [r.id for r in profile.rules] == ["R-1", "R-2"]


def test_problem_attributes(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(HEAD + GOOD_RULE + rule('consignee.nmae == "x"'), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.column) == (str(path), 27, 16)
    assert problem.message.startswith("unknown field 'consignee.nmae'")


def test_not_yaml(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(HEAD + "  - id: [R-1\n", encoding="utf-8")
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:20:1: not valid YAML")


# --- borderdesk profile check -------------------------------------------------------------------

@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    def go(*argv: Any) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return go


def test_profile_check_reports_every_problem(
        tmp_path: Path, run: Callable[..., tuple[int, str, str]]) -> None:
    _name, text, expected = next(c for c in CASES if c[0] == "several problems together")
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run("profile", "check", path)
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert lines[:-1] == [f"{path}:{problem}" for problem in expected]
    assert "5 problems" in lines[-1]
    assert "Traceback" not in err


@pytest.mark.parametrize("profile_id", shipped_profiles())
def test_profile_check_accepts_the_shipped_profiles(
        profile_id: str, run: Callable[..., tuple[int, str, str]]) -> None:
    code, out, err = run("profile", "check", profile_id)
    assert (code, err) == (0, "")
    assert f"profile {profile_id} " in out
    assert "no problems" in out


def test_profile_check_of_a_missing_file(
        tmp_path: Path, run: Callable[..., tuple[int, str, str]]) -> None:
    code, _out, err = run("profile", "check", tmp_path / "nowhere.yaml")
    assert code == 2
    assert "nowhere.yaml" in err


def test_replaced_list_items_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(HEAD + GOOD_RULE, encoding="utf-8")
    profile = load_profile(path)
    assert profile.with_lists({"transit": ("ua", "BY")}).lists["transit"].contains("UA")
    with pytest.raises(ProfileError) as caught:
        profile.with_lists({"transit": ("UA", "XX"), "codes": ("93", "9x")})
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:11:12: 'XX' is not an ISO 3166 country code (given to replace list "
        "'transit')",
        f"{path}:17:12: '9x' is not an HS code prefix (digits) (given to replace list "
        "'codes')",
    ]
    with pytest.raises(ProfileError) as unknown:
        profile.with_lists({"transits": ("UA",)})
    assert [str(p) for p in unknown.value.problems] == [
        f"{path}:9:3: there is no list 'transits' to replace"]
