"""Is this station an exercise? The guard every path out of the station calls.

``refuse_if_exercise(session, action)`` is called by the exports to headquarters
(``services/statistics.export_iafq``); synchronisation and backups of the live database
must call it too. Every PDF made on an exercise station carries the exercise watermark:
the report services ask :func:`is_exercise`.
"""

from __future__ import annotations

from borderdesk.core.i18n import tr
from borderdesk.services.authz import exempt
from borderdesk.services.station import StationSession
from borderdesk.store import exercise_repo
from borderdesk.training.guard import ExerciseRefused


@exempt("reads only whether the database is an exercise, for the guards themselves")
def is_exercise(session: StationSession) -> bool:
    """Whether the session's database is an exercise's (made from a scenario pack)."""
    return exercise_repo.is_exercise(session.database.conn)


@exempt("a guard called inside checked calls; reads only the exercise marker")
def refuse_if_exercise(session: StationSession, action: str) -> None:
    """Raise :class:`ExerciseRefused` when the session is an exercise's; ``action`` says
    what was refused, in words ("the export of the IAFQ tables")."""
    if is_exercise(session):
        where = str(session.path) if session.path is not None else tr("this station")
        raise ExerciseRefused(action, where)


__all__ = ["ExerciseRefused", "is_exercise", "refuse_if_exercise"]
