"""Lists a checklist consults: the authority's approved alarm and signal weapon models.

An alarm or signal weapon is checked against the list by its make and model as
marked (compared after ``core.text.compact``: case, accents, spaces and dots do not
matter), or by an approval mark found among its markings. A match adds the
``approved_alarm_model`` flag and names the entry; no match leaves the item as it is
(an unlisted model is a finding to refer, not an error).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.core.text import compact
from borderdesk.identify.item import FLAGS, ItemRecord


@dataclass(frozen=True, slots=True)
class AlarmModel:
    """An approved alarm or signal weapon model."""

    make: str
    model: str
    #: Other ways the make is marked ("EKOL" / "Ekol Voltran").
    make_aliases: tuple[str, ...] = ()
    #: The approval mark, when the authority records one.
    approval: str | None = None

    def describe(self) -> str:
        """``Make Model (approval)``."""
        text = f"{self.make} {self.model}"
        return f"{text} ({self.approval})" if self.approval else text


@dataclass(frozen=True, slots=True)
class AlarmModelList:
    """A versioned list of approved models."""

    name: str
    version: int
    models: tuple[AlarmModel, ...]

    def match(self, make: str | None, model: str | None,
              marks: tuple[str, ...] = ()) -> AlarmModel | None:
        """The listed model that the make and model (or an approval mark) name, if any."""
        folded_marks = {compact(m) for m in marks if m.strip()}
        for entry in self.models:
            if entry.approval and compact(entry.approval) in folded_marks:
                return entry
        if not make or not model:
            return None
        make_key, model_key = compact(make), compact(model)
        for entry in self.models:
            makes = {compact(entry.make), *(compact(a) for a in entry.make_aliases)}
            if make_key in makes and model_key == compact(entry.model):
                return entry
        return None


def load_alarm_models(path: Path) -> AlarmModelList:
    """Read and validate an approved alarm-model list."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("must be a mapping"))
    entries = data.require("entries", list)
    assert isinstance(entries, YamlList)
    models: list[AlarmModel] = []
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(str(path), line, "entries", tr("each entry must be a mapping"))
        for key in entry:
            if key not in ("make", "model", "make_aliases", "approval"):
                raise entry.fail(key, tr("unknown field"))
        models.append(AlarmModel(entry.require("make", str), entry.require("model", str),
                                 tuple(str(a) for a in entry.optional("make_aliases", list, [])),
                                 entry.optional("approval", str)))
    return AlarmModelList(data.require("codelist", str), data.require("version", int),
                          tuple(models))


@cache
def alarm_models(name: str) -> AlarmModelList:
    """A shipped list by name (``resources/codelists/NAME.yaml``), cached."""
    return load_alarm_models(resource_path("codelists", f"{name}.yaml"))


def apply_alarm_models(record: ItemRecord, list_name: str) -> ItemRecord:
    """The record with the approved-model flag and entry when the list names its model."""
    marks = tuple(m.text for m in record.markings if m.legible and m.kind in ("proof", "other"))
    found = alarm_models(list_name).match(record.make, record.model, marks)
    if found is None:
        return record
    flags = set(record.flags) | {"approved_alarm_model"}
    return replace(record, flags=tuple(f for f in FLAGS if f in flags),
                   alarm_model=found.describe())
