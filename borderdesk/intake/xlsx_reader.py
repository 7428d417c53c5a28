"""Reading declarations from the first sheet of an XLSX workbook (openpyxl, read-only).

The columns are those of the CSV format. Date cells and number cells are
accepted; problems are reported by row number (the header being row 1).
"""

from __future__ import annotations

import warnings as python_warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.intake.problems import FileProblem, ProblemList
from borderdesk.intake.record import RawRecord
from borderdesk.intake.tabular import Row, check_header, group_rows

#: What openpyxl raises for a file that is not a workbook or is damaged inside (XML
#: parse errors are SyntaxErrors, defusedxml's refusals ValueErrors; with openpyxl's own
#: InvalidFileException, added where openpyxl is imported).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError, ValueError,
            SyntaxError)


def _unreadable(exc: BaseException) -> FileProblem:
    return FileProblem(None, None, tr("not a readable XLSX workbook ({reason})",
                                      reason=str(exc) or type(exc).__name__))


def _checked(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows; a sheet damaged inside stops the reading with a problem.

    openpyxl's warnings (such as a date cell whose value is out of range, which it
    reads as an error value that validation then reports) are not shown.
    """
    while True:
        try:
            with python_warnings.catch_warnings():
                python_warnings.simplefilter("ignore", UserWarning)
                row = next(rows)
        except StopIteration:
            return
        except _DAMAGED as exc:
            raise _unreadable(exc) from None
        yield row


def read_xlsx(path: Path, errors: ProblemList, warnings: ProblemList,
              on_rows: Callable[[int, int], None]) -> Iterator[RawRecord]:
    """Declarations from the first sheet of ``path``."""
    # Imported here: openpyxl takes 170 ms to import, and most starts read no workbook.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with python_warnings.catch_warnings():
            # openpyxl warns about parts it does not read (styles, data validation...);
            # none of them matter for the cell values, and the user cannot act on them.
            python_warnings.simplefilter("ignore", UserWarning)
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (*_DAMAGED, InvalidFileException) as exc:
        raise _unreadable(exc) from None
    try:
        if not workbook.worksheets:
            raise FileProblem(None, None, tr("the workbook has no sheet"))
        sheet = workbook.worksheets[0]
        total = sheet.max_row or 0
        # Read-only mode trusts the sheet's recorded dimensions, which some programs
        # write wrongly (e.g. "A1"): rows and columns past them would be lost silently.
        sheet.reset_dimensions()
        values = _checked(sheet.iter_rows(values_only=True))
        header = next(values, None)
        if header is None or all(cell is None for cell in header):
            raise FileProblem(1, None, tr("the first sheet is empty; it must start with a "
                                          "header row naming the columns"))
        columns = check_header(list(header), warnings)

        def rows() -> Iterator[tuple[int, Row]]:
            for number, cells in enumerate(values, start=2):
                if number % 1000 == 0:
                    on_rows(number, total)
                row = {name: cell for name, cell in zip(columns, cells, strict=False) if name}
                key = row.get("declaration_id")
                if isinstance(key, float | int) and not isinstance(key, bool):
                    row["declaration_id"] = _whole(key)
                yield number, row

        yield from group_rows(rows(), columns, errors, decimal_comma=True)
    finally:
        workbook.close()


def _whole(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
