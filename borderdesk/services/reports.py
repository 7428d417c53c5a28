"""Printing a case's documents, and checking a printed seizure report against the case.

:func:`print_seizure_report` takes the case document, makes its snapshot and hash,
renders the PDF in the chosen language with the audit checkpoint of the moment,
then, in one transaction, keeps the checkpoint (``keep_checkpoint(..., "report")``)
and records the print (m014 ``printed_reports``) with the PDF's SHA-256; the file is
written beside its destination and moved into place only when that succeeded.

:func:`verify_report` reads the case mark back from a PDF and compares the snapshot
stored with the print against the case as it stands now, field by field.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import LanguageTranslator, tr
from borderdesk.core.ts_catalogue import translator_for
from borderdesk.evidence.photo_check import open_photo, pillow_guard
from borderdesk.evidence.photo_render import PRINT, render
from borderdesk.evidence.photo_store import StoredFileProblem
from borderdesk.reports.documents import printed_documents
from borderdesk.reports.layout import write_file
from borderdesk.reports.seizure_report import REPORT_KIND, PrintContext, seizure_report_pdf
from borderdesk.reports.snapshot import case_snapshot, describe_changes, snapshot_hash
from borderdesk.reports.verify import read_case_mark
from borderdesk.rules.rule_texts import is_shipped_text, rule_text, stored_rule_texts
from borderdesk.security.permissions import Permission
from borderdesk.services.audit import current_checkpoint, keep_checkpoint
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import is_exercise
from borderdesk.services.photo_files import (
    EXTENSION_OF,
    cache_quietly,
    cached_copy,
    originals,
    photo_cache,
)
from borderdesk.services.security_log import record_event
from borderdesk.services.seizures import case_document, find_case
from borderdesk.services.station import StationSession
from borderdesk.store import report_repo, seizure_repo
from borderdesk.store.audit_repo import Checkpoint

log = logging.getLogger(__name__)

#: The copy a report prints: sharp at 85 mm wide, small enough for 40 photos a report;
#: cached when a photo is imported, made here once for photos imported before that.
PRINT_COPY = PRINT
REPORT_CONTEXT = "report"


class NotAReport(BorderdeskError):
    """The file is not a borderdesk seizure report (exit 2)."""


@dataclass(frozen=True)
class PrintedReport:
    """A seizure report printed: where, in which language, and its hashes."""

    id: str
    case_id: str
    case_number: str
    path: Path
    language: str
    language_note: str
    snapshot_sha256: str
    pdf_sha256: str
    checkpoint: Checkpoint


@dataclass(frozen=True)
class Verification:
    """What ``report verify`` found: unchanged or not, and what changed, in words."""

    case_id: str
    case_number: str
    snapshot_sha256: str
    current_sha256: str
    printed_at: str | None
    printed_by: str | None
    #: Whether the file is byte for byte the PDF recorded (None: no print recorded).
    same_file: bool | None
    changes: tuple[str, ...]

    @property
    def unchanged(self) -> bool:
        """The case reads now as it did when the report was printed."""
        return self.snapshot_sha256 == self.current_sha256


def report_translator(language: str) -> LanguageTranslator:
    """The translator of a report printed in ``language`` (English with a note when
    there are no translations into it)."""
    return translator_for(language, REPORT_CONTEXT)


def rule_titles(conn: Any, assessment_ref: str | None, t: LanguageTranslator
                ) -> dict[str, str]:
    """The titles of the rules of the assessment an inspection followed, by rule id, in
    the report's language when the profile is borderdesk's (as written otherwise).
    Kept out of the case snapshot: a title is the profile's, not the case's, and a
    translation must not change the snapshot's hash."""
    source_text = seizure_repo.rules_profile_text(conn, assessment_ref)
    if source_text is None:
        return {}
    shipped = is_shipped_text(source_text)
    return {rule: rule_text(texts["title"], shipped, t.lookup)
            for rule, texts in stored_rule_texts(source_text).items() if texts["title"]}


@requires(Permission.VIEW)
def agency_name(session: StationSession, t: LanguageTranslator) -> str:
    """The issuing agency of the station's country, translated."""
    return t(printed_documents().agency(session.station.country))


@requires(Permission.PRINT)
def print_copies(session: StationSession, photos: list[Mapping[str, Any]]) -> dict[str, bytes]:
    """Each photo's print copy (JPEG bytes, in memory: on an encrypted station the cache
    is sealed), made from its original when not cached yet (in parallel: decoding a
    12-megapixel JPEG is most of a report's time the first time). A photo whose
    original cannot be read is left out (the report says so; audit verify says why)."""
    cache, store = photo_cache(session), originals(session)
    found: dict[str, bytes] = {}
    missing: list[Mapping[str, Any]] = []
    for photo in photos:
        cached = cached_copy(cache, str(photo["sha256"]), PRINT_COPY.name)
        if cached is not None:
            found[str(photo["id"])] = cached
        else:
            missing.append(photo)

    def make(photo: Mapping[str, Any]) -> tuple[str, bytes | None]:
        try:
            data = store.read(str(photo["sha256"]), EXTENSION_OF[str(photo["media_type"])])
            orientation = (photo.get("exif") or {}).get("orientation")
            copy = _print_copy(data, orientation)
        except (OSError, StoredFileProblem, BorderdeskError, KeyError):
            log.warning("no print copy of photo %s", photo.get("id"), exc_info=True)
            return str(photo["id"]), None
        cache_quietly(cache, str(photo["sha256"]), PRINT_COPY.name, copy)
        return str(photo["id"]), copy

    if missing:
        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            for photo_id, copy in pool.map(make, missing):
                if copy is not None:
                    found[photo_id] = copy
    return found


def _print_copy(data: bytes, orientation: int | None) -> bytes:
    """The print copy of an original. A JPEG is decoded in draft mode at the smallest
    scale that still covers the copy's size (1/4 for a 12 MP photo): most of the cost
    of a first print is decoding the originals. Only the photo formats are opened."""
    with pillow_guard():
        image = open_photo(data)
        if image.format == "JPEG":
            scale = PRINT_COPY.box / max(image.size)
            if scale < 1:
                image.draft("RGB", (int(image.width * scale), int(image.height * scale)))
        image.load()
    return render(image, PRINT_COPY, orientation)


@requires(Permission.PRINT)
def print_seizure_report(session: StationSession, case: str, destination: Path, *,
                         language: str = "en", exercise: bool = False) -> PrintedReport:
    """Print the seizure report of ``case`` to ``destination`` and record the print.

    On an exercise station the report is always an exercise's (watermarked, and recorded
    as such), whatever ``exercise`` says."""
    exercise = exercise or is_exercise(session)
    t = report_translator(language)
    row = find_case(session.database.conn, case)
    document = case_document(session, row.id)
    snapshot = case_snapshot(document)
    digest = snapshot_hash(snapshot)
    checkpoint = current_checkpoint(session)
    station = session.station
    context = PrintContext(
        agency=agency_name(session, t), station_name=station.name,
        crossing_code=station.crossing_code, time_zone=station.time_zone,
        printed_at=session.clock.now(), printed_by=session.actor,
        checkpoint_length=checkpoint.length, checkpoint_hash=checkpoint.head_hash,
        snapshot_hash=digest, exercise=exercise,
        photos=print_copies(session, document.get("photos") or []),
        rule_titles=rule_titles(session.database.conn, row.assessment_ref, t))
    pdf = seizure_report_pdf(document, context, t)
    pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    with session.database.transaction() as conn:
        kept = keep_checkpoint(session, "report")
        if kept != checkpoint:
            # Something was recorded between reading the case and now: print again.
            raise UserInputError(tr("the station's records changed while the report was "
                                    "being made; print it again"))
        ident = report_repo.insert_print(conn, session.write_context(), report_repo.NewPrint(
            row.id, "seizure_report", t.language, exercise, snapshot, digest,
            checkpoint.length, checkpoint.head_hash, pdf_sha256, destination.name))
        record_event(session, "print", subject=row.case_number, details={
            "document": "seizure_report", "case": row.id, "file": destination.name,
            "language": t.language, "exercise": exercise, "pdf_sha256": pdf_sha256})
        # Written inside the transaction: a file that cannot be written records nothing.
        write_file(destination, pdf)
    return PrintedReport(ident, row.id, row.case_number, destination, t.language, t.note,
                         digest, pdf_sha256, checkpoint)


@requires(Permission.VIEW)
def verify_report(session: StationSession, pdf_path: Path) -> Verification:
    """Compare a printed report with its case as it stands now."""
    try:
        data = pdf_path.read_bytes()
    except OSError as exc:
        raise UserInputError(tr("{path} cannot be read: {reason}", path=pdf_path,
                                reason=exc.strerror or str(exc))) from None
    mark = read_case_mark(data)
    if mark is None or (mark.kind and mark.kind != REPORT_KIND):
        raise NotAReport(tr("{path} is not a borderdesk seizure report (it carries no case "
                            "mark; a report re-saved by another program loses it, but its "
                            "QR code still reads)", path=pdf_path))
    try:
        row = find_case(session.database.conn, mark.case_id)
    except UserInputError:
        raise NotAReport(tr("the report is of case {id}, which this station database does "
                            "not hold", id=mark.case_id)) from None
    current = case_snapshot(case_document(session, row.id))
    current_sha256 = snapshot_hash(current)
    prints = report_repo.prints_with_snapshot(session.database.conn, row.id,
                                              mark.snapshot_sha256)
    pdf_sha256 = hashlib.sha256(data).hexdigest()
    if prints:
        match = next((p for p in prints if p.pdf_sha256 == pdf_sha256), prints[-1])
        changes = describe_changes(match.snapshot, current)
        return Verification(row.id, row.case_number, mark.snapshot_sha256, current_sha256,
                            match.printed_at, match.printed_by,
                            match.pdf_sha256 == pdf_sha256, tuple(changes))
    changes = [] if current_sha256 == mark.snapshot_sha256 else [tr(
        "the snapshot this report was printed from is not recorded in this database, so "
        "what changed cannot be said")]
    return Verification(row.id, row.case_number, mark.snapshot_sha256, current_sha256, None,
                        None, None, tuple(changes))


@dataclass(frozen=True)
class TracePacket:
    """A trace request packet written: its files, and whether it is ready to send."""

    pdf: Path
    json: Path
    ready: bool
    gaps: tuple[str, ...]


@requires(Permission.PRINT)
def print_labels(session: StationSession, case: str, destination: Path, *,
                 sheet: str = "2x7", language: str = "en", exercise: bool = False) -> int:
    """Print one label per package of ``case`` on the label sheet ``sheet``; how many.
    Watermarked on an exercise station, whatever ``exercise`` says."""
    from borderdesk.reports.labels import Label, labels_pdf
    from borderdesk.reports.seizure_report import PrintContext, Words
    from borderdesk.reports.seizure_report_sections import item_name

    exercise = exercise or is_exercise(session)
    documents = printed_documents()
    layout_found = documents.layout(sheet)
    if layout_found is None:
        raise UserInputError(tr("'{sheet}' is not a label sheet (known: {known})", sheet=sheet,
                                known=", ".join(lay.id for lay in documents.label_layouts)))
    t = report_translator(language)
    row = find_case(session.database.conn, case)
    document = case_document(session, row.id)
    station = session.station
    words = Words(t, PrintContext("", station.name, station.crossing_code, station.time_zone,
                                  session.clock.now(), session.actor, 0, "", ""))
    items = {str(i["number"]): i for i in document.get("items") or []}
    labels = []
    for package in document.get("packages") or []:
        numbers = [n for n in package.get("items") or [] if n in items]
        seals = package.get("seals") or []
        last = seals[-1] if seals else {}
        described = "; ".join(item_name(items[n], words) for n in numbers)
        labels.append(Label(
            row.case_number, str(package["label"]), ", ".join(numbers),
            described or str(package.get("contents") or ""),
            tuple(str(s.get("number")) for s in seals),
            words.when(last.get("sealed_at") or package.get("packed_at")),
            str(last.get("sealed_by") or package.get("packed_by") or "")))
    if not labels:
        raise UserInputError(tr("case {number} has no package yet: labels are printed for "
                                "packages", number=row.case_number))
    pdf = labels_pdf(labels, layout_found, t, title=t("Evidence labels of case {number}",
                                                      number=row.case_number),
                     exercise=exercise)
    with session.database.transaction():
        record_event(session, "print", subject=row.case_number, details={
            "document": "labels", "case": row.id, "file": destination.name,
            "labels": len(labels), "sheet": layout_found.id, "exercise": exercise})
        write_file(destination, pdf)  # in the transaction: a failed write records nothing
    return len(labels)


@requires(Permission.EXPORT)
def write_trace_packet(session: StationSession, item: str, folder: Path, *,
                       language: str = "en", exercise: bool = False) -> TracePacket:
    """Write ``trace-CASE-ITEM.pdf`` and ``.json`` for a firearm into ``folder``
    (watermarked on an exercise station, whatever ``exercise`` says)."""
    import json

    from borderdesk.core.canonical import canonical_json
    from borderdesk.reports.trace_packet import trace_packet_pdf, trace_record

    exercise = exercise or is_exercise(session)
    found = report_repo.cases_of_item(session.database.conn, item.strip())
    if len(found) != 1:
        raise UserInputError(tr("there is no seized item '{id}' at this station", id=item)
                             if not found else
                             tr("'{id}' is the beginning of {count} items: give more of it",
                                id=item, count=len(found)))
    case_id, item_id = found[0]
    document = case_document(session, case_id)
    row = next((i for i in document.get("items") or [] if i.get("id") == item_id), None)
    if row is None:
        raise UserInputError(tr("item '{id}' was withdrawn from its case", id=item))
    if row.get("kind") != "firearm":
        raise UserInputError(tr("item {number} is not a firearm: trace requests are made for "
                                "firearms", number=row.get("number")))
    t = report_translator(language)
    station = session.station
    where = (t("{station} ({code})", station=station.name, code=station.crossing_code)
             if station.crossing_code else station.name)
    packet = trace_record(document, row, agency=agency_name(session, t), station=where,
                          requested_by=session.actor,
                          requested_at=session.clock.now().astimezone(
                              session.time_zone()).strftime("%Y-%m-%d"))
    name = f"trace-{document['case']['case_number']}-{row['number']}"
    pdf_path, json_path = folder / f"{name}.pdf", folder / f"{name}.json"
    pdf = trace_packet_pdf(packet, t, exercise=exercise)
    text = json.dumps(json.loads(canonical_json(packet)), ensure_ascii=False, indent=2)
    with session.database.transaction():
        record_event(session, "export", subject=str(document["case"]["case_number"]),
                     details={"document": "trace_packet", "case": case_id, "item": item_id,
                              "files": [pdf_path.name, json_path.name],
                              "ready": bool(packet["ready"]), "exercise": exercise})
        write_file(pdf_path, pdf)
        write_file(json_path, text.encode("utf-8"))
    return TracePacket(pdf_path, json_path, bool(packet["ready"]), tuple(packet["gaps"]))
