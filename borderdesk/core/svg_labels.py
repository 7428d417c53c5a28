"""Translating the labels written in an SVG drawing, leaving every other byte as it was.

The reference drawings (``resources/reference/drawings/``) carry short English labels
("ejection port", "magazine (in grip)") in ``<text>`` and ``<tspan>`` elements.
:func:`translate_labels` gives the same SVG with each label replaced by its translation
(looked up by the caller in the :data:`LABEL_CONTEXT` context), and
:func:`drawing_labels` lists the labels for the translators' files.

What is a label: each run of character data directly inside an SVG ``<text>`` or
``<tspan>`` (its text, or the text after a ``<tspan>`` inside a ``<text>``), stripped of
the whitespace around it, unless the element or one of its ancestors says
``its:translate="no"`` (W3C ITS 2.0): a headstamp's letters or a deactivation stamp are
drawn as they stand on the item and are never translated. A run that holds a comment
or processing instruction is left alone.

Byte for byte: the document is parsed with defusedxml (no DTD, no entities) to check it
and resolve namespaces, then scanned as text, element by element alongside the parsed
tree, so that only the bytes of a translated label (and, below, its ``font-size``)
change; a document with nothing to translate comes back as the same bytes. Only UTF-8
documents are rewritten (the drawings are UTF-8); any other comes back unchanged.

Fitting: a translated label keeps its ``text-anchor``, so it grows away from its
pointer line (an ``end``-anchored label grows to the left). A ``<text>`` whose
translation is its only content gets a smaller ``font-size`` when it would run off the
``viewBox`` or into another label on its line (``core/svg_label_fit.py``: estimated
widths, a least size). A text inside a ``transform`` (an enlarged detail), or with
several ``x`` values, is not resized.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from borderdesk.core.svg_label_fit import LabelBox, fitted_sizes

#: The context the drawings' labels are translated in.
LABEL_CONTEXT = "drawing-label"

_SVG = "{http://www.w3.org/2000/svg}"
_ITS_TRANSLATE = "{http://www.w3.org/2005/11/its}translate"
_LABEL_ELEMENTS = {f"{_SVG}text", f"{_SVG}tspan"}
_MARKUP = re.compile(r"""
      (?P<comment><!--.*?-->)
    | <!\[CDATA\[(?P<cdata>.*?)\]\]>
    | (?P<pi><\?.*?\?>)
    | </(?P<end>[^\s>]+)\s*>
    | <(?P<start>[^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(?P<empty>/?)>
    """, re.DOTALL | re.VERBOSE)
_REFERENCE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_FONT_SIZE = re.compile(r"""(\sfont-size\s*=\s*)(["'])([^"']*)\2""")
# Characters XML 1.0 cannot hold, even escaped: dropped from a translation.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*")

#: Translates one label (English in, the language's words out).
LabelTranslator = Callable[[str], str]


class LabelError(ValueError):
    """The SVG cannot be read (not well-formed, a DTD or entities): a caller that
    checked it with ``identify.refpack_images.check_svg`` never sees this."""


@dataclass(frozen=True, slots=True)
class _Run:
    """A label found in the text: where its bytes are and what they say."""

    start: int
    end: int
    value: str
    #: The <text> whose whole content this run is (fitting applies), else None.
    sole_text_of: Element | None
    #: The index, in the scanned pieces, of that <text>'s start tag.
    tag_piece: int
    #: Whether a transform applies to the run (no fitting then).
    transformed: bool


def translate_labels(svg: bytes, translate: LabelTranslator) -> bytes:
    """``svg`` with every label replaced by ``translate(label)``; the same bytes when
    nothing changes. :class:`LabelError` when ``svg`` is not well-formed XML or has a
    DTD or entities."""
    scanned = _scan(svg)
    if scanned is None:
        return svg
    pieces, runs, view_box = scanned
    changed = False
    boxes: list[tuple[int, LabelBox]] = []
    for run in runs:
        label = run.value.strip()
        translated = _NOT_XML.sub("", translate(label)) if label else label
        if translated != label:
            lead = run.value[:len(run.value) - len(run.value.lstrip())]
            trail = run.value[len(run.value.rstrip()):]
            pieces[run.start] = _escape(lead + translated + trail)
            for position in range(run.start + 1, run.end):
                pieces[position] = ""
            changed = True
        if run.sole_text_of is not None and not run.transformed:
            box = _box(run.sole_text_of, translated, translated != label)
            if box is not None:
                boxes.append((run.tag_piece, box))
    if not changed:
        return svg
    sizes = fitted_sizes([box for _piece, box in boxes], view_box)
    for (tag_piece, box), size in zip(boxes, sizes, strict=True):
        if size != box.size:
            pieces[tag_piece] = _with_font_size(pieces[tag_piece], size)
    return "".join(pieces).encode("utf-8")


def drawing_labels(svg: bytes) -> list[tuple[str, int]]:
    """Each label of ``svg`` (stripped) with its line, in the order written."""
    scanned = _scan(svg)
    if scanned is None:
        return []
    pieces, runs, _view_box = scanned
    lines_before = [0]
    for piece in pieces:
        lines_before.append(lines_before[-1] + piece.count("\n"))
    found = []
    for run in runs:
        label = run.value.strip()
        if label:
            leading = run.value[:len(run.value) - len(run.value.lstrip())]
            found.append((label, lines_before[run.start] + leading.count("\n") + 1))
    return found


@lru_cache(maxsize=256)
def translated_cached(svg: bytes, translations: tuple[tuple[str, str], ...]) -> bytes:
    """:func:`translate_labels` remembered by the drawing and its labels' translations
    (so by drawing and language: a language switch misses, nothing stale is shown)."""
    table = dict(translations)
    return translate_labels(svg, lambda label: table.get(label, label))


def translate_labels_cached(svg: bytes, translate: LabelTranslator) -> bytes:
    """:func:`translate_labels`, remembering the result for the same drawing and the
    same translations (the labels are looked up each time: a few dictionary look-ups)."""
    labels = _labels_of(svg)
    return translated_cached(svg, tuple((label, translate(label)) for label in labels))


@lru_cache(maxsize=256)
def _labels_of(svg: bytes) -> tuple[str, ...]:
    return tuple(dict.fromkeys(label for label, _line in drawing_labels(svg)))


def _scan(svg: bytes) -> tuple[list[str], list[_Run], tuple[float, float] | None] | None:
    """The document as pieces (markup and character data, in order), its label runs
    as ranges of pieces, and the viewBox's horizontal extent; None when not UTF-8."""
    root = _parse(svg)
    try:
        text = svg.decode("utf-8")
    except UnicodeDecodeError:
        return None
    declared = re.match(r"""\ufeff?<\?xml[^>]*encoding\s*=\s*["']([^"']+)""", text)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        return None
    pieces: list[str] = []
    runs: list[_Run] = []
    elements = root.iter()
    # Open elements: (element, index of its start tag's piece, transformed).
    stack: list[tuple[Element, int, bool]] = []
    run_start: int | None = None
    run_owner: Element | None = None  # the element whose .text (not .tail) the run is
    run_clean = True
    for kind, piece, name, empty in _tokens(text):
        if kind in ("data", "cdata", "comment", "pi"):
            if run_start is None:
                run_start, run_clean = len(pieces), True
            run_clean = run_clean and kind in ("data", "cdata")
            pieces.append(piece)
            continue
        if run_start is not None and stack:
            _close_run(pieces, run_start, run_owner, run_clean, stack, runs)
        run_start = None
        if kind == "start":
            element = next(elements, None)
            if element is None or _local(str(element.tag)) != name.split(":", 1)[-1]:
                raise LabelError("the SVG could not be scanned element by element")
            transformed = bool(stack and stack[-1][2]) or element.get("transform") is not None
            pieces.append(piece)
            stack.append((element, len(pieces) - 1, transformed))
            run_owner = element
            if empty:
                stack.pop()
                run_owner = None
        else:
            pieces.append(piece)
            stack.pop()
            run_owner = None
    return pieces, runs, _view_box(root)


def _close_run(pieces: list[str], start: int, owner: Element | None, clean: bool,
               stack: list[tuple[Element, int, bool]], runs: list[_Run]) -> None:
    """Record the run of pieces[start:] when it is a label."""
    parent, tag_piece, transformed = stack[-1]
    if not clean or parent.tag not in _LABEL_ELEMENTS:
        return
    if any(element.get(_ITS_TRANSLATE) == "no" for element, _i, _t in stack):
        return
    value = "".join(_decode(p) for p in pieces[start:])
    sole = parent if (owner is parent and parent.tag == f"{_SVG}text"
                      and len(parent) == 0) else None
    runs.append(_Run(start, len(pieces), value, sole, tag_piece, transformed))


def _tokens(text: str) -> Iterator[tuple[str, str, str, bool]]:
    """(kind, its text, the tag's name, whether the tag is empty) of each piece of
    ``text``, markup or character data, in order."""
    position = 0
    for match in _MARKUP.finditer(text):
        if match.start() > position:
            yield _data(text[position:match.start()])
        position = match.end()
        piece = match.group(0)
        if match.group("comment"):
            yield "comment", piece, "", False
        elif match.group("cdata") is not None:
            yield "cdata", piece, "", False
        elif match.group("pi"):
            yield "pi", piece, "", False
        elif match.group("end"):
            yield "end", piece, match.group("end"), False
        else:
            yield "start", piece, match.group("start"), bool(match.group("empty"))
    if position < len(text):
        yield _data(text[position:])


def _data(piece: str) -> tuple[str, str, str, bool]:
    if "<" in piece:  # markup the expression did not recognise: never guess
        raise LabelError("the SVG could not be scanned element by element")
    return "data", piece, "", False


def _decode(piece: str) -> str:
    """The characters a piece of character data (or a CDATA section) stands for."""
    if piece.startswith("<![CDATA["):
        return piece[9:-3].replace("\r\n", "\n").replace("\r", "\n")
    piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    return _REFERENCE.sub(_character, piece)


def _character(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _NAMED[name]


def _escape(value: str) -> str:
    # A carriage return would be read back as a line feed: keep it as a reference.
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _parse(svg: bytes) -> Element:
    try:
        root: Element = SafeTree.fromstring(svg, forbid_dtd=True, forbid_entities=True,
                                            forbid_external=True)
    except DefusedXmlException as exc:
        raise LabelError(f"the SVG has a DTD or entities ({type(exc).__name__})") from None
    except ParseError as exc:
        raise LabelError(f"the SVG is not well-formed XML ({exc})") from None
    return root


def _view_box(root: Element) -> tuple[float, float] | None:
    """The viewBox's left edge and width, or None when it has none that can be read."""
    parts = (root.get("viewBox") or "").replace(",", " ").split()
    if len(parts) != 4 or not all(_NUMBER.fullmatch(part) for part in parts):
        return None
    width = float(parts[2])
    return (float(parts[0]), width) if width > 0 else None


def _box(element: Element, shown: str, translated: bool) -> LabelBox | None:
    """Where ``element`` draws ``shown``; None when its place or size is not plain numbers."""
    values = [element.get(name, "0") for name in ("x", "y")] + [element.get("font-size", "")]
    if not all(_NUMBER.fullmatch(value) for value in values):
        return None
    x, y, size = (float(value) for value in values)
    bold = element.get("font-weight", "normal") in ("bold", "bolder", "600", "700", "800",
                                                     "900")
    return LabelBox(x, y, size, element.get("text-anchor", "start").strip(), len(shown),
                    bold, translated)


def _with_font_size(tag: str, size: float) -> str:
    """The start tag ``tag`` with its font-size attribute set to ``size``."""
    shown = f"{size:.1f}".removesuffix(".0")
    return _FONT_SIZE.sub(lambda m: f"{m.group(1)}{m.group(2)}{shown}{m.group(2)}", tag,
                          count=1)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
