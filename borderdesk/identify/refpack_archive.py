"""Opening a reference pack archive safely: every member is checked before anything is used.

:class:`PackReader` refuses, naming the member: names that are absolute, leave the
folder (``..``), use backslashes or characters Windows cannot store; symbolic links
(the zip's external attributes); two members with the same name (ignoring case, as
Windows and macOS do); encrypted members; too many members, a member or a total too
large, or a suspicious compression ratio (a zip bomb); then a manifest that does not
read, names a file that is not there or leaves a file unnamed. :meth:`PackReader.extract_to`
checks each image (:mod:`borderdesk.identify.refpack_images`) as it writes it.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from borderdesk.core.i18n import tr
from borderdesk.identify.refpack import MANIFEST_NAME, PackError, PackManifest, parse_manifest
from borderdesk.identify.refpack_images import ImageProblem, check_image

# Names Windows refuses for a file, whatever the extension.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}
_BAD_CHARACTERS = set('<>:"|?*\\') | {chr(i) for i in range(32)}
# Below this size a high compression ratio is harmless (an SVG of repeated paths).
_RATIO_FLOOR = 1 << 20


@dataclass(frozen=True, slots=True)
class PackLimits:
    """How large a pack may be. The defaults fit a national library of photos."""

    max_members: int = 5_000
    max_member_bytes: int = 25 << 20
    max_total_bytes: int = 1 << 30
    max_manifest_bytes: int = 2 << 20
    #: Uncompressed size over compressed size, for members above 1 MiB.
    max_ratio: float = 100.0
    max_pixels: int = 40_000_000


@dataclass(frozen=True, slots=True)
class CheckedImage:
    """An image written out of a pack after its checks."""

    file: str
    media_type: str
    width: int | None
    height: int | None
    size: int
    sha256: str


def member_problem(name: str) -> str | None:
    """Why a member called ``name`` may not be written out, or None when it may."""
    if not name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return tr("has an absolute path")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return tr("leaves the pack's folder (..)")
    if any(not part or part == "." for part in parts):
        return tr("has an empty or '.' part in its path")
    for part in parts:
        if set(part) & _BAD_CHARACTERS:
            return tr("has a character that is not allowed in a file name (\\ : * ? \" < > | "
                      "or a control character)")
        if part.split(".")[0].lower() in _WINDOWS_RESERVED or part.endswith((" ", ".")):
            return tr("has a name that Windows cannot store")
    return None


def check_members(archive: zipfile.ZipFile, path: Path,
                  limits: PackLimits) -> dict[str, zipfile.ZipInfo]:
    """The archive's files by name, after checking every member (names, links, duplicates,
    encryption, sizes, compression ratio); raises :class:`PackError` naming ``path`` and
    the member. Shared by every kind of pack (reference packs, scenario packs)."""

    def fail(name: str, problem: str) -> PackError:
        return PackError(tr("{pack}: '{member}' {problem}", pack=path, member=name,
                            problem=problem))

    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise PackError(tr("{pack}: has {count} members; the limit is {limit}",
                           pack=path, count=len(infos), limit=limits.max_members))
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        problem = member_problem(name)
        if problem is not None:
            raise fail(name, problem)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise fail(name, tr("is a symbolic link, which a pack may not hold"))
        folded = name.rstrip("/").casefold()
        if folded in seen:
            raise fail(name, tr("appears twice in the pack (as '{other}')",
                                other=seen[folded]))
        seen[folded] = name
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise fail(name, tr("is encrypted"))
        if info.file_size > limits.max_member_bytes:
            raise fail(name, tr("is {size} MB unpacked; the limit is {limit} MB",
                                size=_mb(info.file_size), limit=_mb(limits.max_member_bytes)))
        if info.file_size > _RATIO_FLOOR and \
                info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise fail(name, tr("is compressed {ratio:.0f} times; more than {limit:.0f} "
                                "is refused (a zip bomb?)",
                                ratio=info.file_size / max(info.compress_size, 1),
                                limit=limits.max_ratio))
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackError(tr("{pack}: its files are more than {limit} MB unpacked",
                               pack=path, limit=_mb(limits.max_total_bytes)))
        files[name] = info
    return files


class PackReader:
    """An open pack archive whose members and manifest have been checked.

    Use as a context manager; :attr:`manifest` is the checked manifest.
    """

    def __init__(self, path: Path, limits: PackLimits | None = None) -> None:
        self.path = path
        self.limits = limits or PackLimits()
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise PackError(tr("{pack}: no such file", pack=path)) from None
        except (zipfile.BadZipFile, OSError) as exc:
            raise PackError(tr("{pack}: not a zip archive ({reason})", pack=path,
                               reason=exc)) from None
        try:
            self._files = self._check_members()
            self.manifest = self._read_manifest()
            self._check_names()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> PackReader:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive."""
        self._zip.close()

    def _fail(self, member: str, problem: str) -> PackError:
        return PackError(tr("{pack}: '{member}' {problem}", pack=self.path, member=member,
                            problem=problem))

    def _check_members(self) -> dict[str, zipfile.ZipInfo]:
        return check_members(self._zip, self.path, self.limits)

    def _read(self, name: str, limit: int) -> bytes:
        info = self._files[name]
        try:
            with self._zip.open(info) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError,
                RuntimeError) as exc:
            raise self._fail(name, tr("cannot be read ({reason})", reason=exc)) from None
        if len(data) > limit:
            raise self._fail(name, tr("is larger than {limit} MB", limit=_mb(limit)))
        return data

    def _read_manifest(self) -> PackManifest:
        if MANIFEST_NAME not in self._files:
            raise PackError(tr("{pack}: there is no {manifest} at the top of the archive",
                               pack=self.path, manifest=MANIFEST_NAME))
        raw = self._read(MANIFEST_NAME, self.limits.max_manifest_bytes)
        where = f"{self.path}/{MANIFEST_NAME}"
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PackError(tr("{where}: not UTF-8 text ({reason})", where=where,
                               reason=exc.reason)) from None
        return parse_manifest(text, where)

    def _check_names(self) -> None:
        named = self.manifest.files
        for entry in self.manifest.entries:
            for image in entry.images:
                if image.file not in self._files:
                    raise PackError(tr(
                        "{pack}/{manifest}:{line}: entry '{entry}' names '{file}', which is "
                        "not in the pack", pack=self.path, manifest=MANIFEST_NAME,
                        line=image.line, entry=entry.id, file=image.file))
        for name in self._files:
            if name != MANIFEST_NAME and name not in named:
                raise self._fail(name, tr("is in the pack but the manifest does not name it"))

    def extract_to(self, folder: Path) -> dict[str, CheckedImage]:
        """Check every image the manifest names and write it under ``folder``."""
        base = folder.resolve()
        written: dict[str, CheckedImage] = {}
        for name in sorted(self.manifest.files):
            data = self._read(name, self.limits.max_member_bytes)
            try:
                facts = check_image(name, data, self.limits.max_pixels)
            except ImageProblem as problem:
                raise self._fail(name, str(problem)) from None
            target = (base / name).resolve()
            if not target.is_relative_to(base):  # checked by member_problem; kept as a guard
                raise self._fail(name, tr("leaves the pack's folder"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written[name] = CheckedImage(name, facts.media_type, facts.width, facts.height,
                                         len(data), hashlib.sha256(data).hexdigest())
        return written


def _mb(size: int) -> str:
    return f"{size / (1 << 20):.1f}".rstrip("0").rstrip(".")
