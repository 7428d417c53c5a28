"""Starting the window: the application object, font, translations, error handling.

:func:`run_gui` is what ``borderdesk`` without a subcommand calls. With
``smoke_test`` it builds the main window on the database (a temporary one when
none is given), draws it once and quits with 0: the check run on every frozen
build. With ``screenshot`` it saves a PNG of the window instead of staying open.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from borderdesk import (
    APP_DISPLAY_NAME,
    APP_NAME,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    __version__,
)
from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import install_translator
from borderdesk.core.logs import configure_logging
from borderdesk.core.paths import resource_path
from borderdesk.services.station import open_station
from borderdesk.ui.crash import ExceptHook
from borderdesk.ui.fonts import apply_app_font
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.settings import open_settings

log = logging.getLogger(__name__)

#: The window's size in smoke tests and screenshots (a common laptop screen).
HEADLESS_SIZE = (1366, 768)

_TRANSLATIONS_LOADED = "borderdeskTranslationsLoaded"
# QTranslators must outlive their installation; the application does not own them.
_translators: list[QTranslator] = []


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def load_translations(app: QCoreApplication, locale: QLocale | None = None) -> None:
    """Install Qt's own and borderdesk's translations for ``locale``, where they exist.

    Done once per application object; later calls change nothing.
    """
    if app.property(_TRANSLATIONS_LOADED):
        return
    app.setProperty(_TRANSLATIONS_LOADED, True)
    locale = locale or QLocale()
    sources = [
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("borderdesk", "_", str(resource_path("i18n"))),
    ]
    for name, prefix, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            _translators.append(translator)


def prepare_application(app: QApplication) -> None:
    """Names, font and translations: everything a window needs before it is built."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    apply_app_font(app)
    load_translations(app)
    install_translator(_qt_translate)


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


def _finish_headless(app: QApplication, window: MainWindow, screenshot: Path | None) -> None:
    image = window.grab()
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


def run_gui(db_path: Path | None, *, smoke_test: bool = False,
            screenshot: Path | None = None) -> int:
    """Open the window on the station database ``db_path`` (``None``: the default one).

    An explicit ``db_path`` must exist; the default database is created when
    missing. Returns the exit code: 0 when the window closed normally (or the smoke test
    or screenshot worked), 2 for an expected error at start (shown to the user),
    1 for a bug (logged with its traceback in the data folder's log file).
    """
    headless = smoke_test or screenshot is not None
    app = _application()
    configure_logging()
    hook = ExceptHook(headless=headless)
    hook.install()
    try:
        prepare_application(app)
        with ExitStack() as stack:
            try:
                if db_path is not None and not db_path.exists():
                    raise UserInputError(QCoreApplication.translate(
                        "app", "There is no station database at {path}.").format(path=db_path))
                if db_path is None and smoke_test:
                    folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="borderdesk-"))
                    db_path = Path(folder) / "smoke.db"
                session = stack.enter_context(open_station(db_path, create=True))
                window = MainWindow(session, settings=None if headless else open_settings())
            except BorderdeskError as exc:
                log.warning("cannot start: %s", exc)
                _start_error(str(exc), headless)
                return 2
            except Exception:
                log.critical("bug while starting the window", exc_info=True)
                hook.report()
                return 1
            hook.parent = window
            if headless:
                window.resize(*HEADLESS_SIZE)
                QTimer.singleShot(0, window, lambda: _finish_headless(app, window, screenshot))
            window.show()
            log.info("window open on %s", session.path)
            code = app.exec()
            window.close()  # idempotent; stops workers if the loop ended another way
            hook.parent = None
            return code
    finally:
        install_translator(None)
        hook.uninstall()

