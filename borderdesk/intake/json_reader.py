"""Reading declarations from JSON (one object or an array) and JSON Lines files.

A ``.json`` array is parsed one declaration at a time from a sliding buffer,
so files of hundreds of megabytes stream with flat memory. Each declaration
is reported at the line where its object begins.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.intake.known_fields import generic_path, set_aside_unknown
from borderdesk.intake.problems import FileProblem, ProblemList
from borderdesk.intake.record import RawRecord
from borderdesk.intake.textfile import LineDecoder, decode_message

_CHUNK = 1 << 20
#: One declaration larger than this is not a declaration: stop looking for its end.
_MAX_OBJECT_CHARS = 16 << 20
_WHITESPACE = " \t\r\n"


class _UnknownFieldWarnings:
    """Warns once per unknown field name in a file, at its first line."""

    def __init__(self, warnings: ProblemList) -> None:
        self.warnings = warnings
        self.seen: set[str] = set()

    def record(self, line: int, data: dict[str, Any]) -> RawRecord:
        clean, extra = set_aside_unknown(data)
        for path, _value in extra:
            name = generic_path(path)
            if name not in self.seen:
                self.seen.add(name)
                self.warnings.add(line, path, tr("unknown field, kept aside"))
        return RawRecord(line=line, data=clean, extra=extra)


def read_json_lines(path: Path, encoding: str, errors: ProblemList, warnings: ProblemList,
                    on_bytes: Callable[[int], None]) -> Iterator[RawRecord]:
    """Declarations from a JSON Lines file: one object per line, blank lines skipped."""
    unknown = _UnknownFieldWarnings(warnings)
    with open(path, "rb") as handle:
        lines = LineDecoder(handle, encoding)
        for text in lines:
            on_bytes(lines.bytes_read)
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                errors.add(lines.line_number, None,
                           tr("not valid JSON: {reason} (column {column})",
                              reason=exc.msg, column=exc.colno))
                continue
            except RecursionError:
                errors.add(lines.line_number, None, _too_deep())
                continue
            if not isinstance(value, dict):
                errors.add(lines.line_number, None, tr("a declaration must be a JSON object"))
                continue
            yield unknown.record(lines.line_number, value)


class _Buffer:
    """Text decoded from a binary file, read on demand, with line numbers."""

    def __init__(self, handle: Any, encoding: str, on_bytes: Callable[[int], None]) -> None:
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder(encoding)()
        self.encoding = encoding
        self.on_bytes = on_bytes
        self.text = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self._line = 1
        self._line_pos = 0

    def fill(self) -> bool:
        """Read one more chunk; False at the end of the file."""
        if self.eof:
            return False
        raw = self.handle.read(_CHUNK)
        self.bytes_read += len(raw)
        self.on_bytes(self.bytes_read)
        if self.bytes_read == len(raw) and raw.startswith(codecs.BOM_UTF8) \
                and self.encoding == "utf-8":
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            decoded = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            if not raw:  # the last bytes of the file are an unfinished character
                raise FileProblem(self.line_at(len(self.text)), None, _truncated()) from None
            # exc.object is what the decoder saw: bytes held back from the last chunk
            # (an unfinished character) followed by this chunk.
            seen: bytes = exc.object
            line = self.line_at(len(self.text)) + seen.count(b"\n", 0, max(exc.start, 0))
            line_start = self.text.rfind("\n") + 1
            carried = 0 if b"\n" in seen[:max(exc.start, 0)] else len(self.text) - line_start
            raise FileProblem(line, None, decode_message(exc, self.encoding,
                                                         column_offset=carried)) from None
        if not raw:
            self.eof = True
        # Drop what has been consumed, so the buffer holds about one chunk.
        self._line = self.line_at(self.pos)
        self.text = self.text[self.pos:] + decoded
        self.pos = self._line_pos = 0
        return True

    def line_at(self, pos: int) -> int:
        """The line number of character ``pos`` of the buffer (not before the last ask)."""
        if pos >= self._line_pos:
            self._line += self.text.count("\n", self._line_pos, pos)
            self._line_pos = pos
        return self._line

    def skip_whitespace(self) -> str:
        """Move past whitespace; return the next character, or '' at the end of the file."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return ""

    def value(self) -> tuple[int, Any]:
        """Decode the JSON value at the current position; return (line, value)."""
        line = self.line_at(self.pos)
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except RecursionError:
                raise FileProblem(line, None, _too_deep()) from None
            except json.JSONDecodeError as exc:
                if len(self.text) - self.pos < _MAX_OBJECT_CHARS and self.fill():
                    line = self.line_at(self.pos)
                    continue
                if self.eof and _cut_short(self.text[exc.pos:], exc.msg):
                    raise FileProblem(line, None, _truncated()) from None
                raise FileProblem(self.line_at(exc.pos), None,
                                  tr("not valid JSON: {reason}", reason=exc.msg)) from None
            self.pos = end
            return line, value


_DECODER = json.JSONDecoder()
_LITERALS = ("true", "false", "null", "NaN", "Infinity", "-Infinity")
#: What a number cut short leaves that the number pattern does not take: ``1.``, ``1e+``.
_NUMBER_TAIL = re.compile(r"[.eE][+-]?")


def _too_deep() -> str:
    return tr("not valid JSON: values nested too deeply to be a declaration")


def _truncated() -> str:
    return tr("the file ends in the middle of a declaration (truncated JSON)")


def _cut_short(rest: str, message: str) -> bool:
    """Whether a JSON error at the end of the file comes from the file ending inside a value.

    ``rest`` is the text from the error's position to the end of the file.
    """
    rest = rest.rstrip()
    if not rest or message.startswith("Unterminated string"):
        return True
    if message.startswith("Invalid \\uXXXX escape"):
        return '"' not in rest  # the string never closes
    if message.startswith("Expecting value"):
        return any(word.startswith(rest) for word in _LITERALS)
    return _NUMBER_TAIL.fullmatch(rest) is not None


def read_json(path: Path, encoding: str, errors: ProblemList, warnings: ProblemList,
              on_bytes: Callable[[int], None]) -> Iterator[RawRecord]:
    """Declarations from a ``.json`` file holding one object or an array of objects."""
    unknown = _UnknownFieldWarnings(warnings)
    with open(path, "rb") as handle:
        buf = _Buffer(handle, encoding, on_bytes)
        first = buf.skip_whitespace()
        if first == "{":
            line, value = buf.value()
            _expect_end(buf)
            yield unknown.record(line, value)
            return
        if first != "[":
            raise FileProblem(buf.line_at(buf.pos), None, tr(
                "a JSON declaration file must hold an object or an array of objects"))
        buf.pos += 1
        expect_value = True
        while True:
            ch = buf.skip_whitespace()
            if ch == "]":
                buf.pos += 1
                _expect_end(buf)
                return
            if ch == "":
                raise FileProblem(buf.line_at(buf.pos), None, tr(
                    "the file ends before the array is closed (truncated JSON)"))
            if not expect_value:
                if ch != ",":
                    raise FileProblem(buf.line_at(buf.pos), None, tr(
                        "not valid JSON: expected ',' or ']' after a declaration"))
                buf.pos += 1
                expect_value = True
                continue
            line, value = buf.value()
            expect_value = False
            if isinstance(value, dict):
                yield unknown.record(line, value)
            else:
                errors.add(line, None, tr("a declaration must be a JSON object"))


def _expect_end(buf: _Buffer) -> None:
    if buf.skip_whitespace() != "":
        raise FileProblem(buf.line_at(buf.pos), None,
                          tr("not valid JSON: unexpected text after the end"))
