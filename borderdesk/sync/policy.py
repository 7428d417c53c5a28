"""The release policy: which fields of the station's records stay at the station.

Read from ``resources/sync/release-policy.yaml`` (or a file given by the
administrator), validated on load with errors naming the file, line and field. Tables
and entities not named send everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

#: The policy shipped with borderdesk.
DEFAULT_POLICY = ("sync", "release-policy.yaml")


@dataclass(frozen=True)
class ReleasePolicy:
    """Per table (audit) and per entity (change log), the names kept at the station."""

    version: int
    audit: dict[str, frozenset[str]] = field(default_factory=dict)
    changes: dict[str, frozenset[str]] = field(default_factory=dict)

    def withheld_fields(self, table: str) -> frozenset[str]:
        return self.audit.get(table, frozenset())

    def withheld_detail(self, entity: str) -> frozenset[str]:
        return self.changes.get(entity, frozenset())


def load_policy(path: Path) -> ReleasePolicy:
    """Read and check a release policy file."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("a release policy must be a mapping"))
    if data.require("policy", str) != "release":
        raise data.fail("policy", tr("this is not a release policy (policy: release)"))
    version = data.require("version", int)
    return ReleasePolicy(version, _names(data, "audit"), _names(data, "changes"))


def _names(data: YamlMap, key: str) -> dict[str, frozenset[str]]:
    section = data.optional(key, dict, {})
    if not section:
        return {}
    if not isinstance(section, YamlMap):
        raise data.fail(key, tr("must be a mapping of names to lists of fields"))
    result: dict[str, frozenset[str]] = {}
    for name, fields in section.items():
        if not isinstance(fields, list) or not all(isinstance(f, str) and f for f in fields):
            raise section.fail(name, tr("must be a list of field names"))
        result[str(name)] = frozenset(fields)
    return result


@cache
def default_policy() -> ReleasePolicy:
    """The policy shipped with borderdesk."""
    return load_policy(resource_path(*DEFAULT_POLICY))
