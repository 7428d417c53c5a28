"""Exporting the IAFQ yearly tables: ``DIR/iafq-YYYY.xlsx`` and one CSV per table.

The workbook has a notes sheet first (how each figure was computed, what was left
out and why, the remarks that apply to every table) and then a sheet per table named
by its id. Each table is also written as ``DIR/iafq-YYYY-TABLE.csv`` (header: the
stable column codes), and the notes as ``DIR/iafq-YYYY-notes.csv``. Every text cell
is neutralised against formula injection (:mod:`borderdesk.reports.spreadsheet`);
each file is written to a temporary name and moved into place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.i18n import tr
from borderdesk.reports.iafq import Table, YearTables
from borderdesk.reports.spreadsheet import Block, Sheet, Value, write_csv, write_xlsx

NOTES = "notes"
#: Number formats of the columns that hold means and proportions.
_FORMATS = {"arms_per_event": "0.00"}


@dataclass(frozen=True, slots=True)
class ExportHeading:
    """Who made the export, where and when (printed on the notes sheet)."""

    #: The station (or, at headquarters, headquarters) whose export it is.
    station: str
    made_at: str
    made_by: str
    #: At headquarters: how many stations' records the national tables count (None: a
    #: station's own export).
    stations: int | None = None


def export_files(year: int, directory: Path) -> list[Path]:
    """The files an export of ``year`` writes into ``directory``, workbook first."""
    from borderdesk.reports.iafq_codes import iafq_codes

    return [directory / f"iafq-{year}.xlsx",
            *(directory / f"iafq-{year}-{spec.id}.csv" for spec in iafq_codes().tables),
            directory / f"iafq-{year}-{NOTES}.csv"]


def export_year(tables: YearTables, directory: Path, heading: ExportHeading) -> list[Path]:
    """Write the workbook and the CSV files; the paths written, workbook first."""
    written = [directory / f"iafq-{tables.year}.xlsx"]
    write_xlsx(written[0], [_notes_sheet(tables, heading),
                            *(_table_sheet(tables, t) for t in tables.tables)])
    for table in tables.tables:
        path = directory / f"iafq-{tables.year}-{table.id}.csv"
        write_csv(path, [c.code for c in table.columns], table.rows)
        written.append(path)
    notes = directory / f"iafq-{tables.year}-{NOTES}.csv"
    write_csv(notes, ["table", "kind", "case", "text"], _notes_rows(tables))
    written.append(notes)
    return written


def _subtitle(tables: YearTables) -> tuple[str, ...]:
    return (tr("Year {year}: events by local seizure date, 1 January to 31 December",
               year=tables.year),)


def _table_sheet(tables: YearTables, table: Table) -> Sheet:
    formats = {i: _FORMATS[c.code] for i, c in enumerate(table.columns) if c.code in _FORMATS}
    if table.id == "sdg-16-4-2":
        formats = {len(table.columns) - 1: "0.0000"}
    left = tuple((item.case, item.reason) for item in table.left_out)
    blocks = [Block(tr("How the figures are computed"), ((table.note,),))]
    blocks.append(Block(tr("Events left out ({count})", count=len(left)),
                        left or ((tr("none"),),)))
    return Sheet(table.id, table.title, tuple(c.name for c in table.columns), table.rows,
                 _subtitle(tables), tuple(blocks), formats)


def _notes_sheet(tables: YearTables, heading: ExportHeading) -> Sheet:
    rows: list[tuple[Value, ...]] = [(t.id, t.title, t.note, len(t.left_out))
                                     for t in tables.tables]
    if heading.stations is None:
        source = tr("Station {station}", station=heading.station)
    else:
        source = tr("{headquarters}, national tables: the records of {count} stations",
                    headquarters=heading.station, count=heading.stations)
    lines = (*_subtitle(tables),
             tr("{source}; made {when} by {who}; table definitions iafq.yaml version "
                "{version}", source=source, when=heading.made_at, who=heading.made_by,
                version=tables.codes_version))
    remarks = Block(tr("Remarks"), tuple((text,) for text in tables.remarks))
    counted = Block(tr("Events counted ({count})", count=len(tables.counted)),
                    tuple((case,) for case in tables.counted) or ((tr("none"),),))
    return Sheet(tr("Notes"), tr("Illicit Arms Flows Questionnaire: yearly tables"),
                 (tr("Table"), tr("Title"), tr("How each figure is computed"),
                  tr("Events left out")), tuple(rows), lines, (remarks, counted))


def _notes_rows(tables: YearTables) -> list[tuple[Value, ...]]:
    rows: list[tuple[Value, ...]] = [("", "remark", "", text) for text in tables.remarks]
    for table in tables.tables:
        rows.append((table.id, "note", "", table.note))
        rows.extend((table.id, "left_out", item.case, item.reason) for item in table.left_out)
    return rows
