"""Small readers for the fields of a scenario manifest, with ``FILE:LINE: field`` errors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from borderdesk.core.datafiles import YamlList, YamlMap
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr


def known_keys(owner: YamlMap, allowed: Iterable[str]) -> None:
    """Refuse a key that is not one of ``allowed`` (a typo would otherwise be ignored)."""
    allowed = tuple(allowed)
    for key in owner:
        if key not in allowed:
            raise owner.fail(key, tr("unknown field (allowed: {allowed})",
                                     allowed=", ".join(allowed)))


def text(owner: YamlMap, key: str, *, required: bool = True) -> str:
    """A text field, trimmed; numbers are read as text (a model called 917)."""
    value = owner.require(key, (str, int, float)) if required else \
        owner.optional(key, (str, int, float), "")
    value = " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()
    if required and not value:
        raise owner.fail(key, tr("must not be empty"))
    return value


def maps(owner: YamlMap, key: str, *, required: bool = True) -> list[YamlMap]:
    """A list of mappings (empty when optional and absent)."""
    items = owner.require(key, list) if required else owner.optional(key, list, YamlList())
    if required and not items:
        raise owner.fail(key, tr("must not be empty"))
    lines = getattr(items, "item_lines", [owner.line] * len(items))
    for item, line in zip(items, lines, strict=True):
        if not isinstance(item, YamlMap):
            raise DataFileError(owner.path, line, key, tr("each entry must be a mapping"))
    return list(items)


def texts(owner: YamlMap, key: str, *, required: bool = True) -> tuple[str, ...]:
    """A list of texts."""
    items = owner.require(key, list) if required else owner.optional(key, list, YamlList())
    if required and not items:
        raise owner.fail(key, tr("must not be empty"))
    result = []
    for item in items:
        if not isinstance(item, (str, int, float)) or isinstance(item, bool) or \
                not str(item).strip():
            raise owner.fail(key, tr("each entry must be a text"))
        result.append(" ".join(str(item).split()))
    return tuple(result)


def whole(owner: YamlMap, key: str, *, minimum: int = 0, required: bool = True) -> Any:
    """A whole number of at least ``minimum`` (None when optional and absent)."""
    value = owner.require(key, int) if required else owner.optional(key, int)
    if value is not None and value < minimum:
        raise owner.fail(key, tr("must be {minimum} or more", minimum=minimum))
    return value


def choice(owner: YamlMap, key: str, options: Iterable[str], *,
           required: bool = True) -> str | None:
    """A code that must be one of ``options``."""
    value = text(owner, key, required=required)
    if not value:
        return None
    options = tuple(options)
    if value not in options:
        raise owner.fail(key, tr("'{value}' is not one of: {options}", value=value,
                                 options=", ".join(options)))
    return value
