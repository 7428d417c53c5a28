"""The first pages of the first-run set-up: language, demo or set-up, the station, the
administrator.

Every control is at least :data:`CONTROL_HEIGHT` high (gloves), every field has a
mnemonic, and the pages keep the keyboard order of their fields. Each page checks
what was typed in ``validatePage`` through :mod:`borderdesk.services.first_run` and
shows the service's words beside the fields instead of a dialog.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from borderdesk.core.codelists import countries
from borderdesk.core.country_names import country_name
from borderdesk.core.errors import BorderdeskError
from borderdesk.services.first_run import (
    Administrator,
    StationDetails,
    check_administrator,
    password_problem,
)
from borderdesk.services.first_run_data import default_time_zone, time_zones
from borderdesk.ui.inspection_dialogs import CONTROL_HEIGHT, plain_error
from borderdesk.ui.language import apply_language, available_languages, current_language

#: Colours of the messages under the fields.
ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b6e20;"


def message_label(name: str) -> QLabel:
    """A word-wrapped label for a page's message (hidden while empty)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, good: bool = False) -> None:
    """Show ``text`` in ``label`` (red, or green when ``good``); hide it when empty."""
    label.setStyleSheet(GOOD_STYLE if good else ERROR_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


W = TypeVar("W", bound=QWidget)


def field(widget: W, name: str) -> W:
    """``widget`` named and tall enough for a gloved finger."""
    widget.setObjectName(name)
    widget.setMinimumHeight(CONTROL_HEIGHT)
    return widget


def intro_label(text: str) -> QLabel:
    """A page's explanation under its title."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    """The language of the window and of the station's documents."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunLanguagePage")
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("Choose the language of borderdesk at this station."))
        self.languages = QListWidget()
        self.languages.setObjectName("firstRunLanguages")
        for language_entry in available_languages():  # those whose translation is whole
            text = language_entry.native if language_entry.native == \
                language_entry.english else \
                f"{language_entry.native} — {language_entry.english}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, language_entry.code)
            item.setSizeHint(QSize(0, CONTROL_HEIGHT))
            self.languages.addItem(item)
            if language_entry.code == language:
                self.languages.setCurrentItem(item)
        if self.languages.currentItem() is None:
            self.languages.setCurrentRow(0)
        note = intro_label(self.tr(
            "Montenegrin users choose Serbian (Latin) or Bosnian. Where a translation is "
            "not finished yet, borderdesk shows English."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.languages, 1)
        layout.addWidget(note)
        self.setFocusProxy(self.languages)

    def validatePage(self) -> bool:
        app = QCoreApplication.instance()
        if app is not None:
            apply_language(app, self.language)
        return True

    @property
    def language(self) -> str:
        """The code of the chosen language."""
        item = self.languages.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "en"


class ChoicePage(QWizardPage):
    """Try the demo station in one click, or set up this station."""

    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunChoicePage")
        self.setTitle(self.tr("Welcome to borderdesk"))
        self.setSubTitle(self.tr("No station has been set up on this computer yet."))
        self.chosen_set_up = False
        self.demo_button = QCommandLinkButton(
            self.tr("&Try the demo station"),
            self.tr("One click: generated declarations of a Western Balkans crossing, "
                    "seizure cases and one account per role (officer, supervisor, analyst, "
                    "trainer, admin), all with the password \"demo station password\". "
                    "Nothing in it is real."))
        self.set_up_button = QCommandLinkButton(
            self.tr("&Set up this station"),
            self.tr("Name the crossing, create its administrator and recovery key, enrol "
                    "with headquarters if you have a code, and start empty or with the "
                    "demo data for practice."))
        for button, name in ((self.demo_button, "firstRunDemoButton"),
                             (self.set_up_button, "firstRunSetUpButton")):
            button.setObjectName(name)
            button.setMinimumHeight(CONTROL_HEIGHT * 2)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
        self.demo_button.clicked.connect(self.demo_requested)
        self.set_up_button.clicked.connect(self._choose_set_up)
        self.progress = QProgressBar()
        self.progress.setObjectName("firstRunDemoProgress")
        self.progress.hide()
        self.message = message_label("firstRunChoiceMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.set_up_button)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.setFocusProxy(self.demo_button)

    def _choose_set_up(self) -> None:
        self.chosen_set_up = True
        self.completeChanged.emit()
        self.wizard().next()

    def isComplete(self) -> bool:
        return self.chosen_set_up

    def busy(self, on: bool) -> None:
        """Show the demo being built (or not)."""
        self.demo_button.setEnabled(not on)
        self.set_up_button.setEnabled(not on)
        self.progress.setVisible(on)
        if on:
            self.progress.setRange(0, 0)
            show_message(self.message, self.tr("Creating the demo station…"), good=True)


class StationPage(QWizardPage):
    """The station's name, crossing code, country and time zone."""

    def __init__(self, current: StationDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunStationPage")
        self.setTitle(self.tr("The station"))
        self.setSubTitle(self.tr("The border crossing this computer works for. Reports and "
                                 "headquarters show these details."))
        self.name_box = field(QLineEdit(), "firstRunStationName")
        self.name_box.setPlaceholderText(self.tr("e.g. Batrovci"))
        self.crossing_box = field(QLineEdit(), "firstRunCrossingCode")
        self.crossing_box.setPlaceholderText(self.tr("e.g. RS-BAT"))
        self.country_box = field(QComboBox(), "firstRunCountry")
        self.country_box.addItem(self.tr("Choose the country…"), "")
        language = current_language()
        names = {code: country_name(code, language) for code in countries().names}
        collator = QCollator()  # the window's locale: Č after C in Serbian, É with E
        for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
            self.country_box.addItem(f"{names[code]} ({code})", code)
        self.zone_box = field(QComboBox(), "firstRunTimeZone")
        self.zone_box.setMaxVisibleItems(15)
        self.message = message_label("firstRunStationMessage")
        form = QFormLayout()
        form.addRow(self.tr("Station &name:"), self.name_box)
        form.addRow(self.tr("&Crossing code:"), self.crossing_box)
        form.addRow(self.tr("C&ountry:"), self.country_box)
        form.addRow(self.tr("&Time zone:"), self.zone_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.country_box.currentIndexChanged.connect(self._country_changed)
        for box in (self.name_box, self.crossing_box):
            box.textChanged.connect(self.completeChanged)
        if current is not None:
            self.name_box.setText(current.name)
            self.crossing_box.setText(current.crossing_code)
            self.set_country(current.country)
        self._country_changed()  # the time zones, also when the country stays unchosen
        if current is not None:
            self.set_time_zone(current.time_zone)
        self.setFocusProxy(self.name_box)

    def set_country(self, code: str) -> None:
        """Choose the country ``code`` (and its usual time zone)."""
        index = self.country_box.findData(code.upper())
        self.country_box.setCurrentIndex(max(index, 0))

    def set_time_zone(self, zone: str) -> None:
        """Choose the time zone ``zone`` when it is offered."""
        index = self.zone_box.findText(zone)
        if index >= 0:
            self.zone_box.setCurrentIndex(index)

    def _country_changed(self) -> None:
        code = str(self.country_box.currentData() or "")
        self.zone_box.clear()
        self.zone_box.addItems(time_zones(code or None))
        self.set_time_zone(default_time_zone(code) if code else "UTC")
        self.completeChanged.emit()

    def details(self, language: str) -> StationDetails:
        """What the fields say, in ``language``."""
        return StationDetails(self.name_box.text().strip(),
                              self.crossing_box.text().strip().upper(),
                              str(self.country_box.currentData() or ""),
                              self.zone_box.currentText(), language)

    def isComplete(self) -> bool:
        return bool(self.name_box.text().strip() and self.crossing_box.text().strip()
                    and self.country_box.currentData())

    def validatePage(self) -> bool:
        try:
            self.details("en").check()
        except BorderdeskError as exc:
            show_message(self.message, plain_error(exc))
            return False
        show_message(self.message, "")
        return True


class AdministratorPage(QWizardPage):
    """The first administrator: name, name shown, password twice with live feedback."""

    def __init__(self, station_name: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunAdministratorPage")
        self._station_name = station_name
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr(
            "The administrator adds the officers' accounts later. Choose a password of a "
            "few words with spaces: easy to remember, hard to guess."))
        self.name_box = field(QLineEdit(), "firstRunAdminName")
        self.name_box.setPlaceholderText(self.tr("e.g. vesna.ilic"))
        self.display_box = field(QLineEdit(), "firstRunAdminDisplayName")
        self.password_box = field(QLineEdit(), "firstRunAdminPassword")
        self.again_box = field(QLineEdit(), "firstRunAdminPasswordAgain")
        for box in (self.password_box, self.again_box):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.feedback = message_label("firstRunPasswordFeedback")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name_box)
        form.addRow(self.tr("Name &shown:"), self.display_box)
        form.addRow(self.tr("&Password:"), self.password_box)
        form.addRow(self.tr("Password &again:"), self.again_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        for box in (self.name_box, self.display_box, self.password_box, self.again_box):
            box.textChanged.connect(self._typed)
        self.setFocusProxy(self.name_box)

    def administrator(self) -> Administrator:
        """The account as typed."""
        return Administrator(self.name_box.text().strip(), self.display_box.text().strip(),
                             self.password_box.text())

    def _problem(self) -> str:
        return password_problem(self.administrator(), self.again_box.text(),
                                str(self._station_name()) if callable(self._station_name)
                                else "")

    def _typed(self) -> None:
        if not self.password_box.text():
            show_message(self.feedback, "")
        else:
            problem = self._problem()
            show_message(self.feedback, plain_error_text(problem) if problem else
                         self.tr("Good: this password will do."), good=not problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name_box.text().strip()) and not self._problem()

    def validatePage(self) -> bool:
        try:
            check_administrator(self.administrator(), self.again_box.text())
        except BorderdeskError as exc:
            show_message(self.feedback, plain_error(exc))
            return False
        return True


def plain_error_text(text: str) -> str:
    """A service's message as a sentence."""
    return text[:1].upper() + text[1:] if text else text
