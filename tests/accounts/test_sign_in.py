"""Signing in to a protected station: passwords, lockout, costs upgraded, plain refusals."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from borderdesk.security.keyfile import KeyFile, KeyFileError, key_file_path
from borderdesk.security.policy import Argon2Cost
from borderdesk.services.sign_in import AccountLocked, SignInRefused, confirm_password, sign_in
from borderdesk.services.station import SignInRequired, open_station
from borderdesk.store.errors import EncryptedDatabaseError
from tests.accounts.protected import ADMIN_PASSWORD, ProtectedStation


def test_protected_station_opens_only_through_a_sign_in(station: ProtectedStation) -> None:
    with pytest.raises(SignInRequired, match="protected"):
        open_station(station.path, create=False)
    with station.admin() as session:
        assert session.user is not None and session.user.roles == frozenset({"administrator"})
        assert session.keys is not None and session.station.name


def test_plain_sqlite_sees_no_data(station: ProtectedStation) -> None:
    conn = sqlite3.connect(station.path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    conn.close()
    assert not station.path.read_bytes().startswith(b"SQLite format 3")


def test_wrong_password_says_how_many_tries_are_left(station: ProtectedStation) -> None:
    with pytest.raises(SignInRefused, match="4 more failed attempts"):
        station.sign_in("admin", "not the admin passphrase")
    with pytest.raises(SignInRefused, match="3 more failed attempts"):
        station.sign_in("admin", "not the admin passphrase")


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(
        station: ProtectedStation) -> None:
    with pytest.raises(SignInRefused, match="wrong user name or password"):
        station.sign_in("nobody", ADMIN_PASSWORD)


def test_five_failures_lock_for_ten_minutes_even_with_the_right_password(
        station: ProtectedStation) -> None:
    for _ in range(4):
        with pytest.raises(SignInRefused):
            station.sign_in("admin", "not the admin passphrase")
    with pytest.raises(AccountLocked, match="locked"):
        station.sign_in("admin", "not the admin passphrase")
    station.clock.advance(9)
    with pytest.raises(AccountLocked):
        station.sign_in("admin", ADMIN_PASSWORD)
    station.clock.advance(1.5)
    with station.admin() as session:
        assert session.user is not None


def test_good_sign_in_clears_the_failure_count(station: ProtectedStation) -> None:
    for _ in range(4):
        with pytest.raises(SignInRefused):
            station.sign_in("admin", "not the admin passphrase")
    station.admin().close()
    for _ in range(4):
        with pytest.raises(SignInRefused):
            station.sign_in("admin", "not the admin passphrase")
    station.admin().close()


def test_hash_and_wrap_are_upgraded_to_new_costs_at_sign_in(station: ProtectedStation) -> None:
    stronger = Argon2Cost(time_cost=2, memory_kib=16 * 1024, parallelism=1)
    policy = replace(station.policy, password_hash_cost=stronger, key_wrap_cost=stronger)
    sign_in(station.path, "admin", ADMIN_PASSWORD, policy=policy, clock=station.clock).close()
    key_file = KeyFile.load(key_file_path(station.path))
    secret = next(iter(key_file.data["users"].values()))["secret"]
    assert (secret["time_cost"], secret["memory_kib"]) == (2, 16 * 1024)
    with sign_in(station.path, "admin", ADMIN_PASSWORD, policy=policy,
                 clock=station.clock) as session:
        stored = session.database.query_one(
            "SELECT password_hash FROM account_passwords")
        assert stored is not None and "m=16384,t=2" in stored[0]


def test_missing_key_file_is_explained(station: ProtectedStation) -> None:
    key_file_path(station.path).rename(station.path.with_suffix(".moved"))
    with pytest.raises(EncryptedDatabaseError, match=r"key file station\.db\.keys is missing"):
        open_station(station.path, create=False)
    with pytest.raises(KeyFileError, match="missing"):
        station.admin()


def test_password_confirmed_again_for_the_idle_lock(station: ProtectedStation) -> None:
    with station.admin() as session:
        assert confirm_password(session, "admin", ADMIN_PASSWORD,
                                policy=station.policy).name == "admin"
        with pytest.raises(SignInRefused):
            confirm_password(session, "admin", "a wrong passphrase here", policy=station.policy)
