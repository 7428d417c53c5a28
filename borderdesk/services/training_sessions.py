"""Trainee sessions on disk: one exercise database per trainee, by default in the data
folder's ``exercises/`` (never beside the live ``station.db``'s name), found again by
path, by the beginning of the exercise id, or by the trainee's name."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import data_dir
from borderdesk.core.text import normalise
from borderdesk.services.station import open_station
from borderdesk.services.training import ExerciseInfo, exercise_info
from borderdesk.store import exercise_repo

EXERCISES_FOLDER = "exercises"


def exercises_folder() -> Path:
    """Where exercise databases are made unless told otherwise."""
    return data_dir() / EXERCISES_FOLDER


def slug(text: str) -> str:
    """A file-name-safe form of a name (``Ana Petrović`` -> ``ana-petrovic``)."""
    folded = normalise(text)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "trainee"


def new_session_path(folder: Path, pack_id: str, trainee: str, stamp: str) -> Path:
    """A new exercise database's path: the trainee, the pack and when it was made."""
    base = f"{slug(trainee)}-{pack_id}-{stamp}"
    path, number = folder / f"{base}.db", 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}.db"
    return path


def _is_exercise_file(path: Path) -> bool:
    """Whether ``path`` is an exercise database, read without opening it for writing."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return exercise_repo.is_exercise(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def list_sessions(folder: Path | None = None, *, cohort: str | None = None) -> list[ExerciseInfo]:
    """The exercise databases in ``folder`` (default: the exercises folder), oldest first;
    only those of ``cohort`` when given."""
    where = folder or exercises_folder()
    found = []
    for path in sorted(where.glob("*.db")) if where.is_dir() else []:
        if not _is_exercise_file(path):
            continue
        try:
            with open_station(path, create=False) as session:
                info = exercise_info(session)
        except BorderdeskError:
            continue  # damaged or from a newer borderdesk: not listed
        if cohort is None or info.cohort == " ".join(cohort.split()):
            found.append(info)
    return sorted(found, key=lambda i: (i.cohort, i.trainee, str(i.path)))


def resolve_session(text: str, folder: Path | None = None) -> Path:
    """The exercise database ``text`` names: a path, the beginning of an exercise id (4
    characters or more), or a trainee's name or its beginning (when only one session
    has it)."""
    path = Path(text).expanduser()
    if path.is_file():
        if not _is_exercise_file(path):
            raise UserInputError(tr("{path} is not an exercise database", path=path))
        return path
    wanted = text.strip()
    sessions = list_sessions(folder)
    folded = normalise(wanted)
    matches = [s for s in sessions if len(wanted) >= 4 and s.id.startswith(wanted)] or \
        [s for s in sessions if normalise(s.trainee) == folded] or \
        [s for s in sessions if folded and normalise(s.trainee).startswith(folded)]
    if len(matches) == 1 and matches[0].path is not None:
        return matches[0].path
    if not matches:
        raise UserInputError(tr("there is no exercise session '{text}' (a database path, an "
                                "exercise id or a trainee's name)", text=text))
    raise UserInputError(tr("'{text}' names {count} exercise sessions: give the database "
                            "path or more of the id", text=text, count=len(matches)))


def remove_session(path: Path) -> None:
    """Delete an exercise database and its journal files (the caller checked it is one)."""
    if not _is_exercise_file(path):
        raise UserInputError(tr("{path} is not an exercise database", path=path))
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
