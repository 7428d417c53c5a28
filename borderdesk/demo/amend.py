"""Benign amendments: a broker correcting an ordinary declaration a little later.

Real declarations are amended for dull reasons far more often than for suspicious
ones. These corrections (kinds in ``station.yaml``) never touch the consignee, the
declarant, an HS code or a description, so indicator 6 (late change of consignee,
declarant or goods) stays the scenarios' alone.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from borderdesk.demo import draw
from borderdesk.demo.context import Builder, Draft
from borderdesk.demo.schema import pick


def benign_amendments(builder: Builder, ordinary: list[Draft]) -> list[Draft]:
    """A few amendments of ordinary first versions, each a little after its original."""
    rng = builder.rng
    plan = builder.catalog.station.amendments
    earliest_gap = timedelta(minutes=plan.delay_minutes.low)
    candidates = [d for d in ordinary if d.lodged + earliest_gap <= builder.window.end]
    chosen = rng.sample(candidates, min(plan.count.draw_int(rng), len(candidates)))
    amendments: list[Draft] = []
    for first in chosen:
        room = (builder.window.end - first.lodged).total_seconds() / 60
        delay = rng.uniform(plan.delay_minutes.low, min(plan.delay_minutes.high, room))
        body = copy.deepcopy(first.body)
        lodged = draw.later(first.lodged, delay)
        _CORRECTIONS[pick(rng, plan.kinds)](builder, body, lodged)
        amendments.append(Draft(lodged, body, amends=first))
    return amendments


def _add_document(builder: Builder, body: dict[str, Any], lodged: datetime) -> None:
    """The broker adds the CMR (or, if there is one, another document) forgotten at first."""
    present = {d["type"] for d in body["documents"]}
    doc_type = "cmr" if "cmr" not in present and body["transport_mode"] != "postal" else "other"
    body["documents"] += builder.documents((doc_type,), lodged, body["dispatch_country"])


def _correct_mass(builder: Builder, body: dict[str, Any], _lodged: datetime) -> None:
    """The weighbridge ticket differs from the invoice: gross (and net) mass corrected."""
    line = body["items"][0]
    factor = _factor(builder)
    # A parcel of 0.3 kg does not change by 5 % at one decimal: move it by 0.1 kg at least.
    line["gross_kg"] = _changed(line["gross_kg"], round(line["gross_kg"] * factor, 1), 0.1)
    if line["net_kg"] is not None:
        line["net_kg"] = min(line["gross_kg"], round(line["net_kg"] * factor, 1))


def _correct_value(builder: Builder, body: dict[str, Any], _lodged: datetime) -> None:
    """A corrected invoice: the value of the first line changes a little."""
    line = body["items"][0]
    line["value"] = _changed(line["value"], round(line["value"] * _factor(builder), 2), 0.01)


def _correct_packages(builder: Builder, body: dict[str, Any], _lodged: datetime) -> None:
    """The packages were miscounted (bulk goods get their mass corrected instead)."""
    line = body["items"][0]
    if line["packages"] is None:
        _correct_mass(builder, body, _lodged)
        return
    step = builder.rng.randint(1, 3)
    line["packages"] = line["packages"] + step if line["packages"] <= step else (
        line["packages"] + builder.rng.choice((-step, step)))


def _changed(old: float, new: float, step: float) -> float:
    """``new``, or ``old`` moved up by ``step`` when rounding left it unchanged."""
    return new if new != old and new > 0 else round(old + step, 2)


def _factor(builder: Builder) -> float:
    """A correction factor 2 to 8 % away from 1, up or down (never exactly 1)."""
    change = builder.rng.uniform(0.02, 0.08)
    return 1 + change if builder.rng.random() < 0.5 else 1 - change


_CORRECTIONS: dict[str, Callable[[Builder, dict[str, Any], datetime], None]] = {
    "add_document": _add_document,
    "correct_mass": _correct_mass,
    "correct_value": _correct_value,
    "correct_packages": _correct_packages,
}
