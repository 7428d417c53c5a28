"""The declarations table model: Qt's model rules, cells, sorting, reading in blocks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from borderdesk.services.declarations import DeclarationSummary
from borderdesk.ui.declarations_model import (
    BLOCK_ROWS,
    ID_ROLE,
    KEY_ROLE,
    SORT_ROLE,
    Column,
    DeclarationsModel,
    ListSource,
    format_lodged,
)


def summary(declaration_id: str, lodged_at: str, version: int = 1, **changes: Any
            ) -> DeclarationSummary:
    values: dict[str, Any] = {
        "declaration_id": declaration_id,
        "lodged_at": datetime.fromisoformat(lodged_at),
        "version": version,
        "procedure": "import",
        "transport_mode": "truck",
        "consignor": "Anadolu Tekstil A.Ş.",
        "consignee": "Петровић д.о.о.",
        "origin_country": "TR",
        "dispatch_country": None,
        "destination_country": "RS",
        "itinerary": ("TR", "BG", "RS"),
        "route": "TR › BG › RS",
        "goods_summary": "cotton t-shirts",
        "goods_lines": 1,
        "vehicle_registration": "BG 1234 AB",
    }
    values.update(changes)
    return DeclarationSummary(**values)


ROWS = [
    # 07:15 UTC, written as 08:15 in Belgrade
    summary("RS-BAT-2026-000001", "2026-11-28T08:15:00+01:00", version=10),
    # 07:30 UTC: later, although "07:30" sorts before "08:15" as text
    summary("RS-BAT-2026-000002", "2026-11-28T07:30:00+00:00", version=9,
            consignor="Hellas Metal Works S.A.", goods_summary="shotguns (+1 more lines)",
            goods_lines=2, vehicle_registration=None),
    # 06:00 UTC, written as 09:00 in Istanbul
    summary("RS-BAT-2026-000003", "2026-11-28T09:00:00+03:00", version=2),
]


def row_of(model: DeclarationsModel, declaration_id: str) -> int:
    """The row showing ``declaration_id`` (the model keeps the queue's order)."""
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    return ids.index(declaration_id)


@pytest.fixture
def model() -> Iterator[DeclarationsModel]:
    built = DeclarationsModel()
    yield built
    built.deleteLater()


def test_empty_model_obeys_qt_rules(qtmodeltester: Any, model: DeclarationsModel) -> None:
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == len(Column)


def test_model_with_rows_obeys_qt_rules(qtmodeltester: Any, model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_set_rows_resets_the_model(qtbot: Any, model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(ROWS[:1])
    assert model.rowCount() == 1
    first = model.row_at(0)
    assert first is not None and first.declaration_id == "RS-BAT-2026-000001"


def test_cells_show_local_time_with_its_offset(model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    row = row_of(model, "RS-BAT-2026-000001")
    cell = model.index(row, Column.LODGED)
    assert cell.data() == "2026-11-28 08:15 +01:00"
    assert "07:15 UTC" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, Column.CONSIGNEE).data() == "Петровић д.о.о."
    assert model.index(row, Column.ROUTE).data() == "TR › BG › RS"
    assert model.index(row, Column.VERSION).data() == "10"


def test_tooltips_explain_the_row(model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    first, second = row_of(model, "RS-BAT-2026-000001"), row_of(model, "RS-BAT-2026-000002")
    route_tip = model.index(first, Column.ROUTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "(TR)" in route_tip and "(BG)" in route_tip and "(RS)" in route_tip
    assert "BG 1234 AB" in model.index(first, Column.DECLARATION).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "Goods lines: 2" in model.index(second, Column.GOODS).data(
        Qt.ItemDataRole.ToolTipRole)
    header_tip = model.headerData(Column.VERSION, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole)
    assert "amendments" in header_tip


def test_numbers_are_right_aligned(model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    alignment = model.index(0, Column.VERSION).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, Column.CONSIGNOR).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_sort_role_gives_raw_values(model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    row = row_of(model, "RS-BAT-2026-000001")
    assert model.index(row, Column.LODGED).data(SORT_ROLE) == ROWS[0].lodged_at.timestamp()
    assert model.index(row, Column.VERSION).data(SORT_ROLE) == 10


def sorted_ids(model: DeclarationsModel, column: Column, order: Qt.SortOrder) -> list[str]:
    model.sort(column, order)
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_time_sorts_by_instant_not_by_text(model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    assert sorted_ids(model, Column.LODGED, Qt.SortOrder.AscendingOrder) == [
        "RS-BAT-2026-000003", "RS-BAT-2026-000001", "RS-BAT-2026-000002"]


def test_version_sorts_numerically(model: DeclarationsModel) -> None:
    model.set_rows(ROWS)
    assert sorted_ids(model, Column.VERSION, Qt.SortOrder.AscendingOrder) == [
        "RS-BAT-2026-000003", "RS-BAT-2026-000002", "RS-BAT-2026-000001"]


def test_format_lodged_keeps_negative_and_half_hour_offsets() -> None:
    assert format_lodged(datetime.fromisoformat("2026-03-01T23:05:00-03:30")) == \
        "2026-03-01 23:05 -03:30"
    assert format_lodged(datetime.fromisoformat("2026-03-01T10:00:00+00:00")) == \
        "2026-03-01 10:00 +00:00"


class _Shouting(QTranslator):
    """A translator that upper-cases everything of the model's context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return source.upper() if context == "DeclarationsModel" else ""


def test_headers_are_translated(model: DeclarationsModel) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translator = _Shouting()
    app.installTranslator(translator)
    try:
        assert model.headerData(Column.CONSIGNEE, Qt.Orientation.Horizontal) == "CONSIGNEE"
    finally:
        app.removeTranslator(translator)
    assert model.headerData(Column.CONSIGNEE, Qt.Orientation.Horizontal) == "Consignee"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_lane_is_shown_by_text_and_colour_and_sorts_red_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    model = DeclarationsModel()
    rows = [replace(ROWS[0], declaration_id="G", lane="green", score=0.0),
            replace(ROWS[0], declaration_id="R", lane="red", score=115.0),
            replace(ROWS[0], declaration_id="Y", lane="yellow", score=0.0, random=True),
            replace(ROWS[0], declaration_id="N", lane=None, score=None)]
    model.set_rows(rows)
    # The model opens in the queue's order: red, yellow, green, then not screened.
    assert [model.index(row, 0).data() for row in range(4)] == ["R", "Y", "G", "N"]
    texts = [model.index(row, Column.LANE).data() for row in range(4)]
    assert texts == ["Red", "Yellow (random)", "Green", "–"]
    colours = {model.index(row, Column.LANE).data(Qt.ItemDataRole.BackgroundRole).name()
               for row in range(3)}
    assert len(colours) == 3
    assert model.index(3, Column.LANE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "score 115" in model.index(0, Column.LANE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.SCORE).data() == "115"
    assert sorted_ids(model, Column.LANE, Qt.SortOrder.DescendingOrder) == ["N", "G", "Y", "R"]


class CountingSource(ListSource):
    """A source that counts how many rows the model reads."""

    def __init__(self, rows: list[DeclarationSummary]) -> None:
        super().__init__(rows)
        self.read = 0

    def rows(self, keys: Any) -> list[DeclarationSummary]:
        found = list(super().rows(keys))
        self.read += len(found)
        return found


def test_rows_are_read_a_block_at_a_time_when_shown(model: DeclarationsModel) -> None:
    from dataclasses import replace

    many = [replace(ROWS[0], declaration_id=f"D-{n:05d}", score=float(n))
            for n in range(BLOCK_ROWS * 5)]
    source = CountingSource(many)
    model.set_source(source)
    assert model.rowCount() == len(many)
    assert source.read == 0  # the keys only: nothing read before a cell is asked for
    assert model.index(0, Column.DECLARATION).data() == f"D-{len(many) - 1:05d}"  # top score
    assert source.read == BLOCK_ROWS
    model.index(BLOCK_ROWS - 1, Column.GOODS).data()
    assert source.read == BLOCK_ROWS  # same block: not read again
    last = model.index(len(many) - 1, Column.DECLARATION)
    assert last.data() == "D-00000" and last.data(KEY_ROLE) == 0
    assert source.read == 2 * BLOCK_ROWS
    assert model.row_of_key(0) == len(many) - 1
