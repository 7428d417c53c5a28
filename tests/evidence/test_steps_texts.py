"""The evidence steps' help texts and the order rules' reasons: collected for translators
in the context the program looks them up in, and read in the reader's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.i18n import install_translator
from borderdesk.evidence.steps import STEPS_CONTEXT, default_steps
from borderdesk.evidence.steps_order import StepFact, order_breaks
from borderdesk.i18n_tools.extract_data import extract_data

STEPS = default_steps()
ROOT = Path(__file__).parents[2]


@pytest.fixture
def marked() -> Iterator[None]:
    """A translator that marks every text of the steps' context, and no other."""
    def lookup(context: str, text: str) -> str:
        return f"<{text}>" if context == STEPS_CONTEXT else text

    install_translator(lookup, "sr_Latn")
    yield
    install_translator(None)


def test_translators_get_every_help_text_and_every_reason() -> None:
    extracted = {text for context, text, _ in extract_data(ROOT) if context == STEPS_CONTEXT}
    helps = [s.help for s in STEPS.steps] + [f.help for s in STEPS.steps for f in s.fields]
    for text in [h for h in helps if h] + [r.why for r in STEPS.order_rules]:
        assert text in extracted, text


def test_a_broken_rule_is_explained_in_the_readers_language(marked: None) -> None:
    rule = next(r for r in STEPS.order_rules if "condition as found" in r.why)
    first, then = STEPS.step(rule.first), STEPS.step(rule.then)
    assert first is not None and then is not None
    new = StepFact(rule.then, "1", "2026-11-28T08:30:00.000Z")
    [broken] = [b for b in order_breaks(STEPS, [], new) if b.rule == rule]
    assert f"<{rule.why}>" in broken.message
    assert f"'<{first.title}>'" in broken.message and f"'<{then.title}>'" in broken.message


def test_without_a_translator_the_reason_reads_as_written() -> None:
    rule = STEPS.order_rules[0]
    [broken] = [b for b in order_breaks(STEPS, [], StepFact(rule.then, "1", "2026-11-28T08:30"))
                if b.rule == rule]
    assert broken.message.endswith(": " + rule.why)
