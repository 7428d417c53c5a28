"""Every main screen holds its texts at 1366x768 in each shipped language, in a pseudo-language
40 % longer than English, and right to left: no label or button is narrower than its text.

A label that wraps its words, or a button that elides, may be narrower. The screens: each
tab of the main window, the declaration view, the identification wizard (a choice, a
safety step, the markings, the result), the seizure case view (each tab), the settings
and the sign-in dialog, built on the demo station.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from borderdesk.core.clock import FixedClock
from borderdesk.core.i18n import install_translator
from borderdesk.core.languages import shipped_languages
from borderdesk.i18n_tools.pseudo import PSEUDO_LANGUAGE
from borderdesk.services.demo import create_demo_station
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui.app import HEADLESS_SIZE, _case_view, prepare_application, top_scored_declaration
from borderdesk.ui.declaration_view import DeclarationView
from borderdesk.ui.identify_sample import sample_wizard
from borderdesk.ui.language import apply_language, install_catalogue
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.settings_dialog import SettingsDialog
from borderdesk.ui.sign_in_dialog import SignInDialog

TODAY = date(2026, 11, 28)
CLOCK = FixedClock(datetime(2026, 11, 28, 19, 0, tzinfo=UTC))
#: Each shipped language, the pseudo-language and right to left (in English).
MODES = [*(lang.code for lang in shipped_languages()), PSEUDO_LANGUAGE, "rtl"]
IDENTIFY_VIEWS = ("identify", "identify-safety", "identify-markings", "identify-result")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    create_demo_station(folder / "station.db", today=TODAY, clock=CLOCK, actor="Vesna Radović")
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[StationSession]:
    """A copy of the demo station, acting as its supervisor."""
    folder = tmp_path / "station"
    shutil.copytree(demo_folder, folder)
    with open_station(folder / "station.db", actor="Vesna Radović", create=False,
                      clock=CLOCK) as session:
        yield session


@pytest.fixture
def in_mode(qapp: QApplication, qm_folder: Path, request: pytest.FixtureRequest
            ) -> Iterator[str]:
    """The application switched to the test's mode, and back to English after it."""
    mode: str = request.param
    prepare_application(qapp)
    if mode == PSEUDO_LANGUAGE:
        assert install_catalogue(qapp, qm_folder / f"borderdesk_{mode}.qm", "en_GB")
    elif mode == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        apply_language(qapp, mode, qm_folder=qm_folder)
    yield mode
    apply_language(qapp, "en")
    install_translator(None)
    assert QThreadPool.globalInstance().waitForDone(10_000), "a worker is still running"


def clipped(top: QWidget) -> list[str]:
    """The visible labels and buttons of ``top`` narrower than their text."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or (widget.pixmap() is not None \
                    and not widget.pixmap().isNull()):
                continue
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            text = widget.text()
        else:
            continue
        if widget.sizeHint().width() > widget.width():
            found.append(f"{type(widget).__name__} {widget.objectName() or '-'} "
                         f"{text[:50]!r}: needs {widget.sizeHint().width()} px, has "
                         f"{widget.width()}")
    return found


def _shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*HEADLESS_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def _check(problems: list[str], name: str, widget: QWidget) -> None:
    for _ in range(3):  # a text set late (the profile's label) lays the bar out again
        QApplication.processEvents()
    problems.extend(f"{name}: {problem}" for problem in clipped(widget))


@pytest.mark.parametrize("in_mode", MODES, indirect=True)
def test_no_label_is_clipped_on_any_main_screen(qtbot: Any, demo: StationSession,
                                                in_mode: str, tmp_path: Path) -> None:
    problems: list[str] = []
    window = MainWindow(demo, settings=None)
    _shown(qtbot, window)
    qtbot.waitUntil(lambda: window.profile_label.text() != window.tr("Profile: …"))
    if in_mode == PSEUDO_LANGUAGE:  # the pseudo-language really is in use
        assert window.navigation.tabText(0).startswith("[")
    for index in range(window.navigation.count()):
        window.navigation.setCurrentIndex(index)
        qtbot.wait(20)
        _check(problems, f"tab {index} ({window.navigation.tabText(index)})", window)

    declaration_id = top_scored_declaration(demo)
    assert declaration_id is not None
    _check(problems, "declaration", _shown(qtbot, DeclarationView(demo, declaration_id)))
    for view in IDENTIFY_VIEWS:
        _check(problems, view, _shown(qtbot, sample_wizard(demo, view)))
    case_view = _case_view(window, 0)
    _shown(qtbot, case_view)
    for tab in range(case_view.tabs.count()):
        case_view.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        _check(problems, f"case tab {tab}", case_view)
    settings = SettingsDialog(None, 10)
    qtbot.addWidget(settings)
    settings.show()
    _check(problems, "settings", settings)
    sign_in = SignInDialog(tmp_path / "station.db", station_label="Batrovci", user="vesna")
    qtbot.addWidget(sign_in)
    sign_in.show()
    _check(problems, "sign-in", sign_in)
    assert not problems, f"clipped in {in_mode}:\n" + "\n".join(problems)


def test_the_check_finds_a_clipped_label_and_spares_a_wrapped_one(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    clipped_label = QLabel("Declarations waiting for a decision", page)
    clipped_label.setObjectName("narrow")
    clipped_label.setGeometry(0, 0, 40, 20)
    wrapped = QLabel("Declarations waiting for a decision", page)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 40, 80)
    page.show()
    assert [problem.split(":")[0] for problem in clipped(page)] == \
        ["QLabel narrow 'Declarations waiting for a decision'"]
