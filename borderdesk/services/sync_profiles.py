"""Risk profiles installed from headquarters, read from the station database.

An installed profile is kept in ``sync_installed`` (its exact text), not as a file:
on a protected station it is encrypted with the rest of the database, it is in every
backup, it moves with the database, and installing it is one transaction with making
it the active profile. The active-profile setting then reads ``headquarters:NAME``:
the newest installed version of profile NAME
(:func:`borderdesk.services.assessments.active_profile`).
"""

from __future__ import annotations

from functools import lru_cache

from borderdesk.core.datafiles import YamlMap, load_yaml_text
from borderdesk.core.errors import DataFileError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.rules.problems import ProfileError, ProfileProblem
from borderdesk.rules.profile import Profile, build_profile
from borderdesk.store import installed_repo
from borderdesk.store.database import StationDatabase

#: The active-profile setting's prefix for an installed profile.
INSTALLED_PREFIX = "headquarters:"
KIND = "profile"


def setting_for(name: str) -> str:
    """The active-profile setting that names the installed profile ``name``."""
    return INSTALLED_PREFIX + name


def source_name(name: str, version: str) -> str:
    """How an installed profile's text is named in its problems and in the record of
    what screened a declaration (the ``profiles`` table)."""
    return f"{INSTALLED_PREFIX}{name}-{version}.yaml"


def compile_profile(content: bytes, where: str) -> Profile:
    """Check and compile a profile's text (raises :class:`ProfileError`)."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError([ProfileProblem(where, 1, 1, tr(
            "the file is not UTF-8 text"))]) from None
    return _compiled(text, where)


@lru_cache(maxsize=4)
def _compiled(text: str, where: str) -> Profile:
    # Profiles are frozen: the status bar, the analyst view and every screening can share
    # one compiled copy of the installed text.
    try:
        data = load_yaml_text(text, where)
    except DataFileError as exc:
        raise ProfileError([ProfileProblem(where, exc.line or 1, 1, exc.problem)]) from None
    if not isinstance(data, YamlMap):
        raise ProfileError([ProfileProblem(where, 1, 1, tr("a profile must be a mapping"))])
    return build_profile(data, {})


def installed_profile(database: StationDatabase, setting: str) -> Profile:
    """The profile an active-profile setting ``headquarters:NAME`` names."""
    name = setting.removeprefix(INSTALLED_PREFIX)
    found = installed_repo.latest_content(database, KIND, name)
    if found is None:
        raise UserInputError(tr("the active profile '{name}' from headquarters is not "
                                "installed at this station", name=name))
    row, content = found
    return compile_profile(content, source_name(name, row.version))


def installed_profile_refs(database: StationDatabase) -> list[str]:
    """``headquarters:NAME`` for each profile installed from headquarters, by name."""
    names = {row.name for row in installed_repo.installed_rows(database) if row.kind == KIND}
    return [setting_for(name) for name in sorted(names)]
