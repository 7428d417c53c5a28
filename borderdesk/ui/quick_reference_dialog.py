"""Help › Quick reference (PDF)…: the one-page sheet for the control booth's wall.

Asks the language (the station's first: the sheet hangs where that language is read)
and the file, prints the sheet through :mod:`borderdesk.services.quick_reference` (one
page, in a moment: no worker needed) and says where it is, with a button to open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.ts_catalogue import available_languages
from borderdesk.services.first_run import station_language
from borderdesk.services.quick_reference import print_quick_reference as print_sheet
from borderdesk.services.quick_reference import quick_reference_name
from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.reports_actions import documents_folder, language_name, save_path

CONTEXT = "QuickReference"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def print_quick_reference(parent: QWidget, session: StationSession) -> Path | None:
    """Help › Quick reference (PDF)…: ask the language (the station's first) and the
    file, print the sheet and say where it is; the file, or None (cancelled, or a
    problem the officer was told about)."""
    codes = available_languages()
    names = [language_name(code) for code in codes]
    station = station_language(session).replace("_", "-")
    title = _tr("Quick reference")
    name, chosen = QInputDialog.getItem(
        parent, title, _tr("Print the quick reference in:"), names,
        codes.index(station) if station in codes else 0, False)
    if not chosen:
        return None
    code = codes[names.index(name)]
    path = save_path(parent, _tr("Save the quick reference"), documents_folder(),
                     quick_reference_name(code))
    if path is None:
        return None
    try:
        printed = print_sheet(session, path, code)
    except BorderdeskError as exc:
        QMessageBox.warning(parent, title, plain_error(exc))
        return None
    text = _tr("The quick reference ({language}) is saved as {path}. Print it on A4 and "
               "put it up where the officers inspect.").format(
        language=language_name(printed.language), path=printed.path)
    if printed.language_note:
        text += "\n" + printed.language_note
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("quickReferenceSaved")
    opened = box.addButton(_tr("&Open it"), QMessageBox.ButtonRole.ActionRole)
    opened.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed.path))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return printed.path


__all__ = ["print_quick_reference"]
