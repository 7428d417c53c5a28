"""A scenario made from a signed live case (issue 10, item 5): the demo station's signed
case, with names, plates, passport and ID numbers, phone numbers, seal numbers and
serials planted in every field (a new version of its declaration, persons, event fields,
evidence steps), exports with none of them left in any byte of the pack, in any spelling;
the check refuses a pack where one was left; the pack plays like a shipped one."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.core.text import compact
from borderdesk.services import seizure_tracing, seizures
from borderdesk.services.assessments import screen_stored
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.demo import create_demo_station
from borderdesk.services.evidence_steps import record_step
from borderdesk.services.intake import import_file
from borderdesk.services.security_log import list_events
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import create_exercise
from borderdesk.services.training_anonymise import scenario_from_case
from borderdesk.services.training_score import score_session
from borderdesk.training import anonymise
from borderdesk.training.anonymise_check import NominalValueLeft
from borderdesk.training.guard import ExerciseRefused
from borderdesk.training.pack_load import load_pack
from tests.services.roles import sign_in_as
from tests.training.helpers import RealClock
from tests.training.player import Player

REASON = "test: planted nominal values"
#: Planted by this test, in Latin and Cyrillic, with diacritics, in every kind of field.
PLANTED = {
    "consignee": "Ђорђе Шапоњић", "consignee_latin": "Đorđe Šaponjić",
    "consignee_address": "Vojvode Mišića 17, Šabac",
    "declarant": "Špedicija Ćirilović d.o.o.", "driver": "Şükrü Yılmaz-Öztürk",
    "plate": "ŠA 123-ĐŽ", "trailer": "ŠA 987-ČĆ", "licence": "LIC-2026/0042-ŠK",
    "seal": "RS-SEAL 00987654", "phone": "+381 64 555 0192", "person": "Luan Krasniqi",
    "person_cyrillic": "Луан Краснићи", "id_card": "1234567890123",
    "passport": "XK-0042173", "mobile": "049 123 456 78", "witness": "Agim Xhaferi",
}


def _plant(db: Path) -> tuple[str, list[str]]:
    """Plant the values in the demo's signed case; its number and every nominal value of
    the case (the demo's own and the planted ones)."""
    with open_station(db, create=False, actor="Tester") as session:
        case = next(c for c in seizures.list_cases(session) if c.status == "signed_off")
        document = seizures.case_document(session, case.id)
        content = _latest(db, case.declaration_id)
        values = _demo_values(content, document)
        amended = json.loads(json.dumps(content))
        amended["lodged_at"] = (datetime.fromisoformat(content["lodged_at"]) +
                                timedelta(minutes=40)).isoformat()
        amended["consignee"] = {"name": PLANTED["consignee"], "country": "RS",
                                "address": PLANTED["consignee_address"], "kind": "private"}
        amended["declarant"] = {"name": PLANTED["declarant"], "country": "RS"}
        amended["driver"] = {"name": PLANTED["driver"], "nationality": "TR"}
        amended["vehicle"].update(registration=PLANTED["plate"], trailer=PLANTED["trailer"])
        amended["documents"].append({"type": "arms_licence", "reference": PLANTED["licence"],
                                     "valid_until": "2027-01-31"})
        amended["seals"].append(PLANTED["seal"])
        line = amended["items"][0]
        line["description"] += (f" (order of {PLANTED['consignee_latin'].upper()}, tel. "
                                f"{PLANTED['phone']}, truck {PLANTED['plate']})")
        path = db.parent / "amendment.json"
        path.write_text(json.dumps([_without_nulls(amended)], ensure_ascii=False),
                        encoding="utf-8")
        assert import_file(session, path).accepted
        screen_stored(session)
        seizure_tracing.add_person(
            session, case.id, "passenger", PLANTED["person"], REASON, nationality="XK",
            birth_date="1985-04-02", document=f"ID card {PLANTED['id_card']}",
            note=f"mobile {PLANTED['mobile']}; cousin of {PLANTED['driver']}")
        seizures.set_fields(session, case.id, {"concealment_note": (
            f"Behind the seat of {PLANTED['plate']}, in the bag of "
            f"{PLANTED['person_cyrillic']} (passport {PLANTED['passport']}), phone "
            f"{PLANTED['phone'].replace(' ', '')}")}, REASON)
        record_step(session, case.id, "storage", {
            "place": f"Garage of {PLANTED['consignee']}, {PLANTED['consignee_address']}",
            "access": f"key with {PLANTED['witness']} and {PLANTED['person'].upper()}"},
            reason=REASON)
    return case.case_number, [*values, *PLANTED.values()]


def _latest(db: Path, declaration_id: str) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT v.content FROM declaration_versions v JOIN declarations d ON"
            " d.latest_version_ref = v.id WHERE d.declaration_id = ?",
            (declaration_id,)).fetchone()
    finally:
        conn.close()
    return dict(json.loads(row[0]))


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    return [_without_nulls(v) for v in value] if isinstance(value, list) else value


def _demo_values(content: dict[str, Any], document: dict[str, Any]) -> list[str]:
    """The demo case's own nominal values, read from its record."""
    values = [content["declaration_id"], content["driver"]["name"],
              content["vehicle"]["registration"], content["vehicle"]["trailer"],
              *content["seals"], *(d["reference"] for d in content["documents"]),
              *(content[p]["name"] for p in ("consignor", "consignee", "declarant")),
              document["case"]["case_number"], document["case"]["fields"]["national_number"],
              *document["case"]["fields"]["officers"]]
    for person in document["persons"]:
        values += [person["name"], person["document"].split()[-1]]
    for item in document["items"]:
        values += [m["text"] for m in item["markings"] if m["kind"] == "serial" and m["text"]]
    for package in document["packages"]:
        values += [seal["number"] for seal in package["seals"]]
    return values


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str]]:
    """The demo station with the planted case: its path, the case number, the values."""
    db = tmp_path_factory.mktemp("live") / "station.db"
    create_demo_station(db, today=date(2026, 11, 28))
    number, values = _plant(db)
    return db, number, values


@pytest.fixture
def live(planted: tuple[Path, str, list[str]], tmp_path: Path) -> Iterator[StationSession]:
    """A copy of the planted station, open."""
    target = tmp_path / "station.db"
    shutil.copyfile(planted[0], target)
    with open_station(target, create=False, actor="Trainer Tester") as session:
        yield session


def _pack_bytes(pack: Path) -> dict[str, bytes]:
    if pack.is_dir():
        return {p.relative_to(pack).as_posix(): p.read_bytes()
                for p in sorted(pack.rglob("*")) if p.is_file()}
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_every_planted_value_is_gone_from_every_byte_in_every_spelling(
        live: StationSession, planted: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    _db, number, values = planted
    target = tmp_path / "scenario.zip"
    pack = scenario_from_case(live, number, target, seed=7)
    files = _pack_bytes(target)
    assert set(files) == {"manifest.yaml", "declarations.json", "amendment-2.json"}
    assert pack.injects[0].kind == "amendment"  # the planted version, as an amendment
    for name, data in files.items():
        text = data.decode("utf-8")
        folded = compact(text)
        for value in values:
            assert value.lower() not in text.lower(), (name, value)
            # Case, diacritics, Cyrillic or Latin, spaces and separators aside.
            assert compact(value) not in folded, (name, value)
    # What the scenario is about is still there: goods, route, risk words, the truth.
    amended = json.loads(files["amendment-2.json"])[0]
    assert amended["items"][0]["description"].startswith(
        "pjesë këmbimi për pistoletë dhe pushkë gjahu (order of ")
    assert amended["consignee"]["kind"] == "private"
    assert amended["itinerary"] == ["AL", "MK", "RS", "HR", "SI", "IT"]
    assert [i.category for i in pack.truth[0].items] == ["ammunition", "part", "part"]


def test_the_same_seed_gives_the_same_pack_and_serials_keep_their_shape(
        live: StationSession, planted: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    number = planted[1]
    packs = [scenario_from_case(live, number, tmp_path / name, seed=seed)
             for name, seed in (("a", 3), ("b", 3), ("c", 4))]
    assert _pack_bytes(tmp_path / "a") == _pack_bytes(tmp_path / "b")
    assert _pack_bytes(tmp_path / "a") != _pack_bytes(tmp_path / "c")
    barrel = packs[0].truth[0].items[1]
    serials = [m.text for m in barrel.markings if m.kind == "serial"]
    assert len(serials) == 2 and all(len(s) == 7 and s[1] == "-" and s[2:].isdigit()
                                     for s in serials)
    assert barrel.record is not None  # the model identification reads the same serials
    assert {m.text for m in barrel.record.serials} == set(serials)


def test_a_perfect_trainee_scores_100_on_the_scenario(live: StationSession,
                                                    planted: tuple[Path, str, list[str]],
                                                    tmp_path: Path) -> None:
    scenario_from_case(live, planted[1], tmp_path / "pack", seed=2)
    target = tmp_path / "exercise.db"
    create_exercise(tmp_path / "pack", target, trainee="Ana Petrović", clock=RealClock())
    with open_station(target, actor="ana", clock=RealClock()) as session:
        Player(session).play()
        score = score_session(session)
    assert score.total == 100.0
    assert all(c.verdict == "exact" for item in score.items for c in item.criteria)
    # The case's shipment was one among ordinary traffic, and only it was selected.
    assert score.detection.precision == 1.0 and score.detection.recall == 1.0


def test_the_case_is_hidden_among_ordinary_traffic_lodged_before_the_start(
        live: StationSession, planted: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    pack = scenario_from_case(live, planted[1], tmp_path / "pack", seed=5)
    queue = json.loads((tmp_path / "pack" / "declarations.json").read_text("utf-8"))
    truth_id = pack.truth[0].declaration_id
    ordinary = [d for d in queue if d["declaration_id"] != truth_id]
    assert len(ordinary) >= 15
    assert len({d["declaration_id"] for d in queue}) == len(queue)
    crossing = next(d for d in queue if d["declaration_id"] == truth_id)["crossing"]
    assert {d["crossing"] for d in ordinary} == {crossing}
    lodged = [datetime.fromisoformat(d["lodged_at"]) for d in queue]
    assert lodged == sorted(lodged) and max(lodged) < pack.starts_at
    assert pack.expected.select == (truth_id,)


def test_a_value_left_in_the_pack_refuses_it_and_nothing_is_written(
        live: StationSession, planted: tuple[Path, str, list[str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A scrubber that lets the free texts through unchanged: the check must catch it.
    monkeypatch.setattr(anonymise._Builder, "text", lambda self, text: text)
    target = tmp_path / "leaky.zip"
    with pytest.raises(NominalValueLeft, match=r"^amendment-2.json: \[0\]\.items\[0\]\."
                                               r"description: still holds a "):
        scenario_from_case(live, planted[1], target, seed=7)
    assert not target.exists() and not (tmp_path / ".leaky.zip.part").exists()
    assert not [e for e in list_events(live, kind="export") if e.subject == planted[1]]


def test_only_a_signed_case_of_a_live_station_becomes_a_scenario(
        live: StationSession, tmp_path: Path) -> None:
    open_case = next(c for c in seizures.list_cases(live) if c.status == "open")
    with pytest.raises(UserInputError, match="is not signed off"):
        scenario_from_case(live, open_case.case_number, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()
    exercise_db = tmp_path / "exercise.db"
    create_exercise(Path("resources/scenarios/blank-pistols-textiles"), exercise_db,
                    trainee="Ana", clock=RealClock())
    with open_station(exercise_db) as exercise, pytest.raises(ExerciseRefused):
        scenario_from_case(exercise, "RS-GRA-2026-00001", tmp_path / "pack")


def test_the_export_is_a_security_event_and_needs_the_trainer_permission(
        live: StationSession, planted: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    scenario_from_case(live, planted[1], tmp_path / "pack")
    event = [e for e in list_events(live, kind="export") if e.subject == planted[1]][-1]
    assert event.details["document"] == "scenario" and event.details["file"] == "pack"
    assert load_pack(tmp_path / "pack").id == event.details["pack"]
    with pytest.raises(PermissionDenied):
        scenario_from_case(sign_in_as(live, "officer"), planted[1], tmp_path / "again")
    assert not (tmp_path / "again").exists()
    scenario_from_case(sign_in_as(live, "trainer"), planted[1], tmp_path / "again")
    assert (tmp_path / "again" / "manifest.yaml").is_file()
