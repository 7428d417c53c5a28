"""The window's language: which languages are offered, and switching the application to one.

:func:`apply_language` installs Qt's own translations (qtbase: the standard buttons and
dialogs) and borderdesk's compiled ``borderdesk_<code>.qm`` (made by ``scripts/i18n.py
compile``; the ``.ts`` files are the source), routes the core's ``tr`` through Qt, sets
the default locale (numbers, dates) and the layout direction of languages.yaml. Calling
it again replaces the previous language; widgets already built keep their texts, so
the settings apply a new language at the next start. The first-run set-up calls
:func:`available_languages` and :func:`apply_language` before it builds its pages.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from borderdesk.core.i18n import install_translator
from borderdesk.core.languages import SOURCE_LANGUAGE, Language, language, shipped_languages
from borderdesk.core.paths import resource_path
from borderdesk.ui.settings import LANGUAGE

log = logging.getLogger(__name__)

#: Overrides the saved choice (screenshots in a language, a quick look): a language code.
LANGUAGE_VARIABLE = "BORDERDESK_LANGUAGE"

# QTranslators must outlive their installation; the application does not own them.
_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]


def available_languages() -> list[Language]:
    """The languages the window offers (shipped ones), in the list's order."""
    return list(shipped_languages())


def qm_path(code: str, folder: Path | None = None) -> Path:
    """Where the compiled translations of ``code`` are looked for."""
    return (folder or resource_path("i18n")) / f"borderdesk_{code}.qm"


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_catalogue(app: QCoreApplication, catalogue: Path | None, qt_locale: str,
                      *, right_to_left: bool = False, language: str = SOURCE_LANGUAGE) -> bool:
    """Replace the installed translations by ``catalogue`` (None: English) and Qt's own
    for ``qt_locale`` (empty: the system's); set the locale and the layout direction.
    ``language`` is the catalogue's language code (country names follow it). Whether
    ``catalogue`` loaded (False also when it is None)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(qt_locale) if qt_locale else QLocale.system()
    QLocale.setDefault(locale)
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    loaded = False
    if catalogue is not None:
        ours = QTranslator(app)
        loaded = ours.load(str(catalogue))
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("cannot load the translations %s: English is used", catalogue)
    install_translator(_qt_translate, language if loaded else SOURCE_LANGUAGE)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                               else Qt.LayoutDirection.LeftToRight)
    return loaded


def apply_language(app: QCoreApplication, code: str, *, qm_folder: Path | None = None
                   ) -> Language:
    """Switch ``app`` to the language ``code`` (English when it is unknown); the
    language used."""
    chosen = language(code) or language(SOURCE_LANGUAGE)
    assert chosen is not None  # languages.yaml must list English (core.languages checks)
    _current[0] = chosen.code
    if chosen.code == SOURCE_LANGUAGE:
        # English keeps the system's formats of numbers and dates (en_US, en_GB, ...).
        install_catalogue(app, None, "", right_to_left=chosen.right_to_left)
    else:
        install_catalogue(app, qm_path(chosen.code, qm_folder), chosen.qt_locale,
                          right_to_left=chosen.right_to_left, language=chosen.code)
    return chosen


def current_language() -> str:
    """The code of the language :func:`apply_language` last switched to."""
    return _current[0]


def startup_language(saved: str) -> str:
    """The language to start in: ``$BORDERDESK_LANGUAGE``, else the saved choice, else
    the system's language when it is offered, else English."""
    offered = {lang.code.lower(): lang.code for lang in available_languages()}
    forced = language(os.environ.get(LANGUAGE_VARIABLE, ""))
    if forced is not None:  # also one not yet shipped: to look at a translation under way
        return forced.code
    if saved.strip().replace("-", "_").lower() in offered:
        return offered[saved.strip().replace("-", "_").lower()]
    for name in QLocale.system().uiLanguages():
        for candidate in (name.replace("-", "_"), name.split("-")[0]):
            if candidate.lower() in offered:
                return offered[candidate.lower()]
    return SOURCE_LANGUAGE


__all__ = ["LANGUAGE", "LANGUAGE_VARIABLE", "apply_language", "available_languages",
           "current_language", "install_catalogue", "qm_path", "startup_language"]
