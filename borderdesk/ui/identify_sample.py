"""The identification the screenshots show (``borderdesk --screenshot identify...``).

A self-loading pistol found in a truck cab, with markings read in Serbian
Cyrillic and one "serial" that is really the model, so that the pictures of the
documentation show the typology choice, marking capture with its warning, and
the result. The wizard is built on an identification that is *not stored*: a
screenshot never writes to the station database it is pointed at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.identify.checklist import default_checklist
from borderdesk.identify.engine import Walk
from borderdesk.services.identification import Identification
from borderdesk.services.station import StationSession
from borderdesk.ui.identify_markings import MarkingQuestion
from borderdesk.ui.identify_wizard import IdentifyWizard

#: The screenshot views and the step each stops at (None: the result).
VIEWS: dict[str, str | None] = {
    "identify-safety": "condition-magazine",
    "identify": "handgun-type",
    "identify-markings": "markings-pistol",
    "identify-result": None,
}

_MARKINGS: list[dict[str, Any]] = [
    {"kind": "serial", "place": "frame", "text": "А-123456", "photo": "IMG_0412.jpg"},
    {"kind": "manufacturer", "place": "slide", "text": "ЗАСТАВА ОРУЖЈЕ КРАГУЈЕВАЦ",
     "photo": "IMG_0413.jpg"},
    {"kind": "serial", "place": "slide", "text": "MOD. 70", "photo": "IMG_0413.jpg"},
    {"kind": "calibre", "place": "barrel", "text": "7,65 mm", "photo": "IMG_0414.jpg"},
]
_ANSWERS: dict[str, Any] = {
    "safety_rules": ["treat_as_loaded", "no_handling"],
    "qualified_person": "Вод. Петар Јовић, оружар граничне полиције",
    "loaded_as_found": "loaded", "feed": "magazine", "magazine_in": "yes",
    "round_in_chamber": "not_checked", "hammer": "down", "safety_lever": "on",
    "condition_photos": ["IMG_0410.jpg"], "item_class": "firearm", "group": "handgun",
    "handgun_type": "pistol", "markings_pistol": _MARKINGS,
    "barrel_length": 94, "magazine_capacity": 8, "ignition": "centre_fire",
    "item_photos": ["IMG_0415.jpg", "IMG_0416.jpg"], "legal_view": "agree",
}


def sample_walk(stop_at: str | None) -> Walk:
    """The sample walk answered up to the step ``stop_at`` (None: to the end)."""
    walk = Walk.start(default_checklist())
    while (shown := walk.current) is not None and shown.step.id != stop_at:
        walk.answer({q.id: _ANSWERS[q.id] for q in shown.questions if q.id in _ANSWERS})
    return walk


def sample_wizard(session: StationSession, view: str,
                  parent: QWidget | None = None) -> IdentifyWizard:
    """The wizard as the screenshot ``view`` shows it (not stored anywhere)."""
    if view not in VIEWS:
        raise UserInputError(tr("there is no identification view '{view}'", view=view))
    stop_at = VIEWS[view]
    walk = sample_walk(stop_at)
    now = datetime.now(UTC)
    label = tr("pistol under the driver's seat")
    identification = Identification(
        id="", inspection_id="", item_label=label, checklist=walk.checklist.id,
        checklist_version=walk.checklist.version, started_at=now, started_by=session.actor,
        saves=0, saved_at=now, saved_by=session.actor, current_step=stop_at,
        completed_at=None, category=None, legal_category=None)
    wizard = IdentifyWizard(session, identification, walk, parent)
    shown = walk.current
    if shown is not None and shown.step.id == "handgun-type":
        wizard.questions[0].set_value(_ANSWERS["handgun_type"])  # the choice being made
    if shown is not None and shown.step.id == "markings-pistol":
        editor = wizard.questions[0]
        assert isinstance(editor, MarkingQuestion)
        editor.set_value(_MARKINGS)
        # An import marking being typed, in Cyrillic, not yet added.
        editor.set_form("import", "frame", "УВОЗ РС 2024", photo="IMG_0417.jpg")
    return wizard
