"""Sign-off and amendments: what a case needs before a supervisor signs it, and the lock.

A signed-off case is locked: every later change to what was recorded needs a
reason and is stored as an amendment beside the original, which stays as it was.
The fields a sign-off needs are data (``sign_off_requires`` in ``seizure.yaml``);
other parts of borderdesk add their own checks in the service.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.evidence.case_fields import FieldError, check_notes, label_of

OPEN = "open"
SIGNED_OFF = "signed_off"


class CaseLocked(UserInputError):
    """A change to a signed-off case without a reason."""


def missing_for_sign_off(values: Mapping[str, Any], item_count: int) -> list[str]:
    """What the case record still lacks for a sign-off, in plain words (empty: ready)."""
    missing = [tr("{label} ({field}) is not recorded", label=label_of(field), field=field)
               for field in seizure_codes().sign_off_requires if values.get(field) in
               (None, "", [])]
    try:
        check_notes(values)
    except FieldError as exc:
        missing.append(str(exc))
    if item_count < 1:
        missing.append(tr("no item is recorded: add the firearms, parts or ammunition"))
    return missing


def amendment_reason(status: str, reason: str | None, what: str) -> str | None:
    """The reason to store with a change to a case in ``status`` (None: an ordinary
    entry). A signed-off case refuses a change without one."""
    text = (reason or "").strip()
    if status == SIGNED_OFF:
        if not text:
            # Neutral words: the window asks for the reason itself, the command line
            # has --reason; each says how to give it.
            raise CaseLocked(tr(
                "the case is signed off: {what} is an amendment and needs a reason, kept "
                "beside the original", what=what))
        return text
    return text or None
