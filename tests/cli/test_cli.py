"""The command line: exit codes, messages, and no change to the database on bad input."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from borderdesk import __version__
from borderdesk.cli import build_parser, main
from tests.cli.helpers import Run
from tests.conftest import declaration, dump_database
from tests.intake.files import (
    COLUMNS,
    ascii_declaration,
    csv_text,
    write_csv,
    write_jsonl,
    write_xlsx,
    xlsx_rows,
)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``borderdesk ARGS...`` in this process."""

    def run(*argv: Any) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: --help, --version, usage errors
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Run(code, out, err)

    return run


@pytest.fixture
def station(tmp_path: Path, cli: Callable[..., Run]) -> Path:
    """A station database holding two declarations."""
    db = tmp_path / "station.db"
    path = write_jsonl(tmp_path / "seed.jsonl", [declaration("SEED-1"), declaration("SEED-2")])
    assert cli("import", path, "--db", db).code == 0
    return db


# --- bad input: exit 2, the file named, the problem said, nothing stored -------------------

def _truncated_json(tmp: Path) -> Path:
    path = tmp / "truncated.json"
    text = json.dumps([declaration("D-1"), declaration("D-2")], indent=1)
    path.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    return path


def _wrong_columns(tmp: Path) -> Path:
    path = tmp / "columns.csv"
    renamed = [{"consignor_name": "sender", "origin_country": "origin"}.get(c, c)
               for c in COLUMNS]
    path.write_text(csv_text([declaration()], columns=renamed), encoding="utf-8")
    return path


def _three_bad_fields(tmp: Path) -> Path:
    bad = declaration("D-2", procedure="smuggling", origin_country="Turkey")
    bad["items"][0]["gross_kg"] = -410.5
    return write_csv(tmp / "three.csv", [declaration("D-1"), bad])


def _cp1251_as_utf8(tmp: Path) -> Path:
    decl = ascii_declaration(consignee={"name": "Текстил Промет д.о.о."})
    return write_csv(tmp / "cyrillic.csv", [decl], encoding="cp1251", delimiter=";")


def _empty_sheet(tmp: Path) -> Path:
    return write_xlsx(tmp / "empty.xlsx", [], header=None)


def _empty_file(tmp: Path) -> Path:
    path = tmp / "empty.jsonl"
    path.write_bytes(b"")
    return path


def _binary_file(tmp: Path) -> Path:
    path = tmp / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def _missing_file(tmp: Path) -> Path:
    return tmp / "no-such-file.json"


@pytest.mark.parametrize(("make", "expected"), [
    (_truncated_json, [":", "truncated JSON"]),
    (_wrong_columns, [":1: header: missing required columns: consignor_name, origin_country",
                      "unknown columns: sender, origin"]),
    (_three_bad_fields, [":3: procedure: 'smuggling' is not one of: import, export, transit",
                         ":3: origin_country: 'TURKEY' is not an ISO 3166 country code",
                         ":3: gross_kg: must not be negative"]),
    (_cp1251_as_utf8, [":2: cannot be read as UTF-8", "--encoding cp1251"]),
    (_empty_sheet, [":1: the first sheet is empty"]),
    (_empty_file, [": the file is empty"]),
    (_binary_file, [": not a text file"]),
    (_missing_file, [": no such file"]),
], ids=["truncated-json", "wrong-columns", "three-bad-fields", "cp1251-as-utf8",
        "empty-sheet", "empty-file", "binary-file", "missing-file"])
def test_a_bad_file_exits_2_names_the_file_and_stores_nothing(
        cli: Callable[..., Run], station: Path, tmp_path: Path,
        make: Callable[[Path], Path], expected: list[str]) -> None:
    path = make(tmp_path)
    before = dump_database(station)

    run = cli("import", path, "--db", station)

    assert run.code == 2
    for text in expected:
        wanted = f"{path}{text}" if text.startswith(":") else text
        assert wanted in run.err, run
    assert f"{path}: rejected" in run.err
    assert "nothing from this file was stored" in run.err
    assert run.out == ""
    assert dump_database(station) == before


def test_all_three_bad_fields_are_listed_on_their_own_lines(cli: Callable[..., Run],
                                                             station: Path,
                                                             tmp_path: Path) -> None:
    path = _three_bad_fields(tmp_path)

    run = cli("import", path, "--db", station)

    errors = [line for line in run.err.splitlines() if line.startswith(f"{path}:3: ")]
    assert [line.split(": ")[1] for line in errors] == ["procedure", "origin_country",
                                                        "gross_kg"]
    assert f"{path}: rejected, errors: 3;" in run.err


def test_listing_a_missing_database_exits_2_and_creates_nothing(cli: Callable[..., Run],
                                                       tmp_path: Path) -> None:
    db = tmp_path / "new.db"

    run = cli("declarations", "list", "--db", db)

    assert run.code == 2
    assert str(db) in run.err
    assert not db.exists()


# --- success ----------------------------------------------------------------------------

def test_import_prints_a_summary_and_exits_0(cli: Callable[..., Run], tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    decl = declaration("D-1")
    decl["items"].append(dict(decl["items"][0], line=2))
    path = write_jsonl(tmp_path / "decls.jsonl", [decl, declaration("D-2")])

    first = cli("import", path, "--db", db)
    again = cli("import", path, "--db", db)

    assert first.code == 0
    assert first.out == (f"{path}: imported: 2 new, 0 unchanged, 0 amended, "
                         "3 goods lines\n"
                         "screened 2 with firearms-extended v1: 0 red, 0 yellow, 2 green\n")
    assert first.err == ""
    assert again.code == 0
    assert again.out == f"{path}: imported: 0 new, 2 unchanged, 0 amended, 0 goods lines\n"


def test_importing_several_files_prints_a_total(cli: Callable[..., Run], station: Path,
                                                tmp_path: Path) -> None:
    amended = declaration("SEED-1", crossing="RS-HOR")
    json_path = write_jsonl(tmp_path / "a.jsonl", [amended, declaration("SEED-2")])
    csv_path = write_csv(tmp_path / "b.csv", [declaration("NEW-1")], delimiter=";")
    xlsx_path = write_xlsx(tmp_path / "c.xlsx", xlsx_rows([declaration("NEW-2")]))

    run = cli("import", json_path, csv_path, xlsx_path, "--db", station)

    assert run.code == 0
    assert run.out.splitlines() == [
        f"{json_path}: imported: 0 new, 1 unchanged, 1 amended, 1 goods lines",
        f"{csv_path}: imported: 1 new, 0 unchanged, 0 amended, 1 goods lines",
        f"{xlsx_path}: imported: 1 new, 0 unchanged, 0 amended, 1 goods lines",
        "total: 2 new, 1 unchanged, 1 amended, 3 goods lines",
        # The new and the amended declarations are screened; the unchanged one is not.
        "screened 3 with firearms-extended v1: 0 red, 0 yellow, 3 green",
    ]


def test_a_good_and_a_bad_file_store_the_good_one_and_exit_2(cli: Callable[..., Run],
                                                              station: Path,
                                                              tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [declaration("GOOD-1")])
    bad = _truncated_json(tmp_path)

    run = cli("import", good, bad, "--db", station)

    assert run.code == 2
    assert f"{good}: imported: 1 new" in run.out
    assert f"{bad}: rejected" in run.err
    listed = cli("declarations", "list", "--db", station, "--format", "jsonl")
    assert {json.loads(line)["declaration_id"] for line in listed.out.splitlines()} == {
        "SEED-1", "SEED-2", "GOOD-1"}


def test_unknown_fields_are_warnings_on_stderr_and_the_import_succeeds(
        cli: Callable[..., Run], station: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "extra.csv", [declaration("X-1")], extra={"lane": "3"})

    run = cli("import", path, "--db", station)

    assert run.code == 0
    assert run.err == f"warning: {path}:1: lane: unknown column, kept aside\n"
    assert "1 new" in run.out


def test_more_than_a_hundred_errors_are_cut_short_with_a_count(cli: Callable[..., Run],
                                                               station: Path,
                                                               tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl",
                       [declaration(f"B-{n}", crossing="") for n in range(1, 121)])
    before = dump_database(station)

    run = cli("import", path, "--db", station)

    assert run.code == 2
    assert len([line for line in run.err.splitlines() if ": crossing: " in line]) == 100
    assert f"{path}: ... and 20 more errors" in run.err
    assert f"{path}: rejected, errors: 120;" in run.err
    assert dump_database(station) == before


def test_encoding_reads_a_windows_code_page(cli: Callable[..., Run], station: Path,
                                            tmp_path: Path) -> None:
    path = _cp1251_as_utf8(tmp_path)

    run = cli("import", path, "--db", station, "--encoding", "cp1251")
    listed = cli("declarations", "list", "--db", station, "--format", "jsonl",
                 "--search", "tekstil promet")

    assert run.code == 0, run
    consignees = {json.loads(line)["consignee"] for line in listed.out.splitlines()}
    assert "Текстил Промет д.о.о." in consignees


def test_an_unknown_encoding_is_a_usage_error(cli: Callable[..., Run], station: Path,
                                              tmp_path: Path) -> None:
    before = dump_database(station)

    run = cli("import", _truncated_json(tmp_path), "--db", station, "--encoding", "klingon")

    assert run.code == 2
    assert "unknown encoding 'klingon'" in run.err
    assert dump_database(station) == before


def test_without_db_the_default_station_database_is_used(
        cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BORDERDESK_DATA_DIR", str(tmp_path / "data"))
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("DEFAULT-1")])

    assert cli("import", path).code == 0
    listed = cli("declarations", "list", "--format", "jsonl")

    assert [json.loads(line)["declaration_id"] for line in listed.out.splitlines()] == [
        "DEFAULT-1"]
    assert (tmp_path / "data" / "station.db").exists()


# --- declarations list -------------------------------------------------------------------

def test_declarations_list_jsonl_has_the_promised_fields(cli: Callable[..., Run],
                                                         tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    first = declaration("D-1")
    summer = declaration("D-2", lodged_at="2026-07-01T10:00:00+02:00", origin_country="XK")
    summer["consignor"] = {"name": "Дрина Трговина"}
    cli("import", write_jsonl(tmp_path / "v1.jsonl", [first, summer]), "--db", db)
    amended = declaration("D-1", consignee={"name": "Druga Firma d.o.o."})
    cli("import", write_jsonl(tmp_path / "v2.jsonl", [amended]), "--db", db)

    run = cli("declarations", "list", "--db", db, "--format", "jsonl")

    assert run.code == 0
    rows = {row["declaration_id"]: row for row in map(json.loads, run.out.splitlines())}
    assert set(rows) == {"D-1", "D-2"}
    one, two = rows["D-1"], rows["D-2"]
    assert (one["lodged_at"], one["version"], one["consignor"], one["consignee"],
            one["origin_country"]) == ("2026-11-28T08:15:00+01:00", 2,
                                       "Anadolu Tekstil A.Ş.", "Druga Firma d.o.o.", "TR")
    assert (two["lodged_at"], two["version"], two["consignor"], two["origin_country"]) == (
        "2026-07-01T10:00:00+02:00", 1, "Дрина Трговина", "XK")
    assert "Дрина" in run.out  # written as UTF-8, not \u escapes


def test_declarations_list_table_shows_each_declaration(cli: Callable[..., Run],
                                                        station: Path) -> None:
    run = cli("declarations", "list", "--db", station)

    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0].split()[0] == "Declaration"
    assert sorted(line.split()[0] for line in lines[1:]) == ["SEED-1", "SEED-2"]


def test_declarations_list_search_filters(cli: Callable[..., Run], station: Path,
                                          tmp_path: Path) -> None:
    other = declaration("OTHER-1", consignee={"name": "Петровић Промет"})
    cli("import", write_jsonl(tmp_path / "other.jsonl", [other]), "--db", station)

    run = cli("declarations", "list", "--db", station, "--format", "jsonl",
              "--search", "petrovic")

    assert [json.loads(line)["declaration_id"] for line in run.out.splitlines()] == [
        "OTHER-1"]


# --- version, help, usage ------------------------------------------------------------------

def test_version(cli: Callable[..., Run]) -> None:
    run = cli("--version")

    assert run.code == 0
    assert run.out.splitlines()[0].startswith(f"borderdesk {__version__} (")


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
              ) -> Iterator[tuple[str, ...]]:
    yield prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*prefix, name))


COMMANDS = sorted(set(_commands(build_parser())))


def test_the_commands_of_the_issue_exist() -> None:
    assert {("import",), ("demo",), ("declarations", "list")} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "borderdesk")
def test_help_on_every_command_exits_0(cli: Callable[..., Run],
                                       command: tuple[str, ...]) -> None:
    run = cli(*command, "--help")

    assert run.code == 0
    assert run.out.startswith("usage: borderdesk")
    assert run.err == ""


@pytest.mark.parametrize("argv", [
    ["import"],
    ["no-such-command"],
    ["import", "a.json", "--no-such-option"],
    ["declarations"],
    ["declarations", "list", "--format", "xml"],
    ["demo", "--today", "28.11.2026"],
    ["demo", "--seed", "many"],
    ["station", "set", "--time-zone"],
])
def test_a_usage_error_exits_2_with_the_usage(cli: Callable[..., Run],
                                              argv: list[str]) -> None:
    run = cli(*argv)

    assert run.code == 2
    assert "usage: borderdesk" in run.err
    assert "error:" in run.err
    assert run.out == ""


def test_a_bad_station_setting_exits_2_without_a_traceback(cli: Callable[..., Run],
                                                           station: Path) -> None:
    before = dump_database(station)

    run = cli("station", "set", "--db", station, "--time-zone", "Mars/Olympus")

    assert run.code == 2
    assert "'Mars/Olympus' is not a time zone name" in run.err
    assert dump_database(station) == before


# --- the installed console script ----------------------------------------------------------

def test_the_installed_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("borderdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "borderdesk"]
    db = tmp_path / "station.db"
    good = write_jsonl(tmp_path / "good.jsonl", [declaration("D-1")])
    bad = _three_bad_fields(tmp_path)
    env = dict(os.environ, BORDERDESK_DATA_DIR=str(tmp_path / "data"))

    done = subprocess.run([*command, "import", str(good), str(bad), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)

    assert done.returncode == 2
    assert f"{good}: imported: 1 new, 0 unchanged, 0 amended, 1 goods lines" in done.stdout
    assert f"{bad}:3: procedure: 'smuggling'" in done.stderr
    assert f"{bad}: rejected, errors: 3;" in done.stderr
    assert "Traceback" not in done.stderr


def test_version_names_the_engines_and_the_data_files(cli: Callable[..., Run]) -> None:
    lines = cli("--version").out.splitlines()

    assert lines[1].startswith("Python 3.")
    assert lines[2].startswith("Qt 6.") and lines[3].startswith("PySide6 6.")
    assert lines[4].startswith("SQLite 3.") and lines[5].startswith("SQLCipher 4.")
    files = lines[lines.index("Data files in use:") + 1:]
    kinds = {line.split("  ")[1].strip() for line in files}
    assert {"risk profile", "checklist", "code list", "reference pack"} <= kinds
    assert any("firearms-extended" in line and "(shipped)" in line for line in files)
