"""Importing files into the station: whole-file rejection, idempotence, amendments."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.errors import Cancelled, UserInputError
from borderdesk.core.progress import CancelToken
from borderdesk.services.declarations import list_amendments, list_declarations
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession
from tests.conftest import declaration, dump_database
from tests.intake.files import (
    ascii_declaration,
    csv_text,
    write_csv,
    write_jsonl,
    write_xlsx,
    xlsx_rows,
)

DECLARATION_TABLES = ("declarations", "declaration_versions", "parties", "documents",
                      "goods_lines", "amendments")


def stored(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the declaration tables and the search index."""
    conn = sqlite3.connect(db_path)
    try:
        tables = {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                  for table in DECLARATION_TABLES}
        tables["search"] = conn.execute(
            "SELECT rowid, body FROM declaration_search ORDER BY rowid").fetchall()
        return tables
    finally:
        conn.close()


def import_one(session: StationSession, path: Path, **options: Any) -> Any:
    """Import one file; return its result."""
    [result] = import_files(session, [path], **options).files
    return result


def many(count: int, prefix: str = "D") -> list[dict[str, Any]]:
    return [declaration(f"{prefix}-{n:05d}") for n in range(1, count + 1)]


# --- whole-file rejection --------------------------------------------------------------

def test_a_file_with_one_bad_declaration_stores_nothing(session: StationSession,
                                                        db_path: Path, tmp_path: Path) -> None:
    assert import_one(session, write_jsonl(tmp_path / "first.jsonl", many(2, "OLD"))).accepted
    before = dump_database(db_path)
    decls = many(3)
    decls.append(declaration("D-BAD", origin_country="Narnia"))
    decls[0]["consignee"]["name"] = "changed, would be an amendment"

    result = import_one(session, write_jsonl(tmp_path / "bad.jsonl", decls))

    assert not result.accepted
    assert (result.new, result.unchanged, result.amended, result.goods_lines) == (0, 0, 0, 0)
    assert result.errors == (
        f"{tmp_path / 'bad.jsonl'}:4: origin_country: 'NARNIA' is not an ISO 3166 country "
        "code",)
    assert dump_database(db_path) == before


def test_an_error_after_the_first_thousand_declarations_still_stores_nothing(
        session: StationSession, db_path: Path, tmp_path: Path) -> None:
    decls = many(1500)
    decls[1400]["items"][0]["gross_kg"] = -1
    path = write_jsonl(tmp_path / "late.jsonl", decls)
    before = dump_database(db_path)

    result = import_one(session, path)

    assert not result.accepted
    assert result.errors == (f"{path}:1401: items[1].gross_kg: must not be negative",)
    assert dump_database(db_path) == before
    assert list_declarations(session) == []


def test_a_file_that_stops_being_readable_stores_nothing(session: StationSession,
                                                         db_path: Path,
                                                         tmp_path: Path) -> None:
    text = "[\n" + ",\n".join(json.dumps(d) for d in many(1200)) + "\n"  # no closing ]
    path = tmp_path / "truncated.json"
    path.write_text(text, encoding="utf-8")
    before = dump_database(db_path)

    result = import_one(session, path)

    assert not result.accepted
    assert len(result.errors) == 1 and "truncated JSON" in result.errors[0]
    assert dump_database(db_path) == before


def test_after_a_rejected_file_the_next_file_imports(session: StationSession,
                                                     tmp_path: Path) -> None:
    bad = import_one(session, write_jsonl(tmp_path / "bad.jsonl",
                                          [declaration("D-1", procedure="x")]))
    good = import_one(session, write_jsonl(tmp_path / "good.jsonl", [declaration("D-1")]))

    assert not bad.accepted
    assert good.accepted and good.new == 1


def test_each_file_is_accepted_or_rejected_on_its_own(session: StationSession,
                                                      tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", many(2, "A"))
    bad = write_jsonl(tmp_path / "b.jsonl", [declaration("B-1", crossing="")])
    missing = tmp_path / "missing.json"
    last = write_csv(tmp_path / "c.csv", many(3, "C"))

    report = import_files(session, [first, bad, missing, last])

    assert [r.accepted for r in report.files] == [True, False, False, True]
    assert not report.ok
    assert (report.new, report.goods_lines) == (5, 5)
    assert report.files[1].errors == (f"{bad}:1: crossing: required field is missing",)
    assert report.files[2].errors == (f"{missing}: no such file",)
    assert {s.declaration_id for s in list_declarations(session)} == {
        "A-00001", "A-00002", "C-00001", "C-00002", "C-00003"}


# --- idempotence and amendments -----------------------------------------------------------

def test_importing_the_same_file_again_changes_no_declaration(session: StationSession,
                                                              db_path: Path,
                                                              tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "decls.jsonl", many(5))
    first = import_one(session, path)
    before = stored(db_path)

    again = import_one(session, path)

    assert (first.new, first.unchanged, first.amended, first.goods_lines) == (5, 0, 0, 5)
    assert (again.new, again.unchanged, again.amended, again.goods_lines) == (0, 5, 0, 0)
    assert again.changed_declaration_ids == ()
    assert stored(db_path) == before
    assert {s.version for s in list_declarations(session)} == {1}


def test_changed_content_becomes_a_new_version_with_its_amendments(session: StationSession,
                                                                   tmp_path: Path) -> None:
    original = declaration("D-1")
    amended = declaration("D-1")
    amended["consignee"] = {"name": "Nova Firma d.o.o.", "country": "BA", "kind": "company"}
    amended["items"][0]["gross_kg"] = 500
    amended["items"].append({"line": 2, "hs_code": "930200", "description": "pistols",
                             "gross_kg": 3})
    import_one(session, write_jsonl(tmp_path / "v1.jsonl", [original, declaration("D-2")]))

    result = import_one(session, write_jsonl(tmp_path / "v2.jsonl",
                                             [amended, declaration("D-2")]))

    assert (result.new, result.unchanged, result.amended, result.goods_lines) == (0, 1, 1, 2)
    assert result.changed_declaration_ids == ("D-1",)
    versions = {s.declaration_id: s.version for s in list_declarations(session)}
    assert versions == {"D-1": 2, "D-2": 1}
    changes = {(a.field, a.old_value, a.new_value)
               for a in list_amendments(session, "D-1")}
    assert ("consignee.name", "Tekstil Promet d.o.o.", "Nova Firma d.o.o.") in changes
    assert ("consignee.country", "RS", "BA") in changes
    assert ("items[1].gross_kg", "410.5", "500") in changes
    [added] = [c for c in changes if c[0] == "items[2]"]
    assert added[1] is None and json.loads(added[2])["description"] == "pistols"
    assert len(changes) == 4
    amendments = list_amendments(session, "D-1")
    assert {(a.from_version, a.to_version) for a in amendments} == {(1, 2)}
    assert all(a.amended_at for a in amendments)
    assert list_amendments(session, "D-2") == []


def test_every_version_is_kept_and_going_back_is_an_amendment_too(session: StationSession,
                                                                  tmp_path: Path) -> None:
    v1 = tmp_path / "v1.jsonl"
    v2 = tmp_path / "v2.jsonl"
    write_jsonl(v1, [declaration("D-1")])
    write_jsonl(v2, [declaration("D-1", consignee={"name": "Private Person",
                                                   "kind": "private"})])

    outcomes = [import_one(session, path) for path in (v1, v2, v2, v1)]

    assert [(r.new, r.unchanged, r.amended) for r in outcomes] == [
        (1, 0, 0), (0, 0, 1), (0, 1, 0), (0, 0, 1)]
    [summary] = list_declarations(session)
    assert summary.version == 3
    assert summary.consignee == "Tekstil Promet d.o.o."
    rows = session.database.query(
        "SELECT v.version FROM declaration_versions v JOIN declarations d"
        " ON d.id = v.declaration_ref WHERE d.declaration_id = 'D-1' ORDER BY v.version")
    assert [row[0] for row in rows] == [1, 2, 3]
    names = [(a.to_version, a.old_value, a.new_value) for a in list_amendments(session, "D-1")
             if a.field == "consignee.name"]
    assert names == [(2, "Tekstil Promet d.o.o.", "Private Person"),
                     (3, "Private Person", "Tekstil Promet d.o.o.")]


@pytest.mark.parametrize(("first", "second"), [
    ("json", "csv"), ("csv", "json"), ("json", "xlsx"), ("xlsx", "csv"), ("csv", "semicolon"),
    ("semicolon", "bom"), ("jsonl", "json"),
])
def test_the_same_declaration_in_any_format_is_unchanged(session: StationSession,
                                                         tmp_path: Path, first: str,
                                                         second: str) -> None:
    decl = declaration("D-1")
    decl["items"].append({"line": 2, "hs_code": "9302.00", "description": "pištolji",
                          "quantity": 2.0, "gross_kg": 3.25, "value": 1000})

    def write(kind: str) -> Path:
        path = tmp_path / f"{kind}.{ {'semicolon': 'csv', 'bom': 'csv'}.get(kind, kind)}"
        if kind == "json":
            path.write_text(json.dumps(decl, ensure_ascii=False), encoding="utf-8")
        elif kind == "jsonl":
            write_jsonl(path, [decl])
        elif kind == "csv":
            write_csv(path, [decl])
        elif kind == "semicolon":
            write_csv(path, [decl], delimiter=";", decimal_comma=True)
        elif kind == "bom":
            write_csv(path, [decl], delimiter=";", bom=True)
        else:
            write_xlsx(path, xlsx_rows([decl]))
        return path

    one = import_one(session, write(first))
    two = import_one(session, write(second))

    assert (one.new, one.goods_lines) == (1, 2)
    assert (two.new, two.unchanged, two.amended) == (0, 1, 0), two.errors


def test_a_declaration_twice_in_one_file_is_fine_when_both_are_identical(
        session: StationSession, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "twice.jsonl",
                       [declaration("D-1"), declaration("D-2"), declaration("D-1")])

    result = import_one(session, path)

    assert result.accepted, result.errors
    assert (result.new, result.goods_lines) == (2, 2)
    assert [s.version for s in list_declarations(session)] == [1, 1]


@pytest.mark.parametrize("distance", [2, 1500])
def test_a_declaration_twice_in_one_file_with_different_content_names_both_lines(
        session: StationSession, db_path: Path, tmp_path: Path, distance: int) -> None:
    decls = many(distance)
    decls.append(declaration("D-00001", crossing="RS-HOR"))
    path = write_jsonl(tmp_path / "twice.jsonl", decls)
    before = dump_database(db_path)

    result = import_one(session, path)

    assert not result.accepted
    assert result.errors == (
        f"{path}:{distance + 1}: declaration_id: D-00001 appears again with different "
        "content (first at line 1)",)
    assert dump_database(db_path) == before


def test_csv_rows_of_one_declaration_that_disagree_are_rejected(session: StationSession,
                                                                 db_path: Path,
                                                                 tmp_path: Path) -> None:
    decl = declaration("D-1")
    decl["items"].append(dict(decl["items"][0], line=2))
    header, row1, row2 = csv_text([decl]).splitlines()
    path = tmp_path / "disagree.csv"
    path.write_text("\n".join([header, row1, row2.replace("BG 1234 AB", "BG 1234 AC")]) + "\n",
                    encoding="utf-8")
    before = dump_database(db_path)

    result = import_one(session, path)

    assert not result.accepted
    [error] = result.errors
    assert error.startswith(f"{path}:3: vehicle_registration: differs from line 2 ")
    assert dump_database(db_path) == before


def test_csv_rows_of_one_declaration_apart_from_each_other_are_rejected(
        session: StationSession, tmp_path: Path) -> None:
    first = declaration("D-1")
    later = declaration("D-1")
    later["items"][0]["line"] = 2
    path = write_csv(tmp_path / "apart.csv", [first, declaration("D-2"), later])

    result = import_one(session, path)

    assert not result.accepted
    assert result.errors == (f"{path}:4: declaration_id: D-1 appears again with different "
                             "content (first at line 2)",)


# --- warnings, encodings, limits -----------------------------------------------------------

def test_unknown_fields_and_columns_are_warned_about_and_kept(session: StationSession,
                                                              tmp_path: Path) -> None:
    json_path = write_jsonl(tmp_path / "extra.jsonl", [declaration("D-1", remarks="urgent")])
    csv_path = write_csv(tmp_path / "extra.csv", [declaration("D-2")], extra={"lane": "3"})

    report = import_files(session, [json_path, csv_path])

    assert report.ok
    assert report.files[0].warnings == (f"{json_path}:1: remarks: unknown field, kept aside",)
    assert report.files[1].warnings == (f"{csv_path}:1: lane: unknown column, kept aside",)
    extra = {row[0]: json.loads(row[1]) for row in session.database.query(
        "SELECT d.declaration_id, v.extra FROM declarations d"
        " JOIN declaration_versions v ON v.declaration_ref = d.id")}
    assert extra == {"D-1": {"remarks": "urgent"}, "D-2": {"lane": "3"}}


@pytest.mark.parametrize(("encoding", "name"), [
    ("cp1250", "Špedicija Đurđević, Čačak"),
    ("cp1251", "Шпедиција Ђурђевић, Чачак"),
])
def test_a_windows_code_page_is_imported_with_its_encoding(session: StationSession,
                                                           db_path: Path, tmp_path: Path,
                                                           encoding: str, name: str) -> None:
    decl = ascii_declaration("D-1", consignor={"name": name})
    path = write_csv(tmp_path / f"{encoding}.csv", [decl], encoding=encoding, delimiter=";",
                     decimal_comma=True)
    before = dump_database(db_path)

    as_utf8 = import_one(session, path)
    assert not as_utf8.accepted
    assert "--encoding" in as_utf8.errors[0]
    assert dump_database(db_path) == before

    result = import_one(session, path, encoding=encoding)
    assert result.accepted, result.errors
    [summary] = list_declarations(session)
    assert summary.consignor == name


def test_an_unknown_encoding_is_a_usage_error(session: StationSession, db_path: Path,
                                              tmp_path: Path) -> None:
    before = dump_database(db_path)
    with pytest.raises(UserInputError, match="unknown encoding 'latin-7'"):
        import_files(session, [write_jsonl(tmp_path / "a.jsonl", many(1))],
                     encoding="latin-7")
    assert dump_database(db_path) == before


def test_more_than_a_hundred_errors_lists_a_hundred_and_counts_the_rest(
        session: StationSession, db_path: Path, tmp_path: Path) -> None:
    decls = many(130)
    for decl in decls:
        decl["procedure"] = "smuggling"
        decl["items"][0]["hs_code"] = "12"
    path = write_jsonl(tmp_path / "errors.jsonl", decls)
    before = dump_database(db_path)

    result = import_one(session, path)

    assert not result.accepted
    assert len(result.errors) == 100
    assert result.more_errors == 160
    assert result.errors[0] == (f"{path}:1: procedure: 'smuggling' is not one of: import, "
                                "export, transit")
    assert result.errors[99].startswith(f"{path}:50: items[1].hs_code: ")
    assert dump_database(db_path) == before


# --- progress and cancelling -------------------------------------------------------------

def test_progress_counts_bytes_up_to_the_total(session: StationSession,
                                               tmp_path: Path) -> None:
    paths = [write_jsonl(tmp_path / "a.jsonl", many(1500, "A")),
             write_csv(tmp_path / "b.csv", many(500, "B"))]
    total = sum(p.stat().st_size for p in paths)
    seen: list[tuple[int, int]] = []

    import_files(session, paths, on_progress=lambda done, of: seen.append((done, of)))

    assert seen[-1] == (total, total)
    assert all(of == total for _, of in seen)
    done = [d for d, _ in seen]
    assert done == sorted(done)


def test_a_cancelled_import_stores_nothing(session: StationSession, db_path: Path,
                                           tmp_path: Path) -> None:
    import_one(session, write_jsonl(tmp_path / "old.jsonl", many(3, "OLD")))
    before = dump_database(db_path)
    path = write_jsonl(tmp_path / "big.jsonl", many(2500))
    token = CancelToken()
    calls = 0

    def progress(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if done > total // 2:
            token.cancel()

    with pytest.raises(Cancelled):
        import_files(session, [path], on_progress=progress, cancel=token)

    assert calls > 1
    assert dump_database(db_path) == before
    # The station is still usable after a cancelled import.
    assert import_one(session, write_jsonl(tmp_path / "next.jsonl", many(1, "NEXT"))).new == 1


def test_an_import_cancelled_before_it_starts_stores_nothing(session: StationSession,
                                                             db_path: Path,
                                                             tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    before = dump_database(db_path)

    with pytest.raises(Cancelled):
        import_files(session, [write_jsonl(tmp_path / "a.jsonl", many(3))], cancel=token)

    assert dump_database(db_path) == before


def test_a_file_of_another_kind_or_a_folder_is_rejected(session: StationSession,
                                                        db_path: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("declaration_id\nD-1\n", encoding="utf-8")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    before = dump_database(db_path)

    report = import_files(session, [notes, folder])

    assert [r.accepted for r in report.files] == [False, False]
    assert report.files[0].errors[0].startswith(f"{notes}: unsupported file type '.txt'")
    assert report.files[1].errors == (f"{folder}: is a folder, not a file",)
    assert dump_database(db_path) == before


def test_a_rejected_file_still_lists_ids_repeated_after_its_first_error(
        session: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    from borderdesk.services.intake import BATCH_SIZE

    objects = [declaration("BAD", crossing="")]
    objects += [declaration(f"D-{n}") for n in range(BATCH_SIZE + 10)]
    objects.append(declaration("D-5", crossing="RS-HOR"))
    result = import_files(session, [write_json(objects)]).files[0]
    assert not result.accepted
    assert any("D-5 appears again with different content" in e for e in result.errors)
