"""An officer's shift in one test, driving the real window (issue 4's "done when").

Import a file through the dialog, see the red-lane declaration first, open it with
Enter, read its hits and instructions, start an inspection with Ctrl+Shift+I,
record "nothing found" in the real outcome dialog, and find the outcome in the
database and in the back-test figures; then an inbox file is picked up and
screened, and a bad one lands in ``rejected/`` with its report. Qt warnings fail
the test (``qt_log_level_fail``), and nothing may be left running at the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from borderdesk.services.assessments import active_profile
from borderdesk.services.backtest import backtest_profiles
from borderdesk.services.inspections import list_inspections
from borderdesk.services.station import StationSession
from borderdesk.ui import declaration_view, import_flow
from borderdesk.ui import settings as keys
from borderdesk.ui.declarations_model import ID_ROLE, Column
from borderdesk.ui.inspection_dialogs import OutcomeDialog
from borderdesk.ui.main_window import MainWindow
from tests.conftest import declaration

RED = "RS-BAT-2026-001001"
GREEN = "RS-BAT-2026-001002"
FROM_INBOX = "RS-BAT-2026-001003"
FA01_INSTRUCTION = "Physical inspection. Ask for the arms import"  # FA-01, as written


def _answer_outcome_dialog(qtbot: Any, outcome: str, findings: str) -> None:
    """When the outcome dialog opens, choose ``outcome``, type the findings, press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OutcomeDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.outcome_buttons[outcome].click()
        qtbot.keyClicks(dialog.findings, findings)
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)


def test_an_officers_shift(
    qtbot: Any, session: StationSession, make_window: Callable[..., MainWindow],
    settings: QSettings, tmp_path: Path, write_json: Callable[..., Path],
    monkeypatch: Any,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    keys.INBOX_FOLDER.set(settings, str(inbox))
    window = make_window(session)
    window.show()
    qtbot.waitExposed(window)

    # 1. Import a file through File › Import… (the file dialog answered by the test).
    red = declaration(RED, documents=[],
                      items=[{"line": 1, "hs_code": "930200", "description": "revolvers",
                              "gross_kg": 5}])
    green = declaration(GREEN, lodged_at="2026-11-28T10:00:00+01:00")
    path = write_json([green, red], "today.json")
    monkeypatch.setattr(import_flow, "choose_files", lambda _parent, _folder: [path])
    window.import_action.trigger()
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=20_000)

    # 2. The red-lane declaration is first, lane in colour and in words.
    model = window.queue.model
    assert model.index(0, Column.DECLARATION).data(ID_ROLE) == RED
    assert model.index(0, Column.LANE).data() == "Red"
    assert model.index(0, Column.LANE).data(Qt.ItemDataRole.BackgroundRole) is not None

    # 3. Enter opens it; its hits and the officer's instruction are shown.
    window.queue.table_focus()
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Return)
    view = window.declaration_view
    assert view is not None and view.declaration_id == RED
    qtbot.waitUntil(view.isVisible)
    text = view.shown_text()
    assert "FA-01" in text and FA01_INSTRUCTION in text

    # 4. Ctrl+Shift+I starts a physical inspection.
    monkeypatch.setattr(declaration_view, "ask_inspection_kind", lambda _parent: "physical")
    view.activateWindow()
    window.inspection_action.trigger()
    [started] = list_inspections(session, RED)
    assert started.kind == "physical" and started.outcome is None

    # 5. "Nothing found" through the real outcome dialog.
    _answer_outcome_dialog(qtbot, "nothing_found", "cargo as declared")
    assert view.record_outcome(started.id) is not None
    [finished] = list_inspections(session, RED)
    assert (finished.outcome, finished.findings) == ("nothing_found", "cargo as declared")
    assert finished.finished_by == session.actor
    view.close()
    window.refresh()
    assert model.index(0, Column.INSPECTION).data() == "nothing found"

    # 6. The outcome counts in the back-test figures.
    [result] = backtest_profiles(session, [active_profile(session)],
                                 date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert result.outcomes_known == 1
    fa01 = next(rule for rule in result.rules if rule.rule == "FA-01")
    assert (fa01.hits, fa01.inspected, fa01.finds) == (1, 1, 0)

    # 7. The inbox: a good file is imported and screened, a bad one is rejected.
    (inbox / "inbox.json").write_text(json.dumps([declaration(FROM_INBOX)]),
                                      encoding="utf-8")
    (inbox / "bad.json").write_text(json.dumps([declaration("X-1", lodged_at="soon")]),
                                    encoding="utf-8")
    for _ in range(2):  # the first scan sees the files, the second finds them stable
        assert window.inbox.scan()
        qtbot.waitUntil(lambda: not window.inbox.busy, timeout=20_000)
    assert (inbox / "done" / "inbox.json").exists()
    assert (inbox / "rejected" / "bad.json").exists()
    assert "bad.json" in (inbox / "rejected" / "bad.json.errors.txt").read_text(
        encoding="utf-8")
    rows = {model.index(r, 0).data(ID_ROLE): model.index(r, Column.LANE).data()
            for r in range(model.rowCount())}
    assert rows[FROM_INBOX] != "–"  # screened on arrival
    assert "X-1" not in rows
    notice = window.inbox.notice
    assert notice is not None
    notice.close()
