"""The station's watch list: imported from CSV, kept in the station database.

Importing replaces the list's entries (the old ones are kept, marked removed);
the threshold is the least ``token_sort_ratio`` score a name must reach.
"""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.rules.watchlist_csv import read_watchlist_csv
from borderdesk.services.station import StationSession
from borderdesk.store.screening_repo import StoredWatchEntry, replace_watchlist

DEFAULT_WATCHLIST = "default"
DEFAULT_THRESHOLD = 90.0


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
