"""Loading a scenario pack: the manifest, its declaration files, the truth, the injects and
the expected actions, all checked before an exercise can start.

Errors name the pack's file, the line and the field (``PACK/manifest.yaml:42: truth:
...``); declaration files are read by the same intake as live imports, so their errors
read as an import's (``PACK/declarations.json:12: items[1].hs_code: ...``). Every file
of the pack must be named by the manifest, as in a reference pack.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from borderdesk.core.canonical import canonical_sha256
from borderdesk.core.codelists import countries
from borderdesk.core.datafiles import YamlMap, load_yaml_text
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.domain.declaration import Declaration
from borderdesk.evidence.steps import default_steps
from borderdesk.identify.refpack import PackVersion
from borderdesk.identify.refpack_images import ImageProblem, check_image
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import file_format, read_declarations
from borderdesk.rules.watchlist_csv import read_watchlist_csv
from borderdesk.training.pack import (
    DEFAULT_WEIGHTS,
    IDENTIFY_CRITERIA,
    INJECT_KINDS,
    MANIFEST_NAME,
    SUPPORTED_FORMATS,
    Expected,
    ExtraOrder,
    Inject,
    ScenarioPack,
    StationSetup,
    Truth,
    WatchEntry,
)
from borderdesk.training.pack_fields import choice, known_keys, maps, text, texts, whole
from borderdesk.training.pack_source import PackSource, ScenarioPackError
from borderdesk.training.pack_truth import read_truth

_TOP_KEYS = ("format", "id", "version", "title", "description", "briefing", "learning_goals",
             "station",
             "profile", "watchlist", "starts_at", "duration_minutes", "declarations",
             "injects", "truth", "expected", "scoring")
_STATION_KEYS = ("name", "crossing", "country", "time_zone")
_INJECT_KEYS = ("id", "at", "kind", "title", "text", "from", "files", "entries")
_ENTRY_KEYS = ("kind", "name", "note")
_EXPECTED_KEYS = ("select", "identify", "evidence", "timing")
_EVIDENCE_KEYS = ("steps", "order")
_TIMING_KEYS = ("select_within", "evidence_within")
_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
#: Errors of a declaration file listed before "... and N more".
_MAX_LISTED = 20


def load_pack(path: Path) -> ScenarioPack:
    """Open, check and read the scenario pack at ``path`` (a folder or a zip archive)."""
    with PackSource(path) as source:
        return _Loader(source).load()


class _Loader:
    def __init__(self, source: PackSource) -> None:
        self.source = source
        self.named: set[str] = {MANIFEST_NAME}

    def load(self) -> ScenarioPack:
        source = self.source
        if MANIFEST_NAME not in source.names:
            raise ScenarioPackError(tr("{pack}: there is no {manifest} at the top of the pack",
                                       pack=source.path, manifest=MANIFEST_NAME))
        where = source.where(MANIFEST_NAME)
        try:
            manifest = source.read(MANIFEST_NAME).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ScenarioPackError(tr("{where}: not UTF-8 text ({reason})", where=where,
                                       reason=exc.reason)) from None
        data = load_yaml_text(manifest, where)
        if not isinstance(data, YamlMap):
            raise DataFileError(where, 1, None, tr("the manifest must be a mapping"))
        return self._pack(data)

    def _pack(self, data: YamlMap) -> ScenarioPack:
        known_keys(data, _TOP_KEYS)
        fmt = data.require("format", int)
        if fmt not in SUPPORTED_FORMATS:
            raise data.fail("format", tr(
                "scenario format {found} is not read by this borderdesk (it reads {known}); "
                "a newer borderdesk may read it", found=fmt,
                known=", ".join(str(known) for known in SUPPORTED_FORMATS)))
        pack_id = text(data, "id")
        if not _PACK_ID.match(pack_id):
            raise data.fail("id", tr("'{id}' must be 1 to 64 lower-case letters, digits, dots, "
                                     "hyphens or underscores", id=pack_id))
        version = PackVersion.parse(text(data, "version"))
        if version is None:
            raise data.fail("version", tr("must be whole numbers joined by dots, like 3 or "
                                          "2026.2"))
        station = self._station(data.require("station", dict))
        zone = ZoneInfo(station.time_zone)
        starts_at = self._moment(data, "starts_at")
        files = texts(data, "declarations")
        declarations = self._declaration_files(data, "declarations", files, zone)
        seen = [d.declaration_id for d in declarations]
        injects = self._injects(data, zone, seen)
        truth = read_truth(maps(data, "truth"), self._check_picture)
        every = seen + [d.declaration_id for i in injects for d in i.declarations
                        if i.kind == "arrival"]
        for entry in truth:
            if entry.declaration_id not in every:
                raise DataFileError(data.path, entry.line, "declaration", tr(
                    "'{id}' is not a declaration of the scenario", id=entry.declaration_id))
        expected = self._expected(data.require("expected", dict), every, truth)
        pack = ScenarioPack(
            id=pack_id, version=str(version), title=text(data, "title"),
            description=text(data, "description"),
            learning_goals=texts(data, "learning_goals"), station=station,
            profile=self._profile(data), starts_at=starts_at,
            duration_minutes=whole(data, "duration_minutes", minimum=1, required=False),
            declaration_files=files, declarations=tuple(declarations),
            watchlist=self._watchlist(data), truth=truth, injects=injects,
            expected=expected, weights=self._weights(data),
            briefing=text(data, "briefing", required=False))
        return self._sealed(pack)

    # ------------------------------------------------------------------ the parts
    def _station(self, data: YamlMap) -> StationSetup:
        known_keys(data, _STATION_KEYS)
        country = text(data, "country", required=False).upper() or None
        if country is not None and country not in countries():
            raise data.fail("country", tr("'{code}' is not an ISO 3166 country code",
                                          code=country))
        zone = text(data, "time_zone")
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise data.fail("time_zone", tr("'{zone}' is not a time zone name (like "
                                            "Europe/Belgrade)", zone=zone)) from None
        return StationSetup(text(data, "name"), text(data, "crossing"), country, zone)

    @staticmethod
    def _moment(data: YamlMap, key: str) -> datetime:
        value = data.require(key, (datetime, str))
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise data.fail(key, tr("must be a date and time like "
                                        "2026-11-28T07:30:00+01:00")) from None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise data.fail(key, tr("needs its offset from UTC (like +01:00)"))
        return value

    @staticmethod
    def _profile(data: YamlMap) -> str:
        # A shipped profile: a scenario is played with the rules officers really have.
        name = text(data, "profile")
        if not resource_path("profiles", f"{name}.yaml").is_file():
            raise data.fail("profile", tr("'{name}' is not a shipped profile (resources/"
                                          "profiles)", name=name))
        return name

    def _watchlist(self, data: YamlMap) -> str | None:
        name = text(data, "watchlist", required=False)
        if not name:
            return None
        self._file(data, "watchlist", name)
        with self.source.as_file(name) as path:
            try:
                read_watchlist_csv(path)
            except DataFileError as exc:
                raise ScenarioPackError(str(exc).replace(str(path), self.source.where(name),
                                                         1)) from None
        return name

    def _file(self, owner: YamlMap, key: str, name: str) -> None:
        if name not in self.source.names:
            raise owner.fail(key, tr("'{file}' is not in the pack", file=name))
        self.named.add(name)

    def _check_picture(self, owner: YamlMap, name: str) -> None:
        self._file(owner, "file", name)
        try:
            check_image(name, self.source.read(name), self.source.limits.max_pixels)
        except ImageProblem as problem:
            raise owner.fail("file", tr("'{file}': {problem}", file=name,
                                        problem=str(problem))) from None

    def _declaration_files(self, owner: YamlMap, key: str, files: Sequence[str],
                           zone: ZoneInfo) -> list[Declaration]:
        result: list[Declaration] = []
        ids: dict[str, str] = {}
        for name in files:
            self._file(owner, key, name)
            if file_format(Path(name)) is None:
                raise owner.fail(key, tr("'{file}' is not a declaration file (.json, .jsonl, "
                                         ".csv or .xlsx)", file=name))
            errors, warnings = ProblemList(), ProblemList()
            with self.source.as_file(name) as path:
                read = [d for d, _line in read_declarations(path, tz=zone, errors=errors,
                                                            warnings=warnings)]
            problems = [*errors.listed, *warnings.listed]
            if problems:
                # A pack is ours to keep clean: a warning (an unknown field) is a mistake too.
                where = self.source.where(name)
                lines = [p.format(where) for p in problems[:_MAX_LISTED]]
                more = errors.count + warnings.count - len(lines)
                if more > 0:
                    lines.append(tr("... and {count} more", count=more))
                raise ScenarioPackError("\n".join(lines))
            for declaration in read:
                if declaration.declaration_id in ids:
                    raise owner.fail(key, tr("declaration '{id}' is in '{file}' and '{other}'",
                                             id=declaration.declaration_id, file=name,
                                             other=ids[declaration.declaration_id]))
                ids[declaration.declaration_id] = name
            result.extend(read)
        return result

    def _injects(self, data: YamlMap, zone: ZoneInfo, seen: list[str]) -> tuple[Inject, ...]:
        entries = maps(data, "injects", required=False)
        known = set(seen)
        result: list[Inject] = []
        lines: dict[str, int] = {}
        # Amendments may only change a declaration the scenario has brought by then.
        for entry in sorted(entries, key=lambda e: (e.get("at", 0) if isinstance(
                e.get("at"), int) else 0, e.line)):
            known_keys(entry, _INJECT_KEYS)
            ident = text(entry, "id")
            if ident in lines:
                raise entry.fail("id", tr("inject id '{id}' is used twice (first on line "
                                          "{line})", id=ident, line=lines[ident]))
            lines[ident] = entry.line
            kind = choice(entry, "kind", INJECT_KINDS)
            assert kind is not None
            brings = kind in ("amendment", "arrival")
            files = texts(entry, "files") if brings else ()
            if not brings and "files" in entry:
                raise entry.fail("files", tr("only amendment and arrival injects bring files"))
            declarations = self._declaration_files(entry, "files", files, zone)
            for declaration in declarations:
                ident_seen = declaration.declaration_id in known
                if kind == "amendment" and not ident_seen:
                    raise entry.fail("files", tr(
                        "'{id}' is amended before the scenario brought it",
                        id=declaration.declaration_id))
                if kind == "arrival" and ident_seen:
                    raise entry.fail("files", tr(
                        "'{id}' arrives again: a changed declaration is an amendment",
                        id=declaration.declaration_id))
                known.add(declaration.declaration_id)
            watch = tuple(self._entry(e) for e in maps(entry, "entries",
                                                      required=kind == "watchlist"))
            if watch and kind != "watchlist":
                raise entry.fail("entries", tr("only watchlist injects add entries"))
            words = text(entry, "text", required=kind == "message")
            result.append(Inject(ident, whole(entry, "at"), kind, text(entry, "title"), words,
                                 text(entry, "from", required=False), files,
                                 tuple(declarations), watch, entry.line))
        return tuple(sorted(result, key=lambda i: (i.at_minutes, i.line)))

    @staticmethod
    def _entry(data: YamlMap) -> WatchEntry:
        known_keys(data, _ENTRY_KEYS)
        kind = choice(data, "kind", ("person", "company", "vehicle"))
        assert kind is not None
        return WatchEntry(kind, text(data, "name"), text(data, "note", required=False))

    @staticmethod
    def _expected(data: YamlMap, declarations: list[str], truth: tuple[Truth, ...]) -> Expected:
        known_keys(data, _EXPECTED_KEYS)
        select = texts(data, "select")
        for ident in select:
            if ident not in declarations:
                raise data.fail("select", tr("'{id}' is not a declaration of the scenario",
                                             id=ident))
        for entry in truth:
            if entry.declaration_id not in select:
                raise data.fail("select", tr("'{id}' hides items but is not expected to be "
                                             "selected", id=entry.declaration_id))
        identify = texts(data, "identify", required=False) or IDENTIFY_CRITERIA
        for criterion in identify:
            if criterion not in IDENTIFY_CRITERIA:
                raise data.fail("identify", tr("'{value}' is not one of: {options}",
                                               value=criterion,
                                               options=", ".join(IDENTIFY_CRITERIA)))
        steps_file = default_steps()
        evidence = data.optional("evidence", dict) or YamlMap()
        if isinstance(evidence, YamlMap) and evidence:
            known_keys(evidence, _EVIDENCE_KEYS)
        steps = texts(evidence, "steps", required=False) if evidence else ()
        if not steps:
            steps = tuple(s.id for s in steps_file.steps if s.minimum)
        order: list[ExtraOrder] = []
        for pair in (evidence.optional("order", list, []) if evidence else []):
            if not (isinstance(pair, list) and len(pair) == 2):
                raise evidence.fail("order", tr("each order is a pair [first, then]"))
            order.append(ExtraOrder(str(pair[0]), str(pair[1])))
        for step in [*steps, *(s for o in order for s in (o.first, o.then))]:
            if steps_file.step(step) is None:
                raise evidence.fail("steps" if step in steps else "order", tr(
                    "'{step}' is not an evidence step of {file}", step=step,
                    file=steps_file.id))
        timing = data.optional("timing", dict) or YamlMap()
        if timing:
            known_keys(timing, _TIMING_KEYS)
        within = {key: whole(timing, key, minimum=1, required=False) if timing else None
                  for key in _TIMING_KEYS}
        return Expected(select, identify, steps, tuple(order), within["select_within"],
                        within["evidence_within"])

    @staticmethod
    def _weights(data: YamlMap) -> dict[str, float]:
        scoring = data.optional("scoring", dict)
        if not scoring:
            return dict(DEFAULT_WEIGHTS)
        known_keys(scoring, ("weights",))
        weights = scoring.require("weights", dict)
        known_keys(weights, tuple(DEFAULT_WEIGHTS))
        result = dict(DEFAULT_WEIGHTS)
        for key in weights:
            value = weights.require(key, (int, float))
            if value < 0:
                raise weights.fail(key, tr("must be 0 or more"))
            result[key] = float(value)
        if sum(result.values()) <= 0:
            raise scoring.fail("weights", tr("at least one weight must be above 0"))
        return result

    def _sealed(self, pack: ScenarioPack) -> ScenarioPack:
        """The pack with its files' hashes, once every file is known to be named."""
        for name in self.source.names:
            if name not in self.named:
                raise ScenarioPackError(tr("{where}: is in the pack but the manifest does not "
                                           "name it", where=self.source.where(name)))
        hashes = {name: hashlib.sha256(self.source.read(name)).hexdigest()
                  for name in self.source.names}
        return replace(pack, files=hashes, sha256=canonical_sha256(hashes))
