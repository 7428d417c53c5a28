"""``borderdesk photo``: import photos into a seizure case, list, show, correct, export.

``photo import CASE FILE_OR_FOLDER...`` checks every file whole and reports each
one's outcome (exit 2 when any was refused; the others are kept). ``photo export``
writes the original byte for byte and prints its SHA-256, so the copy can be checked
wherever it goes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_USAGE
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``photo import|list|log|show|correct|export|copy``."""
    photo = commands.add_parser("photo", help=tr("the photos of seizure cases"))
    sub = photo.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                               parser_class=parser_class, required=True)
    imp = sub.add_parser("import", help=tr("import photo files or camera folders into a case"),
                         description=tr(
        "Check each photo whole (JPEG, PNG or TIFF by content; truncated files, non-images "
        "and oversized images are refused) and keep its original byte for byte, read-only, "
        "with its SHA-256 in the case's photo log. A folder gives every photo in it and "
        "its sub-folders."))
    imp.add_argument("case", metavar="CASE", help=tr("the case number (or id)"))
    imp.add_argument("sources", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    imp.add_argument("--caption", default="", metavar="TEXT", help=tr("what the photos show"))
    imp.add_argument("--item", metavar="ID", help=tr("the seized item they show"))
    imp.add_argument("--step", metavar="ID", help=tr("the evidence step they belong to"))
    imp.add_argument("--package", metavar="ID", help=tr("the package they show"))
    imp.add_argument("--only-new", action="store_true", help=tr(
        "skip files whose bytes the case already holds (a camera card imported again)"))
    imp.add_argument("--reason", metavar="TEXT", help=tr(
        "why photos are added to a signed-off case (required then)"))
    add_db(imp)
    imp.set_defaults(handler=_cmd_import)

    for name, helptext in (("list", tr("list a case's photos as they stand")),
                           ("log", tr("the case's photo log: every import and correction"))):
        listing = sub.add_parser(name, help=helptext)
        listing.add_argument("case", metavar="CASE")
        listing.add_argument("--format", choices=("table", "jsonl"), default="table")
        add_db(listing)
        listing.set_defaults(handler=_cmd_list if name == "list" else _cmd_log)

    show = sub.add_parser("show", help=tr("one photo: its facts, EXIF, hash and history"))
    show.add_argument("photo_id", metavar="PHOTO_ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    add_db(show)
    show.set_defaults(handler=_cmd_show)

    correct = sub.add_parser("correct", help=tr(
        "correct a photo's caption, item, step or package (a new log entry with a reason)"))
    correct.add_argument("photo_id", metavar="PHOTO_ID")
    correct.add_argument("--reason", required=True, metavar="TEXT")
    correct.add_argument("--caption", metavar="TEXT")
    for link in ("item", "step", "package"):
        correct.add_argument(f"--{link}", metavar="ID", help=tr(
            "the {link} it belongs to ('' to remove the link)", link=link))
    add_db(correct)
    correct.set_defaults(handler=_cmd_correct)

    export = sub.add_parser("export", help=tr("write a photo's original and print its SHA-256"))
    export.add_argument("photo_id", metavar="PHOTO_ID")
    export.add_argument("out", type=Path, metavar="OUT",
                        help=tr("a new file, or a folder to write it into under its name"))
    add_db(export)
    export.set_defaults(handler=_cmd_export)

    copy = sub.add_parser("copy", help=tr(
        "print the path of a photo's thumbnail or display copy (made when missing), or "
        "write it to a new file with --out (on an encrypted station, the only way)"))
    copy.add_argument("photo_id", metavar="PHOTO_ID")
    copy.add_argument("--size", choices=("thumbnail", "display"), default="thumbnail")
    copy.add_argument("--out", type=Path, metavar="FILE",
                      help=tr("write the copy to this new file"))
    add_db(copy)
    copy.set_defaults(handler=_cmd_copy)


def _cmd_import(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import import_photos

    with open_session(args) as session:
        report = import_photos(session, args.case, args.sources, caption=args.caption,
                               item=args.item, step=args.step, package=args.package,
                               only_new=args.only_new, reason=args.reason)
    for outcome in report.outcomes:
        if outcome.photo is not None:
            print(tr("{path}: imported as photo {id}, SHA-256 {sha256}", path=outcome.path,
                     id=outcome.photo.id, sha256=outcome.photo.sha256))
        elif outcome.status == "refused":
            print(tr("{path}: refused: {why}; nothing was stored", path=outcome.path,
                     why=outcome.message), file=sys.stderr)
        else:
            print(tr("{path}: skipped: {why}", path=outcome.path, why=outcome.message))
    print(tr("{imported} imported, {refused} refused, {skipped} skipped",
             imported=report.count("imported"), refused=report.count("refused"),
             skipped=report.count("skipped")))
    return EXIT_USAGE if report.count("refused") else EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import list_photos

    with open_session(args) as session:
        found = list_photos(session, args.case)
    if args.format == "jsonl":
        for photo in found:
            print(json.dumps(photo.to_json(), ensure_ascii=False))
        return EXIT_OK
    if not found:
        print(tr("No photos."))
    for photo in found:
        links = " ".join(f"{name}={value}" for name, value in (
            ("item", photo.item), ("step", photo.step), ("package", photo.package)) if value)
        print(f"{photo.id}  {photo.imported_at:%Y-%m-%d %H:%M}  {photo.sha256[:16]}  "
              f"{photo.file_name}  {photo.caption}  {links}".rstrip())
    return EXIT_OK


def _cmd_log(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import photo_log

    with open_session(args) as session:
        entries = photo_log(session, args.case)
    for entry in entries:
        if args.format == "jsonl":
            print(json.dumps(entry.to_json(), ensure_ascii=False))
        else:
            why = f"  ({entry.reason})" if entry.reason else ""
            print(f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.by}  {entry.operation}  "
                  f"{entry.photo_id}  {entry.caption}{why}")
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import get_photo, photo_history

    with open_session(args) as session:
        photo = get_photo(session, args.photo_id)
        history = photo_history(session, photo.id)
    if args.format == "json":
        print(json.dumps({**photo.to_json(), "history": [e.to_json() for e in history]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    exif = photo.exif
    lines = [
        (tr("Photo"), photo.id), (tr("Case"), photo.case_number),
        (tr("Caption"), photo.caption or "-"), (tr("Item"), photo.item or "-"),
        (tr("Step"), photo.step or "-"), (tr("Package"), photo.package or "-"),
        (tr("File"), tr("{name}, {type}, {width} x {height} pixels, {size} bytes",
                        name=photo.file_name, type=photo.media_type, width=photo.width,
                        height=photo.height, size=photo.size_bytes)),
        ("SHA-256", photo.sha256),
        (tr("Imported"), f"{photo.imported_at.isoformat()} {photo.imported_by}"),
        (tr("Taken (camera)"), " ".join(v for v in (exif.taken_at, exif.taken_offset) if v)
         or "-"),
        (tr("Camera"), " ".join(v for v in (exif.camera_make, exif.camera_model) if v) or "-"),
        (tr("GPS"), f"{exif.gps_lat}, {exif.gps_lon}" if exif.gps_lat is not None else "-"),
        (tr("Orientation"), str(exif.orientation or "-")),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    print(tr("History:"))
    for entry in history:
        why = f" ({entry.reason})" if entry.reason else ""
        print(f"  {entry.revision}  {entry.at.isoformat()}  {entry.by}  {entry.operation}  "
              f"{entry.caption}{why}")
    return EXIT_OK


def _cmd_correct(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import correct_photo

    with open_session(args) as session:
        photo = correct_photo(session, args.photo_id, args.reason, caption=args.caption,
                              item=args.item, step=args.step, package=args.package)
    print(tr("photo {id} corrected (revision {revision})", id=photo.id,
             revision=photo.revision))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import export_original

    with open_session(args) as session:
        written, photo = export_original(session, args.photo_id, args.out)
    print(tr("{path}: original of photo {id}, SHA-256 {sha256}", path=written, id=photo.id,
             sha256=photo.sha256))
    return EXIT_OK


def _cmd_copy(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.photos import display_copy, export_copy, thumbnail

    with open_session(args) as session:
        if args.out is not None:
            print(export_copy(session, args.photo_id, args.size, args.out))
        else:
            make = thumbnail if args.size == "thumbnail" else display_copy
            print(make(session, args.photo_id))
    return EXIT_OK


__all__ = ["add_commands"]
