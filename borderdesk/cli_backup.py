"""The backup commands: ``backup FILE`` and ``restore FILE``.

``borderdesk backup FILE`` writes the station (database, key file, photos,
reference packs) into one verified file; on a station that is not encrypted it
warns that the file holds the data in plain form. ``borderdesk restore FILE``
checks a backup whole and puts its station in place of ``--db``; an existing
station is replaced only with ``--replace``, and is then kept aside, not deleted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, station_db
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``backup`` and ``restore`` to the command line."""
    backup = commands.add_parser(
        "backup", help=tr("back the station up into one file"), description=tr(
            "Write the station's database (taken while it may be in use), its key file, "
            "photos and reference packs into FILE, then read FILE again to verify it."))
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--replace", action="store_true",
                        help=tr("overwrite FILE if it exists (only once the new one verified)"))
    add_db(backup)
    backup.set_defaults(handler=_cmd_backup)
    restore = commands.add_parser(
        "restore", help=tr("restore the station from a backup file"), description=tr(
            "Check the backup FILE whole, then put its station (database, key file, photos, "
            "reference packs) in place of the station database. Close borderdesk first."))
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--replace", action="store_true", help=tr(
        "replace the station that is there; it is moved aside into a folder beside it, "
        "not deleted"))
    add_db(restore)
    restore.set_defaults(handler=_cmd_restore)


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f}"


def _cmd_backup(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.backup import backup_station

    with open_session(args) as session:
        report = backup_station(session, args.file, replace=args.replace)
    if not report.encrypted:
        print(tr("warning: the station is not encrypted, so this backup holds its records "
                 "(names, plates, seizures) in plain form: keep it where only authorised "
                 "people can read it"), file=sys.stderr)
    print(tr("{file}: backup written and verified: {count} files, {size} MB, station {station}",
             file=report.path, count=len(report.manifest.members),
             size=_megabytes(report.size), station=report.manifest.station_id))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from borderdesk.services.backup import restore_station

    report = restore_station(args.file, station_db(args), replace=args.replace)
    print(tr("{db}: station {station} restored from {file} (backup made {created})",
             db=report.database, station=report.manifest.station_id, file=args.file,
             created=report.manifest.created_at))
    if report.set_aside is not None:
        print(tr("The station it replaced is kept in {folder}; delete that folder once you "
                 "have checked the restored station.", folder=report.set_aside))
    return EXIT_OK


__all__ = ["add_commands"]
