"""An exercise database: made from a pack, screened with the shipped profile as the scenario
intends, its clock and injects, what an inspection finds, and its isolation (the guard, the
watermark, the live database untouched)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.backup import backup_station
from borderdesk.services.declaration_detail import get_declaration
from borderdesk.services.declarations import list_declarations
from borderdesk.services.exercise_guard import is_exercise, refuse_if_exercise
from borderdesk.services.inspections import list_inspections, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.statistics import export_iafq
from borderdesk.services.sync import enrol
from borderdesk.services.sync_bundle import export_bundle
from borderdesk.services.sync_run import sync_now
from borderdesk.services.training import (
    create_exercise,
    exercise_info,
    injects,
    release_due,
    release_inject,
    set_clock_mode,
    step_clock,
)
from borderdesk.services.training_play import findings, picture_data, write_pictures
from borderdesk.training.builtin import builtin_folder
from borderdesk.training.guard import ExerciseRefused
from tests.conftest import declaration, dump_database
from tests.services.roles import sign_in_as
from tests.training.helpers import AMMUNITION, PARTS, PISTOLS, RealClock

Opener = Callable[..., StationSession]

# What screening must say once every inject is in: the lane and the rules that put the
# scenario's hidden shipments there. Every other declaration is noise: never red.
DESIGN = {
    PISTOLS: {"RS-GRA-2026-041107": ("red", {"FA-03", "FA-05", "FA-09", "FX-15"})},
    PARTS: {"RS-HOR-2026-208811": ("yellow", {"FA-04", "FA-10"}),
            "RS-HOR-2026-208842": ("yellow", {"FA-04", "FA-10"}),
            "RS-HOR-2026-208873": ("red", {"FA-04", "FA-10", "FA-14"})},
    AMMUNITION: {"RS-BAT-2026-163318": ("red", {"FA-06", "FX-16"})},
}


@pytest.mark.parametrize("pack_id", list(DESIGN))
def test_screening_selects_the_hidden_shipments_for_the_right_reasons(
        exercise: Opener, pack_id: str) -> None:
    session = exercise(pack_id)
    step_clock(session, 600)  # every inject is due
    lanes = {row.declaration_id: row.lane for row in list_declarations(session)}
    for ident, (lane, rules) in DESIGN[pack_id].items():
        assessment = get_declaration(session, ident).assessment
        assert assessment is not None
        assert (assessment.lane, {h.rule for h in assessment.hits}) == (lane, rules)
        assert not assessment.random
    noise = {d: lane for d, lane in lanes.items() if d not in DESIGN[pack_id]}
    assert len(noise) >= 5 and "red" not in noise.values()


def test_the_watch_list_inject_turns_a_green_van_red(exercise: Opener) -> None:
    session = exercise(AMMUNITION)
    van = "RS-BAT-2026-163318"
    assert get_declaration(session, van).lane == "green"
    assert step_clock(session, 19) == []
    assert step_clock(session, 1) == ["watchlist-krasniqi"]
    detail = get_declaration(session, van)
    assert detail.lane == "red"
    assert {m.entry_name for m in detail.watch_matches} == {"Arben Krasniqi", "BN AK 4471"}


def test_arrivals_reach_the_queue_only_when_their_inject_is_released(exercise: Opener) -> None:
    session = exercise(PARTS)
    ids = {row.declaration_id for row in list_declarations(session)}
    assert "RS-HOR-2026-208842" not in ids and len(ids) == 6
    with pytest.raises(UserInputError, match="no declaration 'RS-HOR-2026-208842'"):
        start_inspection(session, "RS-HOR-2026-208842", "physical")
    # The trainer releases the second van early, by hand.
    state = release_inject(session, "parcels-0850")
    assert state.how == "by_hand" and state.released_at == exercise_info(session).now
    assert len(list_declarations(session)) == 8
    with pytest.raises(UserInputError, match="already released"):
        release_inject(session, "parcels-0850")
    # Its time comes: nothing is released twice.
    step_clock(session, 60)
    assert [i.id for i in injects(session) if i.released_at is not None] == ["parcels-0850"]
    assert release_due(session) == []


def test_the_amendment_inject_adds_a_version(exercise: Opener) -> None:
    session = exercise(PISTOLS)
    step_clock(session, 25)
    detail = get_declaration(session, "RS-GRA-2026-041107")
    assert detail.version == 2
    assert {a.field for a in detail.amendments} >= {"consignee.name", "items[3].quantity"}


def test_the_scenario_clock_stands_still_or_runs(exercise: Opener) -> None:
    session = exercise(PISTOLS)
    real = session.clock.real  # type: ignore[attr-defined]
    start = exercise_info(session).now
    real.advance(30)
    assert exercise_info(session).now == start  # stepped: it waits for the trainer
    set_clock_mode(session, "real")
    real.advance(12)
    info = exercise_info(session)
    assert info.minutes == 12 and info.clock_mode == "real"
    # What the trainee records carries the scenario time.
    inspection = start_inspection(session, "RS-GRA-2026-041101", "documents")
    assert inspection.started_at == info.now
    with pytest.raises(UserInputError, match="at most 1440 minutes"):
        step_clock(session, -5)


def test_an_inspection_shows_what_the_shipment_hides(exercise: Opener, tmp_path: Path) -> None:
    session = exercise(PISTOLS)
    truck = "RS-GRA-2026-041107"
    assert findings(session, truck).status == "not_inspected"
    start_inspection(session, truck, "xray")
    seen = findings(session, truck)
    assert seen.status == "anomaly" and "Dense metal" in seen.message and not seen.items
    start_inspection(session, truck, "physical")
    found = findings(session, truck)
    assert found.status == "items" and len(found.items) == 3
    assert "wrapped in a t-shirt" in found.where
    # Markings are to be read from the pictures, never given as text.
    # Nothing the trainee is given says what an item is: no marking text, no category, no
    # name of the truth or of a drawing.
    given = str(found.to_json())
    for secret in ("A-412733", "ZORAKI", "converted", "pistol-self-loading", "ammunition"):
        assert secret not in given
    names = [p.name for p in found.items[1].pictures]
    assert names == ["item-2-1.svg", "item-2-2.svg", "item-2-3.svg",
                     "item-2-markings-slide.png", "item-2-markings-frame.png"]
    picture = next(p for p in found.items[1].pictures if p.name.endswith("frame.png"))
    media, data = picture_data(session, picture)
    assert media == "image/png" and data.startswith(b"\x89PNG")
    written = write_pictures(session, truck, tmp_path / "pictures")
    assert len(written) == sum(len(i.pictures) for i in found.items)
    # A shipment that hides nothing is what it says.
    start_inspection(session, "RS-GRA-2026-041099", "physical")
    assert findings(session, "RS-GRA-2026-041099").status == "nothing_seen"
    with pytest.raises(UserInputError, match="nothing was found"):
        write_pictures(session, "RS-GRA-2026-041099", tmp_path / "none")


def test_exports_to_headquarters_refuse_an_exercise(exercise: Opener, tmp_path: Path) -> None:
    session = exercise(PISTOLS)
    assert is_exercise(session)
    with pytest.raises(ExerciseRefused, match="exercise database: the export of the IAFQ"):
        export_iafq(session, 2026, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    # The real services, not only the guard: a backup, and every way to headquarters.
    with pytest.raises(ExerciseRefused, match=r"is an exercise database: a backup of the"):
        backup_station(session, tmp_path / "backup.bdbackup")
    with pytest.raises(ExerciseRefused, match="synchronisation with headquarters"):
        sync_now(session)
    with pytest.raises(ExerciseRefused, match="offline bundle for headquarters"):
        export_bundle(session, tmp_path / "x.bundle")
    with pytest.raises(ExerciseRefused, match="enrolment with headquarters"):
        enrol(session, "https://hq.invalid", "ABCD-EFGH")
    assert not (tmp_path / "backup.bdbackup").exists() and not (tmp_path / "x.bundle").exists()


def test_a_live_station_is_not_an_exercise(session: StationSession) -> None:
    assert not is_exercise(session)
    refuse_if_exercise(session, "the backup")  # nothing to refuse
    with pytest.raises(UserInputError, match="live station database, not an exercise"):
        exercise_info(session)


def test_an_exercise_never_overwrites_a_database(tmp_path: Path, db_path: Path) -> None:
    with open_station(db_path):
        pass
    before = db_path.read_bytes()
    with pytest.raises(UserInputError, match="never overwrites"):
        create_exercise(builtin_folder() / PISTOLS, db_path, trainee="Ana")
    assert db_path.read_bytes() == before
    with pytest.raises(UserInputError, match="name the trainee"):
        create_exercise(builtin_folder() / PISTOLS, tmp_path / "x.db", trainee="  ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [db_path.name]


def test_a_broken_pack_leaves_nothing_behind(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.yaml").write_text("format: 1\nid: x\n", encoding="utf-8")
    with pytest.raises(BorderdeskError, match=r"manifest\.yaml:1: version: required"):
        create_exercise(broken, tmp_path / "x.db", trainee="Ana", clock=RealClock())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken"]


def test_playing_an_exercise_changes_nothing_in_the_live_database(
        tmp_path: Path, write_json: Callable[..., Path]) -> None:
    live = tmp_path / "station.db"
    with open_station(live, actor="officer") as station:
        import_files(station, [write_json([declaration("RS-GRA-2026-041107")])])
    before = dump_database(live)
    made = create_exercise(builtin_folder() / PISTOLS, tmp_path / "exercises" / "ana.db",
                           trainee="Ana", clock=RealClock())
    with open_station(made.path, actor="ana", clock=RealClock()) as session:
        step_clock(session, 30)
        inspection = start_inspection(session, "RS-GRA-2026-041107", "physical")
        record_outcome(session, inspection.id, "seizure", "three items in the cartons")
    # The same declaration id in both: each database has its own, nothing crossed over.
    assert dump_database(live) == before
    with open_station(live, actor="officer") as station:
        assert not is_exercise(station)
        assert list_inspections(station) == []


def test_a_pack_changed_inside_the_database_is_refused(exercise: Opener) -> None:
    from borderdesk.services import training

    session = exercise(PISTOLS)
    conn = session.database.conn
    conn.execute("DROP TRIGGER exercise_pack_files_no_update")
    conn.execute("UPDATE exercise_pack_files SET data = CAST(replace(CAST(data AS TEXT),"
                 " 'A-412733', 'A-000000') AS BLOB) WHERE name = 'manifest.yaml'")
    training._PACKS.clear()
    with pytest.raises(UserInputError, match="was changed after the exercise was made"):
        injects(session)
    training._PACKS.clear()


@pytest.mark.parametrize("role", ["officer", "supervisor", "risk_analyst", "trainer",
                                  "administrator"])
def test_only_a_trainer_runs_the_exercise(exercise: Opener, role: str) -> None:
    session = sign_in_as(exercise(PISTOLS), role, name="user-1")
    if role == "trainer":
        step_clock(session, 10)
        set_clock_mode(session, "stepped")
        return
    with pytest.raises(PermissionDenied, match="needs the trainer role"):
        step_clock(session, 10)
    assert exercise_info(session).minutes == 0  # every role may still look
