"""Recording one demo seizure case through the services an officer's actions go through.

:class:`CaseRecorder` turns a case of ``seizures.yaml`` into timed acts: the
inspection's start, the find (which opens the case), the event fields, then each act
of the file. Each act runs in a session whose clock says when it was typed in and whose
user is who typed it (the case's officer; the supervisor for the sign-off); the act's
own time (``at``) is passed where the service takes one. Typing never goes back in
time: an act typed in after a later one (steps written up after the identification)
keeps its real time as the time it was done. A value a service refuses is reported as
a mistake of the data file, on the act's line.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Executor, Future
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import BorderdeskError, DataFileError
from borderdesk.core.i18n import tr
from borderdesk.demo.seizure_photos import camera_exif, evidence_photo
from borderdesk.demo.seizures import (
    DemoAct,
    DemoCase,
    DemoSeizures,
    act_moment,
    fill,
    plan_start,
)
from borderdesk.identify.engine import walk_answers
from borderdesk.services import custody, seizure_tracing, seizures
from borderdesk.services.evidence_steps import record_step, steps_definition, timeline
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.photos import import_photos
from borderdesk.services.station import StationSession

#: Seconds between the photos of one act (the camera's clock in their EXIF).
_PHOTO_GAP = 20


def _typed_after(act: DemoAct) -> int:
    """The minutes after which ``act`` can be typed in: its time, or a later time one of
    its step fields gives (the qualified person's arrival is written up once he came)."""
    spec = steps_definition().step(act.value) if act.kind == "step" else None
    times = {f.id for f in spec.fields if f.type == "time"} if spec else set()
    given = [v for k, v in act.options.get("fields", {}).items()
             if k in times and isinstance(v, int)]
    return max([act.at, *given])


class CaseRecorder:
    """One case of the file, to be recorded at the station of ``session``."""

    def __init__(self, session: StationSession, plan: DemoSeizures, case: DemoCase,
                 declaration: Mapping[str, Any], lodged: datetime, last: datetime,
                 painter: Executor | None = None) -> None:
        self.session, self.plan, self.case, self.last = session, plan, case, last
        self.painter = painter
        # Read once: the painter thread may not touch the database.
        self.zone = session.time_zone()
        self.pictures: dict[str, Future[bytes]] = {}
        self.declaration = declaration
        self.start = plan_start(lodged, case, last)
        driver = declaration.get("driver") or {}
        vehicle = declaration.get("vehicle") or {}
        local = self.start.astimezone(self.zone)
        self.names = {"driver": str(driver.get("name") or ""),
                      "vehicle": str(vehicle.get("registration") or ""),
                      "trailer": str(vehicle.get("trailer") or ""), "year": str(local.year),
                      "case": ""}
        self.inspection = self.case_id = ""
        self.items: list[str] = []
        self.identifications: list[str] = []
        self.packages: list[custody.Package] = []
        self.persons: list[str] = []
        self.requests: list[str] = []

    def timeline(self) -> Iterator[tuple[datetime, Callable[[], None]]]:
        """The case's acts in the order they are typed in, each with when that is."""
        typed = self.start
        steps: list[tuple[int, int, Callable[[datetime, datetime], None], int]] = [
            (0, 0, lambda s, d: self._begin(s), self.case.line),
            (self.case.inspection.found_at, self.case.inspection.found_at,
             lambda s, d: self._find(s), self.case.line),
            (self.case.fields_at, self.case.fields_at, lambda s, d: self._fields(s),
             self.case.line)]
        steps.extend((act.at, _typed_after(act), self._handler(act), act.line)
                     for act in self.case.acts)
        for minutes, after, handler, line in steps:
            done = act_moment(self.start, minutes, self.last)
            typed = max(typed, act_moment(self.start, after, self.last))
            yield typed, self._guarded(handler, typed, done, line)

    def _guarded(self, handler: Callable[[datetime, datetime], None], typed: datetime,
                 done: datetime, line: int) -> Callable[[], None]:
        def run() -> None:
            try:
                handler(typed, done)
            except DataFileError:
                raise
            except BorderdeskError as exc:
                # The file is ours: a refusal is a mistake in it, named by its line.
                raise DataFileError(self.plan.path, line, None, str(exc)) from exc
        return run

    def _handler(self, act: DemoAct) -> Callable[[datetime, datetime], None]:
        recorders: dict[str, Callable[[DemoAct, datetime, datetime], None]] = {
            "identify": self._identify, "step": self._step, "photos": self._photos,
            "package": self._package, "seal": self._seal, "transfer": self._transfer,
            "fields": self._more_fields, "person": self._person, "tracing": self._tracing,
            "follow_up": self._follow_up, "sign_off": self._sign_off}
        record = recorders[act.kind]
        return lambda typed, done: record(act, typed, done)

    # --------------------------------------------------------------- helpers
    def _as(self, typed: datetime, actor: str | None = None) -> StationSession:
        """The session as the officer typing at ``typed`` sees it."""
        return replace(self.session, clock=FixedClock(typed),
                       actor=actor or self.case.recorded_by)

    def _at(self, minutes: int) -> str:
        return act_moment(self.start, minutes, self.last).isoformat()

    def _text(self, value: Any, item: int | None = None) -> Any:
        names = dict(self.names)
        if item is not None:
            names["identification"] = self.identifications[item - 1]
        return fill(value, names)

    # --------------------------------------------------------------- the inspection
    def _begin(self, typed: datetime) -> None:
        self.inspection = start_inspection(self._as(typed), self.declaration["declaration_id"],
                                           self.case.inspection.kind).id

    def _find(self, typed: datetime) -> None:
        finished = record_outcome(self._as(typed), self.inspection, "seizure",
                                  self.case.inspection.findings)
        assert finished.case_number is not None  # a seizure opens a case
        self.names["case"] = finished.case_number
        self.case_id = seizures.get_case(self.session, finished.case_number).summary.id
        if self.painter is not None:
            # The captions are known now: the photos are drawn while the steps are recorded.
            for act in self.case.acts:
                for index, photo in enumerate(act.value if act.kind == "photos" else ()):
                    self.pictures[photo["file"]] = self.painter.submit(
                        self._picture, photo, act_moment(self.start, act.at, self.last), index)

    def _fields(self, typed: datetime) -> None:
        values = dict(self._text(self.case.fields))
        if isinstance(values.get("occurred_at"), int):
            values["occurred_at"] = self._at(values["occurred_at"])
        route = list(self.declaration.get("itinerary") or [])
        vehicle = " / ".join(v for v in (self.names["vehicle"], self.names["trailer"]) if v)
        values.update(
            crossing=self.session.station.crossing_code or self.declaration.get("crossing"),
            gps=f"{self.plan.place.lat}, {self.plan.place.lon}",
            route_departure=route[0] if route else None,
            route_transit=route[1:-1], route_destination=route[-1] if route else None,
            conveyance_id=vehicle or None)
        seizures.set_fields(self._as(typed), self.case_id, values)

    def _more_fields(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        seizures.set_fields(self._as(typed), self.case_id, self._text(act.value))

    # --------------------------------------------------------------- items and steps
    def _identify(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        at = self._as(typed)
        for number in act.value:
            item = self.case.items[number - 1]
            walked = walk_answers(checklist_for(), item.answers)
            if walked.unused:
                raise DataFileError(self.plan.path, item.line, "answers", tr(
                    "never asked (their steps did not apply): {names}",
                    names=", ".join(walked.unused)))
            found = record_walk(at, self.inspection, item.label, walked.walk)
            self.identifications.append(found.id)
            self.items.append(seizures.add_identified_item(at, self.case_id, found.id).id)

    def _step(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        spec = steps_definition().step(act.value)
        times = {f.id for f in spec.fields if f.type == "time"} if spec else set()
        fields = {key: self._at(value) if key in times and isinstance(value, int) else value
                  for key, value in act.options.get("fields", {}).items()}
        for item in act.items() or (None,):
            record_step(self._as(typed), self.case_id, act.value, self._text(fields, item),
                        item=str(item) if item else None, at=done.isoformat(),
                        by=self._text(act.options.get("by")),
                        deviation_reason=act.options.get("deviation"),
                        not_applicable=act.options.get("not_applicable"))

    def _picture(self, photo: Mapping[str, str], done: datetime, index: int) -> bytes:
        """The JPEG of a photo of an act done at ``done`` (its ``index``-th)."""
        place = self.plan.place
        taken = (done + timedelta(seconds=_PHOTO_GAP * index)).astimezone(self.zone)
        return evidence_photo(photo["file"], self._text(photo["caption"]), place.photo_size,
                              camera_exif(taken, place.camera_make, place.camera_model,
                                          place.lat, place.lon))

    def _photos(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        item = act.options.get("item")
        step = act.options.get("step")
        step_ref = None
        if step is not None:
            wanted = str(item) if item is not None and step not in ("photograph_in_place",
                                                                     "seal_label") else None
            records = [r for r in timeline(self.session, self.case_id)
                       if r.current and r.step == step and (wanted is None or r.item == wanted)]
            step_ref = records[-1].id if records else None
        package = act.options.get("package")
        with tempfile.TemporaryDirectory(prefix="borderdesk-demo-") as folder:
            for index, photo in enumerate(act.value):
                caption = self._text(photo["caption"])
                drawn = self.pictures.get(photo["file"])
                source = Path(folder) / photo["file"]
                source.write_bytes(drawn.result() if drawn is not None
                                   else self._picture(photo, done, index))
                report = import_photos(
                    self._as(typed), self.case_id, [source], caption=caption,
                    item=self.items[item - 1] if item is not None else None, step=step_ref,
                    package=self.packages[package - 1].id if package is not None else None)
                refused = [o.message for o in report.outcomes if o.status != "imported"]
                if refused:
                    raise DataFileError(self.plan.path, act.line, "photos", "; ".join(
                        str(m) for m in refused))

    # --------------------------------------------------------------- packages and custody
    def _package(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        self.packages.append(custody.create_package(
            self._as(typed), self.case_id, [str(n) for n in act.value],
            act.options.get("kind", "other"), act.options.get("contents", ""),
            at=done.isoformat(), by=act.options.get("by")))

    def _seal(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        custody.seal_package(self._as(typed), self.packages[act.value - 1].label,
                             act.options.get("numbers", []), at=done.isoformat(),
                             by=act.options.get("by"))

    def _transfer(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        o = act.options
        custody.transfer(self._as(typed), self.packages[act.value - 1].label, o["from"],
                         o["to"], o["purpose"], o["place"], at=done.isoformat(),
                         note=o.get("note", ""))

    # --------------------------------------------------------------- persons and tracing
    def _person(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        details = {k: v for k, v in act.options.items() if k != "name"}
        name = act.options.get("name")
        if name is None and act.value == "driver":
            # The driver is the declaration's: the same spelling, the same nationality.
            driver = self.declaration.get("driver") or {}
            name = driver.get("name")
            details.setdefault("nationality", driver.get("nationality"))
        person = seizure_tracing.add_person(self._as(typed), self.case_id, act.value,
                                            str(name or ""), **details)
        self.persons.append(person.id)

    def _tracing(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        o, at = act.options, self._as(typed)
        on = done.astimezone(self.zone).date()
        reference, note = self._text(o.get("reference", "")), o.get("note", "")
        if act.value == "registry_check":
            seizure_tracing.record_registry_check(at, self.case_id, o["item"], o["result"], on,
                                                  reference, note)
        elif act.value == "iarms_query":
            seizure_tracing.record_iarms_query(at, self.case_id, o["item"], o["result"], on,
                                               reference, note)
        elif act.value == "trace_request":
            event = seizure_tracing.record_trace_request(
                at, self.case_id, o["item"], o["country"], o["channel"], on, reference,
                o.get("status", "sent"), note)
            self.requests.append(event.id)
        elif act.value == "trace_status":
            seizure_tracing.record_trace_status(at, self.case_id,
                                                self.requests[o["request"] - 1],
                                                o["status"], on, note)
        elif act.value == "origin":
            seizure_tracing.record_origin(at, self.case_id, o["item"], bool(o["established"]),
                                          o.get("how"), note)
        else:
            raise DataFileError(self.plan.path, act.line, "tracing", tr(
                "'{kind}' is not a kind of tracing entry", kind=act.value))

    def _follow_up(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        o = act.options
        seizure_tracing.record_follow_up(
            self._as(typed), self.case_id, self.persons[act.value - 1], o["stage"],
            done.astimezone(self.zone).date(), o.get("offences", []),
            o.get("note", ""))

    def _sign_off(self, act: DemoAct, typed: datetime, done: datetime) -> None:
        seizures.sign_off(self._as(typed, act.options.get("by")), self.case_id,
                          str(act.value or ""))
