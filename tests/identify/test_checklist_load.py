"""Loading checklists: the shipped one is valid; each kind of mistake names its line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.identify.checklist import Checklist
from borderdesk.identify.checklist_load import agreed_drawings, load_checklist

DRAWINGS = frozenset({"revolver", "pistol-self-loading"})
GOOD = """\
checklist: test
version: 3
steps:
  - id: first
    title: First
    questions:
      - id: kind
        kind: single
        label: Which?
        choices:
          - {id: revolver, label: Revolver, picture: revolver, sets: {category: revolver}}
          - {id: pistol, label: Pistol, picture: pistol-self-loading}
  - id: second
    title: Second
    when: {answer: kind, is: pistol}
    questions:
      - id: length
        kind: number
        unit: mm
        min: 1
        max: 10
        label: Length
"""


def _load(tmp_path: Path, text: str) -> Checklist:
    path = tmp_path / "checklist.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_checklist(path, DRAWINGS)


def test_a_good_checklist_loads(tmp_path: Path) -> None:
    checklist = _load(tmp_path, GOOD)
    assert (checklist.id, checklist.version) == ("test", 3)
    assert checklist.question("kind").choices[0].sets.category == "revolver"


def test_the_shipped_checklist_loads_and_shows_only_agreed_drawings(
        checklist: Checklist) -> None:
    pictures = {s.picture for s in checklist.steps} | {
        p for s in checklist.steps for q in s.questions
        for p in (q.picture, *(c.picture for c in q.choices))}
    assert pictures - {None} <= agreed_drawings()
    # Safety comes first, then the class of item (DOMAIN.md section 4).
    assert checklist.steps[0].id == "safety"
    assert checklist.index("condition") < checklist.index("class") < checklist.index("group")
    # The wizard shows the legal table's suggestion where the checklist says so.
    assert [s.id for s in checklist.steps if "legal_suggestion" in s.shows] == ["legal"]


def test_every_typology_choice_has_a_picture(checklist: Checklist) -> None:
    for question_id in ("item_class", "group", "handgun_type", "long_gun_type",
                        "rifle_action", "shotgun_action", "component"):
        for choice in checklist.question(question_id).choices:
            assert choice.picture, f"{question_id}: {choice.id}"


BROKEN = [
    # (what to replace, with what, expected line, expected words)
    ("    title: First\n", "    title: First\n    colour: red\n", 6, "colour: unknown field"),
    ("  - id: second\n", "  - id: first\n", 13, "step id 'first' appears twice"),
    ("      - id: length\n", "      - id: kind\n", 17, "question id 'kind' appears twice"),
    ("{id: pistol, label: Pistol,", "{id: revolver, label: Pistol,", 12,
     "choice id 'revolver' appears twice"),
    ("kind: number", "kind: slider", 18, "'slider' is not a kind of question"),
    ("        unit: mm\n", "", 17, "unit: a number question needs a unit"),
    ("picture: revolver,", "picture: gatling,", 11, "'gatling' is not one of the agreed"),
    ("{answer: kind, is: pistol}", "{answer: calibre, is: pistol}", 15,
     "there is no question 'calibre'"),
    ("{answer: kind, is: pistol}", "{answer: kind, is: rifle}", 15,
     "question 'kind' has no choice 'rifle'"),
    ("{answer: kind, is: pistol}", "{answered: length}", 15, "question 'length' is in the same"),
    ("{category: revolver}", "{category: blunderbuss}", 11, "'blunderbuss' is not known"),
    ("{category: revolver}", "{flags: [haunted]}", 11, "'haunted' is not a flag"),
    ("{answer: kind, is: pistol}", "{answer: kind, is: pistol, or: x}", 15,
     "or: unexpected here"),
    ("{answer: kind, is: pistol}", "{eval: 'kind == 1'}", 15, "not a condition"),
    ("        max: 10\n", "        max: 0\n", 21, "max: must not be below min"),
    ("version: 3", "version: three", 2, "version: must be a whole number"),
    ("    title: First\n", "    title: First\n    shows: [fireworks]\n", 6,
     "'fireworks' is not something a step can show"),
]


@pytest.mark.parametrize(("old", "new", "line", "words"), BROKEN)
def test_a_broken_checklist_names_file_line_and_problem(
        tmp_path: Path, old: str, new: str, line: int, words: str) -> None:
    assert old in GOOD
    with pytest.raises(DataFileError) as caught:
        _load(tmp_path, GOOD.replace(old, new, 1))
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{tmp_path / 'checklist.yaml'}:{line}: ")
    assert words in str(caught.value)


def test_a_condition_on_a_later_question_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("    when: {answer: kind, is: pistol}\n", "").replace(
        "  - id: first\n    title: First\n",
        "  - id: first\n    title: First\n    when: {answered: length}\n")
    with pytest.raises(DataFileError, match="'length' comes later"):
        _load(tmp_path, text)


def test_a_step_without_questions_is_refused(tmp_path: Path) -> None:
    text = GOOD.split("  - id: second")[0] + "  - id: second\n    title: S\n    questions: []\n"
    with pytest.raises(DataFileError, match="at least one question"):
        _load(tmp_path, text)
