"""The station's synchronisation records: its link to HQ, acknowledgments, runs, messages.

See migration m021. The link holds the station's own private keys: on a protected
station they are encrypted with the rest of the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SyncLink:
    """The station's enrolment with headquarters."""

    hq_url: str
    hq_id: str
    hq_sign_key: str
    hq_box_key: str
    station_name: str
    sign_private: str
    box_private: str
    enrolled_at: str
    enrolled_by: str


@dataclass(frozen=True, slots=True)
class SyncRun:
    """One attempt to synchronise and how it ended."""

    started_at: str
    finished_at: str
    how: str
    outcome: str
    sent: int
    received: int
    detail: str


@dataclass(frozen=True, slots=True)
class SyncMessage:
    """A remark or refusal from headquarters, or a conflict the station met."""

    serial: int
    kind: str
    entity: str
    entity_id: str
    text: str
    created_at: str
    received_at: str


def get_link(conn: sqlite3.Connection) -> SyncLink | None:
    row = conn.execute(
        "SELECT hq_url, hq_id, hq_sign_key, hq_box_key, station_name, sign_private,"
        " box_private, enrolled_at, enrolled_by FROM sync_link").fetchone()
    return SyncLink(*row) if row else None


def set_link(conn: sqlite3.Connection, link: SyncLink) -> None:
    """Keep the enrolment (replacing an earlier one); call inside a transaction."""
    conn.execute("DELETE FROM sync_link")
    conn.execute(
        "INSERT INTO sync_link (one, hq_url, hq_id, hq_sign_key, hq_box_key, station_name,"
        " sign_private, box_private, enrolled_at, enrolled_by)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (link.hq_url, link.hq_id, link.hq_sign_key, link.hq_box_key, link.station_name,
         link.sign_private, link.box_private, link.enrolled_at, link.enrolled_by))


def acked(conn: sqlite3.Connection, stream: str) -> int:
    """The highest sequence HQ acknowledged of ``stream`` (0: none yet)."""
    row = conn.execute("SELECT acked FROM sync_acks WHERE stream = ?", (stream,)).fetchone()
    return int(row[0]) if row else 0


def set_acked(conn: sqlite3.Connection, stream: str, value: int, now: str) -> None:
    """Record HQ's acknowledgment as HQ gave it (HQ's word is where the next push
    resumes: lower than before only when HQ lost data, and then it is resent)."""
    conn.execute(
        "INSERT INTO sync_acks (stream, acked, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (stream) DO UPDATE SET acked = excluded.acked,"
        " updated_at = excluded.updated_at", (stream, value, now))


def reset_acks(conn: sqlite3.Connection) -> None:
    """Forget acknowledgments (a new enrolment starts from nothing)."""
    conn.execute("DELETE FROM sync_acks")


def add_run(conn: sqlite3.Connection, run: SyncRun) -> None:
    conn.execute(
        "INSERT INTO sync_runs (started_at, finished_at, how, outcome, sent, received, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (run.started_at, run.finished_at, run.how, run.outcome, run.sent, run.received,
         run.detail))


def runs(conn: sqlite3.Connection, limit: int = 50) -> list[SyncRun]:
    """The latest runs, newest first."""
    return [SyncRun(*row) for row in conn.execute(
        "SELECT started_at, finished_at, how, outcome, sent, received, detail FROM sync_runs"
        " ORDER BY rowid DESC LIMIT ?", (limit,))]


def add_message(conn: sqlite3.Connection, message: SyncMessage) -> bool:
    """Keep a message; one HQ sent before (same serial) is not kept twice."""
    if message.serial > 0 and conn.execute(
            "SELECT 1 FROM sync_messages WHERE serial = ?", (message.serial,)).fetchone():
        return False
    conn.execute(
        "INSERT INTO sync_messages (serial, kind, entity, entity_id, text, created_at,"
        " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (message.serial, message.kind, message.entity, message.entity_id, message.text,
         message.created_at, message.received_at))
    return True


def messages(conn: sqlite3.Connection) -> list[SyncMessage]:
    """Every message, newest first."""
    return [SyncMessage(*row) for row in conn.execute(
        "SELECT serial, kind, entity, entity_id, text, created_at, received_at"
        " FROM sync_messages ORDER BY rowid DESC")]


def stream_head(conn: sqlite3.Connection, stream: str) -> int:
    """The station's own highest sequence of ``stream``."""
    table = {"changes": "change_log", "audit": "audit_log"}[stream]
    row = conn.execute(f"SELECT max(seq) FROM {table}").fetchone()
    return int(row[0] or 0)
