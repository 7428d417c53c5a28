"""The inbox folder: declaration files dropped by the national customs system.

The window calls :meth:`InboxWatcher.process` on a timer (the command line
``borderdesk inbox process`` calls it twice); nothing here needs Qt.

A file is taken only when it is *stable*: its size and modification time are the
same as at the previous scan, so the first sighting of a file is never taken.
Files named ``*.part`` or ``*.tmp``, dot-files, empty files (not written yet),
folders and files of unsupported types are left alone. Stable files are taken
oldest first (by modification time, then name), so that an amendment dropped
after its original is imported after it.

Each file is imported in its own transaction
(:func:`borderdesk.services.intake.import_files`), what it added or amended is
screened with the station's active profile, and only then, once the import has
committed, the file is moved: to ``done/`` when accepted, to ``rejected/`` when
not, with an error report ``NAME.errors.txt`` beside it. A crash between the
import and the move leaves the file in the inbox; the next scan imports it again,
and since every declaration is already stored it counts as unchanged.

A name already taken in ``done/`` or ``rejected/`` gets a number
(``decl.csv`` → ``decl (2).csv``); nothing is ever overwritten. The error
report lists each error as ``NAME:LINE: field: problem`` where NAME is the
rejected file's name in ``rejected/`` (the file beside the report).

A file that vanished or cannot be moved (permissions, a full disk) is reported
in its :class:`InboxOutcome` (``problem``) and logged on ``borderdesk.inbox``,
never raised. An accepted file that could not be moved is not imported again on
the next scans while it stays unchanged: only its move is retried.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from itertools import count
from pathlib import Path

from borderdesk.core.errors import BorderdeskError, Cancelled
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken
from borderdesk.intake.reader import FORMATS
from borderdesk.security.permissions import Permission
from borderdesk.services.assessments import ScreeningReport, screen_imported
from borderdesk.services.authz import requires
from borderdesk.services.intake import FileImportResult, ImportReport, import_files
from borderdesk.services.station import StationSession

log = logging.getLogger("borderdesk.inbox")

DONE_FOLDER = "done"
REJECTED_FOLDER = "rejected"
REPORT_SUFFIX = ".errors.txt"
#: Names ending so are still being written by the sender.
PARTIAL_SUFFIXES = (".part", ".tmp")

#: A file's size and modification time (ns): unchanged between scans means complete.
Signature = tuple[int, int]


@dataclass(frozen=True)
class InboxOutcome:
    """What happened to one inbox file."""

    #: Where the file is now (in ``done/`` or ``rejected/``, or still in the inbox
    #: when it could not be moved or vanished).
    path: Path
    #: The file's name as it was dropped in the inbox.
    name: str
    accepted: bool
    new: int = 0
    amended: int = 0
    unchanged: int = 0
    #: The import's errors as ``NAME:LINE: field: problem`` (NAME: the file's current name).
    errors: tuple[str, ...] = ()
    #: The error report beside a rejected file (None when accepted or not written).
    report: Path | None = None
    #: Errors found beyond those listed.
    more_errors: int = 0
    #: What went wrong handling the file (vanished, could not be moved...), or None.
    problem: str | None = None
    #: The screening of what the file added or amended (None: nothing new, or not screened).
    screening: ScreeningReport | None = None


class InboxWatcher:
    """Watches one inbox folder; remembers each file's size and time between scans."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen: dict[Path, Signature] = {}
        #: Accepted files whose move failed: their signature and import result.
        self._unmoved: dict[Path, tuple[Signature, FileImportResult]] = {}

    def ready_files(self) -> list[Path]:
        """The files unchanged since the previous call, oldest first.

        The first sighting of a file is never ready. A missing or unreadable inbox
        folder has no files (logged).
        """
        current: dict[Path, Signature] = {}
        try:
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if not _candidate(entry.name):
                        continue
                    try:
                        if not entry.is_file():
                            continue
                        stat = entry.stat()
                    except OSError:
                        continue  # vanished while scanning
                    if stat.st_size == 0:
                        continue  # created, not written yet
                    current[Path(entry.path)] = (stat.st_size, stat.st_mtime_ns)
        except OSError as exc:
            log.warning("cannot read the inbox folder %s: %s", self.folder, exc)
            current = {}
        ready = [path for path, sig in current.items() if self._seen.get(path) == sig]
        self._seen = current
        self._unmoved = {p: v for p, v in self._unmoved.items() if p in current}
        ready.sort(key=lambda p: (current[p][1], p.name))
        return ready

    @requires(Permission.IMPORT)
    def process(self, session: StationSession, *, screen: bool = True,
                cancel: CancelToken | None = None) -> list[InboxOutcome]:
        """Import, screen and move every ready file; one outcome per file.

        When ``cancel`` is set (the window is closing) processing stops at once: the
        file being imported is rolled back and, like the files not reached, stays in the
        inbox for the next scan.
        """
        outcomes = []
        for path in self.ready_files():
            if cancel is not None and cancel.cancelled:
                break
            try:
                outcomes.append(self._handle(session, path, screen, cancel))
            except Cancelled:
                log.info("%s: import stopped; the file stays in the inbox", path.name)
                break
        return outcomes

    def _handle(self, session: StationSession, path: Path, screen: bool,
                cancel: CancelToken | None = None) -> InboxOutcome:
        signature = self._seen.get(path)
        pending = self._unmoved.pop(path, None)
        screening = None
        if pending is not None and pending[0] == signature:
            result = pending[1]  # imported before; only its move failed
        else:
            try:
                result = import_files(session, [path], cancel=cancel).files[0]
            except OSError as exc:
                problem = tr("{name}: could not be read: {reason}", name=path.name,
                             reason=exc.strerror or str(exc))
                log.warning("%s", problem)
                return InboxOutcome(path=path, name=path.name, accepted=False, problem=problem)
            if result.accepted and screen:
                screening = _screen(session, result)
        if not path.exists():
            problem = tr("{name}: the file vanished from the inbox", name=path.name)
            log.warning("%s", problem)
            return _outcome(path, path, result, screening=screening, problem=problem)
        if result.accepted:
            return self._move_done(path, result, signature, screening)
        return self._move_rejected(session, path, result)

    def _move_done(self, path: Path, result: FileImportResult, signature: Signature | None,
                   screening: ScreeningReport | None) -> InboxOutcome:
        try:
            target = _move_unique(path, self.folder / DONE_FOLDER)
        except OSError as exc:
            problem = tr("{name}: imported, but could not be moved to {folder}: {reason}",
                         name=path.name, folder=DONE_FOLDER, reason=exc.strerror or str(exc))
            log.warning("%s", problem)
            if signature is not None:
                self._unmoved[path] = (signature, result)
            return _outcome(path, path, result, screening=screening, problem=problem)
        log.info("%s: imported (%d new, %d amended, %d unchanged), moved to %s", path.name,
                 result.new, result.amended, result.unchanged, target)
        return _outcome(path, target, result, screening=screening)

    def _move_rejected(self, session: StationSession, path: Path,
                       result: FileImportResult) -> InboxOutcome:
        try:
            target = _move_unique(path, self.folder / REJECTED_FOLDER, REPORT_SUFFIX)
        except OSError as exc:
            problem = tr("{name}: rejected, but could not be moved to {folder}: {reason}",
                         name=path.name, folder=REJECTED_FOLDER, reason=exc.strerror or str(exc))
            log.warning("%s", problem)
            return _outcome(path, path, result, problem=problem)
        errors = _renamed(result, target.name)
        report = target.with_name(target.name + REPORT_SUFFIX)
        when = datetime.now(session.time_zone()).isoformat(timespec="seconds")
        total = len(errors) + result.more_errors
        lines = [tr("{when}: {name} rejected: {count} errors; nothing from this file was "
                    "stored", when=when, name=path.name, count=total), *errors]
        if result.more_errors:
            lines.append(tr("{path}: ... and {count} more errors", path=target.name,
                            count=result.more_errors))
        try:
            with open(report, "x", encoding="utf-8", newline="\n") as out:
                out.write("\n".join(lines) + "\n")
        except OSError as exc:
            problem = tr("{name}: rejected, but its error report could not be written: "
                         "{reason}", name=path.name, reason=exc.strerror or str(exc))
            log.warning("%s", problem)
            return _outcome(path, target, result, problem=problem)
        log.info("%s: rejected (%d errors), moved to %s", path.name, total, target)
        return _outcome(path, target, result, report=report)


def _candidate(name: str) -> bool:
    """Whether a name in the inbox may be a complete declaration file."""
    lower = name.lower()
    if name.startswith(".") or lower.endswith(PARTIAL_SUFFIXES):
        return False
    return Path(lower).suffix in FORMATS


def _screen(session: StationSession, result: FileImportResult) -> ScreeningReport | None:
    try:
        return screen_imported(session, ImportReport((result,)))
    except BorderdeskError as exc:
        # The import is stored; `borderdesk declarations screen` can screen it later.
        log.warning("%s: imported but not screened: %s", result.path.name, exc)
        return None


def _renamed(result: FileImportResult, name: str) -> tuple[str, ...]:
    """The import's errors with the file named ``name`` instead of its inbox path."""
    prefix = str(result.path)
    return tuple(name + error[len(prefix):] if error.startswith(prefix + ":") else error
                 for error in result.errors)


def _outcome(original: Path, now: Path, result: FileImportResult, *,
             report: Path | None = None, problem: str | None = None,
             screening: ScreeningReport | None = None) -> InboxOutcome:
    return InboxOutcome(
        path=now, name=original.name, accepted=result.accepted, new=result.new,
        amended=result.amended, unchanged=result.unchanged,
        errors=_renamed(result, now.name), report=report, more_errors=result.more_errors,
        problem=problem, screening=screening)


def numbered(name: str, number: int) -> str:
    """``decl.csv`` numbered 2 is ``decl (2).csv``; number 1 is the name itself."""
    if number == 1:
        return name
    path = Path(name)
    return f"{path.stem} ({number}){path.suffix}"


def _move_unique(source: Path, folder: Path, companion: str | None = None) -> Path:
    """Move ``source`` into ``folder`` under a free name and return its new path.

    With ``companion``, the name plus that suffix must be free too (the error
    report written beside it). Never overwrites: the hard link fails on a taken
    name; where hard links are not possible the name is checked just before.
    """
    folder.mkdir(exist_ok=True)
    for number in count(1):
        target = folder / numbered(source.name, number)
        if target.exists() or (companion is not None and
                               target.with_name(target.name + companion).exists()):
            continue
        try:
            os.link(source, target)
        except FileExistsError:
            continue
        except FileNotFoundError:
            raise
        except OSError:
            # No hard links on this file system (FAT, some network shares).
            if target.exists():
                continue
            source.rename(target)
            return target
        try:
            source.unlink()
        except OSError:
            target.unlink(missing_ok=True)  # leave the file where it was
            raise
        return target
    raise AssertionError("unreachable")  # pragma: no cover


__all__ = ["InboxOutcome", "InboxWatcher", "numbered"]
