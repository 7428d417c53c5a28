"""Every picture the checklist may show exists as a drawing, and every drawing is usable."""

from __future__ import annotations

from borderdesk.core.paths import resource_path
from borderdesk.identify.checklist import default_checklist
from borderdesk.identify.checklist_load import agreed_drawings


def test_the_agreed_drawing_names_are_the_drawing_files() -> None:
    files = {path.stem for path in resource_path("reference", "drawings").glob("*.svg")}
    assert agreed_drawings() == files


def test_every_picture_of_the_firearm_checklist_is_a_drawing_file() -> None:
    folder = resource_path("reference", "drawings")
    checklist = default_checklist()
    pictures = {step.picture for step in checklist.steps if step.picture}
    pictures |= {choice.picture for step in checklist.steps for question in step.questions
                 for choice in question.choices if choice.picture}
    assert pictures, "the checklist shows pictures"
    missing = sorted(name for name in pictures if not (folder / f"{name}.svg").is_file())
    assert missing == []
