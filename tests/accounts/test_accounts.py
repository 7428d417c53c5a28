"""Managing accounts: add, first password, disable, remove, reset, roles, last administrator."""

from __future__ import annotations

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.accounts import (
    add_user,
    change_own_password,
    disable_user,
    list_users,
    remove_user,
    reset_password,
    set_roles,
    unlock_user,
)
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.sessions import open_for
from borderdesk.services.sign_in import AccountLocked, SignInRefused
from tests.accounts.protected import FIRST_PASSWORD, ProtectedStation

OWN = "own password of the user"


def test_new_user_must_choose_their_own_password(station: ProtectedStation) -> None:
    with station.admin() as admin:
        add_user(admin, "ana", FIRST_PASSWORD, ["officer"], display_name="Ana Kovač",
                 policy=station.policy)
    with station.sign_in("ana", FIRST_PASSWORD) as first:
        assert first.user is not None and first.user.must_change_password
        change_own_password(first, FIRST_PASSWORD, OWN, policy=station.policy)
    with pytest.raises(SignInRefused):
        station.sign_in("ana", FIRST_PASSWORD)
    with station.sign_in("ana", OWN) as session:
        assert session.user is not None and not session.user.must_change_password
        assert session.user.roles == frozenset({"officer"})


def test_command_line_refuses_work_until_the_password_is_changed(
        station: ProtectedStation, monkeypatch: pytest.MonkeyPatch) -> None:
    with station.admin() as admin:
        add_user(admin, "ana", FIRST_PASSWORD, ["officer"], policy=station.policy)
    monkeypatch.setattr("borderdesk.services.sessions.sign_in",
                        lambda path, user, password: station.sign_in(user, password))
    with pytest.raises(UserInputError, match="choose your own first"):
        open_for(station.path, user="ana", password=lambda: FIRST_PASSWORD)
    open_for(station.path, user="ana", password=lambda: FIRST_PASSWORD,
             changing_password=True).close()


def test_weak_or_taken_names_and_passwords_are_refused(station: ProtectedStation) -> None:
    with station.admin() as admin:
        with pytest.raises(UserInputError, match="too short"):
            add_user(admin, "ana", "short", ["officer"], policy=station.policy)
        with pytest.raises(UserInputError, match="cannot be a user name"):
            add_user(admin, "ana kovač", FIRST_PASSWORD, ["officer"], policy=station.policy)
        with pytest.raises(UserInputError, match="unknown role"):
            add_user(admin, "ana", FIRST_PASSWORD, ["captain"], policy=station.policy)
        add_user(admin, "ana", FIRST_PASSWORD, ["officer"], policy=station.policy)
        with pytest.raises(UserInputError, match="already a user"):
            add_user(admin, "ANA", FIRST_PASSWORD, ["officer"], policy=station.policy)


def test_disabled_and_removed_users_cannot_sign_in(station: ProtectedStation) -> None:
    station.add("ana", "officer")
    station.add("marko", "officer")
    with station.admin() as admin:
        disable_user(admin, "ana")
        remove_user(admin, "marko")
        names = {account.name: account for account in list_users(admin)}
    assert names["ana"].disabled and "marko" not in names
    for name in ("ana", "marko"):
        with pytest.raises(SignInRefused):
            station.sign_in(name, OWN)


def test_reset_password_gives_access_back(station: ProtectedStation) -> None:
    station.add("ana", "officer")
    with station.admin() as admin:
        disable_user(admin, "ana")
        reset_password(admin, "ana", "a brand new first password", policy=station.policy)
    with station.sign_in("ana", "a brand new first password") as session:
        assert session.user is not None and session.user.must_change_password


def test_the_last_administrator_stays(station: ProtectedStation) -> None:
    with station.admin() as admin:
        with pytest.raises(UserInputError, match="last administrator"):
            disable_user(admin, "admin")
        with pytest.raises(UserInputError, match="last administrator"):
            set_roles(admin, "admin", ["supervisor"])
    station.add("boss", "administrator", "supervisor")
    with station.admin() as admin:
        set_roles(admin, "admin", ["supervisor"])


def test_only_an_administrator_manages_accounts(station: ProtectedStation) -> None:
    station.add("ana", "officer")
    with station.sign_in("ana", OWN) as officer, pytest.raises(PermissionDenied,
                                                            match="administrator role"):
        add_user(officer, "marko", FIRST_PASSWORD, ["officer"], policy=station.policy)


def test_supervisor_lifts_a_lockout(station: ProtectedStation) -> None:
    station.add("ana", "officer")
    station.add("sef", "supervisor")
    for _ in range(5):
        with pytest.raises(SignInRefused):
            station.sign_in("ana", "a wrong passphrase here")
    with pytest.raises(AccountLocked):
        station.sign_in("ana", OWN)
    with station.sign_in("sef", OWN) as supervisor:
        unlock_user(supervisor, "ana")
    station.sign_in("ana", OWN).close()
