"""The station's watch list: imported from CSV, or kept entry by entry, in the station database.

Importing replaces the list's entries (the old ones are kept, marked removed);
the threshold is the least ``token_sort_ratio`` score a name must reach.
Adding, editing and removing single entries records who did it and when, and
keeps what was there before: an edit is a new entry that replaces the old one,
a removal only marks the entry removed. Screening reads the current entries
(:func:`borderdesk.services.assessments.station_watchlist`), so a change counts
from the next screening on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.text import compact, normalise
from borderdesk.rules.watchlist import kind_word
from borderdesk.rules.watchlist_csv import KINDS, read_watchlist_csv
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.station import StationSession
from borderdesk.store.screening_repo import StoredWatchEntry, load_watchlist, replace_watchlist
from borderdesk.store.watchlist_repo import (
    EntryRow,
    add_entry,
    current_entries,
    find_entries,
    get_entry,
    remove_entry,
    replace_entry,
)

DEFAULT_WATCHLIST = "default"
DEFAULT_THRESHOLD = 90.0
#: The fewest characters of an entry id accepted as its abbreviation.
MIN_ID_PREFIX = 4


@requires(Permission.EDIT_WATCHLISTS)
def import_watchlist(session: StationSession, path: Path, *,
                     threshold: float = DEFAULT_THRESHOLD,
                     name: str = DEFAULT_WATCHLIST) -> int:
    """Make the CSV file's entries the station's watch list; return how many there are."""
    if not 0 <= threshold <= 100:
        raise UserInputError(tr("the threshold is a score from 0 to 100, not {value}",
                                value=threshold))
    entries = read_watchlist_csv(path)
    return replace_watchlist(session.database, session.write_context(), name, threshold,
                             [StoredWatchEntry(e.kind, e.name, e.note, e.line) for e in entries])


@dataclass(frozen=True, slots=True)
class WatchListEntry:
    """A current watch-list entry with who added it and who last changed it, and when."""

    id: str
    kind: str
    name: str
    note: str
    added_at: str
    added_by: str | None
    #: When and by whom the entry was last edited (None: never edited).
    changed_at: str | None
    changed_by: str | None
    #: The line of the imported CSV file it came from (0: added by hand).
    source_line: int

    def to_json(self) -> dict[str, Any]:
        """The entry as plain JSON values."""
        return {"id": self.id, "kind": self.kind, "name": self.name, "note": self.note,
                "added_at": self.added_at, "added_by": self.added_by,
                "changed_at": self.changed_at, "changed_by": self.changed_by,
                "source_line": self.source_line}


def _entry(row: EntryRow) -> WatchListEntry:
    edited = row.replaces_ref is not None
    return WatchListEntry(row.id, row.kind, row.name, row.note, row.added_at, row.added_by,
                          row.created_at if edited else None,
                          row.created_by if edited else None, row.source_line)


@requires(Permission.VIEW)
def watchlist_entries(session: StationSession,
                      name: str = DEFAULT_WATCHLIST) -> list[WatchListEntry]:
    """The current entries of the watch list, in the order they were added."""
    return [_entry(row) for row in current_entries(session.database, name)]


@requires(Permission.VIEW)
def watchlist_threshold(session: StationSession, name: str = DEFAULT_WATCHLIST) -> float | None:
    """The watch list's threshold, or None when the station has no such list yet."""
    stored = load_watchlist(session.database, name)
    return None if stored is None else stored[0]


@requires(Permission.VIEW)
def find_watchlist_entry(session: StationSession, entry_id: str) -> WatchListEntry:
    """The current entry whose id is ``entry_id`` (or starts with it, given 4 or more
    characters); a plain error names what happened to a removed or edited one."""
    wanted = entry_id.strip()
    rows = find_entries(session.database, wanted) if wanted else []
    exact = [row for row in rows if row.id == wanted]
    if exact:
        rows = exact
    elif len(wanted) < MIN_ID_PREFIX:
        rows = []
    if not rows:
        raise UserInputError(tr("no watch-list entry has the id '{id}' (the list shows the "
                                "ids)", id=wanted))
    if len(rows) > 1:
        current = [row for row in rows if row.removed_at is None]
        if len(current) != 1:
            raise UserInputError(tr("'{id}' is the start of {count} entries' ids: give more "
                                    "of the id", id=wanted, count=len(rows)))
        rows = current
    row = rows[0]
    if row.removed_at is not None:
        who = row.removed_by or tr("someone")
        if row.replaced_by is not None:
            raise UserInputError(tr(
                "the watch-list entry {id} ('{name}') was edited by {who} at {when}; "
                "its current id is {new}", id=row.id, name=row.name, who=who,
                when=row.removed_at, new=_latest(session, row.replaced_by)))
        raise UserInputError(tr("the watch-list entry {id} ('{name}') was removed by {who} "
                                "at {when}", id=row.id, name=row.name, who=who,
                                when=row.removed_at))
    return _entry(row)


def _latest(session: StationSession, entry_id: str) -> str:
    """The id at the end of a chain of edits starting at ``entry_id``."""
    row = get_entry(session.database, entry_id)
    while row is not None and row.replaced_by is not None:
        row = get_entry(session.database, row.replaced_by)
    return entry_id if row is None else row.id


def _checked(session: StationSession, kind: str, name: str, note: str, *,
             watchlist: str, ignore: str | None = None) -> tuple[str, str, str]:
    """The entry's values, cleaned, or a plain error: unknown kind, empty, already listed."""
    kind = kind.strip().lower()
    name = " ".join(name.split())
    note = note.strip()
    if kind not in KINDS:
        raise UserInputError(tr("unknown kind '{kind}': use person, company or vehicle",
                                kind=kind))
    key = compact(name) if kind == "vehicle" else normalise(name)
    if not key:
        raise UserInputError(tr("the plate is empty") if kind == "vehicle"
                             else tr("the name is empty"))
    for other in current_entries(session.database, watchlist):
        if other.id == ignore or other.kind != kind:
            continue
        other_key = compact(other.name) if kind == "vehicle" else normalise(other.name)
        if other_key == key:
            raise UserInputError(tr("the same {kind} is already listed: '{name}' ({id})",
                                    kind=kind_word(kind), name=other.name, id=other.id))
    return kind, name, note


@requires(Permission.EDIT_WATCHLISTS)
def add_watchlist_entry(session: StationSession, kind: str, name: str, note: str = "", *,
                        watchlist: str = DEFAULT_WATCHLIST) -> WatchListEntry:
    """Add a person, company or vehicle to the watch list (created at the default threshold
    if the station has none); recorded with the session's user and the time."""
    kind, name, note = _checked(session, kind, name, note, watchlist=watchlist)
    ident = add_entry(session.database, session.write_context(), watchlist,
                      DEFAULT_THRESHOLD, kind, name, note)
    return find_watchlist_entry(session, ident)


@requires(Permission.EDIT_WATCHLISTS)
def edit_watchlist_entry(session: StationSession, entry_id: str, *, kind: str | None = None,
                         name: str | None = None, note: str | None = None) -> WatchListEntry:
    """Change an entry's kind, name or note. The old entry is kept, marked removed, and
    the new one replaces it (a new id). Nothing is written when nothing changes."""
    current = find_watchlist_entry(session, entry_id)
    row = get_entry(session.database, current.id)
    assert row is not None
    new = _checked(session, current.kind if kind is None else kind,
                   current.name if name is None else name,
                   current.note if note is None else note,
                   watchlist=row.watchlist, ignore=current.id)
    if new == (current.kind, current.name, current.note):
        return current
    ident = replace_entry(session.database, session.write_context(), current.id, *new)
    return find_watchlist_entry(session, ident)


@dataclass(frozen=True, slots=True)
class RemovedEntry:
    """An entry as it was, and who removed it when."""

    entry: WatchListEntry
    removed_at: str
    removed_by: str


@requires(Permission.EDIT_WATCHLISTS)
def remove_watchlist_entry(session: StationSession, entry_id: str) -> RemovedEntry:
    """Take an entry off the watch list (it stays in the database, marked removed)."""
    current = find_watchlist_entry(session, entry_id)
    context = session.write_context()
    remove_entry(session.database, context, current.id)
    row = get_entry(session.database, current.id)
    assert row is not None and row.removed_at is not None
    return RemovedEntry(current, row.removed_at, row.removed_by or context.actor)
