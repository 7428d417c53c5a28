"""Stations at headquarters: registration, enrolment, revocation and request authentication.

An administrator registers a station by name and hands its officer a one-time code
(kept at HQ only as its hash, valid :data:`CODE_DAYS` days). The station enrols with it,
sending its id and public keys; HQ answers with its own public keys and a proof that it
knew the code. From then on every request is signed by the station's key
(:func:`authenticate`); a revoked station is refused from its next request.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, Transaction
from borderdesk.hq.identity import HqIdentity, iso
from borderdesk.sync import protocol
from borderdesk.sync.protocol import RequestStamp, SignatureRefused

#: How long an enrolment code stays valid.
CODE_DAYS = 7
_DAY = 86_400
_MAX_NAME = 100


class EnrolRefused(UserInputError):
    """An enrolment HQ does not accept; the message says why."""


@dataclass(frozen=True)
class StationInfo:
    """A station as HQ knows it (times as UTC text)."""

    name: str
    station_id: str | None
    status: str  # pending | active | revoked
    enrolled_at: str | None
    revoked_at: str | None
    last_seen_at: str | None
    #: The highest contiguous seq stored, per stream.
    acked: dict[str, int] = field(default_factory=dict)
    #: Ranges [first, last] the station has and HQ does not yet, per stream.
    missing: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    #: The verdict on its last checkpoint (ok, ahead, cut, rewritten), None before one.
    chain_verdict: str | None = None
    #: The name the station gave itself when it enrolled.
    reported_name: str | None = None
    sign_key: str | None = field(default=None, repr=False)
    #: Its X25519 public key: what HQ's acknowledgments are sealed to.
    box_key: str | None = field(default=None, repr=False)


_COLUMNS = ("name, station_id, enrolled_at, revoked_at, last_seen_at, reported_name,"
            " sign_key, box_key")


def new_code() -> str:
    """A one-time enrolment code: 20 base32 characters shown as 4 groups of 5."""
    text = base64.b32encode(secrets.token_bytes(15)).decode("ascii")[:20]
    return "-".join(text[i:i + 5] for i in range(0, 20, 5))


def add_station(db: HqDatabase, name: str, *, now: int) -> str:
    """Register station ``name``; its one-time enrolment code (shown once, never kept)."""
    name = name.strip()
    if not name or len(name) > _MAX_NAME:
        raise UserInputError(tr("a station's name is 1 to {most} characters", most=_MAX_NAME))
    code = new_code()
    with db.transaction() as tx:
        if tx.one("SELECT 1 FROM hq_stations WHERE name = ?", (name,)) is not None:
            raise UserInputError(tr("a station called {name} is registered already",
                                    name=name))
        tx.run("INSERT INTO hq_stations (name, code_hash, code_expires, created_at)"
               " VALUES (?, ?, ?, ?)", (name, protocol.code_hash(code), now + CODE_DAYS * _DAY,
                                       now))
    return code


def _info(tx: Transaction, row: tuple[Any, ...]) -> StationInfo:
    name, station_id, enrolled, revoked, seen, reported, sign_key, box_key = row
    status = "revoked" if revoked is not None else "active" if station_id else "pending"
    acked: dict[str, int] = {}
    missing: dict[str, list[tuple[int, int]]] = {}
    verdict = None
    if station_id is not None:
        streams = {stream: (int(a), int(h)) for stream, a, h in tx.execute(
            "SELECT stream, acked, head FROM hq_streams WHERE station_id = ?", (station_id,))}
        for stream in protocol.STREAMS:
            done, head = streams.get(stream, (0, 0))
            acked[stream] = done
            missing[stream] = [(done + 1, head)] if head > done else []
        last = tx.one("SELECT verdict FROM hq_checkpoints WHERE station_id = ?"
                      " ORDER BY id DESC LIMIT 1", (station_id,))
        verdict = None if last is None else str(last[0])
    return StationInfo(name, station_id, status, iso(enrolled), iso(revoked), iso(seen),
                       acked, missing, verdict, reported, sign_key, box_key)


def list_stations(db: HqDatabase) -> list[StationInfo]:
    """Every registered station, by name."""
    with db.transaction(write=False) as tx:
        rows = tx.execute(f"SELECT {_COLUMNS} FROM hq_stations ORDER BY name")
        return [_info(tx, row) for row in rows]


def find_station(db: HqDatabase, *, name: str | None = None,
                 station_id: str | None = None) -> StationInfo | None:
    """The station registered as ``name``, or enrolled as ``station_id``; None if none."""
    with db.transaction(write=False) as tx:
        return _find(tx, name=name, station_id=station_id)


def _find(tx: Transaction, *, name: str | None = None,
          station_id: str | None = None) -> StationInfo | None:
    if name is not None:
        row = tx.one(f"SELECT {_COLUMNS} FROM hq_stations WHERE name = ?", (name,))
    else:
        row = tx.one(f"SELECT {_COLUMNS} FROM hq_stations WHERE station_id = ?", (station_id,))
    return None if row is None else _info(tx, row)


def revoke_station(db: HqDatabase, name: str, *, now: int) -> None:
    """Revoke station ``name``: its next request, and its code if unused, are refused."""
    with db.transaction() as tx:
        row = tx.one("SELECT revoked_at FROM hq_stations WHERE name = ?", (name,))
        if row is None:
            raise UserInputError(tr("no station called {name} is registered", name=name))
        if row[0] is not None:
            raise UserInputError(tr("station {name} is revoked already", name=name))
        tx.run("UPDATE hq_stations SET revoked_at = ? WHERE name = ?", (now, name))


def _check_keys(sign_key: str, box_key: str) -> None:
    try:
        protocol.public_sign_key(sign_key)
        box = protocol.unb64(box_key)
        if len(box) != 32:
            raise ValueError("an X25519 public key has 32 bytes")
        X25519PublicKey.from_public_bytes(box)
    except ValueError as exc:
        raise EnrolRefused(tr("the station's public key is malformed ({reason})",
                              reason=exc)) from None


def enrol(db: HqDatabase, identity: HqIdentity, *, code: str, station_id: str,
          station_name: str, sign_key: str, box_key: str, now: int) -> dict[str, Any]:
    """Enrol a station with its one-time code; HQ's answer (contract: POST /v1/enroll).

    A station that enrols again with the same code, id and keys (its first answer was
    lost on the way) gets the same answer; any other use of a used code is refused."""
    station_id = station_id.strip()
    if not station_id or len(station_id) > 64:
        raise EnrolRefused(tr("the station id is missing or too long"))
    _check_keys(sign_key, box_key)
    with db.transaction() as tx:
        row = tx.one("SELECT name, station_id, code_expires, revoked_at, sign_key, box_key"
                     " FROM hq_stations WHERE code_hash = ? FOR UPDATE",
                     (protocol.code_hash(code),))
        if row is None:
            raise EnrolRefused(tr("this enrolment code is not one headquarters gave"))
        name, enrolled_id, expires, revoked, known_sign, known_box = row
        if revoked is not None:
            raise EnrolRefused(tr("station {name} is revoked", name=name))
        if enrolled_id is not None:
            if (enrolled_id, known_sign, known_box) != (station_id, sign_key, box_key):
                raise EnrolRefused(tr("this enrolment code was used already"))
        elif now > int(expires):
            raise EnrolRefused(tr("this enrolment code expired {days} days after it was "
                                  "given: ask headquarters for a new one", days=CODE_DAYS))
        else:
            other = tx.one("SELECT name FROM hq_stations WHERE station_id = ?", (station_id,))
            if other is not None:
                raise EnrolRefused(tr("this station is enrolled already as {name}",
                                      name=other[0]))
            tx.run("UPDATE hq_stations SET station_id = ?, reported_name = ?, sign_key = ?,"
                   " box_key = ?, enrolled_at = ? WHERE name = ?",
                   (station_id, station_name[:_MAX_NAME], sign_key, box_key, now, name))
    answer: dict[str, Any] = {"hq_id": identity.hq_id,
                              "hq_sign_key": identity.keys.sign_public(),
                              "hq_box_key": identity.keys.box_public(), "station_name": name}
    answer["proof"] = protocol.enrolment_proof(code, answer)
    return answer


def authenticate(db: HqDatabase, *, headers: Mapping[str, str], method: str, path: str,
                 body: bytes, now: int) -> StationInfo:
    """The station that signed this request; raises SignatureRefused with a plain reason.

    Runs, and commits, in its own transaction: a nonce once seen stays seen whatever
    the request's own work does afterwards."""
    stamp = RequestStamp.from_headers(headers)
    with db.transaction() as tx:
        row = tx.one("SELECT name, sign_key, revoked_at FROM hq_stations"
                     " WHERE station_id = ?", (stamp.station_id,))
        if row is None:
            raise SignatureRefused(tr("this station is not enrolled at headquarters"))
        if row[2] is not None:
            raise SignatureRefused(tr("station {name} is revoked at headquarters",
                                      name=row[0]))
        protocol.verify_request(protocol.public_sign_key(row[1]), stamp, method, path, body,
                                now=now)
        if not tx.run("INSERT INTO hq_nonces (station_id, nonce, seen_at) VALUES (?, ?, ?)"
                      " ON CONFLICT DO NOTHING", (stamp.station_id, stamp.nonce, now)):
            raise SignatureRefused(tr("the request was sent before (its nonce is not new)"))
        # Forget nonces older than any request the clock check lets through.
        tx.run("DELETE FROM hq_nonces WHERE station_id = ? AND seen_at < ?",
               (stamp.station_id, now - protocol.NONCE_MEMORY))
        tx.run("UPDATE hq_stations SET last_seen_at = ? WHERE station_id = ?",
               (now, stamp.station_id))
        info = _find(tx, station_id=stamp.station_id)
    assert info is not None
    return info
