"""The main window on a real station database: listing, search, import, font, start-up."""

from __future__ import annotations

import gc
import itertools
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from borderdesk import __version__
from borderdesk.core.progress import CancelToken, ProgressCallback
from borderdesk.services.intake import ImportReport
from borderdesk.services.station import StationSession
from borderdesk.ui import import_flow
from borderdesk.ui.declarations_model import Column
from borderdesk.ui.import_dialogs import ImportProgressDialog
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.workers import SyncTaskRunner
from tests.ui.conftest import SAMPLE, summary_json

WriteFile = Callable[[str, str], Path]


def listed_ids(window: MainWindow) -> list[str]:
    proxy = window.queue.model
    return [proxy.index(row, Column.DECLARATION).data() for row in range(proxy.rowCount())]


def test_lists_the_imported_declarations_newest_first(window: MainWindow) -> None:
    assert listed_ids(window) == ["RS-BAT-2026-000124", "RS-BAT-2026-000123"]
    newest = window.queue.model.index(0, Column.LODGED).data()
    assert newest == "2026-11-28 09:40 +01:00"
    assert window.queue.model.index(0, Column.ROUTE).data() == "GR › MK › RS"
    assert window.queue.model.index(1, Column.CONSIGNEE).data() == "Петровић д.о.о."
    assert window.queue.pages.currentWidget() is window.queue.table


def test_status_bar_names_station_user_mode_and_count(window: MainWindow) -> None:
    station = window.session.station
    assert station.crossing_code in window.station_label.text()
    assert window.user_label.text() == "User: tester (no accounts)"
    assert window.mode_label.text() == "LIVE"
    assert window.count_label.text() == "Declarations: 2"


def test_search_finds_cyrillic_from_latin_without_diacritics(
    qtbot: Any, window: MainWindow
) -> None:
    qtbot.keyClicks(window.queue.search, "petrovic")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1)
    assert listed_ids(window) == ["RS-BAT-2026-000123"]
    assert window.count_label.text() == "Found: 1 of 2"

    window.queue.search.setText("nothing-like-this")
    qtbot.waitUntil(lambda: window.queue.pages.currentWidget() is window.queue.empty_label)
    assert "nothing-like-this" in window.queue.empty_label.text()

    window.queue.search.clear()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2)


def test_shortcuts_are_bound(window: MainWindow) -> None:
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.search_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.refresh_action.shortcut() == QKeySequence("F5")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert "Ctrl+I" in window.import_action.toolTip()


def test_ctrl_f_focuses_the_search_and_escape_clears_it(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.queue.search.hasFocus)
    qtbot.keyClicks(window.queue.search, "hellas")
    qtbot.keyClick(window.queue.search, Qt.Key.Key_Return)
    assert listed_ids(window) == ["RS-BAT-2026-000124"]
    assert window.queue.table.hasFocus()
    window.queue.search.setFocus()
    qtbot.keyClick(window.queue.search, Qt.Key.Key_Escape)
    assert window.queue.search.text() == ""
    assert window.queue.model.rowCount() == 2
    assert window.queue.table.hasFocus()


def test_empty_station_says_how_to_import(
    session: StationSession, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(session)
    assert window.queue.pages.currentWidget() is window.queue.empty_label
    assert "Import" in window.queue.empty_label.text()
    assert window.count_label.text() == "Declarations: 0"


def test_import_action_imports_a_file_on_a_worker(
    qtbot: Any, window: MainWindow, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = summary_json("RS-BAT-2026-000200", lodged_at="2026-11-29T06:00:00+01:00",
                       consignee={"name": "Đorđević i sinovi", "country": "RS"})
    path = write_file("new.jsonl", json.dumps(new, ensure_ascii=False) + "\n")
    monkeypatch.setattr(import_flow, "choose_files", lambda _parent, _folder: [path])

    window.import_action.trigger()
    assert window.importer.busy
    assert not window.import_action.isEnabled()
    qtbot.waitUntil(lambda: not window.importer.busy)

    assert listed_ids(window)[0] == "RS-BAT-2026-000200"
    assert window.import_action.isEnabled()
    assert "New: 1" in window.statusBar().currentMessage()
    assert window.importer.problems_dialog is None
    assert window.count_label.text() == "Declarations: 3"


def test_import_of_a_bad_file_lists_its_errors(
    qtbot: Any, window: MainWindow, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = [summary_json("RS-BAT-2026-000300", lodged_at="the day before yesterday"),
              summary_json("RS-BAT-2026-000301", origin_country="ZZ")]
    path = write_file("broken.json", json.dumps(broken, ensure_ascii=False, indent=1))
    monkeypatch.setattr(import_flow, "choose_files", lambda _parent, _folder: [path])

    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer.problems_dialog is not None)

    dialog = window.importer.problems_dialog
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "rejected" in text
    assert "broken.json:" in text
    assert "lodged_at" in text
    assert "origin_country" in text
    assert dialog.text.isReadOnly()
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    dialog.copy_all()
    assert QApplication.clipboard().text() == text
    assert "Files rejected: 1 of 1" in window.statusBar().currentMessage()
    assert window.queue.model.rowCount() == 2  # nothing from the file was kept
    dialog.close()


def test_slow_import_shows_progress_and_can_be_cancelled(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def endless(_ticket: Any, _paths: Any) -> Any:
        """A job that never ends by itself, reporting progress until it is cancelled."""

        def job(on_progress: ProgressCallback, cancel: CancelToken) -> None:
            done = 0
            while True:
                cancel.raise_if_cancelled()
                done = (done + 1) % 100
                on_progress(done, 100)
                time.sleep(0.01)

        return job

    monkeypatch.setattr(import_flow, "import_job", endless)
    def shown() -> ImportProgressDialog | None:
        return window.importer.progress_dialog

    window.importer.start_import([Path("slow.json")])
    assert shown() is None  # not at once: only when the import takes a while
    qtbot.waitUntil(lambda: shown() is not None, timeout=3000)
    progress = shown()
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)
    progress.reject()  # what Cancel and Esc do
    qtbot.waitUntil(lambda: not window.importer.busy)
    assert shown() is None
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_progress_says_when_the_import_is_saved_and_screening_runs(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the files are committed, Cancel could not undo them: the dialog says the
    import is saved and screening runs, and no longer offers Cancel."""
    release = threading.Event()

    class SlowScreening:
        screening = False

        def __call__(self, on_progress: ProgressCallback, cancel: CancelToken) -> ImportReport:
            on_progress(50, 100)
            self.screening = True
            while not release.is_set():
                on_progress(1, 10)
                time.sleep(0.01)
            return ImportReport(())

    monkeypatch.setattr(import_flow, "import_job", lambda *_args: SlowScreening())
    window.importer.start_import([Path("big.json")])
    qtbot.waitUntil(lambda: window.importer.progress_dialog is not None, timeout=3000)
    progress = window.importer.progress_dialog
    assert progress is not None
    qtbot.waitUntil(lambda: progress.screening)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    assert not cancel.isEnabled()
    labels = " ".join(label.text() for label in progress.findChildren(QLabel))
    assert "Imported and saved. Screening the new declarations" in labels
    progress.reject()  # Esc: nothing to cancel any more
    assert window.importer.busy
    release.set()
    qtbot.waitUntil(lambda: not window.importer.busy)


def test_the_import_job_marks_when_screening_begins(
    station: StationSession, write_file: WriteFile
) -> None:
    path = write_file("two.json", json.dumps([summary_json("RS-BAT-2026-000401"),
                                              summary_json("RS-BAT-2026-000402")]))
    assert station.path is not None
    job = import_flow.ImportJob(station.ticket(), [path])
    phases: list[tuple[bool, int, int]] = []
    report = job(lambda done, total: phases.append((job.screening, done, total)),
                 CancelToken())
    assert report.new == 2
    assert phases[0][0] is False and phases[-1] == (True, 2, 2)  # bytes, then declarations


def test_the_import_job_resumes_garbage_collection_only_when_it_ends(
    station: StationSession, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Resumed while the screening's results still lived, the collector's first pass
    # walked them all just as the window was to show the outcome.
    path = write_file("one.json", json.dumps([summary_json("RS-BAT-2026-000403")]))
    collecting_after_screening: list[bool] = []
    screen = import_flow.screen_imported

    def screened(*args: Any, **kwargs: Any) -> Any:
        result = screen(*args, **kwargs)
        collecting_after_screening.append(gc.isenabled())
        return result

    monkeypatch.setattr(import_flow, "screen_imported", screened)
    assert station.path is not None and gc.isenabled()
    report = import_flow.ImportJob(station.ticket(), [path])(
        lambda _done, _total: None, CancelToken())
    assert report.new == 1
    assert collecting_after_screening == [False]
    assert gc.isenabled()


def test_a_synchronous_runner_works_too(
    station: StationSession, make_window: Callable[..., MainWindow], write_file: WriteFile
) -> None:
    runner = SyncTaskRunner()
    window = make_window(station, runner=runner)
    path = write_file("one.json", json.dumps(summary_json("RS-BAT-2026-000400")))
    window.importer.start_import([path])
    assert runner.started == 1
    assert not window.importer.busy
    assert window.queue.model.rowCount() == len(SAMPLE) + 1


def test_window_layout_is_remembered(
    station: StationSession, make_window: Callable[..., MainWindow]
) -> None:
    first = make_window(station)
    first.resize(640, 480)  # within the offscreen screen (800x600)
    first.queue.table.horizontalHeader().resizeSection(Column.CONSIGNOR, 321)
    first.close()
    second = make_window(station)
    assert second.queue.table.horizontalHeader().sectionSize(Column.CONSIGNOR) == 321
    assert second.size() == first.size()


def test_the_font_draws_the_regions_letters(window: MainWindow) -> None:
    metrics = QFontMetrics(window.font())
    missing = [ch for ch in "ŠđčćžЂорђеëç" if not metrics.inFontUcs4(ord(ch))]
    assert missing == []
    assert "DejaVu Sans" in window.font().families()


def test_refresh_keeps_the_current_declaration(window: MainWindow) -> None:
    second = window.queue.model.index(1, Column.CONSIGNOR)
    window.queue.table.setCurrentIndex(second)
    window.refresh_action.trigger()
    current = window.queue.table.currentIndex()
    assert current.isValid()
    row = current.row()
    assert window.queue.model.index(row, Column.DECLARATION).data() == "RS-BAT-2026-000123"


def test_about_names_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about",  # the real one waits for a click
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    window.about_action.trigger()
    assert len(shown) == 1
    assert __version__ in shown[0]
    assert str(window.session.path) in shown[0]


def test_the_queue_puts_red_first_then_by_score(
        station: StationSession, make_window: Callable[..., MainWindow]) -> None:
    from borderdesk.services.assessments import screen_stored
    from borderdesk.services.intake import import_files
    from tests.conftest import declaration

    source = station.path.parent / "risky.json"
    source.write_text(json.dumps([declaration(
        "RS-BAT-2026-000999", lodged_at="2026-11-01T08:00:00+01:00", documents=[],
        items=[{"hs_code": "930200", "description": "revolvers", "gross_kg": 5}])]),
        encoding="utf-8")
    assert import_files(station, [source]).ok
    screen_stored(station)
    window = make_window(station)
    ids = listed_ids(window)
    rows = {row.declaration_id: row for row in window.queue.model.rows}
    lanes = [rows[i].lane for i in ids]
    rank = {"red": 0, "yellow": 1, "green": 2}
    assert [rank[lane] for lane in lanes] == sorted(rank[lane] for lane in lanes)
    # The oldest declaration, but red: before every green one, whatever its date.
    assert ids.index("RS-BAT-2026-000999") < ids.index("RS-BAT-2026-000123")
    for first, second in itertools.pairwise(ids):
        if rows[first].lane == rows[second].lane:
            assert (rows[first].score or 0) >= (rows[second].score or 0)
