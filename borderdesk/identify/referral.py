"""The expert-referral packet: a zip an officer sends when unsure of an identification.

It holds ``referral.json`` (the item record, the answers in words, the marking
warnings and trace-readiness, who asks and why), the photos that could be found
(``photos/``; photo references are opaque here, so the caller passes a resolver that
gives each photo's content and extension, in memory: on an encrypted station the
stored files are sealed, and only the packet, which the user asked for, is plain) and
``summary.pdf``, one A4 page in DejaVu Sans so that Cyrillic and accented names
print. The zip is written beside its destination and moved into place, so a failure
leaves no half-written packet.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.identify.checklist_result import record_lines
from borderdesk.identify.engine import PathLine
from borderdesk.identify.item import ItemRecord
from borderdesk.identify.markings import MarkingWarning
from borderdesk.identify.trace import trace_readiness

#: The content and extension (``.jpg``) of a photo reference (None when not found).
PhotoResolver = Callable[[str], tuple[bytes, str] | None]
_FONT = "DejaVuSans"


@dataclass(frozen=True, slots=True)
class Referral:
    """Who refers which item, and what they ask."""

    item_label: str
    requested_by: str
    requested_at: str
    question: str
    station: str = ""
    #: Printed diagonally across the summary page (an exercise's packet).
    watermark: str = ""


def write_referral(destination: Path, referral: Referral, record: ItemRecord,
                   path: Sequence[PathLine], warnings: Sequence[MarkingWarning] = (),
                   resolve_photo: PhotoResolver | None = None) -> list[str]:
    """Write the packet to ``destination``; the photo references that were not found."""
    refs = list(dict.fromkeys([*record.photos, *(m.photo for m in record.markings if m.photo)]))
    found: dict[str, tuple[bytes, str]] = {}
    for ref in refs:
        located = resolve_photo(ref) if resolve_photo else None
        if located is not None:
            found[ref] = located
    missing = [ref for ref in refs if ref not in found]
    names = _zip_names(found)
    readiness = trace_readiness(record)
    document = {
        "format": 1, "item": referral.item_label, "station": referral.station,
        "requested_by": referral.requested_by, "requested_at": referral.requested_at,
        "question": referral.question, "record": record.to_dict(),
        "answers": [{"step": p.step_title, "question": p.question_label, "answer": p.answer}
                    for p in path],
        "warnings": [w.message for w in warnings],
        "trace": {"applicable": readiness.applicable, "ready": readiness.ready,
                  "gaps": list(readiness.gaps())},
        "photos": {ref: names.get(ref) for ref in refs},
    }
    pdf = _summary_pdf(referral, record, readiness.gaps(), warnings)
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".referral-", suffix=".zip",
                                         dir=destination.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("referral.json", json.dumps(document, ensure_ascii=False,
                                                         indent=2))
            archive.writestr("summary.pdf", pdf)
            for ref, (content, _extension) in found.items():
                archive.writestr(names[ref], content)
        Path(temp_name).replace(destination)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise UserInputError(tr("the referral packet could not be written to {path}: {reason}",
                                path=destination, reason=exc.strerror or str(exc))) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return missing


def _zip_names(found: dict[str, tuple[bytes, str]]) -> dict[str, str]:
    """Each photo's name inside the zip: its reference made safe (no folders), unique."""
    names: dict[str, str] = {}
    for ref, (_content, extension) in found.items():
        suffix = "".join(ch for ch in extension.lower() if ch.isalnum() or ch == ".")[:6]
        base = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in ref).strip("_")
        name, number = f"photos/{base or 'photo'}{suffix}", 1
        while name in names.values():
            number += 1
            name = f"photos/{base or 'photo'}-{number}{suffix}"
        names[ref] = name
    return names


def _summary_pdf(referral: Referral, record: ItemRecord, gaps: Sequence[str],
                 warnings: Sequence[MarkingWarning]) -> bytes:
    """One A4 page: who asks what, the item as recorded, warnings and trace gaps."""
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(tr("Expert referral: {item}", item=referral.item_label))
    width, height = A4
    if referral.watermark:
        _draw_watermark(canvas, referral.watermark, width, height, pdfmetrics.stringWidth)
    margin, size = 50.0, 9.5
    y = height - margin
    lines: list[tuple[str, float]] = [
        (tr("Expert referral: {item}", item=referral.item_label), 15),
        (tr("Requested by {who} on {when} {station}", who=referral.requested_by,
            when=referral.requested_at, station=referral.station).strip(), size),
        ("", size), (tr("Question: {text}", text=referral.question), size + 1), ("", size)]
    lines += [(f"{label}: {value}", size) for label, value in record_lines(record)]
    if warnings:
        lines += [("", size)] + [(tr("Warning: {text}", text=w.message), size)
                                 for w in warnings]
    if gaps:
        lines += [("", size), (tr("Trace request lacks:"), size)]
        lines += [(f"- {gap}", size) for gap in gaps]
    for text, font_size in lines:
        for part in _wrap(text, font_size, width - 2 * margin, pdfmetrics.stringWidth):
            if y < margin + 2 * size:
                canvas.setFont(_FONT, size)
                canvas.drawString(margin, margin, tr("(continued in referral.json)"))
                canvas.save()
                return buffer.getvalue()
            canvas.setFont(_FONT, font_size)
            canvas.drawString(margin, y, part)
            y -= font_size * 1.35
    canvas.save()
    return buffer.getvalue()


def _draw_watermark(canvas: Any, words: str, width: float, height: float,
                    measure: Any) -> None:
    """``words`` diagonally across the page, translucent, as on every exercise document."""
    canvas.saveState()
    size = min(60.0, (width ** 2 + height ** 2) ** 0.5 * 0.8 / max(measure(words, _FONT, 1), 1))
    canvas.setFont(_FONT, size)
    canvas.setFillColorRGB(0.75, 0.22, 0.17, alpha=0.16)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(54.7)
    canvas.drawCentredString(0, -size / 3, words)
    canvas.restoreState()


def _wrap(text: str, size: float, width: float, measure: Any) -> list[str]:
    words, lines, line = text.split(" "), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if line and measure(candidate, _FONT, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line]
