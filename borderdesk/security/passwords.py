"""Password hashing (argon2id) and the password rules.

Hashes are argon2-cffi's encoded form (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``),
so each one records its own costs: a hash made under older costs still verifies,
and :func:`verify_password` says when it should be made again under the current
policy (done at sign-in, when the password is at hand).

The rules follow NIST SP 800-63B-4: a minimum length and nothing about character
classes; any printable character including spaces and other scripts; and a
refusal of passwords that are common, made of the user's own name or the
station's, or one short piece repeated. Unicode is normalised (NFKC) first, so a
password typed on a Serbian Cyrillic keyboard layout one day and a composed form
the next is the same password.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterable
from functools import cache

import argon2
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.security.policy import Argon2Cost, SecurityPolicy

_EDGE_NOISE = "0123456789!@#$%^&*()-_=+.,;:?/\\|'\"`~[]{}<> "


class WeakPassword(UserInputError):
    """A new password that the rules refuse; the message says which rule and why."""


def normalise(password: str) -> str:
    """The form a password is hashed in (NFKC, as NIST advises)."""
    return unicodedata.normalize("NFKC", password)


def _hasher(cost: Argon2Cost) -> argon2.PasswordHasher:
    return argon2.PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                                 parallelism=cost.parallelism, hash_len=32, salt_len=16,
                                 type=argon2.Type.ID)


def hash_password(password: str, cost: Argon2Cost) -> str:
    """The argon2id hash of ``password`` (a fresh random salt each time)."""
    return _hasher(cost).hash(normalise(password))


def verify_password(stored_hash: str, password: str, cost: Argon2Cost) -> tuple[bool, bool]:
    """Whether ``password`` matches ``stored_hash``, and whether the hash should be redone.

    The second value is true when the stored hash was made with other costs than
    ``cost`` (the current policy): the caller rehashes it while it has the password.
    """
    hasher = _hasher(cost)
    try:
        hasher.verify(stored_hash, normalise(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, False
    return True, hasher.check_needs_rehash(stored_hash)


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords and local stems, lower case."""
    with gzip.open(resource_path("security", "common-passwords.txt.gz"), "rt",
                   encoding="utf-8") as handle:
        words = {line.strip().lower() for line in handle if line.strip()}
    local = resource_path("security", "common-passwords-local.txt").read_text(encoding="utf-8")
    words.update(line.strip().lower() for line in local.splitlines()
                 if line.strip() and not line.startswith("#"))
    return frozenset(words)


def _core(text: str) -> str:
    """``text`` in lower case without digits and punctuation at its ends."""
    return text.lower().strip(_EDGE_NOISE)


def _repeats_one_piece(text: str) -> bool:
    # "abcabcabcabcabc", "aaaaaaaaaaaaaaa", "qwertyqwertyqwerty": one short unit repeated.
    for size in range(1, min(len(text) // 2, 8) + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return True
    return False


def _common_repeated(text: str, common: frozenset[str]) -> bool:
    for size in range(3, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size] in common or _core(text[:size]) in common
    return False


def check_new_password(password: str, policy: SecurityPolicy, *,
                       context: Iterable[str] = ()) -> None:
    """Refuse a new password that breaks the rules, with a message saying why.

    ``context`` holds words the password must not be made of: the user's name,
    display name and the station's name.
    """
    text = normalise(password)
    if len(text) < policy.min_length:
        raise WeakPassword(tr(
            "the password is too short: use at least {minimum} characters (a few words "
            "with spaces are easy to remember and hard to guess)", minimum=policy.min_length))
    if len(text) > policy.max_length:
        raise WeakPassword(tr("the password is too long: at most {maximum} characters",
                              maximum=policy.max_length))
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in text):
        raise WeakPassword(tr("the password contains a control character"))
    lower = text.lower()
    if not _core(lower):
        raise WeakPassword(tr("the password is only digits and punctuation: use words"))
    common = common_passwords()
    if lower in common or _core(lower) in common or _common_repeated(lower, common):
        raise WeakPassword(tr(
            "this password is on the list of passwords attackers try first: choose another"))
    if _repeats_one_piece(lower):
        raise WeakPassword(tr("the password repeats the same few characters: choose another"))
    squeezed = "".join(char for char in lower if char.isalnum())
    for word in context:
        word = "".join(char for char in normalise(word).lower() if char.isalnum())
        if len(word) >= 3 and word in squeezed and len(squeezed) - len(word) < 8:
            raise WeakPassword(tr(
                "the password is mostly a name (the user's or the station's): choose another"))
