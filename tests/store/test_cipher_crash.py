"""Crash test of encryption at rest: a child process encrypts a copy of the demo station, or
rotates its key again and again, and is killed with SIGKILL at random moments, 20 times
each. After every kill the database opens (plain, or with one of the two keys), passes
``integrity_check`` (and SQLCipher's page check), audit verify finds no problem and every
declaration is still there.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.declarations import count_declarations
from borderdesk.services.demo import create_demo_station
from borderdesk.services.station import open_station
from borderdesk.store.audit_verify import verify_chain
from borderdesk.store.cipher import PARTIAL_SUFFIX, encrypt_in_place
from borderdesk.store.database import is_encrypted_file
from borderdesk.store.snapshot import check_database_file
from tests.kill_loop import Children

KILLS = 20
CHILD = Path(__file__).with_name("cipher_crash_child.py")
KEY_A, KEY_B = StationKeys(b"A" * 32), StationKeys(b"B" * 32)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station (declarations, seizure cases with photos and custody) made once."""
    folder = tmp_path_factory.mktemp("demo")
    create_demo_station(folder / "station.db", today=date(2026, 11, 28),
                        clock=FixedClock(datetime(2026, 11, 28, 20, 0, tzinfo=UTC)),
                        actor="Vesna Radović")
    return folder


def _station_copy(demo: Path, work: Path) -> Path:
    shutil.copytree(demo, work)
    return work / "station.db"


@pytest.fixture
def children() -> Iterator[list[Children]]:
    started: list[Children] = []
    yield started
    for group in started:  # a failed check leaves no child behind
        group.close()


def _check(path: Path, declarations: int) -> StationKeys | None:
    """The database opens, is whole and verifies; return the keys that opened it."""
    keys = None
    if is_encrypted_file(path):
        for candidate in (KEY_A, KEY_B):
            try:
                check_database_file(path, candidate.database_key)
            except Exception:
                continue
            keys = candidate
            break
        assert keys is not None, "no key opens the database after the kill"
    else:
        check_database_file(path, None)
    with open_station(path, create=False, keys=keys) as session:
        # The database alone: sealing the photos is the services' part, crash-tested in
        # tests/accounts/test_protect_crash.py.
        assert [str(p) for p in verify_chain(session.database.conn)] == []
        assert count_declarations(session) == declarations
    return keys


def _moments(took: float, span: float, draw: random.Random) -> list[float | None]:
    """One kill in each of KILLS - 1 equal parts of ``span`` times the time the work takes
    (so they fall on every step even when the machine is busy), and one (``None``) once the
    child says it has finished."""
    parts = KILLS - 1
    return [took * span * (n + draw.random()) / parts for n in range(parts)] + [None]


def test_killed_encryption_leaves_a_database_that_opens(
        demo_folder: Path, tmp_path: Path, children: list[Children]) -> None:
    template = demo_folder / "station.db"
    path = _station_copy(demo_folder, tmp_path / "station")
    with open_station(template, create=False) as session:
        declarations = count_declarations(session)
    group = Children(CHILD, "encrypt", str(path), KEY_A.database_key.hex(),
                     KEY_B.database_key.hex())
    children.append(group)
    took = group.time_to(b"done\n")
    assert _check(path, declarations) == KEY_A
    shutil.copyfile(template, path)
    outcomes = {"plain": 0, "encrypted": 0, "mid-copy": 0}
    for moment in _moments(took, 1.2, random.Random(8)):
        if moment is None:
            group.kill_once(b"done\n")
        else:
            group.kill_after(moment)
        outcomes["mid-copy"] += Path(f"{path}{PARTIAL_SUFFIX}").exists()
        keys = _check(path, declarations)
        assert keys in (None, KEY_A)
        if keys is None:
            outcomes["plain"] += 1  # the next child meets what this one left
        else:
            outcomes["encrypted"] += 1
            shutil.copyfile(template, path)
    # Kills fell before, during (a half-written copy left behind) and after the copy.
    assert all(outcomes.values()), outcomes


def test_killed_key_rotation_leaves_a_database_one_of_the_keys_opens(
        demo_folder: Path, tmp_path: Path, children: list[Children]) -> None:
    path = _station_copy(demo_folder, tmp_path / "station")
    with open_station(path, create=False) as session:
        declarations = count_declarations(session)
    encrypt_in_place(path, KEY_A.database_key)
    group = Children(CHILD, "rotate", str(path), KEY_A.database_key.hex(),
                     KEY_B.database_key.hex())
    children.append(group)
    took = group.time_to(b"rotated\n")
    first = _check(path, declarations)
    assert first == KEY_B
    seen = {"B"}
    for moment in _moments(took, 2.5, random.Random(9)):
        if moment is None:
            group.kill_once(b"rotated\n")
        else:
            group.kill_after(moment)
        if Path(f"{path}{PARTIAL_SUFFIX}").exists():
            seen.add("mid-copy")
        keys = _check(path, declarations)
        seen.add("A" if keys == KEY_A else "B")
    assert seen == {"A", "B", "mid-copy"}
