"""Texts from data in the declaration view: a shipped rule's title in the window's
language, an analyst's profile as written, country names in the window's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from borderdesk.core.i18n import install_translator
from borderdesk.core.paths import resource_path
from borderdesk.rules.rule_texts import PROFILE_CONTEXT
from borderdesk.services.assessments import activate_profile, screen_imported
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.ui import language
from borderdesk.ui.declaration_view import DeclarationView
from tests.conftest import declaration
from tests.ui.conftest import RED_ID

TITLE = "Chapter 93 without a valid arms licence"
INSTRUCTION = ("Physical inspection. Ask for the arms import, export or transit licence and "
               "compare it with the goods.")
SERBIAN = {TITLE: "Glava 93 bez važeće dozvole za oružje",
           INSTRUCTION: "Fizički pregled. Zatražite dozvolu za uvoz, izvoz ili tranzit oružja."}


@pytest.fixture
def serbian() -> Iterator[None]:
    """The window's translator knows FA-01's texts in the profile context."""
    def lookup(context: str, text: str) -> str:
        return SERBIAN.get(text, text) if context == PROFILE_CONTEXT else text

    install_translator(lookup, "sr_Latn")
    yield
    install_translator(None)


def _labels(view: DeclarationView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_a_shipped_rule_is_shown_in_the_windows_language(
        qtbot: Any, red_station: StationSession, serbian: None) -> None:
    view = DeclarationView(red_station, RED_ID)
    qtbot.addWidget(view)
    text = _labels(view)
    assert f"FA-01: {SERBIAN[TITLE]}" in text
    assert SERBIAN[INSTRUCTION] in text
    assert TITLE not in text


@pytest.fixture
def file_station(session: StationSession, write_json: Callable[..., Path],
                 tmp_path: Path) -> StationSession:
    """A station whose active profile is an analyst's file: the shipped default with one
    weight tuned, every rule text as it was."""
    shipped = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
    tuned = tmp_path / "tuned.yaml"
    tuned.write_text(shipped.replace("weight: 30", "weight: 35", 1), encoding="utf-8")
    activate_profile(session, str(tuned))
    red = declaration(RED_ID, documents=[],
                      items=[{"line": 1, "hs_code": "930200", "description": "revolvers",
                              "gross_kg": 5}])
    report = import_files(session, [write_json([red])])
    assert report.ok, report
    assert screen_imported(session, report) is not None
    return session


def test_an_analysts_profile_is_shown_as_written(
        qtbot: Any, file_station: StationSession, serbian: None) -> None:
    view = DeclarationView(file_station, RED_ID)
    qtbot.addWidget(view)
    text = _labels(view)
    assert f"FA-01: {TITLE}" in text
    assert SERBIAN[TITLE] not in text


def test_countries_are_named_in_the_windows_language(
        qtbot: Any, red_station: StationSession, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_current", ["sr_Cyrl"])
    view = DeclarationView(red_station, RED_ID)
    qtbot.addWidget(view)
    text = _labels(view)
    assert "Турска (TR) › Бугарска (BG) › Србија (RS)" in text
    assert "Serbia" not in text
