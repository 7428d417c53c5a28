"""``borderdesk screen``: screening declaration files without storing them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.cli import main
from borderdesk.core.paths import DATA_DIR_ENV, default_db_path
from tests.cli.helpers import Run
from tests.conftest import declaration, dump_database
from tests.intake.files import write_jsonl


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*argv: Any) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Run(code, out, err)

    return run


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder of its own (where a default station database would go)."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def goods(hs_code: str, description: str, line: int = 1) -> list[dict[str, Any]]:
    return [{"line": line, "hs_code": hs_code, "description": description, "quantity": 2,
             "unit": "pcs", "packages": 1, "gross_kg": 3.0, "net_kg": 2.0, "value": 900.0,
             "currency": "EUR"}]


PISTOLS = goods("930200", "pistols")


def test_jsonl_prints_one_object_per_declaration_in_input_order(
        cli: Callable[..., Run], tmp_path: Path, data_dir: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", [
        declaration("D-3", items=PISTOLS, documents=[]),
        declaration("D-1"),
    ])
    second = write_jsonl(tmp_path / "b.jsonl", [
        declaration("D-2", items=goods("730630", "steel gun barrel x"),
                    consignee={"name": "Other Firm", "kind": "company"}),
    ])

    run = cli("screen", first, second, "--format", "jsonl")

    assert (run.code, run.err) == (0, "")
    objects = run.objects()
    assert [o["declaration_id"] for o in objects] == ["D-3", "D-1", "D-2"]
    for o in objects:
        assert set(o) == {"declaration_id", "score", "lane", "random", "hits"}
        assert o["lane"] in ("red", "yellow", "green")
        assert isinstance(o["random"], bool)
        assert o["score"] == sum(hit["weight"] for hit in o["hits"])
        for hit in o["hits"]:
            assert set(hit) == {"rule", "weight", "explanation"}
            assert isinstance(hit["explanation"], str) and hit["explanation"]
    d3, d1, d2 = objects
    assert [h["rule"] for h in d3["hits"]] == ["FA-01", "FA-05"]
    assert (d3["score"], d3["lane"], d3["random"]) == (115, "red", False)
    assert d3["hits"][0]["weight"] == 100
    assert "line 1" in d3["hits"][0]["explanation"]
    assert (d1["score"], d1["hits"]) == (0, [])
    assert [h["rule"] for h in d2["hits"]] == ["FA-03", "FA-05"]
    assert "gun barrel" in d2["hits"][0]["explanation"]
    assert d2["lane"] == "red"


def test_table_format_is_the_default(cli: Callable[..., Run], tmp_path: Path,
                                     data_dir: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-3", items=PISTOLS, documents=[])])
    run = cli("screen", path)
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0].split() == ["D-3", "RED", "115"]
    assert lines[1].strip().startswith("FA-01 ")


def test_set_list_replaces_a_list_for_the_run(cli: Callable[..., Run], tmp_path: Path,
                                              data_dir: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1", dispatch_country="UA"),
                                              declaration("D-2", dispatch_country="HU")])

    shipped = cli("screen", path, "--format", "jsonl")
    filled = cli("screen", path, "--format", "jsonl", "--set-list", "high_risk_transit=UA,BY")

    assert shipped.code == filled.code == 0
    assert [o["hits"] for o in shipped.objects()] == [[], []]
    d1, d2 = filled.objects()
    assert [h["rule"] for h in d1["hits"]] == ["FA-07"]
    assert "UA" in d1["hits"][0]["explanation"]
    assert d2["hits"] == []


def test_set_list_of_an_unknown_list_exits_2(cli: Callable[..., Run], tmp_path: Path,
                                             data_dir: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1")])
    run = cli("screen", path, "--set-list", "high_risk_transfer=UA")
    assert run.code == 2
    assert "high_risk_transfer" in run.err
    assert run.out == ""


def test_set_list_items_are_checked(cli: Callable[..., Run], tmp_path: Path,
                                    data_dir: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1")])
    run = cli("screen", path, "--set-list", "high_risk_transit=UA,XX")
    assert run.code == 2
    assert run.out == ""
    assert "firearms-default.yaml:" in run.err
    assert "'XX' is not an ISO 3166 country code (given to replace list 'high_risk_transit')" \
        in run.err


def test_a_broken_profile_exits_2_with_its_problems(cli: Callable[..., Run], tmp_path: Path,
                                                    data_dir: Path) -> None:
    from borderdesk.core.paths import resource_path

    text = resource_path("profiles", "firearms-default.yaml").read_text(encoding="utf-8")
    broken = text.replace("origin_country in alarm_weapon_sources",
                          "origin_country in alarm_weapon_source", 1)
    broken = broken.replace("line.quantity > 0", 'line.quantity > "none"', 1)
    profile = tmp_path / "broken.yaml"
    profile.write_text(broken, encoding="utf-8")
    lines = broken.splitlines()
    row1 = next(i for i, line in enumerate(lines, 1) if "alarm_weapon_source\n" in line + "\n")
    col1 = lines[row1 - 1].index("alarm_weapon_source") + 1
    row2 = next(i for i, line in enumerate(lines, 1) if '"none"' in line)
    col2 = lines[row2 - 1].index('"none"') + 1
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1")])

    run = cli("screen", path, "--profile", profile)

    assert run.code == 2
    assert run.out == ""
    assert run.err.splitlines()[:2] == [
        f"{profile}:{row1}:{col1}: unknown list 'alarm_weapon_source' "
        "(did you mean 'alarm_weapon_sources'?)",
        f"{profile}:{row2}:{col2}: type mismatch: a number is compared with a text",
    ]


def test_profile_by_id_and_a_missing_profile(cli: Callable[..., Run], tmp_path: Path,
                                             data_dir: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1")])
    assert cli("screen", path, "--profile", "firearms-default").code == 0
    missing = cli("screen", path, "--profile", "firearms-nonesuch")
    assert missing.code == 2
    assert "firearms-nonesuch" in missing.err


def test_a_bad_file_exits_2_with_the_intake_errors(cli: Callable[..., Run], tmp_path: Path,
                                                   data_dir: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [declaration("D-1")])
    bad_declaration = declaration("D-2", origin_country="Turkey")
    bad_declaration["items"][0]["hs_code"] = "93x"
    bad = write_jsonl(tmp_path / "bad.jsonl", [declaration("D-3"), bad_declaration])

    run = cli("screen", good, bad, "--format", "jsonl")

    assert run.code == 2
    assert run.out == ""
    assert f"{bad}:2: origin_country: 'TURKEY' is not an ISO 3166 country code" in run.err
    assert f"{bad}:2: items[1].hs_code:" in run.err
    assert f"{bad}: rejected" in run.err
    assert str(good) not in run.err


def test_without_db_no_database_is_created_or_read(cli: Callable[..., Run], tmp_path: Path,
                                                   data_dir: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1", items=PISTOLS)])
    run = cli("screen", path, "--format", "jsonl")
    assert run.code == 0
    assert default_db_path().parent == data_dir
    assert not default_db_path().exists()
    assert sorted(p.name for p in data_dir.rglob("*") if ".db" in p.name) == []


def _fa05(run: Run) -> list[bool]:
    return ["FA-05" in {h["rule"] for h in o["hits"]} for o in run.objects()]


def test_with_db_the_stored_declarations_are_history(cli: Callable[..., Run], tmp_path: Path,
                                                     data_dir: Path) -> None:
    db = tmp_path / "station.db"
    consignee = {"name": "Oružje Promet d.o.o.", "country": "RS", "kind": "company"}
    earlier = write_jsonl(tmp_path / "earlier.jsonl", [declaration(
        "S-1", lodged_at="2026-11-20T10:00:00+01:00", consignee=consignee)])
    assert cli("import", earlier, "--db", db).code == 0
    before = dump_database(db)
    # The same consignee, written in Cyrillic, with chapter 93 goods a week later.
    later = write_jsonl(tmp_path / "later.jsonl", [declaration(
        "S-2", items=PISTOLS, consignee=dict(consignee, name="ОРУЖЈЕ ПРОМЕТ д.о.о."))])

    alone = cli("screen", later, "--format", "jsonl")
    with_db = cli("screen", later, "--format", "jsonl", "--db", db)

    assert alone.code == with_db.code == 0
    assert _fa05(alone) == [True]
    assert _fa05(with_db) == [False]
    assert dump_database(db) == before  # screening stores nothing


def test_with_db_a_declaration_is_not_its_own_history(cli: Callable[..., Run],
                                                       tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "station.db"
    first = declaration("S-1", items=PISTOLS, lodged_at="2026-11-20T10:00:00+01:00")
    assert cli("import", write_jsonl(tmp_path / "a.jsonl", [first]), "--db", db).code == 0
    # A later version of the same declaration: its stored version does not count.
    amended = dict(first, lodged_at="2026-11-21T10:00:00+01:00")
    run = cli("screen", write_jsonl(tmp_path / "b.jsonl", [amended]), "--format", "jsonl",
              "--db", db)
    assert run.code == 0
    assert _fa05(run) == [True]


def test_with_a_missing_db_exits_2_and_creates_nothing(cli: Callable[..., Run],
                                                        tmp_path: Path,
                                                        data_dir: Path) -> None:
    db = tmp_path / "nowhere.db"
    path = write_jsonl(tmp_path / "a.jsonl", [declaration("D-1")])
    run = cli("screen", path, "--db", db)
    assert run.code == 2
    assert str(db) in run.err
    assert not db.exists()


def test_history_within_the_files(cli: Callable[..., Run], tmp_path: Path,
                                  data_dir: Path) -> None:
    # Input order is not time order: the later-lodged declaration comes first.
    path = write_jsonl(tmp_path / "a.jsonl", [
        declaration("B", items=PISTOLS, lodged_at="2026-11-28T09:00:00+01:00"),
        declaration("A", items=PISTOLS, lodged_at="2026-11-28T08:00:00+01:00"),
    ])
    run = cli("screen", path, "--format", "jsonl")
    assert [o["declaration_id"] for o in run.objects()] == ["B", "A"]
    assert _fa05(run) == [False, True]


def test_watchlist_hits_score_fa06(cli: Callable[..., Run], tmp_path: Path,
                                   data_dir: Path) -> None:
    watchlist = tmp_path / "watch.csv"
    watchlist.write_text("kind,name_or_plate,note\n"
                         "person,Markovic Marko,seen at Horgoš\n"
                         "vehicle,bg-1234-ab,\n"
                         "company,Marinković Trans,\n", encoding="utf-8")
    path = write_jsonl(tmp_path / "a.jsonl", [
        declaration("W-1"),  # driver Marko Marković, truck BG 1234 AB
        declaration("W-2", driver={"name": "Mirko Markovi", "nationality": "RS"},
                    vehicle={"registration": "BG 1234 AC", "country": "RS"}),
    ])

    run = cli("screen", path, "--format", "jsonl", "--watchlist", watchlist)

    assert (run.code, run.err) == (0, "")
    hit, near_miss = run.objects()
    assert [h["rule"] for h in hit["hits"]] == ["FA-06"]
    assert (hit["score"], hit["lane"]) == (60, "red")
    text = hit["hits"][0]["explanation"]
    assert "Marko Marković" in text and "Markovic Marko" in text
    assert "BG 1234 AB" in text and "bg-1234-ab" in text
    assert near_miss["hits"] == []


def test_progress_is_shown_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from borderdesk.cli_screen import _terminal_progress

    _terminal_progress()("reading", 50, 100)  # not a terminal: nothing
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    show = _terminal_progress()
    for done in (0, 50, 50, 100):
        show("reading", done, 100)
    show("screening", 10, 10)
    err = capsys.readouterr().err
    assert err == "\rreading: 0%\rreading: 50%\rreading: 100%\rscreening: 100%\n"
