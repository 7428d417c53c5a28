"""What ``scripts/i18n.py`` does: extract, check, compile, and the pseudo-language.

- :func:`extract` updates ``resources/i18n/borderdesk_<code>.ts`` for every language of
  ``languages.yaml`` but English (the source) and derives Serbian Cyrillic from Serbian
  Latin (:mod:`borderdesk.i18n_tools.serbian`);
- :func:`stale_files` says which files an extraction would change (ignoring source
  line numbers, which move with every edit);
- :func:`compile_all` runs ``pyside6-lrelease`` (the ``.qm`` files are not committed);
- :func:`write_pseudo` makes the pseudo-language for layout tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from borderdesk.core.languages import SOURCE_LANGUAGE, load_languages
from borderdesk.i18n_tools.extract_code import extract_code
from borderdesk.i18n_tools.extract_data import extract_data
from borderdesk.i18n_tools.messages import Message, Problem, merge_found
from borderdesk.i18n_tools.pseudo import PSEUDO_LANGUAGE, pseudo
from borderdesk.i18n_tools.serbian import to_cyrillic
from borderdesk.i18n_tools.ts_files import (
    FINISHED,
    UNFINISHED,
    TsEntry,
    TsFile,
    merge,
    read_ts,
    render_ts,
    write_ts,
)

SERBIAN_LATIN = "sr_Latn"
SERBIAN_CYRILLIC = "sr_Cyrl"


def i18n_dir(root: Path) -> Path:
    """Where the ``.ts`` files and ``languages.yaml`` are."""
    return root / "resources" / "i18n"


def ts_file_path(root: Path, code: str) -> Path:
    """The ``.ts`` file of language ``code``."""
    return i18n_dir(root) / f"borderdesk_{code}.ts"


def collect(root: Path) -> tuple[list[Message], list[Problem]]:
    """Every message of the sources and data files, and the calls that cannot be read."""
    messages, problems = extract_code(root)
    found = [(m.context, m.source, loc) for m in messages for loc in m.locations]
    return merge_found([*found, *extract_data(root)]), problems


def translated_codes(root: Path) -> list[str]:
    """The languages that have a ``.ts`` file: all of languages.yaml but English."""
    return [language.code for language in load_languages(i18n_dir(root) / "languages.yaml")
            if language.code != SOURCE_LANGUAGE]


def updated(root: Path, messages: list[Message]) -> dict[str, TsFile]:
    """Every language's file merged with ``messages`` (Serbian Cyrillic derived)."""
    files: dict[str, TsFile] = {}
    for code in translated_codes(root):
        path = ts_file_path(root, code)
        existing = read_ts(path) if path.exists() else TsFile(code)
        existing.language = code
        files[code] = merge(existing, messages)
    if SERBIAN_LATIN in files and SERBIAN_CYRILLIC in files:
        derive_cyrillic(files[SERBIAN_LATIN], files[SERBIAN_CYRILLIC])
    return files


def derive_cyrillic(latin: TsFile, cyrillic: TsFile) -> None:
    """Fill ``cyrillic`` from ``latin``: every Latin translation transliterated, with its
    state; an entry without a Latin translation keeps what ``cyrillic`` had."""
    latin_entries = latin.by_key()
    for entry in cyrillic.current():
        source = latin_entries.get(entry.key)
        if source is not None and source.translation:
            entry.translation = to_cyrillic(source.translation)
            entry.state = source.state


def extract(root: Path) -> tuple[list[Path], list[Problem]]:
    """Update every ``.ts`` file; the files that changed and the problems found."""
    messages, problems = collect(root)
    changed = [ts_file_path(root, code) for code, ts in updated(root, messages).items()
               if write_ts(ts, ts_file_path(root, code))]
    return changed, problems


def _content(ts: TsFile) -> list[tuple[str, str, str, str]]:
    return sorted((e.context, e.source, e.state, e.translation) for e in ts.entries)


def stale_files(root: Path, messages: list[Message] | None = None) -> list[str]:
    """The ``.ts`` files whose messages or translations an extraction would change
    (``messages``: those :func:`collect` found, when already at hand)."""
    if messages is None:
        messages, _problems = collect(root)
    stale = []
    for code, ts in updated(root, messages).items():
        path = ts_file_path(root, code)
        if not path.exists() or _content(read_ts(path)) != _content(ts):
            stale.append(path.name)
    return stale


def lrelease() -> str:
    """The path of ``pyside6-lrelease`` (beside this Python first: the virtualenv's)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease is not installed (PySide6-Essentials)")
    return found


def compile_ts(ts_path: Path, qm_path: Path) -> None:
    """Compile one ``.ts`` file into ``qm_path`` (finished translations only)."""
    qm_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts_path), "-qm", str(qm_path)],
                   check=True, capture_output=True)


def compile_all(root: Path, out_dir: Path | None = None) -> list[Path]:
    """Compile every language's ``.ts`` file into ``out_dir`` (default: beside them)."""
    target = out_dir or i18n_dir(root)
    compiled = []
    for code in translated_codes(root):
        source = ts_file_path(root, code)
        if source.exists():
            compile_ts(source, target / f"borderdesk_{code}.qm")
            compiled.append(target / f"borderdesk_{code}.qm")
    return compiled


def write_pseudo(root: Path, out_dir: Path, messages: list[Message] | None = None) -> Path:
    """The pseudo-language's ``.ts`` and ``.qm`` in ``out_dir``; the ``.qm`` file's path."""
    if messages is None:
        messages, _problems = collect(root)
    ts = TsFile(PSEUDO_LANGUAGE, [TsEntry(m.context, m.source, pseudo(m.source), FINISHED,
                                          m.locations) for m in messages])
    out_dir.mkdir(parents=True, exist_ok=True)
    ts_path = out_dir / f"borderdesk_{PSEUDO_LANGUAGE}.ts"
    ts_path.write_text(render_ts(ts), encoding="utf-8")
    qm_path = ts_path.with_suffix(".qm")
    compile_ts(ts_path, qm_path)
    return qm_path


def fill_from_memory(root: Path, code: str, memory: dict[str, str]) -> int:
    """Translate the unfinished messages of ``code`` whose English text ``memory`` holds
    (a translation memory: English -> translation, as translators hand it in); how many
    were filled. Serbian Cyrillic is derived, never filled."""
    path = ts_file_path(root, code)
    ts = read_ts(path)
    filled = 0
    for entry in ts.current():
        translated = memory.get(entry.source, "")
        if entry.state == UNFINISHED and translated.strip():
            entry.translation, entry.state = translated, FINISHED
            filled += 1
    if code == SERBIAN_LATIN:
        cyrillic_path = ts_file_path(root, SERBIAN_CYRILLIC)
        cyrillic = read_ts(cyrillic_path)
        derive_cyrillic(ts, cyrillic)
        write_ts(cyrillic, cyrillic_path)
    write_ts(ts, path)
    return filled


def unfinished(root: Path, code: str) -> dict[str, str]:
    """The English texts ``code`` still lacks, each with where it is used (for a
    translator: the same form :func:`fill_from_memory` reads back)."""
    todo: dict[str, str] = {}
    for entry in read_ts(ts_file_path(root, code)).current():
        if entry.state == UNFINISHED and entry.source not in todo:
            where = entry.locations[0] if entry.locations else None
            todo[entry.source] = (f"{entry.context} @ {where.path}:{where.line}" if where
                                  else entry.context)
    return todo
