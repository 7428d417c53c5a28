"""Fixtures for the window's tests: a prepared application, a station with data, a window.

Every test here checks at its end that no worker is still running and no timer
of the window is still active (napari's habit), and the window's settings go
to a file in ``tmp_path``, never to the user's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from borderdesk.core.i18n import install_translator
from borderdesk.services.assessments import screen_imported
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from borderdesk.ui.app import prepare_application
from borderdesk.ui.appearance import apply_large_controls
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.settings import open_settings
from tests.conftest import declaration


@pytest.fixture(autouse=True)
def prepared_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application as :func:`run_gui` prepares it (names, bundled font, translator)."""
    prepare_application(qapp)
    yield qapp
    apply_large_controls(qapp, False)  # a test that switched them on leaves no trace
    install_translator(None)
    assert QThreadPool.globalInstance().activeThreadCount() == 0, "a worker is still running"


def summary_json(declaration_id: str, **changes: Any) -> dict[str, Any]:
    """A valid declaration object in the JSON file format."""
    data: dict[str, Any] = {
        "declaration_id": declaration_id,
        "lodged_at": "2026-11-28T08:15:00+01:00",
        "crossing": "RS-BAT",
        "procedure": "import",
        "transport_mode": "truck",
        "consignor": {"name": "Anadolu Tekstil A.Ş.", "country": "TR"},
        "consignee": {"name": "Петровић д.о.о.", "country": "RS", "kind": "company"},
        "origin_country": "TR",
        "destination_country": "RS",
        "itinerary": ["TR", "BG", "RS"],
        "items": [{"line": 1, "hs_code": "610910", "description": "cotton t-shirts",
                   "gross_kg": 410.5}],
    }
    data.update(changes)
    return data


SAMPLE = [
    summary_json("RS-BAT-2026-000123"),
    summary_json(
        "RS-BAT-2026-000124",
        lodged_at="2026-11-28T09:40:00+01:00",
        consignor={"name": "Hellas Metal Works S.A.", "country": "GR"},
        consignee={"name": "Lovačka oprema Čačak", "country": "RS", "kind": "company"},
        origin_country="GR",
        itinerary=["GR", "MK", "RS"],
        items=[{"line": 1, "hs_code": "930320", "description": "sporting shotguns",
                "gross_kg": 35.0},
               {"line": 2, "hs_code": "930630", "description": "cartridges", "gross_kg": 120.0}],
    ),
]


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write text to a file in ``tmp_path`` and return its path."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def station(session: StationSession, write_file: Callable[[str, str], Path]) -> StationSession:
    """The root ``session`` fixture with :data:`SAMPLE` imported through the services."""
    path = write_file("sample.json", json.dumps(SAMPLE, ensure_ascii=False))
    report = import_files(session, [path])
    assert report.ok, report
    assert report.new == len(SAMPLE)
    return session


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window settings in a file of the test's own."""
    return open_settings(tmp_path / "settings" / "borderdesk.ini")


@pytest.fixture
def make_window(
    qtbot: Any, settings: QSettings
) -> Iterator[Callable[..., MainWindow]]:
    """Build main windows; each is closed at the end and must leave nothing running."""
    windows: list[MainWindow] = []

    def make(session: StationSession, **kwargs: Any) -> MainWindow:
        kwargs.setdefault("settings", settings)
        window = MainWindow(session, **kwargs)
        # Not qtbot.addWidget: pytest-qt would delete the window before the checks below.
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        running = [timer.objectName() or repr(timer)
                   for timer in window.findChildren(QTimer) if timer.isActive()]
        assert not running, f"timers still running after close: {running}"
        assert window.importer.busy is False
        assert window.runner.active_count() == 0
        window.deleteLater()
    qtbot.wait(1)  # let the deferred deletes run while the sessions are still open


@pytest.fixture
def window(station: StationSession, make_window: Callable[..., MainWindow]) -> MainWindow:
    """A main window on :func:`station`, shown."""
    built = make_window(station)
    built.show()
    return built


#: A declaration of revolvers without an arms licence: screened red (FA-01).
RED_ID = "RS-BAT-2026-000500"


@pytest.fixture
def red_station(session: StationSession, write_json: Callable[..., Path]) -> StationSession:
    """A station with one imported and screened declaration of revolvers without licence."""
    red = declaration(RED_ID, documents=[],
                      items=[{"line": 1, "hs_code": "930200", "description": "revolvers",
                              "gross_kg": 5}])
    report = import_files(session, [write_json([red])])
    assert report.ok, report
    screening = screen_imported(session, report)
    assert screening is not None
    assert screening.lanes().get("red") == 1
    return session
