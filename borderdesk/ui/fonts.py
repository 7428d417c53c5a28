"""The bundled font (DejaVu Sans), so every name and place reads right on any machine.

A system without fonts renders text as empty boxes and raises nothing; a
system with only Latin fonts loses Cyrillic. borderdesk therefore ships
DejaVu Sans in ``resources/fonts/`` (licence alongside) and makes it the
application font.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from borderdesk.core.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"
#: Letters an officer at the region's borders must be able to read (tests check them).
REQUIRED_LETTERS = "ŠšĐđČčĆćŽžЂђЉљЊњЋћЏџЖжорёëçğışöüİ"

_loaded_family: str | None = None


def load_bundled_fonts() -> str | None:
    """Register the bundled font files once; return their family (``None`` if none loaded)."""
    global _loaded_family
    if _loaded_family is not None:
        return _loaded_family
    family = None
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load the bundled font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    _loaded_family = family
    return family


def apply_app_font(app: QApplication) -> QFont:
    """Make the bundled font the application's font, at the platform's size."""
    family = load_bundled_fonts()
    font = QFont(app.font())
    if family is not None:
        font.setFamilies([family])
    app.setFont(font)
    return font
