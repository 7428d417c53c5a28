"""The debrief of one trainee: each expected action against what was done, with the score
of every part. Laid out with the shared page frame (:mod:`borderdesk.reports.layout`)
and always watermarked: an exercise's document is never evidence. The cohort summary is
:mod:`borderdesk.training.cohort_pdf`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.reports import layout
from borderdesk.training.pack import ScenarioPack, TruthItem
from borderdesk.training.scoring import Score
from borderdesk.training.scoring_evidence import StepCheck
from borderdesk.training.scoring_items import EXACT, MISSING, NEAR_MISS, WRONG

WATERMARK = "EXERCISE - NOT EVIDENCE"
GOOD, HALF, BAD = colors.HexColor("#1e7b34"), colors.HexColor("#9a6700"), \
    colors.HexColor("#b42318")


@dataclass(frozen=True, slots=True)
class DebriefHeading:
    """Where and when the debrief is printed (texts already translated)."""

    station: str
    cohort: str
    zone: str
    printed: str


def part_names() -> dict[str, str]:
    """The parts of the score in words."""
    return {"detection": tr("Detection"), "identification": tr("Identification"),
            "evidence": tr("Evidence procedure"), "timing": tr("Timing")}


def verdict_words() -> dict[str, str]:
    """A criterion's verdict in words."""
    return {EXACT: tr("right"), NEAR_MISS: tr("near miss"), WRONG: tr("wrong"),
            MISSING: tr("not recorded")}


def percent(value: float | None) -> str:
    """A share as a whole percentage ("-" when there was nothing to judge)."""
    return "-" if value is None else f"{100 * value:.0f} %"


def coloured(words: str, good: bool | None) -> Any:
    """A table cell in green (good), red (bad) or amber (None: half right)."""
    colour = GOOD if good else (BAD if good is False else HALF)
    style = ParagraphStyle("bd-verdict", parent=layout.styles().cell_bold, textColor=colour)
    return layout.cell(words, style)


def letterhead(pack: ScenarioPack, heading: DebriefHeading, title: str,
               reference: str) -> layout.Letterhead:
    """The page frame of every exercise document."""
    return layout.Letterhead(
        agency=tr("Exercise: {title}", title=pack.title), station=heading.station,
        title=title, reference=reference, page_label=tr("Page {page} of {pages}"),
        footer=(heading.printed, tr("Scenario {id} version {version}; scoring method: "
                                    "docs/training.md", id=pack.id, version=pack.version)),
        watermark=tr(WATERMARK))


def keep_with_heading(flow: list[Any], block: list[Any]) -> None:
    """Append ``block`` kept on one page; a section's first block takes the section's
    heading along, so that a heading never ends a page alone."""
    if len(flow) == 2 and isinstance(flow[1], Paragraph):
        flow[1:] = [KeepTogether([flow[1], *block])]
    else:
        flow.append(KeepTogether(block))


def _when(moment: datetime | None, zone: str, day: bool = False) -> str:
    if moment is None:
        return "-"
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M" if day else "%H:%M")


def debrief_pdf(pack: ScenarioPack, score: Score, heading: DebriefHeading) -> bytes:
    """The trainee's debrief as PDF bytes."""
    s = layout.styles()
    head = letterhead(pack, heading, tr("Exercise debrief"), score.trainee)
    story: list[Any] = [
        layout.para(tr("Debrief: {trainee}", trainee=score.trainee), s.title),
        layout.para(pack.title, s.subheading),
        layout.field_table([
            (tr("Trainee"), score.trainee), (tr("Cohort"), heading.cohort or "-"),
            (tr("Scenario"), tr("{id} version {version}", id=pack.id,
                                version=pack.version)),
            (tr("Scored at scenario time"), _when(score.scored_at, heading.zone, True))],
            label_width=0.3),
        Spacer(1, 6), _score_table(score)]
    story += _goals(pack)
    story += _detection(pack, score, heading.zone)
    story += _identification(pack, score)
    story += _evidence(pack, score, heading.zone)
    story += _timing(score)
    info = layout.PdfInfo(title=tr("Exercise debrief: {trainee}", trainee=score.trainee),
                          subject=pack.title, author="borderdesk", keywords="exercise")
    return layout.render(head, story, info)


def _score_table(score: Score) -> Table:
    names = part_names()
    rows = []
    for part, value in score.parts.items():
        weight = score.weights.get(part, 0.0)
        rows.append((names[part], percent(value), f"{weight:g}",
                     "-" if value is None else f"{weight * value:.1f}"))
    rows.append((tr("Total (out of 100; parts with nothing to judge are left out and the "
                    "others scaled up)"), "", "", f"{score.total:.1f}"))
    table = layout.data_table([tr("Part"), tr("Score"), tr("Weight"), tr("Points")], rows,
                              (0.55, 0.15, 0.15, 0.15), zebra=False)
    table.setStyle(TableStyle([("FONTNAME", (0, -1), (-1, -1), layout.FONT_BOLD),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, layout.RULE)]))
    return table


def _goals(pack: ScenarioPack) -> list[Any]:
    flow = layout.heading(tr("What the exercise trains"))
    flow += [layout.para(f"• {goal}", layout.styles().small) for goal in pack.learning_goals]
    return flow


def _detection(pack: ScenarioPack, score: Score, zone: str) -> list[Any]:
    d = score.detection
    flow = layout.heading(tr("1. Detection: the declarations to inspect"))
    flow.append(layout.para(tr(
        "Selected for inspection: {selected}. Expected: {expected}. Precision {precision}, "
        "recall {recall}.", selected=len(d.selected), expected=len(d.expected),
        precision=percent(d.precision), recall=percent(d.recall)), layout.styles().note))
    rows: list[Sequence[object]] = []
    for declaration in [*d.expected, *d.false_alarms]:
        truth = pack.truth_of(declaration)
        if truth is None:
            hidden = tr("nothing hidden")
        elif len(truth.items) == 1:
            hidden = tr("one item: {where}", where=truth.concealment.place)
        else:
            hidden = tr("{count} items: {where}", count=len(truth.items),
                        where=truth.concealment.place)
        if declaration in d.hits:
            verdict = coloured(tr("selected"), True)
        elif declaration in d.missed:
            verdict = coloured(tr("missed"), False)
        else:
            verdict = coloured(tr("selected, hides nothing"), False)
        rows.append((declaration, hidden, verdict))
    for declaration in score.not_available:
        rows.append((declaration, tr("never reached the queue (inject not released)"),
                     tr("not scored")))
    flow.append(layout.data_table([tr("Declaration"), tr("What it holds"),
                                   tr("The trainee")], rows, (0.26, 0.5, 0.24)))
    return flow


def _identification(pack: ScenarioPack, score: Score) -> list[Any]:
    flow = layout.heading(tr("2. Identification: each hidden item"))
    if not score.items:
        return [*flow, layout.para(tr("The scenario hides no item the trainee could see."))]
    words = verdict_words()
    names = {"typology": tr("Type"), "calibre": tr("Calibre"), "serial": tr("Serial number"),
             "quantity": tr("Quantity")}
    items = {i.id: i for t in pack.truth for i in t.items}
    for item in score.items:
        truth = items[item.truth_id]
        title = tr("{declaration}: {name}", name=truth.title,
                   declaration=item.declaration_id)
        block: list[Any] = layout.heading(title, sub=True)
        if item.identification_id is None:
            block.append(layout.para(tr("Not identified (score 0)."), layout.styles().note))
            keep_with_heading(flow, block)
            continue
        block.append(layout.para(tr("Identification '{label}': {score}", label=item.label,
                                    score=percent(item.score)), layout.styles().note))
        rows = [(names.get(c.name, c.name), c.expected, c.given or "-",
                 coloured(words[c.verdict], {EXACT: True, NEAR_MISS: None}.get(
                     c.verdict, False))) for c in item.criteria]
        block.append(layout.data_table([tr("Answer"), tr("Expected"), tr("Recorded"),
                                        tr("Verdict")], rows, (0.2, 0.32, 0.32, 0.16)))
        keep_with_heading(flow, block)
    return flow


def _evidence(pack: ScenarioPack, score: Score, zone: str) -> list[Any]:
    flow = layout.heading(tr("3. Evidence procedure"))
    if not score.evidence:
        return [*flow, layout.para(tr("The scenario hides no item the trainee could see."))]
    codes = seizure_codes()["concealment"]
    for case in score.evidence:
        truth = pack.truth_of(case.declaration_id)
        assert truth is not None, "evidence is scored for hidden shipments only"
        title = tr("{declaration}: case {case}", declaration=case.declaration_id,
                   case=case.case_number) if case.case_number else \
            tr("{declaration}: no seizure case opened", declaration=case.declaration_id)
        block: list[Any] = layout.heading(title, sub=True)
        block.append(layout.para(tr(
            "Concealment ({method}): {where}. Steps done {done} of {required}; order kept "
            "in {kept} of {checks} checks; score {score}.",
            method=codes.label(truth.concealment.method).lower(),
            where=truth.concealment.place, done=sum(s.done for s in case.steps),
            required=len(case.steps), kept=case.checks - len(case.breaks),
            checks=case.checks, score=percent(case.score)), layout.styles().note))
        late = {(b.step, b.truth_id) for b in case.breaks}
        block.append(_step_matrix(case.steps, truth.items, zone, late))
        keep_with_heading(flow, block)
        if case.breaks:
            flow.append(layout.para(tr("* Out of order:"), layout.styles().subheading))
            for broken in case.breaks:
                reason = tr("reason given: {reason}", reason=broken.reason) \
                    if broken.justified else tr("no reason given")
                flow.append(layout.para(f"• {broken.message} ({reason})",
                                        layout.styles().small))
    return flow


def _step_matrix(checks: Sequence[StepCheck], items: Sequence[TruthItem], zone: str,
                 late: set[tuple[str, str | None]]) -> Table:
    """One row per required step, a column for the case and one per hidden item: the time
    it was done (amber and starred when out of order), "missing", or a dash where the step
    does not apply."""
    columns = [None, *(item.id for item in items)]
    titles = list(dict.fromkeys(check.title for check in checks))
    rows: list[Sequence[object]] = []
    for title in titles:
        mine = {check.truth_id: check for check in checks if check.title == title}
        cells: list[object] = [title]
        for column in columns:
            check = mine.get(column)
            if check is None:
                cells.append("–")
            elif check.not_applicable:
                cells.append(coloured(tr("n/a: {reason}", reason=check.not_applicable), None))
            elif check.done and (check.step, check.truth_id) in late:
                cells.append(coloured(_when(check.done_at, zone) + " *", None))
            elif check.done:
                cells.append(coloured(_when(check.done_at, zone), True))
            else:
                cells.append(coloured(tr("missing"), False))
        rows.append(cells)
    first = 0.34 if len(items) <= 3 else 0.28
    rest = (1 - first - 0.11) / max(len(items), 1)
    header = [tr("Required step"), tr("The case"), *(item.title for item in items)]
    return layout.data_table(header, rows, (first, 0.11, *([rest] * len(items))))


def _timing(score: Score) -> list[Any]:
    flow = layout.heading(tr("4. Timing (scenario minutes)"))
    if not score.timing:
        return [*flow, layout.para(tr("The scenario sets no time targets."))]
    what = {"selection": tr("from arrival to inspection"),
            "evidence": tr("from the find to the last required step")}
    rows = [(t.declaration_id, what[t.what], t.target,
             "-" if t.taken is None else f"{t.taken:.0f}",
             coloured(tr("met") if t.met else tr("not met"), t.met)) for t in score.timing]
    flow.append(layout.data_table([tr("Declaration"), tr("Measured"), tr("Target"),
                                   tr("Taken"), tr("Verdict")], rows,
                                  (0.26, 0.38, 0.11, 0.11, 0.14)))
    return flow


def averages(scores: Sequence[Score]) -> Mapping[str, float | None]:
    """Each part's mean over trainees (None when no trainee had it judged)."""
    result: dict[str, float | None] = {}
    for part in part_names():
        values = [v for s in scores if (v := s.parts[part]) is not None]
        result[part] = sum(values) / len(values) if values else None
    return result
