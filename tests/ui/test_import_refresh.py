"""The queue after an import from the window: the keys its worker read are the ones
shown, unless the filter, the order or the data changed before they were applied."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.services.inspections import start_inspection
from borderdesk.services.station import StationSession
from borderdesk.ui import queue_page
from borderdesk.ui.declarations_model import Column
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.queue_read import QueueRead
from borderdesk.ui.workers import SyncTaskRunner
from tests.conftest import declaration
from tests.ui.conftest import SAMPLE

WriteFile = Callable[[str, str], Path]
RED_ID = "RS-BAT-2026-000501"


@pytest.fixture
def gui_key_reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The filters the queue page read keys for on the window's own session."""
    reads: list[object] = []
    real = queue_page.queue_keys

    def counted(session: StationSession, queue_filter: Any, *args: Any, **kwargs: Any) -> Any:
        reads.append(queue_filter)
        return real(session, queue_filter, *args, **kwargs)

    monkeypatch.setattr(queue_page, "queue_keys", counted)
    return reads


def red_file(write_file: WriteFile) -> Path:
    red = declaration(RED_ID, documents=[],
                      items=[{"line": 1, "hs_code": "930200", "description": "revolvers",
                              "gross_kg": 5}])
    return write_file("red.json", json.dumps([red]))


def listed_keys(window: MainWindow) -> list[int]:
    model = window.queue.model
    return [model.key_at(row) for row in range(model.rowCount())]


def listed_ids(window: MainWindow) -> list[str]:
    model = window.queue.model
    return [model.index(row, Column.DECLARATION).data() for row in range(model.rowCount())]


def test_the_queue_shows_the_keys_the_import_job_read(
    station: StationSession, make_window: Callable[..., MainWindow], write_file: WriteFile,
    gui_key_reads: list[object],
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    gui_key_reads.clear()
    window.importer.start_import([red_file(write_file)])
    read = window.importer.read_after_result
    assert isinstance(read, QueueRead)
    assert len(read.keys) == len(SAMPLE) + 1 and read.total == len(SAMPLE) + 1
    assert listed_keys(window) == read.keys
    assert listed_ids(window)[0] == RED_ID  # screened red: first in the queue's order
    assert gui_key_reads == []  # the window's thread did not read them again
    assert window.count_label.text() == "Declarations: 3"


def test_a_filter_chosen_during_the_import_is_honoured(
    station: StationSession, make_window: Callable[..., MainWindow], write_file: WriteFile,
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    query = window.importer.read_after
    assert query is not None

    def read_then_filter() -> Callable[[StationSession], object]:
        read = query()

        def reading(session: StationSession) -> object:
            result = read(session)
            # The officer picks "red" after the worker read the keys of every lane (no
            # signal: only the keys' application may notice the change).
            window.queue.lane_filter.blockSignals(True)
            window.queue.lane_filter.setCurrentIndex(1)
            window.queue.lane_filter.blockSignals(False)
            return result

        return reading

    window.importer.read_after = read_then_filter
    window.importer.start_import([red_file(write_file)])
    read = window.importer.read_after_result
    assert isinstance(read, QueueRead) and len(read.keys) == len(SAMPLE) + 1
    assert listed_ids(window) == [RED_ID]
    assert window.count_label.text() == "Declarations: 1 of 3 (filtered)"


def test_a_change_recorded_after_the_read_is_shown(
    station: StationSession, make_window: Callable[..., MainWindow], write_file: WriteFile,
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    window.queue.inspection_filter.setCurrentIndex(1)  # not inspected
    query = window.importer.read_after
    assert query is not None

    def read_then_inspect() -> Callable[[StationSession], object]:
        read = query()

        def reading(session: StationSession) -> object:
            result = read(session)
            start_inspection(station, RED_ID, "documents")  # another officer, meanwhile
            return result

        return reading

    window.importer.read_after = read_then_inspect
    window.importer.start_import([red_file(write_file)])
    read = window.importer.read_after_result
    assert isinstance(read, QueueRead) and len(read.keys) == len(SAMPLE) + 1
    assert RED_ID not in listed_ids(window)
    assert window.queue.model.rowCount() == len(SAMPLE)


def test_a_sort_chosen_during_the_import_is_honoured(
    station: StationSession, make_window: Callable[..., MainWindow], write_file: WriteFile,
) -> None:
    window = make_window(station, runner=SyncTaskRunner())
    query = window.importer.read_after
    assert query is not None

    def read_then_sort() -> Callable[[StationSession], object]:
        read = query()

        def reading(session: StationSession) -> object:
            result = read(session)
            window.queue.model.sort(Column.DECLARATION)  # the officer clicks a header
            return result

        return reading

    window.importer.read_after = read_then_sort
    window.importer.start_import([red_file(write_file)])
    assert listed_ids(window) == sorted([RED_ID] + [item["declaration_id"] for item in SAMPLE])
