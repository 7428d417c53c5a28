"""The quick reference for the control booth: one page, the lanes and the safety rule, in
the language asked for, however long that language's texts are."""

from __future__ import annotations

import io
from datetime import datetime

import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.core.i18n import LanguageTranslator, english
from borderdesk.core.ts_catalogue import translator_for
from borderdesk.reports.quick_reference import (
    KEY_TASKS,
    QuickReferenceContext,
    quick_reference_pdf,
)

CONTEXT = QuickReferenceContext("Customs Administration of the Republic of Serbia",
                                "Batrovci", "RS-BAT", datetime(2026, 11, 28, 9, 30))

#: A few of the sheet's texts in Serbian Cyrillic, as a translator would give them.
SERBIAN = {
    "Treat every firearm as loaded.": "Свако ватрено оружје сматрајте напуњеним.",
    "SAFETY FIRST": "БЕЗБЕДНОСТ ПРЕ СВЕГА",
    "Red": "Црвени", "Yellow": "Жути", "Green": "Зелени",
    "The lanes": "Канали",
    "Physical inspection: search the vehicle or the goods as the risk panel says.":
        "Физички преглед: претражите возило или робу како каже панел ризика.",
}


def pages_and_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_the_english_sheet_is_one_page_with_the_lanes_the_safety_rule_and_the_keys() -> None:
    pages, text = pages_and_text(quick_reference_pdf(CONTEXT, english("report")))
    assert pages == 1
    assert "Treat every firearm as loaded." in text
    assert "Do not work the action" in text
    assert "Call a qualified person (armourer, police firearms officer)" in text
    for lane, meaning in (("Red", "Physical inspection"), ("Yellow", "Document check"),
                          ("Green", "Release, unless"), ("(random)", "Chosen at random")):
        assert lane in text and meaning in text
    for task in KEY_TASKS:
        assert task.keys in text
    assert "who releases it and who receives it" in text
    assert "Batrovci border crossing (RS-BAT)" in text


def test_the_sheet_prints_in_the_language_of_its_translator() -> None:
    def lookup(_context: str, source: str) -> str:
        return SERBIAN.get(source, source)

    pages, text = pages_and_text(quick_reference_pdf(
        CONTEXT, LanguageTranslator("sr-Cyrl", lookup, "report")))
    assert pages == 1
    for translated in SERBIAN.values():
        assert translated in text
    assert "Treat every firearm as loaded." not in text
    assert "language: sr-Cyrl" in text


def test_the_shipped_serbian_cyrillic_catalogue_translates_what_it_knows() -> None:
    t = translator_for("sr-Cyrl", "report")
    assert t.language == "sr-Cyrl"
    pages, text = pages_and_text(quick_reference_pdf(CONTEXT, t))
    assert pages == 1
    page_label = t("Page {page} of {pages}", page=1, pages=1)
    assert page_label != "Page 1 of 1" and page_label in text
    # Until a text of the sheet is translated it prints in English, never blank.
    assert t("Treat every firearm as loaded.") in text


@settings(max_examples=6, deadline=None)
@given(stretch=st.integers(min_value=1, max_value=3))
def test_longer_languages_still_fit_one_page(stretch: int) -> None:
    def longer(_context: str, source: str) -> str:
        if "{" in source:
            return source  # placeholders stay as they are
        return " ".join([source] * stretch) if len(source) > 3 else source

    pages, text = pages_and_text(quick_reference_pdf(
        CONTEXT, LanguageTranslator("xx", longer, "report")))
    assert pages == 1
    assert "Treat every firearm as loaded." in text
