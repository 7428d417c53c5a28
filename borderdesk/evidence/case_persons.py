"""Persons involved in a seizure: nominal data, checked here, kept only at the station.

A person has a role (driver, passenger, consignor...), a name and, for the yearly
persons table, sex and nationality; birth date and an identity document help tell
two people apart. Names, birth dates and documents never leave the station unless the
law allows (the release policy, ``resources/sync/release-policy.yaml``); sex, nationality
and role go to headquarters for the national tables.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from borderdesk.core.codelists import countries
from borderdesk.core.i18n import tr
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.evidence.case_fields import FieldError

_MAX_TEXT = 500
#: The person fields a correction may change.
PERSON_FIELDS = ("role", "role_note", "name", "birth_date", "sex", "nationality", "document",
                 "note")


def check_person(values: dict[str, Any], *, today: date) -> dict[str, Any]:
    """The stored columns of a person from ``values`` (keys of :data:`PERSON_FIELDS`)."""
    unknown = sorted(set(values) - set(PERSON_FIELDS))
    if unknown:
        raise FieldError(unknown[0], tr("not a field of a person"))
    table = seizure_codes()["person_role"]
    role = _text("role", values.get("role")).lower()
    entry = table.get(role)
    if entry is None:
        raise FieldError("role", tr("'{code}' is not one of: {known}", code=role,
                                    known=", ".join(table.codes)))
    role_note = _text("role_note", values.get("role_note"))
    if entry.needs_note and not role_note:
        raise FieldError("role_note", tr("needed when role is '{code}': say what it was",
                                         code=role))
    name = _text("name", values.get("name"))
    if not name:
        raise FieldError("name", tr("give the person's name"))
    sex = _text("sex", values.get("sex")).lower() or None
    if sex is not None and seizure_codes()["sex"].get(sex) is None:
        raise FieldError("sex", tr("'{code}' is not one of: {known}", code=sex,
                                   known=", ".join(seizure_codes()["sex"].codes)))
    nationality = _text("nationality", values.get("nationality")).upper() or None
    if nationality is not None and nationality not in countries():
        raise FieldError("nationality", tr("'{code}' is not an ISO 3166 country code",
                                           code=nationality))
    return {"role": role, "role_note": role_note, "name": name,
            "birth_date": _birth_date(values.get("birth_date"), today), "sex": sex,
            "nationality": nationality, "document": _text("document", values.get("document")),
            "note": _text("note", values.get("note"))}


def _birth_date(raw: Any, today: date) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, date):
        day = raw
    else:
        try:
            day = date.fromisoformat(_text("birth_date", raw))
        except ValueError:
            raise FieldError("birth_date", tr("'{value}' is not a date like 1980-04-17",
                                              value=raw)) from None
    if day >= today:
        raise FieldError("birth_date", tr("must lie before today"))
    if today.year - day.year > 120:
        raise FieldError("birth_date", tr("more than 120 years ago"))
    return day.isoformat()


def _text(field: str, raw: Any) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise FieldError(field, tr("must be text"))
    text = raw.strip()
    if len(text) > _MAX_TEXT:
        raise FieldError(field, tr("is longer than {limit} characters", limit=_MAX_TEXT))
    return text
