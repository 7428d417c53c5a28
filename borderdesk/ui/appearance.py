"""The "large controls" setting: bigger text and targets for tablets and gloved hands.

Officers at the lane use the window on tablets, sometimes in gloves. The setting
scales the application font and gives buttons, fields, combo boxes, tabs and table
rows a minimum height of about 1 cm at 96 dpi, so that a thumb in a glove hits the
right one. It applies to every window at once (one application style sheet) and
is undone exactly when switched off.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

#: How much larger the font is with large controls on.
LARGE_FONT_FACTOR = 1.3
#: The least height (pixels at 1x) of anything one presses with large controls on.
LARGE_TARGET_PX = 40
_BASE_FONT = "borderdeskBaseFont"
_STYLE = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDateEdit {{
    min-height: {LARGE_TARGET_PX - 12}px; padding: 4px 10px; }}
QTabBar::tab {{ min-height: {LARGE_TARGET_PX - 8}px; padding: 4px 14px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 24px; height: 24px; }}
QScrollBar:vertical {{ width: 22px; }}
QScrollBar:horizontal {{ height: 22px; }}
"""


def apply_large_controls(app: QApplication, on: bool) -> None:
    """Switch large controls on or off for the whole application."""
    base = app.property(_BASE_FONT)
    if on:
        if not isinstance(base, QFont):  # remember the font to return to
            base = QFont(app.font())
            app.setProperty(_BASE_FONT, base)
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * LARGE_FONT_FACTOR)
        # The style sheet first: setting one re-resolves fonts, and its size rule reaches
        # widgets that already exist (the application font alone reaches only some).
        app.setStyleSheet(_STYLE + f"* {{ font-size: {font.pointSizeF():.1f}pt; }}")
        app.setFont(font)
        return
    app.setStyleSheet("")
    if isinstance(base, QFont):
        app.setFont(base)
        app.setProperty(_BASE_FONT, None)


def large_controls_on(app: QApplication) -> bool:
    """Whether large controls are on."""
    return bool(app.styleSheet())
