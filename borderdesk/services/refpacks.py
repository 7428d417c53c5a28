"""Reference packs at the station: import (safely, whole or not at all), list, search.

Packs live beside the station database, in ``reference-packs/ID-VERSION/`` (the data
folder for the default station). Importing checks the whole archive first
(:class:`borderdesk.identify.refpack_archive.PackReader`), writes the images into a
temporary folder inside ``reference-packs/``, records the pack in one transaction and
moves the folder into place before that transaction commits; on any failure the
folder is removed and nothing is recorded. A newer version of an installed pack
replaces it (its record is kept, marked replaced; its files are removed); the same or
an older version is refused.

Search folds text as the rules do (:func:`borderdesk.core.text.normalise`): case,
accents and Cyrillic/Latin. Exact matches come first: the make or model written
without spaces (``M 70`` = ``M70``), or the calibre or maker the text names in the code
lists (``9 mm Parabellum`` finds entries marked ``9x19``); then entries whose text has
every word of the query as the start of a word, best first.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.core.paths import data_dir
from borderdesk.core.text import compact, normalise, search_tokens
from borderdesk.identify.codelists import calibres, manufacturers
from borderdesk.identify.refpack import CATEGORIES, PackError, PackManifest, PackVersion
from borderdesk.identify.refpack_archive import CheckedImage, PackLimits, PackReader
from borderdesk.identify.refpack_sample import build_sample_pack
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import exempt, requires
from borderdesk.services.station import StationSession
from borderdesk.store import refpack_repo
from borderdesk.store.refpack_repo import EntryRow, NewEntry, NewImage, NewPack, PackRow

log = logging.getLogger("borderdesk.refpacks")

PACKS_FOLDER = "reference-packs"
_STAGING_PREFIX = ".importing-"
DEFAULT_SEARCH_LIMIT = 50


@requires(Permission.VIEW)
def packs_root(session: StationSession) -> Path:
    """The folder that holds the station's installed packs (beside its database)."""
    base = session.path.parent if session.path is not None else data_dir()
    return base / PACKS_FOLDER


@dataclass(frozen=True, slots=True)
class InstalledPack:
    """A pack record as the window and the command line show it."""

    record_id: str
    pack_id: str
    version: str
    title: str
    source: str
    date: str
    licence: str
    entries: int
    images: int
    installed_at: str
    installed_by: str
    #: Where its images are (None once replaced: the files were removed).
    folder: Path | None
    replaced_at: str | None
    replaced_by: str | None

    def to_json(self) -> dict[str, Any]:
        """The record as plain JSON values."""
        return {"id": self.pack_id, "version": self.version, "title": self.title,
                "source": self.source, "date": self.date, "licence": self.licence,
                "entries": self.entries, "images": self.images,
                "installed_at": self.installed_at, "installed_by": self.installed_by,
                "folder": None if self.folder is None else str(self.folder),
                "replaced_at": self.replaced_at, "replaced_by": self.replaced_by}


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import installed, and the version it replaced (if any)."""

    pack: InstalledPack
    replaced: InstalledPack | None


@dataclass(frozen=True, slots=True)
class EntryImage:
    """One picture of a found entry: the file on disk and its caption."""

    path: Path
    caption: str
    media_type: str


@dataclass(frozen=True, slots=True)
class EntryHit:
    """An entry found by a search."""

    pack_id: str
    pack_version: str
    entry_id: str
    make: str
    model: str
    category: str
    calibre: str
    calibre_code: str | None
    manufacturer_code: str | None
    country: str | None
    marking_notes: str
    images: tuple[EntryImage, ...]
    #: Found by an exact make, model, calibre or maker (not only by words).
    exact: bool

    @property
    def category_label(self) -> str:
        """The category in words, translated."""
        return tr(CATEGORIES.get(self.category, self.category))

    def to_json(self) -> dict[str, Any]:
        """The hit as plain JSON values."""
        return {"pack": self.pack_id, "pack_version": self.pack_version,
                "entry": self.entry_id, "make": self.make, "model": self.model,
                "type": self.category, "calibre": self.calibre,
                "calibre_code": self.calibre_code, "manufacturer_code": self.manufacturer_code,
                "country": self.country, "marking_notes": self.marking_notes,
                "exact": self.exact,
                "images": [{"path": str(image.path), "caption": image.caption,
                            "media_type": image.media_type} for image in self.images]}


def _installed(session: StationSession, row: PackRow) -> InstalledPack:
    folder = None if row.replaced_at is not None else packs_root(session) / row.folder
    return InstalledPack(row.id, row.pack_id, row.version, row.title, row.source, row.pack_date,
                         row.licence, row.entry_count, row.image_count, row.created_at,
                         row.created_by, folder, row.replaced_at, row.replaced_by)


@requires(Permission.VIEW)
def installed_packs(session: StationSession, *,
                    include_replaced: bool = False) -> list[InstalledPack]:
    """The installed packs by id (with the replaced versions too when asked)."""
    return [_installed(session, row) for row in
            refpack_repo.list_packs(session.database, include_replaced=include_replaced)]


def _refuse_unless_newer(path: Path, manifest: PackManifest, current: PackRow | None) -> None:
    if current is None:
        return
    installed = PackVersion.parse(current.version)
    if installed is not None and manifest.version <= installed:
        word = tr("the same version") if manifest.version == installed else \
            tr("an older version")
        raise PackError(tr(
            "{pack}: pack '{id}' version {version} is {word}: version {installed} is "
            "installed (since {when}). Only a newer version replaces it.", pack=path,
            id=manifest.id, version=manifest.version, word=word, installed=current.version,
            when=current.created_at[:16]))


#: A staging folder this old was left by an import that crashed (imports take seconds).
ABANDONED_AFTER_S = 3600


def _remove_abandoned_staging(root: Path) -> None:
    # A crash (power cut, killed process) mid-extraction leaves its staging folder; the
    # next import clears it. A recent one may belong to an import running right now.
    now = time.time()
    for folder in root.glob(f"{_STAGING_PREFIX}*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > ABANDONED_AFTER_S:
                shutil.rmtree(folder, ignore_errors=True)
                log.info("removed %s, left by an interrupted pack import", folder)
        except OSError:  # gone meanwhile, or not ours to remove: not the user's problem
            continue


@requires(Permission.ADMINISTER)
def install_sample_pack(session: StationSession) -> ImportResult:
    """Build the sample pack from the project's drawings and install it (the demo does)."""
    with tempfile.TemporaryDirectory(prefix="borderdesk-sample-") as folder:
        return import_pack(session, build_sample_pack(Path(folder) / "sample-pack.zip"))


@requires(Permission.ADMINISTER)
def import_pack(session: StationSession, path: Path, *,
                limits: PackLimits | None = None) -> ImportResult:
    """Check and install the pack archive at ``path``; a :class:`PackError` leaves
    nothing behind (no record, no files, no temporary folder)."""
    return install_pack(session, path, limits=limits)


@exempt("installs for import_pack (administer) and sync_install (sync), which check")
def install_pack(session: StationSession, path: Path, *,
                 limits: PackLimits | None = None) -> ImportResult:
    """:func:`import_pack` without its own permission check: for the services that
    install a pack under a permission of their own (headquarters' packs)."""
    root = packs_root(session)
    digest = _sha256(path)
    with PackReader(path, limits) as reader:
        manifest = reader.manifest
        _refuse_unless_newer(path, manifest, refpack_repo.current_pack(session.database,
                                                                      manifest.id))
        root.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_staging(root)
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=root))
        folder = f"{manifest.id}-{manifest.version}"
        final = root / folder
        moved = False
        try:
            images = reader.extract_to(staging)
            new = _new_pack(manifest, images, path.name, digest, folder)
            with session.database.transaction() as conn:
                current = refpack_repo.current_pack(session.database, manifest.id)
                _refuse_unless_newer(path, manifest, current)
                record = refpack_repo.record_pack(conn, session.write_context(), new,
                                                  None if current is None else current.id)
                if final.exists():  # left by an import stopped before it committed
                    shutil.rmtree(final)
                staging.rename(final)
                moved = True
        except BaseException:
            shutil.rmtree(final if moved else staging, ignore_errors=True)
            raise
    rows = {row.id: row for row in refpack_repo.list_packs(session.database,
                                                           include_replaced=True)}
    replaced = None
    if current is not None:
        _remove_files(root / current.folder)
        replaced = _installed(session, rows[current.id])
    return ImportResult(_installed(session, rows[record]), replaced)


def _remove_files(folder: Path) -> None:
    # The record is already replaced; a folder that cannot be removed now (a viewer
    # holding a file open on Windows) only wastes space, so it is logged, not raised.
    try:
        shutil.rmtree(folder)
    except FileNotFoundError:
        pass
    except OSError:
        log.warning("could not remove the replaced pack's folder %s", folder, exc_info=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        raise PackError(tr("{pack}: no such file", pack=path)) from None
    except OSError as exc:
        raise PackError(tr("{pack}: cannot be read ({reason})", pack=path,
                           reason=exc.strerror)) from None
    return digest.hexdigest()


def _new_pack(manifest: PackManifest, images: dict[str, CheckedImage], archive_name: str,
              digest: str, folder: str) -> NewPack:
    entries: list[NewEntry] = []
    for entry in manifest.entries:
        calibre = calibres().resolve(entry.calibre) if entry.calibre else None
        maker = manufacturers().resolve(entry.make)
        words = [entry.make, entry.model, entry.calibre, entry.marking_notes,
                 calibre.name if calibre else "", maker.name if maker else "",
                 *(image.caption for image in entry.images)]
        # The compact forms too, so "m70ab" finds a model written "M70 AB2".
        body = " ".join([*(normalise(word) for word in words if word),
                         compact(entry.make), compact(entry.model)])
        pictures = tuple(
            NewImage(image.file, image.caption, images[image.file].media_type,
                     images[image.file].width, images[image.file].height,
                     images[image.file].size, images[image.file].sha256)
            for image in entry.images)
        entries.append(NewEntry(
            entry.id, entry.make, entry.model, entry.category, entry.calibre,
            calibre.code if calibre else None, maker.code if maker else None, entry.country,
            entry.marking_notes, compact(entry.make), compact(entry.model), body, pictures))
    return NewPack(manifest.id, str(manifest.version), manifest.title, manifest.source,
                   manifest.date, manifest.licence, manifest.description, manifest.text,
                   archive_name, digest, folder, tuple(entries))


@requires(Permission.VIEW)
def search_entries(session: StationSession, text: str, *,
                   limit: int = DEFAULT_SEARCH_LIMIT) -> list[EntryHit]:
    """Installed entries matching ``text`` (make, model, calibre, markings), best first."""
    words = search_tokens(text)
    if not words:
        return []
    key = compact(text)
    calibre = calibres().resolve(text)
    maker = manufacturers().resolve(text)
    calibre_code = calibre.code if calibre else None
    maker_code = maker.code if maker else None
    # Every word as the start of a word, or the whole query without spaces as the start
    # of a make or model's compact form ("m 70" finds "M70 AB2").
    match = "(" + " AND ".join(f'"{word}"*' for word in words) + f') OR "{key}"*'
    rows = refpack_repo.find_entries(
        session.database, match=match, key=key,
        calibre_code=calibre_code, manufacturer_code=maker_code)

    def exact(row: EntryRow) -> bool:
        return (key in (row.make_key, row.model_key, row.make_key + row.model_key)
                or (calibre_code is not None and row.calibre_code == calibre_code)
                or (maker_code is not None and row.manufacturer_code == maker_code))

    rows.sort(key=lambda row: (not exact(row), row.text_rank, row.make_key, row.model_key,
                               row.pack_id, row.entry_id))
    rows = rows[:limit]
    pictures = refpack_repo.entry_images(session.database, [row.id for row in rows])
    root = packs_root(session)
    return [EntryHit(row.pack_id, row.pack_version, row.entry_id, row.make, row.model,
                     row.category, row.calibre, row.calibre_code, row.manufacturer_code,
                     row.country, row.marking_notes,
                     tuple(EntryImage(root / row.folder / image.file, image.caption,
                                      image.media_type) for image in pictures[row.id]),
                     exact(row))
            for row in rows]
