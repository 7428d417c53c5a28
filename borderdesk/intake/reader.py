"""Reading a declaration file of any supported format into validated declarations.

:func:`read_declarations` picks the reader by the file's extension, checks the
file first (missing, empty, binary), validates each declaration and yields the
valid ones with their line. Problems go to the ``errors`` and ``warnings``
lists; the caller rejects the file when ``errors`` is not empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import tzinfo
from pathlib import Path
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.domain.declaration import Declaration
from borderdesk.intake.csv_reader import read_csv
from borderdesk.intake.json_reader import read_json, read_json_lines
from borderdesk.intake.known_fields import set_aside_unknown
from borderdesk.intake.problems import FileProblem, ProblemList
from borderdesk.intake.record import RawRecord
from borderdesk.intake.textfile import check_encoding, check_text_file
from borderdesk.intake.validate import validate_record
from borderdesk.intake.xlsx_reader import read_xlsx

FORMATS: dict[str, str] = {
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".xlsx": "xlsx",
}


def file_format(path: Path) -> str | None:
    """The format name for ``path`` by its extension, or ``None`` if not supported."""
    return FORMATS.get(path.suffix.lower())


def read_declarations(
    path: Path,
    *,
    tz: tzinfo,
    errors: ProblemList,
    warnings: ProblemList,
    encoding: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[Declaration, int]]:
    """Yield ``(declaration, line)`` for each valid declaration of ``path``.

    ``on_progress(done, total)`` reports bytes (or rows for XLSX) read so far.
    A problem that stops reading is added to ``errors`` like any other.
    """
    try:
        yield from _read(path, tz, errors, warnings, encoding, on_progress)
    except FileProblem as stop:
        errors.add(stop.problem.line, stop.problem.field, stop.problem.message)


def _read(path: Path, tz: tzinfo, errors: ProblemList, warnings: ProblemList,
          encoding: str | None,
          on_progress: Callable[[int, int], None] | None) -> Iterator[tuple[Declaration, int]]:
    kind = file_format(path)
    if kind is None:
        raise FileProblem(None, None, tr(
            "unsupported file type '{suffix}'; declarations come as .json, .jsonl, .ndjson, "
            ".csv or .xlsx", suffix=path.suffix or path.name))
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileProblem(None, None, tr("is a folder, not a file"))
        if kind == "xlsx":
            if size == 0:
                raise FileProblem(None, None, tr("the file is empty"))
        else:
            check_text_file(path)
    except FileNotFoundError:
        raise FileProblem(None, None, tr("no such file")) from None
    except PermissionError:
        raise FileProblem(None, None, tr("no permission to read the file")) from None

    def on_bytes(done: int) -> None:
        if on_progress is not None:
            on_progress(done, size)

    records: Iterator[RawRecord]
    if kind == "xlsx":
        records = read_xlsx(path, errors, warnings, on_progress or (lambda _d, _t: None))
    else:
        codec = check_encoding(encoding)
        reader = {"json": read_json, "jsonl": read_json_lines, "csv": read_csv}[kind]
        records = reader(path, codec, errors, warnings, on_bytes)
    found = 0
    for record in records:
        found += 1
        declaration = validate_record(record, errors, tz)
        if declaration is not None:
            yield declaration, record.line
    if found == 0 and not errors:
        raise FileProblem(None, None, tr("the file holds no declarations"))


def read_objects(objects: Iterable[dict[str, Any]], *, tz: tzinfo, errors: ProblemList,
                 warnings: ProblemList) -> Iterator[tuple[Declaration, int]]:
    """Validate declarations given as JSON-shaped dicts (numbered from 1)."""
    for number, data in enumerate(objects, start=1):
        clean, extra = set_aside_unknown(data)
        for path, _value in extra:
            warnings.add(number, path, tr("unknown field, kept aside"))
        declaration = validate_record(RawRecord(line=number, data=clean, extra=extra),
                                      errors, tz)
        if declaration is not None:
            yield declaration, number
