"""The key file beside an encrypted station database (``station.db.keys``).

It holds what is needed *before* the database can be opened, and nothing
readable: each user's X25519 public key and private key wrapped under their
password, the station data key(s) wrapped to every user and to the recovery key,
and the sign-in failure counters (kept here because a failed sign-in cannot
write to a database it could not open). Users appear only as a tag (a hash of
the station id and the user name), not by name. Security events that happened
while the database was closed (failed sign-ins, lockouts) wait in the file and
are moved into the audit log at the next successful sign-in.

Waiting events are sealed to a public key derived from the data key, so the
file shows that something happened, not to whom. The file is JSON, replaced
whole through a synced temporary file and a rename.
During a key rotation two data keys are live (``current`` and ``pending``).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.durable import write_file_durably
from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr
from borderdesk.security.envelope import (
    KeyPair,
    PasswordWrap,
    PublicWrap,
    WrapFailed,
    b64,
    unb64,
    unwrap_with_password,
    unwrap_with_private,
    wrap_to_public,
    wrap_with_password,
)
from borderdesk.security.policy import Argon2Cost
from borderdesk.security.station_keys import StationKeys

FORMAT = "borderdesk-keys/1"
RECOVERY = "recovery"
#: Security events kept while the database is closed; older ones are counted, not kept.
MAX_PENDING_EVENTS = 500


class KeyFileError(StoreError):
    """The key file is missing, unreadable or damaged."""


def key_file_path(db_path: Path) -> Path:
    """Where the key file of the database at ``db_path`` lives."""
    return Path(str(db_path) + ".keys")


def user_tag(station_id: str, name: str) -> str:
    """How the key file names a user: a hash, so the file lists no user names."""
    text = f"borderdesk/v1/user:{station_id}:{name.strip().casefold()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _secret_context(tag: str) -> bytes:
    return f"borderdesk/v1/user-secret:{tag}".encode()


def _data_key_context(holder: str, key_id: str) -> bytes:
    return f"borderdesk/v1/data-key:{holder}:{key_id}".encode()


def _event_context(key_id: str) -> bytes:
    return f"borderdesk/v1/waiting-event:{key_id}".encode()


def _password_wrap_json(wrap: PasswordWrap) -> dict[str, Any]:
    return {"kdf": "argon2id", "time_cost": wrap.cost.time_cost,
            "memory_kib": wrap.cost.memory_kib, "parallelism": wrap.cost.parallelism,
            "salt": b64(wrap.salt), "nonce": b64(wrap.nonce), "ciphertext": b64(wrap.ciphertext)}


def _password_wrap(data: dict[str, Any]) -> PasswordWrap:
    cost = Argon2Cost(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))
    return PasswordWrap(cost, unb64(data["salt"]), unb64(data["nonce"]), unb64(data["ciphertext"]))


def _public_wrap_json(wrap: PublicWrap) -> dict[str, str]:
    return {"ephemeral": b64(wrap.ephemeral), "nonce": b64(wrap.nonce),
            "ciphertext": b64(wrap.ciphertext)}


def _public_wrap(data: dict[str, Any]) -> PublicWrap:
    return PublicWrap(unb64(data["ephemeral"]), unb64(data["nonce"]), unb64(data["ciphertext"]))


@dataclass(frozen=True)
class Unlocked:
    """A user's opened key pair, and whether their wrap was made under older costs."""

    tag: str
    pair: KeyPair
    cost: Argon2Cost


class KeyFile:
    """The parsed key file; change it with the methods, then :meth:`save`."""

    def __init__(self, data: dict[str, Any], path: Path | None = None) -> None:
        self.data = data
        self.path = path

    # --- reading and writing --------------------------------------------------------

    @classmethod
    def create(cls, station_id: str, keys: StationKeys, recovery: KeyPair) -> KeyFile:
        """A new key file for ``keys``, with the recovery key as its only holder so far."""
        data: dict[str, Any] = {
            "format": FORMAT, "station_id": station_id, "current": keys.key_id,
            "pending": None, "users": {}, "recovery": {"public_key": b64(recovery.public)},
            "wraps": {keys.key_id: {}}, "pending_events": [], "dropped_events": 0}
        key_file = cls(data)
        key_file._wrap_for(RECOVERY, recovery.public, keys)
        return key_file

    @staticmethod
    def _events_pair(keys: StationKeys) -> KeyPair:
        return KeyPair(keys.events_private)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read the key file at ``path``; a plain error when it is missing or damaged."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KeyFileError(tr(
                "{path}: the key file of this encrypted station is missing; restore it from "
                "a backup, or use the recovery key", path=path)) from None
        except OSError as exc:
            raise KeyFileError(tr("{path}: cannot read the key file ({reason})",
                                  path=path, reason=exc.strerror)) from None
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError("format")
            for name in ("station_id", "current", "users", "recovery", "wraps"):
                if name not in data:
                    raise ValueError(name)
            data.setdefault("pending_events", [])
            data.setdefault("dropped_events", 0)
        except (ValueError, AttributeError):
            raise KeyFileError(tr("{path}: the key file is damaged; restore it from a backup",
                                  path=path)) from None
        return cls(data, path)

    def save(self, path: Path | None = None) -> None:
        """Write the file whole (synced temporary file, then a rename)."""
        target = path or self.path
        if target is None:
            raise ValueError("a key file needs a path to be saved")
        text = json.dumps(self.data, indent=1, sort_keys=True) + "\n"
        write_file_durably(target, text.encode("utf-8"))
        self.path = target

    @property
    def notice(self) -> str:
        """A message for the sign-in screen (who to call, or a demo's accounts); not secret."""
        return str(self.data.get("notice") or "")

    @notice.setter
    def notice(self, text: str) -> None:
        self.data["notice"] = text.strip()

    def copy(self) -> KeyFile:
        """An independent copy (to change and save without touching this one)."""
        return KeyFile(copy.deepcopy(self.data), self.path)

    # --- keys -------------------------------------------------------------------------

    @property
    def station_id(self) -> str:
        """The station the file belongs to."""
        return str(self.data["station_id"])

    @property
    def current_key_id(self) -> str:
        """The key id of the data key in use."""
        return str(self.data["current"])

    @property
    def pending_key_id(self) -> str | None:
        """The key id a rotation is moving to, while it runs."""
        pending = self.data.get("pending")
        return None if pending is None else str(pending)

    def live_key_ids(self) -> list[str]:
        """The current key id, then the pending one if a rotation is under way."""
        pending = self.pending_key_id
        return [self.current_key_id] + ([pending] if pending else [])

    def _wrap_for(self, holder: str, public: bytes, keys: StationKeys) -> None:
        self.data.setdefault("events_keys", {})[keys.key_id] = b64(
            self._events_pair(keys).public)
        wrap = wrap_to_public(keys.data_key, public, _data_key_context(holder, keys.key_id))
        self.data["wraps"].setdefault(keys.key_id, {})[holder] = _public_wrap_json(wrap)

    def _open_wraps(self, holder: str, pair: KeyPair) -> dict[str, StationKeys]:
        opened: dict[str, StationKeys] = {}
        for key_id in self.live_key_ids():
            stored = self.data["wraps"].get(key_id, {}).get(holder)
            if stored is None:
                continue
            secret = unwrap_with_private(_public_wrap(stored), pair,
                                         _data_key_context(holder, key_id))
            keys = StationKeys(secret)
            if keys.key_id != key_id:
                raise WrapFailed
            opened[key_id] = keys
        return opened

    # --- users --------------------------------------------------------------------------

    def tag(self, name: str) -> str:
        """The tag of user ``name`` at this station."""
        return user_tag(self.station_id, name)

    def has_user(self, name: str) -> bool:
        """Whether ``name`` holds a wrap in this file."""
        return self.tag(name) in self.data["users"]

    def add_user(self, name: str, password: str, cost: Argon2Cost,
                 keys: dict[str, StationKeys]) -> None:
        """Give ``name`` a key pair under ``password`` and wraps of every live data key."""
        tag = self.tag(name)
        pair = KeyPair.generate()
        self.data["users"][tag] = {
            "public_key": b64(pair.public),
            "secret": _password_wrap_json(wrap_with_password(pair.private, password, cost,
                                                             _secret_context(tag))),
            "failures": 0, "locked_until": None}
        for key_id in self.live_key_ids():
            self._wrap_for(tag, pair.public, keys[key_id])

    def remove_user(self, name: str) -> bool:
        """Remove ``name``'s key pair and wraps; whether there were any."""
        tag = self.tag(name)
        found = self.data["users"].pop(tag, None) is not None
        for wraps in self.data["wraps"].values():
            wraps.pop(tag, None)
        return found

    def unlock(self, name: str, password: str) -> Unlocked:
        """Open ``name``'s key pair with ``password``; :class:`WrapFailed` if it does not open.

        Unknown users fail the same way, after the same work, so that the time taken
        does not tell which user names exist.
        """
        tag = self.tag(name)
        entry = self.data["users"].get(tag)
        if entry is None:
            # Spend the same argon2id work on a throw-away wrap before failing.
            decoy = next(iter(self.data["users"].values()), None)
            if decoy is not None:
                with contextlib.suppress(WrapFailed):
                    unwrap_with_password(_password_wrap(decoy["secret"]), password, b"decoy")
            raise WrapFailed
        wrap = _password_wrap(entry["secret"])
        private = unwrap_with_password(wrap, password, _secret_context(tag))
        return Unlocked(tag, KeyPair(private), wrap.cost)

    def rewrap_password(self, unlocked: Unlocked, password: str, cost: Argon2Cost) -> None:
        """Wrap the user's key pair under a new password (or the same one at new costs)."""
        entry = self.data["users"][unlocked.tag]
        entry["secret"] = _password_wrap_json(wrap_with_password(
            unlocked.pair.private, password, cost, _secret_context(unlocked.tag)))

    def data_keys(self, unlocked: Unlocked) -> dict[str, StationKeys]:
        """Every live data key the user holds, by key id."""
        return self._open_wraps(unlocked.tag, unlocked.pair)

    def recovery_keys(self, pair: KeyPair) -> dict[str, StationKeys]:
        """Every live data key, opened with the recovery key pair."""
        if b64(pair.public) != self.data["recovery"]["public_key"]:
            raise WrapFailed
        return self._open_wraps(RECOVERY, pair)

    # --- rotation -------------------------------------------------------------------------

    def begin_rotation(self, new_keys: StationKeys) -> None:
        """Wrap ``new_keys`` to every user and the recovery key, as the pending key."""
        self.data["wraps"][new_keys.key_id] = {}
        self._wrap_for(RECOVERY, unb64(self.data["recovery"]["public_key"]), new_keys)
        for tag, entry in self.data["users"].items():
            self._wrap_for(tag, unb64(entry["public_key"]), new_keys)
        self.data["pending"] = new_keys.key_id

    def finish_rotation(self) -> None:
        """Make the pending key current and forget the old one's wraps."""
        pending = self.pending_key_id
        if pending is None:
            return
        old = self.current_key_id
        self.data["current"], self.data["pending"] = pending, None
        self.data["wraps"].pop(old, None)

    def set_recovery(self, recovery: KeyPair, keys: dict[str, StationKeys]) -> None:
        """Replace the recovery key (the old sheet stops working)."""
        self.data["recovery"] = {"public_key": b64(recovery.public)}
        for key_id in self.live_key_ids():
            self._wrap_for(RECOVERY, recovery.public, keys[key_id])

    # --- sign-in failures and waiting events --------------------------------------------

    def user_state(self, name: str) -> dict[str, Any] | None:
        """The stored failure counter and lock of ``name`` (``None``: no such wrap)."""
        entry: dict[str, Any] | None = self.data["users"].get(self.tag(name))
        return entry

    def add_event(self, event: dict[str, Any]) -> None:
        """Keep a security event, sealed, until the database can take it."""
        events: list[dict[str, Any]] = self.data["pending_events"]
        if len(events) >= MAX_PENDING_EVENTS:
            events.pop(0)
            self.data["dropped_events"] = int(self.data.get("dropped_events", 0)) + 1
        key_id = self.current_key_id
        public = unb64(self.data["events_keys"][key_id])
        text = json.dumps(event, sort_keys=True).encode("utf-8")
        wrap = wrap_to_public(text, public, _event_context(key_id))
        events.append({"key_id": key_id, **_public_wrap_json(wrap)})

    def take_events(self, keys: dict[str, StationKeys]) -> tuple[list[dict[str, Any]], int]:
        """The waiting events opened with ``keys``, and how many were lost, emptying both.

        An event that does not open (its key rotated away, or the entry changed) is
        counted as lost rather than dropped silently.
        """
        opened: list[dict[str, Any]] = []
        lost = int(self.data.get("dropped_events", 0))
        for stored in self.data["pending_events"]:
            keys_for = keys.get(str(stored.get("key_id")))
            try:
                if keys_for is None:
                    raise WrapFailed
                text = unwrap_with_private(_public_wrap(stored), self._events_pair(keys_for),
                                           _event_context(keys_for.key_id))
                opened.append(json.loads(text))
            except (WrapFailed, KeyError, ValueError):
                lost += 1
        self.data["pending_events"], self.data["dropped_events"] = [], 0
        return opened, lost
