"""The case snapshot a seizure report is printed from, its hash, and what changed since.

The snapshot is the part of the case (``seizure show``'s document,
``services.seizures.case_document``) that the report shows, in a documented,
stable shape (docs/reports.md, "The snapshot"): the case and its event fields, the
current items with their markings, the persons, tracing and follow-up, the current
evidence steps with their deviations, the packages with their seals, every custody
entry and the photos with their SHA-256. It leaves out what does not change the
case's content (print time, who asks, record ids of superseded rows, the full
identification answers behind an item's markings). Its canonical JSON's SHA-256 is
printed in the report's QR code (``BDCASE:{case id}:{hash}``) and stored with the
print, so ``report verify`` can say whether, and where, the case has changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from borderdesk.core.canonical import canonical_sha256
from borderdesk.core.i18n import LanguageTranslator, english

SNAPSHOT_FORMAT = 1
QR_PREFIX = "BDCASE"

_CASE_KEYS = ("id", "case_number", "status", "crossing", "declaration_id", "inspection_id",
              "opened_at", "opened_by", "rules_hit", "signed_off_at", "signed_off_by",
              "fields")
_ITEM_KEYS = ("number", "kind", "category", "quantity", "description", "component",
              "calibre")
_RECORD_KEYS = ("make", "model", "calibre", "country", "typology", "action", "flags")
_MARKING_KEYS = ("kind", "place", "text", "status", "photo")
_PERSON_KEYS = ("role", "role_note", "name", "nationality", "sex", "birth_date", "document",
                "note")
_STEP_KEYS = ("number", "step", "item", "done_at", "done_by", "fields", "not_applicable",
              "deviations", "deviation_reason")
_PACKAGE_KEYS = ("label", "kind", "items", "contents", "packed_at", "packed_by", "seals",
                 "holder", "closed")
_CUSTODY_KEYS = ("package", "seq", "at", "released_by", "received_by", "purpose", "place",
                 "note")
_PHOTO_KEYS = ("id", "sha256", "caption", "item", "step", "package", "file_name", "width",
               "height")


def _pick(row: Mapping[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    return {key: row.get(key) for key in keys}


def _item(row: Mapping[str, Any]) -> dict[str, Any]:
    item = _pick(row, _ITEM_KEYS)
    record = row.get("record") or {}
    item["identified"] = {key: record.get(key) for key in _RECORD_KEYS} if record else None
    item["legal_category"] = (record.get("legal") or {}).get("category") if record else None
    item["markings"] = [_pick(m, _MARKING_KEYS) for m in row.get("markings") or ()]
    return item


def _tracing(row: Mapping[str, Any]) -> dict[str, Any]:
    def strip(entries: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in e.items() if k not in ("recorded_at", "recorded_by")}
                for e in entries]

    return {"item": row.get("item"), "registry_checks": strip(row.get("registry_checks") or ()),
            "iarms_queries": strip(row.get("iarms_queries") or ()),
            "trace_requests": strip(row.get("trace_requests") or ()),
            "origin": row.get("origin")}


def case_snapshot(document: Mapping[str, Any]) -> dict[str, Any]:
    """The snapshot of a case document (``case_document(session, case)``)."""
    case = document["case"]
    return {
        "format": SNAPSHOT_FORMAT,
        "case": _pick(case, _CASE_KEYS),
        "items": [_item(row) for row in document.get("items") or ()],
        "persons": [_pick(row, _PERSON_KEYS) for row in document.get("persons") or ()],
        "tracing": [_tracing(row) for row in document.get("tracing") or ()],
        "follow_up": [{k: v for k, v in row.items() if k not in ("recorded_at", "recorded_by")}
                      for row in document.get("follow_up") or ()],
        "steps": [_pick(row, _STEP_KEYS) for row in document.get("steps") or ()
                  if row.get("current", True) and not row.get("withdrawn")],
        "packages": [_pick(row, _PACKAGE_KEYS) for row in document.get("packages") or ()],
        "custody": [_pick(row, _CUSTODY_KEYS) for row in document.get("custody") or ()],
        "photos": [_pick(row, _PHOTO_KEYS) for row in document.get("photos") or ()],
    }


def snapshot_hash(snapshot: Mapping[str, Any]) -> str:
    """The SHA-256 of the snapshot's canonical JSON."""
    return canonical_sha256(snapshot)


def qr_text(case_id: str, digest: str) -> str:
    """What the report's QR code holds."""
    return f"{QR_PREFIX}:{case_id}:{digest}"


def parse_qr_text(text: str) -> tuple[str, str] | None:
    """(case id, snapshot hash) from a QR text, or None when it is not one of ours."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != QR_PREFIX or not parts[1]:
        return None
    digest = parts[2].lower()
    if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
        return None
    return parts[1], digest


# --- what changed -------------------------------------------------------------------

#: How the rows of each list section are matched between two snapshots, and named.
_ROW_KEYS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "items": lambda r: str(r.get("number")),
    "persons": lambda r: str(r.get("name")),
    "tracing": lambda r: str(r.get("item")),
    "follow_up": lambda r: str(r.get("id") or r.get("person") or ""),
    "steps": lambda r: f"{r.get('number')}/{r.get('step')}/{r.get('item') or '-'}",
    "packages": lambda r: str(r.get("label")),
    "custody": lambda r: f"{r.get('package')}#{r.get('seq')}",
    "photos": lambda r: str(r.get("id")),
}


def _section_names(t: LanguageTranslator) -> dict[str, Callable[[Mapping[str, Any]], str]]:
    return {
        "items": lambda r: t("item {number}", number=r.get("number")),
        "persons": lambda r: t("person {name}", name=r.get("name")),
        "tracing": lambda r: t("tracing of item {number}", number=r.get("item")),
        "follow_up": lambda r: t("follow-up entry {id}", id=r.get("id") or "?"),
        "steps": lambda r: t("evidence step {number} ({step}, item {item})",
                             number=r.get("number"), step=r.get("step"),
                             item=r.get("item") or "-"),
        "packages": lambda r: t("package {label}", label=r.get("label")),
        "custody": lambda r: t("custody entry {seq} of package {package}", seq=r.get("seq"),
                               package=r.get("package")),
        "photos": lambda r: t("photo {name} ({id})", name=r.get("file_name"),
                              id=str(r.get("id"))[:13]),
    }


def describe_changes(before: Mapping[str, Any], after: Mapping[str, Any],
                     t: LanguageTranslator | None = None) -> list[str]:
    """What differs between two snapshots, one sentence per changed value, in order:
    the case, then each section's rows (added, removed, changed field by field)."""
    t = t or english()
    lines = [t("case: {what}", what=line)
             for line in _compare(before.get("case") or {}, after.get("case") or {}, t)]
    names = _section_names(t)
    for section, key_of in _ROW_KEYS.items():
        old = {key_of(r): r for r in before.get(section) or ()}
        new = {key_of(r): r for r in after.get(section) or ()}
        name = names[section]
        for key, row in new.items():
            if key not in old:
                lines.append(t("{what} was added", what=name(row)))
        for key, row in old.items():
            if key not in new:
                lines.append(t("{what} was removed", what=name(row)))
            else:
                lines += [f"{name(row)}: {line}" for line in _compare(row, new[key], t)]
    return lines


#: A key one snapshot has and the other lacks (differs from a key holding None).
_ABSENT = object()


def _compare(old: Any, new: Any, t: LanguageTranslator, path: str = "") -> list[str]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        lines: list[str] = []
        for key in [*old, *(k for k in new if k not in old)]:
            inner = f"{path}.{key}" if path else str(key)
            lines += _compare(old.get(key, _ABSENT), new.get(key, _ABSENT), t, inner)
        return lines
    if old == new:
        return []
    if (isinstance(old, list) and isinstance(new, list) and len(old) == len(new)
            and any(isinstance(v, (dict, list)) for v in [*old, *new])):
        # Rows of a nested list (markings, seals) compared one by one, numbered from 1.
        return [line for index, (a, b) in enumerate(zip(old, new, strict=True))
                for line in _compare(a, b, t, f"{path} {index + 1}")]
    return [t("{field} was {old}, is now {new}", field=path or "value", old=_words(old, t),
              new=_words(new, t))]


def _words(value: Any, t: LanguageTranslator) -> str:
    if value is _ABSENT:
        return t("(not recorded)")
    if value is None or value == "" or value == []:
        return t("(empty)")
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return "'" + ", ".join(str(v) for v in value) + "'"
    if isinstance(value, (dict, list)):
        return t("{count} entries", count=len(value))
    return f"'{value}'"
