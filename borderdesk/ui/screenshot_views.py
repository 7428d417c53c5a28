"""The pages ``--screenshot VIEW`` renders for the user guide beyond the officer's own.

Each function takes the main window built on the station (with a synchronous task
runner: work a page starts has finished when the picture is taken) and returns the
widget to draw: the Reports page with the figures of the station's data, the trainer
console with sessions started on a shipped scenario (in the window's exercises folder,
which ``--screenshot`` makes temporary), the Administration page's user accounts and
synchronisation, and the first-run set-up's first pages (on a station path that is
never written). ``scripts/screenshots.sh`` renders them into ``docs/images``.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from borderdesk.core.errors import UserInputError
from borderdesk.services import training_console as console
from borderdesk.services.declarations import QueueOrder, queue_keys, queue_page
from borderdesk.services.inspections import start_inspection
from borderdesk.services.station import StationSession, open_station
from borderdesk.training.builtin import builtin_packs
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.workers import SyncTaskRunner

#: The views of this module, in the order the user guide shows them.
GUIDE_VIEWS = ("reports", "exercise", "admin", "sync", "first-run", "first-run-choice",
               "first-run-station")
#: The trainees of the exercise picture (invented names, in both scripts).
TRAINEES = ("Ana Petrović", "Марко Јовановић", "Elira Hoxha")
#: How far the pictured sessions' scenario clocks have run (minutes), trainee by trainee.
CLOCK_STEPS = (95, 40, 0)
#: The station the set-up's picture fills in (typed values: the same in every language).
EXAMPLE_STATION = ("Batrovci", "RS-BAT", "RS", "Europe/Belgrade")
#: How many declarations the first pictured trainee has inspected.
INSPECTED = 2
#: Days of figures the Reports picture covers, up to the newest declaration.
REPORT_DAYS = 90


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def open_guide_view(window: MainWindow, view: str) -> QWidget:
    """The widget that ``view`` (one of :data:`GUIDE_VIEWS`) shows."""
    if view == "reports":
        return _reports(window)
    if view == "exercise":
        return _exercise(window)
    if view == "admin":
        window.show_page(window.users_page)
        return window
    if view == "sync":
        window.show_page(window.sync_page)
        return window
    return _first_run(window, view)


def newest_lodged(session: StationSession) -> date | None:
    """The day the newest declaration was lodged, if the station holds any."""
    keys = queue_keys(session, order=QueueOrder.LODGED, descending=True, limit=1)
    rows = queue_page(session, keys)
    return rows[0].lodged_at.date() if rows else None


def _reports(window: MainWindow) -> QWidget:
    from borderdesk.ui.reports_page import ReportsPage
    from borderdesk.ui.reports_period import Period, PeriodKind

    last = newest_lodged(window.session)
    if last is None:
        raise UserInputError(_tr(
            "The station holds no declarations: the Reports page has no figures to show."))
    window.show_page(window.reports_page)
    page = window.reports_page.page()
    assert isinstance(page, ReportsPage)
    # The station's own data, whatever today's date: the picture never shows an empty
    # month because the demo data was made for another day.
    page.chooser.choose(PeriodKind.CUSTOM, Period(last - timedelta(days=REPORT_DAYS), last))
    page.refresh()
    return window


def _exercise(window: MainWindow) -> QWidget:
    switch = window.switch
    folder = switch.exercises if switch is not None else None
    packs = builtin_packs()
    if folder is None or not packs:
        raise UserInputError(_tr("No scenario pack is installed: there is no exercise to show."))
    session = window.session
    made = console.start_sessions(session, packs[0], TRAINEES, cohort="2026-12",
                                  folder=folder)
    for info, minutes in zip(made, CLOCK_STEPS, strict=True):
        if minutes and info.path is not None:
            console.step_session_clock(session, info.path, minutes)
    if made[0].path is not None:
        _inspect_first(made[0].path, made[0].trainee)
    window.show_page(window.exercise_page)
    page = window.exercise_page.page()
    page.refresh()
    page.sessions_table.selectRow(0)
    return window


def _inspect_first(path: Path, trainee: str) -> None:
    """The first trainee at work: the first declarations of their queue inspected."""
    with open_station(path, actor=trainee, create=False) as exercise:
        rows = queue_page(exercise, queue_keys(exercise, limit=INSPECTED))
        for row in rows:
            start_inspection(exercise, row.declaration_id, "physical")


def _first_run(window: MainWindow, view: str) -> QWidget:
    from borderdesk.ui.first_run import (
        CHOICE_PAGE,
        LANGUAGE_PAGE,
        STATION_PAGE,
        FirstRunWizard,
    )

    start = {"first-run": LANGUAGE_PAGE, "first-run-choice": CHOICE_PAGE,
             "first-run-station": STATION_PAGE}[view]
    # A path that is never written: the wizard builds only when Finish is pressed.
    never_built = Path(window.session.path or "station.db").with_name("first-run-shot.db")
    wizard = FirstRunWizard(never_built, language="en", runner=SyncTaskRunner(),
                            parent=window)
    wizard.setStartId(start)
    wizard.restart()
    if start == STATION_PAGE:  # as an administrator fills it in (the guide's example)
        name, crossing, country, zone = EXAMPLE_STATION
        page = wizard.station_page
        page.name_box.setText(name)
        page.crossing_box.setText(crossing)
        page.set_country(country)
        page.set_time_zone(zone)
    return wizard


__all__ = ["GUIDE_VIEWS", "open_guide_view"]
