"""Watch lists from CSV files: entries with their lines, and every problem as FILE:LINE:COL."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import DataFileError
from borderdesk.rules.watchlist import WatchEntry, WatchList
from borderdesk.rules.watchlist_csv import WatchListFileError, read_watchlist_csv


def write(tmp_path: Path, text: str, *, bom: bool = False, name: str = "watch.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_a_good_file_gives_entries_with_their_lines(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "kind,name_or_plate,note\n"
        "person,Драган Петровић,\"seized 2024, Batrovci\"\n"
        "\n"
        "company,\"Anadolu Tekstil A.Ş.\",\"two lines\n"
        "of note\"\n"
        "vehicle,NS 482-ŠK,\n"
        " Person , Petrović Marko ,\n"
    ))
    assert read_watchlist_csv(path) == [
        WatchEntry("person", "Драган Петровић", "seized 2024, Batrovci", 2),
        WatchEntry("company", "Anadolu Tekstil A.Ş.", "two lines\nof note", 4),
        WatchEntry("vehicle", "NS 482-ŠK", "", 6),
        WatchEntry("person", "Petrović Marko", "", 7),
    ]


def test_semicolons_a_bom_crlf_any_column_order_and_no_note_column(tmp_path: Path) -> None:
    path = write(tmp_path, "Name_or_plate;KIND\r\nBG 123-AB;vehicle\r\nHoxha, Arben;person\r\n",
                 bom=True)
    entries = read_watchlist_csv(path)
    assert entries == [WatchEntry("vehicle", "BG 123-AB", "", 2),
                       WatchEntry("person", "Hoxha, Arben", "", 3)]
    watchlist = WatchList(entries)
    assert len(watchlist.match({"driver.name": "Arben Hoxha"},
                               {"vehicle.trailer": "bg123ab"})) == 2


def test_trailing_empty_fields_are_fine_but_not_unnamed_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "kind,name_or_plate,note\nperson,Ana Babić,,,\n")
    assert read_watchlist_csv(path) == [WatchEntry("person", "Ana Babić", "", 2)]
    path = write(tmp_path, "kind,name_or_plate,note,,\nperson,Ana Babić,,,\n")
    with pytest.raises(WatchListFileError) as raised:
        read_watchlist_csv(path)
    assert str(raised.value).splitlines() == [
        f"{path}:1:{col}: a column without a name: name it (kind, name_or_plate, note) "
        "or remove it" for col in (4, 5)]


def test_every_problem_is_listed_with_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "kind,name_or_plate,note\n"            # 1
        "person,Dragan Petrović,\n"            # 2
        "persn,Marko Marković,\n"              # 3: bad kind (col 1)
        "company,   ,no name\n"                # 4: empty name (col 2)
        "person,PETROVIĆ  Dragan,again\n"      # 5: not a duplicate: other word order
        "person,Петровић Драган,again\n"       # 6: duplicate of 5 (col 2)
        "vehicle,ns-482-šk,\n"                 # 7
        "vehicle,NS 482 SK,\n"                 # 8: duplicate plate of 7 (col 2)
        "company,Dragan Petrović,\n"           # 9: fine: another kind
        "vehicle, - ,\n"                       # 10: empty plate (col 2)
        ",Nobody,\n"                           # 11: kind missing (col 1)
        "person,Ana,Babić,extra\n"             # 12: more fields than the header (col 4)
    ))
    with pytest.raises(DataFileError) as raised:
        read_watchlist_csv(path)
    assert str(raised.value).splitlines() == [
        f"{path}:3:1: unknown kind 'persn': use person, company or vehicle",
        f"{path}:4:2: the name is empty",
        f"{path}:6:2: the same person as on line 5 ('Петровић Драган')",
        f"{path}:8:2: the same vehicle as on line 7 ('NS 482 SK')",
        f"{path}:10:2: the plate is empty",
        f"{path}:11:1: the kind is missing: use person, company or vehicle",
        f"{path}:12:4: more fields than the header has (3): put a value that holds ',' "
        "in double quotes",
    ]
    assert isinstance(raised.value, WatchListFileError)
    assert [(line, col) for line, col, _ in raised.value.problems] == [
        (3, 1), (4, 2), (6, 2), (8, 2), (10, 2), (11, 1), (12, 4)]


def test_a_record_spanning_lines_is_reported_at_its_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'kind;name_or_plate;note\nperson;"Ana\nBabić";x\nalien;E.T.;"a\nb"\n')
    with pytest.raises(WatchListFileError, match=r":4:1: unknown kind 'alien'"):
        read_watchlist_csv(path)


@pytest.mark.parametrize(
    ("header", "messages"),
    [
        ("kind,name,note", ["1:2: unknown column 'name': the columns are kind, name_or_plate, "
                            "note",
                            "1:1: the header has no column 'name_or_plate': it must be "
                            "kind,name_or_plate,note"]),
        ("name_or_plate,note", ["1:1: the header has no column 'kind': it must be "
                                "kind,name_or_plate,note"]),
        ("kind,name_or_plate,KIND", ["1:3: the column 'kind' appears twice"]),
        ("", ["1:1: the first line must be the header kind,name_or_plate,note"]),
    ],
)
def test_header_problems(tmp_path: Path, header: str, messages: list[str]) -> None:
    path = write(tmp_path, f"{header}\nperson,Ana Babić,\n")
    with pytest.raises(WatchListFileError) as raised:
        read_watchlist_csv(path)
    assert str(raised.value).splitlines() == sorted(f"{path}:{m}" for m in messages)


def test_an_empty_file_needs_a_header(tmp_path: Path) -> None:
    path = write(tmp_path, "", bom=True)
    with pytest.raises(WatchListFileError, match=r":1:1: the first line must be the header"):
        read_watchlist_csv(path)


def test_a_file_that_is_not_utf8_names_the_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "latin2.csv"
    path.write_bytes(b"kind,name_or_plate,note\nperson,Ana,ok\nperson,Petrovi\xe6,x\n")  # 1250
    with pytest.raises(WatchListFileError) as raised:
        read_watchlist_csv(path)
    assert str(raised.value) == (
        f"{path}:3:2: the file is not UTF-8 text (byte 0xE6): save it as UTF-8")


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    with pytest.raises(DataFileError, match="does not exist") as raised:
        read_watchlist_csv(path)
    assert str(raised.value).startswith(str(path))
