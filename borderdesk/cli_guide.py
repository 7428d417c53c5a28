"""``borderdesk guide``: the user guide's printed companion.

``borderdesk guide quick-reference -o FILE.pdf [--language CODE]`` prints the one-page
quick reference for the wall of the control booth, in the station's language unless
another is asked for (docs/user-guide.md; the window has it under Help).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``guide`` and its subcommands to the command line."""
    guide = commands.add_parser("guide", help=tr(
        "print the quick reference for the control booth"))
    sub = guide.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                               parser_class=parser_class, required=True)
    quick = sub.add_parser("quick-reference", help=tr(
        "print the one-page quick reference (PDF)"), description=tr(
        "Print the one-page quick reference for the wall of the control booth: the safety "
        "rule for a firearm found, the lanes, the key tasks and their keys, the first "
        "steps after a find and the chain of custody, in large type."))
    quick.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    quick.add_argument("--language", metavar="CODE", help=tr(
        "the sheet's language, e.g. en, sr-Latn, sr-Cyrl (default: the station's)"))
    add_db(quick)
    quick.set_defaults(handler=_cmd_quick_reference)


def _cmd_quick_reference(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.quick_reference import print_quick_reference

    with open_session(args) as session:
        printed = print_quick_reference(session, args.output, args.language)
    if printed.language_note:
        print(printed.language_note, file=sys.stderr)
    print(tr("Quick reference written to {path} ({language})", path=printed.path,
             language=printed.language))
    return EXIT_OK


__all__ = ["add_commands"]
