"""The translations' tools (docs/translating.md).

    PYTHONPATH=. .venv/bin/python scripts/i18n.py extract   # update resources/i18n/*.ts
    PYTHONPATH=. .venv/bin/python scripts/i18n.py check     # exit 1: a .ts is stale
                                                            # or a call cannot be extracted
    PYTHONPATH=. .venv/bin/python scripts/i18n.py compile [--out DIR]   # .ts -> .qm
    PYTHONPATH=. .venv/bin/python scripts/i18n.py pseudo --out DIR      # layout tests
    PYTHONPATH=. .venv/bin/python scripts/i18n.py todo CODE --out FILE.json  # for a translator
    PYTHONPATH=. .venv/bin/python scripts/i18n.py fill CODE FILE.json...     # their answers

``extract`` walks borderdesk/ and the translated data files, merges what it finds into
one ``borderdesk_<code>.ts`` per language of resources/i18n/languages.yaml (keeping
every translation; new messages unfinished, vanished ones obsolete) and derives Serbian
Cyrillic from Serbian Latin. Calls it cannot extract (an f-string as the text, a context
that is not a constant) are printed as FILE:LINE and make it exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from borderdesk.i18n_tools.commands import (
    collect,
    compile_all,
    extract,
    fill_from_memory,
    stale_files,
    unfinished,
    write_pseudo,
)

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="update every .ts file from the sources")
    commands.add_parser("check", help="exit 1 when a .ts file is not up to date")
    compile_cmd = commands.add_parser("compile", help="compile the .ts files to .qm")
    compile_cmd.add_argument("--out", type=Path, help="folder for the .qm files")
    pseudo_cmd = commands.add_parser("pseudo", help="make the pseudo-language's .qm")
    pseudo_cmd.add_argument("--out", type=Path, required=True)
    todo_cmd = commands.add_parser("todo", help="write what a language still lacks as JSON")
    todo_cmd.add_argument("code")
    todo_cmd.add_argument("--out", type=Path, required=True)
    fill_cmd = commands.add_parser(
        "fill", help="translate unfinished messages from JSON files {English: translation}")
    fill_cmd.add_argument("code")
    fill_cmd.add_argument("memory", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "todo":
        todo = unfinished(ROOT, args.code)
        args.out.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(todo)} texts to translate written to {args.out}")
        return 0
    if args.command == "fill":
        memory: dict[str, str] = {}
        for path in args.memory:
            memory.update(json.loads(path.read_text(encoding="utf-8")))
        print(f"{fill_from_memory(ROOT, args.code, memory)} messages translated")
        return 0
    if args.command == "extract":
        changed, problems = extract(ROOT)
        for path in changed:
            print(f"updated {path.relative_to(ROOT)}")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.command == "check":
        messages, problems = collect(ROOT)
        for problem in problems:
            print(problem, file=sys.stderr)
        stale = stale_files(ROOT, messages)
        for name in stale:
            print(f"{name} is not up to date: run scripts/i18n.py extract", file=sys.stderr)
        return 1 if stale or problems else 0
    if args.command == "compile":
        for path in compile_all(ROOT, args.out):
            print(f"compiled {path}")
        return 0
    print(f"compiled {write_pseudo(ROOT, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
