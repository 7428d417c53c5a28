"""The Reports page on the demo station: the figures of a period, refreshed when the period
changes, a button per document that writes its file (read back with pypdf), report
verify in words, and "Print seizure report…" in the case view.

The demo station (three cases, one signed off) is made once per module and copied for
each test, which may print and amend its copy. Renders run on the window's real thread
pool; the tests wait for the outcome the page shows.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from borderdesk.core.clock import FixedClock
from borderdesk.services.demo import create_demo_station
from borderdesk.services.seizures import get_case, list_cases, set_fields
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.reports_actions import CaseDocumentDialog
from borderdesk.ui.reports_page import ReportsPage
from borderdesk.ui.reports_period import Period, PeriodKind, period_of
from borderdesk.ui.seizure_case_view import SeizureCaseView
from borderdesk.ui.workers import ThreadPoolRunner

TODAY = date(2026, 11, 28)
#: 20:00 in Belgrade on the demo's day: after everything the demo recorded.
CLOCK = FixedClock(datetime(2026, 11, 28, 19, 0, tzinfo=UTC))


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    create_demo_station(folder / "station.db", today=TODAY, clock=CLOCK, actor="Vesna Radović")
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[StationSession]:
    """A copy of the demo station for one test, acting as the supervisor."""
    folder = tmp_path / "station"
    shutil.copytree(demo_folder, folder)
    with open_station(folder / "station.db", actor="Vesna Radović", create=False,
                      clock=CLOCK) as session:
        yield session


@pytest.fixture
def page(demo: StationSession, qtbot: Any) -> Iterator[ReportsPage]:
    runner = ThreadPoolRunner()
    built = ReportsPage(demo, runner)
    qtbot.addWidget(built)
    built.resize(1366, 700)
    built.show()
    wait_figures(qtbot, built)
    yield built
    runner.shutdown()


def wait_figures(qtbot: Any, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: page.loading.text() == "" and page.figures.summary is not None)


def run(qtbot: Any, page: ReportsPage, start: bool) -> str:
    """Wait for the render ``start`` began; the outcome shown."""
    assert start
    qtbot.waitUntil(lambda: not page.jobs.busy, timeout=20_000)
    assert page.jobs.last is not None
    return page.outcome.text()


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\f".join(p.extract_text() for p in reader.pages)


def case_number(session: StationSession, signed: bool) -> tuple[str, str]:
    found = next(c for c in list_cases(session) if (c.status == "signed_off") == signed)
    return found.id, found.case_number


def firearm_case(session: StationSession) -> tuple[str, str]:
    found = next(c for c in list_cases(session)
                 if any(i.kind == "firearm" for i in get_case(session, c.id).items))
    return found.id, found.case_number


def test_periods_are_station_days() -> None:
    assert period_of(PeriodKind.THIS_MONTH, TODAY) == Period(date(2026, 11, 1), TODAY)
    assert period_of(PeriodKind.LAST_MONTH, TODAY) == Period(date(2026, 10, 1),
                                                             date(2026, 10, 31))
    assert period_of(PeriodKind.LAST_MONTH, date(2027, 1, 5)) == Period(
        date(2026, 12, 1), date(2026, 12, 31))
    assert period_of(PeriodKind.THIS_YEAR, TODAY) == Period(date(2026, 1, 1), TODAY)


def test_the_page_shows_this_months_figures_and_refreshes_for_another_period(
        page: ReportsPage, qtbot: Any) -> None:
    keys = page.figures.key_labels
    assert page.period == Period(date(2026, 11, 1), TODAY)
    assert keys["events"].text() == "3" and keys["open"].text() == "2"
    # Two pistols, and an alarm pistol converted to fire live rounds (an arm too).
    assert keys["arms"].text() == "3" and keys["rounds"].text() == "148"
    assert keys["declarations"].text() == "320"
    types = {c.label: c.arms for c in page.figures.type_model.rows()}
    assert types == {"Pistol": 3}
    assert page.figures.type_chart.rows == [("Pistol", 3)]
    assert {r.lane: r.selections for r in page.figures.lane_model.rows()} == {
        "red": 16, "yellow": 19, "green": 285}
    assert len(page.figures.lane_chart.buckets) == 28  # one bar a day, to today

    page.chooser.choose(PeriodKind.LAST_MONTH)
    wait_figures(qtbot, page)
    assert page.figures.summary is not None
    assert page.figures.summary.start == date(2026, 10, 1)
    assert keys["events"].text() == "0" and keys["declarations"].text() == "0"
    assert page.figures.type_model.rowCount() == 0

    page.chooser.choose(PeriodKind.CUSTOM, Period(date(2026, 11, 16), date(2026, 11, 16)))
    wait_figures(qtbot, page)
    assert keys["events"].text() == "1"  # the case opened on the 16th, station time


def test_a_capacity_given_shows_days_over_it(page: ReportsPage, qtbot: Any) -> None:
    page.red_capacity.setValue(1)
    wait_figures(qtbot, page)
    red = next(r for r in page.figures.lane_model.rows() if r.lane == "red")
    assert red.capacity == 1 and red.busiest == 3 and red.over == 4
    assert page.figures.lane_chart.capacity == 1


def test_each_model_passes_the_model_tester(page: ReportsPage, qtmodeltester: Any) -> None:
    for model in page.figures.models:
        assert model.rowCount() >= 0
        qtmodeltester.check(model)


def test_the_summary_button_writes_the_summary_of_the_period(
        page: ReportsPage, qtbot: Any, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    said = run(qtbot, page, page.write_summary_to(out))
    assert str(out) in said and "3 seizure(s), 3 arm(s)" in said
    text = pdf_text(out)
    assert "2026-11-01" in text and "Pistol" in text
    assert page.open_button.isVisible()


def test_the_summary_is_saved_where_the_save_dialog_says(
        page: ReportsPage, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proposed: list[str] = []

    def save(_parent: object, _title: str, where: str, _filter: str) -> tuple[str, str]:
        proposed.append(where)
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    run(qtbot, page, page.print_summary())
    assert proposed[0].endswith("summary-2026-11-01-2026-11-28.pdf")
    assert (tmp_path / "chosen.pdf").exists()  # .pdf added


def test_the_iafq_button_writes_the_workbook_and_csv_files(
        page: ReportsPage, qtbot: Any, tmp_path: Path) -> None:
    said = run(qtbot, page, page.export_iafq_to(2026, tmp_path / "iafq"))
    assert (tmp_path / "iafq" / "iafq-2026.xlsx").exists()
    assert list((tmp_path / "iafq").glob("iafq-2026-*.csv"))
    assert "iafq-2026.xlsx" in said


def test_the_seizure_report_in_serbian_and_verify_after_an_amendment(
        page: ReportsPage, demo: StationSession, qtbot: Any, tmp_path: Path) -> None:
    case_id, number = case_number(demo, signed=False)
    out = tmp_path / "report.pdf"
    said = run(qtbot, page, page.print_report_to(case_id, "sr-Latn", out))
    assert number in said and "sr-Latn" in said
    text = pdf_text(out)
    assert number in text
    serials = [m.text for item in get_case(demo, case_id).items if item.record
               for m in item.record.markings if m.kind == "serial"]
    assert all(serial in text for serial in serials)

    assert run(qtbot, page, page.verify_file(out)).startswith("Unchanged")
    set_fields(demo, case_id, {"criminal_context": "organised_crime"})
    said = run(qtbot, page, page.verify_file(out))
    assert said.startswith("Changed") and "criminal_context" in said
    assert not page.jobs.last.ok  # type: ignore[union-attr]

    other = tmp_path / "other.pdf"
    run(qtbot, page, page.write_summary_to(other))
    assert "not a borderdesk seizure report" in run(qtbot, page, page.verify_file(other))


def test_the_labels_and_trace_buttons_write_their_files(
        page: ReportsPage, demo: StationSession, qtbot: Any, tmp_path: Path) -> None:
    case_id, number = case_number(demo, signed=True)
    out = tmp_path / "labels.pdf"
    said = run(qtbot, page, page.print_labels_to(case_id, "2x7", out))
    assert "label(s)" in said and number in pdf_text(out)
    case_id, number = firearm_case(demo)
    firearm = next(i for i in get_case(demo, case_id).items if i.kind == "firearm")
    said = run(qtbot, page, page.write_trace_to(firearm.id, tmp_path / "trace"))
    pdf = next((tmp_path / "trace").glob("trace-*.pdf"))
    assert pdf.with_suffix(".json").exists() and number in pdf_text(pdf)
    assert "Trace request packet written" in said


def test_an_error_is_said_in_plain_words(page: ReportsPage, qtbot: Any,
                                         tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    said = run(qtbot, page, page.export_iafq_to(2026, blocker))
    assert said == f"{blocker} is a file, not a folder"
    assert not page.open_button.isVisible()


def test_the_trace_dialog_offers_only_firearms(demo: StationSession, qtbot: Any) -> None:
    case_id, _number = firearm_case(demo)
    dialog = CaseDocumentDialog(demo, "trace", "Trace", case_id)
    qtbot.addWidget(dialog)
    firearms = [i for i in get_case(demo, case_id).items if i.kind == "firearm"]
    assert dialog.item_box.count() == len(firearms) > 0
    assert dialog.values()["case_id"] == case_id


def test_the_case_view_prints_its_seizure_report(
        demo: StationSession, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, number = case_number(demo, signed=True)
    runner = ThreadPoolRunner()
    view = SeizureCaseView(demo, case_id, runner)
    qtbot.addWidget(view)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "case.pdf"), ""))

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CaseDocumentDialog)
        assert dialog.values()["case_id"] == case_id  # the open case, chosen beforehand
        dialog.accept()

    QTimer.singleShot(0, accept)
    assert view.print_report()
    qtbot.waitUntil(lambda: any(box.isVisible() for box in view.findChildren(QMessageBox)),
                    timeout=20_000)
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    assert number in box.text() and (tmp_path / "case.pdf").exists()
    box.close()
    view.close()
    runner.shutdown()


def test_the_window_builds_the_reports_page_on_first_show(
        demo: StationSession, make_window: Any, qtbot: Any) -> None:
    window: MainWindow = make_window(demo)
    window.show()
    assert not window.reports_page.built
    window.show_page(window.reports_page)
    assert window.reports_page.built
    page = window.reports_page.page()
    assert isinstance(page, ReportsPage)
    wait_figures(qtbot, page)
    assert page.figures.key_labels["events"].text() == "3"
    assert isinstance(window.reports_page.parentWidget(), QDialog) is False
