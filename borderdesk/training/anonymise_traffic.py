"""Ordinary traffic around a case's shipment, so that a scenario made from a case is
not a queue of one.

A trainee who finds a single declaration in the queue has nothing to screen. The
declarations added here are drawn by the demo generator (``resources/demo``: routes,
goods, companies and people that exist nowhere) in the hours before the scenario
starts, written as lodged at the case's crossing. None of them is in the hidden truth:
selecting one for inspection counts against the trainee's precision, as in live work.

A drawn declaration is left out when any nominal value of the case could be read in it
(the demo's names are invented, but a case made on a demo station holds the same ones),
so the pack's final check never has to refuse because of the traffic around the case.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from borderdesk.core.paths import resource_path
from borderdesk.demo.context import Builder, load_catalog
from borderdesk.demo.draw import Window
from borderdesk.demo.ordinary import ordinary_draft
from borderdesk.training.anonymise_text import NominalValue, find_values

#: How many ordinary declarations a scenario made from a case puts around it.
ORDINARY_COUNT = 24
#: How far back before the scenario's start the ordinary traffic is lodged.
_SPAN = timedelta(hours=10)
#: Draws allowed per declaration kept (some are refused for a case value or the time).
_TRIES_PER_KEPT = 8


def ordinary_traffic(*, starts_at: datetime, zone: ZoneInfo, crossing: str, id_prefix: str,
                     seed: int, values: Iterable[NominalValue], taken: Iterable[str] = (),
                     count: int = ORDINARY_COUNT) -> list[dict[str, Any]]:
    """Up to ``count`` ordinary declarations lodged in the hours before ``starts_at``
    at ``crossing`` (in the station's time ``zone``), numbered ``{id_prefix}NNNNNN``
    avoiding the ids in ``taken``, none holding any of ``values``; sorted by lodging
    time. The same arguments give the same declarations."""
    starts_at = starts_at.astimezone(zone)
    catalog = load_catalog(resource_path("demo"))
    first_day = (starts_at - _SPAN).date()
    days = tuple(first_day + timedelta(days=n)
                 for n in range((starts_at.date() - first_day).days + 1))
    window = Window(zone, days, 24)
    builder = Builder(catalog, random.Random(seed), window)
    known = list(values)
    kept: list[dict[str, Any]] = []
    for _ in range(count * _TRIES_PER_KEPT):
        if len(kept) == count:
            break
        draft = ordinary_draft(builder)
        if not starts_at - _SPAN <= draft.lodged < starts_at:
            continue
        declaration = draft.render()
        declaration["crossing"] = crossing
        if find_values(json.dumps(declaration, ensure_ascii=False), known):
            continue
        kept.append(declaration)
    kept.sort(key=lambda d: str(d["lodged_at"]))
    used = set(taken)
    rng = random.Random(seed + 1)
    for declaration in kept:
        number = f"{id_prefix}{rng.randrange(10 ** 6):06d}"
        while number in used:
            number = f"{id_prefix}{rng.randrange(10 ** 6):06d}"
        used.add(number)
        declaration["declaration_id"] = number
    return kept
