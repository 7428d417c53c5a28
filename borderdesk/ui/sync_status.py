"""Synchronisation in the status bar: one line that says where the station stands.

:func:`describe` turns the service's :class:`~borderdesk.services.sync.SyncStatus` into
words ("Synchronised 14:02 · 0 waiting", "37 waiting · last sync failed: …",
"Not enrolled", "Exercise: no sync"), with the whole story in the tooltip.
:class:`SyncIndicator` shows it as a flat button: pressing it opens the
synchronisation page. It reads the status again on a timer (the counts are cheap) and
whenever a synchronisation ends; while one runs it shows its progress instead.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from borderdesk.core.errors import BorderdeskError
from borderdesk.services.station import StationSession

if TYPE_CHECKING:
    from borderdesk.services.sync import SyncStatus

log = logging.getLogger(__name__)

#: How often the indicator reads the status again (ms): a few counts, cheap.
STATUS_REFRESH_MS = 60_000
#: The first read waits this long (ms): it imports the synchronisation services (and the
#: HTTP client, about 0.25 s), which must not hold back the window's first paint.
FIRST_READ_MS = 300
#: The indicator's widest text, in average characters (the rest is in the tooltip).
INDICATOR_CHARS = 72
#: The red of a failed synchronisation (the inbox's "folder missing" red).
ALARM_STYLE = "QPushButton#syncIndicator { color: #b71c1c; font-weight: bold; }"


@dataclass(frozen=True)
class IndicatorText:
    """The indicator's line, its tooltip, and whether it should catch the eye."""

    text: str
    tip: str
    alarm: bool = False
    #: The tooltip's facts without the hint to press (the synchronisation page shows them).
    details: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def local_time(stored: str, zone: str, today: date | None = None) -> str:
    """A stored UTC time in the station's time zone: "14:02" today, else with the date."""
    try:
        moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return stored
    with suppress(ZoneInfoNotFoundError, ValueError):  # else shown in UTC, not hidden
        moment = moment.astimezone(ZoneInfo(zone))
    if today is not None and moment.date() == today:
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def short_reason(detail: str) -> str:
    """The first clause of a failure ("headquarters at URL did not answer"), for one line."""
    text = detail.strip()
    for stop in ("\n", " (", "; ", ": nothing"):
        cut = text.find(stop)
        if cut > 0:
            text = text[:cut]
    return text


def describe(status: SyncStatus, zone: str, today: date | None = None) -> IndicatorText:
    """The status in words; ``zone`` and ``today`` say how times are shown."""
    if status.exercise:
        why = _tr("An exercise station never synchronises with headquarters: its records "
                  "are made up and stay here.")
        return IndicatorText(_tr("Exercise: no sync"), why, details=why)
    if not status.enrolled:
        why = _tr("This station is not enrolled with headquarters: nothing is sent or "
                  "received. An administrator enrols it on the Administration page "
                  "(Synchronisation).\n{waiting} item(s) wait to be sent.").format(
                      waiting=status.waiting)
        return IndicatorText(_tr("Not enrolled"), why, details=why)
    lines = [_tr("Enrolled as '{name}' with {url}").format(name=status.station_name,
                                                            url=status.hq_url),
             _tr("Waiting to be sent: {waiting}").format(waiting=status.waiting)]
    success = (local_time(status.last_success, zone, today) if status.last_success
               else None)
    lines.append(_tr("Last successful sync: {when}").format(when=success or _tr("never")))
    run = status.last_attempt
    if run is not None and run.outcome != "ok":
        lines.append(_tr("Last attempt: {when}, {outcome}").format(
            when=local_time(run.finished_at, zone, today), outcome=_outcome_text(run.outcome)))
        if run.detail:
            lines.append(run.detail)
    if status.messages:
        lines.append(_tr("Messages from headquarters: {count}").format(count=status.messages))
    details = "\n".join(lines)
    tip = details + "\n" + _tr("Press to open the synchronisation page.")
    if run is not None and run.outcome == "failed":
        reason = short_reason(run.detail) or _tr("no reason recorded")
        host = urlsplit(status.hq_url).hostname
        if host:  # the address is in the tooltip; the host is enough on the line
            reason = reason.replace(status.hq_url, host)
        return IndicatorText(_tr("{waiting} waiting · last sync failed: {reason}").format(
            waiting=status.waiting, reason=reason), tip, alarm=True, details=details)
    if run is not None and run.outcome == "partial":
        return IndicatorText(_tr("{waiting} waiting · last sync had problems").format(
            waiting=status.waiting), tip, alarm=True, details=details)
    if run is not None and run.outcome == "cancelled":
        return IndicatorText(_tr("{waiting} waiting · last sync cancelled").format(
            waiting=status.waiting), tip, details=details)
    if success is None:
        return IndicatorText(_tr("Not synchronised yet · {waiting} waiting").format(
            waiting=status.waiting), tip, details=details)
    return IndicatorText(_tr("Synchronised {when} · {waiting} waiting").format(
        when=success, waiting=status.waiting), tip, details=details)


def read_status(session: StationSession) -> IndicatorText:
    """Read the station's synchronisation status and put it in words (times in the
    station's time zone); an error reading it is shown, not raised."""
    from borderdesk.services.sync import sync_status

    try:
        status = sync_status(session)
    except BorderdeskError as exc:
        log.warning("the synchronisation status cannot be read: %s", exc)
        return IndicatorText(_tr("Sync: unknown"), str(exc), alarm=True, details=str(exc))
    return describe(status, session.station.time_zone,
                    session.clock.now().astimezone(_zone(session)).date())


def _outcome_text(outcome: str) -> str:
    names = {"ok": _tr("ended well"), "failed": _tr("failed"),
             "partial": _tr("ended with problems"), "cancelled": _tr("cancelled")}
    return names.get(outcome, outcome)


def phase_text(phase: str) -> str:
    """A synchronisation's phase in words."""
    names = {"push": _tr("sending"), "pull": _tr("receiving")}
    return names.get(phase, phase)


def progress_text(phase: str, done: int, total: int) -> str:
    """The indicator's line while a synchronisation runs."""
    if total > 0:
        return _tr("Synchronising: {phase} {done} of {total}…").format(
            phase=phase_text(phase), done=done, total=total)
    if phase:
        return _tr("Synchronising: {phase}…").format(phase=phase_text(phase))
    return _tr("Synchronising…")


class SyncIndicator(QPushButton):
    """The status bar's synchronisation line; pressing it opens the synchronisation page."""

    def __init__(self, session: StationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._session = session
        self._running = False
        self._line = ""
        #: What the indicator last read (None before the first read or if it failed).
        self.shown: IndicatorText | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("syncStatusTimer")
        self.timer.setInterval(STATUS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._set_line(self.tr("Sync: …"))
        self.first_read = QTimer(self)
        self.first_read.setObjectName("syncStatusFirstRead")
        self.first_read.setSingleShot(True)
        self.first_read.timeout.connect(self.refresh)
        self.first_read.start(FIRST_READ_MS)

    def refresh(self) -> None:
        """Read the status again and show it (not while a synchronisation runs)."""
        self.first_read.stop()
        if self._running:
            return
        self._show(read_status(self._session))

    def _show(self, shown: IndicatorText) -> None:
        self.shown = shown
        self._set_line(shown.text)
        self.setToolTip(shown.tip)
        self.setStyleSheet(ALARM_STYLE if shown.alarm else "")

    # -- the line, elided to the room the status bar gives ----------------------
    # A long reason (or a long translation) must never push the other labels off the
    # bar: the indicator asks for at most INDICATOR_CHARS, accepts much less, and
    # elides its line to whatever width it gets; the whole line is in the tooltip.
    def _set_line(self, text: str) -> None:
        self._line = text
        self.updateGeometry()
        self._elide()

    @property
    def line(self) -> str:
        """The whole line (the button may show it elided)."""
        return self._line

    def _padding(self) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option,
            QSize(0, self.fontMetrics().height()), self)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        padding = self._padding()
        wanted = min(metrics.horizontalAdvance(self._line),
                     metrics.averageCharWidth() * INDICATOR_CHARS)
        return QSize(padding.width() + wanted + 2, padding.height())

    def minimumSizeHint(self) -> QSize:
        padding = self._padding()
        return QSize(padding.width() + self.fontMetrics().averageCharWidth() * 12,
                     padding.height())

    def _elide(self) -> None:
        room = max(0, self.width() - self._padding().width())
        text = self.fontMetrics().elidedText(self._line, Qt.TextElideMode.ElideRight, room)
        super().setText(text.replace("&", "&&"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # large controls switched: ask for room again
            self._elide()

    def show_progress(self, phase: str, done: int, total: int) -> None:
        """Show a running synchronisation's progress (until :meth:`finished`)."""
        self._running = True
        self.setStyleSheet("")
        self._set_line(progress_text(phase, done, total))

    def finished(self) -> None:
        """The synchronisation ended: show the status again."""
        self._running = False
        self.refresh()

    def stop(self) -> None:
        """Stop reading the status (the window is closing)."""
        self.first_read.stop()
        self.timer.stop()


def _zone(session: StationSession) -> ZoneInfo | None:
    try:
        return ZoneInfo(session.station.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


__all__ = ["IndicatorText", "SyncIndicator", "describe", "local_time", "progress_text",
           "read_status", "short_reason"]
