"""Render the reference drawings to PNG, to look at them as the wizard shows them.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python \
        scripts/render_drawings.py OUT_DIR [NAME ...]

Each drawing in ``resources/reference/drawings/`` is drawn by QtSvg (the
renderer the wizard uses) at 480 x 320 (a normal screen) and 960 x 640 (200 %
scaling), on white, into ``OUT_DIR/NAME.png`` and ``OUT_DIR/NAME@2x.png``;
``OUT_DIR/contact-sheet.png`` shows them all at half size with their names, to
compare stroke weights and proportions side by side. Names given after the
folder restrict the run to those drawings. Qt's warnings about a file (an
element QtSvg does not draw, a bad attribute) are printed, and the exit status
is 1 when there were any, so the script doubles as a quick check.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from borderdesk.core.paths import resource_path
from borderdesk.ui.fonts import FONT_FAMILY, load_bundled_fonts

DRAWINGS = resource_path("reference", "drawings")
SIZES = ((480, 320, ""), (960, 640, "@2x"))
SHEET_COLUMNS = 4
SHEET_CELL = (240, 160)
SHEET_CAPTION = 20

_warnings: list[str] = []


def _collect(kind: QtMsgType, _context: object, message: str) -> None:
    # QtSvg reports what it cannot draw as a warning and draws the rest: that
    # is exactly what must not go unnoticed in a drawing.
    if kind != QtMsgType.QtDebugMsg:
        _warnings.append(message)


def render(path: Path, width: int, height: int) -> QImage:
    """The drawing at ``path`` rendered into a white ``width`` x ``height`` image."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        _warnings.append(f"{path.name}: QtSvg cannot read it")
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def contact_sheet(images: list[tuple[str, QImage]]) -> QImage:
    """All drawings at half size in a grid, each with its name under it."""
    cell_w, cell_h = SHEET_CELL
    rows = max(1, math.ceil(len(images) / SHEET_COLUMNS))
    height = rows * (cell_h + SHEET_CAPTION)
    sheet = QImage(SHEET_COLUMNS * cell_w, height, QImage.Format.Format_ARGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setFont(QFont(FONT_FAMILY, 8))
    for index, (name, image) in enumerate(images):
        x = (index % SHEET_COLUMNS) * cell_w
        y = (index // SHEET_COLUMNS) * (cell_h + SHEET_CAPTION)
        painter.drawImage(QRectF(x, y, cell_w, cell_h), image)
        painter.setPen(QPen(QColor("#b0b8c0")))
        painter.drawRect(x, y, cell_w - 1, cell_h + SHEET_CAPTION - 1)
        painter.setPen(QPen(QColor("#1d2733")))
        caption = QRectF(x, y + cell_h, cell_w, SHEET_CAPTION)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, name)
    painter.end()
    return sheet


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: scripts/render_drawings.py OUT_DIR [NAME ...]", file=sys.stderr)
        return 2
    out = Path(argv[0])
    wanted = set(argv[1:])
    app = QGuiApplication.instance() or QGuiApplication(["render_drawings"])
    load_bundled_fonts()  # the drawings name "DejaVu Sans"; never fall back to another face
    qInstallMessageHandler(_collect)
    out.mkdir(parents=True, exist_ok=True)
    sheet_images: list[tuple[str, QImage]] = []
    for path in sorted(DRAWINGS.glob("*.svg")):
        if wanted and path.stem not in wanted:
            continue
        before = len(_warnings)
        for width, height, suffix in SIZES:
            image = render(path, width, height)
            image.save(str(out / f"{path.stem}{suffix}.png"))
            if not suffix:
                sheet_images.append((path.stem, image))
        for message in _warnings[before:]:
            print(f"{path.name}: {message}", file=sys.stderr)
    contact_sheet(sheet_images).save(str(out / "contact-sheet.png"))
    print(f"{len(sheet_images)} drawings rendered into {out}")
    del app
    return 1 if _warnings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
