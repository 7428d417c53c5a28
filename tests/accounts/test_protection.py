"""Recovery key, a renewed recovery key, and rotation of the data key."""

from __future__ import annotations

import pytest

from borderdesk.core.errors import StoreError, UserInputError
from borderdesk.security.envelope import KeyPair, recovery_text
from borderdesk.services.protection import (
    protect_station,
    recover_access,
    renew_recovery_key,
    rotate_data_key,
)
from borderdesk.store.database import open_database
from tests.accounts.protected import ADMIN_PASSWORD, ProtectedStation

NEW = "a new password after recovery"


def test_recovery_key_gives_the_administrator_a_new_password(station: ProtectedStation) -> None:
    recover_access(station.path, station.protected.recovery_key, "admin", NEW,
                   policy=station.policy, clock=station.clock).close()
    station.sign_in("admin", NEW).close()


def test_a_foreign_recovery_key_is_refused_plainly(station: ProtectedStation) -> None:
    with pytest.raises(UserInputError, match="not the recovery key"):
        recover_access(station.path, recovery_text(KeyPair.generate()), "admin", NEW,
                       policy=station.policy, clock=station.clock)


def test_renewed_recovery_key_replaces_the_old_one(station: ProtectedStation) -> None:
    with station.admin() as admin:
        renewed = renew_recovery_key(admin)
    with pytest.raises(UserInputError):
        recover_access(station.path, station.protected.recovery_key, "admin", NEW,
                       policy=station.policy, clock=station.clock)
    recover_access(station.path, renewed, "admin", NEW, policy=station.policy,
                   clock=station.clock).close()


def test_rotation_reencrypts_and_everyone_still_gets_in(station: ProtectedStation) -> None:
    station.add("ana", "officer")
    with station.admin() as admin:
        assert admin.keys is not None
        old_key = admin.keys.database_key
        new_id = rotate_data_key(admin)
        assert admin.keys is not None and admin.keys.key_id == new_id
        assert admin.station.name  # the session goes on under the new key
    with pytest.raises(StoreError):
        open_database(station.path, create=False, key=old_key)
    station.sign_in("ana", "own password of the user").close()
    recover_access(station.path, station.protected.recovery_key, "admin", NEW,
                   policy=station.policy, clock=station.clock).close()


def test_protecting_twice_is_refused(station: ProtectedStation) -> None:
    with pytest.raises(UserInputError, match="protected already"):
        protect_station(station.path, "admin", ADMIN_PASSWORD, policy=station.policy)
