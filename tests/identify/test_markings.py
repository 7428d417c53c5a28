"""Markings: kept as read, normalised beside, validated, and the serial warnings."""

from __future__ import annotations

import pytest

from borderdesk.identify.markings import Marking, MarkingError, check_markings


def test_text_is_kept_exactly_and_normalised_beside() -> None:
    marking = Marking.from_dict({"kind": "manufacturer", "place": "slide",
                                 "text": "  Застава  Оружје "})
    assert marking.text == "  Застава  Оружје "
    assert marking.normalised == "zastava oruzje"
    assert Marking.from_dict(marking.to_dict()) == marking


@pytest.mark.parametrize(("data", "words"), [
    ({"kind": "serial", "place": "frame"}, "has no text"),
    ({"kind": "serial", "text": "A1"}, "not a place"),
    ({"kind": "colour", "place": "frame", "text": "red"}, "not a kind of marking"),
    ({"kind": "serial", "place": "frame", "text": "A1", "status": "rusty"}, "not a marking status"),
    ({"kind": "serial", "place": "frame", "text": "A1", "where": "x"}, "no field where"),
])
def test_bad_markings_say_what_is_wrong(data: dict[str, str], words: str) -> None:
    with pytest.raises(MarkingError, match=words):
        Marking.from_dict(data)


def test_an_obliterated_or_missing_marking_needs_no_text() -> None:
    assert not Marking.from_dict({"kind": "serial", "place": "frame",
                                  "status": "obliterated"}).legible


@pytest.mark.parametrize(("serial", "says"), [
    ("PAT. 2,345,678", "patent"), ("Patented 1911", "patent"), ("MOD. 92", "model"),
    ("9mm", "calibre"), (".45 ACP", "calibre"), ("7.62x39", "calibre"), ("1911", "year"),
    ("R357", "model"),
])
def test_serials_that_look_like_something_else_are_warned(serial: str, says: str) -> None:
    markings = [Marking("model", "frame", "R357"), Marking("serial", "frame", serial)]
    warnings = check_markings(markings)
    assert len(warnings) == 1 and warnings[0].index == 1 and says in warnings[0].message


def test_a_real_serial_and_several_serials_give_no_warning() -> None:
    markings = [Marking("serial", "frame", "AB 123456"), Marking("serial", "slide", "AB 123456"),
                Marking("serial", "barrel", "3456")]
    assert check_markings(markings) == ()


def test_a_serial_only_on_the_slide_or_barrel_is_warned_for_a_whole_weapon() -> None:
    markings = [Marking("serial", "slide", "XK 1234")]
    assert "slide or barrel" in check_markings(markings)[0].message
    assert check_markings(markings, whole_weapon=False) == ()
