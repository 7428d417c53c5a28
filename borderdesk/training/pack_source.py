"""The files of a scenario pack, a folder or a zip archive, checked before anything is read.

A zip goes through the reference packs' member checks
(:func:`borderdesk.identify.refpack_archive.check_members`: absolute names, ``..``,
links, duplicates, encryption, sizes, zip bombs). A folder is held to the same rules:
every file's name relative to the folder must pass
:func:`~borderdesk.identify.refpack_archive.member_problem`, and a symbolic link is
refused rather than followed (it could point anywhere on the machine).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.identify.refpack import PackError
from borderdesk.identify.refpack_archive import PackLimits, check_members, member_problem


class ScenarioPackError(BorderdeskError):
    """A scenario pack that cannot be used: unsafe, broken, or not matching its manifest.
    The message names the pack and, where it applies, the file, line and field."""


class PackSource:
    """An open pack: its file names and their bytes. Use as a context manager."""

    def __init__(self, path: Path, limits: PackLimits | None = None) -> None:
        self.path = path
        self.limits = limits or PackLimits()
        self._zip: zipfile.ZipFile | None = None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._files: dict[str, Path] = {}
        if path.is_dir():
            self._files = self._scan_folder(path)
        elif path.exists():
            self._open_zip(path)
        else:
            raise ScenarioPackError(tr("{pack}: no such folder or file", pack=path))

    def __enter__(self) -> PackSource:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive (nothing to do for a folder)."""
        if self._zip is not None:
            self._zip.close()

    @property
    def names(self) -> list[str]:
        """Every file of the pack, by its name inside the pack, sorted."""
        return sorted(self._infos or self._files)

    def where(self, name: str) -> str:
        """How messages name a file of the pack: ``PACK/NAME``."""
        return f"{self.path}/{name}"

    def read(self, name: str) -> bytes:
        """The bytes of a file of the pack (at most the member limit)."""
        limit = self.limits.max_member_bytes
        if name not in self._infos and name not in self._files:
            raise ScenarioPackError(tr("{pack}: there is no file '{name}' in the pack",
                                       pack=self.path, name=name))
        try:
            if self._zip is not None:
                with self._zip.open(self._infos[name]) as member:
                    data = member.read(limit + 1)
            else:
                with open(self._files[name], "rb") as handle:
                    data = handle.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError,
                RuntimeError) as exc:
            raise ScenarioPackError(tr("{where}: cannot be read ({reason})",
                                       where=self.where(name), reason=exc)) from None
        if len(data) > limit:
            raise ScenarioPackError(tr("{where}: is larger than the limit of {limit} bytes",
                                       where=self.where(name), limit=limit))
        return data

    @contextlib.contextmanager
    def as_file(self, name: str) -> Iterator[Path]:
        """A path holding the file's bytes (readers that need a path: declaration files).
        A folder's own file is given as it is; a zip member is written to a temporary
        folder that is removed afterwards."""
        if self._zip is None:
            self.read(name)  # the same checks and limit as for an archive
            yield self._files[name]
            return
        with tempfile.TemporaryDirectory(prefix="borderdesk-pack-") as folder:
            target = Path(folder) / Path(name).name
            target.write_bytes(self.read(name))
            yield target

    def _open_zip(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ScenarioPackError(tr("{pack}: neither a folder nor a zip archive ({reason})",
                                       pack=path, reason=exc)) from None
        try:
            self._infos = check_members(self._zip, path, self.limits)
        except PackError as exc:
            self._zip.close()
            raise ScenarioPackError(str(exc)) from None

    def _scan_folder(self, folder: Path) -> dict[str, Path]:
        files: dict[str, Path] = {}
        total = 0
        for root, dirs, names in os.walk(folder, followlinks=False):
            for entry in sorted([*dirs, *names]):
                full = Path(root) / entry
                relative = full.relative_to(folder).as_posix()
                if full.is_symlink():
                    raise ScenarioPackError(tr(
                        "{pack}: '{member}' is a symbolic link, which a pack may not hold",
                        pack=folder, member=relative))
                problem = member_problem(relative)
                if problem is not None:
                    raise ScenarioPackError(tr("{pack}: '{member}' {problem}", pack=folder,
                                               member=relative, problem=problem))
                if entry in names:
                    info = full.lstat()
                    if not stat.S_ISREG(info.st_mode):
                        raise ScenarioPackError(tr("{pack}: '{member}' is not a plain file",
                                                   pack=folder, member=relative))
                    total += info.st_size
                    files[relative] = full
            if len(files) > self.limits.max_members:
                raise ScenarioPackError(tr("{pack}: has more than {limit} files",
                                           pack=folder, limit=self.limits.max_members))
        if total > self.limits.max_total_bytes:
            raise ScenarioPackError(tr("{pack}: its files are more than {limit} bytes",
                                       pack=folder, limit=self.limits.max_total_bytes))
        return files
