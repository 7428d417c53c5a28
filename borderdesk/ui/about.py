"""Help › About: the version, the libraries underneath, the data files in use and where
the data lives: the same report as ``borderdesk --version``
(:mod:`borderdesk.services.versions`), for the station that is open."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk import APP_DISPLAY_NAME
from borderdesk.core.paths import data_dir
from borderdesk.services.station import StationSession
from borderdesk.services.versions import Versions, station_versions


def qt_versions() -> tuple[str, ...]:
    """Qt's and PySide6's versions, as lines of the version report."""
    return (f"Qt {qVersion()}", f"PySide6 {pyside_version}")


def about_text(versions: Versions, db_path: Path | None) -> str:
    """The About box's text (rich text; every value is escaped)."""
    files = "".join(
        f"<tr><td>{html.escape(f.kind)}</td><td>{html.escape(f.id)}</td>"
        f"<td>{html.escape(f.version)}</td><td>{html.escape(f.origin)}</td></tr>"
        for f in versions.data_files)
    return QCoreApplication.translate(
        "about",
        "<h3>{heading}</h3>"
        "<p>Firearms detection, identification and evidence for customs officers "
        "at land border crossings.</p>"
        "<p>{engines}</p>"
        "<p><b>Data files in use</b></p><table cellspacing='4'>{files}</table>"
        "<p>Data folder: {data}<br>Database: {db}<br>Resources: {resources}</p>",
    ).format(heading=html.escape(versions.heading()),
             engines="<br>".join(html.escape(line) for line in versions.engines(qt_versions())),
             files=files, data=html.escape(str(data_dir())),
             db=html.escape(str(db_path or "—")),
             resources=html.escape(str(versions.resources)))


def show_about(parent: QWidget | None, session: StationSession) -> None:
    """Show the About box for the station of ``session``."""
    title = QCoreApplication.translate("about", "About {name}").format(name=APP_DISPLAY_NAME)
    QMessageBox.about(parent, title, about_text(station_versions(session), session.path))
