"""Checking one image of a reference pack: it must be what its name says, and harmless.

JPEG and PNG files are recognised by their content (the first bytes), then decoded
whole by Pillow, refusing more pixels than the limit (a decompression bomb is an error,
never a warning). SVG files must be well-formed XML without a DTD or entities
(defusedxml), with an ``svg`` root, and without anything that runs or fetches: no
scripts or handlers, no event attributes, no ``foreignObject``, no references other
than to the same file (``#id``), no style sheets from elsewhere.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException
from PIL import Image, UnidentifiedImageError

from borderdesk.core.i18n import tr

_JPEG_MAGIC = b"\xff\xd8\xff"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_SVG_NS = "{http://www.w3.org/2000/svg}"
# Elements that run code or embed another document.
_FORBIDDEN_ELEMENTS = {"script", "handler", "listener", "foreignobject", "iframe", "embed",
                       "object"}
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_STYLESHEET_PI = re.compile(rb"<\?xml-stylesheet", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What a checked image is: its media type and, for JPEG and PNG, its size in pixels."""

    media_type: str
    width: int | None
    height: int | None


class ImageProblem(Exception):
    """Why an image was refused, in plain words (the caller adds the pack and member)."""


def check_image(name: str, data: bytes, max_pixels: int) -> ImageFacts:
    """Check the image ``data`` of a file called ``name``; raise :class:`ImageProblem`."""
    suffix = name.lower().rsplit(".", 1)[-1]
    if suffix in ("jpg", "jpeg"):
        return _check_raster(data, "JPEG", _JPEG_MAGIC, max_pixels)
    if suffix == "png":
        return _check_raster(data, "PNG", _PNG_MAGIC, max_pixels)
    if suffix == "svg":
        check_svg(data)
        return ImageFacts("image/svg+xml", None, None)
    raise ImageProblem(tr("is not a JPEG, PNG or SVG file"))


def _check_raster(data: bytes, kind: str, magic: bytes, max_pixels: int) -> ImageFacts:
    if not data.startswith(magic):
        raise ImageProblem(tr("is named as a {kind} image but its content is not one",
                              kind=kind))
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it: make that an error too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise ImageProblem(tr(
                        "is {width} x {height} pixels ({mp} megapixels); the limit is "
                        "{limit} megapixels", width=width, height=height,
                        mp=round(width * height / 1e6, 1), limit=round(max_pixels / 1e6, 1)))
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageProblem(tr("has too many pixels to open safely (a decompression bomb?): "
                              "{reason}", reason=exc)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageProblem(tr("is not a readable {kind} image ({reason})", kind=kind,
                              reason=exc)) from None
    return ImageFacts("image/jpeg" if kind == "JPEG" else "image/png", width, height)


def check_svg(data: bytes) -> Element:
    """Check an SVG document; its root element, or :class:`ImageProblem` naming what is
    not allowed. Every SVG borderdesk shows goes through here: a pack's images, the
    built-in reference drawings and the wizard's pictures."""
    if _STYLESHEET_PI.search(data):
        raise ImageProblem(tr("links a style sheet (xml-stylesheet), which is not allowed"))
    try:
        root = SafeTree.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                   forbid_external=True)
    except DefusedXmlException as exc:
        raise ImageProblem(tr("has a DTD or entities ({reason}), which are not allowed",
                              reason=type(exc).__name__)) from None
    except ParseError as exc:
        raise ImageProblem(tr("is not well-formed XML ({reason})", reason=exc)) from None
    if root.tag != f"{_SVG_NS}svg":
        raise ImageProblem(tr("is not an SVG image (its root is <{tag}>)",
                              tag=_local(root.tag)))
    for element in root.iter():
        _check_element(element)
    return root


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _check_element(element: Element) -> None:
    tag = _local(str(element.tag))
    if tag.lower() in _FORBIDDEN_ELEMENTS:
        raise ImageProblem(tr("contains a <{tag}> element, which is not allowed", tag=tag))
    for name, value in element.attrib.items():
        attribute = _local(name)
        if attribute.lower().startswith("on"):
            raise ImageProblem(tr("has an event attribute {name} on <{tag}>, which is not "
                                  "allowed", name=attribute, tag=tag))
        if attribute == "href" and not value.strip().startswith("#"):
            raise ImageProblem(tr("refers to '{target}' outside the image (on <{tag}>); "
                                  "only references inside it (#id) are allowed",
                                  target=value[:80], tag=tag))
        _check_urls(value, tag)
        if "javascript:" in value.lower():
            raise ImageProblem(tr("has a javascript: value on <{tag}>", tag=tag))
    if tag == "style" and element.text:
        if "@import" in element.text.lower():
            raise ImageProblem(tr("imports a style sheet (@import), which is not allowed"))
        _check_urls(element.text, tag)


def _check_urls(text: str, tag: str) -> None:
    for target in _URL.findall(text):
        if not target.startswith("#"):
            raise ImageProblem(tr("refers to '{target}' outside the image (on <{tag}>); "
                                  "only references inside it (#id) are allowed",
                                  target=target[:80], tag=tag))
