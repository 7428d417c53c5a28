"""Importing declaration files into the station database.

Each file is one transaction: a file with any error is rejected whole and
nothing from it is stored. A declaration equal to its stored latest version
changes nothing; one with new content becomes a new version with its
amendments. The report says, per file, what was new, unchanged and amended.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.gc_pause import collection_paused
from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.core.progress import CancelToken, no_progress
from borderdesk.domain.declaration import Declaration
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import file_format, read_declarations
from borderdesk.intake.textfile import check_encoding
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.station import StationSession
from borderdesk.store.changelog import append_changes
from borderdesk.store.declarations_repo import BatchOutcome, DeclarationWriter

BATCH_SIZE = 1000
#: A result lists at most this many changed ids; views reload everything beyond it.
MAX_CHANGED_IDS = 10_000


@dataclass(frozen=True)
class FileImportResult:
    """What importing one file did (or why it was rejected)."""

    path: Path
    accepted: bool
    new: int = 0
    unchanged: int = 0
    amended: int = 0
    goods_lines: int = 0
    errors: tuple[str, ...] = ()
    more_errors: int = 0
    warnings: tuple[str, ...] = ()
    more_warnings: int = 0
    #: The new and amended declarations' ids (at most MAX_CHANGED_IDS of them).
    changed_declaration_ids: tuple[str, ...] = ()
    #: The stored import's id (accepted files only).
    import_ref: str | None = None


@dataclass(frozen=True)
class ImportReport:
    """What importing several files did."""

    files: tuple[FileImportResult, ...]

    @property
    def ok(self) -> bool:
        """Whether every file was accepted."""
        return all(result.accepted for result in self.files)

    @property
    def new(self) -> int:
        """New declarations in all files."""
        return sum(r.new for r in self.files)

    @property
    def unchanged(self) -> int:
        """Declarations that were already stored as they are."""
        return sum(r.unchanged for r in self.files)

    @property
    def amended(self) -> int:
        """Declarations that came back with new content (new versions)."""
        return sum(r.amended for r in self.files)

    @property
    def goods_lines(self) -> int:
        """Goods lines stored (of new and amended declarations)."""
        return sum(r.goods_lines for r in self.files)


class _Rejected(Exception):
    """Raised inside the transaction to roll a rejected file back."""


def _check_encoding(encoding: str | None) -> None:
    try:
        check_encoding(encoding)
    except LookupError:
        raise UserInputError(tr("unknown encoding '{name}' (try utf-8, cp1250 or cp1251)",
                                name=encoding)) from None


@requires(Permission.IMPORT)
def import_files(session: StationSession, paths: Sequence[Path], *,
                 encoding: str | None = None,
                 on_progress: Callable[[int, int], None] = no_progress,
                 cancel: CancelToken | None = None) -> ImportReport:
    """Import each file in its own transaction; report what happened to each.

    ``on_progress(done, total)`` counts bytes over all files. Raises
    :class:`Cancelled` when ``cancel`` is set (the file being read is rolled back).
    """
    _check_encoding(encoding)
    sizes = [_size(path) for path in paths]
    total = sum(sizes)
    done_before = 0
    results = []
    for path, size in zip(paths, sizes, strict=True):
        offset = done_before

        def progress(done: int, file_total: int, offset: int = offset, size: int = size) -> None:
            scaled = done if file_total == size or file_total == 0 else \
                int(size * done / file_total)
            on_progress(offset + min(scaled, size), total)

        with collection_paused():  # see core.gc_pause: no full collections mid-file
            results.append(import_file(session, path, encoding=encoding,
                                       on_progress=progress, cancel=cancel))
        done_before += size
        on_progress(done_before, total)
    return ImportReport(tuple(results))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


@requires(Permission.IMPORT)
def import_records(session: StationSession, source_name: str,
                   declarations: Sequence[tuple[Declaration, int]]) -> FileImportResult:
    """Store already validated declarations as one import (the demo uses this)."""
    return _store(session, Path(source_name), "records", iter(declarations), ProblemList(),
                  ProblemList(), None)


@requires(Permission.IMPORT)
def import_file(session: StationSession, path: Path, *, encoding: str | None = None,
                on_progress: Callable[[int, int], None] = no_progress,
                cancel: CancelToken | None = None) -> FileImportResult:
    """Import one file in one transaction; reject it whole if it has any error."""
    _check_encoding(encoding)
    errors, warnings = ProblemList(), ProblemList()
    declarations = read_declarations(path, tz=session.time_zone(), errors=errors,
                                     warnings=warnings, encoding=encoding,
                                     on_progress=on_progress)
    return _store(session, path, file_format(path) or "unknown", declarations, errors,
                  warnings, cancel)


def _store(session: StationSession, path: Path, source_format: str,
           declarations: Iterable[tuple[Declaration, int]], errors: ProblemList,
           warnings: ProblemList, cancel: CancelToken | None) -> FileImportResult:
    context = session.write_context()
    import_ref = new_id()
    total = BatchOutcome()
    try:
        with session.database.transaction() as conn:
            writer = DeclarationWriter(conn, context, import_ref)
            batch: list[tuple[Declaration, int]] = []

            def flush() -> None:
                # Once the file is known to be rejected, only keep checking it.
                outcome = writer.save_batch(batch, write=not errors)
                batch.clear()
                total.new += outcome.new
                total.unchanged += outcome.unchanged
                total.amended += outcome.amended
                total.goods_lines += outcome.goods_lines
                room = MAX_CHANGED_IDS - len(total.changed_ids)
                total.changed_ids.extend(outcome.changed_ids[:max(room, 0)])
                for dup in outcome.duplicates:
                    errors.add(dup.line, "declaration_id", tr(
                        "{id} appears again with different content (first at line {first})",
                        id=dup.declaration_id, first=dup.first_line))

            for entry in declarations:
                batch.append(entry)
                if len(batch) >= BATCH_SIZE:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    flush()
            if cancel is not None:
                cancel.raise_if_cancelled()
            if batch:
                flush()
            if errors:
                raise _Rejected
            conn.execute(
                "INSERT INTO imports (id, station_id, created_at, updated_at, created_by,"
                " source_name, source_format, declarations_new, declarations_unchanged,"
                " declarations_amended, goods_lines) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (import_ref, context.station_id, writer.now, writer.now, context.actor,
                 path.name, source_format, total.new, total.unchanged, total.amended,
                 total.goods_lines))
            append_changes(conn, context, [("import", import_ref, "create", {
                "source_name": path.name, "new": total.new, "amended": total.amended})],
                now=writer.now)
    except _Rejected:
        return _result(path, False, BatchOutcome(), errors, warnings)
    return replace(_result(path, True, total, errors, warnings), import_ref=import_ref)


def _result(path: Path, accepted: bool, outcome: BatchOutcome, errors: ProblemList,
            warnings: ProblemList) -> FileImportResult:
    name = str(path)
    return FileImportResult(
        path=path, accepted=accepted, new=outcome.new, unchanged=outcome.unchanged,
        amended=outcome.amended, goods_lines=outcome.goods_lines,
        errors=tuple(p.format(name) for p in errors.listed), more_errors=errors.unlisted,
        warnings=tuple(p.format(name) for p in warnings.listed),
        more_warnings=warnings.unlisted,
        changed_declaration_ids=tuple(outcome.changed_ids))
