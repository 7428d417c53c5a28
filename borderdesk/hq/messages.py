"""HQ's messages to a station: remarks on its records, and refusals of what it sent.

HQ never edits a station's records: an analyst's remark is a separate message linked
to the record (entity and id), and a change HQ cannot accept comes back as a
``refusal`` so the station's supervisor sees it. Each station reads its own messages
after the last serial it has (GET /v1/messages).
"""

from __future__ import annotations

from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, Transaction
from borderdesk.hq.identity import iso

#: The longest remark HQ keeps.
MAX_TEXT = 4000


def add_message(tx: Transaction, station_id: str, kind: str, entity: str | None,
                entity_id: str | None, text: str, now: int) -> int:
    """Add a message for ``station_id`` inside ``tx``; its serial."""
    row = tx.one("INSERT INTO hq_messages (station_id, kind, entity, entity_id, text,"
                 " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING serial",
                 (station_id, kind, entity, entity_id, text, now))
    assert row is not None
    return int(row[0])


def add_remark(db: HqDatabase, *, station_name: str, entity: str, entity_id: str, text: str,
               now: int) -> int:
    """HQ's remark on a record it holds from station ``station_name``; its serial."""
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise UserInputError(tr("a remark is 1 to {most} characters", most=MAX_TEXT))
    with db.transaction() as tx:
        station = tx.one("SELECT station_id FROM hq_stations WHERE name = ?", (station_name,))
        if station is None or station[0] is None:
            raise UserInputError(tr("no enrolled station called {name}", name=station_name))
        held = tx.one("SELECT 1 FROM hq_records WHERE station_id = ? AND entity = ?"
                      " AND entity_id = ?", (station[0], entity, entity_id))
        if held is None:
            raise UserInputError(tr(
                "headquarters holds no {entity} record {id} from {name}: a remark is made on "
                "a record it holds", entity=entity, id=entity_id, name=station_name))
        return add_message(tx, str(station[0]), "remark", entity, entity_id, text, now)


def messages_after(db: HqDatabase, station_id: str, serial: int) -> list[dict[str, Any]]:
    """The station's messages with a serial above ``serial``, oldest first."""
    with db.transaction(write=False) as tx:
        rows = tx.execute("SELECT serial, kind, entity, entity_id, text, created_at"
                          " FROM hq_messages WHERE station_id = ? AND serial > ?"
                          " ORDER BY serial", (station_id, serial))
    return [{"serial": int(row[0]), "kind": row[1], "entity": row[2], "entity_id": row[3],
             "text": row[4], "created_at": iso(int(row[5]))} for row in rows]
