"""The smoke test's thorough checks (what a frozen build runs), here from source: an
encrypted demo station, a sign-in, the window, a seizure report with the bundled fonts,
and a plain message with exit code 1 when any of them fails."""

from __future__ import annotations

from pathlib import Path

import pytest

import borderdesk.services.demo as demo_service
import borderdesk.services.demo_accounts as demo_accounts
from borderdesk.core.paths import resources_dir
from borderdesk.services.station import StationSession, open_station
from borderdesk.ui.app import run_gui
from borderdesk.ui.smoke import SmokeFailure, SmokeRun


@pytest.mark.slow
def test_the_thorough_smoke_test_prints_a_report_with_the_bundled_fonts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_gui(None, smoke_test=True, thorough=True) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary.startswith("smoke test passed (from source): encrypted demo station "
                              "(SQLCipher 4.")
    assert "signed in as officer; main window drawn at 1366x768; seizure report of " \
           "RS-BAT-" in summary
    assert f"fonts DejaVuSans and DejaVuSans-Bold embedded, read from " \
           f"{resources_dir() / 'fonts'}" in summary
    assert summary.endswith("window font DejaVu Sans")


def test_the_quick_smoke_test_says_what_it_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_gui(None, smoke_test=True) == 0
    assert capsys.readouterr().out.strip() == (
        "smoke test passed (from source): main window drawn at 1366x768")


def test_a_demo_station_left_unencrypted_fails_the_smoke_test(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    def plain_station(path: Path, **_kwargs: object) -> None:
        open_station(path).close()

    monkeypatch.setattr(demo_service, "create_demo_station", plain_station)
    monkeypatch.setattr(demo_accounts, "protect_demo_station", lambda _path: None)
    assert run_gui(None, smoke_test=True, thorough=True) == 1
    err = capsys.readouterr().err
    assert "smoke test failed: the demo station at " in err
    assert "is not encrypted" in err


def test_a_demo_station_that_cannot_be_made_fails_the_smoke_test(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(_path: Path, **_kwargs: object) -> None:
        raise FileNotFoundError("resources/demo/names.yaml")

    monkeypatch.setattr(demo_service, "create_demo_station", broken)
    assert run_gui(None, smoke_test=True, thorough=True) == 1
    assert ("smoke test failed: the demo station could not be made: "
            "FileNotFoundError('resources/demo/names.yaml')") in capsys.readouterr().err


def test_a_plain_station_or_one_without_a_case_fails_the_checks(
    session: StationSession, tmp_path: Path
) -> None:
    run = SmokeRun(tmp_path, thorough=True, db_path=tmp_path / "smoke.db")
    with pytest.raises(SmokeFailure, match="the demo station was opened without its keys"):
        run.after_window(session, (1366, 768))
    with pytest.raises(SmokeFailure, match="holds no seizure case to print"):
        run._print_report(session)
