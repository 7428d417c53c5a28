"""The identification wizard's pictures: reference drawings drawn sharp at the size shown.

The drawings are SVG Tiny (``resources/reference/drawings/NAME.svg``). Each file is
read once and passed through the safe SVG check (``identify/refpack_images.py``:
defusedxml, no DTD or entities, nothing that runs or fetches) before QtSvg sees its
bytes, shipped files included: a drawing that fails shows as an empty frame. Its
labels are shown in the window's language (``core/svg_labels.py``, context
"drawing-label", through the core's ``tr``), and the labelled bytes are checked again.
Each is drawn by QtSvg at the widget's size times the screen's device pixel ratio, so
it stays sharp at 200 % scaling; renderers are kept by (name, language) and pixmaps in
a small cache keyed by (name, language, size, ratio): going back and forth between
steps, or hovering over choices, draws nothing twice. :class:`PictureView` says which
drawing it shows (:attr:`PictureView.drawing`) so that tests can check the right
picture is up.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from functools import cache
from pathlib import Path
from xml.etree.ElementTree import Element

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.core.svg_labels import LABEL_CONTEXT, LabelError, translate_labels_cached
from borderdesk.identify.refpack_images import ImageProblem, check_svg
from borderdesk.ui.language import current_language

log = logging.getLogger(__name__)

#: The drawings' own size (their viewBox): width and height, 3:2.
DRAWING_SIZE = QSize(480, 320)
#: How many rendered pixmaps are kept (a walk shows a few dozen sizes and names).
CACHE_ENTRIES = 160

_renderers: dict[tuple[str, str], QSvgRenderer | None] = {}
_pixmaps: OrderedDict[tuple[str, str, int, int, float], QPixmap] = OrderedDict()
_stats = {"drawn": 0, "reused": 0}
_SVG = "{http://www.w3.org/2000/svg}"


def drawing_path(name: str) -> Path:
    """The file of a reference drawing."""
    return resource_path("reference", "drawings", f"{name}.svg")


def checked_drawing(name: str) -> tuple[bytes, Element] | None:
    """The drawing's bytes and its checked SVG tree; None when it is missing or fails
    the safe SVG check (logged: a shipped drawing should never fail it)."""
    path = drawing_path(name)
    try:
        data = path.read_bytes()
        return data, check_svg(data)
    except FileNotFoundError:
        return None
    except (OSError, ImageProblem) as exc:
        log.warning("the drawing %s is not shown: %s", path, exc)
        return None


def label_translation(label: str) -> str:
    """A drawing's label in the window's language."""
    return tr(label, context=LABEL_CONTEXT)


def labelled_drawing(name: str) -> bytes | None:
    """The drawing's bytes with its labels in the window's language, checked; None when
    it cannot be shown (English labels when they cannot be put in: logged)."""
    checked = checked_drawing(name)
    if checked is None:
        return None
    try:
        labelled = translate_labels_cached(checked[0], label_translation)
        if labelled is not checked[0]:
            check_svg(labelled)
    except (LabelError, ImageProblem) as exc:
        log.warning("the labels of the drawing %s stay in English: %s", name, exc)
        return checked[0]
    return labelled


def _renderer(name: str, language: str) -> QSvgRenderer | None:
    key = (name, language)
    if key not in _renderers:
        data = labelled_drawing(name)
        # From the checked bytes, never the path: QtSvg never reads what was not checked.
        renderer = QSvgRenderer(QByteArray(data)) if data is not None else None
        # A drawing that cannot be read shows as an empty frame, never as an error:
        # the checklist loader already refuses names outside the agreed list.
        _renderers[key] = renderer if renderer is not None and renderer.isValid() else None
    return _renderers[key]


@cache
def drawing_caption(name: str) -> str:
    """What a drawing shows, from its ``<title>`` and ``<desc>`` (translated in the
    "drawings" context; empty when the file cannot be read)."""
    checked = checked_drawing(name)
    if checked is None:
        return ""
    root = checked[1]
    texts = [(root.findtext(f"{_SVG}{tag}") or "").strip() for tag in ("title", "desc")]
    title, desc = (QCoreApplication.translate("drawings", t) if t else "" for t in texts)
    # The desc often starts by repeating the title ("Revolver: Right side of..."): once.
    prefix = f"{title}: "
    desc = desc[len(prefix):] if desc.startswith(prefix) else desc
    return f"{title}\n{desc}".strip()


def drawing_pixmap(name: str, size: QSize, ratio: float) -> QPixmap | None:
    """``name`` drawn to fit ``size`` (logical pixels) at device pixel ratio ``ratio``.

    Cached by (name, language, size, ratio); ``None`` when the drawing cannot be read.
    """
    language = current_language()
    key = (name, language, size.width(), size.height(), round(ratio, 3))
    cached = _pixmaps.get(key)
    if cached is not None:
        _pixmaps.move_to_end(key)
        _stats["reused"] += 1
        return cached
    renderer = _renderer(name, language)
    if renderer is None or size.isEmpty():
        return None
    pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    _pixmaps[key] = pixmap
    _stats["drawn"] += 1
    while len(_pixmaps) > CACHE_ENTRIES:
        _pixmaps.popitem(last=False)
    return pixmap


def cache_stats() -> dict[str, int]:
    """How many pixmaps were drawn and how many were reused (for the bench)."""
    return dict(_stats, entries=len(_pixmaps))


def clear_cache() -> None:
    """Forget every rendered pixmap and renderer (the bench measures a first showing)."""
    _pixmaps.clear()
    _renderers.clear()
    _stats.update(drawn=0, reused=0)


def fitted(bounds: QSize) -> QSize:
    """The largest 3:2 size that fits ``bounds``."""
    width = min(bounds.width(), bounds.height() * DRAWING_SIZE.width() // DRAWING_SIZE.height())
    return QSize(max(0, width), max(0, width * DRAWING_SIZE.height() // DRAWING_SIZE.width()))


class PictureView(QWidget):
    """Shows one reference drawing, as large as fits while keeping its proportions.

    ``minimum`` is the least size it asks of the layout; an empty ``drawing``
    shows ``placeholder`` text in a light frame instead.
    """

    def __init__(self, minimum: QSize, parent: QWidget | None = None,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self._drawing: str | None = None
        self._minimum = minimum
        self.placeholder = placeholder
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    @property
    def drawing(self) -> str | None:
        """The name of the drawing shown (None: none)."""
        return self._drawing

    def set_drawing(self, name: str | None) -> None:
        """Show ``name`` (None: nothing)."""
        if name != self._drawing:
            self._drawing = name
            self.setAccessibleName(name or "")
            self.update()

    def sizeHint(self) -> QSize:
        return self._minimum

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._minimum.height(),
                   width * DRAWING_SIZE.height() // DRAWING_SIZE.width())

    def picture_rect(self) -> QRectF:
        """Where the drawing goes: the largest 3:2 rectangle, centred."""
        size = fitted(self.size())
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self.picture_rect()
        pixmap = None
        if self._drawing is not None:
            pixmap = drawing_pixmap(self._drawing, target.size().toSize(),
                                    self.devicePixelRatioF())
        if pixmap is not None:
            painter.drawPixmap(target.topLeft(), pixmap)
        elif self.placeholder:
            painter.setPen(_muted(self.palette()))
            painter.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.drawText(target, int(Qt.AlignmentFlag.AlignCenter
                                         | Qt.TextFlag.TextWordWrap), self.placeholder)
        painter.end()


def _muted(palette: QPalette) -> QColor:
    """The muted colour of an empty picture's frame and text."""
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
