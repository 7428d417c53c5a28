"""Each role, really signed in, may do its own work and is refused the rest.

The full matrix is tested in tests/services/test_permissions*.py on sessions given a
user directly; this shows the same checks hold for users who signed in for real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borderdesk.services.accounts import list_users
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.declarations import list_declarations
from borderdesk.services.intake import import_files
from borderdesk.services.security_log import list_events
from borderdesk.services.station import StationSession
from tests.accounts.protected import ProtectedStation
from tests.conftest import declaration

OWN = "own password of the user"


def _import(session: StationSession, folder: Path) -> object:
    source = folder / "one.json"
    source.write_text(json.dumps([declaration("RS-BAT-2026-000777")]), encoding="utf-8")
    return import_files(session, [source])


@pytest.mark.parametrize(("role", "may_import", "may_administer"), [
    ("officer", True, False),
    ("supervisor", True, False),
    ("risk_analyst", False, False),
    ("trainer", False, False),
    ("administrator", False, True),
])
def test_signed_in_role_meets_the_matrix(station: ProtectedStation, tmp_path: Path, role: str,
                                         may_import: bool, may_administer: bool) -> None:
    station.add("someone", role)
    with station.sign_in("someone", OWN) as session:
        assert list_declarations(session) == []  # every role may view
        if may_import:
            _import(session, tmp_path)
        else:
            with pytest.raises(PermissionDenied, match="someone' may not import"):
                _import(session, tmp_path)
        if may_administer:
            assert [user.name for user in list_users(session)] == ["admin", "someone"]
        else:
            with pytest.raises(PermissionDenied, match="administrator role"):
                list_users(session)
    with station.admin() as admin:
        kinds = [event.kind for event in list_events(admin)]
    assert kinds.count("sign_in") >= 2
    assert "permission_denied" in kinds  # every role was refused something above
