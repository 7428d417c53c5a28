"""Help › About shows what --version shows, for the open station."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from borderdesk import __version__
from borderdesk.services.station import StationSession
from borderdesk.services.versions import station_versions
from borderdesk.ui.about import about_text, qt_versions


def test_the_about_box_names_versions_and_the_data_files_in_use(
    session: StationSession,
) -> None:
    versions = station_versions(session)
    text = about_text(versions, session.path)
    assert f"borderdesk {__version__} (from source)" in text
    assert f"Qt {qVersion()}<br>PySide6 {pyside_version}" in text
    assert f"SQLite {versions.sqlite}" in text
    assert "SQLCipher 4." in text
    assert "<td>risk profile</td><td>firearms-extended</td><td>1</td>" in text
    assert "<td>checklist</td><td>evidence-steps</td><td>2</td>" in text
    assert "<td>code list</td><td>countries</td>" in text
    assert str(session.path) in text
    assert qt_versions() == (f"Qt {qVersion()}", f"PySide6 {pyside_version}")


def test_the_about_box_escapes_paths(session: StationSession) -> None:
    text = about_text(station_versions(session), session.path.parent / "<b>odd</b>.db")
    assert "&lt;b&gt;odd&lt;/b&gt;.db" in text
