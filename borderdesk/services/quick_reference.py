"""Printing the quick reference for the wall of the control booth.

:func:`print_quick_reference` renders :mod:`borderdesk.reports.quick_reference` in the
station's language (the one chosen at set-up) or the one asked for, with the station's
agency and name in its letterhead, and writes it beside its destination before moving
it into place. The sheet holds no case data, so anyone who may read the station may
print it, and the print is not recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from borderdesk.reports.documents import printed_documents
from borderdesk.reports.layout import write_file
from borderdesk.reports.quick_reference import QuickReferenceContext, quick_reference_pdf
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.first_run import station_language
from borderdesk.services.reports import report_translator
from borderdesk.services.station import StationSession


@dataclass(frozen=True)
class PrintedQuickReference:
    """Where the sheet was written, in which language, and why not in the one asked."""

    path: Path
    language: str
    language_note: str


@requires(Permission.VIEW)
def print_quick_reference(session: StationSession, destination: Path,
                          language: str | None = None) -> PrintedQuickReference:
    """Write the quick reference to ``destination`` in ``language`` (a code such as
    ``sr-Cyrl``; ``None``: the station's language)."""
    chosen = language if language else station_language(session).replace("_", "-")
    t = report_translator(chosen)
    station = session.station
    context = QuickReferenceContext(
        agency=t(printed_documents().agency(station.country)),
        station_name=station.name, crossing_code=station.crossing_code,
        printed_at=session.clock.now().astimezone(ZoneInfo(station.time_zone)))
    write_file(destination, quick_reference_pdf(context, t))
    return PrintedQuickReference(destination, t.language, t.note)


def quick_reference_name(language: str) -> str:
    """The file name a quick reference is proposed under."""
    return f"quick-reference-{language}.pdf"


__all__ = ["PrintedQuickReference", "print_quick_reference", "quick_reference_name"]
