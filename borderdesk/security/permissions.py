"""The permission matrix: what each role may do, read from
``resources/security/permissions.yaml``.

:class:`Permission` names every permission the services check
(:mod:`borderdesk.services.authz`); the file describes each of them and says which
roles hold it. It is validated on load with ``FILE:LINE: field: problem`` errors: a
permission borderdesk does not know or one left out, a role that is not one of
:data:`~borderdesk.security.principal.ROLES` or one left out, a duplicate, and a role
that may do something but may not read the station (every action reads).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import (
    YamlList,
    YamlMap,
    load_yaml,
    mapping_list,
    refuse_repeats,
    refuse_unknown_keys,
)
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.security.principal import ROLES


class Permission(StrEnum):
    """Something a user may be allowed to do; the value is its id in the matrix file."""

    VIEW = "view"
    IMPORT = "import"
    SCREEN = "screen"
    CHANGE_LANE = "change_lane"
    INSPECT = "inspect"
    IDENTIFY = "identify"
    RECORD_SEIZURE = "record_seizure"
    SIGN_OFF = "sign_off"
    AMEND = "amend"
    PRINT = "print"
    EXPORT = "export"
    EDIT_PROFILES = "edit_profiles"
    EDIT_WATCHLISTS = "edit_watchlists"
    BACKTEST = "backtest"
    RUN_EXERCISES = "run_exercises"
    ADMINISTER = "administer"
    SYNC = "sync"


_TOP = {"matrix", "version", "title", "permissions", "roles"}
_PERMISSION = {"id", "action", "covers"}
_ROLE = {"id", "title", "may"}


@dataclass(frozen=True, slots=True)
class PermissionInfo:
    """One permission as the file describes it."""

    id: Permission
    #: Completes "officer 'ana' may not ..." (English; translated where shown).
    action: str
    #: What the permission covers, in words (for the documentation).
    covers: str


@dataclass(frozen=True, slots=True)
class RoleInfo:
    """One role and what it may do."""

    id: str
    #: The role's name in messages ("risk analyst").
    title: str
    may: frozenset[Permission]


@dataclass(frozen=True, slots=True)
class PermissionMatrix:
    """The whole matrix: permissions and roles in file order."""

    id: str
    version: int
    title: str
    permissions: tuple[PermissionInfo, ...]
    roles: tuple[RoleInfo, ...]

    def info(self, permission: Permission) -> PermissionInfo:
        """The description of ``permission`` (the loader checked every one is there)."""
        return next(p for p in self.permissions if p.id == permission)

    def role(self, role_id: str) -> RoleInfo | None:
        """The role with that id, if the matrix has one."""
        return next((r for r in self.roles if r.id == role_id), None)

    def allows(self, roles: Iterable[str], permission: Permission) -> bool:
        """Whether any of ``roles`` holds ``permission`` (a role the matrix does not
        know holds nothing)."""
        held = set(roles)
        return any(permission in r.may for r in self.roles if r.id in held)

    def roles_with(self, permission: Permission) -> tuple[RoleInfo, ...]:
        """The roles that hold ``permission``, in file order."""
        return tuple(r for r in self.roles if permission in r.may)


@cache
def default_matrix() -> PermissionMatrix:
    """The shipped matrix (read once)."""
    return load_matrix(resource_path("security", "permissions.yaml"))


def load_matrix(path: Path) -> PermissionMatrix:
    """Read and validate a permission matrix file."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("must be a mapping"))
    refuse_unknown_keys(data, _TOP)
    ident = _text(data, "matrix")
    version = data.require("version", int)
    if version < 1:
        raise data.fail("version", tr("must be 1 or more"))
    permissions = tuple(_permission(item) for item in mapping_list(data, "permissions"))
    refuse_repeats(data, "permissions", [p.id for p in permissions])
    missing = [p.value for p in Permission if p not in {i.id for i in permissions}]
    if missing:
        raise data.fail("permissions", tr("these permissions are not described: {missing}",
                                          missing=", ".join(missing)))
    roles = tuple(_role(item) for item in mapping_list(data, "roles"))
    refuse_repeats(data, "roles", [r.id for r in roles])
    left_out = [role for role in ROLES if role not in {r.id for r in roles}]
    if left_out:
        raise data.fail("roles", tr("these roles are not listed: {missing}",
                                    missing=", ".join(left_out)))
    return PermissionMatrix(ident, version, _text(data, "title"), permissions, roles)


def _permission(data: YamlMap) -> PermissionInfo:
    refuse_unknown_keys(data, _PERMISSION)
    ident = _text(data, "id")
    if ident not in {p.value for p in Permission}:
        raise data.fail("id", tr("'{id}' is not a permission borderdesk checks (known: "
                                 "{known})", id=ident, known=_known_permissions()))
    return PermissionInfo(Permission(ident), _text(data, "action"), _text(data, "covers"))


def _role(data: YamlMap) -> RoleInfo:
    refuse_unknown_keys(data, _ROLE)
    ident = _text(data, "id")
    if ident not in ROLES:
        raise data.fail("id", tr("'{id}' is not a role (known: {known})", id=ident,
                                 known=", ".join(ROLES)))
    may: YamlList = data.require("may", list)
    granted: list[Permission] = []
    for value, line in zip(may, may.item_lines, strict=True):
        if not isinstance(value, str) or value not in {p.value for p in Permission}:
            raise DataFileError(data.path, line, "may", tr(
                "'{id}' is not a permission borderdesk checks (known: {known})", id=value,
                known=_known_permissions()))
        if Permission(value) in granted:
            raise DataFileError(data.path, line, "may", tr("'{id}' appears twice", id=value))
        granted.append(Permission(value))
    if granted and Permission.VIEW not in granted:
        raise data.fail("may", tr("a role that may do anything must also be allowed to "
                                  "'view': every action reads the station"))
    return RoleInfo(ident, _text(data, "title"), frozenset(granted))


def _known_permissions() -> str:
    return ", ".join(p.value for p in Permission)


def _text(data: YamlMap, key: str) -> str:
    value = data.require(key, str)
    if not value.strip():
        raise data.fail(key, tr("must not be empty"))
    return " ".join(value.split())
