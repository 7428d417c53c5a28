"""The IAFQ yearly tables (DOMAIN.md section 5a) from plain case facts.

:func:`year_tables` takes the facts of every case (:mod:`borderdesk.reports.iafq_facts`)
and a calendar year and returns the twelve tables, each with its columns, rows, a
note saying how its figures are computed and the events it left out and why. The
rows and words come from ``iafq.yaml`` (:mod:`borderdesk.reports.iafq_codes`); the
per-table arithmetic is in :mod:`borderdesk.reports.iafq_tables`. No database, no Qt:
the same facts always give the same tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from borderdesk.core.i18n import tr
from borderdesk.reports.iafq_codes import IafqCodes, iafq_codes
from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts

#: A table cell: a count, a mean or proportion, a text, or nothing.
Cell = int | float | str | None


@dataclass(frozen=True, slots=True)
class Column:
    """A column: stable code and translated name."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An event a table did not count, and why."""

    case: str
    reason: str


@dataclass(frozen=True, slots=True)
class Table:
    """One table: its rows are tuples of cells in the order of ``columns``; the first
    cell of a row is its key (a row code, a country, a case number)."""

    id: str
    title: str
    note: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    left_out: tuple[LeftOut, ...] = ()

    def row(self, key: str) -> dict[str, Cell]:
        """The row whose first cell is ``key``, by column code (KeyError when absent)."""
        for row in self.rows:
            if row[0] == key:
                return {c.code: v for c, v in zip(self.columns, row, strict=True)}
        raise KeyError(key)

    def value(self, key: str, column: str) -> Cell:
        """One cell by row key and column code."""
        return self.row(key)[column]


@dataclass(frozen=True, slots=True)
class YearTables:
    """The twelve tables of one year, and what was counted."""

    year: int
    codes_version: int
    tables: tuple[Table, ...]
    #: The events counted (case numbers), and the remarks that apply to every table.
    counted: tuple[str, ...]
    remarks: tuple[str, ...]

    def __getitem__(self, table_id: str) -> Table:
        return next(table for table in self.tables if table.id == table_id)


@dataclass(frozen=True, slots=True)
class Selection:
    """The year's events split into counted and left out, with the arms of each."""

    year: int
    counted: tuple[CaseFacts, ...]
    left_out: tuple[LeftOut, ...]
    codes: IafqCodes
    station_country: str | None

    def arms(self, case: CaseFacts) -> list[ItemFacts]:
        """The firearms and light weapons of a case (one item each)."""
        return [item for item in case.items if is_arm(item, self.codes)]

    def event_type(self, case: CaseFacts) -> str:
        """The event-type row of a counted case (selection keeps only mappable ones)."""
        row = self.codes["event_type"].row_of(case.text("event_type"))
        assert row is not None
        return row

    def arm_type(self, item: ItemFacts) -> str:
        """The arm-type row of an arm."""
        return self.codes["arm_type"].row_of(item.category) or "unknown"


def is_arm(item: ItemFacts, codes: IafqCodes) -> bool:
    """Whether an item is a firearm or light weapon (parts and rounds are counted apart)."""
    if item.kind != "firearm":
        return False
    return (item.item_class or "") not in codes.not_arms or bool(
        item.flags & codes.arms_when_flagged)


def select(cases: Iterable[CaseFacts], year: int, *, station_country: str | None = None,
           codes: IafqCodes | None = None) -> Selection:
    """The events of ``year`` (by local seizure date) that the tables count, and those
    left out with the reason."""
    table = codes or iafq_codes()
    counted: list[CaseFacts] = []
    left_out: list[LeftOut] = []
    for case in sorted((c for c in cases if c.day.year == year),
                       key=lambda c: (c.day, c.case_number)):
        if case.status not in table.counted_statuses:
            left_out.append(LeftOut(case.case_number, tr("not signed off yet: it may still "
                                                         "change")))
        elif table["event_type"].row_of(case.text("event_type")) is None:
            left_out.append(LeftOut(case.case_number, tr("no event type (seized, found or "
                                                         "surrendered) recorded")))
        else:
            counted.append(case)
    return Selection(year, tuple(counted), tuple(left_out), table, station_country)


def year_tables(cases: Iterable[CaseFacts], year: int, *, station_country: str | None = None,
                codes: IafqCodes | None = None) -> YearTables:
    """Every table of DOMAIN.md 5a for ``year``. ``station_country``: the ISO code that
    makes a person a national (the persons table)."""
    from borderdesk.reports import iafq_tables

    chosen = select(cases, year, station_country=station_country, codes=codes)
    tables = tuple(iafq_tables.build(chosen, spec) for spec in chosen.codes.tables)
    return YearTables(year, chosen.codes.version, tables,
                      tuple(c.case_number for c in chosen.counted), _remarks(chosen))


def _remarks(chosen: Selection) -> tuple[str, ...]:
    remarks = [tr("Events of {year} counted: {count}; left out: {left} (listed with each "
                  "table).", count=len(chosen.counted), year=chosen.year,
                  left=len(chosen.left_out))]
    undated = [c.case_number for c in chosen.counted if not c.dated_by_seizure]
    if undated:
        remarks.append(tr("{count} events had no seizure date and are dated by the day their "
                          "case was opened: {cases}", count=len(undated),
                          cases=", ".join(undated)))
    not_arms = sum(1 for c in chosen.counted for i in c.items
                   if i.kind == "firearm" and not is_arm(i, chosen.codes))
    if not_arms:
        remarks.append(tr("{count} items recorded like firearms are accessories or other "
                          "weapons, not arms, and are not counted.", count=not_arms))
    if chosen.station_country is None:
        remarks.append(tr("The station's country is not set: nationals and foreigners are "
                          "left empty in the persons table."))
    return tuple(remarks)


def labelled(code: str, name: str, values: Sequence[Cell]) -> tuple[Cell, ...]:
    """A row of a table whose first two columns are the row's code and name."""
    return (code, name, *values)
