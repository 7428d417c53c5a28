"""Fixtures of the service tests: sessions acting for a role (see ``roles.py``) and a
station with a realistic case, copied for each test (``protected_station.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from borderdesk.services.station import StationSession
from tests.services.protected_station import built_station, station_copy
from tests.services.roles import sign_in_as

__all__ = ["as_role", "built_station", "station_copy"]


@pytest.fixture
def as_role() -> Callable[..., StationSession]:
    """``as_role(session, "officer", ...)``: the session acting for a user with those
    roles (the one place tests sign in: :func:`tests.services.roles.sign_in_as`)."""
    return sign_in_as
