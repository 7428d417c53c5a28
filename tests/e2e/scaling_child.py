"""Run in a process of its own with QT_SCALE_FACTOR=2: every page and the declaration
view at 1366x768 logical pixels (2732x1536 on the screen), listing what is clipped.

Prints one JSON object: the device pixel ratio, the grabbed size, and the clipped
labels and buttons per screen (a widget narrower than the text it needs).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QWidget

from borderdesk.services.station import open_station
from borderdesk.ui.app import HEADLESS_SIZE, prepare_application, top_scored_declaration
from borderdesk.ui.main_window import MainWindow


def clipped(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        # Word-wrapped labels take the lines they need; others must fit on one.
        shows_text = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap())
        text = widget.text() if shows_text else ""  # type: ignore[attr-defined]
        if not text:
            continue
        if widget.width() < widget.sizeHint().width():
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < "
                         f"{widget.sizeHint().width()}")
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            # What the header needs to show the title in full (with its sort arrow when
            # the table sorts), measured by the style at this density.
            needed = header.sectionSizeHint(section)
            last = header.visualIndex(section) == header.count() - 1
            if title and header.sectionSize(section) < needed and not last:
                found.append(f"column {title!r}: {header.sectionSize(section)} < {needed}")
    return found


def settle(app: QApplication, seconds: float) -> None:
    """Run the event loop for ``seconds`` (timers fire, layouts catch up)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    report: dict[str, object] = {}
    with open_station(Path(sys.argv[1]), create=False) as session:
        window = MainWindow(session)
        window.resize(*HEADLESS_SIZE)
        window.show()
        # Let the work the window defers after its first paint (the status bar's profile
        # label, filled 200 ms later) finish and be laid out before anything is measured.
        settle(app, 0.6)
        report["ratio"] = window.devicePixelRatio()
        shot = window.grab()
        report["size"] = [shot.width(), shot.height()]
        screens: dict[str, list[str]] = {}
        for index in range(window.navigation.count()):
            window.navigation.setCurrentIndex(index)
            settle(app, 0.1)
            name = window.navigation.tabText(index).replace("&", "")
            screens[name] = clipped(window)
        declaration_id = top_scored_declaration(session)
        assert declaration_id is not None
        window.open_declaration_id(declaration_id)
        settle(app, 0.1)
        view = window.declaration_view
        assert view is not None
        view.resize(*HEADLESS_SIZE)
        settle(app, 0.1)
        screens["declaration"] = clipped(view)
        report["clipped"] = screens
        view.close()
        window.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
