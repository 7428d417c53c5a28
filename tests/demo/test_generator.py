"""The demo generator: reproducible, realistic, complete, and strict about its data files."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from borderdesk.core.codelists import countries
from borderdesk.core.errors import DataFileError
from borderdesk.core.paths import resource_path
from borderdesk.core.text import normalise
from borderdesk.demo.generator import DemoData, generate_demo
from borderdesk.domain.declaration import (
    Declaration,
    Document,
    DocumentType,
    Driver,
    GoodsLine,
    Party,
    Procedure,
    TransportMode,
    Vehicle,
    to_canonical,
)

TODAY = date(2026, 11, 28)
ZONE = ZoneInfo("Europe/Belgrade")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN_DIACRITIC = re.compile("[čćđšžČĆĐŠŽçëÇËşğıİüöäßéáőűŁłńśźżĆ]")
ID_PATTERN = re.compile(r"^RS-BAT-(\d{4})-(\d{6})$")


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return generate_demo(42, TODAY)


def _all_versions(demo: DemoData) -> Iterator[dict[str, Any]]:
    yield from demo.first_versions
    yield from demo.amendments


def _dump(demo: DemoData) -> str:
    return json.dumps([demo.first_versions, demo.amendments, sorted(demo.scenario_hits.items()),
                       sorted(demo.scenario_of.items())], ensure_ascii=False, sort_keys=True)


def _parties(declaration: dict[str, Any]) -> Iterator[str]:
    for role in ("consignor", "consignee", "declarant", "driver"):
        party = declaration[role]
        if party is not None:
            yield party["name"]


def _file_format_shape() -> dict[str, Any]:
    """The JSON file format's shape: the domain's canonical form, where only the
    consignee has a kind."""
    party = Party("A", "RS", "Šid", None)
    declaration = Declaration(
        "RS-BAT-2026-000001", datetime(2026, 1, 1, tzinfo=UTC), "RS-BAT", Procedure.IMPORT,
        TransportMode.TRUCK, party, party, "RS", "RS",
        (GoodsLine(1, "610910", "x", 1.0, 1, "pcs", 1, 1.0, 1.0, "EUR"),), party,
        Vehicle("BG 1", "RS", "BG 2"), Driver("D", "RS"), "RS", ("RS",),
        (Document(DocumentType.INVOICE, "1", None),), ("S",))
    shape = to_canonical(declaration)
    for role in ("consignor", "declarant"):
        del shape[role]["kind"]
    return shape


def _same_shape(value: Any, shape: Any, where: str) -> None:
    if isinstance(shape, dict) and value is not None:
        assert isinstance(value, dict), where
        assert set(value) == set(shape), f"{where}: {sorted(set(value) ^ set(shape))}"
        for key in shape:
            _same_shape(value[key], shape[key], f"{where}.{key}")
    elif isinstance(shape, list) and shape and isinstance(shape[0], dict):
        assert isinstance(value, list), where
        for index, element in enumerate(value):
            _same_shape(element, shape[0], f"{where}[{index}]")


def test_same_seed_and_today_give_the_same_output(demo: DemoData) -> None:
    assert _dump(generate_demo(42, TODAY)) == _dump(demo)


def test_output_does_not_depend_on_the_process_hash_seed() -> None:
    # Iterating over a set or a dict of strings in the wrong place would make the
    # demo differ between runs; two processes with different hash seeds must agree.
    script = ("import datetime, hashlib, json; from borderdesk.demo.generator import generate_demo;"
              "d = generate_demo(3, datetime.date(2026, 11, 28));"
              "print(hashlib.sha256(json.dumps([d.first_versions, d.amendments],"
              " ensure_ascii=False).encode()).hexdigest())")
    outputs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                                text=True, check=True, timeout=120)
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_different_seeds_give_different_data(demo: DemoData) -> None:
    assert _dump(generate_demo(43, TODAY)) != _dump(demo)


def test_counts_and_share_of_ordinary_traffic(demo: DemoData) -> None:
    assert 200 <= len(demo.first_versions) <= 320
    assert 5 <= len(demo.amendments) <= 15
    ordinary = len(demo.first_versions) - len(demo.scenario_of)
    assert ordinary / len(demo.first_versions) >= 0.85


def test_every_version_has_the_file_format_shape(demo: DemoData) -> None:
    shape = _file_format_shape()
    for declaration in _all_versions(demo):
        _same_shape(declaration, shape, declaration["declaration_id"])
        for key in ("declaration_id", "lodged_at", "crossing", "procedure", "transport_mode",
                    "origin_country", "destination_country"):
            assert declaration[key], key
        assert declaration["consignor"]["name"] and declaration["consignee"]["name"]
        assert declaration["procedure"] in {p.value for p in Procedure}
        assert declaration["transport_mode"] in {m.value for m in TransportMode}
        assert declaration["consignee"]["kind"] in {"company", "private"}
        assert declaration["items"]
        assert [i["line"] for i in declaration["items"]] == list(
            range(1, len(declaration["items"]) + 1))


def test_goods_lines_are_plausible(demo: DemoData) -> None:
    for declaration in _all_versions(demo):
        for item in declaration["items"]:
            assert re.fullmatch(r"\d{6,10}", item["hs_code"]), item
            assert item["description"].strip()
            for key in ("quantity", "gross_kg", "net_kg", "value"):
                assert item[key] >= 0, (key, item)
            assert item["gross_kg"] > 0
            assert item["net_kg"] <= item["gross_kg"]
            assert round(item["gross_kg"], 2) == item["gross_kg"]
            assert round(item["value"], 2) == item["value"]
            assert item["currency"] in {"EUR", "RSD", "TRY", "BAM", "MKD", "ALL", "USD", "CHF",
                                        "HUF", "PLN"}


def test_documents_and_seals_have_safe_references(demo: DemoData) -> None:
    for declaration in _all_versions(demo):
        for document in declaration["documents"]:
            assert document["reference"] and not set(document["reference"]) & {":", ";"}
            if document["valid_until"] is not None:
                date.fromisoformat(document["valid_until"])
        for seal in declaration["seals"]:
            assert seal and not set(seal) & {":", ";"}


def test_country_codes_are_in_the_code_list(demo: DemoData) -> None:
    known = countries()
    for declaration in _all_versions(demo):
        codes = [declaration["origin_country"], declaration["dispatch_country"],
                 declaration["destination_country"], *declaration["itinerary"]]
        for role in ("consignor", "consignee", "declarant"):
            if declaration[role] is not None and declaration[role]["country"] is not None:
                codes.append(declaration[role]["country"])
        if declaration["vehicle"] is not None:
            codes.append(declaration["vehicle"]["country"])
        if declaration["driver"] is not None:
            codes.append(declaration["driver"]["nationality"])
        assert all(code in known for code in codes), codes


def test_itineraries_agree_with_dispatch_and_destination(demo: DemoData) -> None:
    for declaration in _all_versions(demo):
        itinerary = declaration["itinerary"]
        assert itinerary[0] == declaration["dispatch_country"]
        assert itinerary[-1] == declaration["destination_country"]
        assert "RS" in itinerary
        expected_end = {"import": "RS"}.get(declaration["procedure"])
        if expected_end:
            assert itinerary[-1] == expected_end
        if declaration["procedure"] == "export":
            assert itinerary[0] == "RS"


def test_timestamps_fall_in_the_window_with_the_local_offset(demo: DemoData) -> None:
    start = datetime.combine(TODAY - timedelta(days=13), time(0, 0), tzinfo=ZONE)
    end = datetime.combine(TODAY, time(18, 0), tzinfo=ZONE)
    for declaration in _all_versions(demo):
        moment = datetime.fromisoformat(declaration["lodged_at"])
        assert start <= moment <= end, declaration["lodged_at"]
        assert moment.utcoffset() == moment.astimezone(ZONE).utcoffset()
    for versions in (demo.first_versions, demo.amendments):
        times = [datetime.fromisoformat(d["lodged_at"]) for d in versions]
        assert times == sorted(times)


def test_ids_are_unique_and_numbered_by_year(demo: DemoData) -> None:
    ids = [d["declaration_id"] for d in demo.first_versions]
    assert len(ids) == len(set(ids))
    for declaration in demo.first_versions:
        match = ID_PATTERN.match(declaration["declaration_id"])
        assert match is not None
        assert int(match.group(1)) == datetime.fromisoformat(declaration["lodged_at"]).year


def test_window_across_new_year_and_daylight_saving() -> None:
    new_year = generate_demo(5, date(2027, 1, 6))
    years = {d["declaration_id"].split("-")[2] for d in new_year.first_versions}
    assert years == {"2026", "2027"}
    spring = generate_demo(5, date(2026, 3, 30))
    offsets = {d["lodged_at"][-6:] for d in spring.first_versions}
    assert offsets == {"+01:00", "+02:00"}


def test_both_scripts_and_the_regions_diacritics_appear(demo: DemoData) -> None:
    names = [name for d in demo.first_versions for name in _parties(d)]
    descriptions = [i["description"] for d in demo.first_versions for i in d["items"]]
    assert sum(bool(CYRILLIC.search(n)) for n in names) >= 10
    assert sum(bool(LATIN_DIACRITIC.search(n)) for n in names) >= 10
    assert sum(bool(CYRILLIC.search(t)) for t in descriptions) >= 10
    plates = [d["vehicle"]["registration"] for d in demo.first_versions if d["vehicle"]]
    assert any(re.fullmatch(r"[A-ZČĆĐŠŽ]{2} \d{3,4}-[A-ZČĆĐŠŽ]{2}", p) for p in plates)
    assert {d["transport_mode"] for d in demo.first_versions} >= {"truck", "van", "car", "bus",
                                                                   "postal"}
    assert {d["consignee"]["kind"] for d in demo.first_versions} == {"company", "private"}


def test_amendments_reuse_ids_and_change_something(demo: DemoData) -> None:
    firsts = {d["declaration_id"]: d for d in demo.first_versions}
    for amendment in demo.amendments:
        first = firsts[amendment["declaration_id"]]
        assert amendment["lodged_at"] != first["lodged_at"]
        assert (datetime.fromisoformat(amendment["lodged_at"])
                > datetime.fromisoformat(first["lodged_at"]))
        rest = {k: v for k, v in amendment.items() if k != "lodged_at"}
        assert rest != {k: v for k, v in first.items() if k != "lodged_at"}


def test_every_indicator_has_a_scenario_in_the_output(demo: DemoData) -> None:
    ids = {d["declaration_id"] for d in demo.first_versions}
    assert set(demo.scenario_hits) <= ids
    assert set(demo.scenario_hits) <= set(demo.scenario_of)
    covered = {i for indicators in demo.scenario_hits.values() for i in indicators}
    assert covered == set(range(1, 17))
    assert all(s.note for s in demo.scenarios)


def test_indicator_6_scenarios_are_amended(demo: DemoData) -> None:
    amended = {d["declaration_id"] for d in demo.amendments}
    sixes = [i for i, hits in demo.scenario_hits.items() if 6 in hits]
    assert sixes and all(i in amended for i in sixes)
    firsts = {d["declaration_id"]: d for d in demo.first_versions}
    for amendment in demo.amendments:
        if amendment["declaration_id"] in sixes:
            first = firsts[amendment["declaration_id"]]
            assert (amendment["consignee"] != first["consignee"]
                    or amendment["items"] != first["items"])


def test_watch_list_names_are_spelled_differently_and_kept_out_of_ordinary_traffic(
        demo: DemoData) -> None:
    by_id = {d["declaration_id"]: d for d in demo.first_versions}
    listed = set()
    for declaration_id, scenario_key in demo.scenario_of.items():
        scenario = next(s for s in demo.scenarios if s.key == scenario_key)
        declaration = by_id[declaration_id]
        for entry in scenario.watch_list:
            if entry.kind == "vehicle":
                plate = declaration["vehicle"]["registration"]
                assert re.sub(r"[\W_]", "", normalise(plate)) == re.sub(r"[\W_]", "",
                                                                     normalise(entry.listed_as))
                assert plate != entry.listed_as
                continue
            listed.add(normalise(entry.listed_as))
            wanted = normalise(entry.listed_as)
            matches = [n for n in _parties(declaration) if normalise(n) == wanted]
            assert matches and entry.listed_as not in matches
    assert listed
    for declaration in demo.first_versions:
        if declaration["declaration_id"] not in demo.scenario_of:
            assert not {normalise(n) for n in _parties(declaration)} & listed


def test_new_consignee_scenario_has_no_history(demo: DemoData) -> None:
    fives = [i for i, hits in demo.scenario_hits.items() if 5 in hits]
    assert fives
    for declaration_id in fives:
        name = next(d["consignee"]["name"] for d in demo.first_versions
                    if d["declaration_id"] == declaration_id)
        others = [d for d in demo.first_versions
                  if d["consignee"]["name"] == name and d["declaration_id"] != declaration_id]
        assert not others


def test_parts_series_goes_to_one_consignee_within_days(demo: DemoData) -> None:
    series = [d for d in demo.first_versions
              if 14 in demo.scenario_hits.get(d["declaration_id"], ())]
    assert len(series) >= 3
    assert len({d["consignee"]["name"] for d in series}) == 1
    times = [datetime.fromisoformat(d["lodged_at"]) for d in series]
    assert max(times) - min(times) <= timedelta(days=7)


def _copy_data(tmp_path: Path) -> Path:
    data_dir = tmp_path / "demo"
    shutil.copytree(resource_path("demo"), data_dir)
    return data_dir


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text in line)


def test_an_unquoted_country_code_names_the_file_and_line(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    station = data_dir / "station.yaml"
    station.write_text(station.read_text(encoding="utf-8").replace('country: "RS"', "country: NO"),
                       encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        generate_demo(1, TODAY, data_dir=data_dir)
    assert caught.value.path.endswith("station.yaml")
    assert caught.value.line == _line_of(station, "country: NO")
    assert caught.value.field == "country"
    assert f"station.yaml:{caught.value.line}: country:" in str(caught.value)


def test_an_unknown_goods_group_in_a_route_names_the_route(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    routes = data_dir / "routes.yaml"
    text = routes.read_text(encoding="utf-8")
    routes.write_text(text.replace("goods: [herbs, footwear]", "goods: [herbs, bananas]"),
                      encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        generate_demo(1, TODAY, data_dir=data_dir)
    assert caught.value.path.endswith("routes.yaml")
    assert caught.value.line == _line_of(routes, "goods: [herbs, bananas]")
    assert "bananas" in caught.value.problem


def test_a_missing_field_in_a_scenario_is_reported(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    scenarios = data_dir / "scenarios.yaml"
    text = scenarios.read_text(encoding="utf-8")
    scenarios.write_text(text.replace("    indicators: [1]\n", "", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        generate_demo(1, TODAY, data_dir=data_dir)
    assert caught.value.path.endswith("scenarios.yaml")
    assert caught.value.field == "indicators"
    assert caught.value.line == _line_of(scenarios, "id: revolvers-without-licence")


def test_a_bad_hs_code_is_reported(tmp_path: Path) -> None:
    data_dir = _copy_data(tmp_path)
    goods = data_dir / "goods.yaml"
    text = goods.read_text(encoding="utf-8")
    goods.write_text(text.replace('hs_code: "610910"', "hs_code: 6109", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        generate_demo(1, TODAY, data_dir=data_dir)
    assert caught.value.path.endswith("goods.yaml")
    assert caught.value.line == _line_of(goods, "hs_code: 6109")
    assert caught.value.field == "hs_code"
