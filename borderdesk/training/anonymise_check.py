"""The check before a scenario made from a case is written, and writing it whole or not at all.

:func:`check_pack_files` reads every file of the pack as text (manifest, declarations,
watch list, anything else) and looks for every nominal value of the case in its loose
form (:mod:`~borderdesk.training.anonymise_text`: case, diacritics, Cyrillic and Latin,
spacing and the separators of numbers aside). One found refuses the pack with an error
that names the file and the field (for JSON and YAML, the path of the value; else the
line) and what kind of value of the case it is, never the value itself.

:func:`write_pack` checks, writes the pack beside its destination (a folder, or a zip
when the name ends in ``.zip``), loads it with the scenario loader, and only then moves
it into place: a refused or broken pack leaves nothing behind.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.training.anonymise_text import FoldedText, NominalValue
from borderdesk.training.pack import ScenarioPack
from borderdesk.training.pack_load import load_pack
from borderdesk.training.pack_source import ScenarioPackError


class NominalValueLeft(ScenarioPackError):
    """A pack made from a case still holds a nominal value of the case: nothing written."""

    def __init__(self, file: str, field: str, value: NominalValue) -> None:
        self.file, self.field, self.value = file, field, value
        super().__init__(tr(
            "{file}: {field}: still holds a {kind} of the case (from its {source}); the "
            "scenario was not written", file=file, field=field, kind=value.kind,
            source=value.source))


def check_pack_files(files: Mapping[str, bytes], values: Sequence[NominalValue]) -> None:
    """Raise :class:`NominalValueLeft` for the first nominal value found in any file."""
    for name in sorted(files):
        text = _text(files[name])
        folded = FoldedText(text)
        for value in values:
            spans = folded.find(value.key)
            if spans:
                raise NominalValueLeft(name, _field(name, text, value, spans[0][0]), value)


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Not text (a picture): its bytes as Latin-1 still show any text written in them.
        return data.decode("latin-1")


def _field(name: str, text: str, value: NominalValue, offset: int) -> str:
    """Where in a file a value is: the path of the JSON or YAML value holding it, or the
    line."""
    parsed: Any = None
    try:
        if name.endswith(".json"):
            parsed = json.loads(text)
        elif name.endswith((".yaml", ".yml")):
            parsed = yaml.safe_load(text)
    except (ValueError, yaml.YAMLError):
        parsed = None
    if parsed is not None:
        for path, leaf in _leaves(parsed, ""):
            if FoldedText(leaf).find(value.key):
                return path or tr("the whole file")
    return tr("line {line}", line=text.count("\n", 0, offset) + 1)


def _leaves(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, child in value.items():
            inner = f"{path}.{key}" if path else str(key)
            yield inner, str(key)
            yield from _leaves(child, inner)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, f"{path}[{index}]")
    elif value is not None:
        yield path, str(value)


def write_pack(files: Mapping[str, bytes], values: Sequence[NominalValue],
               destination: Path) -> ScenarioPack:
    """Check the files, write them as a pack at ``destination`` (a zip when its name ends
    in ``.zip``, else a folder), loaded back and checked by the scenario loader; the
    loaded pack. Never overwrites anything."""
    if destination.exists() or destination.is_symlink():
        raise UserInputError(tr("{path} already exists; a scenario is only written to a new "
                                "folder or zip", path=destination))
    if not destination.parent.is_dir():
        raise UserInputError(tr("{path}: no such folder", path=destination.parent))
    check_pack_files(files, values)
    partial = destination.with_name(f".{destination.name}.part")
    _remove(partial)
    try:
        if destination.suffix.lower() == ".zip":
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for name in sorted(files):
                    archive.writestr(name, files[name])
        else:
            partial.mkdir()
            for name in sorted(files):
                target = partial / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(files[name])
        pack = load_pack(partial)
        if destination.exists():
            raise UserInputError(tr("{path} already exists; a scenario is only written to "
                                    "a new folder or zip", path=destination))
        partial.rename(destination)
    except BaseException:
        _remove(partial)
        raise
    return pack


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
