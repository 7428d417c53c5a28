"""The window offers a role only what it may do (the services refuse the rest anyway):
an officer sees a case ready for sign-off but cannot sign it off; a supervisor can."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.progress import CancelToken
from borderdesk.services.authz import PermissionDenied
from borderdesk.services.seizures import get_case
from borderdesk.services.station import StationSession
from borderdesk.ui.import_flow import import_job
from borderdesk.ui.inbox_flow import InboxController
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.seizure_case_view import SeizureCaseView
from borderdesk.ui.workers import SyncTaskRunner
from tests.conftest import declaration
from tests.services.protected_station import Station, build_station, copy_of
from tests.services.roles import sign_in_as

Copy = tuple[StationSession, Station]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Station:
    return build_station(tmp_path_factory.mktemp("station"))


@pytest.fixture
def copy(built: Station, tmp_path: Path) -> Iterator[Copy]:
    with copy_of(built, tmp_path / "copy") as opened:
        yield opened


def _case_window(qtbot: Any, session: StationSession, case_id: str) -> SeizureCaseView:
    shown = SeizureCaseView(session, case_id, SyncTaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_an_officer_has_no_sign_off_and_a_supervisor_has(qtbot: Any, copy: Copy) -> None:
    session, s = copy
    officer = _case_window(qtbot, sign_in_as(session, "officer"), s.case_id)
    panel = officer.signoff
    assert panel.state.text() == "Everything a sign-off needs is recorded."
    assert not panel.button.isEnabled() and not panel.note.isEnabled()
    assert "This needs the supervisor role." in panel.button.toolTip()
    assert not panel.sign_off()  # even if asked directly: the button's action does nothing
    assert officer.print_button.isVisibleTo(officer)  # officers print labels and drafts
    officer.close()

    supervisor = _case_window(qtbot, sign_in_as(session, "supervisor"), s.case_id)
    assert supervisor.signoff.button.isEnabled() and supervisor.signoff.note.isEnabled()
    assert not get_case(session, s.case_id).signed_off


def test_a_trainer_neither_prints_nor_signs_off(qtbot: Any, copy: Copy) -> None:
    session, s = copy
    trainer = _case_window(qtbot, sign_in_as(session, "trainer"), s.case_id)
    assert not trainer.print_button.isVisibleTo(trainer)
    assert not trainer.signoff.button.isEnabled()


@pytest.mark.parametrize(("role", "shown"), [
    ("officer", {"import", "inspection", "identify"}),
    ("risk_analyst", set()),
    ("administrator", set()),
    (None, {"import", "inspection", "identify"}),
])
def test_the_main_window_offers_what_the_role_may(
        copy: Copy, make_window: Callable[..., MainWindow], role: str | None,
        shown: set[str]) -> None:
    session, _s = copy
    if role is not None:
        sign_in_as(session, role)
    window = make_window(session)
    actions = {"import": window.import_action, "inspection": window.inspection_action,
               "identify": window.identify_action}
    assert {name for name, action in actions.items() if action.isVisible()} == shown


def test_the_analyst_loads_profiles_and_edits_watch_lists_the_officer_does_not(
        copy: Copy, make_window: Callable[..., MainWindow]) -> None:
    session, _s = copy
    analyst = make_window(sign_in_as(session, "risk_analyst")).analysis
    assert analyst.profile_panel.load_button.isVisibleTo(analyst.profile_panel)
    assert analyst.watchlist_panel.add_button.isVisibleTo(analyst.watchlist_panel)
    officer = make_window(sign_in_as(session, "officer")).analysis
    assert not officer.profile_panel.load_button.isVisibleTo(officer.profile_panel)
    assert not officer.profile_panel.may_load
    watch = officer.watchlist_panel
    assert not watch.add_button.isVisibleTo(watch) and not watch.may_edit


def test_work_on_a_worker_is_checked_for_the_same_user(copy: Copy) -> None:
    session, s = copy
    source = s.folder / "more.json"
    source.write_text(json.dumps([declaration("GREEN-3")]), encoding="utf-8")
    sign_in_as(session, "trainer")
    job = import_job(session.ticket(), [source])
    with pytest.raises(PermissionDenied, match=r"^trainer 'trainer-1' may not import"):
        job(lambda _done, _total: None, CancelToken())
    controller = InboxController(None, session, SyncTaskRunner(), None)
    controller.configure(s.folder, 5)
    assert not controller.scan()  # the inbox is not read for a role that may not import
    controller.shutdown()
