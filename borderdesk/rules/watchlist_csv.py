"""Reading watch lists from CSV files (``kind,name_or_plate,note``).

The file is UTF-8, with or without a byte-order mark. Its first line is the header;
its delimiter (``,`` or ``;``, as spreadsheets in the region write them) is taken
from the header. Columns are found by name, in any order, case and surrounding
blanks ignored: ``kind`` and ``name_or_plate`` are required, ``note`` may be left
out. ``kind`` is ``person``, ``company`` or ``vehicle``. Blank lines are skipped.

Every problem in the file is collected and reported at once, one per line, as
``FILE:LINE:COL: message`` (1-based; ``LINE`` the line where the record starts,
``COL`` the number of the CSV field, 1 for a column missing from the header): an
unknown kind, an empty name or plate, a missing, unknown or repeated header column,
a record with more (non-empty) fields than the header, and an entry listed twice
(the same kind and the same normalised name, or for vehicles the same compact
plate, so ``NS 482-ŠK`` and ``ns-482-sk`` are one plate).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.text import compact, normalise
from borderdesk.rules.watchlist import WatchEntry, WatchKind, kind_word

#: The header columns, in the documented order.
COLUMNS = ("kind", "name_or_plate", "note")
REQUIRED_COLUMNS = ("kind", "name_or_plate")
KINDS: tuple[WatchKind, ...] = ("person", "company", "vehicle")

#: (line, column, message) of one problem.
Problem = tuple[int, int, str]


class WatchListFileError(DataFileError):
    """A watch-list CSV file with problems: all of them, one ``FILE:LINE:COL: message`` a line."""

    def __init__(self, path: str, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(problems))
        line, _column, first = self.problems[0]
        super().__init__(path, line, None, first)
        self.args = ("\n".join(f"{path}:{row}:{col}: {message}"
                               for row, col, message in self.problems),)


def read_watchlist_csv(path: Path) -> list[WatchEntry]:
    """The entries of the watch-list CSV file ``path``, each with its line.

    Raises :class:`WatchListFileError` (a :class:`DataFileError`) listing every problem.
    """
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(where, None, None, tr("the file does not exist")) from None
    except OSError as error:
        raise DataFileError(where, None, None, tr("the file cannot be read: {reason}",
                                                   reason=error.strerror or error)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise WatchListFileError(where, [_decoding_problem(data, error)]) from None
    return _parse(where, text)


def _decoding_problem(data: bytes, error: UnicodeDecodeError) -> Problem:
    """Where a byte that is not UTF-8 stands: its line, and the field it falls in."""
    start = data.rfind(b"\n", 0, error.start) + 1
    header_end = data.find(b"\n")
    header = data[:header_end if header_end >= 0 else len(data)]
    delimiter = b";" if header.count(b";") > header.count(b",") else b","
    column = data.count(delimiter, start, error.start) + 1
    line = data.count(b"\n", 0, error.start) + 1
    return line, column, tr("the file is not UTF-8 text (byte 0x{byte:02X}): save it as UTF-8",
                            byte=data[error.start])


def _parse(where: str, text: str) -> list[WatchEntry]:
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise WatchListFileError(where, [(1, 1, tr(
            "the first line must be the header {header}", header=",".join(COLUMNS)))])
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    try:
        header = next(reader)
    except csv.Error as error:
        raise WatchListFileError(where, [(1, 1, tr("the header cannot be read as CSV: {reason}",
                                                    reason=error))]) from None
    columns = _read_header(header, problems)
    if problems:
        raise WatchListFileError(where, problems)

    kind_at, name_at = columns["kind"], columns["name_or_plate"]
    note_at = columns.get("note")
    entries: list[WatchEntry] = []
    first_seen: dict[tuple[str, str], int] = {}
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append((line, 1, tr("the line cannot be read as CSV: {reason}",
                                         reason=error)))
            break
        start, line = line, reader.line_num + 1
        if not any(field.strip() for field in row):
            continue
        found: list[Problem] = []
        if any(field.strip() for field in row[len(header):]):
            found.append((start, len(header) + 1, tr(
                "more fields than the header has ({count}): put a value that holds "
                "'{delimiter}' in double quotes", count=len(header), delimiter=delimiter)))
        kind = _field(row, kind_at).lower()
        name = _field(row, name_at)
        note = _field(row, note_at) if note_at is not None else ""
        if kind not in KINDS:
            found.append((start, kind_at + 1, tr(
                "unknown kind '{kind}': use person, company or vehicle", kind=kind)
                if kind else tr("the kind is missing: use person, company or vehicle")))
        key = compact(name) if kind == "vehicle" else normalise(name)
        if not key:
            found.append((start, name_at + 1, tr("the plate is empty") if kind == "vehicle"
                          else tr("the name is empty")))
        elif kind in KINDS:
            earlier = first_seen.setdefault((kind, key), start)
            if earlier != start:
                found.append((start, name_at + 1, tr(
                    "the same {kind} as on line {line} ('{name}')",
                    kind=kind_word(kind), line=earlier, name=name)))
        if found:
            problems.extend(found)
        else:
            entries.append(WatchEntry(cast(WatchKind, kind), name, note, start))
    if problems:
        raise WatchListFileError(where, problems)
    return entries


def _read_header(header: list[str], problems: list[Problem]) -> dict[str, int]:
    """Column name -> index, adding a problem for each unknown, repeated or missing column."""
    columns: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = raw.strip().lower()
        if name in columns:
            problems.append((1, index + 1, tr("the column '{name}' appears twice", name=name)))
        elif not name:
            problems.append((1, index + 1, tr(
                "a column without a name: name it ({columns}) or remove it",
                columns=", ".join(COLUMNS))))
        elif name not in COLUMNS:
            problems.append((1, index + 1, tr(
                "unknown column '{name}': the columns are {columns}",
                name=raw.strip(), columns=", ".join(COLUMNS))))
        else:
            columns[name] = index
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            problems.append((1, 1, tr(
                "the header has no column '{name}': it must be {header}",
                name=name, header=",".join(COLUMNS))))
    return columns


def _field(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()
