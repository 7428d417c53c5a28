"""The trainer console's tables: scenario packs, trainee sessions with their progress, and
a session's injects. Each is a :class:`~borderdesk.ui.rows_model.RowsModel` over the plain
values the services give (:mod:`borderdesk.services.training_console`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from borderdesk.services.training import InjectState
from borderdesk.services.training_console import PackSummary, SessionProgress
from borderdesk.ui.rows_model import RIGHT, ColumnSpec, RowsModel

CONTEXT = "ExerciseConsole"

#: A session whose clock runs in real time (the trainee's window releases injects).
REAL_TIME = QColor("#fff3e0")
#: A released inject.
RELEASED = QColor("#e8f5e9")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


PACK_COLUMNS: list[ColumnSpec[PackSummary]] = [
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Scenario"),
               QT_TRANSLATE_NOOP(CONTEXT, "The scenario's title"),
               lambda p: p.title, tooltip=lambda p: p.description.strip()),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Id"),
               QT_TRANSLATE_NOOP(CONTEXT, "The pack's id and version"),
               lambda p: f"{p.id} v{p.version}"),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Crossing"),
               QT_TRANSLATE_NOOP(CONTEXT, "The crossing the scenario plays at"),
               lambda p: p.crossing),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Declarations"),
               QT_TRANSLATE_NOOP(CONTEXT, "Declarations the trainee screens"),
               lambda p: str(p.declarations), sort_key=lambda p: p.declarations, align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Injects"),
               QT_TRANSLATE_NOOP(CONTEXT, "Events the trainer releases during the exercise"),
               lambda p: str(p.injects), sort_key=lambda p: p.injects, align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Source"),
               QT_TRANSLATE_NOOP(CONTEXT, "Shipped with borderdesk, or a pack you chose"),
               lambda p: _tr("shipped") if p.builtin else str(p.path),
               tooltip=lambda p: str(p.path)),
]


def _minutes(row: SessionProgress) -> str:
    local = row.info.local(row.info.now).strftime("%H:%M")
    return _tr("{minutes} min ({time})").format(minutes=f"{row.info.minutes:.0f}",
                                                time=local)


def _clock(row: SessionProgress) -> str:
    return _tr("real time") if row.info.clock_mode == "real" else _tr("stepped")


SESSION_COLUMNS: list[ColumnSpec[SessionProgress]] = [
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Trainee"),
               QT_TRANSLATE_NOOP(CONTEXT, "Who plays this session"),
               lambda r: r.info.trainee, tooltip=lambda r: str(r.path)),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Cohort"),
               QT_TRANSLATE_NOOP(CONTEXT, "The course or group the session belongs to"),
               lambda r: r.info.cohort or "–"),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Scenario"),
               QT_TRANSLATE_NOOP(CONTEXT, "The scenario pack and its version"),
               lambda r: f"{r.info.pack_id} v{r.info.pack_version}",
               tooltip=lambda r: r.info.pack_title),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Scenario time"),
               QT_TRANSLATE_NOOP(CONTEXT, "Minutes since the scenario's start, and its clock"),
               _minutes, sort_key=lambda r: r.info.minutes, align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Clock"),
               QT_TRANSLATE_NOOP(CONTEXT, "Stepped by the trainer, or running in real time"),
               _clock, background=lambda r: REAL_TIME if r.info.clock_mode == "real" else None),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Inspected"),
               QT_TRANSLATE_NOOP(CONTEXT, "Declarations looked inside (physical, X-ray or dog)"
                                 " of all inspections started"),
               lambda r: f"{len(r.selected)} / {r.inspections}",
               tooltip=lambda r: ", ".join(r.selected) or None,
               sort_key=lambda r: len(r.selected), align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Identified"),
               QT_TRANSLATE_NOOP(CONTEXT, "Items identified with the checklist"),
               lambda r: str(r.identifications), sort_key=lambda r: r.identifications,
               align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Cases"),
               QT_TRANSLATE_NOOP(CONTEXT, "Seizure cases opened"),
               lambda r: str(r.cases), sort_key=lambda r: r.cases, align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Evidence steps"),
               QT_TRANSLATE_NOOP(CONTEXT, "Evidence steps recorded in the cases"),
               lambda r: str(r.evidence_steps), sort_key=lambda r: r.evidence_steps,
               align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Injects"),
               QT_TRANSLATE_NOOP(CONTEXT, "Injects released of the scenario's"),
               lambda r: f"{r.injects_released} / {r.injects_total}",
               sort_key=lambda r: r.injects_released, align=RIGHT),
]


def _released(state: InjectState) -> str:
    if state.released_at is None:
        return _tr("due at minute {at}").format(at=state.at_minutes)
    how = _tr("by hand") if state.how == "by_hand" else _tr("on time")
    return _tr("released ({how})").format(how=how)


INJECT_COLUMNS: list[ColumnSpec[InjectState]] = [
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Minute"),
               QT_TRANSLATE_NOOP(CONTEXT, "When the inject is due, in scenario minutes"),
               lambda s: str(s.at_minutes), sort_key=lambda s: s.at_minutes, align=RIGHT),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Kind"),
               QT_TRANSLATE_NOOP(CONTEXT, "Amendment, arrival, watch-list update or message"),
               lambda s: s.kind),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "Inject"),
               QT_TRANSLATE_NOOP(CONTEXT, "What happens"),
               lambda s: s.title, tooltip=lambda s: s.text or None),
    ColumnSpec(QT_TRANSLATE_NOOP(CONTEXT, "State"),
               QT_TRANSLATE_NOOP(CONTEXT, "Released, or when it is due"),
               _released, background=lambda s: RELEASED if s.released_at else None),
]


def packs_model(parent: QObject | None = None) -> RowsModel[PackSummary]:
    """The scenario packs' table."""
    return RowsModel(CONTEXT, PACK_COLUMNS, parent)


def sessions_model(parent: QObject | None = None) -> RowsModel[SessionProgress]:
    """The trainee sessions' table, with what each trainee has done so far."""
    return RowsModel(CONTEXT, SESSION_COLUMNS, parent)


def injects_model(parent: QObject | None = None) -> RowsModel[InjectState]:
    """A session's injects."""
    return RowsModel(CONTEXT, INJECT_COLUMNS, parent)
