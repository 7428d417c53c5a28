"""Cheap argon2id costs for tests (the shipped ones cost ~0.1 s each, by design): the
``cheap_policy`` fixture, made available to every test by tests/conftest.py."""

from __future__ import annotations

from dataclasses import replace

import pytest

from borderdesk.security.policy import Argon2Cost, SecurityPolicy, station_policy

CHEAP = Argon2Cost(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@pytest.fixture
def cheap_policy() -> SecurityPolicy:
    """The shipped policy with argon2id costs low enough for many sign-ins per test."""
    return replace(station_policy(), password_hash_cost=CHEAP, key_wrap_cost=CHEAP)
