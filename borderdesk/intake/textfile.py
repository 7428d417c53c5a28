"""Reading text files line by line as bytes, decoding each line with its number.

Decoding per physical line means an undecodable byte is reported at its line,
with a hint to use ``--encoding``; reading by lines keeps memory flat.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from borderdesk.core.i18n import tr
from borderdesk.intake.problems import FileProblem

DEFAULT_ENCODING = "utf-8"
_SNIFF_BYTES = 8192


def check_encoding(name: str | None) -> str:
    """The codec name to use; unknown names are a usage error (raised as ``LookupError``)."""
    codec = codecs.lookup(name or DEFAULT_ENCODING)
    return codec.name


def check_text_file(path: Path) -> None:
    """Refuse an empty or binary file before any reading."""
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if not head:
        raise FileProblem(None, None, tr("the file is empty"))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export: NUL bytes in every character, but not binary.
        raise FileProblem(None, None, tr("the file is UTF-16 text; save it as UTF-8 "
                                         "(in Excel: \"CSV UTF-8\") and import it again"))
    if b"\x00" in head:
        raise FileProblem(None, None, tr("not a text file (it holds binary data); "
                                         "declarations come as .json, .jsonl, .csv or .xlsx"))


class LineDecoder:
    """Iterates over a binary file's lines as text, counting lines and bytes read."""

    def __init__(self, handle: BinaryIO, encoding: str) -> None:
        self.handle = handle
        self.encoding = encoding
        self.line_number = 0
        self.bytes_read = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self.handle:
            self.line_number += 1
            self.bytes_read += len(raw)
            if self.line_number == 1 and self.encoding == "utf-8" \
                    and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                yield raw.decode(self.encoding)
            except UnicodeDecodeError as exc:
                if exc.reason == "unexpected end of data" and not raw.endswith(b"\n"):
                    raise FileProblem(self.line_number, None, tr(
                        "the file ends in the middle of a character (the file was cut "
                        "short)")) from None
                raise FileProblem(self.line_number, None,
                                  decode_message(exc, self.encoding)) from None


def decode_message(exc: UnicodeDecodeError, encoding: str, column_offset: int = 0) -> str:
    """Say which byte could not be decoded, where in its line, and what to try instead.

    ``exc.object`` holds the bytes the decoder was given; ``column_offset`` is the
    number of characters of the line that came before them.
    """
    raw: bytes = exc.object
    start = min(max(exc.start, 0), max(len(raw) - 1, 0))
    line_start = raw.rfind(b"\n", 0, start) + 1
    column = column_offset + len(raw[line_start:start].decode(encoding, errors="replace")) + 1
    byte = raw[start] if raw else 0
    return tr(
        "cannot be read as {encoding} (byte 0x{byte:02x} at column {column}); if the file "
        "comes from a Windows system, try --encoding cp1250 (Latin) or --encoding cp1251 "
        "(Cyrillic)", encoding=encoding.upper(), byte=byte, column=column)
