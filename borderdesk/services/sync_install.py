"""Installing what headquarters publishes: profiles, watch lists, reference packs and
code lists (issue 9, "Pull").

The sync client downloads an artefact, checks HQ's signature and the file's SHA-256,
and calls :func:`install_artefact` for the station. Every artefact is checked by the
loader of its kind before anything changes: a broken one is refused with a
:class:`UserInputError` that names it and the loader's problem, is recorded as a
security event (``artefact_refused``), and leaves the installed version in place. The
same artefact again (kind, name, version and SHA-256) changes nothing; an older
version, or another file under an installed version, is refused.

Where each kind goes:

- ``profile``: kept in the database (``sync_installed``, see
  :mod:`borderdesk.services.sync_profiles`) and made the active profile in the same
  transaction, so the next screening uses it.
- ``watchlist``: replaces the watch list of that name, as ``watchlist import`` does
  (the old entries stay, marked removed), at the list's threshold.
- ``refpack``: installed as ``refpack import`` does (the pack's own checks; only a
  newer version replaces the installed one).
- ``codelist``: a file beside the database, which lookups use while its version is
  higher than the shipped list's (:mod:`borderdesk.services.sync_codelists`).

Each install is a row of ``sync_installed`` (with its change-log row) and a security
event (``artefact_installed``).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.codelists import installed_changed
from borderdesk.core.durable import sync_folder
from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.identify.refpack import PackError, PackVersion
from borderdesk.identify.refpack_archive import PackReader
from borderdesk.rules.watchlist_csv import read_watchlist_csv
from borderdesk.security.permissions import Permission
from borderdesk.services.assessments import ACTIVE_PROFILE_SETTING
from borderdesk.services.authz import PermissionDenied, requires
from borderdesk.services.refpacks import install_pack
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.services.sync_codelists import check_codelist, installed_folder
from borderdesk.services.sync_profiles import compile_profile, setting_for, source_name
from borderdesk.services.watchlists import DEFAULT_THRESHOLD
from borderdesk.store import installed_repo, refpack_repo
from borderdesk.store.installed_repo import InstalledRow
from borderdesk.store.screening_repo import (
    StoredWatchEntry,
    load_watchlist,
    replace_watchlist,
    set_setting,
)

KINDS = ("profile", "watchlist", "refpack", "codelist")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: The longest problem text kept in a refusal's security event.
_EVENT_TEXT = 280


@dataclass(frozen=True, slots=True)
class InstalledArtefact:
    """An artefact from headquarters as the station installed it."""

    kind: str
    name: str
    version: str
    sha256: str
    #: HQ's publication serial (``GET /v1/published?after=SERIAL``).
    serial: int
    installed_at: str
    installed_by: str

    def to_json(self) -> dict[str, Any]:
        """The install as plain JSON values."""
        return {"kind": self.kind, "name": self.name, "version": self.version,
                "sha256": self.sha256, "serial": self.serial,
                "installed_at": self.installed_at, "installed_by": self.installed_by}


@dataclass(frozen=True, slots=True)
class _Artefact:
    """What is being installed, checked for form."""

    kind: str
    name: str
    version: str
    parsed: PackVersion
    sha256: str
    content: bytes
    serial: int

    @property
    def label(self) -> str:
        return tr("{kind} '{name}' version {version}", kind=self.kind, name=self.name,
                  version=self.version)


def _artefact(row: InstalledRow) -> InstalledArtefact:
    return InstalledArtefact(row.kind, row.name, row.version, row.sha256, row.serial,
                             row.installed_at, row.installed_by)


@requires(Permission.VIEW)
def installed_artefacts(session: StationSession) -> list[InstalledArtefact]:
    """Every artefact installed from headquarters, in the order they were installed."""
    return [_artefact(row) for row in installed_repo.installed_rows(session.database)]


@requires(Permission.SYNC)
def install_artefact(session: StationSession, *, kind: str, name: str, version: str,
                     sha256: str, content: bytes, serial: int) -> InstalledArtefact:
    """Check and install one artefact published by headquarters (see the module)."""
    artefact = _checked_form(kind, name, version, sha256, content, serial)
    actual = hashlib.sha256(content).hexdigest()
    if actual != artefact.sha256:  # the client checked it: a change on the way here
        raise _refused(session, artefact, tr("the file's SHA-256 is {actual}, not "
                                             "{expected}", actual=actual,
                                             expected=artefact.sha256))
    installs = installed_repo.versions_of(session.database, kind, name)
    for row in installs:
        if PackVersion.parse(row.version) == artefact.parsed:
            if row.sha256 == artefact.sha256:
                return _artefact(row)  # installed already: nothing to do
            raise UserInputError(tr(
                "{artefact} from headquarters was not installed: another file of that "
                "version was installed on {when} (SHA-256 {installed}, this one {new})",
                artefact=artefact.label, when=row.installed_at[:16],
                installed=row.sha256[:12], new=artefact.sha256[:12]))
    newest = max(installs, key=lambda row: _parse(row.version), default=None)
    if newest is not None and artefact.parsed < _parse(newest.version):
        raise UserInputError(tr(
            "{artefact} from headquarters was not installed: it is older than version "
            "{installed}, installed on {when}", artefact=artefact.label,
            installed=newest.version, when=newest.installed_at[:16]))
    with contextlib.ExitStack() as cleanup:
        try:
            apply = _PREPARE[kind](session, artefact, cleanup)
        except PermissionDenied:
            raise
        except BorderdeskError as exc:
            raise _refused(session, artefact, str(exc)) from None
        return _artefact(apply())


def _parse(version: str) -> PackVersion:
    return PackVersion.parse(version) or PackVersion((0,), version)


def _checked_form(kind: str, name: str, version: str, sha256: str, content: bytes,
                  serial: int) -> _Artefact:
    if kind not in KINDS:
        raise UserInputError(tr("'{kind}' is not a kind of artefact a station installs "
                                "(known: {known})", kind=kind, known=", ".join(KINDS)))
    if not name.strip() or name != name.strip() or "/" in name or "\\" in name:
        raise UserInputError(tr("'{name}' is not a name for a {kind}", name=name, kind=kind))
    parsed = PackVersion.parse(str(version))
    if parsed is None:
        raise UserInputError(tr("{kind} '{name}': version '{version}' is not dotted whole "
                                "numbers", kind=kind, name=name, version=version))
    expected = sha256.strip().lower()
    if not _SHA256.match(expected):
        raise UserInputError(tr("{kind} '{name}': '{sha256}' is not a SHA-256 (64 hex "
                                "digits)", kind=kind, name=name, sha256=sha256))
    return _Artefact(kind, name, str(version), parsed, expected, content, serial)


def _refused(session: StationSession, artefact: _Artefact, problem: str) -> UserInputError:
    """The error for an artefact its loader refused, recorded as a security event."""
    record_event(session, "artefact_refused", subject=f"{artefact.kind} {artefact.name}",
                 details={**_details(artefact), "problem": problem[:_EVENT_TEXT]})
    return UserInputError(tr(
        "{artefact} from headquarters was not installed, nothing changed: {problem}",
        artefact=artefact.label, problem=problem))


def _details(artefact: _Artefact) -> dict[str, Any]:
    return {"kind": artefact.kind, "name": artefact.name, "version": artefact.version,
            "serial": artefact.serial, "sha256": artefact.sha256}


def _record(session: StationSession, artefact: _Artefact, *,
            keep: bool) -> InstalledRow:
    """The install's row and security event; call inside the install's transaction."""
    with session.database.transaction() as conn:
        row = installed_repo.record_install(
            conn, session.write_context(), kind=artefact.kind, name=artefact.name,
            version=artefact.version, sha256=artefact.sha256, serial=artefact.serial,
            content=artefact.content if keep else None)
        record_event(session, "artefact_installed",
                     subject=f"{artefact.kind} {artefact.name}", details=_details(artefact))
    return row


def _temporary_file(cleanup: contextlib.ExitStack, artefact: _Artefact,
                    suffix: str) -> Path:
    """The artefact's bytes in a file of a temporary folder, named NAME-VERSION.SUFFIX
    (the loaders' messages name it), removed when the install ends."""
    folder = Path(tempfile.mkdtemp(prefix="borderdesk-hq-"))
    cleanup.callback(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"{artefact.name}-{artefact.version}{suffix}"
    path.write_bytes(artefact.content)
    return path


def _without_folder(error: BorderdeskError, folder: Path) -> UserInputError:
    # A temporary folder means nothing to the reader: the file's name says which.
    return UserInputError(str(error).replace(f"{folder}/", "").replace(f"{folder}\\", ""))


#: Checks an artefact and returns what installs it; raises a BorderdeskError if unfit.
_Prepare = Callable[[StationSession, _Artefact, contextlib.ExitStack],
                    Callable[[], InstalledRow]]


def _prepare_profile(session: StationSession, artefact: _Artefact,
                     _cleanup: contextlib.ExitStack) -> Callable[[], InstalledRow]:
    profile = compile_profile(artefact.content,
                              source_name(artefact.name, artefact.version))
    _same_identity(profile.id, str(profile.version), artefact)

    def apply() -> InstalledRow:
        with session.database.transaction():
            row = _record(session, artefact, keep=True)
            set_setting(session.database, session.write_context(), ACTIVE_PROFILE_SETTING,
                        setting_for(artefact.name))
        return row
    return apply


def _prepare_watchlist(session: StationSession, artefact: _Artefact,
                       cleanup: contextlib.ExitStack) -> Callable[[], InstalledRow]:
    path = _temporary_file(cleanup, artefact, ".csv")
    try:
        entries = read_watchlist_csv(path)
    except BorderdeskError as exc:
        raise _without_folder(exc, path.parent) from None
    stored = load_watchlist(session.database, artefact.name)
    threshold = DEFAULT_THRESHOLD if stored is None else stored[0]

    def apply() -> InstalledRow:
        with session.database.transaction():
            replace_watchlist(session.database, session.write_context(), artefact.name,
                              threshold, [StoredWatchEntry(e.kind, e.name, e.note, e.line)
                                          for e in entries])
            return _record(session, artefact, keep=False)
    return apply


def _prepare_refpack(session: StationSession, artefact: _Artefact,
                     cleanup: contextlib.ExitStack) -> Callable[[], InstalledRow]:
    path = _temporary_file(cleanup, artefact, ".zip")
    try:
        with PackReader(path) as reader:
            manifest = reader.manifest
    except PackError as exc:
        raise _without_folder(exc, path.parent) from None
    _same_identity(manifest.id, str(manifest.version), artefact)
    current = refpack_repo.current_pack(session.database, manifest.id)
    if current is not None and PackVersion.parse(current.version) == manifest.version \
            and _archive_sha256(session, current.id) == artefact.sha256:
        # Installed already (by hand, or by an install stopped before its record).
        return lambda: _record(session, artefact, keep=False)

    def apply() -> InstalledRow:
        try:
            install_pack(session, path)
        except PackError as exc:
            raise _refused(session, artefact, str(_without_folder(exc, path.parent))) \
                from None
        return _record(session, artefact, keep=False)
    return apply


def _archive_sha256(session: StationSession, record_id: str) -> str | None:
    row = session.database.query_one(
        "SELECT archive_sha256 FROM reference_packs WHERE id = ?", (record_id,))
    return None if row is None else str(row[0])


def _prepare_codelist(session: StationSession, artefact: _Artefact,
                      cleanup: contextlib.ExitStack) -> Callable[[], InstalledRow]:
    folder = installed_folder(session.path)
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f".{artefact.name}-{artefact.version}.yaml.part"
    cleanup.callback(staging.unlink, missing_ok=True)
    staging.write_bytes(artefact.content)
    try:
        check_codelist(staging, artefact.name, artefact.parsed)
    except BorderdeskError as exc:
        raise UserInputError(str(exc).replace(str(staging), f"{artefact.name}-"
                                              f"{artefact.version}.yaml")) from None
    final = folder / f"{artefact.name}.yaml"

    def apply() -> InstalledRow:
        with session.database.transaction():
            row = _record(session, artefact, keep=True)
            # In place before the record commits: a failed commit leaves the new list,
            # which the next install of that version records.
            staging.replace(final)
        sync_folder(folder)
        installed_changed({artefact.name: final})
        return row
    return apply


def _same_identity(found_name: str, found_version: str, artefact: _Artefact) -> None:
    """Refuse a file whose own name or version is not the published one."""
    if found_name != artefact.name:
        raise UserInputError(tr("the file is {kind} '{found}', published as '{name}'",
                                kind=artefact.kind, found=found_name, name=artefact.name))
    if PackVersion.parse(found_version) != artefact.parsed:
        raise UserInputError(tr("the file says version {found}, published as {version}",
                                found=found_version, version=artefact.version))


_PREPARE: dict[str, _Prepare] = {
    "profile": _prepare_profile,
    "watchlist": _prepare_watchlist,
    "refpack": _prepare_refpack,
    "codelist": _prepare_codelist,
}
