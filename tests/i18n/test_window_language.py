"""The window's language: offered languages, switching (Qt's and borderdesk's catalogues,
the core's tr, the layout direction), the settings' choice and the language at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from borderdesk.core.i18n import install_translator, tr
from borderdesk.core.languages import all_languages
from borderdesk.ui.language import (
    LANGUAGE_VARIABLE,
    apply_language,
    available_languages,
    current_language,
    install_catalogue,
    startup_language,
)
from borderdesk.ui.reports_actions import language_name
from borderdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_language(qapp, "en")
    install_translator(None)


def test_a_language_switches_the_window_the_core_and_qt_own_texts(
        app: QApplication, qm_folder: Path) -> None:
    # Serbian (Latin) is not shipped yet, but its printed documents are translated.
    used = apply_language(app, "sr_Latn", qm_folder=qm_folder)
    assert used.code == "sr_Latn" == current_language()
    assert QCoreApplication.translate("report", "Seizure report") == \
        "Zapisnik o privremenom oduzimanju"
    assert tr("Bus") == "Autobus"  # a code name, in the core's default context
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_language(app, "fr", qm_folder=qm_folder)  # Qt's own dialogs come in French
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    apply_language(app, "en")
    assert tr("Bus") == "Bus"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_qt_own_buttons_speak_the_language_qt_ships_no_translation_for(
        app: QApplication, qm_folder: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    from borderdesk.ui.qt_strings import QT_OWN_TEXTS

    apply_language(app, "sr_Cyrl", qm_folder=qm_folder)  # no qtbase_sr.qm exists
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Затвори", "Откажи"}
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Даље >"
    # Every one of Qt's own texts borderdesk lists has its Serbian Cyrillic translation.
    untranslated = [(c, s) for c, s in QT_OWN_TEXTS
                    if QCoreApplication.translate(c, str(s)) == s]
    assert untranslated == []


def test_a_right_to_left_language_mirrors_the_layout(app: QApplication) -> None:
    install_catalogue(app, None, "ar_EG", right_to_left=True)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    apply_language(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_an_unknown_or_missing_catalogue_falls_back_to_english(
        app: QApplication, tmp_path: Path) -> None:
    assert apply_language(app, "tlh").code == "en"
    assert apply_language(app, "fr", qm_folder=tmp_path).code == "fr"  # no .qm there
    assert QCoreApplication.translate("MainWindow", "&Queue") == "&Queue"


def test_settings_offer_the_shipped_languages_by_their_own_names(qtbot: Any) -> None:
    dialog = SettingsDialog(None, 10, language="en")
    qtbot.addWidget(dialog)
    box = dialog.language_box
    offered = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
    assert offered == [(lang.native, lang.code) for lang in available_languages()]
    assert ("English", "en") in offered and all(lang.shipped for lang in available_languages())
    assert dialog.language() == "en"
    assert "starts again" in dialog.language_note.text()


def test_the_start_language_is_the_forced_then_the_saved_shipped_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from borderdesk.ui import language as window_language

    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    assert startup_language("en") == "en"
    assert startup_language("sq") == "sq"  # saved and shipped
    # Albanian taken back (a translation that fell behind): a saved choice is not used...
    monkeypatch.setattr(window_language, "available_languages", lambda: [
        lang for lang in all_languages() if lang.code != "sq"])
    assert startup_language("sq") != "sq"
    # ...but it can be forced, to look at a translation under way.
    monkeypatch.setenv(LANGUAGE_VARIABLE, "sq")
    assert startup_language("en") == "sq"


def test_report_languages_are_named_in_their_own_language() -> None:
    assert language_name("sr-Cyrl") == "Српски (ћирилица) (sr-Cyrl)"
    assert language_name("en") == "English (en)"
