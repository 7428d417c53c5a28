"""LIVE or EXERCISE, unmistakable: the status bar's mode label, and on an exercise's
station an orange band across the top of the main window and "EXERCISE" in every
window's title.

The band is a toolbar that cannot be moved, hidden or closed, above the main toolbar,
so it shows on every page. The titles come from the application's display name, which
Qt adds to the title of every window it shows (case windows, declaration views, the
wizard), so no window can forget it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSizePolicy, QToolBar

from borderdesk import APP_DISPLAY_NAME

LIVE_STYLE = ("QLabel#modeLabel { background: #1b5e20; color: white; font-weight: bold;"
              " padding: 1px 8px; border-radius: 3px; }")
EXERCISE_STYLE = ("QLabel#modeLabel { background: #e65100; color: white; font-weight: bold;"
                  " padding: 1px 8px; border-radius: 3px; }")
BAND_STYLE = ("QLabel#exerciseBand { background: #e65100; color: white; font-weight: bold;"
              " padding: 6px; }")


def _tr(text: str) -> str:
    return QCoreApplication.translate("mode_band", text)


def mode_label(exercise: bool) -> QLabel:
    """The status bar's LIVE or EXERCISE label."""
    label = QLabel(_tr("EXERCISE") if exercise else _tr("LIVE"))
    label.setObjectName("modeLabel")
    label.setToolTip(_tr("Exercise mode: training data on its own database, not evidence")
                     if exercise else
                     _tr("Live mode: what is recorded here is real, not training"))
    label.setStyleSheet(EXERCISE_STYLE if exercise else LIVE_STYLE)
    return label


def mark_exercise(window: QMainWindow) -> QToolBar:
    """Put the exercise band on ``window`` and "EXERCISE" in every window's title."""
    band = QToolBar(_tr("Exercise"), window)
    band.setObjectName("exerciseBandBar")
    band.setMovable(False)
    band.setFloatable(False)
    band.toggleViewAction().setEnabled(False)  # it cannot be switched off from the menu
    band.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    text = QLabel(_tr("EXERCISE — training data, not evidence. Nothing here reaches the live "
                      "station or headquarters."))
    text.setObjectName("exerciseBand")
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setStyleSheet(BAND_STYLE)
    text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    band.addWidget(text)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, band)
    window.insertToolBarBreak(band)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(_tr("{app} EXERCISE").format(app=APP_DISPLAY_NAME))
    return band


def unmark_exercise() -> None:
    """Put the application's display name back (the exercise window closed)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(APP_DISPLAY_NAME)
