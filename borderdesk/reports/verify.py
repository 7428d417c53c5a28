"""Reading a printed report's case mark back from its PDF file, without a PDF library.

A seizure report carries ``BDCASE:{case id}:{snapshot hash}`` three times: in its QR
code (for a phone), in the PDF information dictionary under ``/BorderdeskCase`` and
in ``/Keywords``. reportlab writes the information dictionary uncompressed, so the
mark is found by scanning the file's bytes; a file re-saved by a program that packs
it into a compressed object stream is reported as not readable (the QR code still
works).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderdesk.reports.snapshot import parse_qr_text

_INFO = re.compile(rb"/(BorderdeskCase|Keywords)\s*\((BDCASE:[^()\\]{1,200})\)")
_KIND = re.compile(rb"/BorderdeskDocument\s*\(([a-z-]{1,40})\)")


@dataclass(frozen=True, slots=True)
class CaseMark:
    """What a report says about itself: its case, the snapshot hash and its kind."""

    case_id: str
    snapshot_sha256: str
    kind: str


def read_case_mark(data: bytes) -> CaseMark | None:
    """The case mark of a report's bytes; None when it is not a PDF or carries none."""
    if not data.startswith(b"%PDF-"):
        return None
    kind_match = _KIND.search(data)
    kind = kind_match.group(1).decode("ascii") if kind_match else ""
    for match in _INFO.finditer(data):
        parsed = parse_qr_text(match.group(2).decode("ascii", errors="replace"))
        if parsed is not None:
            return CaseMark(parsed[0], parsed[1], kind)
    return None
