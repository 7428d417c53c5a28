"""Synchronisation in the window: the status bar's words for each state, "Sync now"
against a headquarters that does not answer, the background timer, and the
Administration page's Synchronisation section by role."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk.core.clock import format_utc
from borderdesk.core.progress import CancelToken
from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.sync import SyncStatus, sync_status
from borderdesk.services.sync_run import SyncOptions, SyncReport
from borderdesk.services.training import create_exercise
from borderdesk.store import sync_repo
from borderdesk.sync.protocol import KeyPair
from borderdesk.training.builtin import builtin_folder
from borderdesk.ui import sync_page
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.sync_page import SyncPage
from borderdesk.ui.sync_status import SyncIndicator, describe
from borderdesk.ui.sync_worker import BACKGROUND_SYNC_MS, SyncController
from borderdesk.ui.workers import SyncTaskRunner
from tests.accounts.protected import ADMIN_PASSWORD, make_protected_station
from tests.training.helpers import PISTOLS, RealClock

#: A closed port: nothing listens there, so every request fails at once.
CLOSED = "http://127.0.0.1:9"
QUICK = SyncOptions(retry_delays=(0.01, 0.01))


def enrol_link(session: StationSession, url: str = CLOSED) -> None:
    """Enrol the station as if headquarters had answered (no server needed)."""
    station_keys, hq_keys = KeyPair.generate(), KeyPair.generate()
    link = sync_repo.SyncLink(url, "hq-test", hq_keys.sign_public(), hq_keys.box_public(),
                              "Batrovci", station_keys.sign_private(),
                              station_keys.box_private(), format_utc(datetime.now(UTC)),
                              "tester")
    with session.database.transaction() as conn:
        sync_repo.set_link(conn, link)


def add_run(session: StationSession, outcome: str, finished: datetime, detail: str = "") -> None:
    with session.database.transaction() as conn:
        sync_repo.add_run(conn, sync_repo.SyncRun(format_utc(finished), format_utc(finished),
                                                  "network", outcome, 3, 0, detail))


class HeldRunner(QObject):
    """A task runner that keeps the job until the test says how it ends."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []

    def run_task(self, job: Any, *, on_finished: Callable[[Any], None],
                 on_failed: Callable[[Exception], None], on_progress: Any = None,
                 token: CancelToken | None = None) -> CancelToken:
        token = token or CancelToken()
        self.calls.append({"job": job, "finished": on_finished, "failed": on_failed,
                           "progress": on_progress, "token": token})
        return token

    def active_count(self) -> int:
        return 0

    def shutdown(self) -> None:
        """Nothing runs."""


# -- the status bar's words ---------------------------------------------------------------

def test_the_indicator_says_not_enrolled_then_synchronised_then_failed(
        qtbot: Any, session: StationSession) -> None:
    indicator = SyncIndicator(session)
    qtbot.addWidget(indicator)
    # The first read comes after the window's first paint.
    qtbot.waitUntil(lambda: indicator.line == "Not enrolled")
    enrol_link(session)
    add_run(session, "ok", datetime(2026, 11, 28, 14, 2, tzinfo=UTC))
    indicator.refresh()
    waiting = sync_status(session).waiting
    # The station's time zone is UTC; another day than today shows the date.
    assert indicator.line == f"Synchronised 2026-11-28 14:02 · {waiting} waiting"
    now = datetime.now(UTC).replace(microsecond=0)
    add_run(session, "ok", now)
    indicator.refresh()
    assert indicator.line == f"Synchronised {now:%H:%M} · {waiting} waiting"
    add_run(session, "failed", now, f"headquarters at {CLOSED} did not answer (refused); "
                                    "nothing was lost: the station sends it again next time")
    indicator.refresh()
    assert indicator.shown is not None and indicator.shown.alarm
    assert indicator.shown.text == (f"{waiting} waiting · last sync failed: headquarters at "
                                    "127.0.0.1 did not answer")
    assert "nothing was lost" in indicator.toolTip()
    indicator.stop()


def test_an_exercise_station_says_no_sync_and_offers_none(
        qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "exercise.db"
    create_exercise(builtin_folder() / PISTOLS, path, trainee="Ana", clock=RealClock())
    with open_station(path, actor="ana", clock=RealClock()) as session:
        window = MainWindow(session, settings=None)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.sync_indicator.line == "Exercise: no sync")
        assert window.sync.update_background() is False
        assert not window.sync.timer.isActive()
        assert not window.sync_action.isVisible()
        assert not window.sync_page.sync_button.isVisibleTo(window.sync_page)
        assert "never synchronises" in window.sync_page.notice.text()
        window.close()


@settings(max_examples=60, deadline=None)
@given(waiting=st.integers(0, 10**6), detail=st.text(max_size=200),
       outcome=st.sampled_from(["ok", "failed", "partial", "cancelled"]))
def test_the_indicator_line_is_one_line_with_the_count(waiting: int, detail: str,
                                                       outcome: str) -> None:
    run = sync_repo.SyncRun("2026-11-28T13:00:00.000Z", "2026-11-28T13:02:00.000Z",
                            "network", outcome, 0, 0, detail)
    status = SyncStatus(True, False, CLOSED, "Batrovci", waiting, run,
                        "2026-11-28T13:02:00.000Z" if outcome == "ok" else None, 0)
    shown = describe(status, "Europe/Belgrade")
    assert "\n" not in shown.text
    assert str(waiting) in shown.text
    assert shown.alarm == (outcome in ("failed", "partial"))
    if outcome == "ok":
        assert shown.text.startswith("Synchronised 2026-11-28 14:02")  # Belgrade: UTC+1


# -- Sync now -----------------------------------------------------------------------------

def test_sync_now_against_a_silent_headquarters_shows_the_failure_without_freezing(
        qtbot: Any, session: StationSession, make_window: Callable[..., MainWindow]) -> None:
    enrol_link(session)
    window = make_window(session)
    window.show()
    window.sync.options = QUICK
    window.sync_action.trigger()
    # The action returned while the exchange still runs on its worker.
    assert window.sync.busy and window.sync.kind == "sync"
    assert window.sync_indicator.line.startswith("Synchronising")
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=20_000)
    outcome = window.sync.last
    assert outcome is not None and not outcome.ok
    assert outcome.title == "Headquarters not reached"
    assert f"Headquarters at {CLOSED} did not answer" in outcome.text
    box = window.sync.message_box
    assert box is not None and box.isVisible() and box.text() == outcome.text
    box.close()
    last = sync_status(session).last_attempt
    assert last is not None and last.outcome == "failed"
    shown = window.sync_indicator.shown
    assert shown is not None and shown.text.endswith(
        "last sync failed: headquarters at 127.0.0.1 did not answer")


def test_sync_now_shows_progress_after_a_while_then_the_outcome_in_words(
        qtbot: Any, session: StationSession) -> None:
    enrol_link(session)
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = HeldRunner()
    controller = SyncController(parent, session, runner)  # type: ignore[arg-type]
    assert controller.sync_now()
    qtbot.waitUntil(lambda: controller.progress_dialog is not None)
    dialog = controller.progress_dialog
    assert dialog is not None
    runner.calls[0]["progress"](4, 10)
    assert controller.sync_now() is False  # never two at once
    assert controller.sync_in_background() is False
    dialog.cancel_button.click()
    assert runner.calls[0]["token"].cancelled
    assert "Stopping" in dialog.label.text()
    report = SyncReport(sent=12, blobs_sent=2, received=1, installed=["profile P-1 v3"])
    runner.calls[0]["finished"](report)
    assert controller.progress_dialog is None and not controller.busy
    assert controller.last is not None and controller.last.installed
    assert controller.last.text.splitlines()[:2] == [
        "Sent 12 item(s) and 2 photo(s); received 1.", "Installed: profile P-1 v3."]
    assert controller.message_box is not None
    controller.shutdown()


def test_sync_now_on_a_station_not_enrolled_says_how_to_enrol(
        qtbot: Any, session: StationSession) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = HeldRunner()
    controller = SyncController(parent, session, runner)  # type: ignore[arg-type]
    assert controller.sync_now() is False
    assert runner.calls == []
    assert controller.last is not None and "not enrolled" in controller.last.text
    controller.shutdown()


# -- background sync ----------------------------------------------------------------------

def test_the_background_timer_runs_only_on_an_enrolled_station(
        qtbot: Any, session: StationSession) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = HeldRunner()
    controller = SyncController(parent, session, runner)  # type: ignore[arg-type]
    assert controller.update_background() is False
    assert not controller.timer.isActive()
    enrol_link(session)
    assert controller.update_background()
    assert controller.timer.isActive() and controller.timer.interval() == BACKGROUND_SYNC_MS
    controller.timer.timeout.emit()
    assert controller.quiet and len(runner.calls) == 1
    # "Sync now" during a background sync shows that one rather than starting another.
    assert controller.sync_now() and not controller.quiet and len(runner.calls) == 1
    runner.calls[0]["finished"](SyncReport())
    controller.shutdown()
    assert not controller.timer.isActive()


def test_a_failed_background_sync_only_updates_the_status_bar(
        qtbot: Any, session: StationSession, make_window: Callable[..., MainWindow]) -> None:
    enrol_link(session)
    window = make_window(session)
    # Decided once the window is up: enrolled and live, so the timer runs.
    qtbot.waitUntil(window.sync.timer.isActive)
    window.sync.options = QUICK
    window.sync.timer.timeout.emit()
    assert window.sync.quiet
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=20_000)
    assert window.sync.message_box is None
    shown = window.sync_indicator.shown
    assert shown is not None and shown.text.endswith(
        "last sync failed: headquarters at 127.0.0.1 did not answer")
    assert window.sync.timer.isActive()  # it tries again at the next tick


# -- the Administration page's section ----------------------------------------------------

def test_the_sync_page_and_the_background_sync_by_role(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, cheap_policy: SecurityPolicy) -> None:
    station = make_protected_station(tmp_path, cheap_policy)
    for name, role in (("ana", "officer"), ("sara", "supervisor"), ("tom", "trainer")):
        station.add(name, role)
    with station.admin() as admin:
        enrol_link(admin)
        with admin.database.transaction() as conn:
            sync_repo.add_message(conn, sync_repo.SyncMessage(
                7, "refusal", "seizure_case", "C-1", "field missing",
                "2026-11-28T10:00:00Z", "2026-11-28T10:05:00Z"))
    # name: (enrols and carries bundles, reads HQ's messages, synchronises)
    expected = {"ana": (False, False, True), "sara": (False, True, True),
                "tom": (False, False, False), "admin": (True, True, True)}
    for name, (administers, reads, syncs) in expected.items():
        password = ADMIN_PASSWORD if name == "admin" else "own password of the user"
        with station.sign_in(name, password) as session:
            parent = QWidget()
            qtbot.addWidget(parent)
            controller = SyncController(parent, session, SyncTaskRunner())
            page = SyncPage(session, controller, parent)
            parent.show()  # the page reads its state when shown
            assert page.enrol_box.isVisibleTo(page) == administers, name
            assert page.bundle_box.isVisibleTo(page) == administers, name
            assert page.messages_box.isVisibleTo(page) == reads, name
            assert page.sync_button.isVisibleTo(page) == syncs, name
            assert controller.update_background() == syncs, name
            assert "waiting" in page.headline.text()
            if not administers:
                assert "administrator" in page.notice.text()
            if not syncs:
                assert "Synchronising now is for the station's live roles" in page.notice.text()
            if reads:
                qtmodeltester.check(page.model)
                assert [m.text for m in page.model.rows()] == ["field missing"]
            else:
                assert "supervisors and administrators" in page.notice.text()
            controller.shutdown()


def test_the_bundle_buttons_run_the_bundle_service_and_say_what_it_did(
        qtbot: Any, session: StationSession, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Path]] = []
    fake = ModuleType("borderdesk.services.sync_bundle")

    def export_bundle(_session: StationSession, path: Path) -> Any:
        calls.append(("export", path))
        return SimpleNamespace(path=path, items=41, photos=3)

    def import_ack(_session: StationSession, path: Path) -> Any:
        calls.append(("ack", path))
        return SimpleNamespace(acked_text="changes up to 41, audit up to 60",
                               installed=["watchlist W-2 v5"], messages=2,
                               problems=["codelist C v1: signature does not verify"],
                               verdict="chain verified", already_applied=False)

    fake.export_bundle = export_bundle  # type: ignore[attr-defined]
    fake.import_ack = import_ack  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "borderdesk.services.sync_bundle", fake)
    bundle, ack = tmp_path / "out.bundle", tmp_path / "hq.ack"
    monkeypatch.setattr(sync_page, "choose_bundle_path", lambda *_args: bundle)
    monkeypatch.setattr(sync_page, "choose_ack_path", lambda *_args: ack)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = SyncController(parent, session, SyncTaskRunner())
    page = SyncPage(session, controller, parent)
    page.export_button.click()
    assert controller.last is not None and controller.last.ok
    assert "41 item(s) and 3 photo(s)" in controller.last.text
    page.import_button.click()
    assert calls == [("export", bundle), ("ack", ack)]
    assert controller.last is not None and not controller.last.ok
    assert controller.last.installed
    assert "Installed: watchlist W-2 v5." in controller.last.text
    assert "signature does not verify" in controller.last.text
    assert isinstance(controller.message_box, QMessageBox)
    controller.shutdown()


def test_the_indicator_opens_the_synchronisation_section(
        qtbot: Any, station: StationSession, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(station)
    window.show()
    window.sync_indicator.click()
    assert window.navigation.currentWidget() is window.admin_page
    assert window.admin_page.currentWidget() is window.sync_page
    assert window.sync_page.headline.text() == "Not enrolled"


def test_a_long_failure_never_pushes_the_other_labels_off_the_bar(
        qtbot: Any, session: StationSession, make_window: Callable[..., MainWindow]) -> None:
    enrol_link(session, "https://headquarters.customs.example.rs")
    add_run(session, "failed", datetime.now(UTC), "headquarters at https://headquarters."
            "customs.example.rs did not answer because " + "of a very long reason " * 10)
    window = make_window(session)
    window.resize(1000, 600)
    window.show()
    window.set_large_controls(True)
    qtbot.waitUntil(lambda: "of a very long reason" in window.sync_indicator.toolTip())
    indicator = window.sync_indicator
    assert "waiting · last sync failed: headquarters at headquarters.customs" in indicator.line
    qtbot.waitUntil(lambda: indicator.text().endswith("…") and indicator.text() != indicator.line)
    bar = window.statusBar()
    assert window.mode_label.isVisible()
    assert window.mode_label.geometry().right() <= bar.width()
