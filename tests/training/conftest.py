"""Fixtures of the exercise tests: exercise databases made from the built-in packs once per
test module and copied for each test (making one screens a whole queue)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import create_exercise
from borderdesk.training.builtin import builtin_folder
from tests.training.helpers import RealClock


@pytest.fixture(scope="module")
def made_exercises(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """An exercise database of a built-in pack (trainee 'Ana Petrović', stepped clock),
    made once per module."""
    folder = tmp_path_factory.mktemp("made")
    cache: dict[str, Path] = {}

    def made(pack_id: str) -> Path:
        if pack_id not in cache:
            target = folder / f"{pack_id}.db"
            create_exercise(builtin_folder() / pack_id, target, trainee="Ana Petrović",
                            cohort="Course 7", clock=RealClock())
            cache[pack_id] = target
        return cache[pack_id]

    return made


@pytest.fixture
def exercise(made_exercises: Callable[[str], Path], tmp_path: Path
             ) -> Iterator[Callable[..., StationSession]]:
    """Open a fresh copy of a built-in pack's exercise database, as ``actor``, with a real
    clock the test moves (``session.clock.real``)."""
    opened: list[StationSession] = []

    def open_copy(pack_id: str, name: str = "exercise.db", actor: str = "ana") -> StationSession:
        target = tmp_path / name
        shutil.copyfile(made_exercises(pack_id), target)
        session = open_station(target, actor=actor, clock=RealClock())
        opened.append(session)
        return session

    yield open_copy
    for session in opened:
        session.close()
