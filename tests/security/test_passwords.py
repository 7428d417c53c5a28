"""The password rules and argon2id hashes (costs recorded, rehash when they change)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.security.passwords import (
    WeakPassword,
    check_new_password,
    common_passwords,
    hash_password,
    normalise,
    verify_password,
)
from borderdesk.security.policy import Argon2Cost, SecurityPolicy, station_policy
from tests.security.cheap import CHEAP


def test_shipped_policy_follows_current_guidance() -> None:
    policy = station_policy()
    assert policy.min_length >= 15
    assert policy.lockout_after_failures == 5 and policy.lockout_minutes >= 10
    assert policy.idle_lock_minutes == 15


@pytest.mark.parametrize("password", [
    "correct horse battery staple",
    "Mostarski most je star 450 godina",
    "Шифра за станицу Батровци 2026",
    "un mot de passe assez long",
])
def test_long_passphrases_in_any_script_are_accepted(password: str) -> None:
    check_new_password(password, station_policy(), context=["ana", "Batrovci"])


@pytest.mark.parametrize(("password", "why"), [
    ("short pass", "too short"),
    ("1234567890123456", "only digits"),
    ("qwertyqwertyqwerty", "list of passwords"),
    ("Carina2026!Carina2026!", "list of passwords"),
    ("aaaaaaaaaaaaaaaaaaaa", "list of passwords"),
    ("xyzxyzxyzxyzxyzxyz", "repeats"),
    ("batrovci-station-1", "mostly a name"),
    ("ana.petrovic.2026!", "mostly a name"),
])
def test_weak_passwords_are_refused_with_the_reason(password: str, why: str,
                                                    cheap_policy: SecurityPolicy) -> None:
    with pytest.raises(WeakPassword, match=why):
        check_new_password(password, cheap_policy,
                           context=["ana.petrovic", "Ana Petrović", "Batrovci station"])


def test_common_list_is_bundled_and_has_local_words() -> None:
    common = common_passwords()
    assert len(common) > 19_000
    assert {"lozinka", "шифра", "carina", "password"} <= common


def test_hash_records_its_costs_and_verifies() -> None:
    stored = hash_password("a long enough passphrase", CHEAP)
    assert stored.startswith("$argon2id$") and "m=8192,t=1,p=1" in stored
    assert verify_password(stored, "a long enough passphrase", CHEAP) == (True, False)
    assert verify_password(stored, "a long enough passphrasE", CHEAP) == (False, False)


def test_hash_made_under_older_costs_asks_to_be_redone() -> None:
    stored = hash_password("a long enough passphrase", CHEAP)
    newer = Argon2Cost(time_cost=2, memory_kib=8 * 1024, parallelism=1)
    assert verify_password(stored, "a long enough passphrase", newer) == (True, True)


def test_composed_and_decomposed_forms_are_one_password() -> None:
    composed = "Petrović čuva granicu"
    decomposed = "Petrovic\u0301 c\u030cuva granicu"
    assert verify_password(hash_password(composed, CHEAP), decomposed, CHEAP)[0]


def test_damaged_hash_is_a_mismatch_not_a_crash() -> None:
    assert verify_password("$argon2id$v=19$garbage", "whatever it is", CHEAP) == (False, False)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=40))
def test_rules_either_accept_or_refuse_plainly(password: str) -> None:
    refusal = ""
    try:
        check_new_password(password, station_policy(), context=["user"])
    except WeakPassword as refused:
        refusal = str(refused)
    short = len(normalise(password)) < station_policy().min_length
    assert not short or refusal.startswith("the password is too short")
