"""Crash test of protecting a station and rotating its key, through the services: a child
process is killed with SIGKILL at random moments, 20 times for each. After every kill the
station opens with the administrator's password (a sign-in finishes an interrupted
set-up), passes ``integrity_check``, audit verify finds no problem (photos included) and
every declaration is there. (tests/store/test_cipher_crash.py kills the store's copy and
swap alone.)"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.security.keyfile import key_file_path
from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.audit import verify_station
from borderdesk.services.declarations import count_declarations
from borderdesk.services.demo import create_demo_station
from borderdesk.services.protection import protect_station
from borderdesk.services.sign_in import sign_in
from borderdesk.services.station import open_station
from borderdesk.store.snapshot import check_database_file
from tests.kill_loop import Children

KILLS = 20
CHILD = Path(__file__).with_name("protect_crash_child.py")
PASSWORD = "the administrator's passphrase"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain demo station (declarations, cases with photos) made once."""
    folder = tmp_path_factory.mktemp("demo")
    create_demo_station(folder / "station.db", today=date(2026, 11, 28),
                        clock=FixedClock(datetime(2026, 11, 28, 20, 0, tzinfo=UTC)),
                        actor="Vesna Radović")
    return folder


@pytest.fixture
def children() -> Iterator[list[Children]]:
    started: list[Children] = []
    yield started
    for group in started:
        group.close()


@pytest.fixture
def policy(cheap_policy: SecurityPolicy) -> SecurityPolicy:
    return replace(cheap_policy)


def _check(path: Path, declarations: int, policy: SecurityPolicy) -> str:
    """The station opens as it should after a kill; what state it was left in."""
    if not key_file_path(path).exists():
        with open_station(path, create=False) as session:  # the set-up had not begun
            assert count_declarations(session) == declarations
        return "not begun"
    with sign_in(path, "admin", PASSWORD, policy=policy) as session:
        assert session.keys is not None
        check_database_file(path, session.keys.database_key)
        assert [str(problem) for problem in verify_station(session)] == []
        assert count_declarations(session) == declarations
        return "two keys" if len(session.key_ring) > 1 else "protected"


def _moments(took: float, span: float, draw: random.Random) -> list[float | None]:
    parts = KILLS - 1
    return [took * span * (n + draw.random()) / parts for n in range(parts)] + [None]


def test_killed_set_up_leaves_a_station_the_password_opens(
        demo_folder: Path, tmp_path: Path, children: list[Children],
        policy: SecurityPolicy) -> None:
    with open_station(demo_folder / "station.db", create=False) as session:
        declarations = count_declarations(session)
    work = tmp_path / "station"
    shutil.copytree(demo_folder, work)
    path = work / "station.db"
    group = Children(CHILD, "protect", str(path), PASSWORD)
    children.append(group)
    took = group.time_to(b"done\n")
    seen: set[str] = set()
    for moment in _moments(took, 1.3, random.Random(11)):
        shutil.rmtree(work)
        shutil.copytree(demo_folder, work)
        if moment is None:
            group.kill_once(b"done\n")
        else:
            group.kill_after(moment)
        seen.add(_check(path, declarations, policy))
    assert {"not begun", "protected"} <= seen, seen


def test_killed_rotation_leaves_a_station_the_password_opens(
        demo_folder: Path, tmp_path: Path, children: list[Children],
        policy: SecurityPolicy) -> None:
    work = tmp_path / "station"
    shutil.copytree(demo_folder, work)
    path = work / "station.db"
    with open_station(path, create=False) as session:
        declarations = count_declarations(session)
    protect_station(path, "admin", PASSWORD, policy=policy)
    group = Children(CHILD, "rotate", str(path), PASSWORD)
    children.append(group)
    took = group.time_to(b"rotated\n")
    seen: set[str] = set()
    for moment in _moments(took, 2.0, random.Random(12)):
        if moment is None:
            group.kill_once(b"rotated\n")
        else:
            group.kill_after(moment)
        seen.add(_check(path, declarations, policy))
    # Kills fell while both keys were live (mid-rotation) and after a rotation ended.
    assert seen == {"two keys", "protected"}, seen
