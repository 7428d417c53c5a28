"""What the trainee's inspection of a declaration found, in an exercise window: the words
of the scenario's truth as an officer meets it (where, what it looks like, its condition
as found) and its pictures, among them the close-ups of the markings to read.

Nothing that gives an answer away is shown (``training.findings``): no marking text, no
category, no drawing's name. Pictures are drawn from the bytes the service gives; an SVG
passes the safe SVG check before QtSvg reads it, as every drawing borderdesk shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from borderdesk.identify.refpack_images import ImageProblem, check_svg
from borderdesk.services.station import StationSession
from borderdesk.services.training_play import findings, picture_data
from borderdesk.training.findings import Findings, FoundItem

log = logging.getLogger(__name__)

#: The size a picture is shown at (the drawings are 3:2).
PICTURE_SIZE = QSize(300, 200)


def picture_pixmap(media: str, data: bytes, size: QSize = PICTURE_SIZE) -> QPixmap | None:
    """A picture's bytes drawn to fit ``size``; None when they cannot be read."""
    if media == "image/svg+xml":
        try:
            check_svg(data)
        except ImageProblem as exc:
            log.warning("a scenario picture is not shown: %s", exc)
            return None
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return None
        drawn = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        pixmap = QPixmap(drawn)
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, drawn.width(), drawn.height()))
        painter.end()
        return pixmap
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def _label(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # scenario text is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class FindingsDialog(QDialog):
    """The findings of one declaration (not modal: the trainee keeps working)."""

    def __init__(self, session: StationSession, declaration_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsDialog")
        self._session = session
        self.declaration_id = declaration_id
        self.found: Findings = findings(session, declaration_id)
        self.setWindowTitle(self.tr("What the inspection of {id} found").format(
            id=declaration_id))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(_label(self.found.message, bold=True))
        if self.found.where:
            layout.addWidget(_label(self.tr("Where: {where}").format(where=self.found.where)))
        self.pictures: list[QLabel] = []
        for item in self.found.items:
            layout.addWidget(self._item(item))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(760, 620 if self.found.items else 220)

    def _item(self, item: FoundItem) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(_label(self.tr("Item {number}: {description}").format(
            number=item.number, description=item.description), bold=True))
        layout.addWidget(_label(self.tr("Found: {text}").format(text=item.found)))
        layout.addWidget(_label(self.tr("Condition as found: {text}").format(
            text=item.condition)))
        grid = QGridLayout()
        for index, picture in enumerate(item.pictures):
            media, data = picture_data(self._session, picture)
            shown = QLabel()
            shown.setObjectName("findingPicture")
            pixmap = picture_pixmap(media, data)
            if pixmap is not None:
                shown.setPixmap(pixmap)
            else:
                shown.setText(self.tr("(this picture cannot be shown)"))
            shown.setToolTip(picture.caption)
            self.pictures.append(shown)
            cell = QVBoxLayout()
            cell.addWidget(shown)
            cell.addWidget(_label(picture.caption))
            grid.addLayout(cell, index // 2, index % 2)
        layout.addLayout(grid)
        return frame

    def text(self) -> str:
        """Every text shown (for tests and screen readers)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.text())
