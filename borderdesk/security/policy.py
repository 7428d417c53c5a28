"""The account and sign-in policy, read from ``resources/security/policy.yaml``.

Lengths, lockout, the idle lock and the argon2id costs are data, not code: an
agency with slower laptops or stricter rules changes the file, and each stored
hash and key wrap is upgraded to the new costs at its user's next sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

FORMAT = 1


@dataclass(frozen=True)
class Argon2Cost:
    """argon2id costs: passes, memory in KiB and lanes (recorded with every hash and wrap)."""

    time_cost: int
    memory_kib: int
    parallelism: int


@dataclass(frozen=True)
class SecurityPolicy:
    """Password rules, lockout, idle lock and the argon2id costs."""

    min_length: int
    max_length: int
    lockout_after_failures: int
    lockout_minutes: int
    idle_lock_minutes: int
    password_hash_cost: Argon2Cost
    key_wrap_cost: Argon2Cost


def _positive(section: YamlMap, key: str, low: int = 1, high: int = 10**9) -> int:
    value: int = section.require(key, int)
    if not low <= value <= high:
        raise section.fail(key, tr("must be between {low} and {high}", low=low, high=high))
    return value


def _section(parent: YamlMap, key: str) -> YamlMap:
    section: YamlMap = parent.require(key, dict)
    return section


def _cost(section: YamlMap, key: str) -> Argon2Cost:
    values = _section(section, key)
    # RFC 9106 floors: 8 KiB per lane at the very least; we ask for real costs.
    return Argon2Cost(_positive(values, "time_cost", 1, 20),
                      _positive(values, "memory_kib", 8 * 1024, 4 * 1024 * 1024),
                      _positive(values, "parallelism", 1, 16))


def load_policy(path: Path) -> SecurityPolicy:
    """Read and check a policy file; errors name the file, line and field."""
    top = load_yaml(path)
    if not isinstance(top, YamlMap):
        raise DataFileError(str(path), 1, None, tr("must be a mapping of sections"))
    if top.require("format", int) != FORMAT:
        raise top.fail("format", tr("this borderdesk reads format {format}", format=FORMAT))
    passwords = _section(top, "passwords")
    sign_in = _section(top, "sign_in")
    argon2 = _section(top, "argon2")
    min_length = _positive(passwords, "min_length", 8, 128)
    max_length = _positive(passwords, "max_length", 64, 4096)
    if max_length < min_length:
        raise passwords.fail("max_length", tr("must not be below min_length"))
    return SecurityPolicy(
        min_length=min_length, max_length=max_length,
        lockout_after_failures=_positive(sign_in, "lockout_after_failures", 1, 100),
        # The floor: a locked account stays locked for at least ten minutes.
        lockout_minutes=_positive(sign_in, "lockout_minutes", 10, 24 * 60),
        idle_lock_minutes=_positive(sign_in, "idle_lock_minutes", 1, 24 * 60),
        password_hash_cost=_cost(argon2, "password_hash"),
        key_wrap_cost=_cost(argon2, "key_wrap"))


@cache
def station_policy() -> SecurityPolicy:
    """The shipped policy (read once)."""
    return load_policy(resource_path("security", "policy.yaml"))
