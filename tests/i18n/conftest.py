"""Fixtures for the translation tests: the project root and the compiled catalogues.

The ``.qm`` files are not committed: they are compiled here once per session (and by
``scripts/test.sh`` into resources/i18n/ for the program itself), with the pseudo-language
that the layout tests use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.i18n_tools.commands import collect, compile_all, write_pseudo
from borderdesk.i18n_tools.messages import Message, Problem

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def extraction() -> tuple[list[Message], list[Problem]]:
    """What the extractor finds in the project (a few seconds: made once)."""
    return collect(ROOT)


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory,
              extraction: tuple[list[Message], list[Problem]]) -> Path:
    """A folder with every language's compiled catalogue and the pseudo-language's."""
    folder = tmp_path_factory.mktemp("qm")
    compile_all(ROOT, folder)
    write_pseudo(ROOT, folder, extraction[0])
    return folder
