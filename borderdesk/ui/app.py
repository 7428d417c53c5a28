"""Starting the window: the application object, font, translations, error handling.

:func:`run_gui` is what ``borderdesk`` without a subcommand calls. With
``smoke_test`` it builds the main window on the database (a temporary one when
none is given), draws it once and quits with 0: the check run on every frozen
build. With ``screenshot`` it saves a PNG of one view (:data:`SCREENSHOT_VIEWS`)
at :data:`HEADLESS_SIZE` instead of staying open: ``scripts/screenshots.sh``
keeps the pictures in ``docs/images`` current with it.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from borderdesk import (
    APP_DISPLAY_NAME,
    APP_NAME,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    __version__,
)
from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import install_translator
from borderdesk.core.languages import SOURCE_LANGUAGE
from borderdesk.core.logs import configure_logging
from borderdesk.core.paths import default_db_path
from borderdesk.services.declarations import QueueOrder, queue_keys, queue_page
from borderdesk.services.sign_in import is_protected, sign_in
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui.crash import ExceptHook
from borderdesk.ui.declaration_view import DeclarationView
from borderdesk.ui.exercise_switch import StationSwitch
from borderdesk.ui.fonts import apply_app_font
from borderdesk.ui.language import apply_language, startup_language
from borderdesk.ui.main_window import PROFILE_LABEL_DELAY_MS, MainWindow
from borderdesk.ui.screenshot_views import GUIDE_VIEWS, open_guide_view
from borderdesk.ui.settings import LANGUAGE, open_settings
from borderdesk.ui.sign_in_dialog import ChangePasswordDialog, SignInDialog
from borderdesk.ui.smoke import SmokeFailure, SmokeRun, is_frozen
from borderdesk.ui.workers import SyncTaskRunner

#: Where a smoke test or screenshot of a protected station finds the password.
PASSWORD_VARIABLE = "BORDERDESK_PASSWORD"

log = logging.getLogger(__name__)

#: The window's size in smoke tests and screenshots (a common laptop screen).
HEADLESS_SIZE = (1366, 768)

#: How long (s) a thread holds the GIL before a thread waiting for it may ask for it.
#: CPython asks the holder to let go only after a whole interval passes with no switch
#: at all, and a worker that gives the GIL up for a moment and takes it straight back
#: (each read from a file, each SQLite call) restarts that wait: with the default 5 ms,
#: an import reading its file kept the window's thread waiting up to 190-380 ms
#: (bench/ui_bench.py; 20 ms with 1 ms). The interval only matters while a thread waits.
SWITCH_INTERVAL_S = 0.001

#: What ``--screenshot VIEW FILE`` can render: the main window with the queue, the
#: declaration view of the declaration with the highest score, and the analysis page's
#: back-test of the two bundled profiles over all the station's declarations, and the
#: identification wizard at a typology choice, a safety step, markings and the result
#: (a sample identification, never stored: :mod:`borderdesk.ui.identify_sample`), the
#: seizure case, and the other roles' pages (:mod:`borderdesk.ui.screenshot_views`).
SCREENSHOT_VIEWS = ("queue", "declaration", "backtest", "identify", "identify-safety",
                    "identify-markings", "identify-result", "case", "case-steps",
                    "case-photos", "case-custody", *GUIDE_VIEWS)
#: The tab of the seizure case view each ``case*`` view shows.
_CASE_TABS = {"case": 0, "case-steps": 2, "case-photos": 3, "case-custody": 4}
#: Views the issues plan whose screens do not exist yet: refused in plain words.
PLANNED_VIEWS: tuple[str, ...] = ()

def prepare_application(app: QApplication, language: str = SOURCE_LANGUAGE) -> None:
    """Names, font, translations (``language``: a code of languages.yaml) and the GIL's
    switch interval: everything a window needs before it is built."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    apply_app_font(app)
    apply_language(app, language)


def _application() -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        return QApplication(sys.argv[:1])
    if not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication without widgets already exists")
    return existing


def _start_error(message: str, headless: bool) -> None:
    text = QCoreApplication.translate("app", "borderdesk cannot start:\n\n{error}").format(
        error=message)
    if headless:
        print(text, file=sys.stderr)
    else:
        QMessageBox.critical(None, APP_DISPLAY_NAME, text)


def _screenshot_view_error(view: str) -> str | None:
    """Why ``view`` cannot be rendered, or ``None`` when it can."""
    if view in SCREENSHOT_VIEWS:
        return None
    if view in PLANNED_VIEWS:
        return QCoreApplication.translate(
            "app", "The screenshot view \"{view}\" is not available yet.").format(view=view)
    return QCoreApplication.translate(
        "app", "There is no screenshot view \"{view}\"; choose one of: {views}.").format(
        view=view, views=", ".join(SCREENSHOT_VIEWS + PLANNED_VIEWS))


def top_scored_declaration(session: StationSession) -> str | None:
    """The id of the declaration with the highest score (the newest of equals), if any."""
    # The queue's score order, highest first: equal scores newest first, unscreened last.
    keys = queue_keys(session, order=QueueOrder.SCORE, descending=True, limit=1)
    rows = queue_page(session, keys)
    return rows[0].declaration_id if rows and rows[0].score is not None else None


def _open_screenshot_view(window: MainWindow, view: str) -> QWidget:
    """Build the widget that ``view`` renders, sized :data:`HEADLESS_SIZE`, not yet shown."""
    window.resize(*HEADLESS_SIZE)
    if view == "backtest":
        window.show_page(window.analysis)
        if window.analysis.run_backtest_now() is None:
            raise UserInputError(QCoreApplication.translate(
                "app", "The station holds no declarations: there is nothing to back-test."))
        return window
    if view.startswith("identify"):
        from borderdesk.ui.identify_sample import sample_wizard

        wizard = sample_wizard(window.session, view, parent=window)
        wizard.resize(*HEADLESS_SIZE)
        return wizard
    if view in _CASE_TABS:
        return _case_view(window, _CASE_TABS[view])
    if view in GUIDE_VIEWS:
        return open_guide_view(window, view)
    if view != "declaration":
        return window
    declaration_id = top_scored_declaration(window.session)
    if declaration_id is None:
        raise UserInputError(QCoreApplication.translate(
            "app", "No declaration has been screened yet: there is no declaration to show."))
    shown = DeclarationView(window.session, declaration_id, parent=window)
    shown.resize(*HEADLESS_SIZE)
    return shown


def _case_view(window: MainWindow, tab: int) -> QWidget:
    """The seizure case with the most evidence steps (the demo's second case has them all,
    a deviation and photos), on ``tab``."""
    from borderdesk.services.evidence_steps import timeline
    from borderdesk.services.seizures import list_cases
    from borderdesk.ui.seizure_case_view import SeizureCaseView

    cases = list_cases(window.session)
    if not cases:
        raise UserInputError(QCoreApplication.translate(
            "app", "The station holds no seizure case: there is no case to show."))
    fullest = max(cases, key=lambda c: (len(timeline(window.session, c.id)), c.case_number))
    shown = SeizureCaseView(window.session, fullest.id, window.runner, parent=window)
    shown.tabs.setCurrentIndex(tab)
    shown.resize(*HEADLESS_SIZE)
    return shown


def _finish_headless(app: QApplication, widget: QWidget, screenshot: Path | None) -> None:
    image = widget.grab()
    code = 0
    if screenshot is not None:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if image.save(str(screenshot), "PNG"):
            print(screenshot)
        else:
            print(QCoreApplication.translate("app", "Could not save the screenshot to {path}")
                  .format(path=screenshot), file=sys.stderr)
            code = 2
    elif image.isNull():
        code = 1
    # Leave the loop first: closing the last window now would post a Quit event
    # that outlives this loop and ends the next one at once (tests run several).
    app.exit(code)


def _discard(window: MainWindow | None) -> None:
    """Close a window built before the start failed (its timers stop with it)."""
    if window is not None:
        window.close()
        window.deleteLater()


def _signed_in_session(db_path: Path, user: str | None, headless: bool,
                       password: str | None = None) -> StationSession | None:
    """A session on the protected station at ``db_path``: the sign-in dialog, or for a
    smoke test or screenshot ``user`` with ``password`` (default ``$BORDERDESK_PASSWORD``).
    ``None``: cancelled."""
    if headless:
        password = password if password is not None else os.environ.get(PASSWORD_VARIABLE)
        if not user or password is None:
            raise UserInputError(QCoreApplication.translate(
                "app", "{path} is protected: give --user NAME and the password in "
                "{variable}.").format(path=db_path, variable=PASSWORD_VARIABLE))
        return sign_in(db_path, user, password)
    dialog = SignInDialog(db_path, user=user or "")
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.session is None:
        return None
    session = dialog.session
    if session.user is not None and session.user.must_change_password:
        change = ChangePasswordDialog(session, forced=True)
        if change.exec() != ChangePasswordDialog.DialogCode.Accepted:
            session.close()
            return None
        session.user = replace(session.user, must_change_password=False)
    return session


def _open_session(db_path: Path, user: str | None, headless: bool,
                  password: str | None = None) -> StationSession | None:
    if is_protected(db_path):
        return _signed_in_session(db_path, user, headless, password)
    return open_station(db_path, actor=user, create=True)


def run_gui(db_path: Path | None, *, smoke_test: bool = False,
            screenshot: Path | None = None, view: str = "queue",
            user: str | None = None, thorough: bool | None = None) -> int:
    """Open the window on the station database ``db_path`` (``None``: the default one).

    An explicit ``db_path`` must exist; the default database is created when
    missing. A protected station asks who signs in first (headless: ``user`` and
    ``$BORDERDESK_PASSWORD``); signing out asks again. ``view`` is what ``screenshot``
    renders (:data:`SCREENSHOT_VIEWS`; a planned or unknown view is refused with exit
    code 2). Returns the exit code: 0 when the window closed normally (or the smoke
    test or screenshot worked, or the sign-in was cancelled), 2 for an expected error at
    start (shown to the user), 1 for a bug (logged with its traceback in the data
    folder's log file) or a failed smoke test.

    A smoke test without ``db_path`` runs on a temporary station, and with ``thorough``
    (default: in a frozen build) checks the bundle too (:mod:`borderdesk.ui.smoke`);
    every passed smoke test prints a one-line summary of what it checked.
    """
    headless = smoke_test or screenshot is not None
    if screenshot is not None and (problem := _screenshot_view_error(view)) is not None:
        print(problem, file=sys.stderr)
        return 2
    app = _application()
    configure_logging()
    hook = ExceptHook(headless=headless)
    hook.install()
    try:
        saved = "" if headless else LANGUAGE.get(open_settings())
        prepare_application(app, startup_language(saved))
        with ExitStack() as outer:
            if db_path is not None and not db_path.exists():
                _start_error(QCoreApplication.translate(
                    "app", "There is no station database at {path}.").format(path=db_path),
                    headless)
                return 2
            smoke: SmokeRun | None = None
            if smoke_test:
                if db_path is None:
                    folder = Path(outer.enter_context(
                        tempfile.TemporaryDirectory(prefix="borderdesk-")))
                    smoke = _start_smoke(folder, is_frozen() if thorough is None else thorough)
                    if smoke is None:
                        return 1
                    db_path, user = smoke.db_path, smoke.user or user
                else:
                    smoke = SmokeRun(db_path.parent, thorough=False, db_path=db_path)
            while True:
                code, signed_out = _run_window(app, hook, db_path, user, headless=headless,
                                               screenshot=screenshot, view=view, smoke=smoke)
                if not signed_out:
                    if code == 0 and smoke is not None:
                        print(smoke.summary())
                    return code
    finally:
        install_translator(None)
        hook.uninstall()


def _start_smoke(folder: Path, thorough: bool) -> SmokeRun | None:
    """The smoke test's station in ``folder`` (``None``: it could not be made; said why)."""
    try:
        return SmokeRun.start(folder, thorough=thorough)
    except SmokeFailure as exc:
        print(f"smoke test failed: {exc}", file=sys.stderr)
    except Exception as exc:
        log.critical("smoke test: the demo station could not be made", exc_info=True)
        print(f"smoke test failed: the demo station could not be made: {exc!r}",
              file=sys.stderr)
    return None


def _after_window(smoke: SmokeRun, session: StationSession) -> int:
    """The smoke test's checks once the window was drawn: 0, or 1 (said why)."""
    try:
        smoke.after_window(session, HEADLESS_SIZE)
    except SmokeFailure as exc:
        print(f"smoke test failed: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        log.critical("smoke test: a check failed with a bug", exc_info=True)
        print(f"smoke test failed: {exc!r}", file=sys.stderr)
        return 1
    return 0


def _run_window(app: QApplication, hook: ExceptHook, db_path: Path | None, user: str | None,
                *, headless: bool, screenshot: Path | None, view: str,
                smoke: SmokeRun | None = None) -> tuple[int, bool]:
    """One signed-in window: the exit code, and whether the user signed out."""
    with ExitStack() as stack:
        window: MainWindow | None = None
        try:
            target = db_path if db_path is not None else default_db_path()
            opened = _open_session(target, user, headless,
                                   smoke.password if smoke is not None else None)
            if opened is None:
                return 0, False
            session = stack.enter_context(opened)
            # The live session stays open while an exercise is shown in its place.
            if screenshot is None:
                switch = StationSwitch(session, settings=None if headless else open_settings())
            else:
                # What a page starts is done when the picture is taken, and an exercise
                # pictured is made in a folder that goes with the picture.
                switch = StationSwitch(session, runner=SyncTaskRunner, exercises=Path(
                    stack.enter_context(tempfile.TemporaryDirectory(prefix="borderdesk-"))))
            stack.callback(switch.close)
            window = switch.build()
            shown: QWidget = window
            if screenshot is not None:
                shown = _open_screenshot_view(window, view)
        except BorderdeskError as exc:
            log.warning("cannot start: %s", exc)
            _discard(window)
            _start_error(str(exc), headless)
            return 2, False
        except Exception:
            log.critical("bug while starting the window", exc_info=True)
            _discard(window)
            hook.report()
            return 1, False
        hook.parent = window
        switch.window_changed.connect(lambda shown_now: setattr(hook, "parent", shown_now))
        if headless:
            window.resize(*HEADLESS_SIZE)
            # A picture waits for the work the window defers after its first paint
            # (the profile label); the smoke test ends at the first paint.
            delay = 0 if screenshot is None else PROFILE_LABEL_DELAY_MS + 100
            QTimer.singleShot(delay, window, lambda: _finish_headless(app, shown, screenshot))
        window.show()
        if shown is not window:
            shown.show()
        log.info("window open on %s", session.path)
        code = app.exec()
        if shown is not window:
            shown.close()
        window = switch.window or window  # the last one shown (live or an exercise)
        window.close()  # idempotent; stops workers if the loop ended another way
        hook.parent = None
        if code == 0 and smoke is not None:
            code = _after_window(smoke, session)
        return code, window.signed_out
