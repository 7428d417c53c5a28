"""Loading versioned YAML data files with the line of every value kept.

Data files (code lists, demo data, later profiles and checklists) are read with
:func:`load_yaml`, which returns :class:`YamlMap` and :class:`YamlList` values
that remember their line. Validation code then raises :func:`DataFileError`
naming ``FILE:LINE: field: problem`` through :meth:`YamlMap.fail`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr


class YamlMap(dict[str, Any]):
    """A mapping read from a data file, with its own line and each key's line."""

    path: str = ""
    line: int = 0
    column: int = 1
    key_lines: dict[str, int]
    #: The whole file's text and, per key, where its value's node starts and ends in it.
    source: str = ""
    value_spans: dict[str, tuple[int, int]]
    #: The 1-based (line, column) of each key.
    key_positions: dict[str, tuple[int, int]]

    def position(self, key: str, offset: int | None = None) -> tuple[int, int]:
        """The 1-based (line, column) of ``key``'s value, or of character ``offset`` of it.

        For text values the offset is of the loaded string; it is found in the file
        even when YAML folded lines, indented a block or added quotes.
        """
        span = self.value_spans.get(key)
        if span is None:
            return self.line_of(key), 1
        index = span[0]
        value = self.get(key)
        if offset is not None and isinstance(value, str):
            index = _locate(self.source, span, value, offset)
        return _line_col(self.source, index)

    def line_of(self, key: str) -> int:
        """The line of ``key`` (or of the mapping itself when the key is absent)."""
        return self.key_lines.get(key, self.line)

    def fail(self, key: str, problem: str) -> DataFileError:
        """An error about ``key`` of this mapping, to ``raise``."""
        return DataFileError(self.path, self.line_of(key), key, problem)

    def require(self, key: str, kind: type | tuple[type, ...] = object) -> Any:
        """The value of ``key``, which must be present and of ``kind``."""
        if key not in self:
            raise DataFileError(self.path, self.line, key, tr("required field is missing"))
        value = self[key]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)
                                          and kind in (int, float)):
            raise self.fail(key, tr("must be {kind}", kind=_kind_name(kind)))
        return value

    def optional(self, key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        """The value of ``key`` if present (and of ``kind``), else ``default``."""
        if key not in self or self[key] is None:
            return default
        return self.require(key, kind)


class YamlList(list[Any]):
    """A sequence read from a data file, with its line and each element's line."""

    path: str = ""
    line: int = 0
    item_lines: list[int]
    #: The 1-based (line, column) of each element.
    item_positions: list[tuple[int, int]]


def _locate(source: str, span: tuple[int, int], value: str, offset: int) -> int:
    """Where character ``offset`` of a loaded string ``value`` stands in ``source``.

    Walks both texts together, matching the non-blank characters; blanks may have
    been folded, indented or added by YAML, so they are not matched.
    """
    start, end = span
    j = start
    target = min(max(offset, 0), len(value))
    while target < len(value) and value[target].isspace():
        target += 1  # a blank has no place of its own: use the next character
    for i, ch in enumerate(value[:target + 1]):
        if ch.isspace():
            continue
        while j < end and source[j] != ch:
            j += 1
        if j >= end:
            return start
        if i == target:
            return j
        j += 1
    return min(j, max(end - 1, start))


def _line_col(source: str, index: int) -> tuple[int, int]:
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return line, column


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
             list: "a list", dict: "a mapping"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


# libyaml's parser when PyYAML was built with it (it is, in the wheels): several times faster.
_SafeLoaderBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoaderBase):  # type: ignore[valid-type,misc]
    """A safe loader that builds YamlMap/YamlList with 1-based line numbers."""

    source_path = ""
    source_text = ""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if isinstance(node, MappingNode):
            self.flatten_mapping(node)
            result = YamlMap()
            result.path = self.source_path
            result.line = node.start_mark.line + 1
            result.column = node.start_mark.column + 1
            result.key_lines = {}
            result.source = self.source_text
            result.value_spans = {}
            result.key_positions = {}
            for key_node, value_node in node.value:
                key = super().construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    key = str(key)
                if key in result:
                    raise DataFileError(self.source_path, key_node.start_mark.line + 1, key,
                                        tr("the same key appears twice"))
                result[key] = self.construct_object(value_node, deep=True)
                result.key_lines[key] = key_node.start_mark.line + 1
                result.value_spans[key] = (value_node.start_mark.index,
                                           value_node.end_mark.index)
                result.key_positions[key] = (key_node.start_mark.line + 1,
                                             key_node.start_mark.column + 1)
            return result
        if isinstance(node, SequenceNode):
            items = YamlList(self.construct_object(child, deep=True) for child in node.value)
            items.path = self.source_path
            items.line = node.start_mark.line + 1
            items.item_lines = [child.start_mark.line + 1 for child in node.value]
            items.item_positions = [(child.start_mark.line + 1, child.start_mark.column + 1)
                                    for child in node.value]
            return items
        return super().construct_object(node, deep=deep)


def load_yaml(path: Path) -> Any:
    """Read a YAML data file; errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(str(path), None, None, tr("the data file is missing")) from None
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), None, None,
                            tr("not UTF-8 text ({reason})", reason=exc.reason)) from None
    return load_yaml_text(text, str(path))


def load_yaml_text(text: str, where: str) -> Any:
    """Read YAML held in memory (a manifest inside an archive); errors name ``where``
    and the line, as :func:`load_yaml` does for a file."""
    loader = _LineLoader(text)
    loader.source_path = where
    loader.source_text = text
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataFileError(where, line, None,
                            tr("not valid YAML: {problem}", problem=exc.problem or "")) from None
    except yaml.YAMLError as exc:
        raise DataFileError(where, None, None,
                            tr("not valid YAML: {problem}", problem=str(exc))) from None
    finally:
        loader.dispose()


def mapping_list(data: YamlMap, key: str, *, optional: bool = False) -> list[YamlMap]:
    """The list of mappings under ``key`` (required and not empty unless ``optional``);
    an entry that is not a mapping is an error naming its own line."""
    items = data.optional(key, list, YamlList()) if optional else data.require(key, list)
    if not items and not optional:
        raise data.fail(key, tr("must not be empty"))
    for item, line in zip(items, items.item_lines, strict=True):
        if not isinstance(item, YamlMap):
            raise DataFileError(data.path, line, key, tr("each entry must be a mapping"))
    return list(items)


def refuse_unknown_keys(data: YamlMap, known: set[str]) -> None:
    """An error at the first key of ``data`` that is not in ``known`` (a typing mistake)."""
    for key in data:
        if key not in known:
            raise data.fail(key, tr("unknown key (known: {known})",
                                    known=", ".join(sorted(known))))


def refuse_repeats(data: YamlMap, key: str, ids: list[str]) -> None:
    """An error at the line of the first id in ``ids`` (one per entry of ``data[key]``)
    that appeared before."""
    seen: set[str] = set()
    items: YamlList = data[key]
    for ident, line in zip(ids, items.item_lines, strict=True):
        if ident in seen:
            raise DataFileError(data.path, line, key, tr("'{id}' appears twice", id=ident))
        seen.add(ident)
