"""The analyst view: the active profile, loading profiles, back-tests, the watch list."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog

from borderdesk.core.i18n import install_translator
from borderdesk.rules.rule_texts import PROFILE_CONTEXT
from borderdesk.services.assessments import active_profile, screen_stored
from borderdesk.services.backtest import backtest_profiles
from borderdesk.services.intake import import_files
from borderdesk.services.screening import open_profile
from borderdesk.services.station import StationSession
from borderdesk.services.watchlists import add_watchlist_entry, watchlist_entries
from borderdesk.ui import analyst_view, watchlist_view
from borderdesk.ui.analyst_view import AnalystView
from borderdesk.ui.backtest_view import BacktestModel
from borderdesk.ui.profile_model import ListsModel, RulesModel
from borderdesk.ui.workers import SyncTaskRunner, ThreadPoolRunner
from tests.conftest import declaration

DEFAULT = Path("resources/profiles/firearms-default.yaml")


@pytest.fixture
def analyst_station(session: StationSession, write_json: Callable[..., Path]) -> StationSession:
    """A station with three declarations over two days: revolvers without licence, a
    plated truck, and cotton."""
    report = import_files(session, [write_json([
        declaration("B-1", lodged_at="2026-11-27T10:00:00+01:00", documents=[],
                    items=[{"line": 1, "hs_code": "930200", "description": "revolvers",
                            "gross_kg": 5}]),
        declaration("B-2", lodged_at="2026-11-28T10:00:00+01:00",
                    vehicle={"registration": "NS 482-ŠK", "country": "RS"}),
        declaration("B-3", lodged_at="2026-11-28T11:00:00+01:00")])])
    assert report.ok, report
    return session


@pytest.fixture
def make_view(qtbot: Any) -> Iterator[Callable[..., AnalystView]]:
    views: list[AnalystView] = []

    def make(session: StationSession, runner: Any = None) -> AnalystView:
        view = AnalystView(session, runner or SyncTaskRunner())
        qtbot.addWidget(view)
        views.append(view)
        return view

    yield make
    for view in views:
        view.shutdown()


def _proxy_rows(proxy: QSortFilterProxyModel, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: Any, analyst_station: StationSession,
                                      make_view: Callable[..., AnalystView]) -> None:
    profile = open_profile("firearms-extended")
    rules, lists = RulesModel(), ListsModel()
    rules.set_profile(profile)
    lists.set_profile(profile)
    qtmodeltester.check(rules)
    qtmodeltester.check(lists)
    view = make_view(analyst_station)
    run = view.run_backtest_now()
    assert run is not None
    backtest = BacktestModel()
    backtest.set_run(run)
    qtmodeltester.check(backtest)
    add_watchlist_entry(analyst_station, "person", "Marko Marković", "note")
    view.watchlist_panel.refresh()
    qtmodeltester.check(view.watchlist_panel.model)
    for proxy in (view.profile_panel.rules_proxy, view.backtest_panel.proxy,
                  view.watchlist_panel.proxy):
        qtmodeltester.check(proxy)


def test_the_profile_tab_shows_the_active_profile_and_searches_it(
        analyst_station: StationSession, make_view: Callable[..., AnalystView]) -> None:
    panel = make_view(analyst_station).profile_panel
    assert "firearms-extended version 1" in panel.summary.text()
    assert _proxy_rows(panel.rules_proxy)[:2] == ["FA-01", "FA-02"]
    assert panel.rules_proxy.index(0, 3).data() == "forces Red"
    assert panel.rules_proxy.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    panel.search.setText("WATCH-LIST")
    assert _proxy_rows(panel.rules_proxy) == ["FA-06"]
    panel.search.setText("alarm_weapon")
    assert _proxy_rows(panel.lists_proxy) == ["alarm_weapon_sources"]
    panel.search.clear()
    panel.rules_table.setCurrentIndex(panel.rules_proxy.index(2, 0))
    assert "Condition:" in panel.details.toPlainText()
    assert "firearm_words" in panel.details.toPlainText()


def test_the_shipped_profiles_description_reads_in_the_readers_language(
        analyst_station: StationSession, make_view: Callable[..., AnalystView]) -> None:
    written = active_profile(analyst_station).description.strip()

    def lookup(context: str, text: str) -> str:
        return "Referentna pravila i ostali pokazatelji." \
            if (context, text) == (PROFILE_CONTEXT, written) else text

    install_translator(lookup, "sr_Latn")
    try:
        summary = make_view(analyst_station).profile_panel.summary.text()
    finally:
        install_translator(None)
    assert "Referentna pravila i ostali pokazatelji." in summary and written not in summary


def test_a_broken_profile_lists_its_problems_by_line_and_changes_nothing(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(DEFAULT.read_text(encoding="utf-8").replace(
        "line.hs_code starts with \"93\"", "line.hs_cod starts with \"93\"", 1),
        encoding="utf-8")
    view = make_view(analyst_station)
    monkeypatch.setattr(analyst_view, "choose_profile_to_load", lambda _parent: broken)
    activated: list[object] = []
    view.profile_activated.connect(activated.append)
    view.profile_panel.load_button.click()
    dialog = view.profile_panel.problems_dialog
    assert dialog is not None
    lines = dialog.lines()
    assert lines and all(line.startswith(f"{broken}:") for line in lines)
    assert any("hs_cod" in line for line in lines)
    line, column = (int(part) for part in lines[0].split(":")[1:3])
    assert "hs_cod" in broken.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:]
    dialog.copy_all()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == "\n".join(lines)
    dialog.close()
    assert activated == []
    assert active_profile(analyst_station).id == "firearms-extended"


def test_a_good_profile_file_becomes_the_active_profile(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        tmp_path: Path) -> None:
    tuned = tmp_path / "tuned.yaml"
    tuned.write_text(DEFAULT.read_text(encoding="utf-8").replace("version: 1", "version: 2", 1),
                     encoding="utf-8")
    view = make_view(analyst_station)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    profile = view.profile_panel.load_profile_file(tuned)
    assert profile is not None and profile.version == 2
    assert active_profile(analyst_station).version == 2
    assert "firearms-default version 2" in view.profile_panel.summary.text()
    assert messages and "version 2" in messages[-1]


def _table_figures(view: AnalystView) -> dict[str, tuple[str, ...]]:
    proxy = view.backtest_panel.proxy
    return {proxy.index(row, 0).data(): tuple(proxy.index(row, col).data()
                                               for col in range(2, 8))
            for row in range(proxy.rowCount())}


def test_back_test_figures_equal_the_services_figures(
        analyst_station: StationSession, make_view: Callable[..., AnalystView]) -> None:
    # An inspection outcome makes finds and precision non-trivial.
    from borderdesk.services.inspections import record_outcome, start_inspection
    screen_stored(analyst_station)
    inspection = start_inspection(analyst_station, "B-1", "physical")
    record_outcome(analyst_station, inspection.id, "seizure", "revolvers")
    view = make_view(analyst_station)
    panel = view.backtest_panel
    assert (panel.date_from.date(), panel.date_to.date()) == (QDate(2026, 11, 27),
                                                             QDate(2026, 11, 28))
    panel.run_button.click()
    assert panel.run is not None and not panel.busy
    a, b = backtest_profiles(analyst_station, [open_profile("firearms-default"),
                                               open_profile("firearms-extended")],
                             date_from=panel.run.a.date_from, date_to=panel.run.a.date_to)
    assert (panel.run.a, panel.run.b) == (a, b)
    table = _table_figures(view)
    for rule in a.rules:
        other = next(r for r in b.rules if r.rule == rule.rule)
        expected = (str(rule.hits), f"{rule.finds}/{rule.inspected}",
                    f"{rule.finds / rule.inspected:.0%}" if rule.inspected else "–",
                    str(other.hits), f"{other.finds}/{other.inspected}",
                    f"{other.finds / other.inspected:.0%}" if other.inspected else "–")
        assert table[rule.rule] == expected
    assert table["FA-01"] == ("1", "1/1", "100%", "1", "1/1", "100%")
    assert table["FX-15"][:3] == ("–", "–", "–")
    chart = panel.rule_chart
    assert [bar.rule for bar in chart.bars] == list(table)
    assert chart.bars[0].a == (1, 1)
    assert [lane.lane for lane in panel.lane_chart.lanes] == ["red", "yellow", "green"]
    assert panel.lane_chart.lanes[0].capacity == 10
    assert "3 declarations lodged 2026-11-27 to 2026-11-28" in panel.summary.text()


def test_back_test_runs_on_a_worker_with_progress(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        qtbot: Any) -> None:
    runner = ThreadPoolRunner()
    view = make_view(analyst_station, runner)
    panel = view.backtest_panel
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        panel.start()
        assert panel.busy and panel.progress.isVisible() is panel.isVisible()
        assert not panel.run_button.isEnabled()
    assert not panel.busy and panel.run_button.isEnabled()
    assert panel.model.rowCount() == 20
    runner.shutdown()


def test_a_broken_profile_in_the_back_test_lists_its_problems(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("profile: {id: x, version: 1, effective: 2026-01-01}\nrules: []\n"
                      "lanes: {red: 60, yellow: 30}\nextra: 1\n", encoding="utf-8")
    panel = make_view(analyst_station).backtest_panel
    panel.choose("firearms-default", str(broken))
    panel.start()
    assert panel.run is None
    assert f"{broken}:4:1: unknown field 'extra'" in panel.problems_dialog.lines()[0]
    panel.problems_dialog.close()


def test_run_backtest_now_shows_the_back_test_tab(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        tmp_path: Path) -> None:
    view = make_view(analyst_station)
    view.resize(1366, 768)
    view.show()
    run = view.run_backtest_now()
    assert run is not None and run.b is not None
    assert view.tabs.currentWidget() is view.backtest_panel
    assert (run.a.profile_id, run.b.profile_id) == ("firearms-default", "firearms-extended")
    assert view.backtest_panel.model.rowCount() == 20
    shot = tmp_path / "backtest.png"
    assert view.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_run_backtest_now_on_an_empty_station_shows_nothing(
        session: StationSession, make_view: Callable[..., AnalystView]) -> None:
    view = make_view(session)
    assert view.run_backtest_now() is None
    assert view.backtest_panel.model.rowCount() == 0


def _fill(kind: str, name: str, note: str) -> Callable[[QDialog], bool]:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, watchlist_view.EntryDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.name.setText(name)
        dialog.note.setText(note)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    return run


def _lanes(session: StationSession) -> dict[str, str]:
    return {a.declaration_id: a.lane.value for a in screen_stored(session).assessments}


def test_watch_list_add_edit_remove_through_the_window(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        monkeypatch: pytest.MonkeyPatch) -> None:
    analyst_station.actor = "ana"
    panel = make_view(analyst_station).watchlist_panel
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    assert _lanes(analyst_station)["B-2"] == "green"

    monkeypatch.setattr(watchlist_view, "run_dialog", _fill("vehicle", "ns-482-sk", "plates"))
    panel.add_button.click()
    (entry,) = watchlist_entries(analyst_station)
    assert (entry.kind, entry.name, entry.note, entry.added_by) == (
        "vehicle", "ns-482-sk", "plates", "ana")
    assert panel.proxy.index(0, 1).data() == "ns-482-sk"
    assert panel.proxy.index(0, 4).data() == "ana"
    assert _lanes(analyst_station)["B-2"] == "red"

    analyst_station.actor = "bojan"
    panel.select_entry(entry.id)
    monkeypatch.setattr(watchlist_view, "run_dialog", _fill("vehicle", "BG 000 XX", "moved"))
    panel.edit_button.click()
    (edited,) = watchlist_entries(analyst_station)
    assert (edited.name, edited.added_by, edited.changed_by) == ("BG 000 XX", "ana", "bojan")
    assert panel.proxy.index(0, 6).data() == "bojan"
    assert _lanes(analyst_station)["B-2"] == "green"

    panel.select_entry(edited.id)
    monkeypatch.setattr(watchlist_view, "confirm", lambda *_args: True)
    panel.remove_button.click()
    assert watchlist_entries(analyst_station) == []
    assert panel.model.rowCount() == 0
    rows = analyst_station.database.query(
        "SELECT name, created_by, removed_by FROM watchlist_entries ORDER BY rowid")
    assert [tuple(r) for r in rows] == [("ns-482-sk", "ana", "bojan"),
                                        ("BG 000 XX", "bojan", "bojan")]
    assert len(changed) == 3


def test_a_refused_entry_keeps_the_dialog_open(
        analyst_station: StationSession, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(watchlist_view.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    dialog = watchlist_view.EntryDialog(analyst_station)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.accept()
    assert dialog.result_entry is None
    assert warnings == ["The name is empty"]


def test_importing_a_bad_csv_lists_its_problems_and_a_good_one_replaces_the_list(
        analyst_station: StationSession, make_view: Callable[..., AnalystView],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = make_view(analyst_station).watchlist_panel
    bad = tmp_path / "bad.csv"
    bad.write_text("kind,name_or_plate,note\nboat,Sea Wolf,\nperson,,\n", encoding="utf-8")
    monkeypatch.setattr(watchlist_view, "choose_csv_file", lambda _parent: bad)
    panel.import_button.click()
    assert panel.problems_dialog is not None
    assert [line.split(": ")[0] for line in panel.problems_dialog.lines()] == [
        f"{bad}:2:1", f"{bad}:3:2"]
    panel.problems_dialog.close()
    good = tmp_path / "good.csv"
    good.write_text("kind,name_or_plate,note\nperson,Petar Petrović,x\n", encoding="utf-8")
    monkeypatch.setattr(watchlist_view, "choose_csv_file", lambda _parent: good)
    panel.import_button.click()
    assert [e.name for e in watchlist_entries(analyst_station)] == ["Petar Petrović"]
    assert panel.model.rowCount() == 1
    assert json.dumps(panel.proxy.index(0, 0).data()) == '"Person"'


def test_chart_axes_use_whole_numbers_and_tooltips_name_the_figures(
        analyst_station: StationSession, make_view: Callable[..., AnalystView]) -> None:
    from borderdesk.ui.backtest_charts import count_axis

    assert count_axis(0) == (1, 1)
    assert count_axis(10) == (10, 2)
    assert count_axis(37) == (40, 10)
    view = make_view(analyst_station)
    view.resize(1366, 768)
    view.show()
    view.run_backtest_now()
    chart = view.backtest_panel.rule_chart
    chart.grab()  # paints, which lays out the bar groups
    left, right = chart._groups[0]
    tip = chart.group_tip((left + right) / 2, chart.height() / 2)
    assert tip is not None and tip.startswith("FA-01") and "1 hits" in tip
    lanes = view.backtest_panel.lane_chart
    lanes.grab()
    tip = lanes.group_tip(10, lanes.height() / 2)
    assert tip is not None and "capacity a day: 10" in tip
