"""Evidence labels: one per package with case, item, package, seal, time, collector and a
QR code, on the sheets listed as data."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from borderdesk.core.errors import DataFileError, UserInputError
from borderdesk.reports.documents import load_documents, printed_documents
from borderdesk.services.reports import print_labels
from borderdesk.services.station import StationSession
from tests.reports.report_fixtures import pdf_text
from tests.reports.seizure_report_case import SEALS, BuiltCase


@pytest.mark.parametrize("sheet", ["2x7", "3x8"])
def test_one_label_per_package_with_its_seal_and_a_readable_qr_code(
        station: StationSession, case: BuiltCase, tmp_path: Path, sheet: str) -> None:
    out = tmp_path / "labels.pdf"
    assert print_labels(station, case.case_number, out, sheet=sheet) == len(case.packages)
    text = pdf_text(out)
    for package, seal in zip(case.packages, SEALS, strict=False):
        assert package in text and f"Seal {seal}" in text
    assert text.count(f"Case {case.case_number}") == len(case.packages)
    assert "Collected by Ana Kovač" in text and "Revolver — ZASTAVA ARMS" in text
    page = pypdfium2.PdfDocument(out.read_bytes())[0]
    codes = sorted(b.text for b in zxingcpp.read_barcodes(page.render(scale=200 / 72).to_pil()))
    assert codes == sorted(f"BDPKG:{case.case_number}:{package}:{seal}"
                           for package, seal in zip(case.packages, SEALS, strict=False))


def test_labels_in_serbian_and_for_exercise(station: StationSession, case: BuiltCase,
                                            tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    print_labels(station, case.case_id, out, language="sr-Latn", exercise=True)
    text = pdf_text(out)
    assert f"Predmet {case.case_number}" in text and "Plomba CU-0458812" in text
    assert "VEŽBA - NIJE DOKAZ" in text


def test_an_unknown_sheet_is_refused_with_the_known_ones(station: StationSession,
                                                         case: BuiltCase,
                                                         tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="2x7, 3x8"):
        print_labels(station, case.case_id, tmp_path / "x.pdf", sheet="4x10")
    assert not (tmp_path / "x.pdf").exists()


def test_the_label_sheets_are_checked_data(tmp_path: Path) -> None:
    assert {lay.id: lay.per_sheet for lay in printed_documents().label_layouts} == {
        "2x7": 14, "3x8": 24}
    broken = tmp_path / "documents.yaml"
    broken.write_text("documents: printed\nversion: 1\nagencies:\n  default: Customs\n"
                      "label_layouts:\n  - id: big\n    name: too big\n    columns: 3\n"
                      "    rows: 2\n    width: 80\n    height: 30\n    top: 0\n    left: 0\n",
                      encoding="utf-8")
    with pytest.raises(DataFileError, match=r"documents.yaml:\d+: width: the labels do not "
                                            r"fit"):
        load_documents(broken)
