"""The printed documents' data file: the issuing agency per country and the label sheets.

``resources/reports/documents.yaml`` is versioned data validated on load; a broken
file is refused with ``FILE:LINE: field: problem``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path

_A4_MM = (210.0, 297.0)


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """An A4 sheet of labels, in millimetres."""

    id: str
    name: str
    columns: int
    rows: int
    width: float
    height: float
    top: float
    left: float
    gap_x: float
    gap_y: float

    @property
    def per_sheet(self) -> int:
        """How many labels one sheet holds."""
        return self.columns * self.rows


@dataclass(frozen=True, slots=True)
class PrintedDocuments:
    """The agencies (country code or ``default`` -> English name) and the label layouts."""

    version: int
    agencies: dict[str, str]
    label_layouts: tuple[LabelLayout, ...]

    def agency(self, country: str | None) -> str:
        """The English name of the agency of a station in ``country``."""
        return self.agencies.get((country or "").upper(), self.agencies["default"])

    def layout(self, layout_id: str) -> LabelLayout | None:
        """The label layout with that id, if there is one."""
        return next((lay for lay in self.label_layouts if lay.id == layout_id), None)


def load_documents(path: Path) -> PrintedDocuments:
    """Read and check a documents file."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        from borderdesk.core.errors import DataFileError

        raise DataFileError(str(path), 1, None, tr("must be a mapping"))
    if data.require("documents", str) != "printed":
        raise data.fail("documents", tr("must be 'printed'"))
    version = data.require("version", int)
    agencies_map = data.require("agencies", dict)
    assert isinstance(agencies_map, YamlMap)
    agencies: dict[str, str] = {}
    for key in agencies_map:
        name = agencies_map.require(key, str).strip()
        if not name:
            raise agencies_map.fail(key, tr("the agency's name must not be empty"))
        agencies[key if key == "default" else key.upper()] = name
    if "default" not in agencies:
        raise data.fail("agencies", tr("needs a 'default' agency"))
    layouts_list = data.require("label_layouts", list)
    assert isinstance(layouts_list, YamlList)
    layouts = tuple(_layout(entry) for entry in layouts_list)
    if not layouts:
        raise data.fail("label_layouts", tr("needs at least one layout"))
    return PrintedDocuments(version, agencies, layouts)


def _layout(entry: YamlMap) -> LabelLayout:
    number = (int, float)
    layout = LabelLayout(
        entry.require("id", str), entry.require("name", str), entry.require("columns", int),
        entry.require("rows", int), float(entry.require("width", number)),
        float(entry.require("height", number)), float(entry.require("top", number)),
        float(entry.require("left", number)), float(entry.optional("gap_x", number, 0)),
        float(entry.optional("gap_y", number, 0)))
    if layout.columns < 1 or layout.rows < 1:
        raise entry.fail("columns", tr("a sheet needs at least one column and one row"))
    across = layout.left + layout.columns * layout.width + (layout.columns - 1) * layout.gap_x
    down = layout.top + layout.rows * layout.height + (layout.rows - 1) * layout.gap_y
    if across > _A4_MM[0] + 0.01 or down > _A4_MM[1] + 0.01:
        raise entry.fail("width", tr("the labels do not fit on an A4 sheet ({across:.1f} × "
                                     "{down:.1f} mm)", across=across, down=down))
    return layout


@cache
def printed_documents() -> PrintedDocuments:
    """The shipped documents file (read once)."""
    return load_documents(resource_path("reports", "documents.yaml"))
