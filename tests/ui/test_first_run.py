"""The first-run set-up window, end to end from an empty data folder to a working queue:
the one-click demo, a real station, a refused enrolment, a cancellation, and the set-up
run again from Administration."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from borderdesk.core.paths import DATA_DIR_ENV, default_db_path
from borderdesk.security.envelope import recovery_pair
from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.demo_accounts import DEMO_PASSWORD
from borderdesk.services.first_run import station_language
from borderdesk.services.protection import recover_access
from borderdesk.services.sign_in import sign_in
from borderdesk.ui.first_run import (
    CHOICE_PAGE,
    DATA_PAGE,
    ENROL_PAGE,
    FirstRunWizard,
)
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.settings import LANGUAGE, open_settings
from borderdesk.ui.sign_in_dialog import SignInDialog

PASSWORD = "river bridge morning coffee"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder that does not exist yet, as on a new laptop."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def make_wizard(qtbot: Any, tmp_path: Path,
                cheap_policy: SecurityPolicy) -> Iterator[Callable[..., FirstRunWizard]]:
    made: list[FirstRunWizard] = []

    def make(**kwargs: Any) -> FirstRunWizard:
        kwargs.setdefault("settings", lambda: open_settings(tmp_path / "ini" / "b.ini"))
        if "session" not in kwargs:
            kwargs.setdefault("policy", cheap_policy)
            kwargs.setdefault("language", "en")
            wizard = FirstRunWizard(default_db_path(), **kwargs)
        else:
            wizard = FirstRunWizard(**kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        assert not wizard.busy


def press_next(qtbot: Any, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                     Qt.MouseButton.LeftButton)


def sign_in_to_queue(qtbot: Any, user: str, password: str, settings: QSettings
                     ) -> MainWindow:
    """The sign-in the window shows next, then the window: its queue."""
    dialog = SignInDialog(default_db_path(), user=user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_box, password)
    qtbot.keyClick(dialog.password_box, Qt.Key.Key_Return)
    assert dialog.session is not None, dialog.message.text()
    window = MainWindow(dialog.session, settings=settings)
    window.show()
    return window


def close_window(qtbot: Any, window: MainWindow) -> None:
    session = window.session
    window.close()
    window.deleteLater()
    qtbot.wait(1)
    session.close()


def test_the_demo_in_one_click_reaches_the_queue_as_the_readme_account(
        qtbot: Any, data: Path, make_wizard: Callable[..., FirstRunWizard],
        tmp_path: Path) -> None:
    wizard = make_wizard()
    qtbot.keyClick(wizard.language_page.languages, Qt.Key.Key_Return)  # English: Next
    assert wizard.currentId() == CHOICE_PAGE
    qtbot.mouseClick(wizard.choice_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.built is not None, timeout=60_000)
    assert not wizard.isVisible() and wizard.built is not None
    assert wizard.built.user == "officer"
    assert LANGUAGE.get(open_settings(tmp_path / "ini" / "b.ini")) == "en"
    window = sign_in_to_queue(qtbot, wizard.built.user, DEMO_PASSWORD,
                              open_settings(tmp_path / "ini" / "b.ini"))
    try:
        qtbot.waitUntil(lambda: window.queue.model.rowCount() > 100)
        assert window.session.user is not None and window.session.user.name == "officer"
    finally:
        close_window(qtbot, window)


def fill_real_station(qtbot: Any, wizard: FirstRunWizard) -> str:
    """Language, station, administrator and recovery key, typed; the recovery key's text."""
    press_next(qtbot, wizard)
    qtbot.mouseClick(wizard.choice_page.set_up_button, Qt.MouseButton.LeftButton)
    page = wizard.station_page
    qtbot.keyClicks(page.name_box, "Gradina")
    qtbot.keyClicks(page.crossing_box, "rs-gra")
    page.set_country("RS")
    assert page.zone_box.currentText() == "Europe/Belgrade"
    press_next(qtbot, wizard)
    admin = wizard.admin_page
    qtbot.keyClicks(admin.name_box, "vesna")
    admin.display_box.setText("Vesna Ilić")  # QTest types Latin-1 only
    qtbot.keyClicks(admin.password_box, "short")
    assert "too short" in admin.feedback.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    admin.password_box.clear()
    qtbot.keyClicks(admin.password_box, PASSWORD)
    qtbot.keyClicks(admin.again_box, PASSWORD[:-1])
    assert "differ" in admin.feedback.text()
    qtbot.keyClicks(admin.again_box, PASSWORD[-1])
    assert admin.feedback.text().startswith("Good")
    press_next(qtbot, wizard)
    recovery = wizard.recovery_page
    key_text = recovery.key_text
    assert recovery.key_label.text().split() == key_text.split("-")  # shown in groups
    assert len(key_text) > 50
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(recovery.written, Qt.Key.Key_Space)
    press_next(qtbot, wizard)
    assert wizard.currentId() == ENROL_PAGE
    return key_text


def test_a_real_station_is_encrypted_recoverable_and_signs_in_to_an_empty_queue(
        qtbot: Any, data: Path, make_wizard: Callable[..., FirstRunWizard],
        tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    wizard = make_wizard()
    key_text = fill_real_station(qtbot, wizard)
    press_next(qtbot, wizard)  # no enrolment
    assert wizard.currentId() == DATA_PAGE and wizard.data_page.empty.isChecked()
    press_next(qtbot, wizard)
    summary = wizard.summary_page.summary.text()
    assert "Gradina" in summary and "RS-GRA" in summary and "vesna" in summary
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.built is not None, timeout=30_000)
    assert wizard.built is not None and wizard.built.user == "vesna"
    db = default_db_path()
    assert sorted(path.name for path in data.iterdir()) == ["station.db", "station.db.keys"]
    assert not db.read_bytes().startswith(b"SQLite format 3")
    recovery_pair(key_text)  # the shown text is a well-formed key
    with recover_access(db, key_text, "vesna", PASSWORD, policy=cheap_policy) as recovered:
        station = recovered.station
        assert (station.name, station.crossing_code, station.country, station.time_zone) == (
            "Gradina", "RS-GRA", "RS", "Europe/Belgrade")
        assert station_language(recovered) == "en"
    window = sign_in_to_queue(qtbot, "vesna", PASSWORD, open_settings(tmp_path / "w.ini"))
    try:
        assert window.queue.model.rowCount() == 0
        assert window.admin_page.set_up_button is not None
    finally:
        close_window(qtbot, window)


def test_a_failed_enrolment_is_reported_and_can_be_skipped(
        qtbot: Any, data: Path, make_wizard: Callable[..., FirstRunWizard]) -> None:
    wizard = make_wizard()
    fill_real_station(qtbot, wizard)
    enrol = wizard.enrol_page
    qtbot.keyClick(enrol.enrol, Qt.Key.Key_Space)
    qtbot.keyClicks(enrol.url_box, "http://127.0.0.1:9")
    qtbot.keyClicks(enrol.code_box, "ABCD-EFGH-JKLM-NPQR-STUV")
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ENROL_PAGE and not wizard.busy,
                    timeout=30_000)
    assert "cannot be reached" in enrol.message.text()
    assert wizard.built is None and not data.exists()
    qtbot.mouseClick(enrol.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == DATA_PAGE
    press_next(qtbot, wizard)
    assert "not enrolled" in wizard.summary_page.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.built is not None, timeout=30_000)
    assert wizard.built is not None and not wizard.built.enrolled
    with sign_in(default_db_path(), "vesna", PASSWORD) as session:
        assert session.station.name == "Gradina"


def test_cancelling_leaves_nothing_in_the_data_folder(
        qtbot: Any, data: Path, make_wizard: Callable[..., FirstRunWizard],
        tmp_path: Path) -> None:
    wizard = make_wizard()
    fill_real_station(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton),
                     Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and wizard.built is None
    assert not data.exists()
    assert not (tmp_path / "ini").exists()  # not even the settings


def test_the_set_up_run_again_changes_the_station_and_language_only(
        qtbot: Any, tmp_path: Path, cheap_policy: SecurityPolicy,
        make_wizard: Callable[..., FirstRunWizard], monkeypatch: pytest.MonkeyPatch) -> None:
    from borderdesk.core.languages import all_languages
    from borderdesk.ui import first_run_pages
    from tests.accounts.protected import make_protected_station

    # Every language of the list offered, whichever are shipped today.
    monkeypatch.setattr(first_run_pages, "available_languages", lambda: list(all_languages()))

    (tmp_path / "station").mkdir()
    protected = make_protected_station(tmp_path / "station", cheap_policy)
    with protected.admin() as admin:
        wizard = make_wizard(session=admin)
        assert wizard.pageIds() == [0, 2, 7]
        assert wizard.station_page.name_box.text() == "New station"
        assert wizard.station_page.zone_box.currentText() == "UTC"  # as stored
        languages = wizard.language_page.languages
        languages.setCurrentRow(next(row for row in range(languages.count())
                                     if languages.item(row).text().startswith("Српски")))
        press_next(qtbot, wizard)
        wizard.station_page.name_box.clear()
        wizard.station_page.name_box.setText("Horgoš")
        wizard.station_page.set_country("RS")
        qtbot.keyClicks(wizard.station_page.crossing_box, "RS-HOR")
        press_next(qtbot, wizard)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
        assert wizard.result() == QWizard.DialogCode.Accepted
        assert admin.station.name == "Horgoš" and station_language(admin) == "sr_Cyrl"
        assert LANGUAGE.get(open_settings(tmp_path / "ini" / "b.ini")) == "sr_Cyrl"
    with protected.admin() as admin:  # the accounts stay: the administrator signs in
        assert admin.station.name == "Horgoš"
