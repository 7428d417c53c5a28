"""The rule that exercise data never leaves the station nor mixes with live data, as an error.

:func:`borderdesk.services.exercise_guard.refuse_if_exercise` raises
:class:`ExerciseRefused` wherever data would leave the station (exports to headquarters,
and later synchronisation and backups of the live database).
"""

from __future__ import annotations

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr


class ExerciseRefused(UserInputError):
    """An act refused because the station database is an exercise's."""

    def __init__(self, action: str, where: str) -> None:
        self.action = action
        super().__init__(tr(
            "{where} is an exercise database: {action} is refused, because exercise data "
            "never leaves the station and never mixes with live data", where=where,
            action=action))
