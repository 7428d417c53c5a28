"""Calibre and manufacturer code lists: the shipped files, the resolvers, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.codelists import countries
from borderdesk.core.errors import DataFileError
from borderdesk.identify.codelists import (
    calibres,
    load_calibres,
    load_manufacturers,
    manufacturers,
)


def test_the_shipped_lists_load_with_the_common_entries() -> None:
    assert len(calibres()) >= 150
    assert len(manufacturers()) >= 180
    assert calibres().name == "calibres" and calibres().version >= 1
    for maker in manufacturers():
        assert maker.country in countries()
        assert all(country in countries() for country in maker.also_made_in)


@pytest.mark.parametrize(("text", "code"), [
    ("9x19", "9x19"), ("9 mm Luger", "9x19"), ("9mm Parabellum", "9x19"), ("9 mm NATO", "9x19"),
    ("9×19 mm", "9x19"), ("9х19", "9x19"), ("9 MM PARA", "9x19"), ("Kal. 9x19", "9x19"),
    (".380 ACP", "380acp"), ("9 mm kurz", "380acp"), ("7,65 mm Browning", "32acp"),
    ("7.62x39", "762x39"), ("7,62 × 39", "762x39"), ("7.62×39mm", "762x39"),
    ("7.62x54R", "762x54r"), ("7.62 x 54 mmR", "762x54r"), ("7.62x25 TT", "762x25"),
    (".22 LR", "22lr"), ("22 lr", "22lr"), ("cal. 12/70", "12ga-70"), ("12 GA", "12ga"),
    ("5.56 NATO", "556x45"), (".223 Rem", "223rem"), (".308 Win", "308win"),
    ("7.62 NATO", "762x51"), ("9 мм Макаров", "9x18-makarov"), ("9 mm P.A.K.", "9mm-pak"),
    (".30-06", "3006"), ("8x57 JS", "8x57is"),
])
def test_a_calibre_as_written_or_marked_resolves_to_its_entry(text: str, code: str) -> None:
    found = calibres().resolve(text)
    assert found is not None and found.code == code, text


def test_an_ambiguous_or_unknown_calibre_resolves_to_nothing() -> None:
    # "9 mm" alone is 9x19, 9x17 or 9x18: the officer must read the full marking.
    assert calibres().resolve("9 mm") is None
    assert calibres().resolve("banana") is None
    assert calibres().resolve("  ") is None
    assert "9x19" in [c.code for c in calibres().suggest("9x91", cutoff=70)]


@pytest.mark.parametrize(("text", "code"), [
    ("ZASTAVA ARMS", "zastava"), ("Crvena Zastava", "zastava"), ("ZCZ", "zastava"),
    ("Застава", "zastava"), ("Zastava Arms d.o.o.", "zastava"), ("H&K", "heckler-koch"),
    ("Heckler & Koch GmbH", "heckler-koch"), ("S & W", "smith-wesson"), ("glock", "glock"),
    ("ИЖМАШ", "kalashnikov"), ("Izhmash", "kalashnikov"), ("ČESKÁ ZBROJOVKA", "cz"),
    ("ceska zbrojovka", "cz"), ("Sellier & Bellot", "sellier-bellot"), ("PPU", "prvi-partizan"),
    ("Sturm, Ruger & Co., Inc.", "ruger"), ("FN HERSTAL", "fn-herstal"),
])
def test_a_maker_as_marked_resolves_to_its_entry(text: str, code: str) -> None:
    found = manufacturers().resolve(text)
    assert found is not None and found.code == code, text


def test_a_maker_carries_its_country_and_where_else_it_made_items() -> None:
    zastava = manufacturers().get("zastava")
    assert zastava is not None and zastava.country == "RS"
    glock = manufacturers().resolve("GLOCK")
    assert glock is not None and glock.country == "AT" and "US" in glock.also_made_in


_ENTRIES = [(c, a) for c in calibres() for a in (c.name, *c.aliases)]


@given(st.sampled_from(_ENTRIES), st.data())
def test_case_spacing_and_separators_do_not_change_what_a_calibre_resolves_to(
        pair: tuple[object, str], data: st.DataObject) -> None:
    calibre, alias = pair
    text = alias
    if data.draw(st.booleans()):
        text = text.upper()
    if data.draw(st.booleans()):
        text = text.replace("×", data.draw(st.sampled_from(["x", "X", " x ", "х"])))
    if data.draw(st.booleans()):
        text = text.replace(".", ",")
    if data.draw(st.booleans()):
        text = text.replace(" mm", "mm").replace("mm", data.draw(st.sampled_from(
            ["mm", " mm", " MM", " мм"])))
    if data.draw(st.booleans()):
        text = data.draw(st.sampled_from(["cal. ", "Kal ", "калибар "])) + text
    assert calibres().resolve(text) == calibre, text


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_duplicate_calibre_code_names_file_line_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "calibres.yaml", (
        "codelist: calibres\nversion: 1\nentries:\n"
        "  - {code: 9x19, name: 9x19 Para, kind: handgun}\n"
        "  - {code: 9x19, name: 9x19 Luger, kind: handgun}\n"))
    with pytest.raises(DataFileError, match=r"calibres.yaml:5: code: code 9x19 appears twice"):
        load_calibres(path)


def test_an_alias_that_reads_like_another_entrys_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "calibres.yaml", (
        "codelist: calibres\nversion: 1\nentries:\n"
        "  - {code: 9x19, name: 9x19 Para, kind: handgun, aliases: [9 mm Luger]}\n"
        "  - {code: 380acp, name: .380 ACP, kind: handgun,\n"
        "     aliases: [9 mm Short, 9MM LUGER]}\n"))
    with pytest.raises(DataFileError) as caught:
        load_calibres(path)
    assert caught.value.line == 6 and caught.value.field == "aliases"
    assert "'9MM LUGER' reads the same as '9 mm Luger' of 9x19 (line 4)" in str(caught.value)


def test_an_unknown_country_kind_or_field_is_refused(tmp_path: Path) -> None:
    makers = _write(tmp_path, "manufacturers.yaml", (
        "codelist: manufacturers\nversion: 1\nentries:\n"
        "  - {code: acme, name: Acme, country: XX}\n"))
    with pytest.raises(DataFileError, match=r"manufacturers.yaml:4: country: 'XX' is not"):
        load_manufacturers(makers)
    kind = _write(tmp_path, "calibres.yaml", (
        "codelist: calibres\nversion: 1\nentries:\n"
        "  - {code: x1, name: X1, kind: cannon}\n"))
    with pytest.raises(DataFileError, match=r"calibres.yaml:4: kind: 'cannon' is not one of"):
        load_calibres(kind)
    field = _write(tmp_path, "more.yaml", (
        "codelist: manufacturers\nversion: 1\nentries:\n"
        "  - code: acme\n    name: Acme\n    country: RS\n    contry: RS\n"))
    with pytest.raises(DataFileError, match=r"more.yaml:7: contry: unknown field"):
        load_manufacturers(field)


def test_a_list_of_the_wrong_kind_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "calibres.yaml", "codelist: countries\nversion: 1\nentries: []\n")
    with pytest.raises(DataFileError, match=r"calibres.yaml:1: codelist: this file must be"):
        load_calibres(path)
