"""``report verify`` from the window: a printed seizure report checked against its case,
the answer in words: unchanged, changed (and what), or not a borderdesk report.

Runs inside a worker's job (it reads the case), so it returns words and translates
with :func:`QCoreApplication.translate`, which may be called from any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from borderdesk.services.station import StationSession
from borderdesk.ui.inspection_dialogs import plain_error
from borderdesk.ui.reports_actions import Outcome

if TYPE_CHECKING:
    from borderdesk.services.reports import Verification


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportVerify", text)


def verify_outcome(session: StationSession, path: Path,
                   verify: Callable[[StationSession, Path], Verification]) -> Outcome:
    """Check ``path`` with ``verify`` (the service) and say what was found."""
    from borderdesk.services.reports import NotAReport

    try:
        found = verify(session, path)
    except NotAReport as exc:
        return Outcome(_t("{name}: not a borderdesk seizure report.").format(name=path.name)
                       + "\n" + plain_error(exc), None, ok=False)
    printed = (_t("printed {when} by {who}").format(when=found.printed_at, who=found.printed_by)
               if found.printed_at else _t("no print of it is recorded here"))
    if found.unchanged:
        text = _t("Unchanged: case {number} reads as it did when this report was {printed}."
                  ).format(number=found.case_number, printed=printed)
        if found.same_file is False:
            text += "\n" + _t("The file itself differs from the one recorded at printing"
                              " (re-saved or altered), but the case it shows is the same.")
        return Outcome(text, path)
    changes = "\n".join(f"• {change}" for change in found.changes)
    return Outcome(_t("Changed: case {number} has changed since this report was {printed}:"
                      ).format(number=found.case_number, printed=printed) + "\n" + changes,
                   path, ok=False)
