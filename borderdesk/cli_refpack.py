"""The reference-pack commands: ``refpack import|list|search|build-sample``.

``import ZIP`` checks and installs a pack (nothing is installed when any check fails);
``list`` shows the installed packs (``--all``: the replaced versions too); ``search
TEXT`` finds entries by make, model, calibre or marking text; ``build-sample OUT.zip``
builds the sample pack from the project's drawings. See docs/reference-packs.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``refpack`` to the command line."""
    refpack = commands.add_parser("refpack", help=tr(
        "install and search reference packs (libraries of firearm pictures)"))
    sub = refpack.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                 parser_class=parser_class, required=True)
    imp = sub.add_parser("import", help=tr("check and install a reference pack"), description=tr(
        "Check a reference pack archive (safe paths, real images, a manifest that matches "
        "its files) and install it. A pack with a problem installs nothing. A newer "
        "version of an installed pack replaces it; the same or an older one is refused."))
    imp.add_argument("archive", type=Path, metavar="ZIP")
    add_db(imp)
    imp.set_defaults(handler=_cmd_import)

    lst = sub.add_parser("list", help=tr("list the installed reference packs"))
    lst.add_argument("--all", action="store_true",
                     help=tr("also list the versions that newer ones replaced"))
    lst.add_argument("--format", choices=("table", "json"), default="table")
    add_db(lst)
    lst.set_defaults(handler=_cmd_list)

    search = sub.add_parser("search", help=tr(
        "find reference entries by make, model, calibre or marking text"))
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--format", choices=("table", "json"), default="table")
    search.add_argument("--limit", type=int, default=50, metavar="N",
                        help=tr("show at most N entries (default 50)"))
    add_db(search)
    search.set_defaults(handler=_cmd_search)

    sample = sub.add_parser("build-sample", help=tr(
        "build the sample reference pack from the project's drawings"))
    sample.add_argument("out", type=Path, metavar="OUT.zip")
    sample.add_argument("--drawings", type=Path, metavar="FOLDER", help=tr(
        "take the drawings from FOLDER (default: the program's own)"))
    sample.set_defaults(handler=_cmd_build_sample)


def _cmd_import(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.refpacks import import_pack

    with open_session(args, create=True) as session:
        result = import_pack(session, args.archive)
    pack = result.pack
    print(tr("installed {id} version {version}: {entries} entries, {images} images",
             id=pack.pack_id, version=pack.version, entries=pack.entries, images=pack.images))
    if result.replaced is not None:
        print(tr("it replaces version {version} (kept in the records; its files were "
                 "removed)", version=result.replaced.version))
    return EXIT_OK


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers) - 1)]
    for row in (headers, *rows):
        cells = [value.ljust(width) for value, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())


def _cmd_list(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.refpacks import installed_packs

    with open_session(args, create=True) as session:
        packs = installed_packs(session, include_replaced=args.all)
    if args.format == "json":
        json.dump([pack.to_json() for pack in packs], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    if not packs:
        print(tr("no reference pack is installed"))
        return EXIT_OK
    _table((tr("id"), tr("version"), tr("entries"), tr("installed"), tr("status"), tr("title")),
           [(p.pack_id, p.version, str(p.entries), f"{p.installed_at[:16]} {p.installed_by}",
             tr("replaced {when}", when=p.replaced_at[:16]) if p.replaced_at else
             tr("installed"), p.title) for p in packs])
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.refpacks import search_entries

    with open_session(args, create=True) as session:
        hits = search_entries(session, args.text, limit=max(args.limit, 1))
    if args.format == "json":
        json.dump([hit.to_json() for hit in hits], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    if not hits:
        print(tr("no reference entry matches '{text}'", text=args.text))
        return EXIT_OK
    _table((tr("pack"), tr("entry"), tr("type"), tr("calibre"), tr("make and model")),
           [(f"{h.pack_id} {h.pack_version}", h.entry_id, h.category_label, h.calibre or "-",
             f"{h.make} {h.model}") for h in hits])
    return EXIT_OK


def _cmd_build_sample(args: argparse.Namespace) -> int:
    from borderdesk.identify.refpack_sample import build_sample_pack

    out = build_sample_pack(args.out, args.drawings)
    print(tr("wrote the sample pack to {path}", path=out))
    return EXIT_OK
