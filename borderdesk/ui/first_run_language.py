"""Applying the language chosen in the first-run set-up to the running application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from borderdesk.core.paths import resource_path

# Our translator of the chosen language (QTranslators must outlive their installation).
_language_translators: list[QTranslator] = []


def apply_language(code: str) -> bool:
    """Use ``code``'s translations from now on, where they exist; whether one was found.

    Until the languages work (issue 11) gives the window its own switch, this installs
    ``resources/i18n/borderdesk_CODE.qm`` and makes the language Qt's default locale,
    so the main window opened next in this process starts in it.
    """
    app = QCoreApplication.instance()
    QLocale.setDefault(QLocale(code.replace("-", "_")))
    if app is None:
        return False
    for translator in _language_translators:
        app.removeTranslator(translator)
    _language_translators.clear()
    translator = QTranslator(app)
    if code != "en" and translator.load(f"borderdesk_{code.replace('-', '_')}",
                                        str(resource_path("i18n"))):
        app.installTranslator(translator)
        _language_translators.append(translator)
        return True
    return False
