"""The scenarios shipped with borderdesk (``resources/scenarios/ID/``) and finding a pack
by its id or path."""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.training.pack import MANIFEST_NAME


def builtin_folder() -> Path:
    """Where the shipped scenario packs are."""
    return resource_path("scenarios")


def builtin_packs() -> list[Path]:
    """The shipped packs (folders with a manifest), by name."""
    folder = builtin_folder()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if (p / MANIFEST_NAME).is_file())


def find_pack(text: str) -> Path:
    """The pack ``text`` names: a folder or zip file, or the id of a shipped scenario."""
    path = Path(text).expanduser()
    if path.exists():
        return path
    for pack in builtin_packs():
        if pack.name == text.strip():
            return pack
    known = ", ".join(p.name for p in builtin_packs())
    raise UserInputError(tr("'{text}' is neither a scenario pack (folder or zip) nor a "
                            "shipped scenario (known: {known})", text=text, known=known))
