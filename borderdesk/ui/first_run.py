"""The first-run set-up window, and the same window run again from Administration.

:func:`first_start` is what the first start without a station shows (``cli._cmd_gui``):
the language, then "Try the demo station" (one click: the demo data and the demo
accounts) or "Set up this station" (station, administrator, recovery key, optional
enrolment, demo data or empty, summary). Finish builds everything on a worker in one
go (``services.first_run``): a failure leaves nothing behind, and headquarters refusing
the enrolment brings the user back to its page with the reason and a Skip button.
Cancelling writes nothing at all, not even the settings file.

:func:`run_set_up_again` (Administration › Run set-up again, administrators) shows the
language and station pages only and saves them on the open station; the accounts and
the database stay as they are.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from borderdesk.core.errors import BorderdeskError
from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.first_run import (
    EnrolmentFailed,
    SetUpPlan,
    SetUpResult,
    StationDetails,
    edit_station,
    recovery_sheet,
    set_up_demo_station,
    set_up_station,
    station_language,
)
from borderdesk.services.first_run_data import language_for_locale
from borderdesk.services.station import StationSession
from borderdesk.ui.first_run_finish import (
    DataPage,
    EnrolPage,
    RecoveryPage,
    SummaryPage,
    station_rows,
)
from borderdesk.ui.first_run_pages import (
    AdministratorPage,
    ChoicePage,
    LanguagePage,
    StationPage,
    show_message,
)
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error
from borderdesk.ui.settings import LANGUAGE
from borderdesk.ui.workers import TaskRunner, ThreadPoolRunner

log = logging.getLogger(__name__)

LANGUAGE_PAGE, CHOICE_PAGE, STATION_PAGE, ADMIN_PAGE, RECOVERY_PAGE, ENROL_PAGE, DATA_PAGE, \
    SUMMARY_PAGE = range(8)
#: The wizard's size: it fits a 1366x768 screen with the task bar.
WIZARD_SIZE = (820, 600)

class FirstRunWizard(QWizard):
    """The set-up of a new station at ``path``, or with ``session`` the set-up run again."""

    def __init__(self, path: Path | None = None, *, session: StationSession | None = None,
                 settings: Callable[[], QSettings] | None = None,
                 runner: TaskRunner | None = None, policy: SecurityPolicy | None = None,
                 language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._path, self._session, self._settings = path, session, settings
        self._runner: TaskRunner = runner or ThreadPoolRunner(self)
        self._policy = policy
        self.busy = False
        #: What Finish (or the demo) built; ``None`` until then, and when editing.
        self.built: SetUpResult | None = None
        editing = session is not None
        self.setWindowTitle(self.tr("Set up borderdesk") if not editing
                            else self.tr("Run set-up again"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        current = session.station if session is not None else None
        chosen = language or (station_language(session) if session is not None
                              else language_for_locale(QLocale.system().name()))
        self.language_page = LanguagePage(chosen)
        self.station_page = StationPage(None if current is None else StationDetails(
            current.name, current.crossing_code, current.country or "", current.time_zone))
        self.summary_page = SummaryPage(editing)
        self.setPage(LANGUAGE_PAGE, self.language_page)
        if not editing:
            self.choice_page = ChoicePage()
            self.admin_page = AdministratorPage(lambda: self.station_page.name_box.text())
            self.recovery_page = RecoveryPage()
            self.enrol_page = EnrolPage()
            self.data_page = DataPage()
            self.choice_page.demo_requested.connect(self.start_demo)
            self.setPage(CHOICE_PAGE, self.choice_page)
        self.setPage(STATION_PAGE, self.station_page)
        if not editing:
            self.setPage(ADMIN_PAGE, self.admin_page)
            self.setPage(RECOVERY_PAGE, self.recovery_page)
            self.setPage(ENROL_PAGE, self.enrol_page)
            self.setPage(DATA_PAGE, self.data_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setStartId(LANGUAGE_PAGE)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setMinimumHeight(CONTROL_HEIGHT)
            button.setMinimumWidth(CONTROL_HEIGHT * 3)
        # Ticks and radio dots a gloved finger finds (the buttons and fields are tall already).
        self.setStyleSheet("QCheckBox::indicator, QRadioButton::indicator "
                           "{ width: 24px; height: 24px; }")
        self.resize(*WIZARD_SIZE)

    def nextId(self) -> int:
        current = self.currentId()
        if self._session is not None:
            return {LANGUAGE_PAGE: STATION_PAGE, STATION_PAGE: SUMMARY_PAGE}.get(current, -1)
        return {LANGUAGE_PAGE: CHOICE_PAGE, CHOICE_PAGE: STATION_PAGE,
                STATION_PAGE: ADMIN_PAGE, ADMIN_PAGE: RECOVERY_PAGE,
                RECOVERY_PAGE: ENROL_PAGE, ENROL_PAGE: DATA_PAGE,
                DATA_PAGE: SUMMARY_PAGE}.get(current, -1)

    @property
    def language(self) -> str:
        """The chosen language's code."""
        return self.language_page.language

    def details(self) -> StationDetails:
        """The station's details as chosen."""
        return self.station_page.details(self.language)

    def plan(self) -> SetUpPlan:
        """What Finish builds."""
        assert self.recovery_page.recovery is not None, "the recovery page was shown"
        return SetUpPlan(self.details(), self.admin_page.administrator(),
                         self.recovery_page.recovery, self.enrol_page.enrolment(),
                         self.data_page.demo.isChecked())

    def recovery_sheet(self, key_text: str) -> str:
        """The recovery key's sheet for the recovery page's Print and Save."""
        return recovery_sheet(self.details(), self.admin_page.administrator().name, key_text)

    def summary_rows(self) -> list[tuple[str, str]]:
        """The summary page's lines."""
        rows = station_rows(self.summary_page, self.details())
        if self._session is not None:
            return rows
        admin = self.admin_page.administrator()
        enrolment = self.enrol_page.enrolment()
        return [*rows,
                (self.tr("Administrator"), f"{admin.display_name} ({admin.name})"
                 if admin.display_name else admin.name),
                (self.tr("Recovery key"), self.tr("written down")),
                (self.tr("Headquarters"), enrolment.url if enrolment is not None
                 else self.tr("not enrolled now (later from the Administration page)")),
                (self.tr("Declarations"), self.tr("the demo data, for practice")
                 if self.data_page.demo.isChecked() else self.tr("none: start empty"))]

    def _store_language(self) -> None:
        if self._settings is not None:
            LANGUAGE.set(self._settings(), self.language)

    def _set_busy(self, on: bool) -> None:
        self.busy = on
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not on)

    def start_demo(self) -> None:
        """Build the demo station (one click on the choice page)."""
        assert self._path is not None
        path, policy, language = self._path, self._policy, self.language
        self._set_busy(True)
        self.choice_page.busy(True)
        self._runner.run_task(
            lambda progress, _token: set_up_demo_station(path, on_progress=progress,
                                                         policy=policy, language=language),
            on_finished=self._built, on_failed=self._demo_failed)

    def _demo_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.choice_page.busy(False)
        show_message(self.choice_page.message, self._failure_text(exc))

    def accept(self) -> None:
        if self.busy:
            return
        if self._session is not None:
            try:
                edit_station(self._session, self.details())
            except BorderdeskError as exc:
                show_message(self.summary_page.message, plain_error(exc))
                return
            self._store_language()
            super().accept()
            return
        assert self._path is not None
        path, plan, policy = self._path, self.plan(), self._policy
        self._set_busy(True)
        self.summary_page.busy(True)
        self._runner.run_task(
            lambda progress, token: set_up_station(path, plan, on_progress=progress,
                                                   cancel=token, policy=policy),
            on_finished=self._built, on_failed=self._set_up_failed,
            on_progress=self.summary_page.progressed)

    def _built(self, result: SetUpResult) -> None:
        self._set_busy(False)
        self.built = result
        self._store_language()
        log.info("station set up at %s (demo data: %s)", result.path, result.demo)
        super().accept()

    def _set_up_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.summary_page.busy(False)
        if isinstance(exc, EnrolmentFailed):
            while self.currentId() not in (ENROL_PAGE, -1, LANGUAGE_PAGE):
                self.back()
            self.enrol_page.failed(plain_error(exc))
            return
        show_message(self.summary_page.message, self._failure_text(exc))

    def _failure_text(self, exc: Exception) -> str:
        if isinstance(exc, BorderdeskError):
            return plain_error(exc) + " " + self.tr("Nothing was written.")
        log.error("bug while setting up the station", exc_info=exc)
        return self.tr("Sorry, something went wrong inside borderdesk (a bug); nothing was "
                       "written. The details are in the log in the data folder.")

    def reject(self) -> None:
        if not self.busy:  # the work in hand finishes or fails whole first
            super().reject()

    def done(self, result: int) -> None:
        if not self.busy:
            super().done(result)


def first_start(path: Path, *, settings: Callable[[], QSettings] | None = None
                ) -> SetUpResult | None:
    """Show the set-up for a new station at ``path``; what was built, or ``None`` when
    the user cancelled (nothing was written then)."""
    from borderdesk.ui.app import prepare_application
    from borderdesk.ui.settings import open_settings

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    prepare_application(app)
    wizard = FirstRunWizard(path, settings=settings or open_settings)
    wizard.exec()
    result = wizard.built
    wizard.deleteLater()
    return result


def run_set_up_again(session: StationSession, parent: QWidget | None = None,
                     *, settings: Callable[[], QSettings] | None = None) -> bool:
    """The set-up again on the open station (language and station details); whether
    something was saved."""
    from borderdesk.ui.settings import open_settings

    wizard = FirstRunWizard(session=session, settings=settings or open_settings,
                            parent=parent)
    saved = wizard.exec() == QWizard.DialogCode.Accepted
    wizard.deleteLater()
    return saved


__all__ = ["FirstRunWizard", "first_start", "run_set_up_again"]
