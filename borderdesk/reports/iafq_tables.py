"""The arithmetic of each IAFQ yearly table, from a :class:`~borderdesk.reports.iafq.Selection`.

One function per table; :func:`build` picks it by the table's id. Rows come from the
mappings of ``iafq.yaml`` in their order (then a ``total`` row where a total means
something); names are translated here, when the table is made.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from borderdesk.core.codelists import countries
from borderdesk.core.country_names import country_name
from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.identify.codelists import calibres
from borderdesk.reports.iafq import Cell, Column, LeftOut, Selection, Table, labelled
from borderdesk.reports.iafq_codes import RowMapping, TableSpec
from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts

_Rows = list[tuple[Cell, ...]]
UNKNOWN = "unknown"
TOTAL = "total"


def build(chosen: Selection, spec: TableSpec) -> Table:
    """The table ``spec`` describes, computed over ``chosen``'s events."""
    columns, rows, left_out = _BUILDERS[spec.id](chosen, spec)
    return Table(spec.id, tr(spec.title), tr(spec.note), tuple(columns), tuple(rows),
                 (*chosen.left_out, *left_out))


def _key_columns() -> list[Column]:
    return [Column("code", tr("Code")), Column("name", tr("Name"))]


def _mapping_columns(mapping: RowMapping) -> list[Column]:
    return [Column(row.code, tr(row.name)) for row in mapping.rows]


def _fixed(spec: TableSpec) -> list[Column]:
    return [Column(label.code, tr(label.name)) for label in spec.columns]


def _total_row(rows: _Rows, first: int = 2) -> tuple[Cell, ...]:
    """The column sums of ``rows`` from column ``first`` on."""
    width = len(rows[0]) if rows else first
    sums = [sum(int(r[i] or 0) for r in rows) for i in range(first, width)]
    return labelled(TOTAL, tr("Total"), sums)


def _arms_by(chosen: Selection, spec: TableSpec, row_of: Callable[[CaseFacts, ItemFacts],
             str | None], rows: list[tuple[str, str]], why: str
             ) -> tuple[list[Column], _Rows, list[LeftOut]]:
    """Arms with ``row_of`` as the row and the arm's type as the column."""
    types = chosen.codes["arm_type"]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    left_out: list[LeftOut] = []
    for case in chosen.counted:
        for arm in chosen.arms(case):
            row = row_of(case, arm)
            if row is None:
                left_out.append(LeftOut(case.case_number, why))
                break
            counts[row][chosen.arm_type(arm)] += 1
    table = [labelled(code, name, [*(counts[code][t] for t in types.codes),
                                   sum(counts[code].values())]) for code, name in rows]
    columns = [*_key_columns(), *_mapping_columns(types), Column(TOTAL, tr("Total"))]
    return columns, [*table, _total_row(table)], left_out


def _mapped_rows(mapping: RowMapping) -> list[tuple[str, str]]:
    return [(row.code, tr(row.name)) for row in mapping.rows]


def _arms_by_type(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    types, events = chosen.codes["arm_type"], chosen.codes["event_type"]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for case in chosen.counted:
        for arm in chosen.arms(case):
            counts[chosen.arm_type(arm)][chosen.event_type(case)] += 1
    table = [labelled(code, name, [*(counts[code][e] for e in events.codes),
                                   sum(counts[code].values())])
             for code, name in _mapped_rows(types)]
    columns = [*_key_columns(), *_mapping_columns(events), Column(TOTAL, tr("Total"))]
    return columns, [*table, _total_row(table)], []


def _events(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    per_type: dict[str, list[int]] = defaultdict(list)
    for case in chosen.counted:
        per_type[chosen.event_type(case)].append(len(chosen.arms(case)))
    every = [n for counts in per_type.values() for n in counts]

    def figures(counts: list[int]) -> list[Cell]:
        mean = round(sum(counts) / len(counts), 2) if counts else None
        return [len(counts), sum(counts), mean, max(counts, default=0)]

    table = [labelled(code, name, figures(per_type[code]))
             for code, name in _mapped_rows(chosen.codes["event_type"])]
    table.append(labelled(TOTAL, tr("Total"), figures(every)))
    return [*_key_columns(), *_fixed(spec)], table, []


def _legal(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    mapping = chosen.codes["legal_justification"]
    return _arms_by(chosen, spec, lambda case, _arm: mapping.row_of(
        case.text("legal_justification")), _mapped_rows(mapping),
        tr("its legal justification has no row in this table"))


def _context(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    mapping = chosen.codes["criminal_context"]
    return _arms_by(chosen, spec, lambda case, _arm: mapping.row_of(
        case.text("criminal_context")), _mapped_rows(mapping),
        tr("its criminal context has no row in this table"))


def _countries(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    known = countries()
    found = sorted({arm.country for case in chosen.counted for arm in chosen.arms(case)
                    if arm.country is not None and arm.country in known})
    rows = [(code, country_name(code)) for code in found]
    rows.append((UNKNOWN, tr("Unknown")))
    return _arms_by(chosen, spec, lambda _case, arm: arm.country if arm.country in known
                    else UNKNOWN, rows, "")


def _parts(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    mapping = chosen.codes["part_type"]
    pieces: Counter[str] = Counter()
    left_out: list[LeftOut] = []
    for case in chosen.counted:
        for item in case.items:
            if item.kind == "parts":
                row = mapping.row_of(item.component)
                if row is None:
                    left_out.append(LeftOut(case.case_number, tr(
                        "a part type ({code}) has no row in this table", code=item.component)))
                else:
                    pieces[row] += item.quantity
    table = [labelled(code, name, [pieces[code]]) for code, name in _mapped_rows(mapping)]
    return [*_key_columns(), *_fixed(spec)], [*table, _total_row(table)], left_out


def _ammunition(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    rounds: Counter[str] = Counter()
    events: dict[str, set[str]] = defaultdict(set)
    for case in chosen.counted:
        for item in case.items:
            if item.kind == "ammunition":
                calibre = item.calibre or UNKNOWN
                rounds[calibre] += item.quantity
                events[calibre].add(case.case_number)
    listed = calibres()

    def name(code: str) -> str:
        entry = listed.get(code)
        if entry is not None:
            return entry.name
        return tr("Unknown") if code == UNKNOWN else tr("{calibre} (as read; not in the "
                                                        "calibre list)", calibre=code)

    table: _Rows = [labelled(code, name(code), [rounds[code], len(events[code])])
                    for code in sorted(rounds, key=lambda c: (c == UNKNOWN, name(c).lower()))]
    every = {case for cases in events.values() for case in cases}
    table.append(labelled(TOTAL, tr("Total"), [sum(rounds.values()), len(every)]))
    return [*_key_columns(), *_fixed(spec)], table, []


def _routes(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    events: Counter[tuple[str, str, str]] = Counter()
    arms: Counter[tuple[str, str, str]] = Counter()
    for case in chosen.counted:
        key = (next(iter(case.countries("route_departure")), UNKNOWN),
               " > ".join(case.countries("route_transit")),
               next(iter(case.countries("route_destination")), UNKNOWN))
        events[key] += 1
        arms[key] += len(chosen.arms(case))
    table: _Rows = [(*key, events[key], arms[key])
                    for key in sorted(events, key=lambda k: (-events[k], -arms[k], k))]
    table.append((TOTAL, "", "", sum(events.values()), sum(arms.values())))
    return _fixed(spec), table, []


def tracing_counts(chosen: Selection) -> dict[str, int]:
    """The tracing table's figures by row code (also the SDG numerator's parts)."""
    answered = set(chosen.codes["trace_answered"].rows[0].sources)
    how = chosen.codes["origin_how"]
    figures: Counter[str] = Counter()
    for case in chosen.counted:
        for arm in chosen.arms(case):
            figures["arms"] += 1
            figures["registry_checks"] += arm.registry_checks > 0
            figures["iarms_queries"] += arm.iarms_queries > 0
            figures["requests_sent"] += len(arm.trace_statuses)
            figures["requests_answered"] += sum(s in answered for s in arm.trace_statuses)
            row = how.row_of(arm.origin_how) if arm.origin_how else None
            if row is not None:
                figures["origin_by_tracing" if row == "tracing" else "origin_otherwise"] += 1
    return dict(figures)


def _tracing(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    figures = tracing_counts(chosen)
    table: _Rows = [labelled(r.code, tr(r.name), [figures.get(r.code, 0)]) for r in spec.rows]
    return [*_key_columns(), *_fixed(spec)], table, []


def _sdg(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    figures = tracing_counts(chosen)
    numerator = figures.get("origin_by_tracing", 0) + figures.get("origin_otherwise", 0)
    denominator = figures.get("arms", 0)
    values: dict[str, Cell] = {"numerator": numerator, "denominator": denominator,
                               "proportion": round(numerator / denominator, 4)
                               if denominator else None}
    table: _Rows = [labelled(r.code, tr(r.name), [values[r.code]]) for r in spec.rows]
    return [*_key_columns(), *_fixed(spec)], table, []


def _persons(chosen: Selection, spec: TableSpec) -> tuple[list[Column], _Rows, list[LeftOut]]:
    stages, sexes = chosen.codes["follow_up"], chosen.codes["sex"]
    home = chosen.station_country
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for case in chosen.counted:
        for person in case.persons:
            for row in {stages.row_of(stage) for stage in person.stages} - {None}:
                assert row is not None
                figures = counts[row]
                figures["total"] += 1
                sex = sexes.row_of(person.sex) if person.sex else None
                if sex in ("women", "men"):
                    figures[sex] += 1
                if home is not None and person.nationality:
                    figures["nationals" if person.nationality == home else "foreigners"] += 1
    columns = _fixed(spec)
    table: _Rows = [labelled(code, name, [None if home is None and c.code in (
        "nationals", "foreigners") else counts[code][c.code] for c in columns])
        for code, name in _mapped_rows(stages)]
    return [*_key_columns(), *columns], table, []


def _significant(chosen: Selection, spec: TableSpec
                 ) -> tuple[list[Column], _Rows, list[LeftOut]]:
    from borderdesk.reports.iafq_significant import significant_rows

    return _fixed(spec), significant_rows(chosen, spec), []


_BUILDERS: dict[str, Callable[[Selection, TableSpec],
                              tuple[list[Column], _Rows, list[LeftOut]]]] = {
    "arms-by-type": _arms_by_type, "events": _events, "legal-justification": _legal,
    "criminal-context": _context, "parts-components": _parts, "ammunition": _ammunition,
    "manufacture-country": _countries, "routes": _routes, "tracing": _tracing,
    "sdg-16-4-2": _sdg, "persons": _persons, "significant-seizures": _significant,
}


def code_name(list_name: str, code: str | None, note: str | None = None) -> str:
    """A seizure code list entry's translated name, with its note when it has one."""
    if not code:
        return ""
    name = seizure_codes()[list_name].label(code)
    return f"{name}: {note}" if note else name
