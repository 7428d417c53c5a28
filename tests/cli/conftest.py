"""Fixtures the command-line tests share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from borderdesk import cli
from tests.cli.helpers import Run


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``borderdesk ARGS`` in this process: exit code, output and errors (never a
    traceback: a user's mistake is reported in words)."""

    def call(*argv: Any) -> Run:
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Run(code, out, err)

    return call
