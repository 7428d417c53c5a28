"""``report verify``: unchanged after printing, changed (and what) after an amendment,
and refused for a file that is not a borderdesk report."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.cli import main
from borderdesk.reports import layout
from borderdesk.reports.snapshot import describe_changes, parse_qr_text, qr_text
from borderdesk.services.reports import NotAReport, print_seizure_report, verify_report
from borderdesk.services.seizures import add_part_group, correct_item, set_fields
from borderdesk.services.station import StationSession
from tests.reports.seizure_report_case import BuiltCase


def test_a_fresh_report_verifies_unchanged(station: StationSession, case: BuiltCase,
                                           tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    printed = print_seizure_report(station, case.case_id, out)
    found = verify_report(station, out)
    assert found.unchanged and found.changes == () and found.same_file is True
    assert found.snapshot_sha256 == printed.snapshot_sha256
    assert found.printed_by == "Ana Kovač"


def test_an_amended_case_fails_verification_naming_each_change(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out)
    set_fields(station, case.case_id, {"criminal_context": "organised_crime"})
    correct_item(station, case.case_id, 3, None, quantity=2)
    add_part_group(station, case.case_id, "barrel", 1, "spare barrel")
    found = verify_report(station, out)
    assert not found.unchanged
    text = "\n".join(found.changes)
    assert "fields.criminal_context was 'unknown', is now 'organised_crime'" in text
    assert "item 3: quantity was '3', is now '2'" in text
    assert "item 5 was added" in text


def test_the_command_exits_0_unchanged_1_changed_2_not_a_report(
        station: StationSession, case: BuiltCase, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    db = str(station.path)
    assert main(["report", "seizure", case.case_number, "-o", str(out), "--db", db]) == 0
    printed = capsys.readouterr().out
    assert "PDF file SHA-256:" in printed and "Audit checkpoint:" in printed
    assert main(["report", "verify", str(out), "--db", db]) == 0
    assert "Unchanged" in capsys.readouterr().out
    set_fields(station, case.case_id, {"national_number": "KU-452/2026"})
    assert main(["report", "verify", str(out), "--db", db]) == 1
    said = capsys.readouterr().out
    assert "CHANGED" in said and "national_number was 'KU-451/2026', is now 'KU-452/2026'" \
        in said
    other = tmp_path / "other.pdf"
    other.write_bytes(layout.render(layout.Letterhead("a", "b", "c", "d", "{page}/{pages}"),
                                    [layout.para("text")], layout.PdfInfo("t")))
    assert main(["report", "verify", str(other), "--db", db]) == 2
    assert "not a borderdesk seizure report" in capsys.readouterr().err
    text_file = tmp_path / "notes.txt"
    text_file.write_text("BDCASE:x:y", encoding="utf-8")
    assert main(["report", "verify", str(text_file), "--db", db]) == 2


def test_a_report_of_a_case_the_database_does_not_hold_is_refused(
        station: StationSession, case: BuiltCase, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    print_seizure_report(station, case.case_id, out)
    forged = out.read_bytes().replace(case.case_id.encode(), b"0" * len(case.case_id))
    (tmp_path / "forged.pdf").write_bytes(forged)
    with pytest.raises(NotAReport, match="does not hold"):
        verify_report(station, tmp_path / "forged.pdf")


_VALUES = st.one_of(st.none(), st.integers(), st.text(max_size=8),
                    st.lists(st.text(max_size=4), max_size=3))
_SNAPSHOTS = st.fixed_dictionaries({
    "case": st.fixed_dictionaries({"fields": st.dictionaries(
        st.sampled_from(["unit", "place", "officers"]), _VALUES)}),
    "items": st.lists(st.fixed_dictionaries({"number": st.integers(1, 5),
                                             "quantity": st.integers(1, 9)}),
                      max_size=4, unique_by=lambda i: i["number"]),
})


@given(_SNAPSHOTS, _SNAPSHOTS)
def test_changes_are_listed_exactly_when_snapshots_differ(before: dict[str, object],
                                                          after: dict[str, object]) -> None:
    assert describe_changes(before, before) == []
    assert (describe_changes(before, after) == []) == (before == after)


@given(st.text(alphabet="0123456789abcdef-", min_size=1, max_size=40),
       st.text(alphabet="0123456789abcdef", min_size=64, max_size=64))
def test_the_qr_text_reads_back(case_id: str, digest: str) -> None:
    assert parse_qr_text(qr_text(case_id, digest)) == (case_id, digest)
    assert parse_qr_text(f"BDCASE:{case_id}:{digest[:-1]}") is None
