"""The demo station's seizure cases, read from ``resources/demo/seizures.yaml``.

Each case names the scenario whose declaration was inspected, the items with their
identification answers, and the acts recorded on the case in the order they were typed
in, each at a number of minutes after the inspection started. This module only reads and
checks the file (structure and cross-references, with ``FILE:LINE: field: problem``);
the values themselves are checked by the services that record them
(:mod:`borderdesk.services.demo`), which name the act's line when one is refused.
It also works out when each act happened (:func:`plan_start`, :func:`act_moment`) and
fills the placeholders of the texts (:func:`fill`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

#: The keys each kind of act may have besides its own (the kind's key) and ``at``.
ACT_OPTIONS: dict[str, frozenset[str]] = {
    "identify": frozenset(),
    "step": frozenset({"item", "items", "by", "fields", "deviation", "not_applicable"}),
    "photos": frozenset({"item", "step", "package"}),
    "package": frozenset({"kind", "contents", "by"}),
    "seal": frozenset({"numbers", "by"}),
    "transfer": frozenset({"from", "to", "purpose", "place", "note"}),
    "fields": frozenset(),
    "person": frozenset({"name", "nationality", "sex", "birth_date", "document", "note"}),
    "tracing": frozenset({"item", "result", "reference", "note", "country", "channel",
                          "status", "request", "established", "how"}),
    "follow_up": frozenset({"stage", "offences", "note"}),
    "sign_off": frozenset({"by"}),
}
#: Placeholders that texts of the file may hold.
PLACEHOLDERS = ("driver", "vehicle", "trailer", "case", "year", "identification")
#: Acts up to this many minutes after the start belong to the day of the find: the case is
#: moved earlier as a whole when they would end after the demo's last moment.
FIRST_DAY_MINUTES = 24 * 60
_CASE_KEYS = frozenset({"id", "scenario", "inspection", "recorded_by", "fields_at", "fields",
                        "items", "acts"})


@dataclass(frozen=True)
class DemoInspection:
    """How the case's inspection went: minutes from lodging to its start, to the find."""

    kind: str
    after_lodging: int
    found_at: int
    findings: str


@dataclass(frozen=True)
class DemoItem:
    """An item of a case: its label and the identification checklist's answers."""

    label: str
    answers: Mapping[str, Any]
    line: int


@dataclass(frozen=True)
class DemoAct:
    """One act on a case: ``kind`` (a key of :data:`ACT_OPTIONS`), the kind's ``value``
    (a step id, item numbers, a package number...), when and its other keys."""

    kind: str
    value: Any
    at: int
    options: Mapping[str, Any]
    line: int

    def items(self) -> tuple[int, ...]:
        """The item numbers the act concerns (``item`` or ``items``; none when absent)."""
        if "items" in self.options:
            return tuple(self.options["items"])
        return (self.options["item"],) if "item" in self.options else ()


@dataclass(frozen=True)
class DemoCase:
    """A seizure case of the demo."""

    id: str
    scenario: str
    inspection: DemoInspection
    recorded_by: str
    fields_at: int
    fields: Mapping[str, Any]
    items: tuple[DemoItem, ...]
    acts: tuple[DemoAct, ...]
    line: int

    def first_day(self) -> int:
        """The minutes after the start by which the acts of the day of the find are done."""
        times = [self.inspection.found_at, self.fields_at]
        times.extend(a.at for a in self.acts if a.at <= FIRST_DAY_MINUTES)
        return max(times)


@dataclass(frozen=True)
class DemoPlace:
    """Where the photos are taken and with what."""

    lat: float
    lon: float
    camera_make: str
    camera_model: str
    photo_size: tuple[int, int]


@dataclass(frozen=True)
class DemoSeizures:
    """The whole file."""

    path: str
    version: int
    place: DemoPlace
    cases: tuple[DemoCase, ...]


def load_demo_seizures(path: Path | None = None) -> DemoSeizures:
    """Read and check ``seizures.yaml`` (the shipped one unless ``path`` is given)."""
    source = path if path is not None else resource_path("demo") / "seizures.yaml"
    data = load_yaml(source)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(source), 1, None, tr("the file must be a mapping"))
    version = data.require("version", int)
    place = _place(data.require("place", dict))
    cases = data.require("cases", list)
    read = tuple(_case(case, line) for case, line in _maps(cases, "cases"))
    seen: dict[str, int] = {}
    files: dict[str, int] = {}
    for case in read:
        if case.id in seen:
            raise DataFileError(str(source), case.line, "id", tr(
                "case '{id}' appears twice (first on line {line})", id=case.id,
                line=seen[case.id]))
        seen[case.id] = case.line
        for act in case.acts:
            for photo in act.value if act.kind == "photos" else ():
                if photo["file"] in files:
                    raise DataFileError(str(source), act.line, "photos", tr(
                        "photo file {file} appears twice (first on line {line})",
                        file=photo["file"], line=files[photo["file"]]))
                files[photo["file"]] = act.line
    return DemoSeizures(str(source), version, place, read)


def plan_start(lodged: datetime, case: DemoCase, last: datetime) -> datetime:
    """When the case's inspection started: ``after_lodging`` minutes after the
    declaration was lodged, or earlier when the acts of that day would end after
    ``last`` (the demo's last moment)."""
    start = lodged + timedelta(minutes=case.inspection.after_lodging)
    return min(start, last - timedelta(minutes=case.first_day()))


def act_moment(start: datetime, minutes: int, last: datetime) -> datetime:
    """When an act ``minutes`` after ``start`` happened, never after ``last``."""
    return min(start + timedelta(minutes=minutes), last)


def fill(value: Any, names: Mapping[str, str]) -> Any:
    """``value`` with the placeholders of its texts (``{driver}``...) filled in from
    ``names``; lists and mappings are filled throughout."""
    if isinstance(value, str):
        for name, text in names.items():
            value = value.replace("{" + name + "}", text)
        return value
    if isinstance(value, list):
        return [fill(v, names) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, names) for k, v in value.items()}
    return value


def _plain(value: Any) -> Any:
    # The services store what they are given: plain values, not the loader's line-aware ones.
    return json.loads(json.dumps(value, ensure_ascii=False))


def _maps(items: YamlList, field: str) -> list[tuple[YamlMap, int]]:
    found = []
    for item, line in zip(items, items.item_lines, strict=True):
        if not isinstance(item, YamlMap):
            raise DataFileError(items.path, line, field, tr("each entry must be a mapping"))
        found.append((item, line))
    return found


def _place(data: YamlMap) -> DemoPlace:
    gps = data.require("gps", str)
    try:
        lat, lon = (float(part) for part in gps.split(","))
    except ValueError:
        raise data.fail("gps", tr("write the position as latitude, longitude")) from None
    camera = data.require("camera", dict)
    size = data.require("photo_size", list)
    if len(size) != 2 or not all(isinstance(v, int) and 64 <= v <= 6000 for v in size):
        raise data.fail("photo_size", tr("give the width and height in pixels, like "
                                         "[1600, 1200]"))
    return DemoPlace(lat, lon, camera.require("make", str), camera.require("model", str),
                     (size[0], size[1]))


def _minutes(data: YamlMap, key: str) -> int:
    value = data.require(key, int)
    if value < 0:
        raise data.fail(key, tr("minutes after the inspection started: 0 or more"))
    return int(value)


def _case(data: YamlMap, line: int) -> DemoCase:
    unknown = sorted(set(data) - _CASE_KEYS)
    if unknown:
        raise data.fail(unknown[0], tr("unknown field (known: {known})",
                                       known=", ".join(sorted(_CASE_KEYS))))
    inspection = data.require("inspection", dict)
    items = tuple(DemoItem(item.require("label", str), _plain(item.require("answers", dict)),
                           item_line)
                  for item, item_line in _maps(data.require("items", list), "items"))
    acts = tuple(_act(act, act_line) for act, act_line in _maps(data.require("acts", list),
                                                                 "acts"))
    case = DemoCase(
        data.require("id", str), data.require("scenario", str),
        DemoInspection(inspection.require("kind", str), _minutes(inspection, "after_lodging"),
                       _minutes(inspection, "found_at"),
                       " ".join(inspection.require("findings", str).split())),
        data.require("recorded_by", str), _minutes(data, "fields_at"),
        _plain(data.require("fields", dict)), items, acts, line)
    _check_references(case, data)
    return case


def _act(data: YamlMap, line: int) -> DemoAct:
    # The first key says what the act is (a photo act links to a ``step`` too).
    kind = next(iter(data), "")
    if kind not in ACT_OPTIONS:
        raise DataFileError(data.path, line, kind or None, tr(
            "an act starts with one of: {known}", known=", ".join(ACT_OPTIONS)))
    allowed = ACT_OPTIONS[kind] | {kind, "at"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise data.fail(unknown[0], tr("not a field of a '{kind}' act (known: {known})",
                                       kind=kind, known=", ".join(sorted(allowed))))
    options = {k: _plain(v) for k, v in data.items() if k not in (kind, "at")}
    return DemoAct(kind, _plain(data[kind]), _minutes(data, "at"), options, line)


def _check_references(case: DemoCase, data: YamlMap) -> None:
    """Items, packages, persons and trace requests are referred to by their numbers in
    the case: each must exist when it is referred to."""
    items = len(case.items)
    identified: list[int] = []
    packages = persons = requests = 0

    def bad(act: DemoAct, field: str, problem: str) -> DataFileError:
        return DataFileError(data.path, act.line, field, problem)

    for act in case.acts:
        numbers = list(act.value) if act.kind in ("identify", "package") else []
        numbers += list(act.items())
        for number in numbers:
            if not isinstance(number, int) or not 1 <= number <= items:
                raise bad(act, act.kind, tr("there is no item {n} (the case has {count})",
                                            n=number, count=items))
            if act.kind != "identify" and number not in identified:
                raise bad(act, act.kind, tr("item {n} is not identified yet", n=number))
        if act.kind == "identify":
            identified.extend(act.value)
        elif act.kind == "package":
            packages += 1
        elif act.kind == "person":
            persons += 1
        elif act.kind == "tracing" and act.value == "trace_request":
            requests += 1
        for kind, key, count in (("seal", None, packages), ("transfer", None, packages),
                                 ("photos", "package", packages),
                                 ("follow_up", None, persons),
                                 ("tracing", "request", requests)):
            if act.kind != kind or (key is not None and key not in act.options):
                continue
            ref = act.options[key] if key else act.value
            if not isinstance(ref, int) or not 1 <= ref <= count:
                raise bad(act, key or kind, tr("refers to number {n}; only {count} recorded "
                                               "before it", n=ref, count=count))
    if identified != list(range(1, items + 1)):
        raise data.fail("acts", tr("the identify acts must add items 1 to {count} once "
                                   "each, in order", count=items))
