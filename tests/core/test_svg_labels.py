"""The drawings' labels in the officer's language: translated in place, nothing else moved.

A label that broke the SVG would show an empty frame at the moment an officer decides
what they hold; a label pushed off the sheet would hide the word they need.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from borderdesk.core.paths import resource_path
from borderdesk.core.svg_label_fit import EDGE_MARGIN, EM_PER_CHARACTER, MIN_FONT_SIZE
from borderdesk.core.svg_labels import (
    LabelError,
    drawing_labels,
    translate_labels,
    translate_labels_cached,
)

SVG = "{http://www.w3.org/2000/svg}"
DRAWINGS = sorted(resource_path("reference", "drawings").glob("*.svg"))
PISTOL = resource_path("reference", "drawings", "pistol-self-loading.svg").read_bytes()
# Characters an XML document can hold (anything else cannot be written, even escaped).
XML_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
                   .filter(lambda c: c in "\t\n\r" or ord(c) >= 0x20)
                   .filter(lambda c: c not in "\ufffe\uffff"), min_size=1, max_size=40)


def _svg(body: str, head: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
            f'{head} viewBox="0 0 480 320">\n{body}\n</svg>\n').encode()


def _texts(svg: bytes) -> list[str]:
    root = SafeTree.fromstring(svg)
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def _outside_labels(svg: bytes) -> str:
    """The document without its labels' words and font sizes: what must never change."""
    text = re.sub(r"(<text[^>]*>)[^<]*(</text>)", r"\1\2", svg.decode())
    return re.sub(r'font-size="[^"]*"', "", text)


@pytest.mark.parametrize("path", DRAWINGS, ids=lambda p: p.stem)
def test_a_drawing_whose_labels_keep_their_words_comes_back_as_the_same_bytes(
        path: Path) -> None:
    data = path.read_bytes()
    assert translate_labels(data, lambda label: label) is data


@given(XML_TEXT)
def test_any_translation_survives_and_the_drawing_stays_valid(translation: str) -> None:
    assume(translation != "hammer")
    translated = translate_labels(PISTOL, lambda label: translation if label == "hammer"
                                  else label)
    texts = _texts(translated)  # well-formed, or this raises
    assert translation in texts
    assert texts.count(translation) == 1 + _texts(PISTOL).count(translation)
    assert _outside_labels(translated) == _outside_labels(PISTOL)


def test_every_label_is_translated_and_nothing_else_moves() -> None:
    translated = translate_labels(PISTOL, lambda label: f"«{label.upper()} & <co>»")
    assert _texts(translated) == [f"«{label.upper()} & <co>»" for label in _texts(PISTOL)]
    assert _outside_labels(translated) == _outside_labels(PISTOL)
    assert len(translated.splitlines()) == len(PISTOL.splitlines())


def test_the_lettering_of_the_item_itself_is_never_translated() -> None:
    headstamp = resource_path("reference", "drawings", "headstamp.svg").read_bytes()
    labels = [label for label, _line in drawing_labels(headstamp)]
    assert "maker code" in labels and "primer" in labels
    assert not {"XYZ", "9 mm LUGER", "21", "+P"} & set(labels)
    translated = _texts(translate_labels(headstamp, lambda label: "ZZZ"))
    assert {"XYZ", "9 mm LUGER", "21", "+P"} <= set(translated)


def test_labels_are_listed_with_their_lines() -> None:
    assert drawing_labels(PISTOL)[:2] == [("slide", 28), ("ejection port", 31)]
    svg = _svg('<text x="1" y="2">\n  one\n</text>\n<text x="1" y="9">two &amp; three</text>')
    assert drawing_labels(svg) == [("one", 4), ("two & three", 6)]


def test_tspans_references_and_cdata_are_read_as_the_characters_they_stand_for() -> None:
    svg = _svg('<text x="10" y="20">bolt &#x2F; <tspan font-weight="bold">lug&apos;s</tspan>'
               ' after</text>\n<text x="10" y="40"><![CDATA[a <b>]]> c</text>\n'
               '<text x="10" y="60">kept <!-- a note --> as is</text>')
    assert [label for label, _ in drawing_labels(svg)] == ["bolt /", "lug's", "after",
                                                          "a <b> c"]
    table = {"bolt /": "zatvarač /", "lug's": "bradavica", "after": "posle",
             "a <b> c": "x < y"}
    root = SafeTree.fromstring(translate_labels(svg, lambda label: table.get(label, label)))
    first, second, third = root.iter(f"{SVG}text")
    assert (first.text, first[0].text, first[0].tail) == ("zatvarač / ", "bradavica",
                                                         " posle")
    assert second.text == "x < y"
    assert third.text == "kept  as is"  # a run holding a comment is left alone


def _size_after(anchor: str, x: float, translation: str, weight: str = "") -> float:
    svg = _svg(f'<text x="{x}" y="50" font-size="12"{weight} text-anchor="{anchor}">'
               "safety</text>")
    root = SafeTree.fromstring(translate_labels(svg, lambda label: translation))
    return float(next(root.iter(f"{SVG}text")).get("font-size", "0"))


def test_a_label_that_fits_keeps_its_size_and_anchor() -> None:
    assert _size_after("end", 54, "kočnica") == 12
    svg = _svg('<text x="54" y="82" font-size="12" text-anchor="end">hammer</text>')
    translated = translate_labels(svg, lambda label: "udarač")
    assert b'text-anchor="end"' in translated


@pytest.mark.parametrize(("anchor", "x", "room"), [
    ("end", 54, 54 - EDGE_MARGIN), ("start", 420, 480 - EDGE_MARGIN - 420),
    ("middle", 450, 2 * (480 - EDGE_MARGIN - 450))])
def test_a_label_that_would_run_off_the_sheet_is_made_smaller_to_fit(
        anchor: str, x: float, room: float) -> None:
    translation = "sigurnosni"  # 10 characters: 72 units wide at 12
    size = _size_after(anchor, x, translation)
    assert MIN_FONT_SIZE <= size < 12
    assert EM_PER_CHARACTER * size * len(translation) <= room


def test_a_label_is_never_made_smaller_than_the_least_readable_size() -> None:
    assert _size_after("end", 54, "a very long translated label indeed") == MIN_FONT_SIZE


def test_bold_labels_are_counted_wider() -> None:
    assert _size_after("end", 54, "kočnica") == 12
    assert _size_after("end", 54, "kočnica", ' font-weight="bold"') < 12


def _extents(svg: bytes) -> list[tuple[float, float, float]]:
    """(y, left, right) of each label, as svg_label_fit estimates them."""
    found = []
    for element in SafeTree.fromstring(svg).iter(f"{SVG}text"):
        size, x = float(element.get("font-size", "0")), float(element.get("x", "0"))
        width = EM_PER_CHARACTER * size * len(element.text or "")
        share = {"start": 0, "middle": 0.5, "end": 1}[element.get("text-anchor", "start")]
        found.append((float(element.get("y", "0")), x - share * width,
                      x + (1 - share) * width))
    return found


def test_labels_on_one_line_are_made_smaller_rather_than_run_into_each_other() -> None:
    svg = _svg('<text x="232" y="42" font-size="12" text-anchor="middle">ejection port</text>'
               '<text x="330" y="42" font-size="12" text-anchor="middle">slide</text>'
               '<text x="232" y="90" font-size="12" text-anchor="middle">frame</text>')
    serbian = {"ejection port": "otvor za izbacivanje", "slide": "navlaka",
               "frame": "ram ispod, sa oznakom"}
    translated = translate_labels(svg, lambda label: serbian[label])
    (_, _, port_right), (_, slide_left, _), _frame = _extents(translated)
    assert port_right <= slide_left
    sizes = [element.get("font-size") for element in
             SafeTree.fromstring(translated).iter(f"{SVG}text")]
    assert float(sizes[0]) < 12 and float(sizes[1]) < 12
    assert sizes[2] == "12"  # alone on its line, and inside the sheet


def test_a_label_left_in_english_keeps_its_size_beside_a_longer_translation() -> None:
    svg = _svg('<text x="100" y="42" font-size="12" text-anchor="start">bolt</text>'
               '<text x="200" y="42" font-size="12" text-anchor="start">XYZ</text>')
    translated = translate_labels(svg, lambda label: "culasse mobile" if label == "bolt"
                                  else label)
    (_, _, bolt_right), (_, xyz_left, _) = _extents(translated)
    assert bolt_right <= xyz_left
    assert b'font-size="12" text-anchor="start">XYZ' in translated


@given(st.lists(st.tuples(st.integers(20, 460), st.sampled_from(["start", "middle", "end"]),
                          st.integers(1, 12)), min_size=2, max_size=5, unique_by=lambda t: t[0]))
def test_translated_labels_never_overlap_unless_at_the_least_size(
        labels: list[tuple[int, str, int]]) -> None:
    body = "".join(f'<text x="{x}" y="42" font-size="12" text-anchor="{anchor}">w{index}</text>'
                   for index, (x, anchor, _length) in enumerate(labels))
    lengths = {f"w{index}": length for index, (_x, _a, length) in enumerate(labels)}
    translated = translate_labels(_svg(body), lambda label: "m" * (lengths[label] + 2))
    sizes = [float(e.get("font-size", "0"))
             for e in SafeTree.fromstring(translated).iter(f"{SVG}text")]
    extents = sorted(zip(_extents(translated), sizes, strict=True))
    for ((_, _, right), size), ((_, left, _), next_size) in itertools.pairwise(extents):
        assert right <= left + 1e-6 or MIN_FONT_SIZE in (size, next_size)


def test_a_label_inside_a_transform_keeps_its_size() -> None:
    svg = _svg('<g transform="scale(2)"><text x="200" y="50" font-size="12">safety</text></g>')
    translated = translate_labels(svg, lambda label: "x" * 60)
    assert b'font-size="12"' in translated and b"x" * 60 in translated


def test_a_document_in_another_encoding_is_left_as_it_is() -> None:
    svg = _svg('<text x="1" y="2">caf\xe9</text>').replace(b"UTF-8", b"ISO-8859-1") \
        .replace("é".encode(), b"\xe9")
    assert translate_labels(svg, str.upper) is svg


@pytest.mark.parametrize("svg", [
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]><svg>&a;</svg>',
    b"<svg><text>open",
])
def test_a_document_that_cannot_be_read_safely_is_refused(svg: bytes) -> None:
    with pytest.raises(LabelError):
        translate_labels(svg, str.upper)


def test_the_remembered_translation_follows_the_translator() -> None:
    first = translate_labels_cached(PISTOL, lambda label: f"A {label}")
    second = translate_labels_cached(PISTOL, lambda label: f"B {label}")
    assert "A hammer" in _texts(first) and "B hammer" in _texts(second)
    assert translate_labels_cached(PISTOL, lambda label: f"A {label}") is first
