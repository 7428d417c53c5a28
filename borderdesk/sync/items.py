"""The items a station pushes, as built at the station and verified at headquarters.

A ``changes`` item is one change-log row, its ``detail`` filtered by the release
policy. An ``audit`` item is one entry of the audit chain: a scheme 2 entry travels
field by field, each sent field as its value and field salt (``{"v": ..., "s": ...}``),
each withheld field as its digest only (``{"d": ...}``), so that HQ recomputes the
entry's hash either way. An entry of which nothing is withheld may go *compact*
(``compact=True``, what the network push sends): its record as it is and the entry's
salt (``{"salt": ..., "record": {...}}``), from which HQ derives every field salt; the
salt reveals nothing there, since every value travels anyway, and it spares a 64-digit
salt per field (a push of seizure items shrinks to a seventh). A policy may also
withhold keys inside a column holding a JSON object
(``evidence_steps: [fields.persons_present]``): that column goes as its digest plus a
readable copy with those keys blanked (``{"d": ..., "r": ...}``), which HQ keeps
marked as not verifiable (:mod:`borderdesk.core.field_digests`). A scheme 1 entry
(written before field digests) travels whole, or, when the policy withholds part of its
record, without its payload: HQ can then check only that it links to the entry before.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.core.field_digests import (
    field_digest,
    field_salt,
    payload_digest,
    record_digests,
)
from borderdesk.store.audit_repo import AuditEntry, digest_entry_hash, entry_hash
from borderdesk.store.changelog import Change

#: What a withheld change-log detail value becomes.
WITHHELD = "(withheld)"


def change_item(change: Change, withheld: Collection[str]) -> dict[str, Any]:
    """A change-log row as sent, the keys ``withheld`` of its detail left out."""
    detail = {key: (WITHHELD if key in withheld else value)
              for key, value in change.detail.items()}
    return {"seq": change.seq, "changed_at": change.changed_at, "actor": change.actor,
            "entity": change.entity, "entity_id": change.entity_id,
            "operation": change.operation, "detail": detail}


def audit_item(entry: AuditEntry, withheld: Collection[str], *,
               compact: bool = False) -> dict[str, Any]:
    """An audit entry as sent, the fields ``withheld`` of its record as digests only;
    ``compact``: an entry with nothing withheld goes as its record and salt."""
    item: dict[str, Any] = {
        "seq": entry.seq, "recorded_at": entry.recorded_at, "actor": entry.actor,
        "entity": entry.entity, "entity_id": entry.entity_id, "operation": entry.operation,
        "reason": entry.reason, "prev_hash": entry.prev_hash, "hash": entry.hash}
    record: dict[str, Any] = json.loads(entry.payload)
    if entry.salt is None:
        hidden = bool(set(withheld) & set(record))
        item.update(scheme=1, payload=None if hidden else entry.payload)
        return item
    inner = _inner_keys(withheld)
    if compact and not (set(withheld) | set(inner)) & set(record):
        item.update(scheme=2, salt=entry.salt, record=record)
        return item
    fields: dict[str, dict[str, Any]] = {}
    for name, value in record.items():
        salt = field_salt(entry.salt, name)
        if name in withheld:
            fields[name] = {"d": field_digest(name, value, salt)}
        elif name in inner:
            fields[name] = {"d": field_digest(name, value, salt),
                            "r": _redacted(value, inner[name])}
        else:
            fields[name] = {"v": value, "s": salt}
    item.update(scheme=2, fields=fields)
    return item


def _inner_keys(withheld: Collection[str]) -> dict[str, set[str]]:
    """``column.key`` names: keys inside a column that holds a JSON object."""
    result: dict[str, set[str]] = {}
    for name in withheld:
        column, dot, key = name.partition(".")
        if dot:
            result.setdefault(column, set()).add(key)
    return result


def _redacted(value: Any, keys: set[str]) -> Any:
    """A JSON-object column with ``keys`` withheld: sent beside the column's digest as
    a readable copy (HQ cannot verify it, and says so)."""
    if not isinstance(value, str):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return json.dumps({key: (WITHHELD if key in keys else inner)
                       for key, inner in data.items()}, ensure_ascii=False, sort_keys=True)


class ItemRefused(ValueError):
    """An audit item that does not verify; the message says why."""


@dataclass(frozen=True, slots=True)
class VerifiedEntry:
    """An audit item that verified: its hash, the record's sent fields, whether its
    content could be checked (False for a scheme 1 entry sent without its payload), and
    the fields that arrived only as a readable copy with keys withheld (not verified)."""

    hash: str
    record: dict[str, Any]
    content_checked: bool
    redacted: tuple[str, ...] = ()


def verify_audit_item(item: Mapping[str, Any], station_id: str,
                      prev_hash: str) -> VerifiedEntry:
    """Check an audit item against the hash of the entry before it (HQ's side).

    Raises :class:`ItemRefused` when the item is malformed, does not follow
    ``prev_hash``, or its content does not give its hash."""
    try:
        seq, recorded_at = int(item["seq"]), str(item["recorded_at"])
        actor, entity = str(item["actor"]), str(item["entity"])
        entity_id, operation = str(item["entity_id"]), str(item["operation"])
        reason = item["reason"]
        given_prev, given_hash, scheme = str(item["prev_hash"]), str(item["hash"]), item["scheme"]
    except (KeyError, TypeError, ValueError) as exc:
        raise ItemRefused(f"audit item malformed ({exc})") from None
    if reason is not None and not isinstance(reason, str):
        raise ItemRefused(f"audit entry {seq}: its reason is not text")
    if given_prev != prev_hash:
        raise ItemRefused(f"audit entry {seq} does not follow the entry before it")
    if scheme == 2 and "salt" in item:  # compact: nothing withheld, the entry's salt given
        compact = _compact_record(item, seq)
        computed = digest_entry_hash(prev_hash, seq, recorded_at, station_id, actor, entity,
                                     entity_id, operation, reason,
                                     payload_digest(record_digests(*compact)))
        if computed != given_hash:
            raise ItemRefused(f"audit entry {seq}: its content does not give its hash")
        return VerifiedEntry(given_hash, dict(compact[0]), True)
    if scheme == 2:
        fields = item.get("fields")
        if not isinstance(fields, dict):
            raise ItemRefused(f"audit entry {seq}: no fields")
        digests: dict[str, str] = {}
        record: dict[str, Any] = {}
        redacted: list[str] = []
        for name, field in fields.items():
            if isinstance(field, dict) and "v" in field and isinstance(field.get("s"), str):
                digests[name] = field_digest(name, field["v"], field["s"])
                record[name] = field["v"]
            elif isinstance(field, dict) and isinstance(field.get("d"), str):
                digests[name] = field["d"]
                if "r" in field:  # a readable copy with keys withheld: not verifiable
                    record[name] = field["r"]
                    redacted.append(name)
            else:
                raise ItemRefused(f"audit entry {seq}: field {name} malformed")
        computed = digest_entry_hash(prev_hash, seq, recorded_at, station_id, actor, entity,
                                     entity_id, operation, reason, payload_digest(digests))
        checked = True
    elif scheme == 1:
        payload = item.get("payload")
        if payload is None:
            return VerifiedEntry(given_hash, {}, False)
        if not isinstance(payload, str):
            raise ItemRefused(f"audit entry {seq}: its payload is not text")
        try:
            record = json.loads(payload)
        except ValueError:
            raise ItemRefused(f"audit entry {seq}: its payload is not JSON") from None
        computed = entry_hash(prev_hash, seq, recorded_at, station_id, actor, entity,
                              entity_id, operation, reason, payload)
        checked = True
    else:
        raise ItemRefused(f"audit entry {seq}: unknown scheme {scheme!r}")
    if computed != given_hash:
        raise ItemRefused(f"audit entry {seq}: its content does not give its hash")
    return VerifiedEntry(given_hash, record, checked, tuple(redacted) if scheme == 2 else ())


def _compact_record(item: Mapping[str, Any], seq: int) -> tuple[dict[str, Any], str]:
    """A compact item's record and entry salt (ItemRefused when malformed)."""
    salt, record = item.get("salt"), item.get("record")
    if (not isinstance(salt, str) or not isinstance(record, dict) or len(salt) % 2
            or any(ch not in "0123456789abcdef" for ch in salt)):
        raise ItemRefused(f"audit entry {seq}: compact form malformed")
    return record, salt
