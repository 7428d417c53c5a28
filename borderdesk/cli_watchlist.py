"""The watch-list entry commands: ``watchlist add|edit|remove|list``.

``watchlist import`` (replace the whole list from CSV) lives with the other
screening commands in :mod:`borderdesk.cli_screen`, which calls
:func:`add_entry_commands` to add these beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from borderdesk.cli_common import EXIT_OK
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

_KINDS = ("person", "company", "vehicle")


def add_entry_commands(watch_commands: Any,
                       add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``add``, ``edit``, ``remove`` and ``list`` under ``watchlist``."""
    add = watch_commands.add_parser(
        "add", help=tr("add a person, company or vehicle to the station's watch list"),
        description=tr("Add one entry to the station's watch list, recorded with your user "
                       "name and the time. It counts from the next screening on."))
    add.add_argument("kind", choices=_KINDS, metavar="KIND",
                     help=tr("person, company or vehicle"))
    add.add_argument("name", metavar="NAME_OR_PLATE")
    add.add_argument("--note", default="", metavar="TEXT", help=tr("a note for analysts"))
    add_db(add)
    add.set_defaults(handler=_cmd_add)

    edit = watch_commands.add_parser(
        "edit", help=tr("change a watch-list entry's kind, name or note"),
        description=tr("Change an entry. The old entry is kept, marked as replaced, and the "
                       "changed one gets a new id. ID may be shortened to a unique start "
                       "(at least 4 characters)."))
    edit.add_argument("entry_id", metavar="ID")
    edit.add_argument("--kind", choices=_KINDS, metavar="KIND",
                      help=tr("person, company or vehicle"))
    edit.add_argument("--name", metavar="NAME_OR_PLATE")
    edit.add_argument("--note", metavar="TEXT")
    add_db(edit)
    edit.set_defaults(handler=_cmd_edit)

    remove = watch_commands.add_parser(
        "remove", help=tr("take an entry off the station's watch list"),
        description=tr("Take an entry off the watch list. It stays in the database, marked "
                       "removed with your user name and the time."))
    remove.add_argument("entry_id", metavar="ID")
    add_db(remove)
    remove.set_defaults(handler=_cmd_remove)

    show = watch_commands.add_parser(
        "list", help=tr("list the watch list's current entries with who added or changed "
                        "them and when"))
    show.add_argument("--format", choices=("table", "jsonl"), default="table")
    add_db(show)
    show.set_defaults(handler=_cmd_list)


def _cmd_add(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.watchlists import add_watchlist_entry

    with open_session(args, create=True) as session:
        entry = add_watchlist_entry(session, args.kind, args.name, args.note)
    print(tr("added {id}: {kind} '{name}'", id=entry.id, kind=entry.kind, name=entry.name))
    return EXIT_OK


def _cmd_edit(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.watchlists import edit_watchlist_entry, find_watchlist_entry

    if args.kind is None and args.name is None and args.note is None:
        raise UserInputError(tr("say what to change: --kind, --name or --note"))
    with open_session(args) as session:
        before = find_watchlist_entry(session, args.entry_id)
        entry = edit_watchlist_entry(session, before.id, kind=args.kind, name=args.name,
                                     note=args.note)
    if entry.id == before.id:
        print(tr("{id}: nothing changed", id=entry.id))
    else:
        print(tr("{old} is now {id}: {kind} '{name}'", old=before.id, id=entry.id,
                 kind=entry.kind, name=entry.name))
    return EXIT_OK


def _cmd_remove(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.watchlists import remove_watchlist_entry

    with open_session(args) as session:
        removed = remove_watchlist_entry(session, args.entry_id)
    print(tr("removed {id}: {kind} '{name}'", id=removed.entry.id, kind=removed.entry.kind,
             name=removed.entry.name))
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.watchlists import watchlist_entries

    with open_session(args) as session:
        entries = watchlist_entries(session)
    out = sys.stdout
    if args.format == "jsonl":
        for entry in entries:
            out.write(json.dumps(entry.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    if not entries:
        print(tr("the watch list is empty"))
        return EXIT_OK
    headers = (tr("id"), tr("kind"), tr("name or plate"), tr("added"), tr("changed"),
               tr("note"))
    rows = [(e.id, e.kind, e.name, f"{e.added_at[:16]} {e.added_by or '?'}",
             f"{e.changed_at[:16]} {e.changed_by or '?'}" if e.changed_at else "-", e.note)
            for e in entries]
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers) - 1)]
    for row in (headers, *rows):
        cells = [value.ljust(width) for value, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
    return EXIT_OK
