"""The significant-seizures table: one row per event that meets a threshold of iafq.yaml.

An event is significant with at least ``min_arms`` arms, any arm of the listed types
(light weapons) or one of the listed criminal contexts (trafficking). Each row says
the case, date, crossing, arms by type, parts, rounds, route, concealment, legal
justification, criminal context and where tracing stands, in words.
"""

from __future__ import annotations

from collections import Counter

from borderdesk.core.i18n import tr
from borderdesk.reports.iafq import Cell, Selection
from borderdesk.reports.iafq_codes import TableSpec
from borderdesk.reports.iafq_facts import CaseFacts
from borderdesk.reports.iafq_tables import code_name


def is_significant(chosen: Selection, case: CaseFacts) -> bool:
    """Whether a counted event meets any of the significant-seizure thresholds."""
    rule = chosen.codes.significant
    arms = chosen.arms(case)
    context = chosen.codes["criminal_context"].row_of(case.text("criminal_context"))
    return (len(arms) >= rule.min_arms
            or any(chosen.arm_type(arm) in rule.arm_types for arm in arms)
            or context in rule.criminal_contexts)


def significant_rows(chosen: Selection, spec: TableSpec) -> list[tuple[Cell, ...]]:
    """The table's rows, in date order, cells in the order of ``spec``'s columns."""
    rows = []
    for case in chosen.counted:
        if is_significant(chosen, case):
            values = _values(chosen, case)
            rows.append(tuple(values[column.code] for column in spec.columns))
    return rows


def _values(chosen: Selection, case: CaseFacts) -> dict[str, Cell]:
    types = chosen.codes["arm_type"]
    by_type = Counter(chosen.arm_type(arm) for arm in chosen.arms(case))
    arms = "; ".join(f"{tr(types.name_of(code))}: {by_type[code]}"
                     for code in types.codes if by_type[code])
    route = [*case.countries("route_departure"), *case.countries("route_transit"),
             *case.countries("route_destination")]
    return {
        "case": case.case_number, "date": case.day.isoformat(), "crossing": case.crossing,
        "arms": arms or tr("none"),
        "parts": sum(i.quantity for i in case.items if i.kind == "parts"),
        "rounds": sum(i.quantity for i in case.items if i.kind == "ammunition"),
        "route": " > ".join(route),
        "concealment": code_name("concealment", case.text("concealment"),
                                 case.text("concealment_note")),
        "legal_justification": code_name("legal_justification",
                                         case.text("legal_justification"),
                                         case.text("legal_justification_note")),
        "criminal_context": code_name("criminal_context", case.text("criminal_context"),
                                      case.text("criminal_context_note")) or tr("Unknown"),
        "tracing": _tracing_words(chosen, case),
    }


def _tracing_words(chosen: Selection, case: CaseFacts) -> str:
    arms = chosen.arms(case)
    if not arms:
        return tr("no arms to trace")
    answered = set(chosen.codes["trace_answered"].rows[0].sources)
    requests = sum(len(arm.trace_statuses) for arm in arms)
    replies = sum(s in answered for arm in arms for s in arm.trace_statuses)
    checked = sum(arm.registry_checks > 0 for arm in arms)
    origin = sum(arm.origin_how is not None for arm in arms)
    return tr("{checked} of {arms} arms checked in the registry; {requests} trace requests, "
              "{replies} answered; illicit origin established for {origin}",
              checked=checked, arms=len(arms), requests=requests, replies=replies,
              origin=origin)
