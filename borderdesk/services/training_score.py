"""Scoring a trainee's session: read what the live services recorded on the exercise
database into :class:`~borderdesk.training.acts.TraineeActs`, score it
(:mod:`borderdesk.training.scoring`), and print the debrief of one trainee or the
summary of a cohort (:mod:`borderdesk.training.debrief_pdf`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.reports.layout import write_file
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.evidence_steps import timeline, when_text
from borderdesk.services.identification import list_identifications, result_of
from borderdesk.services.inspections import list_inspections, list_seizure_cases
from borderdesk.services.seizures import get_case
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.training import (
    available_at,
    exercise_info,
    exercise_pack,
    real_clock,
)
from borderdesk.training.acts import (
    CaseActs,
    CaseItemActs,
    Identified,
    Inspected,
    StepDone,
    TraineeActs,
)
from borderdesk.training.cohort_pdf import cohort_pdf
from borderdesk.training.debrief_pdf import DebriefHeading, debrief_pdf
from borderdesk.training.pack import ScenarioPack
from borderdesk.training.scoring import Score, score


@requires(Permission.RUN_EXERCISES)
def trainee_acts(session: StationSession) -> TraineeActs:
    """Everything the scoring reads of the session's trainee."""
    info = exercise_info(session)
    inspections = list_inspections(session)
    declaration_of = {i.id: i.declaration_id for i in inspections}
    identified = []
    for found in list_identifications(session):
        if found.completed:
            identified.append(Identified(declaration_of.get(found.inspection_id, ""), found.id,
                                         found.item_label, result_of(session, found.id)))
    cases = []
    for case in list_seizure_cases(session):
        items = get_case(session, case.id).items
        kind_of = {str(i.number): i.kind for i in items}
        steps = tuple(StepDone(r.step, r.item, r.done_at, r.package_id,
                               kind_of.get(r.item) if r.item else None, r.not_applicable,
                               r.deviation_reason, r.deviations)
                      for r in timeline(session, case.id) if r.current)
        cases.append(CaseActs(case.declaration_id, case.case_number, case.opened_at,
                              tuple(CaseItemActs(str(i.number), i.kind, i.identification_id)
                                    for i in items), steps))
    return TraineeActs(info.trainee, available_at(session),
                       tuple(Inspected(i.declaration_id, i.kind, i.started_at)
                             for i in inspections),
                       tuple(identified), tuple(cases), info.now)


@requires(Permission.RUN_EXERCISES)
def score_session(session: StationSession) -> Score:
    """The trainee's score now."""
    return score(exercise_pack(session), trainee_acts(session), when=when_text(session))


@requires(Permission.RUN_EXERCISES)
def write_debrief(session: StationSession, destination: Path) -> Score:
    """Write the trainee's debrief PDF: each expected action against what was done."""
    pack = exercise_pack(session)
    result = score(pack, trainee_acts(session), when=when_text(session))
    write_file(destination, debrief_pdf(pack, result, _heading(session)))
    return result


def write_cohort_summary(paths: Sequence[Path], destination: Path) -> list[Score]:
    """Write one summary across the sessions of a cohort (they must play one scenario)."""
    scores: list[Score] = []
    pack: ScenarioPack | None = None
    heading: DebriefHeading | None = None
    for path in paths:
        with open_station(path, create=False) as session:
            this = exercise_pack(session)
            if pack is not None and (this.id, this.version) != (pack.id, pack.version):
                raise UserInputError(tr(
                    "{path} is an exercise of '{other}' version {other_version}, not of "
                    "'{pack}' version {version}: a cohort summary covers one scenario",
                    path=path, other=this.id, other_version=this.version, pack=pack.id,
                    version=pack.version))
            pack = this
            heading = heading or _heading(session)
            scores.append(score(this, trainee_acts(session), when=when_text(session)))
    if pack is None or heading is None:
        raise UserInputError(tr("no exercise session to summarise"))
    write_file(destination, cohort_pdf(pack, scores, heading))
    return scores


def _heading(session: StationSession) -> DebriefHeading:
    info = exercise_info(session)
    station = session.station
    # Printed in the real world: the real time, not the scenario's.
    printed = real_clock(session).now().astimezone(session.time_zone())
    return DebriefHeading(
        station=tr("{name}, crossing {crossing}", name=station.name,
                   crossing=station.crossing_code),
        cohort=info.cohort, zone=station.time_zone,
        printed=tr("Printed {when} by {who} with borderdesk",
                   when=printed.strftime("%Y-%m-%d %H:%M"), who=session.actor))
