"""Reading declarations from CSV: ``,`` or ``;`` delimited, UTF-8 or a Windows code page.

The delimiter is taken from the header line; with ``;`` a decimal comma is
accepted in numbers. Lines are decoded one by one so that a byte that does not
decode is reported at its physical line.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

from borderdesk.core.i18n import tr
from borderdesk.intake.problems import FileProblem, ProblemList
from borderdesk.intake.record import RawRecord
from borderdesk.intake.tabular import Row, check_header, group_rows
from borderdesk.intake.textfile import LineDecoder

# A declaration's text fields can be long, but not this long.
csv.field_size_limit(16 << 20)


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_csv(path: Path, encoding: str, errors: ProblemList, warnings: ProblemList,
             on_bytes: Callable[[int], None]) -> Iterator[RawRecord]:
    """Declarations from a CSV file, one goods line per row."""
    with open(path, "rb") as handle:
        lines = LineDecoder(handle, encoding)
        line_iter = iter(lines)
        header_line = next(line_iter, "")
        if not header_line.strip():
            raise FileProblem(1, "header", tr("the first line must name the columns"))
        delimiter = _delimiter(header_line)

        def all_lines() -> Iterator[str]:
            yield header_line
            yield from line_iter

        reader = csv.reader(all_lines(), delimiter=delimiter, strict=True)
        try:
            columns = check_header(next(reader), warnings)
            width = len(columns)

            def rows() -> Iterator[tuple[int, Row]]:
                start = lines.line_number + 1
                for values in reader:
                    on_bytes(lines.bytes_read)
                    if len(values) > width and any(v.strip() for v in values[width:]):
                        errors.add(start, None, tr(
                            "{found} values for {width} columns", found=len(values),
                            width=width))
                    yield start, dict(zip(columns, values, strict=False))
                    start = lines.line_number + 1

            yield from group_rows(rows(), columns, errors, decimal_comma=delimiter == ";")
        except csv.Error as exc:
            raise FileProblem(lines.line_number, None,
                              tr("not valid CSV: {reason}", reason=str(exc))) from None
