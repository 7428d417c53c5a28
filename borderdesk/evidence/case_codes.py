"""The seizure record's code lists (``resources/codelists/seizure.yaml``), validated on load.

One versioned file holds every list the case record, tracing and follow-up use
(event type, detection method, legal justification, criminal context, concealment,
trace channel and status...), each entry with a stable ``code`` and an English
``name``. ``needs_note`` marks codes such as "other" that need a note beside them.
The file also names the case fields a sign-off requires. A broken file is refused
with ``FILE:LINE: field: problem``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

#: The lists the code reads; the file must define each (it may define more).
REQUIRED_LISTS = (
    "event_type", "direction", "detection_method", "legal_justification",
    "criminal_context", "conveyance", "concealment", "person_role", "sex", "part_type",
    "registry_result", "iarms_result", "trace_channel", "trace_status", "origin_how",
    "follow_up_stage", "offence",
)
_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ENTRY_KEYS = frozenset({"code", "name", "needs_note", "answered"})


@dataclass(frozen=True, slots=True)
class Code:
    """One entry of a list."""

    code: str
    name: str
    needs_note: bool = False
    #: trace_status only: the requested country has answered.
    answered: bool = False


@dataclass(frozen=True, slots=True)
class CodeTable:
    """One named list, in the file's order."""

    name: str
    entries: tuple[Code, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes, in order."""
        return tuple(entry.code for entry in self.entries)

    def get(self, code: str) -> Code | None:
        """The entry of ``code`` (None when the list has no such code)."""
        return next((entry for entry in self.entries if entry.code == code), None)

    def label(self, code: str) -> str:
        """The translated name of ``code`` (the code itself when unknown)."""
        entry = self.get(code)
        return tr(entry.name) if entry else code


@dataclass(frozen=True, slots=True)
class SeizureCodes:
    """Every list of the seizure record, and what a sign-off requires."""

    version: int
    lists: Mapping[str, CodeTable]
    sign_off_requires: tuple[str, ...]

    def __getitem__(self, name: str) -> CodeTable:
        return self.lists[name]


def load_seizure_codes(path: Path, known_fields: frozenset[str] = frozenset()) -> SeizureCodes:
    """Read and check a seizure code-list file. ``known_fields``: the case fields a
    ``sign_off_requires`` entry may name (not checked when empty)."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("a code list file must be a mapping"))
    if data.require("codelist", str) != "seizure":
        raise data.fail("codelist", tr("this file is not the seizure code lists"))
    version = data.require("version", int)
    if version < 1:
        raise data.fail("version", tr("must be 1 or more"))
    lists_map = data.require("lists", dict)
    assert isinstance(lists_map, YamlMap)
    lists: dict[str, CodeTable] = {}
    for name, entries in lists_map.items():
        if not isinstance(entries, YamlList) or not entries:
            raise lists_map.fail(name, tr("must be a list of entries"))
        lists[name] = CodeTable(name, _entries(path, name, entries))
    for name in REQUIRED_LISTS:
        if name not in lists:
            raise lists_map.fail(name, tr("the list is missing"))
    required = data.require("sign_off_requires", list)
    assert isinstance(required, YamlList)
    for field, line in zip(required, required.item_lines, strict=True):
        if not isinstance(field, str) or (known_fields and field not in known_fields):
            raise DataFileError(str(path), line, "sign_off_requires",
                                tr("'{field}' is not a case field", field=field))
    return SeizureCodes(version, lists, tuple(required))


def _entries(path: Path, name: str, entries: YamlList) -> tuple[Code, ...]:
    result: list[Code] = []
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(str(path), line, name, tr("each entry must be a mapping"))
        unknown = sorted(set(entry) - _ENTRY_KEYS)
        if unknown:
            raise entry.fail(unknown[0], tr("is not a field of a code list entry"))
        code = entry.require("code", str)
        if not _CODE.match(code):
            raise entry.fail("code", tr("'{code}' is not a code (lower-case letters, digits "
                                        "and _)", code=code))
        if any(c.code == code for c in result):
            raise entry.fail("code", tr("code {code} appears twice", code=code))
        label = entry.require("name", str)
        if not label.strip():
            raise entry.fail("name", tr("must not be empty"))
        result.append(Code(code, label, bool(entry.optional("needs_note", bool, False)),
                           bool(entry.optional("answered", bool, False))))
    return tuple(result)


@cache
def seizure_codes() -> SeizureCodes:
    """The shipped code lists (checked against the case fields)."""
    from borderdesk.evidence.case_fields import FIELDS

    return load_seizure_codes(resource_path("codelists", "seizure.yaml"), frozenset(FIELDS))
