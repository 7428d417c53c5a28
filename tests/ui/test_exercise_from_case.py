"""The trainer console's "New scenario from a signed case…": the demo's signed case becomes
a scenario pack on the worker and joins the console's packs; without a signed case the
trainer is told why nothing happens."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from borderdesk.services.demo import create_demo_station
from borderdesk.services.seizures import list_cases
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui import exercise_from_case as from_case
from borderdesk.ui.exercise_page import TrainerConsole
from borderdesk.ui.workers import SyncTaskRunner
from tests.services.roles import sign_in_as


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "station.db"
    create_demo_station(path, today=date(2026, 11, 28))
    return path


@pytest.fixture
def live(demo_db: Path, tmp_path: Path) -> Iterator[StationSession]:
    target = tmp_path / "station.db"
    shutil.copyfile(demo_db, target)
    with open_station(target, create=False, actor="trainer-1") as opened:
        yield sign_in_as(opened, "trainer", name="trainer-1")


def _console(qtbot: Any, session: StationSession) -> TrainerConsole:
    console = TrainerConsole(session, SyncTaskRunner())
    qtbot.addWidget(console)
    return console


def test_a_signed_case_becomes_a_pack_listed_in_the_console(
        qtbot: Any, live: StationSession, tmp_path: Path, monkeypatch: Any) -> None:
    signed = [c for c in list_cases(live) if c.status == "signed_off"]
    assert signed, "the demo signs one case off"
    offered: list[str] = []

    def choose(_parent: Any, cases: list[Any]) -> Any:
        offered.extend(c.case_number for c in cases)
        return cases[0]

    monkeypatch.setattr(from_case, "choose_case", choose)
    monkeypatch.setattr(from_case, "choose_destination",
                        lambda _parent, _proposed: tmp_path / "from-case.zip")
    console = _console(qtbot, live)
    assert console.from_case_action.isEnabled()
    console.from_case_action.trigger()
    assert offered == [c.case_number for c in signed]  # only signed cases are offered
    assert (tmp_path / "from-case.zip").is_file()
    packs = [p for p in console.packs.rows() if p.path == tmp_path / "from-case.zip"]
    assert len(packs) == 1 and packs[0].id.startswith("case-")
    assert signed[0].case_number in console.outcome.text()


def test_without_a_signed_case_the_trainer_is_told_why(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(from_case, "choose_case", lambda *_a: pytest.fail("nothing to offer"))
    with open_station(tmp_path / "empty.db", actor="trainer-1") as opened:
        console = _console(qtbot, sign_in_as(opened, "trainer", name="trainer-1"))
        console.from_case_action.trigger()
        assert "signed" in console.outcome.text()
        assert not list((tmp_path).glob("*.zip"))


def test_only_a_trainer_may_make_a_scenario_from_a_case(
        qtbot: Any, live: StationSession, tmp_path: Path) -> None:
    sign_in_as(live, "supervisor", name="supervisor-1")
    console = _console(qtbot, live)
    assert not console.from_case_action.isEnabled()
