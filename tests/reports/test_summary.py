"""The supervisor summary: figures from plain facts, and the PDF read back."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pypdfium2 as pdfium
from pypdf import PdfReader

from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts
from borderdesk.reports.summary import Capacity, Screened, summarise
from borderdesk.reports.summary_pdf import SummaryHeading, summary_pdf

START, END = date(2026, 11, 1), date(2026, 11, 30)


def _cases() -> list[CaseFacts]:
    def case(n: int, day: int, method: str, crossing: str, *kinds: str,
             status: str = "signed_off") -> CaseFacts:
        items = tuple(ItemFacts("firearm", category=k) for k in kinds)
        return CaseFacts(f"C-{n}", status, date(2026, 11, day), True, crossing, {
            "event_type": "seized", "detection_method": method, "route_departure": "TR",
            "route_destination": "AT"}, (*items, ItemFacts("ammunition", 40, "ammunition")))

    return [case(1, 3, "xray", "RS-BAT", "pistol", "pistol", "revolver"),
            case(2, 10, "dog", "RS-BAT", "rifle_carbine"),
            case(3, 20, "xray", "RS-HOR", "pistol", status="open"),
            case(4, 30, "manual_search", "RS-HOR"),
            case(5, 31 - 30, "xray", "RS-BAT", "pistol")]  # 1 November: in


def _screened() -> list[Screened]:
    rows = [Screened(date(2026, 11, 2), "red", False, ("R1-weapons",), True, "seizure"),
            Screened(date(2026, 11, 2), "red", False, ("R1-weapons", "R2-route"), True,
                     "nothing_found"),
            Screened(date(2026, 11, 2), "red", True, (), True, "irregularity"),
            Screened(date(2026, 11, 3), "yellow", False, ("R2-route",), False, None),
            Screened(date(2026, 11, 4), "green", False, (), False, None),
            Screened(date(2026, 10, 31), "red", False, ("R1-weapons",), True, "seizure")]
    return rows


def test_the_figures_of_a_month() -> None:
    summary = summarise(_cases(), _screened(), START, END, Capacity(red=2, yellow=5))
    assert (summary.events, summary.open_events, summary.arms, summary.rounds) == (5, 1, 6, 200)
    assert [(c.code, c.events, c.arms) for c in summary.by_type] == [
        ("pistol", 3, 4), ("revolver", 1, 1), ("rifle_carbine", 1, 1)]
    assert summary.events_with_arms == 4
    assert [(c.code, c.events, c.arms) for c in summary.by_method] == [
        ("xray", 3, 5), ("dog", 1, 1), ("manual_search", 1, 0)]
    assert [(c.code, c.events) for c in summary.by_crossing] == [("RS-BAT", 3), ("RS-HOR", 2)]
    assert summary.by_route[0].label == "TR Turkey > AT Austria"
    assert summary.declarations == 5 and summary.inspections == 3 and summary.random == 1
    assert summary.lane_totals == {"red": 3, "yellow": 1, "green": 1}
    rules = {r.rule: r for r in summary.rules}
    assert (rules["R1-weapons"].hits, rules["R1-weapons"].seizures) == (2, 1)  # October's out
    assert (rules["R2-route"].hits, rules["R2-route"].inspected) == (2, 1)
    assert not summary.weekly and len(summary.buckets) == 30
    assert summary.over_capacity("red") == 1  # 3 red on 2 November against 2 a day
    assert summary.over_capacity("green") == 0


def test_a_year_is_charted_by_week() -> None:
    summary = summarise([], [], date(2026, 1, 1), date(2026, 12, 31), Capacity(red=1))
    assert summary.weekly and sum(b.days for b in summary.buckets) == 365
    assert summary.buckets[0].days == 4  # Thursday 1 January to Sunday 4 January


def test_the_pdf_reads_back_with_the_figures_and_every_page_renders() -> None:
    summary = summarise(_cases(), _screened(), START, END, Capacity(red=2, yellow=5))
    heading = SummaryHeading("Customs administration, Serbia", "Batrovci (Батровци), RS-BAT",
                             "Printed 2026-12-01 by tester")
    pdf = summary_pdf(summary, heading)
    reader = PdfReader(BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for words in ("Supervisor summary", "2026-11-01 to 2026-11-30", "Батровци",
                  "5 (1 not yet signed off)", "Pistol", "X-ray or scanner", "R1-weapons",
                  "RS-HOR", "TR Turkey > AT Austria", "Lane selections against inspection",
                  f"Page 1 of {len(reader.pages)}"):
        assert words in text, words
    words = text.split()
    table = words.index("Type")  # the arms-by-type table: type, events, arms
    assert words[table:table + 9] == ["Type", "Events", "Arms", "Pistol", "3", "4",
                                      "Revolver", "1", "1"]
    fonts = {str(font["/BaseFont"]).split("+")[-1]: font for page in reader.pages
             for font in (f.get_object() for f in page["/Resources"]["/Font"].values())}
    for name in ("DejaVuSans", "DejaVuSans-Bold"):  # the text's fonts travel with the file
        descriptor = fonts[name]["/FontDescriptor"]
        assert "/FontFile2" in descriptor, name
    document = pdfium.PdfDocument(pdf)
    for index in range(len(document)):
        image = document[index].render(scale=0.5).to_pil()
        assert image.width > 0 and image.getextrema() != ((255, 255), (255, 255), (255, 255))


def test_an_empty_period_says_so_in_words() -> None:
    summary = summarise([], [], START, END)
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(summary_pdf(
        summary, SummaryHeading("A", "B", "C")))).pages)
    assert "No firearm or light weapon was recorded" in text
    assert "No risk rule hit" in text
    assert "No inspection capacity was given" in text
