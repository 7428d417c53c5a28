"""Help › About: the version, the libraries underneath and where the data lives."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk import APP_DISPLAY_NAME, __version__
from borderdesk.core.paths import data_dir


def about_text(db_path: Path | None) -> str:
    """The About box's text (rich text; the paths are escaped)."""
    return QCoreApplication.translate(
        "about",
        "<h3>{name} {version}</h3>"
        "<p>Firearms detection, identification and evidence for customs officers "
        "at land border crossings.</p>"
        "<p>Qt {qt}, PySide6 {pyside}, Python {python}</p>"
        "<p>Data folder: {data}<br>Database: {db}</p>",
    ).format(name=html.escape(APP_DISPLAY_NAME), version=__version__, qt=qVersion(),
             pyside=pyside_version, python=platform.python_version(),
             data=html.escape(str(data_dir())), db=html.escape(str(db_path or "—")))


def show_about(parent: QWidget | None, db_path: Path | None) -> None:
    """Show the About box."""
    title = QCoreApplication.translate("about", "About {name}").format(name=APP_DISPLAY_NAME)
    QMessageBox.about(parent, title, about_text(db_path))
