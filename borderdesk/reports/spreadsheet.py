"""Writing spreadsheets that are safe to open: XLSX (openpyxl) and CSV.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be read as a formula by Excel or LibreOffice (CSV or formula injection: a
declaration's free text could then run a command on the supervisor's laptop), so
:func:`neutralise` puts an apostrophe before it: the text shows as written and is
never evaluated. Numbers stay numbers. Files are written beside their destination
and moved into place, so a failure leaves no half-written file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

#: A cell: number, text or empty.
Value = int | float | str | None
#: What a formula starts with in the spreadsheet programs (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XLSX (XML 1.0) cannot hold; a cell with one would make the file unreadable.
_WRAP_AFTER = 58
_ILLEGAL = dict.fromkeys((*range(9), 11, 12, *range(14, 32)))


def neutralise(value: Value) -> Value:
    """The value made safe for a spreadsheet cell (text that could start a formula gets
    an apostrophe in front; characters XLSX cannot hold are dropped)."""
    if not isinstance(value, str):
        return value
    text = value.translate(_ILLEGAL)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass(frozen=True, slots=True)
class Block:
    """A titled list of rows below a sheet's table (left-out events, notes)."""

    title: str
    rows: tuple[tuple[Value, ...], ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """One worksheet: a title, lines under it, a table with a header, blocks below."""

    name: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    subtitle: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    #: Number formats by column index (0-based), e.g. ``{4: "0.00"}``.
    formats: dict[int, str] = field(default_factory=dict)


@contextmanager
def replacing(destination: Path) -> Iterator[Path]:
    """A temporary path beside ``destination``, moved onto it when the block succeeds
    and removed when it fails."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part",
                                    dir=destination.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.replace(destination)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserInputError(tr("{path} could not be written: {reason}", path=destination,
                                reason=exc.strerror or str(exc))) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_csv(destination: Path, header: Sequence[str],
              rows: Sequence[Sequence[Value]]) -> None:
    """A UTF-8 CSV file (with a byte-order mark, so that spreadsheet programs read the
    letters right), every text cell neutralised."""
    with replacing(destination) as temporary, open(temporary, "w", encoding="utf-8-sig",
                                                   newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow(["" if v is None else neutralise(v) for v in row])


def write_xlsx(destination: Path, sheets: Sequence[Sheet]) -> None:
    """An XLSX workbook with one worksheet per :class:`Sheet`."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    head_fill = PatternFill("solid", start_color="DDE4EE")
    for sheet in sheets:
        ws = book.create_sheet(sheet.name[:31])
        ws.append([neutralise(sheet.title)])
        ws.cell(row=1, column=1).font = Font(bold=True, size=13)
        for line in sheet.subtitle:
            ws.append([neutralise(line)])
        ws.append([])
        header_row = ws.max_row + 1
        ws.append([neutralise(h) for h in sheet.header])
        for cell in ws[header_row]:
            cell.font, cell.fill = bold, head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            ws.append([neutralise(v) for v in row])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and len(cell.value) > _WRAP_AFTER:
                    # Long texts (notes) wrap inside their column instead of running off.
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for index, number_format in sheet.formats.items():
            for (cell,) in ws.iter_rows(min_row=header_row + 1, max_row=ws.max_row,
                                        min_col=index + 1, max_col=index + 1):
                cell.number_format = number_format
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
        for block in sheet.blocks:
            ws.append([])
            ws.append([neutralise(block.title)])
            ws.cell(row=ws.max_row, column=1).font = bold
            for row in block.rows:
                ws.append([neutralise(v) for v in row])
        _widths(ws, sheet, header_row)
    with replacing(destination) as temporary:
        book.save(temporary)


def _widths(ws: object, sheet: Sheet, header_row: int) -> None:
    """Column widths from the table's own cells (titles and blocks may run over)."""
    from openpyxl.utils import get_column_letter

    for index in range(len(sheet.header)):
        texts = [sheet.header[index], *(str(r[index]) for r in sheet.rows
                                        if index < len(r) and r[index] is not None)]
        width = min(60, max(8, *(len(t) for t in texts)) + 2)
        ws.column_dimensions[get_column_letter(index + 1)].width = width  # type: ignore[attr-defined]
