"""The command line on a protected station: setup, --user with the password from the
environment, user management, rotation, recovery, and plain refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.conftest import declaration

ADMIN = "admin's long passphrase here"
ANA_FIRST = "ana's first password from admin"
ANA_OWN = "ana's very own passphrase"


@pytest.fixture
def protected(tmp_path: Path, run: Callable[..., Run],
              monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new protected station with the administrator ``admin``."""
    db = tmp_path / "station.db"
    monkeypatch.setenv("BORDERDESK_NEW_PASSWORD", ADMIN)
    result = run("setup", "--db", db, "--admin", "admin")
    assert result.code == 0, result.err
    assert "RECOVERY KEY" in result.out
    monkeypatch.delenv("BORDERDESK_NEW_PASSWORD")
    return db


def test_protected_station_needs_a_user(protected: Path, run: Callable[..., Run]) -> None:
    result = run("declarations", "list", "--db", protected)
    assert result.code == 2 and "protected: give --user NAME" in result.err


def test_wrong_password_is_a_plain_error(protected: Path, run: Callable[..., Run],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BORDERDESK_PASSWORD", "not the admin passphrase")
    result = run("declarations", "list", "--db", protected, "--user", "admin")
    assert result.code == 2 and "wrong user name or password" in result.err


def test_users_are_added_listed_and_choose_their_password(
        protected: Path, run: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BORDERDESK_PASSWORD", ADMIN)
    monkeypatch.setenv("BORDERDESK_NEW_PASSWORD", ANA_FIRST)
    added = run("user", "add", "ana", "--role", "officer", "--display-name", "Ana Kovač",
                "--db", protected, "--user", "admin")
    assert added.code == 0, added.err
    listed = run("user", "list", "--format", "jsonl", "--db", protected, "--user", "admin")
    rows = [json.loads(line) for line in listed.out.splitlines()]
    assert {row["name"]: row["roles"] for row in rows} == {"admin": ["administrator"],
                                                         "ana": ["officer"]}
    monkeypatch.setenv("BORDERDESK_PASSWORD", ANA_FIRST)
    refused = run("declarations", "list", "--db", protected, "--user", "ana")
    assert refused.code == 2 and "choose your own first" in refused.err
    monkeypatch.setenv("BORDERDESK_NEW_PASSWORD", ANA_OWN)
    changed = run("user", "passwd", "ana", "--db", protected, "--user", "ana")
    assert changed.code == 0, changed.err
    monkeypatch.setenv("BORDERDESK_PASSWORD", ANA_OWN)
    assert run("declarations", "list", "--db", protected, "--user", "ana").code == 0
    denied = run("user", "list", "--db", protected, "--user", "ana")
    assert denied.code == 2 and "administrator role" in denied.err


def test_rotation_and_recovery_from_the_command_line(
        protected: Path, run: Callable[..., Run], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setenv("BORDERDESK_PASSWORD", ADMIN)
    rotated = run("db", "rotate-key", "--db", protected, "--user", "admin")
    assert rotated.code == 0 and "new data key" in rotated.out
    renewed = run("db", "recovery-key", "--db", protected, "--user", "admin")
    key = next(line.strip() for line in renewed.out.splitlines() if line.count("-") == 7)
    monkeypatch.setenv("BORDERDESK_RECOVERY_KEY", key)
    monkeypatch.setenv("BORDERDESK_NEW_PASSWORD", "recovered admin passphrase")
    recovered = run("recover", "--db", protected, "--admin", "admin")
    assert recovered.code == 0, recovered.err
    monkeypatch.setenv("BORDERDESK_PASSWORD", "recovered admin passphrase")
    events = run("audit", "events", "--format", "jsonl", "--db", protected, "--user", "admin")
    kinds = [json.loads(line)["kind"] for line in events.out.splitlines()]
    assert {"protected", "key_rotated", "recovery_key_renewed", "recovered"} <= set(kinds)


def test_plain_station_is_encrypted_in_place(tmp_path: Path, run: Callable[..., Run],
                                            monkeypatch: pytest.MonkeyPatch,
                                            write_json: Callable[..., Path]) -> None:
    db = tmp_path / "plain.db"
    source = write_json([declaration("RS-BAT-2026-000001"),
                         declaration("RS-BAT-2026-000002")], "two.json")
    assert run("import", source, "--db", db).code == 0
    before = run("declarations", "list", "--format", "jsonl", "--db", db).out
    monkeypatch.setenv("BORDERDESK_NEW_PASSWORD", ADMIN)
    assert run("db", "encrypt", "--db", db, "--admin", "admin").code == 0
    assert not db.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.setenv("BORDERDESK_PASSWORD", ADMIN)
    after = run("declarations", "list", "--format", "jsonl", "--db", db, "--user", "admin")
    assert after.out == before
