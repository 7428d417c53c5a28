"""What the exercise tests share: copies of the built-in packs to change, and a clock."""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from borderdesk.training.builtin import builtin_folder

PISTOLS = "blank-pistols-textiles"
PARTS = "rifle-parts-auto-parts"
AMMUNITION = "ammunition-household-van"


def pack_copy(tmp_path: Path, pack_id: str = PISTOLS, *, replace: tuple[str, str] = ("", ""),
              name: str = "pack") -> Path:
    """A copy of a built-in pack in ``tmp_path``, with one text of its manifest replaced."""
    target = tmp_path / name
    shutil.copytree(builtin_folder() / pack_id, target)
    old, new = replace
    if old:
        manifest = target / "manifest.yaml"
        text = manifest.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in the manifest"
        manifest.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def zipped(folder: Path, target: Path) -> Path:
    """The pack folder as a zip archive."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def line_of(path: Path, text: str) -> int:
    """The 1-based line of the first line holding ``text``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


class RealClock:
    """A real clock a test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2031, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, minutes: float) -> None:
        self.moment += timedelta(minutes=minutes)
