"""The seizure report read back: every serial, seal and custody entry, scripts, fonts,
the QR code, the recorded print, the language chosen and the exercise watermark."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pypdf
import pypdfium2
import pytest
import zxingcpp

from borderdesk.core import ts_catalogue
from borderdesk.rules.rule_texts import PROFILE_CONTEXT
from borderdesk.services.audit import verify_station
from borderdesk.services.reports import print_seizure_report
from borderdesk.services.seizures import case_document
from borderdesk.services.station import StationSession
from tests.reports.report_fixtures import pdf_text
from tests.reports.seizure_report_case import (
    ALBANIAN_NAME,
    ALBANIAN_PLACE,
    CYRILLIC_NAME,
    RECEIVERS,
    SEALS,
    SERIALS,
    BuiltCase,
)

FA01_TITLE = "Chapter 93 without a valid arms licence"
FA01_SERBIAN = "Glava 93 bez važeće dozvole za oružje"
ENGLISH_HEADINGS = ("The event", "Detection", "Seized items", "Markings", "Persons involved",
                    "Tracing", "Evidence steps", "Packages and seals", "Chain of custody",
                    "Photographs", "Integrity of this report", "Signatures",
                    "Chain of custody form", "Seizure report")


def test_the_report_holds_every_serial_seal_and_custody_entry(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    printed = print_seizure_report(station, case.case_number, out)
    text = pdf_text(out)
    for serial in SERIALS:
        assert serial in text
    for seal in SEALS:
        assert seal in text
    for package in case.packages:
        assert package in text
    document = case_document(station, case.case_id)
    assert len(document["custody"]) == 5
    flat = " ".join(text.split())
    for entry in document["custody"]:
        # Each entry is a row: package, number, released by, received by.
        assert f"{entry['package']} {entry['seq']}" in flat
        assert entry["received_by"] in flat and entry["released_by"] in flat
    assert all(name in flat for name in RECEIVERS)
    for photo in document["photos"]:
        assert photo["sha256"][:32] in text and photo["sha256"][32:] in text
    assert printed.case_number == case.case_number and printed.language == "en"


def test_cyrillic_and_albanian_text_extracts_as_written(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out)
    flat = " ".join(pdf_text(out).split())
    assert CYRILLIC_NAME in flat and ALBANIAN_NAME in flat
    assert ALBANIAN_PLACE in flat
    assert "кутија муниције" in flat and "Марко Илић" in flat


def test_every_font_is_embedded(station: StationSession, case: BuiltCase,
                                tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_the_qr_code_reads_back_as_the_case_and_its_snapshot_hash(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    printed = print_seizure_report(station, case.case_id, out)
    page = pypdfium2.PdfDocument(out.read_bytes())[0]
    image = page.render(scale=150 / 72).to_pil()
    found = [b.text for b in zxingcpp.read_barcodes(image)]
    assert found == [f"BDCASE:{case.case_id}:{printed.snapshot_sha256}"]
    info = pypdf.PdfReader(io.BytesIO(out.read_bytes())).metadata
    assert info is not None and info["/BorderdeskCase"] == found[0]


def test_the_print_is_recorded_audited_with_the_files_hash_and_checkpoint(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    printed = print_seizure_report(station, case.case_id, out, language="sr-Latn")
    assert printed.pdf_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    conn = station.database.conn
    row = tuple(conn.execute("SELECT case_ref, language, snapshot_sha256, pdf_sha256,"
                             " checkpoint_length, checkpoint_hash FROM printed_reports").fetchone())
    assert row == (case.case_id, "sr-Latn", printed.snapshot_sha256, printed.pdf_sha256,
                   printed.checkpoint.length, printed.checkpoint.head_hash)
    kept = tuple(conn.execute("SELECT purpose, length, head_hash FROM audit_checkpoints"
                              " ORDER BY rowid DESC LIMIT 1").fetchone())
    assert kept == ("report", printed.checkpoint.length, printed.checkpoint.head_hash)
    flat = " ".join(pdf_text(out).split())
    assert f"{printed.checkpoint.length}:{printed.checkpoint.head_hash}" in flat
    assert verify_station(station) == []
    audited = conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'printed_reports'")
    assert audited.fetchone()[0] == 1


def test_the_serbian_latin_report_has_no_english_heading_left(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out, language="sr-Latn")
    text = pdf_text(out)
    lines = {line.strip() for line in text.splitlines()}
    for heading in ENGLISH_HEADINGS:
        assert not any(line.endswith(heading) for line in lines), heading
    flat = " ".join(text.split())
    for words in ("Zapisnik o privremenom oduzimanju", "Uprava carina Republike Srbije",
                  "8. Lanac nadzora", "Obrazac lanca nadzora", "Brojevi plombi",
                  "Strana 1 od", "7. Pakovanja i plombe", "Nedozvoljena trgovina"):
        assert words in flat


def test_an_unknown_language_prints_english_and_says_so(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    printed = print_seizure_report(station, case.case_id, out, language="de")
    assert printed.language == "en" and "'de'" in printed.language_note
    assert "Chain of custody" in pdf_text(out)


def test_an_exercise_report_is_watermarked_on_every_page(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out, plain = tmp_path / "exercise.pdf", tmp_path / "plain.pdf"
    print_seizure_report(station, case.case_id, out, exercise=True)
    print_seizure_report(station, case.case_id, plain)
    pages = pdf_text(out).split("\f")
    assert len(pages) >= 6 and all("EXERCISE - NOT EVIDENCE" in p for p in pages)
    assert "EXERCISE" not in pdf_text(plain)


def test_one_custody_form_per_package_with_its_seal(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out)
    pages = pdf_text(out).split("\f")
    forms = [p for p in pages if "Chain of custody form" in p]
    assert len(forms) == len(case.packages)
    for form, package, seal in zip(forms, case.packages, SEALS, strict=False):
        assert package in form and seal in form


def test_a_serbian_report_names_the_rules_hit_and_the_route_in_serbian(
        station: StationSession, case: BuiltCase, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = ts_catalogue._catalogue

    def with_rule_title(language: str) -> dict[tuple[str, str], str]:
        # The shipped profile's title as a translator gives it (the .ts files are
        # filled by the lead after the texts are extracted).
        return {**real(language), (PROFILE_CONTEXT, FA01_TITLE): FA01_SERBIAN}

    monkeypatch.setattr(ts_catalogue, "_catalogue", with_rule_title)
    document = case_document(station, case.case_id)
    assert "FA-01" in document["case"]["rules_hit"]
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out, language="sr-Latn")
    flat = " ".join(pdf_text(out).split())
    assert f"FA-01 — {FA01_SERBIAN}" in flat
    assert FA01_TITLE not in flat
    assert "Turska (TR) → Bugarska (BG) → Austrija (AT)" in flat
    english = tmp_path / "english.pdf"
    print_seizure_report(station, case.case_id, english)
    flat = " ".join(pdf_text(english).split())
    assert f"FA-01 — {FA01_TITLE}" in flat
    assert "Turkey (TR) → Bulgaria (BG) → Austria (AT)" in flat
