"""Where a translated label of a drawing would land, and the font size at which it fits.

Used by :mod:`borderdesk.core.svg_labels`. A label keeps its anchor (``start`` grows
right, ``end`` grows left, ``middle`` both ways), so a longer translation can run off
the sheet or into the next label on the same line ("ejection port" beside "slide").
:func:`fitted_sizes` makes a translated label smaller until it stays inside the
viewBox and clear of its neighbours, never below :data:`MIN_FONT_SIZE`; labels left
in English keep their size (the drawing was laid out for them).

Widths are estimated, not measured (no font is read here): :data:`EM_PER_CHARACTER`
times the font size per character, a little over DejaVu Sans's average for Latin and
Cyrillic words (bold: :data:`EM_PER_BOLD_CHARACTER`).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Estimated advance of one character, in ems (DejaVu Sans: ~0.5 Latin, ~0.6 Cyrillic).
EM_PER_CHARACTER = 0.6
#: The same for bold text.
EM_PER_BOLD_CHARACTER = 0.66
#: The least font size a label is shrunk to (user units; the drawings use 11 to 26).
MIN_FONT_SIZE = 8.0
#: Room kept between a label and the edge of the viewBox (user units).
EDGE_MARGIN = 2.0
#: Room kept between two labels on the same line (user units).
LABEL_GAP = 6.0
#: The share of a label's width left of its x, by text-anchor.
_LEFT_SHARE = {"start": 0.0, "middle": 0.5, "end": 1.0}


@dataclass(frozen=True, slots=True)
class LabelBox:
    """One label as drawn: its anchor point, size, anchor, characters and weight."""

    x: float
    y: float
    size: float
    anchor: str
    characters: int
    bold: bool
    #: Whether its words were translated (only those are resized).
    translated: bool

    @property
    def em(self) -> float:
        """Estimated width of one character at font size 1."""
        return (EM_PER_BOLD_CHARACTER if self.bold else EM_PER_CHARACTER) * self.characters

    @property
    def left_share(self) -> float:
        """The share of the width left of ``x``."""
        return _LEFT_SHARE.get(self.anchor, 0.0)


def fitted_sizes(boxes: list[LabelBox], view_box: tuple[float, float] | None) -> list[float]:
    """The font size of each box: its own, or smaller for a translated label that would
    run off ``view_box`` (left edge, width) or into a label on the same line."""
    sizes = [_inside(box, view_box) if box.translated else box.size for box in boxes]
    order = sorted(range(len(boxes)), key=lambda i: (boxes[i].y, boxes[i].x))
    for position, i in enumerate(order):
        for j in order[position + 1:]:
            if abs(boxes[j].y - boxes[i].y) < max(boxes[i].size, boxes[j].size):
                _separate(boxes, sizes, i, j)
    return sizes


def _inside(box: LabelBox, view_box: tuple[float, float] | None) -> float:
    if view_box is None or box.characters == 0:
        return box.size
    left, right = view_box[0] + EDGE_MARGIN, view_box[0] + view_box[1] - EDGE_MARGIN
    share = box.left_share
    rooms = []
    if share > 0:
        rooms.append((box.x - left) / share)
    if share < 1:
        rooms.append((right - box.x) / (1 - share))
    room = min(rooms)
    return _smaller(box.size, room / box.em) if room > 0 else box.size


def _separate(boxes: list[LabelBox], sizes: list[float], i: int, j: int) -> None:
    """Shrink the translated one(s) of two labels on a line until they no longer meet."""
    first, second = sorted((i, j), key=lambda k: boxes[k].x)
    a, b = boxes[first], boxes[second]
    # right edge of a + gap <= left edge of b, each edge linear in its font size
    a_right, b_left = a.em * (1 - a.left_share), b.em * b.left_share
    room = b.x - a.x - LABEL_GAP
    used = a_right * sizes[first] + b_left * sizes[second]
    if used <= room:
        return
    fixed = (0.0 if a.translated else a_right * sizes[first]) + \
        (0.0 if b.translated else b_left * sizes[second])
    scalable = used - fixed
    factor = (room - fixed) / scalable if scalable > 0 and room > fixed else 0.0
    for k, box in ((first, a), (second, b)):
        if box.translated:
            sizes[k] = _smaller(sizes[k], sizes[k] * factor)


def _smaller(size: float, wanted: float) -> float:
    """``wanted`` (rounded down to a tenth), but never above ``size`` or below the least."""
    if wanted >= size:
        return size
    return max(min(size, MIN_FONT_SIZE), int(wanted * 10) / 10)
