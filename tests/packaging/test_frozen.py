"""The frozen application: build.spec built with PyInstaller into a temporary folder, then
the frozen program run as an officer's laptop would run it. Its --smoke-test opens an
encrypted demo station, signs in, draws the main window and prints a seizure report with
the bundled fonts; --version and the HQ commands answer without the source tree.

It takes one to four minutes (PyInstaller analyses every import); it is the only check that
catches a module imported by name or a data file left out of the bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import borderdesk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen program, built once for this module."""
    out = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert build.returncode == 0, build.stderr[-3000:]
    folder = out / "dist" / f"borderdesk-{borderdesk.__version__}"
    program = folder / ("borderdesk-cli.exe" if sys.platform == "win32" else "borderdesk")
    assert program.is_file()
    return program


def _run(program: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Away from the source tree, so that nothing can be read from it by mistake.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BORDERDESK_DATA_DIR=str(data))
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(program), *args], cwd=data.parent, capture_output=True,
                          text=True, env=env, timeout=300, check=False)


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_frozen_program_passes_its_smoke_test(frozen: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run(frozen, data, "--smoke-test")
    assert result.returncode == 0, result.stderr + result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("smoke test passed (frozen build): encrypted demo station")
    assert "signed in as officer" in summary
    assert "seizure report of RS-BAT-" in summary
    # The fonts were read from inside the bundle, not from the source tree.
    assert f"read from {frozen.parent / '_internal' / 'resources' / 'fonts'}" in summary
    assert str(ROOT / "resources") not in result.stdout
    assert not (data / "station.db").exists()  # the smoke test leaves the data folder alone


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_frozen_program_names_its_versions_and_refuses_hq(frozen: Path,
                                                              tmp_path: Path) -> None:
    data = tmp_path / "data"
    version = _run(frozen, data, "--version")
    assert version.returncode == 0, version.stderr
    lines = version.stdout.splitlines()
    assert lines[0] == f"borderdesk {borderdesk.__version__} (frozen build)"
    assert any(line.startswith("Qt 6.") for line in lines)
    assert any(line.startswith("SQLCipher 4.") for line in lines)
    assert any("firearms-extended" in line for line in lines)
    hq = _run(frozen, data, "hq", "init", "--hq-db", f"sqlite:///{tmp_path / 'hq.db'}")
    assert hq.returncode == 2
    assert "headquarters server is not part of it" in hq.stderr
    assert "Traceback" not in hq.stderr
