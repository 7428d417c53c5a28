"""The summary of a cohort: every trainee's parts and total, then each expected action and
how many trainees did it, so a trainer sees what the group as a whole missed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.evidence.steps import default_steps
from borderdesk.reports import layout
from borderdesk.training.debrief_pdf import (
    DebriefHeading,
    averages,
    letterhead,
    part_names,
    percent,
)
from borderdesk.training.pack import ScenarioPack
from borderdesk.training.scoring import Score
from borderdesk.training.scoring_items import EXACT


def cohort_pdf(pack: ScenarioPack, scores: Sequence[Score], heading: DebriefHeading) -> bytes:
    """The cohort summary as PDF bytes."""
    s = layout.styles()
    head = letterhead(pack, heading, tr("Exercise summary"),
                      heading.cohort or tr("{count} trainees", count=len(scores)))
    story: list[Any] = [
        layout.para(tr("Summary: {title}", title=pack.title), s.title),
        layout.para(tr("Cohort {cohort}: {count} trainees", cohort=heading.cohort or "-",
                       count=len(scores)), s.note)]
    story += _trainees(scores)
    story += _detection(pack, scores)
    story += _identification(pack, scores)
    story += _evidence(scores)
    info = layout.PdfInfo(title=tr("Exercise summary: {title}", title=pack.title),
                          subject=heading.cohort, author="borderdesk", keywords="exercise")
    return layout.render(head, story, info)


def _trainees(scores: Sequence[Score]) -> list[Any]:
    names = part_names()
    flow = layout.heading(tr("Scores"))
    ordered = sorted(scores, key=lambda x: (-x.total, x.trainee))
    rows: list[Sequence[object]] = [
        (score.trainee, *(percent(score.parts[p]) for p in names), f"{score.total:.1f}")
        for score in ordered]
    means = averages(scores)
    rows.append((tr("Mean"), *(percent(means[p]) for p in names),
                 f"{sum(x.total for x in scores) / len(scores):.1f}" if scores else "-"))
    flow.append(layout.data_table([tr("Trainee"), *names.values(), tr("Total")], rows,
                                  (0.28, 0.13, 0.16, 0.16, 0.12, 0.15)))
    return flow


def _detection(pack: ScenarioPack, scores: Sequence[Score]) -> list[Any]:
    flow = layout.heading(tr("Declarations to inspect"))
    rows: list[Sequence[object]] = []
    for declaration in pack.expected.select:
        caught = sum(declaration in x.detection.hits for x in scores)
        rows.append((declaration, tr("{count} of {total}", count=caught, total=len(scores))))
    alarms: dict[str, int] = {}
    for score in scores:
        for declaration in score.detection.false_alarms:
            alarms[declaration] = alarms.get(declaration, 0) + 1
    for declaration, count in sorted(alarms.items()):
        rows.append((declaration, tr("selected by {count}, hides nothing", count=count)))
    flow.append(layout.data_table([tr("Declaration"), tr("Selected by")], rows, (0.4, 0.6)))
    return flow


def _identification(pack: ScenarioPack, scores: Sequence[Score]) -> list[Any]:
    flow = layout.heading(tr("Hidden items"))
    rows: list[Sequence[object]] = []
    for truth in pack.truth:
        for item in truth.items:
            mine = [i for x in scores for i in x.items if i.truth_id == item.id]
            identified = sum(i.identification_id is not None for i in mine)
            serials = sum(c.verdict == EXACT for i in mine for c in i.criteria
                          if c.name == "serial")
            mean = sum(i.score for i in mine) / len(mine) if mine else None
            rows.append((f"{truth.declaration_id}: {item.title}",
                         tr("{count} of {total}", count=identified, total=len(scores)),
                         "-" if item.serial is None else str(serials), percent(mean)))
    flow.append(layout.data_table([tr("Item"), tr("Identified by"), tr("Serial exact"),
                                   tr("Mean score")], rows, (0.5, 0.17, 0.15, 0.18)))
    return flow


def _evidence(scores: Sequence[Score]) -> list[Any]:
    flow = layout.heading(tr("Evidence steps missed or out of order"))
    steps = default_steps()
    cases = [case for score in scores for case in score.evidence if case.case_number]
    flow.append(layout.para(tr("Counted in the {count} seizure cases the trainees opened.",
                               count=len(cases)), layout.styles().note))
    missed: dict[str, int] = {}
    broken: dict[str, int] = {}
    for case in cases:
        for step in case.steps:
            if not step.done:
                missed[step.title] = missed.get(step.title, 0) + 1
        for item in case.breaks:
            spec = steps.step(item.step)
            title = spec.title if spec else item.step
            broken[title] = broken.get(title, 0) + 1
    if not missed and not broken:
        return [*flow, layout.para(tr("In every case opened, every required step was done, "
                                      "in order."))]
    titles = sorted(set(missed) | set(broken),
                    key=lambda t: (-(missed.get(t, 0) + broken.get(t, 0)), t))
    rows = [(title, missed.get(title, 0) or "", broken.get(title, 0) or "")
            for title in titles]
    flow.append(layout.data_table([tr("Step"), tr("Times missing"), tr("Times out of order")],
                                  rows, (0.6, 0.2, 0.2)))
    return flow
